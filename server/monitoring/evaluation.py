"""The rules' evaluation, every minute (the scheduler's job `monitoring`, one runner across workers).

Each enabled rule looks at what changed since the previous evaluation (`evaluation.last` in the monitoring
settings) and answers findings; a finding folds into the open or acknowledged alert of the same rule and subject
(`fold_key`: the count goes up, last seen moves, the evidence is the latest) or opens a new alert, whose recipients
are told (delivery.notify). Each finding also runs the rule's callbacks (pause withdrawals, lock an account). A rule
that clears itself (`clears=True`) resolves, as the system, its alerts whose subject it no longer finds. Critical
alerts nobody acknowledged within the escalation time (setting `escalation`, {"minutes": 15}) escalate once.

The system's audit records: one per alert opened, resolved or escalated; a minute that changed none of these writes
none (the job's run is still recorded in the scheduler's table).
"""

import importlib
import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.monitoring.models import OPEN, RESOLVED, Alert, MonitoringSetting
from server.monitoring.rule_registry import RULE_MODULES, RULES, Finding, Rule, RuleContext

log = logging.getLogger("server.monitoring")

LAST = "evaluation.last"  # {"at": ISO time of the previous evaluation}
ESCALATION = "escalation"  # {"minutes": 15}
DEFAULT_ESCALATION_MINUTES = 15
SYSTEM = "system"
FIRST_LOOK_BACK = timedelta(minutes=1)  # the first evaluation of a database looks at the last minute


def load_rules() -> dict[str, Rule]:
    """Imports every rule module that exists (one still being built is skipped) and answers the registry."""
    for name in RULE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return RULES


def _enabled(rule: Rule, settings_values: dict) -> bool:
    return bool((settings_values.get(f"rule.{rule.name}") or {}).get("enabled", rule.enabled_by_default))


def _since(settings_values: dict, now: datetime) -> datetime:
    stored = (settings_values.get(LAST) or {}).get("at")
    try:
        since = datetime.fromisoformat(stored) if stored else None
    except (TypeError, ValueError):
        since = None
    if since is None or since >= now:  # a new database, or a clock set back
        return now - FIRST_LOOK_BACK
    return since


def _remember(db: Session, key: str, value: dict, now: datetime) -> None:
    setting = db.get(MonitoringSetting, key)
    if setting is None:
        db.add(MonitoringSetting(key=key, value=value, updated_by=SYSTEM, updated_at=now))
    else:
        setting.value, setting.updated_by, setting.updated_at = value, SYSTEM, now


def _fold(db: Session, audit: Auditor, rule: Rule, finding: Finding, now: datetime, counts: dict) -> Alert:
    from server.monitoring import delivery

    alert = db.scalar(select(Alert).where(Alert.rule == rule.name, Alert.fold_key == finding.fold_key,
                                          Alert.state != RESOLVED).order_by(Alert.id.desc()).limit(1))
    severity = finding.severity or rule.severity
    if alert is not None:
        # Bookkeeping, not an edit: the version stays, so a manager's acknowledgement is not refused as stale.
        alert.count += 1
        alert.last_seen_at, alert.params, alert.evidence, alert.severity = now, finding.params, finding.evidence, \
            severity
        counts["folded"] += 1
        return alert
    alert = Alert(rule=rule.name, fold_key=finding.fold_key[:200], severity=severity, area=rule.area,
                  params=finding.params, evidence=finding.evidence, state=OPEN, count=1, first_seen_at=now,
                  last_seen_at=now, version=1)
    db.add(alert)
    db.flush()
    audit.record("alert.opened", "alert", alert.id, after={"rule": rule.name, "fold_key": alert.fold_key,
                                                           "severity": severity, "area": rule.area,
                                                           "params": finding.params})
    delivery.notify(db, alert, "opened")
    counts["opened"] += 1
    return alert


def _clear(db: Session, audit: Auditor, rule: Rule, found: set[str], now: datetime, counts: dict) -> None:
    from server.monitoring import delivery

    # Locked (PostgreSQL) like a person's edit: a manager acknowledging the same alert meanwhile is not overwritten.
    for alert in db.scalars(select(Alert).where(Alert.rule == rule.name, Alert.state != RESOLVED).with_for_update()):
        if alert.fold_key in found:
            continue
        before = alert.state
        alert.state, alert.resolved_by, alert.resolved_at = RESOLVED, SYSTEM, now
        alert.version += 1
        audit.record("alert.resolved", "alert", alert.id, before={"state": before},
                     after={"state": RESOLVED, "rule": rule.name, "by": SYSTEM})
        delivery.notify(db, alert, "resolved")
        counts["resolved"] += 1


def _escalate(db: Session, audit: Auditor, settings_values: dict, now: datetime, counts: dict) -> None:
    from server.monitoring import delivery

    minutes = (settings_values.get(ESCALATION) or {}).get("minutes", DEFAULT_ESCALATION_MINUTES)
    due = db.scalars(select(Alert).where(Alert.state == OPEN, Alert.severity == "critical",
                                         Alert.escalated_at.is_(None),
                                         Alert.first_seen_at <= now - timedelta(minutes=minutes)))
    for alert in due:
        alert.escalated_at = now
        audit.record("alert.escalated", "alert", alert.id, after={"rule": alert.rule, "minutes": minutes})
        delivery.notify(db, alert, "escalated")
        counts["escalated"] += 1


def evaluate_in(db: Session, audit: Auditor, platform, now: datetime | None = None) -> dict:
    """One evaluation in the caller's transaction (the scheduler's, or `evaluate`'s); answers its counts."""
    from server.monitoring import callbacks

    now = now or clock.now()
    rules = load_rules()
    settings_values = {s.key: s.value for s in db.scalars(select(MonitoringSetting))}
    ctx = RuleContext(db, now, _since(settings_values, now), platform, settings_values)
    counts = {"rules": 0, "findings": 0, "opened": 0, "folded": 0, "resolved": 0, "escalated": 0, "failed": 0}
    for rule in list(rules.values()):
        if not _enabled(rule, settings_values):
            continue
        counts["rules"] += 1
        try:
            with db.begin_nested():
                findings = rule.check(ctx)
        except Exception:  # noqa: BLE001 - one broken rule must not keep the others from running
            log.exception("monitoring rule %s failed", rule.name)
            counts["failed"] += 1
            continue
        found = set()
        for finding in findings:
            counts["findings"] += 1
            found.add(finding.fold_key)
            alert = _fold(db, audit, rule, finding, now, counts)
            callbacks.run_callbacks(db, audit, alert, finding)
        if rule.clears:
            _clear(db, audit, rule, found, now, counts)
    _escalate(db, audit, settings_values, now, counts)
    _remember(db, LAST, {"at": now.isoformat()}, now)
    return counts


def evaluate(platform, now: datetime | None = None) -> dict:
    """One evaluation in a transaction of its own, audited as the system (tests, the demo, a manual run)."""
    with platform.db.write() as db:
        audit = Auditor(db, None, SYSTEM, "monitoring", "monitoring:evaluate")
        counts = evaluate_in(db, audit, platform, now)
        audit.seal()
        db.commit()
    return counts


def scheduled_evaluation(ctx) -> dict:
    """监控规则: the job's run (server/scheduler/jobs.py gives the platform, the system's auditor and the slot)."""
    return evaluate_in(ctx.db, ctx.audit, ctx.platform)


def _register() -> None:
    from server.scheduler.jobs import Every, Job, register

    register(Job("monitoring", Every(timedelta(minutes=1)), scheduled_evaluation, "监控规则", "Monitoring rules",
                 audit_every_run=False))


_register()
