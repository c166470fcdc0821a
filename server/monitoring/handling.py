"""Handling alerts (acknowledge, resolve: alert.manage), the rules' settings and the escalation time
(monitoring.settings): the rules the routes hand to their commands (server/commands.py)."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, FieldError, NotFound, StaleVersion, ValidationFailed
from server.messages import _
from server.monitoring import delivery
from server.monitoring.alert_views import visible_areas
from server.monitoring.evaluation import DEFAULT_ESCALATION_MINUTES, ESCALATION, load_rules
from server.monitoring.models import ACKNOWLEDGED, OPEN, RESOLVED, Alert, MonitoringSetting

MAX_THRESHOLD = 10**13  # above any money amount in fen, count or time the rules take


def _state(alert: Alert) -> dict:
    return {"id": alert.id, "state": alert.state, "version": alert.version}


def load_alert(db: Session, principal: Principal, alert_id: int, version: int | None = None,
               for_update: bool = False) -> Alert:
    """The alert, if the reader's areas cover it (another area's alert is not there for them)."""
    if for_update:
        alert = load_for_update(db, Alert, alert_id, None, _state, "alert_not_found")
    else:
        alert = db.get(Alert, alert_id)
    if alert is None or alert.area not in visible_areas(principal.permissions):
        raise NotFound(_("There is no alert with the id {id}."), code="alert_not_found", params={"id": alert_id})
    if version is not None and alert.version != version:
        raise StaleVersion(_("Someone else changed this first; here is the current version."), current=_state(alert))
    return alert


def acknowledge(db: Session, audit: Auditor, principal: Principal, alert_id: int, version: int,
                note: str | None) -> Alert:
    alert = load_alert(db, principal, alert_id, version, for_update=True)
    if alert.state != OPEN:
        raise Conflict(_("Alert {id} is not open: it was handled already."), code="alert_not_open",
                       params={"id": alert.id}, current=_state(alert))
    alert.state, alert.acknowledged_by, alert.acknowledged_at = ACKNOWLEDGED, principal.username, clock.now()
    alert.acknowledged_note = (note or "").strip() or None
    bump(alert)
    audit.record("alert.acknowledged", "alert", alert.id, before={"state": OPEN},
                 after={"state": ACKNOWLEDGED, "rule": alert.rule, "note": alert.acknowledged_note})
    return alert


def resolve(db: Session, audit: Auditor, principal: Principal, alert_id: int, version: int, note: str) -> Alert:
    alert = load_alert(db, principal, alert_id, version, for_update=True)
    note = (note or "").strip()
    if not note:
        raise ValidationFailed(_("Say how the alert was resolved."), code="note_required",
                               errors=[FieldError("note", "note_required", _("Say how the alert was resolved."))])
    if alert.state == RESOLVED:
        raise Conflict(_("Alert {id} is resolved already."), code="alert_resolved", params={"id": alert.id},
                       current=_state(alert))
    before = alert.state
    alert.state, alert.resolved_by, alert.resolved_at, alert.resolved_note = RESOLVED, principal.username, \
        clock.now(), note
    bump(alert)
    audit.record("alert.resolved", "alert", alert.id, before={"state": before},
                 after={"state": RESOLVED, "rule": alert.rule, "note": note})
    delivery.notify(db, alert, "resolved")
    return alert


# --- the rules' settings ----------------------------------------------------------------------------

def _setting_key(name: str) -> str:
    return f"rule.{name}"


def rule_view(rule, setting: MonitoringSetting | None, language: str) -> dict:
    from server.messages import render

    stored = dict(setting.value or {}) if setting else {}
    enabled = stored.pop("enabled", rule.enabled_by_default)
    return {"name": rule.name, "title": render(rule.title, language), "area": rule.area, "severity": rule.severity,
            "enabled": bool(enabled), "thresholds": {**rule.defaults, **{k: v for k, v in stored.items()
                                                                          if k in rule.defaults}},
            "defaults": dict(rule.defaults), "clears": rule.clears,
            "version": setting.version if setting else 1}


def list_rules(db: Session, language: str) -> list[dict]:
    rules = load_rules()
    settings = {s.key: s for s in db.scalars(select(MonitoringSetting).where(
        MonitoringSetting.key.in_([_setting_key(n) for n in rules])))}
    return [rule_view(r, settings.get(_setting_key(r.name)), language)
            for r in sorted(rules.values(), key=lambda r: (r.area, r.name))]


# Thresholds that may take a fraction although their default is whole (0.5 %, 4.5 times the median, 2.5 GB).
FRACTIONAL = frozenset({"percent", "multiple", "gigabytes"})


def _check_thresholds(rule, thresholds: dict) -> dict:
    problems = []
    thresholds = {key: int(value) if isinstance(value, float) and value.is_integer() and
                  isinstance(rule.defaults.get(key), int) and not isinstance(rule.defaults.get(key), bool) else value
                  for key, value in thresholds.items()}
    for key, value in thresholds.items():
        field = f"thresholds.{key}"
        default = rule.defaults.get(key)
        if key not in rule.defaults:
            problems.append(FieldError(field, "unknown_threshold", _("The rule has no threshold named {name}."),
                                       {"name": key}))
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                problems.append(FieldError(field, "not_boolean", _("{name} must be true or false."), {"name": key}))
        elif key.endswith("_hour"):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 23:
                problems.append(FieldError(field, "not_an_hour", _("{name} must be an hour from 0 to 23."),
                                           {"name": key}))
        elif isinstance(default, int) and key in FRACTIONAL:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_THRESHOLD:
                problems.append(FieldError(field, "not_positive", _("{name} must be a number above zero."),
                                           {"name": key}))
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_THRESHOLD:
                problems.append(FieldError(field, "not_positive_whole",
                                           _("{name} must be a whole number above zero."), {"name": key}))
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_THRESHOLD:
                problems.append(FieldError(field, "not_positive", _("{name} must be a number above zero."),
                                           {"name": key}))
        elif not isinstance(value, type(default)):
            problems.append(FieldError(field, "wrong_type", _("{name} has the wrong kind of value."), {"name": key}))
    if problems:
        raise ValidationFailed(_("Some thresholds are not valid: {fields}."), code="thresholds_invalid",
                               errors=problems, params={"fields": ", ".join(p.field for p in problems)})
    return dict(thresholds)


def update_rule(db: Session, audit: Auditor, principal: Principal, name: str, enabled: bool, thresholds: dict,
                version: int, language: str) -> dict:
    rules = load_rules()
    rule = rules.get(name)
    if rule is None:
        raise NotFound(_("There is no monitoring rule named {name}."), code="rule_not_found", params={"name": name})
    checked = _check_thresholds(rule, thresholds)
    setting = db.get(MonitoringSetting, _setting_key(name), with_for_update=True, populate_existing=True)
    current = setting.version if setting else 1
    if version != current:
        raise StaleVersion(_("Someone else changed this first; here is the current version."),
                           current=rule_view(rule, setting, language))
    before = dict(setting.value) if setting else None
    # What the setting holds besides the switch and the thresholds (the rule's callbacks, a lock's minutes) stays.
    kept = {k: v for k, v in (before or {}).items() if k != "enabled" and k not in rule.defaults}
    value = {**kept, "enabled": enabled, **checked}
    if setting is None:
        setting = MonitoringSetting(key=_setting_key(name), value=value, version=2)
        db.add(setting)
    else:
        setting.value = value
        bump(setting)
    setting.updated_by, setting.updated_at = principal.username, clock.now()
    audit.record("monitoring.rule_changed", "monitoring_rule", name, before=before, after=value)
    db.flush()
    return rule_view(rule, setting, language)


# --- the escalation time ----------------------------------------------------------------------------

MIN_ESCALATION_MINUTES, MAX_ESCALATION_MINUTES = 1, 24 * 60


def escalation_view(setting: MonitoringSetting | None) -> dict:
    """How long a critical alert may stay unacknowledged before it escalates (an administrator's minutes over the
    default), with the version an edit sends back."""
    minutes = (setting.value or {}).get("minutes") if setting else None
    return {"minutes": minutes if isinstance(minutes, int) and not isinstance(minutes, bool)
            else DEFAULT_ESCALATION_MINUTES,
            "default_minutes": DEFAULT_ESCALATION_MINUTES, "version": setting.version if setting else 1}


def get_escalation(db: Session) -> dict:
    return escalation_view(db.get(MonitoringSetting, ESCALATION))


def update_escalation(db: Session, audit: Auditor, principal: Principal, minutes: int, version: int) -> dict:
    """Sets the escalation time (1 minute to a day); the evaluation reads it at its next minute."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or \
            not MIN_ESCALATION_MINUTES <= minutes <= MAX_ESCALATION_MINUTES:
        sentence = _("The escalation time must be from {min} to {max} minutes.")
        params = {"min": MIN_ESCALATION_MINUTES, "max": MAX_ESCALATION_MINUTES}
        raise ValidationFailed(sentence, code="escalation_minutes_out_of_range", params=params,
                               errors=[FieldError("minutes", "out_of_range", sentence, params)])
    setting = db.get(MonitoringSetting, ESCALATION, with_for_update=True, populate_existing=True)
    current = setting.version if setting else 1
    if version != current:
        raise StaleVersion(_("Someone else changed this first; here is the current version."),
                           current=escalation_view(setting))
    before = escalation_view(setting)["minutes"]
    if setting is None:
        setting = MonitoringSetting(key=ESCALATION, value={"minutes": minutes}, version=2)
        db.add(setting)
    else:
        setting.value = {**(setting.value or {}), "minutes": minutes}
        bump(setting)
    setting.updated_by, setting.updated_at = principal.username, clock.now()
    audit.record("monitoring.escalation_changed", "monitoring_setting", ESCALATION, before={"minutes": before},
                 after={"minutes": minutes})
    db.flush()
    return escalation_view(setting)
