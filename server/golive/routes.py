"""Go-live import routes (/golive), all under data.import: the templates, the dry run, the apply (with step-up:
it writes the platform's history at once) and the list of applied files."""

import hashlib
from typing import Literal
from urllib.parse import quote, unquote

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from server.access import Principal, get_platform, request_meta, requires
from server.audit.service import Auditor
from server.commands import Command, command
from server.errors import request_language
from server.golive import export, runs, service
from server.golive.columns import KIND_NAMES, KINDS
from server.golive.schemas import ImportOut, KindOut, RunOut
from server.golive.template import workbook_bytes
from server.middleware import file_body
from server.platform import Platform

router = APIRouter(prefix="/golive", tags=["golive"])
IMPORT = "data.import"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Kind = Literal[tuple(KINDS)]


def _filename(request: Request) -> str:
    return unquote(request.headers.get("x-filename") or "import.xlsx")[:200]


@router.get("/templates", response_model=list[KindOut], dependencies=[Depends(requires(IMPORT))])
def template_kinds():
    return [{"kind": kind, "label_zh": KIND_NAMES[kind][0], "label_en": KIND_NAMES[kind][1],
             "sheets": [s.zh for s in sheets]} for kind, sheets in KINDS.items()]


@router.get("/templates/{kind}", response_class=Response, responses={200: {"content": {XLSX: {}}}},
            dependencies=[Depends(requires(IMPORT))])
def template(kind: Kind):
    """The empty template of `kind` (.xlsx): a 说明 sheet, then one sheet per kind of row with an example row."""
    name = f"上线导入模板-{KIND_NAMES[kind][0]}.xlsx"
    return Response(workbook_bytes(kind), media_type=XLSX,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                             "Cache-Control": "private, no-store"})


@router.get("/exports/{kind}", response_class=Response, responses={200: {"content": {XLSX: {}}}})
def export_kind(kind: Kind, request: Request, principal: Principal = Depends(requires(IMPORT)),
                platform: Platform = Depends(get_platform)):
    """What the platform holds, in the template of `kind` (.xlsx): ID and card numbers in clear, as the import
    reads them, so the export is audited."""
    meta = request_meta(request)
    with platform.db.write() as db:
        data, counts = export.export_bytes(db, kind)
        audit = Auditor(db, principal.user_id, principal.username, meta.client_addr, meta.request_id)
        audit.record("golive.exported", "golive_export", kind, after={"rows": counts})
        audit.seal()
        db.commit()
    zipped = export.is_zip_of_csv(data)  # a sheet with more rows than a worksheet holds: CSV files in a .zip
    name = f"平台数据导出-{KIND_NAMES[kind][0]}.{'zip' if zipped else 'xlsx'}"
    return Response(data, media_type="application/zip" if zipped else XLSX, headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                                                    "Cache-Control": "private, no-store"})


@router.get("/imports", response_model=list[RunOut])
def list_runs(platform: Platform = Depends(get_platform), _=Depends(requires(IMPORT))):
    with platform.db.read() as db:
        return runs.recent_runs(db)


@router.post("/imports/dry-run", response_model=ImportOut, openapi_extra=file_body(service.MAX_FILE_BYTES),
             dependencies=[Depends(requires(IMPORT))])
async def dry_run(request: Request, platform: Platform = Depends(get_platform)):
    """The body is a filled template (.xlsx, any of the templates' sheets, or a .zip of CSV files, one per sheet). Every problem by sheet, row, column
    and reason, and the totals it would import; nothing is stored."""
    data = await request.body()
    language = request_language(request)

    def check():
        with platform.db.read() as db:
            return service.check(db, data).answer(language, True, hashlib.sha256(data).hexdigest())

    return await run_in_threadpool(check)


@router.post("/imports", response_model=ImportOut, status_code=201, openapi_extra=file_body(service.MAX_FILE_BYTES))
async def apply(request: Request, cmd: Command = Depends(command(IMPORT, step_up=True))):
    """Imports the file all at once or not at all (422 import_refused with every problem); a file imported
    before (the same sha256) is refused (409 import_duplicate). Needs a fresh one-time code (step-up)."""
    data = await request.body()
    sha256 = hashlib.sha256(data).hexdigest()
    language, filename = request_language(request), _filename(request)
    return await run_in_threadpool(cmd.run, lambda db, audit: service.apply(
        db, audit, cmd.principal.username, data, filename, sha256, language), 201)
