"""Pauses a rule's callback starts (today: all withdrawals), what the withdrawal area checks, and lifting them.

While withdrawals are paused the platform takes no new withdrawal request, approves none and pays none out; it
says since when and why. A finance manager, a senior risk officer or an administrator (alert.manage) lifts the
pause with a fresh one-time code, with a note; both are audited.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.errors import Conflict, ValidationFailed
from server.messages import _, render
from server.monitoring.delivery_models import PAUSE_KINDS, WITHDRAWALS, MonitoringPause


class WithdrawalsPaused(Conflict):
    code, title = "withdrawals_paused", _("Withdrawals are paused")


def active(db: Session, kind: str) -> MonitoringPause | None:
    return db.scalar(select(MonitoringPause).where(MonitoringPause.kind == kind, MonitoringPause.lifted_at.is_(None))
                     .order_by(MonitoringPause.id.desc()).limit(1))


def _shanghai(moment: datetime) -> str:
    return moment.astimezone(clock.SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _rule_title(rule: str):
    from server.monitoring.rule_registry import RULES

    found = RULES.get(rule)
    return found.title if found else rule


def reason(pause: MonitoringPause, language: str) -> str:
    """Why, in words: the alert that paused it."""
    return render(_("Alert No. {alert_id}: {rule}"), language,
                  {"alert_id": pause.alert_id or "—", "rule": render(_rule_title(pause.rule), language)})


def check_withdrawals_open(db: Session) -> None:
    """Raises WithdrawalsPaused (since when and why) while withdrawals are paused."""
    pause = active(db, WITHDRAWALS)
    if pause is None:
        return
    from server.monitoring.rule_registry import RULES
    from server.messages import Word

    found = RULES.get(pause.rule)
    rule = Word(pause.rule, found.title) if found else pause.rule
    raise WithdrawalsPaused(
        _("Withdrawals are paused since {since} (Shanghai time) because of alert No. {alert_id} “{rule}”; "
          "a finance manager, senior risk officer or administrator lifts the pause in the console."),
        params={"since": _shanghai(pause.paused_at), "alert_id": pause.alert_id or "—", "rule": rule})


def pause(db: Session, audit, kind: str, alert, rule: str) -> MonitoringPause | None:
    """Starts a pause for `alert` unless one is on already; answers the new pause (None when one was on)."""
    if active(db, kind) is not None:
        return None
    row = MonitoringPause(kind=kind, alert_id=alert.id, rule=rule, paused_at=clock.now(), paused_by="system")
    db.add(row)
    db.flush()
    audit.record("monitoring.paused", "monitoring_pause", kind,
                 after={"alert_id": alert.id, "rule": rule, "since": row.paused_at.isoformat()})
    return row


def lift(db: Session, audit, actor: str, kind: str, note: str, language: str) -> dict:
    note = (note or "").strip()
    if not note:
        raise ValidationFailed(_("Say why the pause is lifted."), code="note_required")
    row = active(db, kind)
    if row is None:
        raise Conflict(_("Withdrawals are not paused."), code="not_paused")
    row.lifted_at, row.lifted_by, row.lift_note = clock.now(), actor, note
    db.flush()
    audit.record("monitoring.pause_lifted", "monitoring_pause", kind,
                 before={"alert_id": row.alert_id, "since": row.paused_at.isoformat()},
                 after={"lifted_by": actor, "note": note})
    return view_of(db, kind, language)


def view_of(db: Session, kind: str, language: str) -> dict:
    row = active(db, kind)
    if row is None:
        return {"kind": kind, "paused": False, "since": None, "reason": None, "alert_id": None, "by": None}
    return {"kind": kind, "paused": True, "since": row.paused_at, "reason": reason(row, language),
            "alert_id": row.alert_id,
            "by": render(_("the monitoring"), language) if row.paused_by == "system" else row.paused_by}


def list_pauses(db: Session, language: str) -> list[dict]:
    return [view_of(db, kind, language) for kind in PAUSE_KINDS]
