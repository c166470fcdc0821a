"""How overdue a loan is as of a Shanghai day: its unpaid installments due before that day, the days since the
oldest of them, its age bucket (M1 1–30 days, M2 31–60, M3 61–90, M3+ over 90), what it owes.

Computed from the due dates as of the day asked, not from the installments' state, so the answer is right
whether or not the daily overdue job has run yet today. The penalty is what that job accrued (罚息, at the
configured daily rate from the day after each due date): the amount a repayment collects.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db.planner_hints import not_indexed
from server.loans.lifecycle import State
from server.loans.models import UNPAID, Installment, LoanApplication

BUCKETS = ("M1", "M2", "M3", "M3+")
# Loans a borrower still owes on: being repaid, overdue, or compensated (the borrower now owes the risk reserve).
COLLECTED_STATES = (State.REPAYING, State.OVERDUE, State.COMPENSATED)


def bucket_of(days: int) -> str | None:
    if days <= 0:
        return None
    if days <= 30:
        return "M1"
    if days <= 60:
        return "M2"
    if days <= 90:
        return "M3"
    return "M3+"


def unpaid_fen(row: Installment) -> int:
    """Principal and interest of the installment not yet received (a part payment counts first)."""
    return max(row.principal_fen + row.interest_fen - (row.paid_fen or 0), 0)


@dataclass
class Position:
    """One loan's overdue position as of a day."""

    application_id: int
    overdue_days: int
    bucket: str
    overdue_fen: int  # principal and interest of the overdue installments not yet received
    penalty_fen: int  # accrued by the daily job on those installments
    oldest_due: date
    installments: int


def positions(db: Session, today: date, application_ids=None) -> dict[int, Position]:
    """Every loan with an unpaid installment due before `today` (or those of `application_ids`)."""
    stmt = (select(Installment).join(LoanApplication, LoanApplication.id == Installment.application_id)
            .where(not_indexed(LoanApplication.state).in_([s.value for s in COLLECTED_STATES]), UNPAID,
                   Installment.due_date < today))
    if application_ids is not None:
        stmt = stmt.where(Installment.application_id.in_(list(application_ids)))
    rows = defaultdict(list)
    for row in db.scalars(stmt):
        rows[row.application_id].append(row)
    found = {}
    for app_id, items in rows.items():
        oldest = min(r.due_date for r in items)
        days = (today - oldest).days
        found[app_id] = Position(app_id, days, bucket_of(days), sum(unpaid_fen(r) for r in items),
                                 sum(r.penalty_fen or 0 for r in items), oldest, len(items))
    return found


def owed_to_investors(db: Session, app_id: int, today: date) -> int:
    """What compensation pays the investors: the principal not yet repaid and the interest of the installments
    already due (overdue), less what the borrower paid of them."""
    rows = db.scalars(select(Installment).where(Installment.application_id == app_id, Installment.state != "paid")).all()
    owed = 0
    for r in rows:
        paid = r.paid_fen or 0
        if r.due_date < today or r.state == "overdue":
            owed += max(r.principal_fen + r.interest_fen - paid, 0)
        else:
            owed += max(r.principal_fen - paid, 0)
    return owed


def outstanding_principal_fen(db: Session, app_ids) -> dict[int, int]:
    """Principal not yet repaid, per loan (a part payment counts against interest first)."""
    found: dict[int, int] = defaultdict(int)
    if not app_ids:
        return found
    for r in db.scalars(select(Installment).where(Installment.application_id.in_(list(app_ids)),
                                                  Installment.state != "paid")):
        found[r.application_id] += max(r.principal_fen - max((r.paid_fen or 0) - r.interest_fen, 0), 0)
    return found
