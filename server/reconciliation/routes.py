"""Reconciliation routes (/reconciliation): reading (recon.read), importing and running (recon.import),
resolving (recon.resolve), adjusting entries (funds.adjust.propose / funds.adjust.approve with step-up,
four eyes) and closing the day (recon.close_day, step-up). Every change is audited by the command path."""

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from tempfile import SpooledTemporaryFile
from typing import BinaryIO, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.errors import Refused, ValidationFailed, request_language
from server.messages import _
from server.middleware import file_body
from server.platform import Platform
from server.reconciliation import (imports, items, line_dates, profiles, proposals, resolution, runs, service,
                                   statement_withdrawal)
from server.reconciliation.schemas import (ApproveIn, CalendarDay, CloseIn, DayOut, ItemOut, ItemPage, ManualMatch,
                                           PreviewOut, ProfileOut, ProfileSave, ProposalIn, ProposalOut, RejectIn,
                                           StatementOut, TimingMark, WithdrawIn)
from server.wire import ObjectId

router = APIRouter(prefix="/reconciliation", tags=["reconciliation"])
READ, IMPORT, RESOLVE = "recon.read", "recon.import", "recon.resolve"

Sort = Literal[tuple(s for name in items.SORTS for s in (name, f"-{name}"))]
Category = Literal["matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate"]
ItemState = Literal["open", "matched", "timing", "proposed", "adjusted"]
Side = Literal["ledger", "bank"]
STATEMENT_MAX_BYTES = 256 * 1024 * 1024
_FILE = {"type": "string", "format": "binary"}
# The preview takes a CSV's first megabyte, or a whole .xlsx (a zip is read from its end); both declared binary:
# a workbook is full of NUL bytes, and the request guard lets them through only to routes declared so.
PREVIEW_BODY = file_body(STATEMENT_MAX_BYTES)
# The import takes the file alone, or the file with its column mapping in one multipart/form-data body (JSON in
# UTF-8: Chinese column names arrive as written, which an HTTP header could not carry).
IMPORT_BODY = file_body(STATEMENT_MAX_BYTES + 64 * 1024, {
    "multipart/form-data": {
        "schema": {"type": "object", "required": ["file"], "properties": {
            "file": _FILE, "mapping": {"type": "string", "description": "the column mapping (MappingIn) as JSON"}}},
        "encoding": {"mapping": {"contentType": "application/json"}}},
    "application/octet-stream": {"schema": _FILE}})


def _filename():
    return Query(min_length=1, max_length=255, description="decides CSV or Excel (.xlsx)")


def _encoding():
    return Query(None, min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")


# --- profiles -------------------------------------------------------------------------------------

@router.get("/profiles", response_model=list[ProfileOut])
def list_profiles(platform: Platform = Depends(get_platform), _=Depends(requires(READ))):
    with platform.db.read() as db:
        return profiles.list_profiles(db)


@router.put("/profiles/{name}", response_model=ProfileOut)
def save_profile(body: ProfileSave, name: str = Path(min_length=1, max_length=64),
                 cmd: Command = Depends(command(IMPORT))):
    """Saves a bank's column layout under a name (not a built-in one's)."""
    return cmd.run(lambda db, audit: profiles.save_profile(db, audit, cmd.principal, name, body.mapping.model_dump()))


# --- statements -----------------------------------------------------------------------------------

@router.post("/statements/preview", response_model=PreviewOut, openapi_extra=PREVIEW_BODY,
             dependencies=[Depends(requires(IMPORT))])
async def preview_statement(request: Request, filename: str = _filename(), encoding: str | None = _encoding()):
    """The first rows of a file (a CSV's first bytes, up to 1 MB; a workbook whole) with the encoding, the layout
    and, from the header's words, the column mapping guessed."""
    async with _statement_upload(request) as upload:
        try:
            return await run_in_threadpool(lambda: imports.preview(upload.read(), filename, encoding))
        except imports.Refusal as error:
            raise error.speak(request_language(request)) from None


@router.post("/days/{day}/statements", response_model=StatementOut, status_code=201, openapi_extra=IMPORT_BODY)
async def import_statement(day: date, request: Request, filename: str = _filename(), encoding: str | None = _encoding(),
                           profile: str | None = Query(None, min_length=1, max_length=64),
                           principal: Principal = Depends(requires(IMPORT)),
                           platform: Platform = Depends(get_platform)):
    """The file (CSV or .xlsx, up to 256 MB) is the body, or the `file` part of a multipart/form-data body
    whose `mapping` part (JSON) names the file's columns; without a mapping the named profile, else the built-in
    layout the header fits, reads it. Refused whole on any bad line (422 statement_refused with every problem),
    on a file or serial imported before (409 statement_duplicate) and on a closed day (409 day_closed)."""
    async with _statement_upload(request) as upload:
        # Not `command(IMPORT)` as a dependency: that reads the whole body into memory for the idempotency
        # digest. The file's hash (and the mapping) stand for the body instead.
        cmd = Command(request, platform, principal, upload.fingerprint, replayable=True)

        def read():
            with platform.db.read() as db:
                service.refuse_if_closed(service.find_day(db, day))  # before reading a large file for nothing
                mapping = imports.choose_mapping(db, profile, upload.mapping)
            parsed = imports.parse(upload.read(), filename, mapping, encoding)
            line_dates.refuse_lines_outside_day(parsed, day, platform.settings.recon_late_posting)
            return parsed

        try:
            parsed = await run_in_threadpool(read)
        except imports.Refusal as error:
            error.speak(request_language(request))

            def refuse(db, audit):
                imports.record_refusal(audit, day, filename, error)
                raise Refused(error)

            return await run_in_threadpool(cmd.run, refuse)
    return await run_in_threadpool(cmd.run, lambda db, audit: imports.store(
        db, audit, cmd.principal, day, filename, profile, parsed), 201)


# A file up to this size stays in memory as it arrives; a larger one goes to a temporary file on disk.
SPOOL_IN_MEMORY_BYTES = 1024 * 1024
_HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class _Upload:
    file: BinaryIO
    sha256: str
    mapping: str | None

    @property
    def fingerprint(self) -> bytes:
        """What the request's idempotency digest is taken over: the file's hash and the mapping sent with it."""
        return f"{self.sha256}\n{self.mapping or ''}".encode()

    def read(self) -> bytes:
        """The whole file, read from its temporary file (call in a worker thread)."""
        self.file.seek(0)
        return self.file.read()


def _sha256_of(file: BinaryIO) -> str:
    digest = hashlib.sha256()
    file.seek(0)
    while chunk := file.read(_HASH_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


@asynccontextmanager
async def _statement_upload(request: Request) -> AsyncIterator[_Upload]:
    """The statement file spooled to a temporary file as it arrives, never held whole in memory while it does,
    and the column mapping sent with it (JSON text) or None. The file is removed when the block ends."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        with SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY_BYTES) as file:
            digest = hashlib.sha256()
            async for chunk in request.stream():
                digest.update(chunk)
                file.write(chunk)
            yield _Upload(file, digest.hexdigest(), None)
        return
    # Starlette spools a file part to a temporary file itself.
    form = await request.form(max_files=2, max_fields=2, max_part_size=64 * 1024)
    try:
        file, mapping = form.get("file"), form.get("mapping")
        if file is None or isinstance(file, str):
            raise ValidationFailed(_("The multipart body needs the statement in a file part named 'file'."),
                                   code="statement_file_missing")
        if mapping is not None and not isinstance(mapping, str):
            try:
                mapping = (await mapping.read()).decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationFailed(_("The mapping part is not UTF-8 text."), code="mapping_invalid") from None
        sha256 = await run_in_threadpool(_sha256_of, file.file)
        yield _Upload(file.file, sha256, mapping or None)
    finally:
        await form.close()


# --- days -----------------------------------------------------------------------------------------

@router.get("/days", response_model=list[CalendarDay])
def calendar(platform: Platform = Depends(get_platform), _=Depends(requires(READ)),
             first: date = Query(alias="from"), last: date = Query(alias="to")):
    with platform.db.read() as db:
        return service.calendar(db, first, last)


@router.get("/days/{day}", response_model=DayOut)
def day_detail(day: date, platform: Platform = Depends(get_platform), _=Depends(requires(READ))):
    with platform.db.read() as db:
        return service.day_view(db, day)


@router.post("/days/{day}/run", response_model=DayOut)
def run_day(day: date, cmd: Command = Depends(command(IMPORT))):
    """Runs (or re-runs) the automatic passes; matches by hand, timing marks and proposals are kept."""
    return cmd.run(lambda db, audit: service.day_view(db, day, runs.run_day(db, audit, cmd.principal, day)))


@router.get("/days/{day}/items", response_model=ItemPage)
def list_items(day: date, side: Side, platform: Platform = Depends(get_platform), _=Depends(requires(READ)),
               category: Category | None = None, state: ItemState | None = None,
               q: str | None = Query(None, min_length=1, max_length=64),
               amount_min_fen: int | None = Query(None, ge=0, le=10**15),
               amount_max_fen: int | None = Query(None, ge=0, le=10**15),
               sort: Sort = "at", page: int = Query(1, ge=1, le=100_000), page_size: int = Query(50, ge=1, le=200)):
    f = items.ItemFilter(side, category, state, q, amount_min_fen, amount_max_fen)
    with platform.db.read() as db:
        found, total = items.list_items(db, day, f, sort, page, page_size)
        return {"items": found, "total": total, "page": page, "page_size": page_size}


@router.get("/days/{day}/items/{side}/{item_id}/candidates", response_model=list[ItemOut])
def candidates(day: date, side: Side, item_id: ObjectId, platform: Platform = Depends(get_platform),
               _=Depends(requires(READ))):
    """The other side's open items most likely to belong with this one, best first."""
    with platform.db.read() as db:
        return items.candidates(db, day, side, item_id)


@router.post("/days/{day}/matches", response_model=DayOut)
def match_by_hand(day: date, body: ManualMatch, cmd: Command = Depends(command(RESOLVE))):
    """One ledger item with one or several bank lines, or several ledger items with one line; totals must agree."""
    return cmd.run(lambda db, audit: service.day_view(db, day, resolution.match_by_hand(
        db, audit, cmd.principal, day, body.ledger_ids, body.bank_ids, body.note)))


@router.post("/days/{day}/timing", response_model=DayOut)
def mark_timing(day: date, body: TimingMark, cmd: Command = Depends(command(RESOLVE))):
    return cmd.run(lambda db, audit: service.day_view(db, day, resolution.mark_timing(
        db, audit, cmd.principal, day, [(i.side, i.id) for i in body.items], body.note)))


@router.post("/days/{day}/proposals", response_model=ProposalOut, status_code=201)
def propose(day: date, body: ProposalIn, cmd: Command = Depends(command("funds.adjust.propose"))):
    """Proposes an adjusting entry to suspense for open items; someone else approves it."""
    return cmd.run(lambda db, audit: proposals.proposal_view(db, proposals.propose(
        db, audit, cmd.principal, day, [(i.side, i.id) for i in body.items], body.reason), day), 201)


@router.post("/days/{day}/statements/{statement_id}/withdraw", response_model=DayOut)
def withdraw_statement(day: date, statement_id: ObjectId, body: WithdrawIn,
                       cmd: Command = Depends(command("recon.withdraw_statement", step_up=True))):
    """A finance manager takes back a statement of an open day (imported for the wrong day, say), with a reason:
    its lines and their matches leave the day, the day's results are recomputed, and the same file may be imported
    again. 409 day_closed on a closed day, statement_in_use while a line is in an adjusting entry."""
    return cmd.run(lambda db, audit: service.day_view(db, day, statement_withdrawal.withdraw_statement(
        db, audit, cmd.principal, day, statement_id, body.reason)))


@router.post("/days/{day}/close", response_model=DayOut)
def close_day(day: date, body: CloseIn, cmd: Command = Depends(command("recon.close_day", step_up=True))):
    """日终: only with nothing open and nothing proposed; a closed day accepts no change, and stays closed."""
    return cmd.run(lambda db, audit: service.day_view(db, day, service.close_day(
        db, audit, cmd.principal, day, body.version)))


# --- adjusting entries ----------------------------------------------------------------------------

@router.get("/proposals", response_model=list[ProposalOut])
def list_proposals(platform: Platform = Depends(get_platform), _=Depends(requires(READ)),
                   state: Literal["pending", "approved", "rejected"] | None = None, day: date | None = None):
    with platform.db.read() as db:
        return proposals.list_proposals(db, state, day)


@router.post("/proposals/{proposal_id}/approve", response_model=ProposalOut)
def approve(proposal_id: ObjectId, body: ApproveIn,
            cmd: Command = Depends(command(proposals.APPROVE, step_up=True))):
    """Posts the adjusting entry between suspense and custodian clearing; never by the proposer."""
    return cmd.run(lambda db, audit: proposals.proposal_view(db, proposals.approve(
        db, audit, cmd.principal, proposal_id, body.version)))


@router.post("/proposals/{proposal_id}/reject", response_model=ProposalOut)
def reject(proposal_id: ObjectId, body: RejectIn, cmd: Command = Depends(command(proposals.APPROVE))):
    return cmd.run(lambda db, audit: proposals.proposal_view(db, proposals.reject(
        db, audit, cmd.principal, proposal_id, body.version, body.reason)))
