"""Audit gaps (issue 13): refresh-token rotations, failed password changes, attempts on a locked account and
refused decisions are in the audit log, and the audit listing filters them by action or action prefix."""

from sqlalchemy import select

from server.audit import refusals
from server.audit.models import AuditRecord
from server.audit.service import verify_chain
from server.errors import Forbidden
from tests.support.platforms import sign_in_body

API = "/api/v1"


def _listed(staff, action):
    page = staff("auditor").get("/audit", params={"action": action, "sort": "seq"}).json()
    return page["items"]


def test_each_refresh_token_rotation_is_recorded_with_its_session(client, staff):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("service")).json()["tokens"]
    for _ in range(2):
        answer = client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert answer.status_code == 200
        tokens = answer.json()["tokens"]
    rotations = _listed(staff, "auth.token_refreshed")
    assert len(rotations) == 2
    assert {(r["actor_name"], r["object_type"]) for r in rotations} == {("service", "session")}
    assert len({r["object_id"] for r in rotations}) == 1


def test_attempts_on_a_locked_account_are_recorded_without_counting(client, staff):
    wrong = sign_in_body("finance") | {"password": "Wrong-password-1"}
    assert [client.post(f"{API}/auth/login", json=wrong).status_code for _ in range(5)][-1] == 423
    for steps in (0, 1):
        assert client.post(f"{API}/auth/login", json=sign_in_body("finance", steps)).status_code == 423
    attempts = _listed(staff, "auth.locked_account_attempt")
    assert [(r["actor_name"], r["after"]["attempt"]) for r in attempts] == [("finance", "sign_in")] * 2
    assert attempts[0]["after"]["until"]
    by_area = {r["action"] for r in _listed(staff, "auth.")}
    assert {"auth.sign_in_failed", "auth.account_locked", "auth.locked_account_attempt"} <= by_area


def test_failed_password_changes_are_recorded_and_listed(staff):
    risk = staff("risk")
    assert risk.post("/me/password", {"current_password": "nope-nope-1",
                                      "new_password": "Another-2026-pw"}).status_code == 401
    assert risk.post("/me/password", {"current_password": "Demo2026!Pass",
                                      "new_password": "qwertyuiop123"}).status_code == 422
    failed = _listed(staff, "auth.password_change_failed")
    assert [r["after"]["reason"] for r in failed] == ["invalid_credentials", "password_rules"]
    assert {r["actor_name"] for r in failed} == {"risk"}


def test_a_refusal_is_recorded_even_though_the_requests_transaction_rolls_back(platform, staff):
    from server.staff.models import User

    with platform.db.write() as db:  # the request's own work, rolled back as a refused command's is
        db.scalar(select(User).where(User.username == "risk")).display_name = "changed"
        db.rollback()
    refusal = Forbidden("The first reviewer cannot do the second review of the same application.",
                        code="separation_of_duties", rule="sod.loan_two_reviews")
    meta = type("Meta", (), {"client_addr": "127.0.0.1", "request_id": "req-1"})()
    principal = type("Principal", (), {"user_id": 2, "username": "risklead"})()
    refusals.record_if_refused(platform, principal, meta, "POST", "/api/v1/loans/applications/7/actions/approve_second",
                               refusal)
    other = Forbidden("This needs the permission audit.read.", code="permission_denied")
    refusals.record_if_refused(platform, principal, meta, "GET", "/api/v1/audit", other)  # not a recorded refusal
    [record] = _listed(staff, "refused.")
    assert record["action"] == "refused.separation_of_duties" and record["actor_name"] == "risklead"
    assert record["object_id"] == "POST /api/v1/loans/applications/7/actions/approve_second"
    assert record["after"]["reason"] == "separation_of_duties" and record["after"]["rule"] == "sod.loan_two_reviews"
    assert record["after"]["status"] == 403
    with platform.db.read() as db:
        assert verify_chain(db).ok
        assert db.scalar(select(User).where(User.username == "risk")).display_name != "changed"


def test_the_first_reviewer_refused_the_second_review_is_in_the_audit_log(staff, platform):
    lead = staff("risklead")
    borrower = lead.post("/loans/borrowers", {
        "kind": "person", "name": "张伟", "id_number": "11010119900931011X", "phone": "13800093101",
        "bank_card": "6222021234500093101", "birth_date": "1990-05-01", "monthly_income_fen": 3_000_000,
        "monthly_debt_payments_fen": 0, "employer": "某科技公司"})
    assert borrower.status_code == 201, borrower.text
    app = lead.post("/loans/applications", {"borrower_id": borrower.json()["id"], "amount_fen": 8_000_000,
                                            "term_months": 12, "annual_rate": "0.10", "method": "equal_installment",
                                            "purpose": "经营周转"}).json()
    first = lead.act(app, "approve_first").json()
    refused = lead.act(first, "approve_second")
    assert refused.status_code == 403 and refused.json()["code"] == "separation_of_duties"
    [record] = _listed(staff, "refused.")
    assert record["action"] == "refused.separation_of_duties" and record["actor_name"] == "risklead"
    assert record["after"]["rule"] == "sod.loan_two_reviews"
    assert record["object_id"] == f"POST /api/v1/loans/applications/{app['id']}/actions/approve_second"
