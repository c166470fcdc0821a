"""Alerts as their readers see them: which areas a reader's permissions cover, and an alert in the reader's
language (the rule's title and sentence rendered from the alert's params), with who handled it by name."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.messages import _, render
from server.monitoring.models import AREAS, Alert

SYSTEM = "system"  # resolved_by of an alert its rule cleared; the actor of the evaluation's audit records
SYSTEM_NAME = _("System")


def visible_areas(permissions: Iterable[str]) -> tuple[str, ...]:
    """The areas whose alerts a reader sees: security, system and traffic with an administrator's permission,
    audit.read or alert.manage; funds and reconciliation with funds.read or recon.read; loans with loan.read; all
    with audit.read."""
    perms = set(permissions)
    if "audit.read" in perms:
        return AREAS
    areas = []
    if "alert.manage" in perms or any(p.startswith("admin.") for p in perms):
        areas += ["security", "system", "traffic"]
    if perms & {"funds.read", "recon.read"}:
        areas += ["funds", "reconciliation"]
    if "loan.read" in perms:
        areas.append("loans")
    return tuple(a for a in AREAS if a in areas)


def _names(db: Session, usernames: set[str]) -> dict[str, str]:
    from server.staff.models import User

    usernames = {u for u in usernames if u and u != SYSTEM}
    if not usernames:
        return {}
    return dict(db.execute(select(User.username, User.display_name).where(User.username.in_(usernames))).all())


def _deliveries(db: Session, ids: list[int], language: str) -> dict[int, list]:
    """The alerts' deliveries (e-mail, SMS, WeChat Work), their errors in the reader's language."""
    from server.monitoring.delivery import deliveries_of

    return deliveries_of(db, ids, language) if ids else {}


def _rules() -> dict:
    from server.monitoring.evaluation import load_rules

    return load_rules()


def rule_title(rule_name: str, language: str) -> str:
    found = _rules().get(rule_name)
    return render(found.title, language) if found else rule_name


def message(alert: Alert, language: str) -> str:
    found = _rules().get(alert.rule)
    return render(found.sentence, language, sentence_params(alert)) if found else alert.rule


def sentence_params(alert: Alert) -> dict:
    """The alert's parameters for its sentence: one stored before sentences named people ({name}) names them by
    their user name."""
    params = dict(alert.params or {})
    if "username" in params:
        params.setdefault("name", params["username"])
    return params


def views(db: Session, alerts: list[Alert], language: str) -> list[dict]:
    names = _names(db, {a.acknowledged_by for a in alerts} | {a.resolved_by for a in alerts})
    deliveries = _deliveries(db, [a.id for a in alerts], language)

    def name(username: str | None) -> str | None:
        if username is None:
            return None
        if username == SYSTEM:
            return render(SYSTEM_NAME, language)
        return names.get(username, username)

    return [{"id": a.id, "rule": a.rule, "rule_title": rule_title(a.rule, language), "message": message(a, language),
             "severity": a.severity, "area": a.area, "state": a.state, "count": a.count,
             "first_seen_at": a.first_seen_at, "last_seen_at": a.last_seen_at,
             "acknowledged_by_name": name(a.acknowledged_by), "acknowledged_at": a.acknowledged_at,
             "acknowledged_note": a.acknowledged_note, "resolved_by_name": name(a.resolved_by),
             "resolved_at": a.resolved_at, "resolved_note": a.resolved_note, "escalated_at": a.escalated_at,
             "evidence": a.evidence or {}, "params": a.params or {}, "version": a.version,
             "deliveries": deliveries.get(a.id, [])}
            for a in alerts]


def view(db: Session, alert: Alert, language: str) -> dict:
    return views(db, [alert], language)[0]
