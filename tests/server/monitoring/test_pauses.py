"""A rule's callback pauses every withdrawal: new requests, approvals and payouts are refused with a sentence
saying since when and why, until a finance manager (alert.manage) lifts the pause with a fresh one-time code."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.audit.service import Auditor
from server.monitoring import callbacks
from server.monitoring.models import Alert
from tests.server.conftest import Staff
from tests.server.ledger.conftest import grant_movements
from tests.server.monitoring.conftest import plant_notified_alert
from tests.server.withdrawals.conftest import CUSTOMER_SIDE, CustomerSide, Reviewer

YUAN = 100
NOON = datetime(2026, 12, 3, 4, 0, tzinfo=timezone.utc)  # 12:00 in Shanghai


def run_callbacks(platform, alert_id, fold_key="platform", params=None):
    """The evaluation's call for one finding folded into the alert, in its transaction, audited as the system."""
    from server.monitoring.rule_registry import Finding

    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "monitoring", "monitoring:evaluate")
        callbacks.run_callbacks(db, audit, db.get(Alert, alert_id), Finding(fold_key, params or {}))
        audit.seal()
        db.commit()


@pytest.fixture
def customers(platform, client) -> CustomerSide:
    grant_movements(platform, CUSTOMER_SIDE)
    return CustomerSide(Staff(client, CUSTOMER_SIDE))


@pytest.mark.clock
def test_a_broken_audit_chain_pauses_withdrawals_until_a_finance_manager_lifts_it(platform, client, customers):
    finance, finlead, risk = Reviewer(client, "finance"), Reviewer(client, "finlead"), Reviewer(client, "risk")
    customers.recharge("C1", 10_000 * YUAN)
    waiting = customers.withdrawal("C1", 3_000 * YUAN)
    assert waiting["state"] == "pending_review"
    assert risk.get("/monitoring/pauses").json() == [{"kind": "withdrawals", "paused": False, "since": None,
                                                      "reason": None, "alert_id": None, "by": None}]
    with clock.use(clock.FixedClock(NOON)):
        alert_id = plant_notified_alert(platform, "audit_chain_broken", event=None)
        run_callbacks(platform, alert_id)
    (pause,) = risk.get("/monitoring/pauses").json()
    reason = pause.pop("reason")
    assert pause == {"kind": "withdrawals", "paused": True, "since": "2026-12-03T04:00:00+00:00",
                     "alert_id": alert_id, "by": "监控系统"}
    assert reason.startswith(f"告警 {alert_id} 号：")  # and the rule's title
    # A new request, an approval (and so a payout) are refused, in words.
    asked = customers.ask("C1", 100 * YUAN)
    assert asked.status_code == 409 and asked.json()["code"] == "withdrawals_paused"
    assert asked.json()["detail"].startswith(f"因告警 {alert_id} 号")
    assert "提现自 2026-12-03 12:00（上海时间）起已暂停" in asked.json()["detail"]
    approved = finance.approve(waiting)
    assert approved.status_code == 409 and approved.json()["code"] == "withdrawals_paused"
    english = finance.client.post(f"/api/v1/withdrawals/{waiting['id']}/approve", json={"version": waiting["version"]},
                                  headers=finance.headers | finance.step_up_headers() | {"Accept-Language": "en"})
    assert english.json()["detail"].startswith("Withdrawals are paused since 2026-12-03 12:00 (Shanghai time)")
    # The same alert seen again does not pause anew; lifting needs alert.manage, then a fresh one-time code.
    run_callbacks(platform, alert_id)
    lift = "/api/v1/monitoring/pauses/withdrawals/lift"
    refused = risk.client.post(lift, json={"note": "查明"}, headers=risk.headers | risk.step_up_headers())
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    no_code = finlead.client.post(lift, json={"note": "审计链已核实"}, headers=finlead.headers)
    assert no_code.status_code == 403 and no_code.json()["code"] == "step_up_required"
    no_note = finlead.client.post(lift, json={"note": " "}, headers=finlead.headers | finlead.step_up_headers())
    assert no_note.status_code == 422
    lifted = finlead.client.post(lift, json={"note": "审计链已核实，恢复提现"},
                                 headers=finlead.headers | finlead.step_up_headers())
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["paused"] is False
    # Withdrawals work again, and the repeat of the same alert does not pause them again.
    run_callbacks(platform, alert_id)
    assert finance.approve(waiting).json()["state"] == "paid"
    assert customers.ask("C1", 100 * YUAN).status_code == 201
    with platform.db.read() as db:
        actions = [(r.action, r.actor_name) for r in db.scalars(select(AuditRecord).where(
            AuditRecord.action.in_(["monitoring.paused", "monitoring.callback", "monitoring.pause_lifted"]))
            .order_by(AuditRecord.seq))]
        assert actions == [("monitoring.paused", "system"), ("monitoring.callback", "system"),
                           ("monitoring.pause_lifted", "finlead")]
        callback = db.scalar(select(AuditRecord).where(AuditRecord.action == "monitoring.callback"))
        assert callback.after["alert_id"] == alert_id and callback.object_id == str(alert_id)


def test_a_pause_lifted_when_none_is_on_is_said_in_words(client):
    finlead = Reviewer(client, "finlead")
    answer = finlead.client.post("/api/v1/monitoring/pauses/withdrawals/lift", json={"note": "无"},
                                 headers=finlead.headers | finlead.step_up_headers())
    assert answer.status_code == 409 and answer.json()["detail"] == "提现没有暂停。"
