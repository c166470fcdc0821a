"""Sign-in and sessions (issue 13): wrong current passwords count towards the lock, a password change ends the
other sessions, a session has an absolute lifetime, locking an account ends its sessions, a wrong one-time code
answers like a wrong password, and the common-password list is a real one."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.security import passwords
from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"
DEMO_PASSWORD = "Demo2026!Pass"


def _sign_in(client, username, steps_ahead=0):
    answer = client.post(f"{API}/auth/login", json=sign_in_body(username, steps_ahead))
    assert answer.status_code == 200, answer.text
    return answer.json()["tokens"]


def _bearer(tokens):
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def _refresh(client, tokens):
    return client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})


def _audit(platform, action_prefix):
    with platform.db.read() as db:
        return list(db.scalars(select(AuditRecord).where(AuditRecord.action.startswith(action_prefix))
                               .order_by(AuditRecord.seq)))


def test_wrong_current_passwords_count_with_sign_in_failures_and_lock_the_account(client, platform):
    wrong_sign_in = sign_in_body("risk") | {"password": "Wrong-password-1"}
    assert [client.post(f"{API}/auth/login", json=wrong_sign_in).json()["code"] for _ in range(2)] == \
        ["invalid_credentials"] * 2
    tokens = _sign_in(client, "risk")  # a right sign-in resets the count
    wrong = {"current_password": "nope-nope-1", "new_password": "Another-2026-pw"}
    codes = [client.post(f"{API}/me/password", json=wrong, headers=_bearer(tokens)).json()["code"] for _ in range(5)]
    assert codes == ["invalid_credentials"] * 4 + ["account_locked"]
    failures = _audit(platform, "auth.password_change_failed")
    assert [r.after["failures"] for r in failures] == [1, 2, 3, 4, 5]
    assert {r.after["reason"] for r in failures} == {"invalid_credentials"}
    assert _audit(platform, "auth.account_locked")
    # the lock refuses the right password too, and the session that guessed is over
    assert client.post(f"{API}/auth/login", json=sign_in_body("risk", 1)).status_code == 423
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 401


def test_a_wrong_current_password_counts_towards_the_same_lock_as_sign_in(client):
    tokens = _sign_in(client, "finance")
    wrong = {"current_password": "nope-nope-1", "new_password": "Another-2026-pw"}
    for _ in range(3):
        assert client.post(f"{API}/me/password", json=wrong, headers=_bearer(tokens)).status_code == 401
    wrong_sign_in = sign_in_body("finance", 1) | {"password": "Wrong-password-1"}
    codes = [client.post(f"{API}/auth/login", json=wrong_sign_in).json()["code"] for _ in range(2)]
    assert codes == ["invalid_credentials", "account_locked"]


def test_a_password_change_ends_the_users_other_sessions_and_keeps_this_one(client, platform):
    other = _sign_in(client, "risklead")
    this = _sign_in(client, "risklead", steps_ahead=1)
    assert client.get(f"{API}/me", headers=_bearer(other)).status_code == 200  # remembered by the server
    done = client.post(f"{API}/me/password", headers=_bearer(this),
                       json={"current_password": DEMO_PASSWORD, "new_password": "Another-2026-pw"})
    assert done.status_code == 204, done.text
    assert client.get(f"{API}/me", headers=_bearer(other)).status_code == 401
    assert _refresh(client, other).json()["code"] == "token_invalid"
    assert client.get(f"{API}/me", headers=_bearer(this)).status_code == 200
    assert _refresh(client, this).status_code == 200
    ended = _audit(platform, "auth.sessions_ended")[-1]
    assert ended.after == {"reason": "password_changed", "sessions_ended": 1}


@pytest.mark.clock
def test_refreshing_never_keeps_a_session_past_its_absolute_lifetime(client):
    start = clock.now()
    with clock.use(clock.FixedClock(start)) as fixed:
        tokens = _sign_in(client, "service")
        for _ in range(3):  # refreshing every 3 hours 50 minutes keeps the session for 11.5 hours
            fixed.advance(timedelta(hours=3, minutes=50))
            answer = _refresh(client, tokens)
            assert answer.status_code == 200, answer.text
            tokens = answer.json()["tokens"]
        end = start + timedelta(hours=12)
        assert abs(_time(tokens["refresh_expires_at"]) - end) < timedelta(seconds=1)  # not 8 hours from now
        fixed.advance(timedelta(minutes=25))
        tokens = _refresh(client, tokens).json()["tokens"]
        assert abs(_time(tokens["access_expires_at"]) - end) < timedelta(seconds=1)  # not 15 minutes from now
        assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 200
        fixed.advance(timedelta(minutes=6))  # 12 hours and 1 minute after signing in
        assert _refresh(client, tokens).json()["code"] == "token_invalid"
        assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 401
        assert client.post(f"{API}/auth/login", json=sign_in_body("service")).status_code == 200


def _time(wire: str) -> datetime:
    return datetime.fromisoformat(wire.replace("Z", "+00:00"))


@pytest.mark.clock
def test_the_absolute_lifetime_is_a_setting(make_platform):
    from fastapi.testclient import TestClient

    from server.app import create_app

    client = TestClient(create_app(platform=make_platform(session_max_lifetime=timedelta(hours=1))))
    with clock.use(clock.FixedClock(clock.now())) as fixed:
        tokens = _sign_in(client, "service")
        fixed.advance(timedelta(minutes=50))
        tokens = _refresh(client, tokens).json()["tokens"]
        fixed.advance(timedelta(minutes=11))
        assert _refresh(client, tokens).json()["code"] == "token_invalid"


def test_locking_an_account_ends_its_open_sessions_at_once(client, platform):
    tokens = _sign_in(client, "auditor")
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 200
    wrong = sign_in_body("auditor", 1) | {"password": "Wrong-password-1"}
    codes = [client.post(f"{API}/auth/login", json=wrong).json()["code"] for _ in range(5)]
    assert codes[-1] == "account_locked"
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 401
    assert _refresh(client, tokens).json()["code"] == "token_invalid"
    assert _audit(platform, "auth.account_locked")[-1].after["sessions_ended"] == 1


@pytest.mark.clock
def test_a_lock_made_outside_the_api_refuses_access_and_refresh(client, platform):
    from server.staff.models import User

    tokens = _sign_in(client, "service")
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 200
    with platform.db.write() as db:  # as another tool would lock it
        db.scalar(select(User).where(User.username == "service")).locked_until = clock.now() + timedelta(minutes=15)
        db.commit()
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 401
    assert _refresh(client, tokens).status_code == 401


def test_disabling_an_account_refuses_its_access_and_refresh_tokens(client, staff):
    tokens = _sign_in(client, "service")
    admin = staff("admin")
    user = next(u for u in admin.get("/users", params={"q": "service"}).json()["items"] if u["username"] == "service")
    done = admin.post(f"/users/{user['id']}/disable", {"version": user["version"], "reason": "离职"})
    assert done.status_code == 200, done.text
    assert client.get(f"{API}/me", headers=_bearer(tokens)).status_code == 401
    assert _refresh(client, tokens).status_code == 401


def test_a_right_password_with_a_wrong_code_answers_like_a_wrong_password(client, platform):
    wrong_password = client.post(f"{API}/auth/login", json=sign_in_body("risk") | {"password": "Wrong-password-1"})
    wrong_code = client.post(f"{API}/auth/login", json=sign_in_body("risk") | {"otp_code": _wrong_code("risk")})
    unknown = client.post(f"{API}/auth/login", json=sign_in_body("risk") | {"username": "nobody"})

    def seen(answer):
        body = answer.json()
        return answer.status_code, body["code"], body["title"], body["detail"], set(body)

    assert seen(wrong_code) == seen(wrong_password) == seen(unknown)
    assert seen(wrong_code)[:2] == (401, "invalid_credentials")
    # both still count towards the lock, and the log keeps the real reason
    failures = [r.after for r in _audit(platform, "auth.sign_in_failed") if r.object_id != "nobody"]
    assert failures == [{"reason": "invalid_credentials", "failures": 1}, {"reason": "otp_invalid", "failures": 2}]


def _wrong_code(username):
    """A six-digit code that is none of the codes the server accepts now (one step of drift either way)."""
    accepted = {totp_code(username, steps) for steps in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in accepted)


def test_the_common_password_list_holds_the_breached_favourites_whatever_their_case():
    assert len(passwords._COMMON) >= 10_000
    for candidate in ("qwertyuiop123", "QwertyUiop123", "password1234", "1q2w3e4r5t", "#1stunna"):
        assert "password_common" in {e.code for e in passwords.rule_violations(candidate, "someone")}, candidate
    assert not passwords.rule_violations("Ledger-2026-ok", "someone")


def test_the_shipped_list_names_its_source_and_licence():
    from importlib.resources import files

    folder = files("server.security")
    header = folder.joinpath("breached_passwords.LICENSE.txt").read_text("utf-8")
    assert "Source:" in header and "BSD" in header and "Django Software Foundation" in header
    breached = folder.joinpath("breached_passwords.txt").read_text("utf-8").splitlines()
    assert len(breached) >= 10_000 and "qwertyuiop123" in breached


def test_a_refused_password_change_by_the_rules_is_recorded(client, platform):
    tokens = _sign_in(client, "finlead")
    weak = client.post(f"{API}/me/password", headers=_bearer(tokens),
                       json={"current_password": DEMO_PASSWORD, "new_password": "qwertyuiop123"})
    assert weak.status_code == 422 and "password_common" in {e["code"] for e in weak.json()["errors"]}
    failed = _audit(platform, "auth.password_change_failed")[-1]
    assert failed.after == {"reason": "password_rules", "rules": ["password_common"]}
