"""Messages queued in the outbox reach real gateways on the loopback interface, with retries and backoff."""

import logging
import time
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server import clock
from server.app import create_app
from server.notifications import dispatcher, outbox
from server.notifications.models import OutboxMessage
from server.notifications.settings import NotificationSettings
from tests.server.conftest import Staff
from tests.support.loopback_gateways import SmsReceiver, SmtpReceiver

TOKEN = "sms-token-never-logged-7f3a"
NOON = datetime(2026, 12, 3, 4, 0, tzinfo=timezone.utc)


def _queue(platform, channel="sms", to="13800138000", text="您的验证码为 123456，15分钟内有效。", **kw) -> int:
    with platform.db.write() as db:
        message = outbox.queue(db, channel, to, text, **kw)
        db.commit()
        return message.id


def _message(platform, message_id) -> OutboxMessage:
    with platform.db.read() as db:
        return db.get(OutboxMessage, message_id)


def _http_settings(receiver, **kw) -> NotificationSettings:
    return NotificationSettings(**{"sms_gateway": "http", "sms_gateway_url": receiver.url,
                                   "sms_gateway_token": TOKEN, "immediate": False, **kw})


def test_an_sms_is_posted_as_json_to_the_configured_gateway_with_its_token(make_platform):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=_http_settings(receiver))
        message_id = _queue(platform)
        assert _message(platform, message_id).state == "queued"
        assert dispatcher.deliver_due(platform).sent == 1
        assert receiver.accepted == [{"to": "13800138000", "text": "您的验证码为 123456，15分钟内有效。"}]
        assert receiver.authorizations == [f"Bearer {TOKEN}"]
        message = _message(platform, message_id)
        assert (message.state, message.attempts, message.last_error) == ("sent", 1, None)
        assert message.sent_at is not None
        assert dispatcher.deliver_due(platform).sent == 0  # sent once only


def test_an_email_reaches_the_smtp_server(make_platform):
    with SmtpReceiver() as smtp:
        platform = make_platform(notifications=NotificationSettings(
            email_gateway="smtp", smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_sender="noreply@p2p.example",
            immediate=False))
        message_id = _queue(platform, "email", "zhang.wei@example.com", "您的登录密码重置验证码为 654321。",
                            subject="密码重置")
        assert dispatcher.deliver_due(platform).sent == 1
        (sender, recipients, mail), = smtp.messages
        assert recipients == ["zhang.wei@example.com"] and "noreply@p2p.example" in sender
        assert mail["Subject"] == "密码重置"
        assert "654321" in mail.get_content()
        assert _message(platform, message_id).state == "sent"


def test_a_failed_delivery_waits_its_backoff_then_succeeds_when_the_gateway_recovers(make_platform):
    with SmsReceiver(failures=2) as receiver, clock.use(clock.FixedClock(NOON)) as now:
        platform = make_platform(notifications=_http_settings(receiver))
        message_id = _queue(platform)
        assert dispatcher.deliver_due(platform).counts() == {"sent": 0, "retrying": 1, "failed": 0}
        message = _message(platform, message_id)
        assert message.state == "queued" and message.attempts == 1
        assert message.last_error == "The SMS gateway refused the message (HTTP 503)."
        assert message.next_attempt_at == NOON + timedelta(seconds=30)
        assert dispatcher.deliver_due(platform).counts() == {"sent": 0, "retrying": 0, "failed": 0}  # not yet due
        now.advance(timedelta(seconds=30))
        assert dispatcher.deliver_due(platform).retrying == 1
        assert _message(platform, message_id).next_attempt_at == NOON + timedelta(seconds=90)  # doubled
        now.advance(timedelta(seconds=60))
        assert dispatcher.deliver_due(platform).sent == 1
        message = _message(platform, message_id)
        assert (message.state, message.attempts, message.last_error) == ("sent", 3, None)
        assert len(receiver.accepted) == 1


def test_a_message_the_gateway_keeps_refusing_fails_for_good_with_its_reason(make_platform):
    with SmsReceiver(failures=99) as receiver, clock.use(clock.FixedClock(NOON)) as now:
        platform = make_platform(notifications=_http_settings(receiver, max_attempts=3))
        message_id = _queue(platform)
        for _ in range(3):
            dispatcher.deliver_due(platform)
            now.advance(timedelta(hours=1))
        message = _message(platform, message_id)
        assert (message.state, message.attempts) == ("failed", 3)
        assert "HTTP 503" in message.last_error
        assert dispatcher.deliver_due(platform).counts() == {"sent": 0, "retrying": 0, "failed": 0}


def test_an_unreachable_gateway_is_said_in_words(make_platform):
    platform = make_platform(notifications=NotificationSettings(
        sms_gateway="http", sms_gateway_url="http://127.0.0.1:9/sms", immediate=False, timeout_seconds=2))
    message_id = _queue(platform)
    dispatcher.deliver_due(platform)
    assert _message(platform, message_id).last_error.startswith("The SMS gateway could not be reached")


def test_a_message_queued_in_a_transaction_that_rolls_back_is_never_sent(make_platform):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=_http_settings(receiver))
        with pytest.raises(RuntimeError), platform.db.write() as db:
            outbox.queue(db, "sms", "13800138000", "不会发出")
            raise RuntimeError("the business change failed")
        assert dispatcher.deliver_due(platform).sent == 0
        assert receiver.accepted == []


def test_a_message_with_a_key_queued_before_is_not_queued_again(make_platform):
    platform = make_platform(notifications=NotificationSettings(immediate=False))
    first = _queue(platform, dedupe_key="movement:42")
    with platform.db.write() as db:
        assert outbox.queue(db, "sms", "13800138000", "again", dedupe_key="movement:42") is None
        db.commit()
    with platform.db.read() as db:
        assert db.scalars(select(OutboxMessage.id)).all() == [first]


def test_a_commit_starts_a_prompt_delivery_outside_the_transaction(make_platform):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=_http_settings(receiver, immediate=True))
        dispatcher.attach(platform)
        message_id = _queue(platform)
        assert receiver.wait(1) and receiver.accepted[0]["to"] == "13800138000"
        for _ in range(100):
            if _message(platform, message_id).state == "sent":
                break
            time.sleep(0.05)
        assert _message(platform, message_id).state == "sent"


def test_the_scheduler_job_delivers_what_is_due(make_platform):
    from server.scheduler.jobs import JOBS

    job = next(j for j in JOBS if j.name == "notifications")
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=_http_settings(receiver))
        dispatcher.attach(platform)
        _queue(platform)
        from server.scheduler.runner import Scheduler

        scheduler = Scheduler(platform, jobs=[job])
        scheduler.tick()
        assert receiver.wait(1)[0]["text"].startswith("您的验证码")


def test_the_gateway_token_is_in_no_log_line_nor_repr(make_platform, caplog):
    caplog.set_level(logging.DEBUG)
    with SmsReceiver(failures=1) as receiver:
        settings = _http_settings(receiver)
        platform = make_platform(notifications=settings)
        _queue(platform)
        dispatcher.deliver_due(platform)
        assert TOKEN not in repr(settings) and TOKEN not in repr(platform.settings)
        assert TOKEN not in caplog.text and "123456" not in caplog.text


def test_the_demo_outbox_shows_what_was_sent_masked_and_is_absent_with_real_gateways(make_platform):
    platform = make_platform(notifications=NotificationSettings(immediate=False))
    message_id = _queue(platform)
    dispatcher.deliver_due(platform)
    with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
        items = Staff(client, "service").get("/notifications/outbox").json()
        assert items[0]["id"] == message_id
        assert (items[0]["to"], items[0]["state"], items[0]["channel"]) == ("138****8000", "sent", "sms")
        assert items[0]["text"].startswith("您的验证码")
        assert Staff(client, "admin").get("/notifications/outbox").status_code == 403
    with SmsReceiver() as receiver:
        real = make_platform(notifications=NotificationSettings(sms_gateway="http", sms_gateway_url=receiver.url,
                                                                email_gateway="smtp", immediate=False))
        with TestClient(create_app(platform=real), base_url="http://testserver") as client:
            answer = Staff(client, "service").get("/notifications/outbox")
            assert answer.status_code == 404 and answer.json()["code"] == "no_demo_outbox"
