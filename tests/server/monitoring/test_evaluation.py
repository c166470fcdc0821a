"""The evaluation: findings fold into one alert per subject, self-clearing rules resolve their alerts as the
system, unacknowledged critical alerts escalate once, and a minute that changes nothing writes no audit record."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from server import clock
from server.audit.models import AuditRecord
from server.monitoring.evaluation import evaluate
from server.monitoring.models import Alert, MonitoringSetting
from server.scheduler.jobs import JOBS
from server.scheduler.models import JobRun
from server.scheduler.runner import Scheduler
from tests.server.monitoring.conftest import alerts_of, audit_as, plant_alert

pytestmark = pytest.mark.clock


def _audit_count(platform, action=None) -> int:
    with platform.db.read() as db:
        stmt = select(func.count()).select_from(AuditRecord)
        if action:
            stmt = stmt.where(AuditRecord.action == action)
        return db.scalar(stmt)


def _fail_sign_ins(platform, username, n, address="10.0.0.7"):
    for _ in range(n):
        audit_as(platform, username, "auth.sign_in_failed", after={"reason": "invalid_credentials"}, address=address)


def test_repeated_findings_fold_into_one_alert_that_counts_them(platform, moment, no_alerts):
    evaluate(platform)  # the first look: from here on, what comes since
    moment.advance(timedelta(seconds=20))
    _fail_sign_ins(platform, "risk", 5)
    moment.advance(timedelta(seconds=40))
    opened = _audit_count(platform, "alert.opened")
    assert evaluate(platform)["opened"] >= 1
    [alert] = alerts_of(platform, "failed_sign_ins_account")
    assert (alert.fold_key, alert.count, alert.state, alert.severity) == ("account:risk", 1, "open", "warning")
    assert alert.params == {"username": "risk", "name": "李明", "count": 5, "minutes": 10}
    assert len(alert.evidence["failures"]) == 5 and alert.evidence["failures"][0]["address"] == "10.0.0.7"
    assert _audit_count(platform, "alert.opened") == opened + 1
    first_seen = alert.first_seen_at

    moment.advance(timedelta(seconds=30))
    _fail_sign_ins(platform, "risk", 1)
    moment.advance(timedelta(seconds=30))
    evaluate(platform)
    [alert] = alerts_of(platform, "failed_sign_ins_account")
    assert alert.count == 2 and alert.params["count"] == 6 and alert.version == 1
    assert alert.first_seen_at == first_seen and alert.last_seen_at > first_seen
    assert _audit_count(platform, "alert.opened") == opened + 1  # folding is not audited
    moment.advance(timedelta(minutes=1))
    evaluate(platform)  # no new failure: the burst is not counted again
    assert alerts_of(platform, "failed_sign_ins_account")[0].count == 2


def test_a_quiet_minute_writes_no_audit_record_even_through_the_scheduler(platform, moment, no_alerts):
    evaluate(platform)
    moment.advance(timedelta(minutes=1))
    evaluate(platform)  # what the demo's state finds has folded by now
    before = _audit_count(platform)
    moment.advance(timedelta(minutes=1))
    counts = evaluate(platform)
    assert counts["opened"] == counts["resolved"] == counts["escalated"] == counts["failed"] == 0
    assert _audit_count(platform) == before

    job = next(j for j in JOBS if j.name == "monitoring")
    moment.advance(timedelta(minutes=1))
    scheduler = Scheduler(platform, holder="test")
    [slot] = job.schedule.due(clock.now(), None)
    assert scheduler.run_slot(job, slot).outcome == "succeeded"
    assert _audit_count(platform) == before  # the run is in the runs' table only
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(JobRun).where(JobRun.job == "monitoring")) == 1
    # a minute that opens an alert is audited: the alert and the job's run
    moment.advance(timedelta(seconds=10))
    _fail_sign_ins(platform, "finance", 5)
    moment.advance(timedelta(seconds=50))
    [slot] = job.schedule.due(clock.now(), slot.key)
    result = scheduler.run_slot(job, slot)
    assert result.outcome == "succeeded" and result.counts["opened"] == 1
    assert _audit_count(platform, "alert.opened") >= 1
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "scheduler.job_run", AuditRecord.object_id == f"monitoring:{slot.key}")) == 1


def test_a_self_clearing_rule_resolves_its_alert_as_the_system(platform, moment, no_alerts, staff):
    from server.withdrawals.models import Withdrawal
    from tests.server.monitoring.test_rules_business import plant_withdrawal

    number = plant_withdrawal(platform, "CU-CLEAR1", 100_000, hours_ago=3, state="pending_review")
    evaluate(platform)
    [alert] = [a for a in alerts_of(platform, "withdrawal_waiting") if a.fold_key == f"withdrawal:{number}"]
    assert alert.state == "open"
    with platform.db.write() as db:
        db.scalar(select(Withdrawal).where(Withdrawal.number == number)).state = "paid"
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = [a for a in alerts_of(platform, "withdrawal_waiting") if a.fold_key == f"withdrawal:{number}"]
    assert (alert.state, alert.resolved_by, alert.version) == ("resolved", "system", 2)
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "alert.resolved", AuditRecord.object_id == str(alert.id),
            AuditRecord.actor_name == "system")) == 1
    seen = staff("admin").client.get(f"/api/v1/alerts/{alert.id}", headers=staff("admin").headers
                                     | {"Accept-Language": "en"}).json()
    assert seen["resolved_by_name"] == "System" and seen["state"] == "resolved"


def test_an_unacknowledged_critical_alert_escalates_once_after_its_minutes(platform, moment, no_alerts):
    evaluate(platform)
    critical = plant_alert(platform, rule="audit_chain_broken", fold_key="seq:1", area="security",
                           severity="critical", params={"seq": 1}, first_seen_at=clock.now(),
                           last_seen_at=clock.now())
    acknowledged = plant_alert(platform, rule="audit_chain_broken", fold_key="seq:2", area="security",
                               severity="critical", state="acknowledged", params={"seq": 2},
                               first_seen_at=clock.now(), last_seen_at=clock.now())
    with platform.db.write() as db:
        db.add(MonitoringSetting(key="escalation", value={"minutes": 10}))
        db.commit()
    moment.advance(timedelta(minutes=9))
    assert evaluate(platform)["escalated"] == 0
    moment.advance(timedelta(minutes=2))
    assert evaluate(platform)["escalated"] == 1
    moment.advance(timedelta(minutes=1))
    assert evaluate(platform)["escalated"] == 0
    with platform.db.read() as db:
        assert db.get(Alert, critical).escalated_at is not None
        assert db.get(Alert, acknowledged).escalated_at is None
        assert db.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "alert.escalated", AuditRecord.object_id == str(critical))) == 1


def test_escalation_follows_the_minutes_an_administrator_sets(platform, moment, no_alerts, staff):
    admin = staff("admin")
    answer = admin.client.put("/api/v1/monitoring/escalation", headers=admin.headers,
                              json={"minutes": 40, "version": 1})
    assert answer.status_code == 200, answer.text
    evaluate(platform)
    critical = plant_alert(platform, rule="audit_chain_broken", fold_key="seq:7", area="security",
                           severity="critical", params={"seq": 7}, first_seen_at=clock.now(),
                           last_seen_at=clock.now())
    moment.advance(timedelta(minutes=20))  # past the default 15 minutes: not yet
    assert evaluate(platform)["escalated"] == 0
    moment.advance(timedelta(minutes=21))
    assert evaluate(platform)["escalated"] == 1
    with platform.db.read() as db:
        record = db.scalar(select(AuditRecord).where(AuditRecord.action == "alert.escalated",
                                                     AuditRecord.object_id == str(critical)))
    assert record.after["minutes"] == 40


def test_a_disabled_rule_does_not_run(platform, moment, no_alerts, staff):
    admin = staff("admin")
    answer = admin.client.put("/api/v1/monitoring/rules/failed_sign_ins_account", headers=admin.headers,
                              json={"enabled": False, "thresholds": {}, "version": 1})
    assert answer.status_code == 200, answer.text
    evaluate(platform)
    moment.advance(timedelta(seconds=10))
    _fail_sign_ins(platform, "risk", 6)
    moment.advance(timedelta(seconds=50))
    evaluate(platform)
    assert alerts_of(platform, "failed_sign_ins_account") == []
