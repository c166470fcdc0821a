from datetime import datetime
from typing import Annotated, Literal

from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from server import clock
from server.access import Principal, check_step_up, get_platform, request_meta, requires
from server.audit.service import Auditor
from server.commands import Command, command
from server.errors import DomainError, request_language
from server.messages import _
from server.middleware import file_body
from server.loans import documents, service
from server.loans.schedules import schedule
from server.loans.schemas import (ApplicationCreate, AssignRequest, WorkloadRow, ApplicationDetail, ApplicationPage, BatchResult,
                                  BatchTransitionRequest, BorrowerCreate, BorrowerOut, DocumentOut, InvestmentRequest, OverrideRequest, ScheduleOut,
                                  RevealedBorrower, RevealRequest, ScheduleRequest, TransitionRequest)
from server.platform import Platform
from server.wire import ObjectId

router = APIRouter(prefix="/loans", tags=["loans"])

Sort = Literal["submitted_at", "-submitted_at", "amount", "-amount", "number", "-number", "borrower", "-borrower",
               "grade", "-grade", "score", "-score", "state", "-state", "term", "-term", "rate", "-rate"]
# Compensation and write-off are not here: a second person approves them (server/loans/after_routes.py).
Action = Literal["approve_first", "approve_second", "reject", "return", "resubmit", "withdraw", "list", "expire",
                 "disburse"]


def _pii(principal: Principal) -> bool:
    return "pii.view" in principal.permissions


def _lang(cmd: Command) -> str:
    """The language the answer's sentences (risk findings, the timeline's actors) are written in."""
    return request_language(cmd.request)


def _filters(scope, state, grade, amount_min_fen, amount_max_fen, submitted_from, submitted_to, officer_id, q):
    return service.QueueFilter(scope, tuple(state or ()), tuple(grade or ()), amount_min_fen, amount_max_fen,
                               submitted_from, submitted_to, officer_id, q)


@router.get("/applications", response_model=ApplicationPage)
def list_applications(principal: Principal = Depends(requires("loan.read")), platform: Platform = Depends(get_platform),
                      scope: Literal["mine", "team", "all"] = "all", state: list[str] | None = Query(None, max_length=14),
                      grade: list[str] | None = Query(None, max_length=6),
                      amount_min_fen: int | None = Query(None, ge=0, le=10**12),
                      amount_max_fen: int | None = Query(None, ge=0, le=10**12),
                      submitted_from: datetime | None = None, submitted_to: datetime | None = None,
                      officer_id: int | None = Query(None, ge=1, le=2**31 - 1), q: str | None = Query(None, max_length=50),
                      sort: Sort = "-submitted_at", page: int = Query(1, ge=1, le=100_000),
                      page_size: int = Query(50, ge=1, le=200)):
    f = _filters(scope, state, grade, amount_min_fen, amount_max_fen, submitted_from, submitted_to, officer_id, q)
    with platform.db.statement_read() as db:  # the page and its total come in one statement
        rows, total = service.queue(db, principal, f, sort, page, page_size)
    answer = ApplicationPage(items=[service.summary(a, _pii(principal)) for a in rows], total=total, page=page,
                             page_size=page_size)
    # Written here by pydantic, as FastAPI would: a model returned from a plain function is validated again in a
    # second hop to the thread pool before it is written, which a busy server's every queue request waited for.
    return Response(answer.model_dump_json(by_alias=True), media_type="application/json")


@router.get("/applications/counts", response_model=dict[str, int])
def application_counts(principal: Principal = Depends(requires("loan.read")), platform: Platform = Depends(get_platform),
                       scope: Literal["mine", "team", "all"] = "all"):
    with platform.db.read() as db:
        return service.counts_by_state(db, principal, service.QueueFilter(scope=scope))


@router.get("/applications/{app_id}", response_model=ApplicationDetail)
def application_detail(app_id: ObjectId, request: Request, principal: Principal = Depends(requires("loan.read")),
                       platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return service.detail(db, service.get_application(db, app_id), principal, platform.settings.loan_policy,
                              request_language(request))


@router.post("/applications", response_model=ApplicationDetail, status_code=201)
def submit_application(body: ApplicationCreate, cmd: Command = Depends(command("loan.manage"))):
    data = service.ApplicationInput(body.amount_fen, body.term_months, body.annual_rate, body.method, body.purpose,
                                    body.guarantee)
    return cmd.run(lambda db, audit: service.detail(
        db, service.submit(db, audit, cmd.platform.settings.loan_policy, body.borrower_id, data, cmd.principal),
        cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)), 201)


@router.post("/applications/{app_id}/actions/{action}", response_model=ApplicationDetail)
def act_on_application(app_id: ObjectId, action: Action, body: TransitionRequest,
                       cmd: Command = Depends(command("loan.read"))):
    """Every lifecycle transition; the permission of the action in the application's state is checked
    by the service (first or second review, or loan management). Disbursement (放款) pays the investors' money
    out: it needs a fresh one-time code (X-Step-Up-Token) besides loan.manage."""
    if action == "disburse" and "loan.manage" in cmd.principal.permissions:  # without it: refused for that
        check_step_up(cmd.request, cmd.platform, cmd.principal)
    return cmd.run(lambda db, audit: service.detail(db, service.transition(
        db, audit, cmd.platform.settings.loan_policy, cmd.principal, app_id, action, body.version, body.reason,
        body.comment), cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.post("/applications/batch/{action}", response_model=list[BatchResult])
def batch_action(action: Literal["reject", "return"], body: BatchTransitionRequest,
                 cmd: Command = Depends(command("loan.review.first"))):
    """Rejects or returns several applications with one reason; each succeeds or fails on its own."""
    def rule(db, audit):
        results = []
        for item in body.items:
            nested = db.begin_nested()
            try:
                service.transition(db, audit, cmd.platform.settings.loan_policy, cmd.principal, item["id"], action,
                                   item.get("version", 0), body.reason)
                nested.commit()
                results.append(BatchResult(id=item["id"], ok=True))
            except DomainError as error:
                nested.rollback()
                results.append(BatchResult(id=item["id"], ok=False, code=error.code,
                                           detail=error.sentence(request_language(cmd.request))))
        if not audit.pending:
            audit.record(f"loan.batch_{action}", "loan_application", "batch", after={"succeeded": 0})
        return results

    return cmd.run(rule)


@router.post("/applications/{app_id}/assignment", response_model=ApplicationDetail)
def assign(app_id: ObjectId, body: AssignRequest, cmd: Command = Depends(command("loan.review.first"))):
    return cmd.run(lambda db, audit: service.detail(db, service.assign(db, audit, cmd.principal, app_id, body.version,
                                                                       body.officer_id), cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.get("/workload", response_model=list[WorkloadRow], dependencies=[Depends(requires("loan.review.second"))])
def workload(platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return service.workload(db)


@router.post("/applications/{app_id}/overrides", response_model=ApplicationDetail)
def override_rule(app_id: ObjectId, body: OverrideRequest, cmd: Command = Depends(command("loan.override_rule"))):
    return cmd.run(lambda db, audit: service.detail(db, service.override_rule(
        db, audit, cmd.principal, app_id, body.version, body.rule, body.reason), cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.post("/applications/{app_id}/assessment", response_model=ApplicationDetail)
def reassess(app_id: ObjectId, cmd: Command = Depends(command("loan.review.first"))):
    return cmd.run(lambda db, audit: service.detail(db, service.reassess(
        db, audit, cmd.platform.settings.loan_policy, cmd.principal, app_id), cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.post("/applications/{app_id}/investments", response_model=ApplicationDetail)
def invest(app_id: ObjectId, body: InvestmentRequest, cmd: Command = Depends(command("loan.manage"))):
    return cmd.run(lambda db, audit: service.detail(db, service.invest(
        db, audit, cmd.principal, app_id, body.investor_ref, body.amount_fen), cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.post("/applications/{app_id}/installments/{number}/repayment", response_model=ApplicationDetail)
def repay(app_id: ObjectId, number: Annotated[int, Path(ge=1, le=600)],
          cmd: Command = Depends(command("loan.manage"))):
    return cmd.run(lambda db, audit: service.detail(db, service.repay(db, audit, cmd.principal, app_id, number),
                                                    cmd.principal, cmd.platform.settings.loan_policy, _lang(cmd)))


@router.post("/overdue-detection", response_model=dict[str, int])
def detect_overdue(cmd: Command = Depends(command("loan.manage"))):
    return cmd.run(lambda db, audit: {"loans_moved": service.detect_overdue(db, audit, cmd.platform.settings.loan_policy)})


@router.post("/applications/{app_id}/documents", response_model=DocumentOut, status_code=201,
             openapi_extra=file_body(documents.MAX_BYTES + 1))
async def attach_document(app_id: ObjectId, request: Request, kind: str = Query(max_length=32),
                          filename: str = Query(min_length=1, max_length=200),
                          cmd: Command = Depends(command("loan.manage"))):
    """The file is the request body (PNG, JPEG or PDF, up to 10 MB)."""
    content = await request.body()
    return await run_in_threadpool(cmd.run, lambda db, audit: DocumentOut.model_validate(documents.view(documents.attach(
        db, audit, cmd.platform.settings.data_dir, cmd.principal.username, app_id, kind, filename, content),
        _pii(cmd.principal))), 201)


@router.get("/documents/{document_id}/content", response_class=Response,
            responses={200: {"content": {"image/png": {}, "image/jpeg": {}, "application/pdf": {}}}})
def document_content(document_id: ObjectId, request: Request, principal: Principal = Depends(requires("loan.read")),
                     platform: Platform = Depends(get_platform)):
    """An identity document needs pii.view (403 pii_view_required otherwise); serving it is audited."""
    meta = request_meta(request)
    with platform.db.write() as db:
        audit = Auditor(db, principal.user_id, principal.username, meta.client_addr, meta.request_id)
        doc, content = documents.content_of(db, platform.settings.data_dir, document_id, _pii(principal), audit)
        audit.seal()
        db.commit()
    return Response(content, media_type=doc.content_type, headers={
        "Content-Disposition": f"inline; filename*=UTF-8''{quote(doc.filename)}", "Cache-Control": "private, no-store"})


@router.post("/schedule-preview", response_model=ScheduleOut, dependencies=[Depends(requires("loan.read"))])
def schedule_preview(body: ScheduleRequest):
    start = body.start or clock.today()
    rows = schedule(body.amount_fen, body.annual_rate, body.term_months, body.method, start)
    return ScheduleOut(rows=[{"number": r.number, "due_date": r.due_date, "principal_fen": r.principal_fen,
                              "interest_fen": r.interest_fen, "total_fen": r.total_fen,
                              "remaining_principal_fen": r.remaining_principal_fen} for r in rows],
                       total_principal_fen=sum(r.principal_fen for r in rows),
                       total_interest_fen=sum(r.interest_fen for r in rows))


@router.post("/borrowers", response_model=BorrowerOut, status_code=201)
def create_borrower(body: BorrowerCreate, cmd: Command = Depends(command("loan.manage"))):
    data = service.BorrowerInput(**body.model_dump())
    return cmd.run(lambda db, audit: service.borrower_view(db, service.create_borrower(db, audit, data),
                                                           _pii(cmd.principal)), 201)


@router.get("/borrowers/{borrower_id}", response_model=BorrowerOut)
def borrower(borrower_id: ObjectId, principal: Principal = Depends(requires("customer.read")),
             platform: Platform = Depends(get_platform)):
    from server.errors import NotFound
    from server.loans.models import Borrower

    with platform.db.read() as db:
        found = db.get(Borrower, borrower_id)
        if found is None:
            raise NotFound(_("No such borrower."), code="borrower_not_found")
        return service.borrower_view(db, found, _pii(principal))


@router.post("/borrowers/{borrower_id}/reveal", response_model=RevealedBorrower)
def reveal_borrower(borrower_id: ObjectId, body: RevealRequest, cmd: Command = Depends(command("pii.view", replayable=False))):
    """The unmasked identity data, for a holder of pii.view; every reveal is audited."""
    return cmd.run(lambda db, audit: service.reveal_borrower(db, audit, borrower_id, body.purpose))
