"""Ledger routes: reading needs funds.read; money movements need funds.movement.post.

The movement routes are for the customer side of the platform (and tests): the back office itself
moves money only through its own flows (withdrawal review, adjustments), which call the service.
"""

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.lanes import fast_lane
from server.errors import Conflict, ValidationFailed, request_language
from server.ledger import batch, movements, queries
from server.messages import _
from server.ledger.models import KINDS
from server.ledger.schemas import (AccountOut, AccountPage, BatchResult, CompensationMovement, CustomerBalances, CustomerMovement,
                                   DisbursementMovement, InvestmentMovement, MovementBatch, MovementResult, PenaltyMovement,
                                   ReleaseMovement, RepaymentMovement, ReversalMovement, StatementPage, TransferPage,
                                   TrialBalance, batch_result_json)
from server.ledger.service import transfer_views
from server.platform import Platform
from server.wire import ObjectId, OptionalIdQuery

router = APIRouter(prefix="/ledger", tags=["ledger"])
READ = "funds.read"
MOVE = "funds.movement.post"
PII = "pii.view"

Kind = Literal[KINDS]
TransferSort = Literal["id", "-id", "created_at", "-created_at", "amount", "-amount", "kind", "-kind",
                       "reference", "-reference"]
AccountSort = Literal["id", "-id", "code", "-code", "kind", "-kind", "balance", "-balance"]


# Factories, not shared instances: FastAPI writes each parameter's name into its Query object.
def text_query():
    return Query(None, min_length=1, max_length=64, pattern=r"^[^\x00]+$")


def customer_ref_query():
    return Query(None, min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")


def page_query():
    return Query(1, ge=1, le=100_000)


def page_size_query():
    return Query(50, ge=1, le=200)


def fen_query():
    return Query(None, ge=0, le=10**15)


@router.get("/transfers", response_model=TransferPage)
def list_transfers(platform: Platform = Depends(get_platform), principal: Principal = Depends(requires(READ)),
                   account_id: OptionalIdQuery = None, account: str | None = text_query(),
                   customer_ref: str | None = customer_ref_query(),
                   kind: list[Kind] | None = Query(None, max_length=len(KINDS)),
                   state: list[Literal["posted", "pending", "voided"]] | None = Query(None, max_length=3),
                   amount_min_fen: int | None = fen_query(), amount_max_fen: int | None = fen_query(),
                   created_from: datetime | None = None, created_to: datetime | None = None,
                   reference: str | None = text_query(), transfer_id: str | None = text_query(),
                   sort: TransferSort = "-id", page: int = page_query(), page_size: int = page_size_query()):
    f = queries.TransferFilter(account_id, account, customer_ref, tuple(kind or ()), tuple(state or ()),
                               amount_min_fen, amount_max_fen, created_from, created_to, reference, transfer_id)
    with platform.db.read() as db:
        items, total = queries.list_transfers(db, f, sort, page, page_size)
        items = queries.with_customer_names(db, items, PII in principal.permissions)
        return {"items": items, "total": total, "page": page, "page_size": page_size}


@router.get("/accounts", response_model=AccountPage)
def list_accounts(platform: Platform = Depends(get_platform), principal: Principal = Depends(requires(READ)),
                  kind: Literal["platform", "customer"] | None = None,
                  customer_ref: str | None = customer_ref_query(),
                  code: str | None = text_query(), sort: AccountSort = "code", page: int = page_query(), page_size: int = page_size_query()):
    with platform.db.read() as db:
        items, total = queries.list_accounts(db, kind, customer_ref, code, sort, page, page_size)
        items = queries.accounts_with_customer_names(db, items, PII in principal.permissions)
        return {"items": items, "total": total, "page": page, "page_size": page_size}


@router.get("/accounts/{account_id}", response_model=AccountOut)
def account_detail(account_id: ObjectId, platform: Platform = Depends(get_platform), _=Depends(requires(READ))):
    with platform.db.read() as db:
        return queries.account_view(queries.get_account(db, account_id))


@router.get("/accounts/{account_id}/statement", response_model=StatementPage)
def account_statement(account_id: ObjectId, platform: Platform = Depends(get_platform),
                      principal: Principal = Depends(requires(READ)),
                      created_from: datetime | None = None, created_to: datetime | None = None,
                      sort: Literal["id", "-id"] = "id", page: int = page_query(), page_size: int = page_size_query()):
    with platform.db.read() as db:
        account, items, total = queries.statement(db, account_id, page, page_size, sort == "-id", created_from,
                                                  created_to)
        pii = PII in principal.permissions
        return {"account": queries.accounts_with_customer_names(db, [queries.account_view(account)], pii)[0],
                "items": queries.with_customer_names(db, items, pii), "total": total, "page": page,
                "page_size": page_size}


@router.get("/customers/{customer_ref}/balances", response_model=CustomerBalances)
def customer_balances(customer_ref: str = Path(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$"),
                      platform: Platform = Depends(get_platform), _=Depends(requires(READ))):
    with platform.db.read() as db:
        return queries.customer_balances(db, customer_ref)


@router.get("/trial-balance", response_model=TrialBalance)
def trial_balance(platform: Platform = Depends(get_platform), _=Depends(requires(READ)),
                  kind: Literal["platform", "customer"] | None = None, page: int = page_query(),
                  page_size: int = Query(200, ge=1, le=200)):
    with platform.db.read() as db:
        return queries.trial_balance(db, page, page_size, kind)


def _move(cmd: Command, name: str, op_id: str, body: dict, run) -> object:
    """Runs one movement under the command path and audits what it posted (or that it was a replay)."""
    def rule(db, audit):
        transfers = run(db)
        views = transfer_views(db, transfers)
        audit.record(f"ledger.{name}", "ledger_operation", op_id, after=body | {
            "transfers": [{"transfer_id": v["transfer_id"], "amount_fen": v["amount_fen"], "debit": v["debit_account"],
                           "credit": v["credit_account"], "state": v["state"]} for v in views]})
        return MovementResult(operation_id=op_id, transfers=views)

    return cmd.run(rule)


@router.post("/movements/recharge", response_model=MovementResult)
@fast_lane
def recharge(body: CustomerMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "recharge", body.operation_id, body.model_dump(), lambda db: movements.recharge(
        db, body.operation_id, body.customer_ref, body.amount_fen, body.reference))


@router.post("/movements/withdrawal", response_model=MovementResult)
@fast_lane
def withdrawal(body: CustomerMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "withdrawal", body.operation_id, body.model_dump(), lambda db: movements.withdraw(
        db, body.operation_id, body.customer_ref, body.amount_fen, body.reference))


@router.post("/movements/investment", response_model=MovementResult)
@fast_lane
def investment(body: InvestmentMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "investment", body.operation_id, body.model_dump(), lambda db: movements.invest(
        db, body.operation_id, body.investor_ref, body.loan_ref, body.amount_fen))


@router.post("/movements/disbursement", response_model=MovementResult)
@fast_lane
def disbursement(body: DisbursementMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "disbursement", body.operation_id, body.model_dump(), lambda db: movements.disburse(
        db, body.operation_id, body.loan_ref, body.borrower_ref, body.fee_fen))


@router.post("/movements/release", response_model=MovementResult)
@fast_lane
def release(body: ReleaseMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "release", body.operation_id, body.model_dump(), lambda db: movements.release(
        db, body.operation_id, body.loan_ref))


@router.post("/movements/repayment", response_model=MovementResult)
@fast_lane
def repayment(body: RepaymentMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "repayment", body.operation_id, body.model_dump(), lambda db: movements.repay(
        db, body.operation_id, body.loan_ref, body.borrower_ref, body.principal_fen, body.interest_fen, body.fee_fen))


@router.post("/movements/penalty", response_model=MovementResult)
@fast_lane
def penalty(body: PenaltyMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "penalty", body.operation_id, body.model_dump(), lambda db: movements.penalty(
        db, body.operation_id, body.borrower_ref, body.amount_fen, body.loan_ref))


@router.post("/movements/compensation", response_model=MovementResult)
@fast_lane
def compensation(body: CompensationMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "compensation", body.operation_id, body.model_dump(), lambda db: movements.compensate(
        db, body.operation_id, body.loan_ref, body.amount_fen))


@router.post("/movements/reversal", response_model=MovementResult)
@fast_lane
def reversal(body: ReversalMovement, cmd: Command = Depends(command(MOVE))):
    return _move(cmd, "reversal", body.operation_id, body.model_dump(), lambda db: movements.reverse_transfer(
        db, body.operation_id, body.transfer_id))


@router.post("/movements/batch", response_model=BatchResult)
@fast_lane
def movement_batch(body: MovementBatch, cmd: Command = Depends(command(MOVE))):
    """Up to 10,000 recharges, withdrawals and investments in one command, each under its own operation id (a
    movement sent before answers "replayed" and moves nothing); per movement: posted, replayed, or refused with the
    reason. With `all_or_nothing`, one refusal refuses the batch (409, naming the movement) and nothing posts."""
    ids = [m.operation_id for m in body.movements]
    if len(set(ids)) != len(ids):
        twice = next(i for n, i in enumerate(ids) if i in ids[:n])
        raise ValidationFailed(_("Each movement of a batch needs its own operation id; {operation_id} comes twice."),
                               code="duplicate_operation_id", params={"operation_id": twice})
    language = request_language(cmd.request)

    def rule(db, audit):
        items = [batch.Movement(m.kind, m.operation_id, m.customer_ref, m.amount_fen, m.reference)
                 for m in body.movements]
        try:
            outcomes = batch.post_batch(db, items, body.all_or_nothing)
        except batch.BatchRefused as refused:
            raise Conflict(_("Movement {number} ({operation_id}) was refused, so nothing in the batch was posted: "
                             "{reason}"), code="batch_refused",
                           params={"number": refused.index + 1, "operation_id": ids[refused.index],
                                   "reason": refused.error.sentence(language)},
                           index=refused.index, item_code=refused.error.code) from None
        views = transfer_views(db, [t for o in outcomes for t in o.transfers])
        results, at = [], 0
        audited, afters = [], []
        for index, (movement, outcome) in enumerate(zip(body.movements, outcomes)):
            mine = views[at:at + len(outcome.transfers)]
            at += len(outcome.transfers)
            result = {"index": index, "operation_id": movement.operation_id, "status": outcome.status,
                      "transfers": mine}
            if outcome.error is not None:
                result |= {"code": outcome.error.code, "message": outcome.error.sentence(language)}
            else:  # an audit record per movement, as every change is audited (the movement as sent, as model_dump)
                audited.append(movement)
                afters.append({"kind": movement.kind, "operation_id": movement.operation_id,
                               "customer_ref": movement.customer_ref, "amount_fen": movement.amount_fen,
                               "reference": movement.reference, "batch": True, "transfers": [
                                   {"transfer_id": v["transfer_id"], "amount_fen": v["amount_fen"],
                                    "debit": v["debit_account"], "credit": v["credit_account"], "state": v["state"]}
                                   for v in mine]})
            results.append(result)
        # all of them in one insert
        audit.record_many([f"ledger.{m.kind}" for m in audited], "ledger_operation", [m.operation_id for m in audited],
                          afters)
        counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("posted", "replayed", "refused")}
        if not audit.pending:  # every movement refused: the batch itself is what happened
            audit.record("ledger.batch_refused", "ledger_batch", ids[0], after=counts | {"movements": len(ids)})
        return counts | {"results": results}

    return cmd.run(rule, encode=batch_result_json)
