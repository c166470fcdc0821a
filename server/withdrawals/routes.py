"""Withdrawal routes: the customer side's request (funds.movement.post), review (funds.withdrawal.review,
approval with step-up), reading (funds.read), and the staff links (admin.users)."""

from typing import Literal

from fastapi import APIRouter, Depends, Query

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.errors import DomainError, request_language
from server.platform import Platform
from server.wire import ObjectId
from server.withdrawals import service
from server.withdrawals.rules import FLAGS, State, policy_of
from server.withdrawals.schemas import (ApproveRequest, BatchApprove, BatchReject, BatchResult, LinkCreate, LinkOut,
                                        RejectRequest, WithdrawalDetail, WithdrawalPage, WithdrawalRequest,
                                        WithdrawalSummary)

router = APIRouter(prefix="/withdrawals", tags=["withdrawals"])
READ = "funds.read"
REVIEW = "funds.withdrawal.review"

Sort = Literal["requested_at", "-requested_at", "amount", "-amount", "number", "-number", "customer_ref",
               "-customer_ref", "state", "-state"]
StateName = Literal[tuple(s.value for s in State)]
FlagName = Literal[tuple(FLAGS)]


def _customer_ref_query():
    return Query(None, min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")


def _filter(state, flag, customer_ref, amount_min_fen, amount_max_fen) -> service.ListFilter:
    return service.ListFilter(tuple(state or ()), tuple(flag or ()), customer_ref, amount_min_fen, amount_max_fen)


@router.get("", response_model=WithdrawalPage)
def list_withdrawals(platform: Platform = Depends(get_platform), principal: Principal = Depends(requires(READ)),
                     state: list[StateName] | None = Query(None, max_length=len(State)),
                     flag: list[FlagName] | None = Query(None, max_length=len(FLAGS)),
                     customer_ref: str | None = _customer_ref_query(),
                     amount_min_fen: int | None = Query(None, ge=0, le=10**15),
                     amount_max_fen: int | None = Query(None, ge=0, le=10**15),
                     sort: Sort = "-requested_at", page: int = Query(1, ge=1, le=100_000),
                     page_size: int = Query(50, ge=1, le=200)):
    f = _filter(state, flag, customer_ref, amount_min_fen, amount_max_fen)
    with platform.db.read() as db:
        items, total = service.list_withdrawals(db, f, sort, page, page_size, "pii.view" in principal.permissions)
        return {"items": items, "total": total, "page": page, "page_size": page_size}


@router.get("/counts", response_model=dict[str, int])
def withdrawal_counts(platform: Platform = Depends(get_platform), _=Depends(requires(READ)),
                      flag: list[FlagName] | None = Query(None, max_length=len(FLAGS)),
                      customer_ref: str | None = _customer_ref_query()):
    with platform.db.read() as db:
        return service.counts_by_state(db, _filter(None, flag, customer_ref, None, None))


@router.get("/links", response_model=list[LinkOut])
def list_links(platform: Platform = Depends(get_platform), principal: Principal = Depends(requires("admin.users")),
               customer_ref: str | None = _customer_ref_query()):
    with platform.db.read() as db:
        return service.list_links(db, customer_ref, "pii.view" in principal.permissions)


@router.post("/links", response_model=LinkOut, status_code=201)
def create_link(body: LinkCreate, cmd: Command = Depends(command("admin.users"))):
    """Links a staff member to a customer account: they can then never decide its withdrawals."""
    return cmd.run(lambda db, audit: service.link_view(db, service.link_staff(
        db, audit, cmd.principal, body.customer_ref, body.user_id, body.note)), 201)


@router.delete("/links/{link_id}", status_code=204)
def delete_link(link_id: ObjectId, cmd: Command = Depends(command("admin.users", step_up=True))):
    """Ends a link: the staff member may decide that customer's withdrawals again, so, like a role change, it
    needs a fresh one-time code (a stolen session alone cannot clear the way for its own approvals)."""
    return cmd.run(lambda db, audit: service.unlink_staff(db, audit, link_id), 204)


@router.get("/{withdrawal_id}", response_model=WithdrawalDetail)
def withdrawal_detail(withdrawal_id: ObjectId, principal: Principal = Depends(requires(READ)),
                      platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return service.detail(db, service.get(db, withdrawal_id), principal, policy_of(platform.settings))


@router.post("", response_model=WithdrawalSummary, status_code=201)
def request_withdrawal(body: WithdrawalRequest, cmd: Command = Depends(command("funds.movement.post"))):
    """From the customer side: reserves the money at once; small unflagged requests are paid at once.
    The same request_id again answers the request as it is now and moves nothing."""
    data = service.RequestInput(body.request_id, body.customer_ref, body.amount_fen, body.bank_card)
    return cmd.run(lambda db, audit: service.summary(service.request_withdrawal(
        db, audit, policy_of(cmd.platform.settings), data)), 201)


@router.post("/batch/approve", response_model=list[BatchResult])
def batch_approve(body: BatchApprove, cmd: Command = Depends(command(REVIEW, step_up=True))):
    """Approves several requests under one step-up; each succeeds or is refused on its own."""
    policy = policy_of(cmd.platform.settings)
    return cmd.run(_batch(cmd, body, "approve", lambda db, audit, item: service.approve(
        db, audit, policy, cmd.principal, item.id, item.version)))


@router.post("/batch/reject", response_model=list[BatchResult])
def batch_reject(body: BatchReject, cmd: Command = Depends(command(REVIEW))):
    """Rejects several requests with one reason; each succeeds or is refused on its own."""
    return cmd.run(_batch(cmd, body, "reject", lambda db, audit, item: service.reject(
        db, audit, cmd.principal, item.id, item.version, body.reason)))


def _batch(cmd: Command, body: BatchApprove, action: str, act):
    def rule(db, audit):
        results = []
        for item in body.items:
            nested = db.begin_nested()
            try:
                w = act(db, audit, item)
                nested.commit()
                results.append(BatchResult(id=item.id, ok=True, state=w.state, version=w.version))
            except DomainError as error:
                nested.rollback()
                results.append(BatchResult(id=item.id, ok=False, code=error.code, params=error.params or None,
                                           detail=error.sentence(request_language(cmd.request))))
        audit.record(f"withdrawal.batch_{action}", "withdrawal", "batch",
                     after={"succeeded": sum(r.ok for r in results), "refused": sum(not r.ok for r in results)})
        return results

    return rule


@router.post("/{withdrawal_id}/approve", response_model=WithdrawalDetail)
def approve(withdrawal_id: ObjectId, body: ApproveRequest, cmd: Command = Depends(command(REVIEW, step_up=True))):
    policy = policy_of(cmd.platform.settings)
    return cmd.run(lambda db, audit: service.detail(db, service.approve(
        db, audit, policy, cmd.principal, withdrawal_id, body.version), cmd.principal, policy))


@router.post("/{withdrawal_id}/reject", response_model=WithdrawalDetail)
def reject(withdrawal_id: ObjectId, body: RejectRequest, cmd: Command = Depends(command(REVIEW))):
    policy = policy_of(cmd.platform.settings)
    return cmd.run(lambda db, audit: service.detail(db, service.reject(
        db, audit, cmd.principal, withdrawal_id, body.version, body.reason), cmd.principal, policy))
