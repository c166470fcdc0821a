"""Loan tests work through the real API as the demo staff: risk (first review), risklead (second
review, overrides, loan management, pii.view), service (customer service: masked data)."""

import itertools

import pytest

API = "/api/v1"
_ids = itertools.count(1)


def new_id_number(n: int) -> str:
    return f"1101011990{n:04d}{n % 10000:04d}"[:17] + "X"


@pytest.fixture
def apply(staff):
    """Submits an application for a fresh borrower; returns its detail as risklead sees it."""

    def make(amount_fen=3_000_000, rate="0.10", term=12, method="equal_installment", borrower=None, **borrower_fields):
        lead = staff("risklead")
        if borrower is None:
            n = next(_ids)
            body = {"kind": "person", "name": "张伟", "id_number": new_id_number(n), "phone": f"138{n:08d}",
                    "bank_card": f"62220212345{n:08d}", "birth_date": "1990-05-01", "monthly_income_fen": 3_000_000,
                    "monthly_debt_payments_fen": 0, "employer": "某科技公司"} | borrower_fields
            made = lead.post("/loans/borrowers", body)
            assert made.status_code == 201, made.text
            borrower = made.json()
        answer = lead.post("/loans/applications", {"borrower_id": borrower["id"], "amount_fen": amount_fen,
                                                    "term_months": term, "annual_rate": rate, "method": method,
                                                    "purpose": "经营周转"})
        assert answer.status_code == 201, answer.text
        return answer.json()

    return make


_funds = itertools.count(1)


@pytest.fixture
def fund(platform):
    """Puts money on a customer's available balance (a recharge posted straight through the ledger)."""
    from server.ledger import movements

    def give(customer_ref: str, amount_fen: int) -> None:
        with platform.db.write() as db:
            movements.recharge(db, f"test-fund-{next(_funds)}", customer_ref, amount_fen)
            db.commit()

    return give


@pytest.fixture
def balances(platform):
    """A customer's available and frozen money as the ledger has it."""
    from server.ledger import queries

    def read(customer_ref: str) -> dict:
        with platform.db.read() as db:
            return queries.customer_balances(db, customer_ref)

    return read
