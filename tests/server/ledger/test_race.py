"""Concurrent spending over real HTTP, on SQLite and PostgreSQL: the account never goes below zero,
and every accepted request is posted exactly once."""

from concurrent.futures import ThreadPoolExecutor

import requests

from tests.server.ledger.conftest import POSTER, grant_movements
from tests.support.platforms import sign_in_body

API = "/api/v1"
BALANCE, EACH, REQUESTS = 10_000, 700, 40  # room for 14 of the 40


def test_forty_concurrent_withdrawals_and_investments_never_overdraw(live_url, platform):
    grant_movements(platform)
    tokens = requests.post(f"{live_url}{API}/auth/login", json=sign_in_body(POSTER), timeout=30).json()["tokens"]
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}

    def post(path, body, key=None):
        extra = {"Idempotency-Key": key} if key else {}
        return requests.post(f"{live_url}{API}/ledger/movements/{path}", json=body, headers=headers | extra, timeout=60)

    assert post("recharge", {"operation_id": "seed", "customer_ref": "RACER", "amount_fen": BALANCE}).status_code == 200
    operations = []
    for n in range(REQUESTS):
        if n % 2:
            operations.append(("withdrawal", {"operation_id": f"op-{n}", "customer_ref": "RACER", "amount_fen": EACH}))
        else:
            operations.append(("investment", {"operation_id": f"op-{n}", "investor_ref": "RACER", "loan_ref": "LN-RACE",
                                              "amount_fen": EACH}))
    # every fifth request is sent a second time at the same moment, as a client retrying on a timeout
    fired = operations + operations[::5]

    def send(operation):
        path, body = operation
        answer = post(path, body, key=body["operation_id"])
        return body["operation_id"], path, answer.status_code, answer.json()

    with ThreadPoolExecutor(len(fired)) as pool:
        answers = list(pool.map(send, fired))

    assert {status for _, _, status, _ in answers} <= {200, 409}, [a for a in answers if a[2] not in (200, 409)]
    refused = [body for _, _, status, body in answers if status == 409]
    assert all(body["code"] == "insufficient_funds" for body in refused)
    accepted = {op: path for op, path, status, _ in answers if status == 200}
    assert len(accepted) == BALANCE // EACH
    # a duplicate gets the same answer as its twin
    by_op = {}
    for op, _, status, body in answers:
        by_op.setdefault(op, set()).add((status, str(body.get("transfers"))))
    assert all(len(outcomes) == 1 for outcomes in by_op.values()), by_op

    reader = requests.Session()
    reader.headers.update(headers)
    listed = reader.get(f"{live_url}{API}/ledger/transfers", params={"customer_ref": "RACER", "page_size": 200},
                        timeout=30).json()
    posted_ops = sorted(t["transfer_id"].split(":")[0] for t in listed["items"] if t["transfer_id"] != "seed:recharge")
    assert posted_ops == sorted(accepted)  # each accepted operation exactly once, nothing for the refused
    invested = sum(EACH for path in accepted.values() if path == "investment")
    balances = reader.get(f"{live_url}{API}/ledger/customers/RACER/balances", timeout=30).json()
    assert balances["available_fen"] == BALANCE - EACH * len(accepted) >= 0
    assert balances["frozen_fen"] == invested
    trial = reader.get(f"{live_url}{API}/ledger/trial-balance", timeout=30).json()
    assert trial["difference_fen"] == 0 and trial["pending_difference_fen"] == 0
