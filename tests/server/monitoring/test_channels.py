"""Alert channels set in the console: e-mail over SMTP with STARTTLS and a sign-in (a real aiosmtpd on loopback),
SMS and WeChat Work through HTTP gateways whose payloads a real loopback receiver verifies by their signature;
secrets write-only, stored encrypted, in no answer, log line or repr."""

import logging

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from server.app import create_app
from server.audit.models import AuditRecord
from server.monitoring import channel_settings, delivery
from server.notifications import dispatcher
from server.notifications.settings import NotificationSettings
from tests.server.conftest import Staff
from tests.server.monitoring.conftest import plant_notified_alert
from tests.support.loopback_gateways import SignedReceiver, StartTlsSmtp

SMTP_PASSWORD = "smtp-Pa55-never-shown-91c2"
GATEWAY_KEY = "gateway-key-never-shown-4d7e"
RECIPIENT = {"name": "王芳", "email": "wang.fang@p2p.example", "mobile": "13800138001", "wecom_user": "WangFang",
             "severities": [], "areas": []}


@pytest.fixture
def quiet(make_platform):
    platform = make_platform(notifications=NotificationSettings(immediate=False))
    with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
        yield platform, Staff(client, "admin")


def _put(admin: Staff, channel: str, body: dict):
    return admin.client.put(f"/api/v1/monitoring/channels/{channel}", headers=admin.headers, json=body)


def _configure(admin: Staff, channel: str, settings: dict, secret: str | None, enabled=True):
    version = next(c["version"] for c in admin.get("/monitoring/channels").json() if c["channel"] == channel)
    answer = _put(admin, channel, {"enabled": enabled, "settings": settings, "secret": secret, "version": version})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _recipients(admin: Staff, items):
    version = admin.get("/monitoring/recipients").json()["version"]
    answer = admin.client.put("/api/v1/monitoring/recipients", headers=admin.headers,
                              json={"recipients": items, "version": version})
    assert answer.status_code == 200, answer.text


def test_channel_settings_are_the_environments_until_set_and_the_secret_is_write_only(quiet, caplog):
    caplog.set_level(logging.DEBUG)
    platform, admin = quiet
    channels = admin.get("/monitoring/channels").json()
    assert [(c["channel"], c["enabled"], c["secret_set"], c["version"]) for c in channels] == [
        ("email", True, False, 0), ("sms", True, False, 0), ("wecom", False, False, 0)]
    saved = _configure(admin, "email", {"host": "smtp.p2p.example", "port": 587, "sender": "alerts@p2p.example",
                                        "starttls": True, "username": "alerts"}, SMTP_PASSWORD)
    assert saved["secret_set"] is True and saved["version"] == 1 and saved["settings"]["host"] == "smtp.p2p.example"
    # Saving again without a secret keeps it; a stale version is refused with the current settings.
    again = _configure(admin, "email", {**saved["settings"], "port": 2525}, None)
    assert again["secret_set"] is True and again["settings"]["port"] == 2525
    stale = _put(admin, "email", {"enabled": True, "settings": {}, "version": 1})
    assert stale.status_code == 409 and stale.json()["current"]["version"] == 2
    assert _put(admin, "sms", {"enabled": True, "settings": {"url": "ftp://x"}, "version": 0}).status_code == 422
    assert _put(admin, "sms", {"enabled": True, "settings": {"token": "x"}, "version": 0}).status_code == 422
    bad_port = _put(admin, "email", {"enabled": True, "settings": {"port": 70000}, "secret": SMTP_PASSWORD,
                                     "version": 2})
    assert bad_port.status_code == 422 and SMTP_PASSWORD not in bad_port.text
    assert [e["field"] for e in bad_port.json()["errors"]] == ["settings.port"]
    assert Staff(admin.client, "risklead").get("/monitoring/channels").status_code == 403
    listed = admin.client.get("/api/v1/monitoring/channels", headers=admin.headers).text
    assert SMTP_PASSWORD not in listed and "secret\"" not in listed.replace("secret_set", "")
    with platform.db.read() as db:
        stored = db.execute(text("SELECT secret FROM monitoring_settings WHERE key = 'channel.email'")).scalar()
        assert stored and SMTP_PASSWORD not in stored  # encrypted with the server's key ring
        records = db.query(AuditRecord).filter(AuditRecord.action == "monitoring.channel_updated").all()
        assert [r.after["secret_changed"] for r in records] == [True, False]
        assert all(SMTP_PASSWORD not in str(r.after) + str(r.before) for r in records)
        row = db.get(channel_settings.MonitoringSetting, "channel.email")
        channel = channel_settings.build_channel(platform, row, "email")
        assert SMTP_PASSWORD not in repr(channel) and SMTP_PASSWORD not in repr(row)
    assert SMTP_PASSWORD not in caplog.text
    # Removing the secret ("") says so.
    assert _configure(admin, "email", again["settings"], "")["secret_set"] is False


def test_an_alert_email_arrives_over_starttls_with_the_sign_in_checked(quiet, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    platform, admin = quiet
    with StartTlsSmtp(tmp_path, "alerts", SMTP_PASSWORD) as smtp:
        # The client trusts the test's self-signed certificate as it would a company CA's.
        monkeypatch.setenv("SSL_CERT_FILE", str(smtp.cert_path))
        _configure(admin, "email", {"host": "127.0.0.1", "port": smtp.port, "sender": "alerts@p2p.example",
                                    "starttls": True, "username": "alerts"}, SMTP_PASSWORD)
        _configure(admin, "sms", {}, None, enabled=False)
        _recipients(admin, [RECIPIENT])
        alert_id = plant_notified_alert(platform)
        assert dispatcher.deliver_due(platform).sent == 1
        (sender, recipients, mail, signed_in_as, over_tls), = smtp.messages
        assert (sender, recipients, signed_in_as, over_tls) == ("alerts@p2p.example", ["wang.fang@p2p.example"],
                                                              "alerts", True)
        assert smtp.logins == [("LOGIN", "alerts", True)]
        assert mail["Subject"].startswith(f"【严重】P2P 平台监控告警 {alert_id} 号")
        assert f"新告警 {alert_id} 号" in mail.get_content()
        # A wrong password is refused by the server: the message waits for a retry, the reason on the alert.
        _configure(admin, "email", {"host": "127.0.0.1", "port": smtp.port, "sender": "alerts@p2p.example",
                                    "starttls": True, "username": "alerts"}, "wrong-password")
        second = plant_notified_alert(platform, fold_key="other")
        assert dispatcher.deliver_due(platform).retrying == 1
        with platform.db.read() as db:
            (shown,) = delivery.deliveries_of(db, [second])[second]
        assert shown["state"] == "queued" and shown["last_error"] == "邮件服务器拒绝了登录（535）。"
        assert smtp.logins[-1] == ("LOGIN", "alerts", False) and len(smtp.messages) == 1
    assert SMTP_PASSWORD not in caplog.text and "wrong-password" not in caplog.text


def test_sms_and_wechat_work_payloads_are_signed_and_verified_by_the_gateway(quiet, caplog):
    caplog.set_level(logging.DEBUG)
    platform, admin = quiet
    with SignedReceiver(GATEWAY_KEY) as sms, SignedReceiver(GATEWAY_KEY) as wecom:
        _configure(admin, "email", {}, None, enabled=False)
        _configure(admin, "sms", {"url": sms.url}, GATEWAY_KEY)
        _configure(admin, "wecom", {"url": wecom.url, "timeout_seconds": 5}, GATEWAY_KEY)
        _recipients(admin, [RECIPIENT])
        alert_id = plant_notified_alert(platform)
        assert dispatcher.deliver_due(platform).sent == 2
        (sms_post,), (wecom_post,) = sms.posts, wecom.posts
        assert sms_post["verified"] and wecom_post["verified"]
        assert sms_post["body"]["to"] == "13800138001" and f"新告警 {alert_id} 号" in sms_post["body"]["text"]
        assert wecom_post["body"]["touser"] == "WangFang" and wecom_post["body"]["msgtype"] == "text"
        assert f"新告警 {alert_id} 号" in wecom_post["body"]["text"]["content"]
        with platform.db.read() as db:
            shown = delivery.deliveries_of(db, [alert_id])[alert_id]
        assert [(d["channel"], d["to"], d["state"]) for d in shown] == [("sms", "138****8001", "sent"),
                                                                        ("wecom", "Wa***", "sent")]
        # A gateway whose key differs refuses (401): shown on the alert, retried later.
        _configure(admin, "wecom", {"url": wecom.url}, "another-key")
        second = plant_notified_alert(platform, fold_key="second")
        dispatcher.deliver_due(platform)
        assert wecom.posts[-1]["verified"] is False
        with platform.db.read() as db:
            errors = {d["channel"]: d["last_error"] for d in delivery.deliveries_of(db, [second])[second]}
        assert errors == {"sms": None, "wecom": "企业微信网关拒收了这条消息（HTTP 401）。"}
    assert GATEWAY_KEY not in caplog.text


def test_a_test_message_answers_its_outcome_in_words(quiet):
    platform, admin = quiet
    with SignedReceiver(GATEWAY_KEY, failures=1, status=500) as wecom:
        _configure(admin, "wecom", {"url": wecom.url}, GATEWAY_KEY)
        url = "/api/v1/monitoring/channels/wecom/test"
        failed = admin.client.post(url, headers=admin.headers, json={"to": "WangFang"})
        assert failed.status_code == 200, failed.text
        assert failed.json() == {"channel": "wecom", "to": "Wa***", "ok": False,
                                 "outcome": "测试消息未能送达：企业微信网关拒收了这条消息（HTTP 500）。"}
        worked = admin.client.post(url, headers=admin.headers | {"Accept-Language": "en"}, json={"to": "WangFang"})
        assert worked.json() == {"channel": "wecom", "to": "Wa***", "ok": True,
                                 "outcome": "The test message was handed to the gateway for Wa***."}
        assert wecom.accepted[-1]["text"]["content"].startswith("【P2P平台监控】")
    # No address given and none on the caller's record for WeChat Work: said in words.
    missing = admin.client.post(url, headers=admin.headers, json={})
    assert missing.status_code == 422 and missing.json()["code"] == "test_address_required"
    assert Staff(admin.client, "risklead").post("/monitoring/channels/wecom/test", {"to": "x"}).status_code == 403
    with platform.db.read() as db:
        tested = db.query(AuditRecord).filter(AuditRecord.action == "monitoring.channel_tested").all()
        assert [r.after["ok"] for r in tested] == [False, True]


def test_in_the_demo_wechat_work_messages_show_in_the_demo_outbox(quiet):
    platform, admin = quiet
    _configure(admin, "wecom", {}, None, enabled=True)
    _recipients(admin, [{**RECIPIENT, "email": None, "mobile": None}])
    alert_id = plant_notified_alert(platform)
    assert dispatcher.deliver_due(platform).sent == 1
    shown = Staff(admin.client, "service").get("/notifications/outbox").json()
    assert [(m["channel"], m["to"], m["state"]) for m in shown if m["purpose"] == "alert.opened"] == [
        ("wecom", "Wa***", "sent")]
    with platform.db.read() as db:
        assert delivery.deliveries_of(db, [alert_id])[alert_id][0]["state"] == "sent"


def test_the_environments_sms_gateway_signs_every_payload_when_a_signing_secret_is_set(make_platform):
    from server.notifications import outbox

    with SignedReceiver(GATEWAY_KEY) as gateway:
        settings = NotificationSettings(sms_gateway="http", sms_gateway_url=gateway.url,
                                        sms_signing_secret=GATEWAY_KEY, immediate=False)
        platform = make_platform(notifications=settings)
        with platform.db.write() as db:
            outbox.queue(db, "sms", "13800138000", "您的验证码为 123456。")
            db.commit()
        assert dispatcher.deliver_due(platform).sent == 1
        assert gateway.accepted == [{"to": "13800138000", "text": "您的验证码为 123456。"}]
        assert GATEWAY_KEY not in repr(settings)


def test_a_test_message_without_an_address_goes_to_the_callers_own_mobile(quiet):
    _platform, admin = quiet
    with SignedReceiver(GATEWAY_KEY) as sms:
        _configure(admin, "sms", {"url": sms.url}, GATEWAY_KEY)
        answer = admin.client.post("/api/v1/monitoring/channels/sms/test", headers=admin.headers)
        assert answer.json() == {"channel": "sms", "to": "138****0005", "ok": True,
                                 "outcome": "测试消息已交给网关，发往 138****0005。"}
        assert [p["to"] for p in sms.accepted] == ["13800000005"]  # 赵强's registered mobile
