"""Repayment schedules: every method to the fen, principal summing to the loan exactly."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.loans.schedules import Method, add_months, level_payment_fen, penalty_fen, schedule

START = date(2026, 1, 31)


def test_equal_installments_match_the_annuity_formula_and_the_last_absorbs_rounding():
    rows = schedule(10_000_000, Decimal("0.12"), 12, Method.EQUAL_INSTALLMENT, START)  # ¥100,000 at 12% for 12 months
    # P·r·(1+r)^n/((1+r)^n−1) with r = 1%: 888,487.88... fen
    assert level_payment_fen(10_000_000, Decimal("0.01"), 12) == 888_488
    assert all(row.total_fen == 888_488 for row in rows[:-1])
    assert abs(rows[-1].total_fen - 888_488) <= 12  # the last installment takes the accumulated rounding
    assert sum(row.principal_fen for row in rows) == 10_000_000
    assert rows[0].interest_fen == 100_000  # 1% of the full principal in month one
    assert rows[-1].remaining_principal_fen == 0


def test_equal_principal_splits_the_principal_and_the_last_takes_the_remainder():
    rows = schedule(1_000_001, Decimal("0.096"), 12, Method.EQUAL_PRINCIPAL, START)
    assert [row.principal_fen for row in rows[:-1]] == [83_333] * 11
    assert rows[-1].principal_fen == 1_000_001 - 11 * 83_333
    assert rows[0].interest_fen == 8_000  # 1,000,001 × 0.8% = 8000.008 -> 8000
    assert [r.interest_fen for r in rows] == sorted((r.interest_fen for r in rows), reverse=True)


def test_interest_only_pays_all_principal_with_the_last_installment():
    rows = schedule(5_000_000, Decimal("0.10"), 6, Method.INTEREST_ONLY, START)
    assert [r.principal_fen for r in rows] == [0, 0, 0, 0, 0, 5_000_000]
    assert {r.interest_fen for r in rows} == {41_667}  # 5,000,000 × 10% / 12 = 41,666.67


def test_bullet_pays_principal_and_all_interest_at_maturity():
    rows = schedule(5_000_000, Decimal("0.10"), 6, Method.BULLET, START)
    assert len(rows) == 1
    assert (rows[0].principal_fen, rows[0].interest_fen) == (5_000_000, 250_000)
    assert rows[0].due_date == date(2026, 7, 31)


def test_due_dates_keep_the_day_or_take_the_months_last_day():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    rows = schedule(1_200_00, Decimal("0.12"), 3, Method.EQUAL_PRINCIPAL, START)
    assert [r.due_date for r in rows] == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_a_zero_rate_loan_repays_principal_only():
    rows = schedule(1_000, Decimal("0"), 3, Method.EQUAL_INSTALLMENT, START)
    assert [r.principal_fen for r in rows] == [333, 333, 334] and all(r.interest_fen == 0 for r in rows)


def test_penalty_interest_accrues_per_day_overdue():
    assert penalty_fen(888_488, 10) == 4_442  # 888,488 × 0.05% × 10 = 4,442.44
    assert penalty_fen(888_488, 0) == 0


@pytest.mark.parametrize("bad", [dict(principal_fen=0), dict(months=0), dict(annual_rate=Decimal("-0.01"))])
def test_impossible_loans_are_refused(bad):
    args = dict(principal_fen=1000, annual_rate=Decimal("0.1"), months=12, method=Method.BULLET, start=START) | bad
    with pytest.raises(ValueError):
        schedule(**args)


@settings(max_examples=300, deadline=None)
@given(principal=st.integers(1, 10**10), rate_bp=st.integers(0, 3600), months=st.integers(1, 60),
       method=st.sampled_from(list(Method)))
def test_for_any_loan_principal_sums_exactly_and_nothing_is_negative(principal, rate_bp, months, method):
    rows = schedule(principal, Decimal(rate_bp) / 10_000, months, method, START)
    assert sum(r.principal_fen for r in rows) == principal
    assert all(r.principal_fen >= 0 and r.interest_fen >= 0 for r in rows)
    assert rows[-1].remaining_principal_fen == 0
    remaining = principal
    for row in rows:
        remaining -= row.principal_fen
        assert row.remaining_principal_fen == remaining
