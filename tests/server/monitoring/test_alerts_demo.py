"""The demo's alerts: made by the rules from planted failed sign-ins where they can be, in the demo outbox."""

import pytest

pytestmark = pytest.mark.clock  # the demo is planted at the platform's now


def test_the_demo_shows_an_open_critical_an_acknowledged_warning_and_a_resolved_alert(platform, staff):
    from server.demo import seed_demo_book

    with platform.db.write() as db:
        seed_demo_book(db, platform.settings, 20)
        db.commit()
    admin = staff("admin")
    body = admin.client.get("/api/v1/alerts", headers=admin.headers | {"Accept-Language": "zh-CN"}).json()
    by_rule = {a["rule"]: a for a in body["items"]}
    assert set(by_rule) == {"failed_sign_ins_address", "failed_sign_ins_account", "large_withdrawal"}
    guessing = by_rule["failed_sign_ins_address"]
    assert (guessing["state"], guessing["severity"], guessing["params"]["count"]) == ("open", "critical", 60)
    assert len(guessing["evidence"]["failures"]) == 20 and "203.0.113.77" in guessing["message"]
    forgot = by_rule["failed_sign_ins_account"]
    assert (forgot["state"], forgot["severity"], forgot["params"]["username"]) == ("acknowledged", "warning", "finance")
    assert forgot["acknowledged_note"] and forgot["acknowledged_by_name"] != "admin"
    large = by_rule["large_withdrawal"]
    assert large["state"] == "resolved" and large["resolved_note"] and "80,000.00" in large["message"]
    assert body["counts"] == {"open": 1, "acknowledged": 1, "critical_open": 1}
    # the finance clerk sees the funds alert only; customer service none of these
    finance = {a["rule"] for a in staff("finance").get("/alerts").json()["items"]}
    assert finance == {"large_withdrawal"}
    assert staff("service").get("/alerts").json()["items"] == []


def test_the_demo_names_recipients_so_its_alerts_reach_the_demo_outbox(platform, staff):
    from sqlalchemy import select

    from server.demo import seed_demo_book
    from server.monitoring import delivery
    from server.monitoring.models import Alert
    from server.notifications.models import OutboxMessage

    with platform.db.write() as db:
        seed_demo_book(db, platform.settings, 20)
        db.commit()
    with platform.db.read() as db:
        people = delivery.recipients(db)
        critical = db.scalar(select(Alert).where(Alert.rule == "failed_sign_ins_address"))
        forgot = db.scalar(select(Alert).where(Alert.rule == "failed_sign_ins_account"))
        told = {a.id: [(m.channel, m.recipient, m.purpose) for m in db.scalars(
            select(OutboxMessage).where(OutboxMessage.alert_id == a.id).order_by(OutboxMessage.id))]
            for a in (critical, forgot)}
    assert {(p.name, p.email) for p in people} == {("赵强", "admin@p2p.example"), ("刘洋", "finlead@p2p.example")}
    assert all(p.receives(critical) for p in people if "critical" in p.severities)
    # the open critical alert: the administrator and the finance manager by e-mail; the security warning: the admin
    assert sorted(told[critical.id]) == [("email", "admin@p2p.example", "alert.opened"),
                                         ("email", "finlead@p2p.example", "alert.opened")]
    assert told[forgot.id] == [("email", "admin@p2p.example", "alert.opened")]
    # what the demo outbox shows (customer service reads it), masked
    shown = [m for m in staff("service").get("/notifications/outbox").json() if m["purpose"] == "alert.opened"]
    assert len(shown) == 3 and all(m["channel"] == "email" and "@" in m["to"] for m in shown)
    assert any("203.0.113.77" in m["text"] for m in shown)
