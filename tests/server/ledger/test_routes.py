"""The ledger over HTTP: movements through the command path (permission, audit, Idempotency-Key),
lists, statements and the trial balance for whoever holds funds.read."""

from tests.server.ledger.conftest import POSTER


def test_a_movement_is_posted_audited_and_read_back(poster, staff):
    answer = poster.post("/ledger/movements/recharge", {"operation_id": "RC-1", "customer_ref": "INV1",
                                                         "amount_fen": 123_456, "reference": "PO-1"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["operation_id"] == "RC-1"
    [transfer] = body["transfers"]
    assert transfer | {"created_at": None, "id": None, "debit_account_id": None, "credit_account_id": None} == {
        "id": None, "transfer_id": "RC-1:recharge", "debit_account_id": None, "debit_account": "platform:custodian_clearing",
        "credit_account_id": None, "credit_account": "customer:INV1:available", "amount_fen": 123_456,
        "kind": "recharge", "state": "posted", "pending": False, "pending_id": None, "reverses_id": None,
        "reference": "PO-1", "created_at": None, "metadata": {},
        "debit_customer_name": None, "credit_customer_name": None}  # names are looked up for lists only
    assert transfer["created_at"].endswith("Z") or transfer["created_at"].endswith("+00:00")
    clerk = staff("finlead")  # funds.read, no movements
    assert clerk.get("/ledger/customers/INV1/balances").json() == {
        "customer_ref": "INV1", "available_fen": 123_456, "frozen_fen": 0, "balance_fen": 123_456}
    listed = clerk.get("/ledger/transfers", params={"customer_ref": "INV1", "kind": ["recharge"]}).json()
    assert listed["total"] == 1 and listed["page_size"] == 50 and listed["items"][0]["transfer_id"] == "RC-1:recharge"
    audit = staff("auditor").get("/audit", params={"action": "ledger.recharge"}).json()
    assert audit["total"] == 1 and audit["items"][0]["actor_name"] == POSTER
    assert audit["items"][0]["after"]["transfers"][0]["amount_fen"] == 123_456


def test_movements_need_their_permission_and_reading_needs_funds_read(staff, client):
    clerk = staff("finance")  # funds.read, not funds.movement.post
    refused = clerk.post("/ledger/movements/recharge", {"operation_id": "X", "customer_ref": "A", "amount_fen": 1})
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    assert clerk.get("/ledger/trial-balance").status_code == 200
    assert staff("risk").get("/ledger/trial-balance").status_code == 403


def test_refusals_are_problems_with_stable_codes(poster):
    poster.post("/ledger/movements/recharge", {"operation_id": "R1", "customer_ref": "A", "amount_fen": 100})
    over = poster.post("/ledger/movements/withdrawal", {"operation_id": "W1", "customer_ref": "A", "amount_fen": 101})
    assert over.status_code == 409 and over.headers["content-type"].startswith("application/problem+json")
    assert over.json()["code"] == "insufficient_funds" and over.json()["available_fen"] == 100
    reused = poster.post("/ledger/movements/recharge", {"operation_id": "R1", "customer_ref": "A", "amount_fen": 5})
    assert reused.status_code == 409 and reused.json()["code"] == "transfer_id_reused"
    for not_fen in (1.5, 100.0, "100", True):
        floats = poster.post("/ledger/movements/recharge", {"operation_id": "R2", "customer_ref": "A", "amount_fen": not_fen})
        assert floats.status_code == 422, not_fen
    nothing = poster.post("/ledger/movements/disbursement", {"operation_id": "D1", "loan_ref": "LN9", "borrower_ref": "B"})
    assert nothing.status_code == 409 and nothing.json()["code"] == "nothing_pending"
    missing = poster.post("/ledger/movements/reversal", {"operation_id": "V1", "transfer_id": "nope"})
    assert missing.status_code == 404 and missing.json()["code"] == "transfer_not_found"


def test_an_idempotency_key_replays_the_first_answer(poster):
    body = {"operation_id": "R1", "customer_ref": "A", "amount_fen": 100}
    keyed = poster.headers | {"Idempotency-Key": "k1"}
    first = poster.client.post("/api/v1/ledger/movements/recharge", json=body, headers=keyed)
    again = poster.client.post("/api/v1/ledger/movements/recharge", json=body, headers=keyed)
    assert again.json() == first.json() and again.headers["idempotent-replay"] == "true"
    # the same operation id without the key: the ledger answers the same transfer, moves nothing
    plain = poster.post("/ledger/movements/recharge", body)
    assert plain.json()["transfers"] == first.json()["transfers"]
    assert poster.get("/ledger/customers/A/balances").json()["available_fen"] == 100


def test_a_loan_lifecycle_in_money_over_http(poster):
    for ref, amount in (("A", 6_000), ("B", 3_000), ("C", 1_000)):
        assert poster.post("/ledger/movements/recharge", {"operation_id": f"R-{ref}", "customer_ref": ref,
                                                           "amount_fen": amount}).status_code == 200
        assert poster.post("/ledger/movements/investment", {"operation_id": f"I-{ref}", "investor_ref": ref,
                                                             "loan_ref": "LN1", "amount_fen": amount}).status_code == 200
    assert poster.get("/ledger/customers/A/balances").json()["frozen_fen"] == 6_000
    paid = poster.post("/ledger/movements/disbursement", {"operation_id": "D1", "loan_ref": "LN1", "borrower_ref": "BOR",
                                                           "fee_fen": 100})
    assert paid.status_code == 200 and len(paid.json()["transfers"]) == 7
    repaid = poster.post("/ledger/movements/repayment", {"operation_id": "P1", "loan_ref": "LN1", "borrower_ref": "BOR",
                                                          "principal_fen": 1_001, "interest_fen": 101, "fee_fen": 2})
    assert repaid.status_code == 200, repaid.text
    assert sum(t["amount_fen"] for t in repaid.json()["transfers"]) == 1_104
    assert poster.post("/ledger/movements/penalty", {"operation_id": "F1", "borrower_ref": "BOR", "amount_fen": 9,
                                                      "loan_ref": "LN1"}).status_code == 200
    assert poster.post("/ledger/movements/compensation", {"operation_id": "C1", "loan_ref": "LN1",
                                                           "amount_fen": 10}).status_code == 200
    assert poster.post("/ledger/movements/investment", {"operation_id": "I2", "investor_ref": "A", "loan_ref": "LN2",
                                                         "amount_fen": 50}).status_code == 200
    assert poster.post("/ledger/movements/release", {"operation_id": "L2", "loan_ref": "LN2"}).status_code == 200
    assert poster.post("/ledger/movements/reversal", {"operation_id": "V1",
                                                       "transfer_id": "F1:penalty"}).status_code == 200
    trial = poster.get("/ledger/trial-balance").json()
    assert trial["difference_fen"] == 0 and trial["pending_difference_fen"] == 0
    borrower = poster.get("/ledger/accounts", params={"code": "customer:BOR:available"}).json()["items"][0]
    assert borrower["balance_fen"] == 10_000 - 100 - 1_104  # the penalty of 9 was reversed
    statement = poster.get(f"/ledger/accounts/{borrower['id']}/statement", params={"sort": "-id", "page_size": 2}).json()
    # 3 payments from the investors, the fee, 3 principal and 3 interest parts, a fee, the penalty and its reversal
    assert statement["total"] == 13 and statement["account"]["code"] == "customer:BOR:available"
    assert statement["items"][0]["balance_after_fen"] == borrower["balance_fen"]
    assert poster.get(f"/ledger/accounts/{borrower['id']}").json()["version"] > 1
    assert poster.get("/ledger/accounts/999999").json()["code"] == "account_not_found"
