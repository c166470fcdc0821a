"""The conventions every route follows: problem+json, idempotency, versions, limits, health."""

import uuid

import pytest
from sqlalchemy import func, select

from server.audit.models import AuditRecord
from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"


@pytest.fixture
def auth(client):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("admin")).json()["tokens"]
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def _audit_count(platform) -> int:
    with platform.db.read() as db:
        return db.scalar(select(func.count()).select_from(AuditRecord))


def test_a_replayed_request_returns_the_first_answer_and_changes_nothing(client, auth, platform):
    me = client.get(f"{API}/me", headers=auth).json()
    key = {"Idempotency-Key": str(uuid.uuid4())}
    before = _audit_count(platform)
    first = client.post(f"{API}/auth/verify-password", json={"password": "Demo2026!Pass"}, headers=auth | key)
    assert first.status_code == 204
    assert _audit_count(platform) == before + 1
    for _ in range(3):
        again = client.post(f"{API}/auth/verify-password", json={"password": "Demo2026!Pass"}, headers=auth | key)
        assert again.status_code == 204 and again.headers["idempotent-replay"] == "true"
    assert _audit_count(platform) == before + 1
    assert client.get(f"{API}/me", headers=auth).json()["version"] == me["version"]


def test_the_same_key_with_another_body_is_refused(client, auth):
    key = {"Idempotency-Key": "key-1"}
    assert client.post(f"{API}/auth/verify-password", json={"password": "Demo2026!Pass"}, headers=auth | key).status_code == 204
    other = client.post(f"{API}/auth/verify-password", json={"password": "Other-pass-1"}, headers=auth | key)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_a_stale_version_gets_409_with_the_current_state(client, auth, platform):
    me = client.get(f"{API}/me", headers=auth).json()
    first = client.patch(f"{API}/me", json={"display_name": "赵强（系统）", "version": me["version"]}, headers=auth)
    assert first.status_code == 200 and first.json()["version"] == me["version"] + 1
    stale = client.patch(f"{API}/me", json={"display_name": "另一个名字", "version": me["version"]}, headers=auth)
    assert stale.status_code == 409
    problem = stale.json()
    assert problem["code"] == "stale_version"
    assert problem["current"]["display_name"] == "赵强（系统）"
    assert client.get(f"{API}/me", headers=auth).json()["display_name"] == "赵强（系统）"
    records = client.get(f"{API}/audit", params={"action": "staff.profile_updated"}, headers=auth).json()
    assert records["total"] == 1
    assert records["items"][0]["before"] == {"display_name": "赵强"}


def test_errors_are_problem_json_with_a_stable_code(client, auth):
    answer = client.patch(f"{API}/me", json={"display_name": "", "version": "x"}, headers=auth)
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem = answer.json()
    assert problem["code"] == "validation_failed"
    assert {e["field"] for e in problem["errors"]} == {"display_name", "version"}
    missing = client.get(f"{API}/no-such-thing", headers=auth)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_oversized_bodies_are_refused(client, auth):
    answer = client.patch(f"{API}/me", content=b"{" + b" " * (1024 * 1024 + 10) + b"}",
                          headers=auth | {"content-type": "application/json"})
    assert answer.status_code == 413 and answer.json()["code"] == "payload_too_large"


def test_sensitive_operations_need_a_fresh_code_and_step_up_gives_a_short_lived_token(client, platform):
    from fastapi import Depends
    from fastapi.routing import APIRoute

    from server.app import create_app
    from server.commands import Command, command

    app = create_app(platform=platform)

    @app.post("/api/v1/test-sensitive")
    def sensitive(cmd: Command = Depends(command("admin.users", step_up=True))):
        return cmd.run(lambda db, audit: audit.record("test.sensitive", "test", 1) or {"done": True})

    from fastapi.testclient import TestClient

    c = TestClient(app)
    # The very code spent on signing in, not "the code now": a 30-second step may turn between the two calls.
    body = sign_in_body("admin")
    token = c.post(f"{API}/auth/login", json=body).json()["tokens"]["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    refused = c.post(f"{API}/test-sensitive", headers=auth)
    assert refused.status_code == 403 and refused.json()["code"] == "step_up_required"
    reused = c.post(f"{API}/auth/step-up", json={"otp_code": body["otp_code"]}, headers=auth)
    assert reused.status_code == 401 and reused.json()["code"] == "otp_reused"
    step = c.post(f"{API}/auth/step-up", json={"otp_code": totp_code("admin", 1)}, headers=auth).json()
    assert step["step_up_token"]
    ok = c.post(f"{API}/test-sensitive", headers=auth | {"X-Step-Up-Token": step["step_up_token"]})
    assert ok.status_code == 200 and ok.json() == {"done": True}
    forged = c.post(f"{API}/test-sensitive", headers=auth | {"X-Step-Up-Token": "forged"})
    assert forged.status_code == 403


def test_a_state_change_without_an_audit_record_fails_and_changes_nothing(platform):
    from fastapi import Depends
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from server.app import create_app
    from server.commands import Command, command
    from server.staff.models import User

    app = create_app(platform=platform)

    @app.post("/api/v1/test-unaudited")
    def unaudited(cmd: Command = Depends(command(None))):
        def rule(db, audit):
            db.scalar(select(User).where(User.username == "admin")).display_name = "changed"
            return {}
        return cmd.run(rule)

    c = TestClient(app, raise_server_exceptions=False)
    token = c.post(f"{API}/auth/login", json=sign_in_body("admin")).json()["tokens"]["access_token"]
    answer = c.post(f"{API}/test-unaudited", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 500 and answer.json()["code"] == "internal_error"
    with platform.db.read() as db:
        assert db.scalar(select(User.display_name).where(User.username == "admin")) == "赵强"


def test_health_reports_database_and_migrations(client):
    from server.db.migrate import head_revision

    health = client.get(f"{API}/health").json()
    assert health == {"status": "ok", "database": "ok", "migrations_current": True, "revision": head_revision(),
                      "version": "0.1.0"}


def test_openapi_document_is_served(client):
    doc = client.get("/openapi.json").json()
    assert "/api/v1/auth/login" in doc["paths"]


def test_nul_characters_are_refused_before_they_reach_the_database(client):
    """Found by schemathesis: PostgreSQL cannot store U+0000, so it used to answer 500."""
    body = client.post(f"{API}/auth/login", json={"username": "\u0000", "password": "x", "otp_code": "123456"})
    assert body.status_code == 422 and body.json()["code"] == "nul_character"
    query = client.get(f"{API}/audit?actor=%00")
    assert query.status_code == 422 and query.json()["code"] == "nul_character"
    escaped = client.post(f"{API}/auth/login", content=b'{"username": "a\\\\u0000", "password": "x"}',
                          headers={"content-type": "application/json"})
    assert escaped.status_code == 401  # an escaped backslash followed by "u0000" is ordinary text


def test_oversized_chunked_bodies_without_a_length_are_refused_too(live_url):
    import requests

    def chunks():
        for _ in range(20):
            yield b" " * 65536

    answer = requests.post(f"{live_url}{API}/auth/login", data=chunks(), headers={"content-type": "application/json"},
                           timeout=30)
    assert answer.status_code == 413 and answer.json()["code"] == "payload_too_large"
