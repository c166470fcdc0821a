"""The alert list, one alert, acknowledging and resolving over HTTP: areas by permission, words in the reader's
language, version checks, audit records; the rules' settings."""

import pytest
from sqlalchemy import select

from server.audit.models import AuditRecord
from server.monitoring.models import Alert
from tests.server.monitoring.conftest import plant_alert

pytestmark = pytest.mark.clock  # alerts are planted at the platform's now


def _ids(answer) -> set[int]:
    assert answer.status_code == 200, answer.text
    return {a["id"] for a in answer.json()["items"]}


def test_readers_see_the_alerts_of_their_areas_only(staff, platform, no_alerts):
    security = plant_alert(platform)
    funds = plant_alert(platform, rule="withdrawal_waiting", fold_key="withdrawal:WD1", area="funds",
                        severity="warning", params={"number": "WD1", "hours": 2})
    loans = plant_alert(platform, rule="loans_turning_overdue", fold_key="day:2026-12-03", area="loans",
                        severity="info", params={"count": 3})
    assert _ids(staff("service").get("/alerts")) == {loans}  # 客服: loans only
    assert _ids(staff("finance").get("/alerts")) == {funds}
    assert _ids(staff("risklead").get("/alerts")) == {security, loans}
    assert _ids(staff("admin").get("/alerts")) == {security, funds, loans}
    assert staff("service").get(f"/alerts/{funds}").status_code == 404
    assert staff("finance").get(f"/alerts/{funds}").status_code == 200


def test_the_list_filters_counts_and_speaks_the_readers_language(staff, platform, no_alerts):
    plant_alert(platform, severity="critical")
    plant_alert(platform, fold_key="account:finance", params={"username": "finance", "count": 6, "minutes": 10})
    plant_alert(platform, fold_key="account:admin", state="acknowledged", acknowledged_by="admin")
    admin = staff("admin")
    body = admin.get("/alerts").json()
    assert body["total"] == 3
    assert body["counts"] == {"open": 2, "acknowledged": 1, "critical_open": 1}
    assert _ids(admin.get("/alerts", params={"state": "acknowledged"})) and \
        admin.get("/alerts", params={"state": "acknowledged"}).json()["total"] == 1
    assert admin.get("/alerts", params={"severity": "critical"}).json()["total"] == 1
    assert admin.get("/alerts", params={"area": "funds"}).json()["total"] == 0
    assert admin.get("/alerts", params={"limit": 1}).json()["total"] == 3
    assert len(admin.get("/alerts", params={"limit": 1}).json()["items"]) == 1
    acknowledged = admin.get("/alerts", params={"state": "acknowledged"}).json()["items"][0]
    assert acknowledged["acknowledged_by_name"] != "admin"  # the person's name, not the code
    assert admin.get("/alerts", params={"state": "closed"}).status_code == 422
    english = admin.client.get("/api/v1/alerts", headers=admin.headers | {"Accept-Language": "en"}).json()["items"]
    chinese = admin.client.get("/api/v1/alerts", headers=admin.headers | {"Accept-Language": "zh-CN"}).json()["items"]
    finance_en = next(a for a in english if a["params"].get("username") == "finance")
    finance_zh = next(a for a in chinese if a["params"].get("username") == "finance")
    assert "finance" in finance_en["message"] and "6" in finance_en["message"]
    assert finance_en["message"] != finance_zh["message"] and "finance" in finance_zh["message"]
    assert finance_en["rule_title"] != finance_zh["rule_title"]
    assert finance_en["deliveries"] == [] or isinstance(finance_en["deliveries"], list)


def _audit(platform, action, alert_id):
    with platform.db.read() as db:
        return db.scalars(select(AuditRecord).where(AuditRecord.action == action,
                                                    AuditRecord.object_id == str(alert_id))).all()


def test_a_manager_acknowledges_then_resolves_with_a_note(staff, platform, no_alerts):
    alert_id = plant_alert(platform)
    lead = staff("risklead")
    answer = lead.post(f"/alerts/{alert_id}/acknowledge", {"note": "看过了", "version": 1})
    assert answer.status_code == 200, answer.text
    acknowledged = answer.json()
    assert acknowledged["state"] == "acknowledged" and acknowledged["acknowledged_note"] == "看过了"
    assert acknowledged["acknowledged_by_name"] and acknowledged["acknowledged_at"] and acknowledged["version"] == 2
    assert len(_audit(platform, "alert.acknowledged", alert_id)) == 1
    # a second acknowledgement of the same version is stale; of the new version, it is not open any more
    assert lead.post(f"/alerts/{alert_id}/acknowledge", {"version": 1}).status_code == 409
    assert lead.post(f"/alerts/{alert_id}/acknowledge", {"version": 2}).json()["code"] == "alert_not_open"
    assert lead.post(f"/alerts/{alert_id}/resolve", {"note": "  ", "version": 2}).status_code == 422
    assert lead.post(f"/alerts/{alert_id}/resolve", {"version": 2}).status_code == 422
    answer = lead.post(f"/alerts/{alert_id}/resolve", {"note": "账户本人忘记密码，已核实", "version": 2})
    assert answer.status_code == 200, answer.text
    assert answer.json()["state"] == "resolved" and answer.json()["resolved_note"] == "账户本人忘记密码，已核实"
    assert len(_audit(platform, "alert.resolved", alert_id)) == 1
    assert lead.post(f"/alerts/{alert_id}/resolve", {"note": "again", "version": 3}).json()["code"] == "alert_resolved"


def test_a_reader_without_alert_manage_is_refused(staff, platform, no_alerts):
    alert_id = plant_alert(platform)
    answer = staff("risk").post(f"/alerts/{alert_id}/acknowledge", {"version": 1})
    assert answer.status_code == 403
    assert staff("risk").post(f"/alerts/{alert_id}/resolve", {"note": "x", "version": 1}).status_code == 403
    with platform.db.read() as db:
        assert db.get(Alert, alert_id).state == "open"
    # a manager of another area does not see a loans alert to handle it
    loans = plant_alert(platform, rule="loans_turning_overdue", fold_key="day:x", area="loans", params={"count": 1})
    assert staff("finlead").post(f"/alerts/{loans}/acknowledge", {"version": 1}).status_code == 404


def test_rules_and_their_thresholds_are_settings_an_administrator_edits(staff, platform):
    admin = staff("admin")
    rules = admin.get("/monitoring/rules").json()
    by_name = {r["name"]: r for r in rules}
    account = by_name["failed_sign_ins_account"]
    assert account["defaults"] == {"count": 5, "minutes": 10} and account["thresholds"] == account["defaults"]
    assert account["enabled"] is True and account["version"] == 1 and account["title"]
    assert staff("service").get("/monitoring/rules").status_code == 200  # alert.read reads them

    put = lambda who, body, name="failed_sign_ins_account": who.client.put(  # noqa: E731
        f"/api/v1/monitoring/rules/{name}", headers=who.headers | {"Accept-Language": "en"}, json=body)
    assert put(staff("risklead"), {"enabled": True, "thresholds": {}, "version": 1}).status_code == 403
    wrong = put(admin, {"enabled": True, "thresholds": {"count": 0, "colour": 3, "minutes": "ten"}, "version": 1})
    assert wrong.status_code == 422
    fields = {e["field"]: e["message"] for e in wrong.json()["errors"]}
    assert set(fields) == {"thresholds.count", "thresholds.colour", "thresholds.minutes"}
    assert "count" in fields["thresholds.count"] and "colour" in fields["thresholds.colour"]
    assert put(admin, {"enabled": True, "thresholds": {"count": 3}, "version": 1}, "no_such_rule").status_code == 404
    answer = put(admin, {"enabled": False, "thresholds": {"count": 3}, "version": 1})
    assert answer.status_code == 200, answer.text
    assert answer.json()["thresholds"] == {"count": 3, "minutes": 10} and answer.json()["enabled"] is False
    assert answer.json()["version"] == 2
    assert put(admin, {"enabled": True, "thresholds": {}, "version": 1}).status_code == 409
    with platform.db.read() as db:
        assert db.scalars(select(AuditRecord).where(AuditRecord.action == "monitoring.rule_changed")).all()
    again = {r["name"]: r for r in admin.get("/monitoring/rules").json()}["failed_sign_ins_account"]
    assert again["thresholds"]["count"] == 3 and again["enabled"] is False


def test_a_threshold_edit_keeps_the_rules_callbacks_and_takes_a_fraction_where_one_makes_sense(staff, platform):
    from server.monitoring.models import MonitoringSetting

    with platform.db.write() as db:
        db.add(MonitoringSetting(key="rule.large_withdrawal", value={"enabled": True, "callbacks": ["pause_withdrawals"]},
                                 version=1))
        db.commit()
    admin = staff("admin")
    put = lambda body: admin.client.put("/api/v1/monitoring/rules/large_withdrawal",  # noqa: E731
                                        headers=admin.headers | {"Accept-Language": "en"}, json=body)
    answer = put({"enabled": True, "thresholds": {"multiple": 4.5, "days": 60.0}, "version": 1})
    assert answer.status_code == 200, answer.text
    assert answer.json()["thresholds"] == {"multiple": 4.5, "minimum_fen": 5_000_000, "days": 60}
    with platform.db.read() as db:
        value = db.get(MonitoringSetting, "rule.large_withdrawal").value
    assert value["callbacks"] == ["pause_withdrawals"] and value["multiple"] == 4.5 and value["days"] == 60
    for odd in (0.5, True, "100", [1]):  # a count of days is whole: never a fraction, a switch or words
        refused = put({"enabled": True, "thresholds": {"days": odd}, "version": 2})
        assert refused.status_code == 422 and [e["field"] for e in refused.json()["errors"]] == ["thresholds.days"]


def test_open_alerts_wait_for_the_managers_of_their_areas(staff, platform, no_alerts):
    plant_alert(platform)  # security
    plant_alert(platform, fold_key="account:finance", state="acknowledged")
    plant_alert(platform, rule="withdrawal_waiting", fold_key="withdrawal:WD9", area="funds",
                params={"number": "WD9", "customer": "CU1", "amount": "1.00", "hours": 2})

    def waiting(who):
        return {k["key"]: k["count"] for k in staff(who).get("/work/waiting").json()["items"]}

    assert waiting("admin")["alerts"] == 2  # every area (audit.read); the acknowledged one waits no more
    assert waiting("finlead")["alerts"] == 2  # security (alert.manage) and funds
    assert waiting("risklead")["alerts"] == 1
    assert "alerts" not in waiting("finance")  # reads alerts, does not handle them


def test_an_administrator_sets_the_escalation_time_and_others_cannot(staff, platform):
    from server.monitoring.models import MonitoringSetting

    admin = staff("admin")
    assert admin.get("/monitoring/escalation").json() == {"minutes": 15, "default_minutes": 15, "version": 1}
    assert staff("service").get("/monitoring/escalation").status_code == 200  # alert.read reads it
    put = lambda who, body: who.client.put("/api/v1/monitoring/escalation",  # noqa: E731
                                           headers=who.headers | {"Accept-Language": "en"}, json=body)
    assert put(staff("finance"), {"minutes": 30, "version": 1}).status_code == 403
    for wrong in (0, 1441, -5):
        refused = put(admin, {"minutes": wrong, "version": 1})
        assert refused.status_code == 422, refused.text
        assert refused.json()["code"] == "escalation_minutes_out_of_range"
        assert refused.json()["detail"] == "The escalation time must be from 1 to 1440 minutes."
        assert [e["field"] for e in refused.json()["errors"]] == ["minutes"]
    chinese = admin.client.put("/api/v1/monitoring/escalation", headers=admin.headers | {"Accept-Language": "zh-CN"},
                               json={"minutes": 0, "version": 1}).json()
    assert "1440" in chinese["detail"] and "minutes" not in chinese["detail"]
    assert put(admin, {"minutes": "30", "version": 1}).status_code == 422  # a number, not words
    assert put(admin, {"minutes": 30.5, "version": 1}).status_code == 422

    answer = put(admin, {"minutes": 30, "version": 1})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"minutes": 30, "default_minutes": 15, "version": 2}
    stale = put(admin, {"minutes": 45, "version": 1})  # someone saved meanwhile: the answer shows it as it is now
    assert stale.status_code == 409 and stale.json()["current"]["minutes"] == 30
    assert put(admin, {"minutes": 45, "version": 2}).json()["version"] == 3
    assert staff("risklead").get("/monitoring/escalation").json()["minutes"] == 45
    with platform.db.read() as db:
        assert db.get(MonitoringSetting, "escalation").value == {"minutes": 45}
        records = db.scalars(select(AuditRecord).where(AuditRecord.action == "monitoring.escalation_changed")
                             .order_by(AuditRecord.id)).all()
    assert [(r.actor_name, r.before, r.after) for r in records] == [
        ("admin", {"minutes": 15}, {"minutes": 30}), ("admin", {"minutes": 30}, {"minutes": 45})]
    listed = {language: admin.client.get("/api/v1/audit", params={"action": "monitoring.escalation_changed"},
                                         headers=admin.headers | {"Accept-Language": language}).json()["items"][0]
              for language in ("zh-CN", "en")}
    assert (listed["zh-CN"]["object_id"], listed["zh-CN"]["object_label"], listed["en"]["object_label"]) == (
        "escalation", "告警升级时间", "escalation time")  # the setting in words, its key stays on the wire


def test_the_list_sorts_by_severity_rank_area_state_count_and_time(staff, platform, no_alerts):
    from datetime import timedelta

    from server import clock

    now = clock.now()
    info = plant_alert(platform, rule="loans_turning_overdue", fold_key="day:1", area="loans", severity="info",
                       params={"count": 1}, count=9, last_seen_at=now - timedelta(minutes=1))
    critical = plant_alert(platform, fold_key="account:a", severity="critical", count=2, state="acknowledged",
                           last_seen_at=now - timedelta(minutes=3))
    warning = plant_alert(platform, rule="withdrawal_waiting", fold_key="withdrawal:WD7", area="funds",
                          params={"number": "WD7", "hours": 2}, count=5, last_seen_at=now - timedelta(minutes=2))
    admin = staff("admin")

    def order(sort=None):
        answer = admin.get("/alerts", params={"sort": sort} if sort else {})
        assert answer.status_code == 200, answer.text
        return [a["id"] for a in answer.json()["items"]]

    assert order() == order("-last_seen") == [info, warning, critical]
    assert order("last_seen") == [critical, warning, info]
    assert order("-severity") == [critical, warning, info]  # by rank, not by the codes' letters
    assert order("severity") == [info, warning, critical]
    assert order("area") == [critical, warning, info]  # security, funds, loans: the filters' order
    assert order("state") == [info, warning, critical]  # the open ones first (the latest seen first)
    assert order("-count") == [info, warning, critical]
    assert admin.get("/alerts", params={"sort": "rule"}).status_code == 422
