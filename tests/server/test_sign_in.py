"""Sign-in as staff experience it, over real HTTP and in-process, on SQLite and PostgreSQL."""

from datetime import timedelta

import pyotp
import requests
from sqlalchemy import select

from server.staff.models import User
from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"


def test_staff_signs_in_over_real_http_and_sees_their_permissions(live_url):
    answer = requests.post(f"{live_url}{API}/auth/login", json=sign_in_body("risk"), timeout=10)
    assert answer.status_code == 200, answer.text
    step = answer.json()
    assert step["status"] == "ok"
    token = step["tokens"]["access_token"]
    me = requests.get(f"{live_url}{API}/me", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    assert me["username"] == "risk"
    assert "loan.review.first" in me["permissions"]
    assert "loan.review.second" not in me["permissions"]
    assert [r["name"] for r in me["roles"]] == ["risk_officer"]
    assert answer.headers["x-request-id"]


def test_signing_in_in_process_gives_short_access_and_longer_refresh_token(client):
    step = client.post(f"{API}/auth/login", json=sign_in_body("admin")).json()
    tokens = step["tokens"]
    from datetime import datetime

    access = datetime.fromisoformat(tokens["access_expires_at"].replace("Z", "+00:00"))
    refresh = datetime.fromisoformat(tokens["refresh_expires_at"].replace("Z", "+00:00"))
    issued_span = refresh - access
    assert timedelta(hours=7, minutes=40) < issued_span < timedelta(hours=7, minutes=50)
    assert tokens["access_expires_at"].endswith("Z")


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client):
    body = sign_in_body("risk") | {"password": "Wrong-password-1"}
    answer = client.post(f"{API}/auth/login", json=body)
    assert answer.status_code == 401
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.json()["code"] == "invalid_credentials"


def test_unknown_user_is_refused_like_a_wrong_password(client):
    answer = client.post(f"{API}/auth/login", json=sign_in_body("risk") | {"username": "nobody"})
    assert answer.status_code == 401 and answer.json()["code"] == "invalid_credentials"


def test_missing_one_time_code_is_asked_for(client):
    body = sign_in_body("risk")
    del body["otp_code"]
    answer = client.post(f"{API}/auth/login", json=body)
    assert answer.status_code == 401 and answer.json()["code"] == "otp_required"


def test_a_one_time_code_cannot_be_used_twice(client):
    body = sign_in_body("finance")
    assert client.post(f"{API}/auth/login", json=body).status_code == 200
    again = client.post(f"{API}/auth/login", json=body)
    assert again.status_code == 401 and again.json()["code"] == "otp_reused"
    # the next step's code is still good
    assert client.post(f"{API}/auth/login", json=sign_in_body("finance", steps_ahead=1)).status_code == 200


def test_five_failures_lock_the_account_for_fifteen_minutes(client, platform):
    wrong = sign_in_body("auditor") | {"password": "Wrong-password-1"}
    codes = [client.post(f"{API}/auth/login", json=wrong).json()["code"] for _ in range(5)]
    assert codes == ["invalid_credentials"] * 4 + ["account_locked"]
    locked = client.post(f"{API}/auth/login", json=sign_in_body("auditor"))
    assert locked.status_code == 423
    assert 14 * 60 < locked.json()["retry_after"] <= 15 * 60
    assert int(locked.headers["retry-after"]) > 0
    audit = [r.action for r in _audit_records(platform)]
    assert "auth.account_locked" in audit


def test_the_lock_ends_after_its_time(make_platform):
    from fastapi.testclient import TestClient

    from server.app import create_app

    platform = make_platform(lock_duration=timedelta(seconds=0))
    client = TestClient(create_app(platform=platform))
    wrong = sign_in_body("auditor") | {"password": "Wrong-password-1"}
    for _ in range(5):
        client.post(f"{API}/auth/login", json=wrong)
    assert client.post(f"{API}/auth/login", json=sign_in_body("auditor")).status_code == 200


def test_temporary_password_leads_through_change_and_device_enrolment(client, platform):
    user, temporary = _create_user(platform, "newclerk", ["finance_clerk"])
    first = client.post(f"{API}/auth/login", json={"username": "newclerk", "password": temporary}).json()
    assert first["status"] == "password_change_required" and first["tokens"] is None

    weak = client.post(f"{API}/auth/password", json={"challenge": first["challenge"], "new_password": "80817"})
    assert weak.status_code == 422
    codes = {e["code"] for e in weak.json()["errors"]}
    assert codes == {"password_too_short", "password_only_digits"}

    step = client.post(f"{API}/auth/password", json={"challenge": first["challenge"], "new_password": "Ledger-2026-ok"}).json()
    assert step["status"] == "totp_enrollment_required"
    assert step["otpauth_uri"].startswith("otpauth://totp/")
    secret = pyotp.parse_uri(step["otpauth_uri"]).secret

    bad = client.post(f"{API}/auth/totp/enroll", json={"challenge": step["challenge"], "otp_code": "000000"})
    assert bad.status_code == 401 and bad.json()["code"] == "otp_invalid"
    done = client.post(f"{API}/auth/totp/enroll", json={"challenge": step["challenge"],
                                                       "otp_code": totp_code("", secret=secret)}).json()
    assert done["status"] == "ok" and done["tokens"]["access_token"]

    # From now on the new password and a code from the enrolled device are needed.
    again = client.post(f"{API}/auth/login", json={"username": "newclerk", "password": "Ledger-2026-ok",
                                                   "otp_code": totp_code("", 1, secret)})
    assert again.status_code == 200 and again.json()["status"] == "ok"
    # A challenge is single-use.
    reuse = client.post(f"{API}/auth/password", json={"challenge": first["challenge"], "new_password": "Other-2026-ok"})
    assert reuse.status_code == 401 and reuse.json()["code"] == "challenge_invalid"


def test_each_password_rule_has_its_own_code(client, platform):
    _user, temporary = _create_user(platform, "rules", ["auditor"])
    challenge = client.post(f"{API}/auth/login", json={"username": "rules", "password": temporary}).json()["challenge"]
    cases = {
        "short1": "password_too_short",
        "abcdefghijkl": "password_only_letters",
        "123456789012": "password_only_digits",
        "password1234": "password_common",
        "my-rules-2026": "password_contains_username",
        temporary: "password_reused",
    }
    for candidate, code in cases.items():
        answer = client.post(f"{API}/auth/password", json={"challenge": challenge, "new_password": candidate})
        assert answer.status_code == 422, candidate
        assert code in {e["code"] for e in answer.json()["errors"]}, (candidate, answer.json())
        # no Accept-Language: the sentences are Chinese
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in e["message"]) for e in answer.json()["errors"])


def test_password_policy_lists_the_rules_in_both_languages(client):
    policy = client.get(f"{API}/auth/password-policy").json()
    assert policy["min_length"] == 10 and policy["history"] == 5
    assert {r["code"] for r in policy["rules"]} >= {"password_too_short", "password_common", "password_reused"}
    assert all(r["zh"] and r["en"] for r in policy["rules"])


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(live_url):
    tokens = requests.post(f"{live_url}{API}/auth/login", json=sign_in_body("risklead"), timeout=10).json()["tokens"]
    first = requests.post(f"{live_url}{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=10)
    assert first.status_code == 200
    rotated = first.json()["tokens"]
    assert rotated["refresh_token"] != tokens["refresh_token"]
    assert _me(live_url, rotated["access_token"]).status_code == 200

    stolen = requests.post(f"{live_url}{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=10)
    assert stolen.status_code == 401 and stolen.json()["code"] == "token_reused"
    # The whole family is revoked: the rotated tokens stop working too.
    assert _me(live_url, rotated["access_token"]).status_code == 401
    later = requests.post(f"{live_url}{API}/auth/refresh", json={"refresh_token": rotated["refresh_token"]}, timeout=10)
    assert later.status_code == 401


def test_sign_out_revokes_the_session(client):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("service")).json()["tokens"]
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get(f"{API}/me", headers=auth).status_code == 200  # the server now remembers this sign-in
    assert client.post(f"{API}/auth/logout", headers=auth).status_code == 204
    assert client.get(f"{API}/me", headers=auth).status_code == 401
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).status_code == 401


def test_idle_lock_password_check_counts_failures(client):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("finlead")).json()["tokens"]
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.post(f"{API}/auth/verify-password", json={"password": "Demo2026!Pass"}, headers=auth).status_code == 204
    codes = [client.post(f"{API}/auth/verify-password", json={"password": "nope-nope-1"}, headers=auth).json()["code"]
             for _ in range(5)]
    assert codes[-1] == "account_locked"


def test_disabled_user_cannot_sign_in_and_their_token_stops_working(client, platform):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("service")).json()["tokens"]
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 200
    with platform.db.write() as db:  # a change straight in the database, as another tool would make it
        db.scalar(select(User).where(User.username == "service")).disabled = True
        db.commit()
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 401
    answer = client.post(f"{API}/auth/login", json=sign_in_body("service", steps_ahead=1))
    assert answer.status_code == 403 and answer.json()["code"] == "account_disabled"


def test_sign_in_is_rate_limited_per_account(make_platform):
    from fastapi.testclient import TestClient

    from server.app import create_app

    client = TestClient(create_app(platform=make_platform(login_attempts_per_account=3)))
    wrong = sign_in_body("risk") | {"password": "Wrong-password-1"}
    statuses = [client.post(f"{API}/auth/login", json=wrong).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]


def _me(url, token):
    return requests.get(f"{url}{API}/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)


def _create_user(platform, username, roles):
    from server.audit.service import Auditor
    from server.staff import service

    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        user, password = service.create_user(db, audit, username, username, roles)
        audit.seal()
        db.commit()
    return user, password


def _audit_records(platform):
    from server.audit.models import AuditRecord

    with platform.db.read() as db:
        return list(db.scalars(select(AuditRecord).order_by(AuditRecord.seq)))
