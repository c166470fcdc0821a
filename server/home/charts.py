"""The home screen's charts, each ONE query over a bounded window on an indexed column: applications per day
(30 days, loan_applications.submitted_at), the overdue rate by month (12 months, loan_installments.due_date) and
the funds in and out per day (30 days of the ledger's day flows, 60 rows). Days are Shanghai's business days,
grouped in the database (shanghai_day: SQLite's date(…, '+8 hours'), PostgreSQL's timezone())."""

from datetime import date, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from server.home.figures import day_range
from server.loans.models import Installment, LoanApplication

DAYS = 30
MONTHS = 12


def last_days(today: date, n: int = DAYS) -> list[date]:
    return [today - timedelta(days=n - 1 - i) for i in range(n)]


def shanghai_day(db: Session, column):
    """The Shanghai business day of a UTC time column, as SQL: grouped in the database, not row by row here.
    China keeps UTC+8 all year (server/clock.py)."""
    if db.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("Asia/Shanghai", column))
    return func.date(column, "+8 hours")  # SQLite keeps UTC times as ISO text


def _as_day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def applications_per_day(db: Session, today: date) -> list[dict]:
    days = last_days(today)
    start, end = day_range(days[0])[0], day_range(today)[1]
    day = shanghai_day(db, LoanApplication.submitted_at)
    counts = {_as_day(d): int(n) for d, n in db.execute(
        select(day, func.count()).where(LoanApplication.submitted_at >= start, LoanApplication.submitted_at < end)
        .group_by(day))}
    return [{"day": d, "count": counts.get(d, 0)} for d in days]


def funds_per_day(db: Session, today: date) -> list[dict]:
    """Money in (recharges) and out (withdrawals paid) through the custodian, per day, posted transfers only:
    the ledger's day flows, kept as the transfers post (server/ledger/day_flows.py)."""
    from server.ledger import day_flows

    days = last_days(today)
    sums = day_flows.per_day(db, ("recharge", "withdrawal"), days[0], today)
    return [{"day": d, "in_fen": sums.get(("recharge", d), 0), "out_fen": sums.get(("withdrawal", d), 0)}
            for d in days]


def month_starts(today: date, n: int = MONTHS) -> list[date]:
    first = today.replace(day=1)
    out = []
    for _ in range(n):
        out.append(first)
        first = (first - timedelta(days=1)).replace(day=1)
    return out[::-1]


def overdue_rate_by_month(db: Session, today: date) -> list[dict]:
    """Per month of due date (the last 12, this one up to yesterday): the share, in basis points of the amount,
    of the installments due that month that were not paid by their due date: still unpaid, or charged a penalty
    (paid late). 0 in a month where nothing fell due."""
    months = month_starts(today)
    amount = Installment.principal_fen + Installment.interest_fen
    late = or_(Installment.state == "overdue", Installment.penalty_fen > 0, Installment.state != "paid")
    rows = db.execute(select(Installment.due_date, func.sum(amount), func.sum(case((late, amount), else_=0)))
                      .where(Installment.due_date >= months[0], Installment.due_date < today)
                      .group_by(Installment.due_date)).all()
    due = {m: 0 for m in months}
    overdue = {m: 0 for m in months}
    for day, total, late_fen in rows:
        month = day.replace(day=1)
        due[month] += int(total or 0)
        overdue[month] += int(late_fen or 0)
    return [{"month": m.strftime("%Y-%m"), "rate_bp": round(overdue[m] * 10_000 / due[m]) if due[m] else 0}
            for m in months]


def charts(db: Session, permissions, today: date) -> dict:
    """Only the charts the user's permissions cover; none is an empty object."""
    out = {}
    if "loan.read" in permissions:
        out["applications_per_day"] = applications_per_day(db, today)
        out["overdue_rate_by_month"] = overdue_rate_by_month(db, today)
    if "funds.read" in permissions:
        out["funds_per_day"] = funds_per_day(db, today)
    return out
