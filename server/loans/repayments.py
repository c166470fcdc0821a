"""Receipts on installments (loan_repayments): every place that takes a borrower's money for an installment
writes one here beside the installment's running `paid_fen`, so any month's end can be rebuilt from them."""

from datetime import datetime

from sqlalchemy import case, exists, insert, literal, select
from sqlalchemy.orm import Session

from server.loans.models import Installment, Repayment


def record(db: Session, row: Installment, at: datetime, principal_fen: int, interest_fen: int, penalty_fen: int = 0,
           kind: str = "repayment") -> Repayment | None:
    """One receipt of `row` at `at`; nothing when nothing was paid."""
    if not (principal_fen or interest_fen or penalty_fen):
        return None
    receipt = Repayment(application_id=row.application_id, installment_id=row.id, at=at, principal_fen=principal_fen,
                        interest_fen=interest_fen, penalty_fen=penalty_fen, kind=kind)
    db.add(receipt)
    return receipt


def fill_from_installments(db: Session, application_ids=None) -> None:
    """One receipt for each installment paid or partly paid (with its `paid_at`) that has none yet: the demo seeds
    write installments in bulk and add their receipts after. A paid installment's receipt is its principal and
    interest, the rest its penalty; a partly paid one's went to interest first (as revision 0022 fills them)."""
    i = Installment
    paid = i.state == "paid"
    interest = case((paid | (i.paid_fen >= i.interest_fen), i.interest_fen), else_=i.paid_fen)
    principal = case((paid, i.principal_fen), (i.paid_fen <= i.interest_fen, 0),
                     (i.paid_fen - i.interest_fen >= i.principal_fen, i.principal_fen),
                     else_=i.paid_fen - i.interest_fen)
    penalty = case((i.paid_fen > i.principal_fen + i.interest_fen, i.paid_fen - i.principal_fen - i.interest_fen),
                   else_=0)
    source = select(i.application_id, i.id, i.paid_at, principal, interest, penalty, literal("repayment")).where(
        (paid | (i.paid_fen > 0)), i.paid_at.is_not(None),
        ~exists().where(Repayment.installment_id == i.id))
    if application_ids is not None:
        source = source.where(i.application_id.in_(application_ids))
    db.execute(insert(Repayment).from_select(
        ["application_id", "installment_id", "at", "principal_fen", "interest_fen", "penalty_fen", "kind"], source))
