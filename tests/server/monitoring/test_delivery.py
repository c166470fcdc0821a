"""Alert delivery: recipients by severity and area (set by an administrator), one message per recipient and channel
queued with the alert, in Chinese, delivered and retried by the notifications' dispatcher, visible on the alert."""

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server import clock
from server.app import create_app
from server.audit.models import AuditRecord
from server.monitoring import delivery
from server.monitoring.rule_registry import RULES, Rule
from server.notifications import dispatcher
from server.notifications.models import OutboxMessage
from server.notifications.settings import NotificationSettings
from tests.server.conftest import Staff
from tests.server.monitoring.conftest import plant_notified_alert
from tests.support.loopback_gateways import SignedReceiver

NOON = datetime(2026, 12, 3, 4, 0, tzinfo=timezone.utc)  # 12:00 in Shanghai
WANG = {"name": "王芳", "email": "wang.fang@p2p.example", "mobile": "13800138001", "wecom_user": "WangFang",
        "severities": ["critical"], "areas": ["security", "funds"]}
LI = {"name": "李雷", "email": "li.lei@p2p.example", "mobile": None, "wecom_user": None,
      "severities": ["warning", "critical"], "areas": []}


@pytest.fixture
def planted_rule(monkeypatch):
    """A rule as a rule module registers it, so the message can say the rule's sentence."""
    monkeypatch.setitem(RULES, "test_chain", Rule(
        "test_chain", "security", "critical", "Planted rule fired at record {seq}.", "Planted rule", {},
        lambda ctx: []))
    return "test_chain"


@pytest.fixture
def quiet(make_platform):
    platform = make_platform(notifications=NotificationSettings(immediate=False))
    with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
        yield platform, client


def _set_recipients(admin: Staff, items, version=0):
    answer = admin.client.put("/api/v1/monitoring/recipients", headers=admin.headers,
                              json={"recipients": items, "version": version})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _messages(platform, alert_id):
    with platform.db.read() as db:
        return db.scalars(select(OutboxMessage).where(OutboxMessage.alert_id == alert_id)
                          .order_by(OutboxMessage.id)).all()


def test_recipients_are_empty_until_an_administrator_sets_them_with_the_version_they_read(quiet):
    platform, client = quiet
    admin = Staff(client, "admin")
    assert admin.get("/monitoring/recipients").json() == {"recipients": [], "version": 0}
    saved = _set_recipients(admin, [WANG, LI])
    assert saved["version"] == 1 and [r["name"] for r in saved["recipients"]] == ["王芳", "李雷"]
    assert admin.get("/monitoring/recipients").json() == saved
    stale = admin.client.put("/api/v1/monitoring/recipients", headers=admin.headers,
                             json={"recipients": [LI], "version": 0})
    assert stale.status_code == 409 and stale.json()["current"]["version"] == 1
    wrong = admin.client.put("/api/v1/monitoring/recipients", headers=admin.headers,
                             json={"recipients": [{**LI, "severities": ["urgent"]}], "version": 1})
    assert wrong.status_code == 422
    risklead = Staff(client, "risklead")
    assert risklead.get("/monitoring/recipients").status_code == 403
    refused = risklead.client.put("/api/v1/monitoring/recipients", headers=risklead.headers,
                                  json={"recipients": [], "version": 1})
    assert refused.status_code == 403
    with platform.db.read() as db:
        record = db.scalar(select(AuditRecord).where(AuditRecord.action == "monitoring.recipients_updated"))
        assert record.actor_name == "admin" and record.after["names"] == ["王芳", "李雷"]
        assert "13800138001" not in str(record.after)  # who receives, not their addresses


@pytest.mark.clock
def test_an_alert_queues_one_chinese_message_per_recipient_and_channel_they_receive(quiet, planted_rule):
    platform, client = quiet
    admin = Staff(client, "admin")
    _set_recipients(admin, [WANG, LI])
    with clock.use(clock.FixedClock(NOON)):
        critical = plant_notified_alert(platform, planted_rule, params={"seq": 42})
        warning_loans = plant_notified_alert(platform, planted_rule, severity="warning", area="loans")
        info = plant_notified_alert(platform, planted_rule, severity="info")
    sent = [(m.channel, m.recipient) for m in _messages(platform, critical)]
    # WeChat Work is off until an administrator turns it on; 李雷 has no mobile.
    assert sent == [("email", "wang.fang@p2p.example"), ("sms", "13800138001"), ("email", "li.lei@p2p.example")]
    mail = _messages(platform, critical)[0]
    assert mail.subject == f"【严重】P2P 平台监控告警 {critical} 号：Planted rule"
    assert mail.text == (f"【P2P平台监控】【严重】新告警 {critical} 号：Planted rule fired at record 42.\n"
                         f"首次发现 2026-12-03 12:00，最近一次 2026-12-03 12:00（上海时间），共 3 次。"
                         f"请在运营后台的“告警”中查看（{critical} 号）。")
    # Only 李雷 takes warnings (of every area); nobody takes info.
    assert [(m.channel, m.recipient) for m in _messages(platform, warning_loans)] == [("email", "li.lei@p2p.example")]
    assert _messages(platform, info) == []
    # The same event again queues nothing more; resolving tells the same people once. All at noon, the alerts'
    # time: the messages are due from the moment they were queued, whatever the machine's date.
    with platform.db.write() as db, clock.use(clock.FixedClock(NOON)):
        from server.monitoring.models import Alert

        alert = db.get(Alert, critical)
        delivery.notify(db, alert, "opened")
        delivery.notify(db, alert, "escalated")
        delivery.notify(db, alert, "resolved")
        db.commit()
    told = _messages(platform, critical)
    assert [m.purpose for m in told] == ["alert.opened"] * 3 + ["alert.escalated"] * 3 + ["alert.resolved"] * 3
    assert told[3].subject == f"【严重】P2P 平台监控告警 {critical} 号仍未确认：Planted rule"
    assert told[6].text.startswith(f"【P2P平台监控】告警 {critical} 号已解决：Planted rule fired at record 42.")
    # The demo platform "sends" them into its outbox, where they show like every other message.
    with clock.use(clock.FixedClock(NOON + timedelta(minutes=1))):
        assert dispatcher.deliver_due(platform).sent == 10
    outbox = Staff(client, "service").get("/notifications/outbox").json()
    assert {m["to"] for m in outbox if m["purpose"] == "alert.opened"} >= {"w***@p2p.example", "138****8001"}
    with platform.db.read() as db:
        shown = delivery.deliveries_of(db, [critical, info])
    assert list(shown) == [critical]
    assert shown[critical][0] == {"channel": "email", "to": "w***@p2p.example", "state": "sent", "attempts": 1,
                                  "last_error": None, "event": "opened"}


@pytest.mark.clock
def test_a_failing_gateway_is_retried_with_backoff_and_its_error_shows_on_the_alert_in_words(make_platform):
    with SignedReceiver("sms-signing-key", failures=2) as gateway, clock.use(clock.FixedClock(NOON)) as now:
        platform = make_platform(notifications=NotificationSettings(immediate=False))
        with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
            admin = Staff(client, "admin")
            _set_recipients(admin, [{**WANG, "email": None}])
            answer = admin.client.put("/api/v1/monitoring/channels/sms", headers=admin.headers, json={
                "enabled": True, "settings": {"url": gateway.url}, "secret": "sms-signing-key", "version": 0})
            assert answer.status_code == 200, answer.text
            alert_id = plant_notified_alert(platform)
            assert dispatcher.deliver_due(platform).retrying == 1
            with platform.db.read() as db:
                (shown,) = delivery.deliveries_of(db, [alert_id])[alert_id]
                english = delivery.deliveries_of(db, [alert_id], "en")[alert_id][0]["last_error"]
            assert (shown["channel"], shown["to"], shown["state"], shown["attempts"]) == ("sms", "138****8001",
                                                                                       "queued", 1)
            assert shown["last_error"] == "短信网关拒收了这条消息（HTTP 500）。"
            assert english == "The SMS gateway refused the message (HTTP 500)."
            seen = admin.client.get(f"/api/v1/alerts/{alert_id}", headers=admin.headers | {"Accept-Language": "en"})
            assert seen.json()["deliveries"][0]["last_error"] == english  # the alert list, in the reader's language
            assert dispatcher.deliver_due(platform).counts() == {"sent": 0, "retrying": 0, "failed": 0}  # waits 30 s
            now.advance(timedelta(seconds=30))
            assert dispatcher.deliver_due(platform).retrying == 1
            now.advance(timedelta(seconds=60))
            assert dispatcher.deliver_due(platform).sent == 1
            with platform.db.read() as db:
                (shown,) = delivery.deliveries_of(db, [alert_id])[alert_id]
            assert (shown["state"], shown["attempts"], shown["last_error"]) == ("sent", 3, None)
            assert [p["verified"] for p in gateway.posts] == [True, True, True]
            assert gateway.accepted[0]["to"] == "13800138001"
