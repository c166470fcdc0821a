"""The disclosure metrics of loans.md for a month and the 11 months before it, computed from the loans and
the ledger as they stood at each month's end (Asia/Shanghai).

Definitions (the report prints them too):
Past months are rebuilt from the times the loans and installments carry; the month still running is figured
from the loans' and installments' states now (what the console shows), as of now. Per month:
- loan balance 借贷余额: remaining principal (installments not paid by the month's end) of loans disbursed
  before the month's end and not yet settled, compensated or written off by then;
- amount overdue 逾期金额: the remaining principal of such loans with an installment due before the month's end
  and unpaid at it; M3+: of those whose oldest unpaid due date is more than 90 days before the month's end;
- overdue rates: by amount = overdue / balance, by count = loans overdue / loans outstanding (the client
  divides the integers this sends);
- compensation 代偿金额: compensation transfers posted in the month from the risk reserve (the ledger);
- top 1 / top 10 borrowers: the largest borrowers' remaining principal (shares of the balance);
- written off 坏账: remaining principal of loans written off by the month's end (bad-debt rate = written off /
  cumulative loan volume).
Every figure is integer fen or a count; nothing goes through a float.
"""

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.ledger.models import LedgerTransfer
from server.loans.models import Installment, Investment, LoanApplication, LoanEvent
from server.db.base import utcnow
from server.reports.service import SHANGHAI, local_midnight_utc

MONTHS = 12
CLOSING_STATES = ("compensated", "written_off")


def _month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _next_month(day: date) -> date:
    return _month_start(day, -1)


def monthly_operations(db: Session, month: date, now: datetime | None = None) -> dict:
    """The month still running is figured as of now (month to date), never as of a future instant."""
    now = now or utcnow()
    months = [_month_start(month, back) for back in range(MONTHS - 1, -1, -1)]
    last_end = min(local_midnight_utc(_next_month(months[-1])), now)
    loans = db.execute(select(LoanApplication.id, LoanApplication.borrower_id, LoanApplication.amount_fen,
                              LoanApplication.disbursed_at, LoanApplication.settled_at, LoanApplication.state)
                       .where(LoanApplication.disbursed_at.is_not(None))).all()
    ids = [loan.id for loan in loans]
    closed_at: dict[int, tuple[datetime, str]] = {}
    for app_id, state, at in db.execute(select(LoanEvent.application_id, LoanEvent.to_state, func.min(LoanEvent.at))
                                        .where(LoanEvent.to_state.in_(CLOSING_STATES))
                                        .group_by(LoanEvent.application_id, LoanEvent.to_state)):
        if app_id not in closed_at or at < closed_at[app_id][0]:
            closed_at[app_id] = (at, state)
    installments = defaultdict(list)
    investors = defaultdict(set)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for app_id, principal, due, paid_at, state in db.execute(
                select(Installment.application_id, Installment.principal_fen, Installment.due_date, Installment.paid_at,
                       Installment.state).where(Installment.application_id.in_(part))):
            installments[app_id].append((principal, due, paid_at, state))
        for app_id, ref in db.execute(select(Investment.application_id, Investment.investor_ref)
                                      .where(Investment.application_id.in_(part), Investment.state == "posted")):
            investors[app_id].add(ref)
    trend = []
    for start_day in months:
        start, end = local_midnight_utc(start_day), min(local_midnight_utc(_next_month(start_day)), now)
        end_day = end.astimezone(SHANGHAI).date()  # an installment due before this day is overdue at `end`
        figures = {"month": start_day.strftime("%Y-%m"), "volume_fen": 0, "loans_disbursed": 0,
                   "cumulative_volume_fen": 0, "balance_fen": 0, "loans_outstanding": 0, "borrowers": 0,
                   "investors": 0, "overdue_fen": 0, "loans_overdue": 0, "overdue_m3_fen": 0, "compensation_fen": 0,
                   "top1_fen": 0, "top10_fen": 0, "written_off_fen": 0}
        by_borrower: dict[int, int] = defaultdict(int)
        lenders: set[str] = set()
        live = end >= now  # the month still running: the loans as they are now
        for loan in loans:
            if loan.disbursed_at >= end and not live:
                continue
            figures["cumulative_volume_fen"] += loan.amount_fen
            if start <= loan.disbursed_at < end:
                figures["volume_fen"] += loan.amount_fen
                figures["loans_disbursed"] += 1
            rows = installments[loan.id]
            if live:
                closing = (now, loan.state) if loan.state in (*CLOSING_STATES, "settled") else None
                unpaid = [(p, due) for p, due, _paid, state in rows if state != "paid"]
                late = [due for _p, due, _paid, state in rows if state == "overdue"]
            else:
                closing = closed_at.get(loan.id)
                if closing is None and loan.settled_at is not None and loan.settled_at < end:
                    closing = (loan.settled_at, "settled")
                if closing and closing[0] >= end:
                    closing = None
                cut = closing[0] if closing else end
                unpaid = [(p, due) for p, due, paid, _state in rows if paid is None or paid >= cut]
                late = [due for _p, due in unpaid if due < end_day]
            remaining = sum(p for p, _due in unpaid)
            if closing:
                if closing[1] == "written_off":
                    figures["written_off_fen"] += remaining
                continue
            if not remaining:
                continue
            figures["balance_fen"] += remaining
            figures["loans_outstanding"] += 1
            by_borrower[loan.borrower_id] += remaining
            lenders |= investors[loan.id]
            if late:
                figures["overdue_fen"] += remaining
                figures["loans_overdue"] += 1
                if (end_day - min(late)).days > 90:
                    figures["overdue_m3_fen"] += remaining
        shares = sorted(by_borrower.values(), reverse=True)
        figures["borrowers"] = len(by_borrower)
        figures["investors"] = len(lenders)
        figures["top1_fen"] = sum(shares[:1])
        figures["top10_fen"] = sum(shares[:10])
        figures["compensation_fen"] = int(db.scalar(
            select(func.coalesce(func.sum(LedgerTransfer.amount_fen), 0))
            .where(LedgerTransfer.kind == "compensation", LedgerTransfer.state == "posted",
                   LedgerTransfer.created_at >= start, LedgerTransfer.created_at < end)) or 0)
        trend.append(figures)
    return {"month": month.strftime("%Y-%m"), "as_of": last_end, "figures": trend[-1], "trend": trend}
