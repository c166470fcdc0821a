"""Text filters match what was typed: `%` and `_` are characters to find, not LIKE's wildcards."""

from tests.server.loans.conftest import apply  # noqa: F401 (a fixture)
from tests.server.test_administration import Admin

API = "/api/v1"


def _add_user_named(admin: Admin, username: str, display_name: str) -> None:
    body = {"username": username, "display_name": display_name, "roles": ["finance_clerk"]}
    answer = admin.call("POST", "/users", sensitive=True, json=body)
    assert answer.status_code == 201, answer.text


def test_a_user_filter_of_percent_or_underscore_finds_only_names_holding_one(client):
    admin = Admin(client)
    _add_user_named(admin, "promo.lead", "促销 50% 组长")
    everyone = admin.get("/users").json()["total"]
    assert everyone > 2
    found = admin.get("/users", params={"q": "%"}).json()
    assert [u["username"] for u in found["items"]] == ["promo.lead"]
    assert admin.get("/users", params={"q": "_"}).json()["total"] == 0  # no demo name holds an underscore
    assert admin.get("/users", params={"q": "50%"}).json()["total"] == 1


def test_an_audit_filter_of_percent_finds_only_records_holding_one(client):
    admin = Admin(client)
    failed = client.post(f"{API}/auth/login", json={"username": "50%off", "password": "x" * 12, "otp_code": "000000"})
    assert failed.status_code == 401
    assert admin.get("/audit").json()["total"] > 1
    found = admin.get("/audit", params={"q": "%"}).json()
    assert [(r["action"], r["object_id"]) for r in found["items"]] == [("auth.sign_in_failed", "50%off")]
    assert admin.get("/audit", params={"action": "auth."}).json()["total"] > 0
    assert admin.get("/audit", params={"action": "a_th."}).json()["total"] == 0  # an area's prefix, typed wrong


def test_a_loan_queue_filter_of_percent_or_underscore_finds_no_borrower(staff, apply):
    apply(), apply()  # borrowers named 张伟
    risklead = staff("risklead")
    assert risklead.get("/loans/applications", params={"q": "张"}).json()["total"] == 2
    for typed in ("%", "_", "_伟"):
        assert risklead.get("/loans/applications", params={"q": typed}).json()["total"] == 0, typed
