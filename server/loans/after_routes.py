"""After-loan management: listings, repayments due, overdue loans, collection, compensation and write-off.

Listing (list), release (expire, 流标) and disbursement (disburse, 放款; with a fresh one-time code) are the
lifecycle's actions: POST /loans/applications/{id}/actions/{action} (server/loans/routes.py).
"""

from typing import Literal

from fastapi import APIRouter, Depends, Request

from server.access import Principal, check_step_up, get_platform, requires, requires_any
from server.commands import Command, command
from server.loans.after import book, collection, proposals
from server.loans.after.schemas import (AssignmentRequest, CollectionOut, CollectorOut, ContactRequest, DecisionRequest, ListingOut,
                                        OverdueOut, ProposalKind, ProposalOut, ProposalRequest, ProposalState,
                                        RejectionRequest, RepaymentOut, RevealedPhone)
from server.platform import Platform
from server.wire import ObjectId

router = APIRouter(prefix="/loans", tags=["after-loan"])

PROPOSAL_READERS = ("loan.manage", "loan.compensation.approve", "loan.write_off.approve")
APPROVERS = ("loan.compensation.approve", "loan.write_off.approve")


def _decider(step_up: bool):
    """Like `command`, for a holder of either approval permission (the proposal's kind decides which one the
    rule needs); approving also needs a fresh one-time code."""
    guard = requires_any(*APPROVERS)

    async def dependency(request: Request, principal: Principal = Depends(guard),
                         platform: Platform = Depends(get_platform)) -> Command:
        if step_up:
            check_step_up(request, platform, principal)
        return Command(request, platform, principal, await request.body(), True)

    dependency.permission = guard.permission
    return dependency


@router.get("/listings", response_model=list[ListingOut])
def listings(principal: Principal = Depends(requires("loan.read")), platform: Platform = Depends(get_platform)):
    """Approved loans to list, listings open for funding and fully funded loans waiting for disbursement."""
    with platform.db.read() as db:
        return book.listings(db, principal)


@router.get("/repayments", response_model=list[RepaymentOut])
def repayments(window: Literal["today", "7days"] = "today", principal: Principal = Depends(requires("loan.read")),
               platform: Platform = Depends(get_platform)):
    """Installments due today or in the next seven days (Shanghai's), with what was received."""
    with platform.db.read() as db:
        return book.repayments(db, principal, window)


@router.get("/overdue", response_model=OverdueOut)
def overdue(bucket: Literal["M1", "M2", "M3", "M3+"] | None = None, mine: bool = False,
            principal: Principal = Depends(requires("loan.read")), platform: Platform = Depends(get_platform)):
    """Overdue loans by age bucket, broken promises first, then the longest overdue."""
    with platform.db.read() as db:
        return book.overdue(db, principal, bucket, mine)


@router.get("/collectors", response_model=list[CollectorOut])
def collector_list(_: Principal = Depends(requires("loan.manage")), platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return collection.collectors(db)


@router.get("/applications/{app_id}/collection", response_model=CollectionOut)
def collection_of(app_id: ObjectId, _: Principal = Depends(requires("loan.read")),
                  platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return collection.view(db, app_id)


@router.post("/applications/{app_id}/collection/assignment", response_model=CollectionOut)
def assign_collector(app_id: ObjectId, body: AssignmentRequest, cmd: Command = Depends(command("loan.manage"))):
    return cmd.run(lambda db, audit: CollectionOut.model_validate(
        collection.assign(db, audit, cmd.principal, app_id, body.collector)))


@router.post("/applications/{app_id}/collection/contacts", response_model=CollectionOut, status_code=201)
def record_contact(app_id: ObjectId, body: ContactRequest, cmd: Command = Depends(command("loan.collect"))):
    return cmd.run(lambda db, audit: CollectionOut.model_validate(collection.record_contact(
        db, audit, cmd.principal, app_id, body.outcome, body.note, body.promised_date, body.promised_amount_fen,
        body.next_action_date)), 201)


@router.post("/applications/{app_id}/collection/phone", response_model=RevealedPhone)
def reveal_borrower_phone(app_id: ObjectId, cmd: Command = Depends(command("loan.collect", replayable=False))):
    """The borrower's phone in full, to call about this loan (still owed on); audited, never replayed."""
    return cmd.run(lambda db, audit: collection.reveal_phone(db, audit, app_id))


def _propose(cmd: Command, app_id: int, kind: str, reason: str):
    return cmd.run(lambda db, audit: ProposalOut.model_validate(proposals.view(db, proposals.propose(
        db, audit, cmd.platform.settings.loan_policy, cmd.principal, app_id, kind, reason), cmd.principal)), 201)


@router.post("/applications/{app_id}/compensation", response_model=ProposalOut, status_code=201)
def propose_compensation(app_id: ObjectId, body: ProposalRequest, cmd: Command = Depends(command("loan.manage"))):
    """代偿 proposed; a finance manager other than the proposer approves it."""
    return _propose(cmd, app_id, "compensation", body.reason)


@router.post("/applications/{app_id}/write-off", response_model=ProposalOut, status_code=201)
def propose_write_off(app_id: ObjectId, body: ProposalRequest, cmd: Command = Depends(command("loan.manage"))):
    """坏账核销 proposed; a finance manager other than the proposer approves it."""
    return _propose(cmd, app_id, "write_off", body.reason)


@router.get("/proposals", response_model=list[ProposalOut])
def list_proposals(kind: ProposalKind | None = None, state: ProposalState | None = None,
                   principal: Principal = Depends(requires_any(*PROPOSAL_READERS)),
                   platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return proposals.listing(db, principal, kind, state)


@router.get("/proposals/{proposal_id}", response_model=ProposalOut)
def proposal(proposal_id: ObjectId, principal: Principal = Depends(requires_any(*PROPOSAL_READERS)),
             platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return proposals.view(db, proposals.get(db, proposal_id), principal)


@router.post("/proposals/{proposal_id}/approve", response_model=ProposalOut)
def approve_proposal(proposal_id: ObjectId, body: DecisionRequest | None = None,
                     cmd: Command = Depends(_decider(step_up=True))):
    """Needs loan.compensation.approve or loan.write_off.approve by the proposal's kind, a fresh one-time code
    (X-Step-Up-Token), and someone other than the proposer."""
    body = body or DecisionRequest()
    return cmd.run(lambda db, audit: ProposalOut.model_validate(proposals.view(db, proposals.approve(
        db, audit, cmd.principal, proposal_id, body.version, body.reason), cmd.principal)))


@router.post("/proposals/{proposal_id}/reject", response_model=ProposalOut)
def reject_proposal(proposal_id: ObjectId, body: RejectionRequest, cmd: Command = Depends(_decider(step_up=False))):
    return cmd.run(lambda db, audit: ProposalOut.model_validate(proposals.view(db, proposals.reject(
        db, audit, cmd.principal, proposal_id, body.version, body.reason), cmd.principal)))
