"""A staff member who forgot their password recovers it with a code sent to their registered e-mail, a new
password under the rules and a fresh one-time code; nobody learns from the answers who has an account.

Every test runs on SQLite and PostgreSQL, on the platform's clock standing still (moved by hand), so one-time
codes of the authenticator are taken step by step."""

import re
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from server import clock
from server.app import create_app
from server.audit.models import AuditRecord
from server.demo_accounts import DEMO_PASSWORD
from server.notifications import dispatcher
from server.notifications.models import OutboxMessage
from server.notifications.settings import NotificationSettings
from server.staff.models import User
from tests.server.conftest import Staff
from tests.support.loopback_gateways import SmsReceiver, SmtpReceiver
from tests.support.platforms import totp_code

API = "/api/v1"
NOON = datetime(2026, 12, 3, 4, 0, tzinfo=timezone.utc)  # 12:00 in Shanghai
NEW_PASSWORD = "Recover2026!Now"
ANSWER = ("If the account has a registered e-mail address or mobile number, a recovery code was sent to it. "
          "It is valid for 10 minutes.")
EN = {"Accept-Language": "en"}


@pytest.fixture
def fixed_clock():
    with clock.use(clock.FixedClock(NOON)) as fixed:
        yield fixed


@pytest.fixture
def api(platform, fixed_clock):
    with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
        yield client


def next_step(fixed_clock) -> None:
    """The authenticator's next 30-second step (a code works once)."""
    fixed_clock.advance(timedelta(seconds=30))


def start(client, username: str, headers=EN):
    return client.post(f"{API}/auth/recovery/start", json={"username": username}, headers=headers)


def confirm(client, username: str, code: str, password: str = NEW_PASSWORD, otp: str | None = None):
    return client.post(f"{API}/auth/recovery/confirm", headers=EN,
                       json={"username": username, "code": code, "new_password": password,
                             "otp_code": otp or totp_code(username)})


def sign_in(client, username: str, password: str):
    return client.post(f"{API}/auth/login", json={"username": username, "password": password,
                                                  "otp_code": totp_code(username)})


def recovery_messages(platform) -> list[OutboxMessage]:
    with platform.db.read() as db:
        return list(db.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "staff_recovery")
                               .order_by(OutboxMessage.id)))


def sent_code(platform) -> str:
    """The code of the newest recovery e-mail, read from the outbox table (the demo gateway's "inbox")."""
    message = recovery_messages(platform)[-1]
    return re.search(r"(?<!\d)(\d{6})(?!\d)", message.text).group(1)


def actions(platform, action: str) -> list[AuditRecord]:
    with platform.db.read() as db:
        return list(db.scalars(select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.seq)))


def test_recovery_end_to_end_through_a_real_smtp_server(make_platform, fixed_clock):
    with SmtpReceiver() as smtp:
        platform = make_platform(notifications=NotificationSettings(
            email_gateway="smtp", smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_sender="noreply@p2p.example",
            immediate=False))
        with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
            signed_in = Staff(client, "risk")  # a session open elsewhere: recovery ends it
            assert signed_in.get("/me").status_code == 200
            next_step(fixed_clock)

            answer = start(client, "risk")
            assert answer.status_code == 200, answer.text
            assert answer.json() == {"message": ANSWER}
            assert smtp.messages == []  # queued in the transaction, sent after it
            assert dispatcher.deliver_due(platform).sent == 1
            (_sender, recipients, mail), = smtp.messages
            assert recipients == ["risk@p2p.example"]
            assert mail["Subject"] == "Password recovery code"
            body = mail.get_content()
            code = re.search(r"is (\d{6})\.", body).group(1)
            assert "valid for 10 minutes" in body

            done = confirm(client, "risk", code)
            assert done.status_code == 204, done.text
            assert signed_in.get("/me").status_code == 401  # every session of the user ended

            next_step(fixed_clock)
            old = sign_in(client, "risk", DEMO_PASSWORD)
            assert old.status_code == 401 and old.json()["code"] == "invalid_credentials"
            new = sign_in(client, "risk", NEW_PASSWORD)
            assert new.status_code == 200, new.text
            assert new.json()["status"] == "ok"

    started, = actions(platform, "staff.recovery_started")
    assert started.after["sent"] is True and started.after["sent_to"] == "r***@p2p.example"
    recovered, = actions(platform, "staff.password_recovered")
    assert recovered.actor_name == "risk"
    assert code not in str(started.after) and code not in str(recovered.after)


def test_the_code_is_stored_only_as_a_hash_and_the_outbox_encrypted(platform, api):
    start(api, "risk")
    code = sent_code(platform)
    with platform.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT code_hash FROM staff_recovery_codes")).scalar_one()
        outbox_text = conn.execute(text("SELECT text FROM notification_outbox WHERE purpose = 'staff_recovery'")).scalar_one()
    assert code not in stored and stored.startswith("$argon2")
    assert code not in outbox_text


def test_the_answer_is_in_the_request_language(platform, api):
    answer = start(api, "risk", headers={"Accept-Language": "zh-CN"}).json()["message"]
    assert "恢复" in answer or "验证码" in answer
    assert "If the account" not in answer
    assert "验证码" in recovery_messages(platform)[-1].text  # the e-mail too


@pytest.mark.clock
def test_an_expired_code_is_refused_with_its_reason(platform, api, fixed_clock):
    start(api, "risk")
    code = sent_code(platform)
    fixed_clock.advance(timedelta(minutes=10, seconds=1))
    answer = confirm(api, "risk", code)
    assert answer.status_code == 401
    assert answer.json()["code"] == "recovery_code_expired"
    assert answer.json()["detail"] == ("This recovery code has expired (a code is valid for 10 minutes). "
                                       "Ask for a new code.")
    assert sign_in(api, "risk", DEMO_PASSWORD).status_code == 200  # nothing changed


def test_a_code_works_once(platform, api, fixed_clock):
    start(api, "risk")
    code = sent_code(platform)
    assert confirm(api, "risk", code).status_code == 204
    next_step(fixed_clock)
    again = confirm(api, "risk", code, password="Another2026!Pass")
    assert again.status_code == 401
    assert again.json()["code"] == "recovery_code_used"
    assert again.json()["detail"] == "This recovery code was used already; a code works once. Ask for a new code."
    assert sign_in(api, "risk", NEW_PASSWORD).status_code == 200


def test_five_wrong_codes_void_the_code(platform, api):
    start(api, "risk")
    code = sent_code(platform)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(4):
        answer = confirm(api, "risk", wrong)
        assert answer.status_code == 401
        assert answer.json()["code"] == "recovery_code_invalid"
        assert answer.json()["detail"] == "The recovery code is wrong. Check it, or ask for a new code."
    fifth = confirm(api, "risk", wrong)
    assert fifth.json()["code"] == "recovery_code_voided"
    assert fifth.json()["detail"] == "Too many wrong codes: this recovery code no longer works. Ask for a new code."
    right_too_late = confirm(api, "risk", code)
    assert right_too_late.status_code == 401 and right_too_late.json()["code"] == "recovery_code_voided"
    reasons = [r.after["reason"] for r in actions(platform, "staff.recovery_failed")]
    assert reasons == ["wrong_code"] * 4 + ["too_many_wrong_codes", "code_voided"]


def test_a_newer_code_replaces_the_older_one(platform, api):
    start(api, "risk")
    first = sent_code(platform)
    start(api, "risk")
    second = sent_code(platform)
    if first == second:  # one chance in a million: the older row is superseded all the same
        pytest.skip("the two random codes happened to be equal")
    older = confirm(api, "risk", first)
    assert older.json()["code"] == "recovery_code_superseded"
    assert confirm(api, "risk", second).status_code == 204


def test_an_unknown_user_gets_the_same_answer_and_nothing_is_sent(platform, api):
    unknown = start(api, "nobody.here")
    known = start(api, "risk")
    assert unknown.status_code == known.status_code == 200
    assert unknown.json() == known.json() == {"message": ANSWER}
    assert [m.recipient for m in recovery_messages(platform)] == ["risk@p2p.example"]
    record = actions(platform, "staff.recovery_started")[0]
    assert (record.object_id, record.after) == ("nobody.here", {"sent": False, "reason": "unknown_user"})
    answer = confirm(api, "nobody.here", "123456", otp="123456")
    assert answer.status_code == 401 and answer.json()["code"] == "recovery_code_invalid"


def test_an_account_without_an_email_gets_the_same_answer_and_nothing_is_sent(platform, api):
    admin = Staff(api, "admin")
    finance = admin.get("/users", params={"q": "finance"}).json()["items"]
    user = next(u for u in finance if u["username"] == "finance")
    edited = api.patch(f"{API}/users/{user['id']}", headers=admin.headers, json={"email": "", "version": user["version"]})
    assert edited.status_code == 200, edited.text
    assert edited.json()["email"] is None
    assert start(api, "finance").json() == {"message": ANSWER}
    assert recovery_messages(platform) == []
    assert actions(platform, "staff.recovery_started")[-1].after == {"sent": False, "reason": "no_address"}


def test_starts_are_limited_per_user_name_whether_or_not_it_exists(platform, api):
    for username in ("risk", "nobody.here"):
        for _ in range(3):
            assert start(api, username).status_code == 200
        limited = start(api, username)
        assert limited.status_code == 429
        assert limited.json()["detail"] == "Too many recovery requests; wait 15 minutes and try again."
        assert int(limited.headers["Retry-After"]) > 800
    assert len(recovery_messages(platform)) == 3


def test_a_weak_new_password_is_refused_by_the_rules_and_the_code_still_works(platform, api):
    start(api, "risk")
    code = sent_code(platform)
    weak = confirm(api, "risk", code, password="risk12345")
    assert weak.status_code == 422
    assert weak.json()["code"] == "password_rules"
    assert {e["code"] for e in weak.json()["errors"]} >= {"password_too_short", "password_contains_username"}
    reused = confirm(api, "risk", code, password=DEMO_PASSWORD)
    assert {e["code"] for e in reused.json()["errors"]} == {"password_reused"}
    assert confirm(api, "risk", code).status_code == 204
    refused = [r.after for r in actions(platform, "staff.recovery_failed")]
    assert [a["reason"] for a in refused] == ["password_rules", "password_rules"]
    assert refused[1]["rules"] == ["password_reused"]


def test_the_authenticator_code_is_required_fresh(platform, api, fixed_clock):
    start(api, "risk")
    code = sent_code(platform)
    wrong = confirm(api, "risk", code, otp="000000" if totp_code("risk") != "000000" else "111111")
    assert wrong.status_code == 401 and wrong.json()["code"] == "otp_invalid"
    assert wrong.json()["detail"] == "The one-time code from the authenticator is wrong or has expired."
    assert sign_in(api, "risk", DEMO_PASSWORD).status_code == 200  # spends this step's code
    replayed = confirm(api, "risk", code)
    assert replayed.status_code == 401 and replayed.json()["code"] == "otp_reused"
    next_step(fixed_clock)
    assert confirm(api, "risk", code).status_code == 204


def test_a_locked_account_is_told_to_wait_or_ask_an_administrator(platform, api):
    for _ in range(5):
        sign_in(api, "risk", "wrong password 1")
    start(api, "risk")
    answer = confirm(api, "risk", sent_code(platform))
    assert answer.status_code == 423
    assert answer.json()["detail"] == ("The account is locked after too many failed attempts: wait 16 minutes, "
                                       "or ask an administrator to unlock it.")


def test_a_disabled_account_gets_no_code_but_an_email_saying_to_ask_an_administrator(platform, api):
    admin = Staff(api, "admin")
    user = next(u for u in admin.get("/users", params={"q": "finance"}).json()["items"] if u["username"] == "finance")
    assert admin.post(f"/users/{user['id']}/disable", {"version": user["version"], "reason": "left"}).status_code == 200
    assert start(api, "finance").json() == {"message": ANSWER}
    message, = recovery_messages(platform)
    assert message.recipient == "finance@p2p.example"
    assert "disabled" in message.text and "ask an administrator" in message.text
    assert not re.search(r"\d{6}", message.text)
    with platform.db.read() as db:
        assert db.scalar(text("SELECT count(*) FROM staff_recovery_codes")) == 0


def test_the_code_also_goes_by_sms_when_an_sms_gateway_exists(make_platform, fixed_clock):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=NotificationSettings(
            sms_gateway="http", sms_gateway_url=receiver.url, immediate=False))
        with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
            start(client, "risk")
            assert dispatcher.deliver_due(platform).sent == 2  # the SMS, and the e-mail into the demo outbox
            sms, = receiver.accepted
            assert sms["to"] == "13800000001"
            email_code = sent_code(platform)
            assert email_code in sms["text"]
            started = actions(platform, "staff.recovery_started")[-1]
            assert started.after["sent_to"] == "r***@p2p.example, 138****0001"


def test_the_demo_code_is_shown_only_for_a_public_demo_account_on_the_demo_outbox(platform, api):
    none_yet = api.get(f"{API}/auth/recovery/demo-code", params={"username": "risk"}, headers=EN)
    assert none_yet.status_code == 404
    start(api, "risk")
    shown = api.get(f"{API}/auth/recovery/demo-code", params={"username": "risk"})
    assert shown.status_code == 200
    assert shown.json()["code"] == sent_code(platform) and shown.json()["sent_to"] == "r***@p2p.example"
    with platform.db.write() as db:  # an account whose authenticator is its own is not public any more
        db.scalar(select(User).where(User.username == "risk")).totp_secret = "JBSWY3DPEHPK3PXP"
        db.commit()
    assert api.get(f"{API}/auth/recovery/demo-code", params={"username": "risk"}).status_code == 404


def test_an_administrator_edits_a_staff_members_email_and_mobile_masked_and_audited(platform, api):
    admin = Staff(api, "admin")
    user = next(u for u in admin.get("/users", params={"q": "risk"}).json()["items"] if u["username"] == "risk")
    assert user["email"] == "r***@p2p.example" and user["phone"] == "138****0001"  # admin holds no pii.view
    edited = api.patch(f"{API}/users/{user['id']}", headers=admin.headers,
                       json={"email": "li.ming@example.com", "phone": "13912345678", "version": user["version"]})
    assert edited.status_code == 200, edited.text
    assert (edited.json()["email"], edited.json()["phone"]) == ("l***@example.com", "139****5678")
    stale = api.patch(f"{API}/users/{user['id']}", headers=admin.headers,
                      json={"email": "x@example.com", "version": user["version"]})
    assert stale.status_code == 409
    bad = api.patch(f"{API}/users/{user['id']}", headers=admin.headers,
                    json={"email": "not an address", "version": edited.json()["version"]})
    assert bad.status_code == 422
    record = actions(platform, "staff.user_edited")[-1]
    assert record.before["email"] == "r***@p2p.example" and record.after["email"] == "l***@example.com"
    risklead = Staff(api, "risklead")  # holds pii.view, but not admin.users: the list stays closed
    assert risklead.get("/users").status_code == 403
    with platform.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT email FROM users WHERE username = 'risk'")).scalar_one()
    assert stored.startswith("enc1:") and "li.ming" not in stored
    with platform.db.read() as db:
        assert db.scalar(select(User).where(User.username == "risk")).email == "li.ming@example.com"


def test_a_new_account_is_created_with_an_email(platform, api):
    admin = Staff(api, "admin")
    body = {"username": "wang.fang", "display_name": "王芳", "roles": ["customer_service"],
            "email": "wang.fang@example.com"}
    created = admin.post("/users", body, headers=admin.step_up_headers())
    assert created.status_code == 201, created.text
    assert created.json()["user"]["email"] == "w***@example.com"


def test_seeding_the_demo_again_gives_an_older_demo_database_its_recovery_addresses(platform):
    from server.audit.service import Auditor
    from server.staff import service as staff

    with platform.db.write() as db:
        user = db.scalar(select(User).where(User.username == "risk"))
        user.email, user.phone, user.phone_index = None, None, None
        db.commit()
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        assert staff.seed_demo(db, audit) == []
        audit.seal()
        db.commit()
    with platform.db.read() as db:
        user = db.scalar(select(User).where(User.username == "risk"))
        assert (user.email, user.phone) == ("risk@p2p.example", "13800000001")


def test_an_account_disabled_after_the_code_was_sent_is_told_to_ask_an_administrator(platform, api):
    start(api, "finance")
    code = sent_code(platform)
    admin = Staff(api, "admin")
    user = next(u for u in admin.get("/users", params={"q": "finance"}).json()["items"] if u["username"] == "finance")
    assert admin.post(f"/users/{user['id']}/disable", {"version": user["version"], "reason": "left"}).status_code == 200
    answer = confirm(api, "finance", code)
    assert answer.status_code == 403 and answer.json()["code"] == "account_disabled"
    assert answer.json()["detail"] == ("This account is disabled, so its password cannot be recovered; "
                                       "ask an administrator.")


def test_the_demo_outbox_never_lists_a_staff_members_recovery_code(platform, api):
    """Customer service reads the demo outbox (customer.read); a colleague's recovery code is not theirs to read."""
    assert start(api, "finance").status_code == 200
    code = sent_code(platform)
    service = Staff(api, "service")
    listed = service.get("/notifications/outbox")
    assert listed.status_code == 200
    assert all(m["purpose"] != "staff_recovery" and code not in m["text"] for m in listed.json())
