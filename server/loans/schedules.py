"""Repayment schedules (还款计划) for the four methods, to the fen.

Rounding rule: every amount is computed exactly with Decimal and rounded to the fen half-up at the
point where it becomes money (a month's interest, the level payment). Principal is never rounded on
its own: each month's principal is what remains after interest (equal installments) or an integer
split of P (equal principal), and the LAST installment takes whatever principal is left, so the
principal column always sums to P exactly. Interest of a month is always computed on the principal
still outstanding at the start of that month.
"""

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, getcontext
from enum import StrEnum

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
    if principal_fen <= 0:
        raise ValueError("the principal must be positive")
    if not 1 <= months <= 600:
        raise ValueError("the term must be 1 to 600 months")
    if annual_rate < 0:
        raise ValueError("the rate cannot be negative")
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
    base_principal = principal_fen // months
    for number in range(1, months + 1):
        interest = fen(Decimal(remaining) * r)
        last = number == months
        if last:
            principal = remaining
        elif method is Method.EQUAL_INSTALLMENT:
            principal = min(max(payment - interest, 0), remaining)
        elif method is Method.EQUAL_PRINCIPAL:
            principal = base_principal
        else:  # interest only
            principal = 0
        add(number, principal, interest)
    return rows


def penalty_fen(overdue_fen: int, days_overdue: int, daily_rate: Decimal = Decimal("0.0005")) -> int:
    """Penalty interest (罚息): the overdue amount × the daily rate × the days since the due date."""
    if days_overdue <= 0 or overdue_fen <= 0:
        return 0
    return fen(Decimal(overdue_fen) * daily_rate * days_overdue)
