"""Repayment schedules (还款计划) for the four methods, to the fen.

Rounding rule: every amount is computed exactly with Decimal and rounded to the fen half-up at the
point where it becomes money: a month's interest, the level payment (等额本息), the monthly principal
P/n (等额本金: P = 1,001,581 fen over 36 months is 27,821.69, so 27,822 a month). The LAST installment
takes whatever principal is left, so the principal column always sums to P exactly (27,811 in that
example); no installment ever takes more principal than is still outstanding. Interest of a month is
always the principal still outstanding at the start of that month × r, rounded half-up.

Limits (server/wire.py, the same for the preview, applications and this function): 1 to 60 months,
a principal of 1 fen to MAX_LOAN_FEN, a start between FIRST_BUSINESS_DATE and LAST_BUSINESS_DATE.
"""

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, getcontext
from enum import StrEnum

from server.wire import FIRST_BUSINESS_DATE, LAST_BUSINESS_DATE, MAX_LOAN_FEN, MAX_TERM_MONTHS, MIN_TERM_MONTHS

getcontext().prec = 50


class Method(StrEnum):
    EQUAL_INSTALLMENT = "equal_installment"  # 等额本息
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金
    INTEREST_ONLY = "interest_only"  # 先息后本
    BULLET = "bullet"  # 到期还本付息


LABELS = {
    Method.EQUAL_INSTALLMENT: ("等额本息", "Equal installments"),
    Method.EQUAL_PRINCIPAL: ("等额本金", "Equal principal"),
    Method.INTEREST_ONLY: ("先息后本", "Interest-only, principal at maturity"),
    Method.BULLET: ("到期还本付息", "Bullet: principal and interest at maturity"),
}


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: date
    principal_fen: int
    interest_fen: int
    remaining_principal_fen: int  # after this installment is paid

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.interest_fen


def fen(value: Decimal) -> int:
    """Round an exact amount in fen to a whole fen, half-up."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day (Jan 31 -> Feb 28)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def level_payment_fen(principal_fen: int, monthly_rate: Decimal, months: int) -> int:
    """The equal-installment payment P·r·(1+r)^n / ((1+r)^n − 1), rounded half-up to the fen."""
    if monthly_rate == 0:
        return fen(Decimal(principal_fen) / months)
    growth = (1 + monthly_rate) ** months
    return fen(Decimal(principal_fen) * monthly_rate * growth / (growth - 1))


def schedule(principal_fen: int, annual_rate: Decimal, months: int, method: Method, start: date) -> list[Installment]:
    if type(principal_fen) is not int or not 1 <= principal_fen <= MAX_LOAN_FEN:
        raise ValueError(f"the principal must be a whole number of fen from 1 to {MAX_LOAN_FEN}")
    if type(months) is not int or not MIN_TERM_MONTHS <= months <= MAX_TERM_MONTHS:
        raise ValueError(f"the term must be {MIN_TERM_MONTHS} to {MAX_TERM_MONTHS} months")
    if annual_rate < 0:
        raise ValueError("the rate cannot be negative")
    if not FIRST_BUSINESS_DATE <= start <= LAST_BUSINESS_DATE:
        raise ValueError(f"the start must be between {FIRST_BUSINESS_DATE} and {LAST_BUSINESS_DATE}")
    r = Decimal(annual_rate) / 12
    method = Method(method)
    rows: list[Installment] = []
    remaining = principal_fen

    def add(number: int, principal: int, interest: int) -> None:
        nonlocal remaining
        remaining -= principal
        rows.append(Installment(number, add_months(start, number), principal, interest, remaining))

    if method is Method.BULLET:
        add(1, principal_fen, fen(Decimal(principal_fen) * r * months))
        rows[0] = Installment(1, add_months(start, months), principal_fen, rows[0].interest_fen, 0)
        return rows
    payment = level_payment_fen(principal_fen, r, months) if method is Method.EQUAL_INSTALLMENT else 0
    base_principal = fen(Decimal(principal_fen) / months)
    for number in range(1, months + 1):
        interest = fen(Decimal(remaining) * r)
        last = number == months
        if last:
            principal = remaining
        elif method is Method.EQUAL_INSTALLMENT:
            principal = min(max(payment - interest, 0), remaining)
        elif method is Method.EQUAL_PRINCIPAL:
            principal = min(base_principal, remaining)  # P < n(n-1)/2 fen: the rounded-up share runs out early
        else:  # interest only
            principal = 0
        add(number, principal, interest)
    return rows


def penalty_fen(overdue_fen: int, days_overdue: int, daily_rate: Decimal = Decimal("0.0005")) -> int:
    """Penalty interest (罚息): the overdue amount × the daily rate × the days since the due date."""
    if days_overdue <= 0 or overdue_fen <= 0:
        return 0
    return fen(Decimal(overdue_fen) * daily_rate * days_overdue)
