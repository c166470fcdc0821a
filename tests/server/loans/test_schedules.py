"""Repayment schedules: every method to the fen, principal summing to the loan exactly."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.loans.schedules import Method, add_months, fen, level_payment_fen, penalty_fen, schedule
from server.wire import MAX_TERM_MONTHS

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


def test_equal_principal_rounds_the_monthly_share_half_up_and_the_last_absorbs_the_rounding():
    # ¥10,015.81 at 12% over 36 months: P/n = 27,821.69 fen, so 27,822 a month and 27,811 last (by hand:
    # 1,001,581 − 35 × 27,822); interest 1% of what is outstanding, month one 10,015.81 -> 10,016.
    rows = schedule(1_001_581, Decimal("0.12"), 36, Method.EQUAL_PRINCIPAL, START)
    assert [row.principal_fen for row in rows[:-1]] == [27_822] * 35
    assert rows[-1].principal_fen == 27_811
    assert rows[0].interest_fen == 10_016
    assert rows[-1].interest_fen == 278  # 1% of the 27,811 left for the last month: 278.11
    assert sum(row.interest_fen for row in rows) == 185_291


def test_equal_principal_of_a_few_fen_over_many_months_never_takes_more_than_is_left():
    rows = schedule(4, Decimal("0.12"), 6, Method.EQUAL_PRINCIPAL, START)  # 0.67 -> 1 fen a month: gone after 4
    assert [row.principal_fen for row in rows] == [1, 1, 1, 1, 0, 0]
    assert [row.remaining_principal_fen for row in rows] == [3, 2, 1, 0, 0, 0]


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


@pytest.mark.parametrize("bad", [dict(principal_fen=0), dict(months=0), dict(annual_rate=Decimal("-0.01")),
                                 dict(months=MAX_TERM_MONTHS + 1), dict(months=600), dict(principal_fen=True),
                                 dict(principal_fen=10**12 + 1), dict(months=12.0), dict(start=date(9999, 6, 30)),
                                 dict(start=date(1999, 12, 31))])
def test_impossible_loans_are_refused(bad):
    args = dict(principal_fen=1000, annual_rate=Decimal("0.1"), months=12, method=Method.BULLET, start=START) | bad
    with pytest.raises(ValueError):
        schedule(**args)


@settings(max_examples=200, deadline=None)
@given(principal=st.integers(1, 10**12), rate_bp=st.integers(0, 3600), months=st.integers(1, MAX_TERM_MONTHS),
       method=st.sampled_from(list(Method)))
def test_for_any_loan_principal_sums_exactly_and_nothing_is_negative(principal, rate_bp, months, method):
    r = Decimal(rate_bp) / 10_000 / 12
    rows = schedule(principal, Decimal(rate_bp) / 10_000, months, method, START)
    assert sum(row.principal_fen for row in rows) == principal
    assert all(row.principal_fen >= 0 and row.interest_fen >= 0 for row in rows)
    assert rows[-1].remaining_principal_fen == 0
    remaining = principal
    for row in rows:
        if method is not Method.BULLET:  # interest of a month: what is outstanding at its start × r, half-up
            assert row.interest_fen == fen(Decimal(remaining) * r)
        remaining -= row.principal_fen
        assert row.remaining_principal_fen == remaining
    if method is Method.EQUAL_PRINCIPAL and principal >= months * months:  # the share never runs out early
        share = fen(Decimal(principal) / months)
        assert [row.principal_fen for row in rows[:-1]] == [share] * (months - 1)
        assert abs(rows[-1].principal_fen - share) < months


# Through the API: the preview takes the same limits as applications, strictly typed.
PREVIEW = {"amount_fen": 1_001_581, "term_months": 36, "annual_rate": "0.12", "method": "equal_principal",
           "start": "2026-01-31"}


def test_the_preview_shows_the_half_up_equal_principal_schedule(staff):
    preview = staff("risk").post("/loans/schedule-preview", PREVIEW)
    assert preview.status_code == 200, preview.text
    rows = preview.json()["rows"]
    assert [row["principal_fen"] for row in rows[:2]] == [27_822, 27_822] and rows[-1]["principal_fen"] == 27_811
    assert preview.json()["total_interest_fen"] == 185_291


@pytest.mark.parametrize("field, value", [
    ("amount_fen", True), ("amount_fen", "100"), ("amount_fen", 1.5), ("amount_fen", 100.0), ("amount_fen", 0),
    ("term_months", True), ("term_months", "12"), ("term_months", 12.0), ("term_months", 61), ("term_months", 360),
    ("start", "9999-06-30"), ("start", "1999-12-31"), ("start", 0.5), ("start", 1_700_000_000), ("start", True)])
def test_the_preview_refuses_what_is_not_a_strict_amount_term_or_day_naming_the_field(staff, field, value):
    answer = staff("risk").post("/loans/schedule-preview", PREVIEW | {field: value})
    assert answer.status_code == 422, answer.text
    errors = answer.json()["errors"]
    assert [e["field"] for e in errors] == [field]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in errors[0]["message"])  # Chinese: no Accept-Language was sent


def test_an_application_over_sixty_months_or_with_a_boolean_amount_is_refused(staff):
    lead = staff("risklead")
    for field, value in [("term_months", 61), ("amount_fen", True), ("amount_fen", "3000000")]:
        body = {"borrower_id": 1, "amount_fen": 3_000_000, "term_months": 12, "annual_rate": "0.1",
                "method": "equal_principal"} | {field: value}
        answer = lead.post("/loans/applications", body)
        assert answer.status_code == 422 and [e["field"] for e in answer.json()["errors"]] == [field], answer.text
