"""Callbacks (回调): what a rule's alert does at once to protect the platform: pause all withdrawals, lock a staff
account, end a staff member's sessions.

Which callbacks a rule has is part of its setting (MonitoringSetting f"rule.{name}", field "callbacks", a list of
CALLBACKS; absent: DEFAULTS). Each acts once per alert and subject (AlertCallback remembers it): a repeat of the
same alert does not act again, so a pause a manager lifted stays lifted while that alert lasts; a new alert of the
rule acts again. Every action is audited as the system, with the alert's id.
"""

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.monitoring import pauses
from server.monitoring.delivery_models import WITHDRAWALS, AlertCallback
from server.monitoring.models import MonitoringSetting

PAUSE_WITHDRAWALS, LOCK_ACCOUNT, END_SESSIONS = "pause_withdrawals", "lock_account", "end_sessions"
CALLBACKS = (PAUSE_WITHDRAWALS, LOCK_ACCOUNT, END_SESSIONS)
DEFAULTS = {
    "audit_chain_broken": [PAUSE_WITHDRAWALS],
    "trial_balance_not_zero": [PAUSE_WITHDRAWALS],
    "failed_step_ups": [END_SESSIONS],
    "failed_sign_ins_account": [LOCK_ACCOUNT],
}
# How long a callback locks a staff account (the rule's setting "lock_minutes" overrides it).
LOCK_MINUTES = 30
log = logging.getLogger("server.monitoring")


def callbacks_of(db: Session, rule: str) -> list[str]:
    setting = db.get(MonitoringSetting, f"rule.{rule}")
    value = (setting.value or {}) if setting else {}
    if "callbacks" in value:
        return [c for c in value["callbacks"] or [] if c in CALLBACKS]
    return list(DEFAULTS.get(rule, []))


def _username(alert, finding) -> str | None:
    """The staff member an alert is about: the finding's user name, else its subject ("account:risk")."""
    params = dict(getattr(finding, "params", None) or {}) | dict(alert.params or {})
    for name in ("username", "user", "account"):
        if isinstance(params.get(name), str) and params[name]:
            return params[name]
    kind, _sep, subject = (getattr(finding, "fold_key", None) or alert.fold_key or "").partition(":")
    return subject if kind in ("account", "user") and subject else None


def _done(db: Session, alert_id: int, action: str, subject: str) -> bool:
    return db.scalar(select(AlertCallback.id).where(AlertCallback.alert_id == alert_id, AlertCallback.action == action,
                                                    AlertCallback.subject == subject)) is not None


def _lock_account(db: Session, user, minutes: int) -> dict:
    from server.auth.service import end_sessions

    until = clock.now() + timedelta(minutes=minutes)
    if not user.locked_until or user.locked_until < until:
        user.locked_until = until
    ended = end_sessions(db, user.id, "alert_callback")
    return {"until": user.locked_until.isoformat(), "sessions_ended": ended}


def run_callbacks(db: Session, audit, alert, finding) -> None:
    """Called by the evaluation for each finding folded into `alert` (new or repeated)."""
    actions = callbacks_of(db, alert.rule)
    if not actions:
        return
    own_audit = audit is None
    if own_audit:
        audit = Auditor(db, None, "system", "", f"alert:{alert.id}")
    for action in actions:
        subject = "platform" if action == PAUSE_WITHDRAWALS else _username(alert, finding)
        if not subject or _done(db, alert.id, action, subject):
            continue
        pending = len(audit.pending)
        try:
            with db.begin_nested():
                _act(db, audit, alert, action, subject)
        except Exception:  # noqa: BLE001 - a callback that fails must not stop the evaluation; it is tried again
            del audit.pending[pending:]
            log.exception("monitoring callback %s of alert %s failed", action, alert.id)
    db.flush()
    if own_audit:
        audit.seal()


def _act(db: Session, audit, alert, action: str, subject: str) -> None:
    db.add(AlertCallback(alert_id=alert.id, action=action, subject=subject, done_at=clock.now()))
    after: dict = {"alert_id": alert.id, "rule": alert.rule}
    if action == PAUSE_WITHDRAWALS:
        started = pauses.pause(db, audit, WITHDRAWALS, alert, alert.rule)
        after["paused"] = started is not None
        audit.record("monitoring.callback", "alert", alert.id, after={**after, "action": action})
        return
    from server.staff.models import User

    user = db.scalar(select(User).where(User.username == subject))
    if user is None:
        return
    if action == LOCK_ACCOUNT:
        setting = db.get(MonitoringSetting, f"rule.{alert.rule}")
        minutes = int(((setting.value or {}) if setting else {}).get("lock_minutes", LOCK_MINUTES))
        after |= _lock_account(db, user, minutes)
    elif action == END_SESSIONS:
        from server.auth.service import end_sessions

        after["sessions_ended"] = end_sessions(db, user.id, "alert_callback")
    # On the staff member's record (the alert's id inside), so their history shows who locked them and why.
    audit.record("monitoring.callback", "user", user.id, after={**after, "action": action, "user": subject})
