"""A client that retries every money request (lost answer, timeout) posts each movement once."""

import time

import pytest
from sqlalchemy import func, select

from server.ledger.models import LedgerTransfer



# The full thousand on SQLite; PostgreSQL (about twice as slow per request here) checks the same with
# fewer, so the ledger's tests stay within a minute. Concurrency on PostgreSQL is test_race.py's job.
@pytest.mark.parametrize("backend, movements", [("sqlite", 1_000), ("postgresql", 250)])
def test_a_thousand_money_requests_each_sent_twice_post_once(poster, platform, movements):
    expected, started = 0, time.perf_counter()
    for n in range(movements):
        if n % 4 == 3:
            path, body, change = "withdrawal", {"operation_id": f"w-{n}", "customer_ref": "RETRY", "amount_fen": 50}, -50
        else:
            path, body, change = "recharge", {"operation_id": f"r-{n}", "customer_ref": "RETRY", "amount_fen": 100 + n}, 100 + n
        headers = poster.headers | {"Idempotency-Key": f"key-{n}"}
        first = poster.client.post(f"/api/v1/ledger/movements/{path}", json=body, headers=headers)
        again = poster.client.post(f"/api/v1/ledger/movements/{path}", json=body, headers=headers)
        assert first.status_code == again.status_code == 200, (first.text, again.text)
        assert again.json() == first.json() and again.headers.get("idempotent-replay") == "true"
        expected += change
    elapsed = time.perf_counter() - started
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(LedgerTransfer)) == movements
    balances = poster.get("/ledger/customers/RETRY/balances").json()
    assert balances["available_fen"] == expected
    print(f"{2 * movements} requests in {elapsed:.1f} s on {platform.db.dialect}")
