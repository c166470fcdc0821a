"""Blacklist tests work through the real API as the demo staff: risklead (张伟, senior risk officer: loan.blacklist,
pii.view), a second senior risk officer made through the admin API (王磊, wang.lei) for the four eyes, risk (李明:
loan.read, no pii.view), service (周敏: customer.read, loan.read), finance (陈静: customer.read only), admin
(neither)."""

import pyotp
import pytest

from tests.server.conftest import Staff
from tests.support.platforms import totp_code

API = "/api/v1"


@pytest.fixture
def second_lead(client):
    """A second holder of loan.blacklist: a senior risk officer created through the admin API."""
    admin = Staff(client, "admin")
    step = client.post(f"{API}/auth/step-up", json={"otp_code": totp_code("admin", 1)}, headers=admin.headers).json()
    made = client.post(f"{API}/users", headers=admin.headers | {"X-Step-Up-Token": step["step_up_token"]},
                       json={"username": "wang.lei", "display_name": "王磊", "roles": ["senior_risk_officer"]})
    assert made.status_code == 201, made.text
    temporary = made.json()["temporary_password"]
    challenge = client.post(f"{API}/auth/login", json={"username": "wang.lei", "password": temporary}).json()["challenge"]
    enrol = client.post(f"{API}/auth/password", json={"challenge": challenge, "new_password": "Second-review-2026"}).json()
    secret = pyotp.parse_uri(enrol["otpauth_uri"]).secret
    tokens = client.post(f"{API}/auth/totp/enroll", json={"challenge": enrol["challenge"],
                                                          "otp_code": totp_code("", secret=secret)}).json()["tokens"]
    staff = Staff.__new__(Staff)
    staff.client, staff.username = client, "wang.lei"
    staff.headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    return staff


@pytest.fixture
def add_entry(staff):
    """Puts a value on the blacklist as risklead; returns the entry as the answer gives it."""

    def add(kind, value, reason="法院失信被执行人", source="court"):
        answer = staff("risklead").post("/loans/blacklist", {"kind": kind, "value": value, "reason": reason,
                                                             "source": source})
        assert answer.status_code == 201, answer.text
        return answer.json()

    return add


def audit_actions(platform, object_type: str) -> list[tuple[str, str]]:
    """(action, actor) of the audit records about objects of a type, oldest first."""
    from sqlalchemy import select

    from server.audit.models import AuditRecord

    with platform.db.read() as db:
        return [(r.action, r.actor_name) for r in db.scalars(
            select(AuditRecord).where(AuditRecord.object_type == object_type).order_by(AuditRecord.seq))]


def post(who, path, json=None, headers=None, **kw):
    """A POST as `who` with headers of its own (a language, an idempotency key, a file name)."""
    return who.client.post(f"{API}{path}", headers=who.headers | (headers or {}), json=json, **kw)
