"""The blacklist: entries, four-eyes removal, import.

Looked up by holders of loan.read or customer.read (values masked unless pii.view); maintained by holders of
loan.blacklist; a removal is asked for by one of them and decided by another."""

from datetime import datetime
from typing import Literal
from urllib.parse import unquote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from server.access import Principal, get_platform, requires_any
from server.commands import Command, command
from server.errors import request_language
from server.loans import blacklist
from server.middleware import file_body
from server.platform import Platform
from server.wire import ObjectId

router = APIRouter(prefix="/loans", tags=["blacklist"])

Kind = Literal["id_number", "phone", "bank_card", "name"]
Source = Literal["internal", "court", "partner"]


class BlacklistCreate(BaseModel):
    kind: Kind
    value: str = Field(min_length=1, max_length=100)
    reason: str = Field(min_length=1, max_length=500)
    source: Source = "internal"


class RemovalRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=500)


class RemovalDecision(BaseModel):
    reason: str | None = Field(default=None, max_length=500)


class RemovalOut(BaseModel):
    id: int
    state: Literal["pending", "approved", "rejected"]
    reason: str
    requested_by: str
    requested_by_name: str
    requested_at: datetime
    decided_by: str | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None


class BlacklistOut(BaseModel):
    id: int
    kind: str  # id_number | phone | bank_card | name (| borrower: entries from before the values were kept)
    value: str  # masked unless the reader holds pii.view (always masked when only the mask was kept)
    masked: bool
    reason: str
    source: str
    added_by: str
    added_by_name: str
    added_at: datetime
    active: bool
    removed_at: datetime | None
    removal: RemovalOut | None


class ImportProblem(BaseModel):
    line: int  # 1 = the header (0: the file as a whole)
    column: str
    reason: str
    code: str


class ImportOut(BaseModel):
    added: int  # added (dry run: would be added); 0 when there are problems
    already: int  # on the blacklist already, or repeated in the file: not added again
    lines: int
    dry_run: bool
    problems: list[ImportProblem]


def _pii(principal: Principal) -> bool:
    return "pii.view" in principal.permissions


@router.get("/blacklist", response_model=list[BlacklistOut])
def list_entries(q: str = Query("", max_length=100), include_removed: bool = False,
                 removal: Literal["pending", "approved", "rejected"] | None = None,
                 principal: Principal = Depends(requires_any("loan.read", "customer.read")),
                 platform: Platform = Depends(get_platform)):
    """Newest first (at most 1,000). `q`: an exact value (ID number, phone, card, name), or words of the reason;
    `removal=pending`: the entries whose removal waits for a decision."""
    with platform.db.read() as db:
        return blacklist.entries(db, _pii(principal), q, include_removed, removal)


@router.post("/blacklist", response_model=BlacklistOut, status_code=201)
def add_entry(body: BlacklistCreate, cmd: Command = Depends(command("loan.blacklist"))):
    def rule(db, audit):
        entry = blacklist.add(db, audit, cmd.principal, body.kind, body.value, body.reason, body.source)
        return blacklist.entry_view(db, entry, _pii(cmd.principal))

    return cmd.run(rule, 201)


@router.post("/blacklist/import", response_model=ImportOut, openapi_extra=file_body(blacklist.MAX_IMPORT_BYTES))
async def import_entries(request: Request, dry_run: bool = Query(True),
                         cmd: Command = Depends(command("loan.blacklist"))):
    """The body is a CSV (UTF-8 with or without BOM, or GB18030) or an Excel workbook (.xlsx; the first sheet), with
    a header naming the columns 类型/kind, 值/value, 原因/reason and 来源/source (optional: internal). Header
    X-Filename names the file (percent-encoded UTF-8: 黑名单.csv is %E9%BB%91%E5%90%8D%E5%8D%95.csv). All or nothing: any bad line and nothing is added, every problem named by line and
    column. Lines on the blacklist already are not added again (importing a file twice adds nothing)."""
    data = await request.body()
    filename = unquote(request.headers.get("x-filename") or "blacklist.csv")[:200]
    language = request_language(request)

    def read():
        with cmd.platform.db.read() as db:
            return blacklist.read_import(db, data, filename)

    result = await run_in_threadpool(read)
    if result.problems or dry_run:
        return JSONResponse(result.answer(language, dry_run))

    def rule(db, audit):
        checked = blacklist.read_import(db, data, filename)  # again, inside the writing transaction
        if not checked.problems:
            blacklist.import_entries(db, audit, cmd.principal, checked, filename)
        else:
            audit.record("loan.blacklist_imported", "blacklist_import", filename[:100], after={"added": 0})
        return checked.answer(language, False)

    return await run_in_threadpool(cmd.run, rule)


@router.post("/blacklist/{entry_id}/removal", response_model=BlacklistOut)
def request_removal(entry_id: ObjectId, body: RemovalRequest, cmd: Command = Depends(command("loan.blacklist"))):
    """Asks for the entry to come off the blacklist; another holder of loan.blacklist decides."""
    def rule(db, audit):
        entry = blacklist.request_removal(db, audit, cmd.principal, entry_id, body.reason)
        return blacklist.entry_view(db, entry, _pii(cmd.principal))

    return cmd.run(rule)


def _decide(entry_id: int, body: RemovalDecision, cmd: Command, approve: bool):
    def rule(db, audit):
        entry = blacklist.decide_removal(db, audit, cmd.principal, entry_id, approve, body.reason)
        return blacklist.entry_view(db, entry, _pii(cmd.principal))

    return cmd.run(rule)


@router.post("/blacklist/{entry_id}/removal/approve", response_model=BlacklistOut)
def approve_removal(entry_id: ObjectId, body: RemovalDecision | None = None,
                    cmd: Command = Depends(command("loan.blacklist"))):
    """Takes the entry off the blacklist (four eyes: not by the person who asked)."""
    return _decide(entry_id, body or RemovalDecision(), cmd, True)


@router.post("/blacklist/{entry_id}/removal/reject", response_model=BlacklistOut)
def reject_removal(entry_id: ObjectId, body: RemovalDecision, cmd: Command = Depends(command("loan.blacklist"))):
    """Keeps the entry on the blacklist; the reason is required (four eyes: not by the person who asked)."""
    return _decide(entry_id, body, cmd, False)
