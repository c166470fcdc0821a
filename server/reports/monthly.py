"""The disclosure metrics of loans.md (and of the information-disclosure guideline for online lending) for a month
and the 11 months before it, each rebuilt from the books as they stood at that month's end: midnight in Shanghai
at the start of the next month, or now for the month still running. One computation for every month: the loans'
states now are never read, only the times the rows carry (disbursed, receipts, settled, compensated, written off,
the ledger's compensation transfers), so a past month prints the same figures whenever it is printed.

Definitions (the report prints them as footnotes), all at the month's end:
- loan balance 借贷余额 / interest balance 利息余额: principal / interest of the installments not received, of
  loans paid out and not settled, compensated or written off; loans outstanding 在贷笔数: such loans owing some;
- cumulative loans 累计借贷金额 / 笔数: loans paid out since the platform began; in the month 当期: paid out in it;
- cumulative borrowers / lenders 累计借款人数 / 出借人数: distinct borrowers / investors of the loans paid out so
  far; in the month 当期: of the loans paid out in it; with a balance: of the loans outstanding;
- related-party loans 关联关系借款: loans outstanding whose borrower or an investor is marked as a related party of
  the platform at the month's end (the periods of customer_relations): their balance and count;
- overdue 逾期: loans outstanding with an installment whose due day has passed and that is not received in full;
  amount = their remaining principal; M3+ 90天以上: the oldest such due day more than 90 days before;
- compensation 代偿: the ledger's compensation transfers from the risk reserve, in the month and cumulative (the
  count is of loans compensated);
- written off 坏账核销: the remaining principal of loans written off by the month's end, cumulative;
- top borrowers 最大单一 / 前十大借款人: the largest borrowers' remaining principal; top lenders 出借人: the largest
  investors' receivable principal (each investor's share of a loan's remaining principal by the amount they lent).
Every figure is integer fen or a count; nothing goes through a float (the client divides for the rates).
"""

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy.orm import Session

from server import clock
from server.db.base import utcnow
from server.errors import ValidationFailed
from server.messages import _
from server.reports.month_books import Books, LoanBook, read_books

MONTHS = 12
OVERDUE_M3_DAYS = 90
# The figures added up loan by loan (zero when nothing adds to them).
COUNTED = ("volume_fen", "loans_disbursed", "cumulative_volume_fen", "cumulative_loans", "balance_fen",
           "interest_balance_fen", "loans_outstanding", "related_balance_fen", "related_loans", "overdue_fen",
           "loans_overdue", "overdue_m3_fen", "loans_overdue_m3", "compensation_fen", "cumulative_compensation_fen",
           "written_off_fen", "loans_written_off")


def _month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _next_month(day: date) -> date:
    return _month_start(day, -1)


def check_not_future(month: date, now: datetime) -> None:
    """A month that has not begun in Shanghai has no books yet: refused, not printed as zeros."""
    if month > _month_start(clock.business_day(now)):
        raise ValidationFailed(_("{month} has not begun yet: a monthly report covers this month or one before it."),
                               code="month_in_future", params={"month": month.strftime("%Y-%m")})


def _remaining(loan: LoanBook, at: datetime) -> tuple[int, int]:
    """(principal, interest) still owed on `loan` at `at`. A loan without installment rows (a large benchmark
    database writes them for some loans only) owes its whole amount until it ends."""
    if not loan.installments:
        return loan.amount_fen, 0
    principal = interest = 0
    for row in loan.installments:
        paid_principal, paid_interest = row.paid_before(at)
        principal += row.principal_fen - paid_principal
        interest += row.interest_fen - paid_interest
    return principal, interest


def _oldest_late_due(loan: LoanBook, end: datetime, end_day: date) -> date | None:
    for row in loan.installments:  # in schedule order: the first late one is the oldest
        if row.due >= end_day:
            return None
        paid_principal, paid_interest = row.paid_before(end)
        if paid_principal + paid_interest < row.principal_fen + row.interest_fen:
            return row.due
    return None


def month_figures(books: Books, month: date, start: datetime, end: datetime) -> dict:
    end_day = clock.business_day(end)  # an installment due before this day is late at `end`
    related_borrowers, related_investors = books.related_at(end)
    f = dict.fromkeys(COUNTED, 0)
    f["month"] = month.strftime("%Y-%m")
    borrowers, lenders, period_borrowers, period_lenders = set(), set(), set(), set()
    by_borrower: dict[int, int] = defaultdict(int)
    by_lender: dict[str, int] = defaultdict(int)
    for loan in books.loans:
        if loan.disbursed_at >= end:
            continue
        f["cumulative_volume_fen"] += loan.amount_fen
        f["cumulative_loans"] += 1
        borrowers.add(loan.borrower_id)
        lenders.update(loan.investors)
        if loan.disbursed_at >= start:
            f["volume_fen"] += loan.amount_fen
            f["loans_disbursed"] += 1
            period_borrowers.add(loan.borrower_id)
            period_lenders.update(loan.investors)
        ended = loan.ended_at is not None and loan.ended_at < end
        principal, interest = _remaining(loan, loan.ended_at if ended else end)
        if ended:
            if loan.ended_as == "written_off":
                f["written_off_fen"] += principal
                f["loans_written_off"] += 1
            continue
        if not principal and not interest:
            continue
        f["balance_fen"] += principal
        f["interest_balance_fen"] += interest
        f["loans_outstanding"] += 1
        by_borrower[loan.borrower_id] += principal
        for ref, lent in loan.investors.items():
            by_lender[ref] += principal * lent // loan.amount_fen if loan.amount_fen else 0
        if loan.borrower_id in related_borrowers or related_investors.intersection(loan.investors):
            f["related_balance_fen"] += principal
            f["related_loans"] += 1
        late = _oldest_late_due(loan, end, end_day)
        if late is not None:
            f["overdue_fen"] += principal
            f["loans_overdue"] += 1
            if (end_day - late).days > OVERDUE_M3_DAYS:
                f["overdue_m3_fen"] += principal
                f["loans_overdue_m3"] += 1
    compensated = set()
    for at, ref, amount in books.compensations:
        if at >= end:
            break
        f["cumulative_compensation_fen"] += amount
        compensated.add(ref)
        if at >= start:
            f["compensation_fen"] += amount
    f["cumulative_compensated_loans"] = len(compensated)
    f["cumulative_borrowers"], f["cumulative_investors"] = len(borrowers), len(lenders)
    f["period_borrowers"], f["period_investors"] = len(period_borrowers), len(period_lenders)
    f["borrowers"] = len(by_borrower)
    f["investors"] = sum(1 for due in by_lender.values() if due)
    borrower_shares = sorted(by_borrower.values(), reverse=True)
    lender_shares = sorted(by_lender.values(), reverse=True)
    f["top1_fen"], f["top10_fen"] = sum(borrower_shares[:1]), sum(borrower_shares[:10])
    f["lenders_due_fen"] = sum(lender_shares)
    f["top1_lender_fen"], f["top10_lender_fen"] = sum(lender_shares[:1]), sum(lender_shares[:10])
    return f


def monthly_operations(db: Session, month: date, now: datetime | None = None) -> dict:
    """The 12 months ending with `month`, each as of its end (the running month as of now)."""
    now = now or utcnow()
    check_not_future(month, now)
    months = [_month_start(month, back) for back in range(MONTHS - 1, -1, -1)]
    ends = [min(clock.day_start_utc(_next_month(first)), now) for first in months]
    books = read_books(db, ends[-1])
    trend = [month_figures(books, first, clock.day_start_utc(first), end) for first, end in zip(months, ends)]
    return {"month": month.strftime("%Y-%m"), "as_of": ends[-1], "figures": trend[-1], "trend": trend}
