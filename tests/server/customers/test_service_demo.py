"""The demo's customer service: notes, a phone change waiting for a second person, withdrawals stopped."""

from server.customers.service_demo import DEMO_LOGIN_PASSWORD, DEMO_WITHDRAWAL_PASSWORD, seed_customer_service
from server.customers.customer_side import find_customer
from server.loans.demo import seed_loans
from tests.server.customers.service_support import front_end


def test_the_demo_holds_notes_a_pending_phone_change_and_a_customer_with_withdrawals_stopped(platform, client, staff):
    with platform.db.write() as db:
        seed_loans(db, 50)
        made = seed_customer_service(db)
        assert seed_customer_service(db) == {}  # a second seed plants nothing
        db.commit()
    assert made == {"notes": 5, "phone_changes": 1, "withdrawals_locked": 1}
    pending = staff("risklead").get("/phone-changes", params={"state": "pending"}).json()
    assert len(pending) == 1 and pending[0]["customer_number"] == "IV0021" and pending[0]["requested_by_name"] == "周敏"
    fe = front_end(platform, client)
    session = fe.post("/customer-side/sessions", {"login": "IV0007", "password": DEMO_LOGIN_PASSWORD})
    assert session.status_code == 201, session.text
    stopped = fe.client.post("/api/v1/customer-side/withdrawals",
                             json={"request_id": "demo-wd", "amount_fen": 100, "withdrawal_password": DEMO_WITHDRAWAL_PASSWORD},
                             headers=fe.headers | {"X-Customer-Session": session.json()["session_token"]})
    assert stopped.status_code == 423 and stopped.json()["code"] == "withdrawals_locked"
    with platform.db.read() as db:
        customer_id = find_customer(db, "IV0003").id
    notes = staff("service").get(f"/customers/{customer_id}/notes").json()
    assert len(notes) == 2 and notes[0]["author_name"] == "李明"
