"""Two reviewers approving the same requests at the same moment, over real HTTP, on SQLite and
PostgreSQL: exactly one approval wins each request, the other gets 409, and the money moves once."""

from concurrent.futures import ThreadPoolExecutor

import requests

from tests.server.ledger.conftest import grant_movements
from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"
REQUESTS = 4


def _session(live_url, username, poster=False):
    tokens = requests.post(f"{live_url}{API}/auth/login", json=sign_in_body(username), timeout=30).json()["tokens"]
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    if not poster:
        answer = requests.post(f"{live_url}{API}/auth/step-up", json={"otp_code": totp_code(username, 1)},
                               headers=headers, timeout=30)
        headers["X-Step-Up-Token"] = answer.json()["step_up_token"]
    session = requests.Session()
    session.headers.update(headers)
    return session


def test_two_reviewers_approving_at_once_exactly_one_wins(live_url, platform):
    grant_movements(platform, "service")
    customer = _session(live_url, "service", poster=True)
    reviewers = [_session(live_url, "finance"), _session(live_url, "finlead")]
    assert customer.post(f"{live_url}{API}/ledger/movements/recharge", json={
        "operation_id": "race-seed", "customer_ref": "RACE", "amount_fen": 1_000_000}, timeout=30).status_code == 200
    pending = []
    for n in range(REQUESTS):
        answer = customer.post(f"{live_url}{API}/withdrawals", json={
            "request_id": f"race-{n}", "customer_ref": "RACE", "amount_fen": 10_000, "bank_card": f"62220000{n:08d}"},
            timeout=30)
        assert answer.json()["state"] == "pending_review", answer.text
        pending.append(answer.json())

    def approve(job):
        w, reviewer = job
        answer = reviewer.post(f"{live_url}{API}/withdrawals/{w['id']}/approve", json={"version": w["version"]},
                               timeout=60)
        return w["id"], answer.status_code, answer.json()

    jobs = [(w, r) for w in pending for r in reviewers]
    with ThreadPoolExecutor(len(jobs)) as pool:
        answers = list(pool.map(approve, jobs))

    for w in pending:
        outcomes = sorted(status for wid, status, _ in answers if wid == w["id"])
        assert outcomes == [200, 409], answers
    assert {body["code"] for _, status, body in answers if status == 409} <= {"stale_version", "invalid_transition"}
    reader = reviewers[0]
    balances = reader.get(f"{live_url}{API}/ledger/customers/RACE/balances", timeout=30).json()
    assert balances == {"customer_ref": "RACE", "available_fen": 1_000_000 - REQUESTS * 10_000, "frozen_fen": 0,
                        "balance_fen": 1_000_000 - REQUESTS * 10_000}
    trial = reader.get(f"{live_url}{API}/ledger/trial-balance", timeout=30).json()
    assert trial["difference_fen"] == 0 and trial["pending_difference_fen"] == 0
