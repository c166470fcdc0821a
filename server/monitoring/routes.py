"""Alerts (alert.read) and their handling (alert.manage); the monitoring rules' settings and the escalation time
(monitoring.settings).

A reader sees the alerts of the areas their permissions cover (alert_views.visible_areas); what an alert says is
its rule's sentence in the request's language."""

from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import case, func, select

from server.access import Principal, get_platform, requires, requires_any
from server.commands import Command, command
from server.errors import request_language
from server.monitoring import handling
from server.monitoring.alert_views import view, views, visible_areas
from server.monitoring.models import ACKNOWLEDGED, AREAS, OPEN, RESOLVED, SEVERITIES, Alert
from server.platform import Platform
from server.wire import ObjectId, Version

router = APIRouter(tags=["alerts"])  # /alerts…, /monitoring/rules… and /monitoring/escalation
READ, MANAGE, SETTINGS = "alert.read", "alert.manage", "monitoring.settings"

# What the list sorts by ("-" first: descending). Severities by rank (info < warning < critical), areas and states in
# their fixed order (the console's filters'), not by their codes' letters; ties: the latest seen first.
SORTS = {
    "severity": case({s: i for i, s in enumerate(SEVERITIES)}, value=Alert.severity, else_=-1),
    "area": case({a: i for i, a in enumerate(AREAS)}, value=Alert.area, else_=len(AREAS)),
    "state": case({s: i for i, s in enumerate((OPEN, ACKNOWLEDGED, RESOLVED))}, value=Alert.state, else_=3),
    "count": Alert.count, "first_seen": Alert.first_seen_at, "last_seen": Alert.last_seen_at,
}
AlertSort = Literal[tuple(f"{sign}{name}" for name in SORTS for sign in ("", "-"))]  # type: ignore[valid-type]


def _order_by(sort: str) -> list:
    name = sort.lstrip("-")
    column = SORTS[name]
    first = column.desc() if sort.startswith("-") else column.asc()
    if name == "last_seen":
        return [first, Alert.id.desc() if sort.startswith("-") else Alert.id.asc()]
    return [first, Alert.last_seen_at.desc(), Alert.id.desc()]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AcknowledgeBody(_Body):
    note: str | None = Field(default=None, max_length=1000)
    version: Version


class ResolveBody(_Body):
    note: str = Field(max_length=1000)
    version: Version


class RuleBody(_Body):
    enabled: bool
    # As sent: each value is checked against the kind of its default by the rule's own check, with a sentence naming
    # the threshold (true for a count, "100" or 1.5 for a count of minutes are refused there, 5.0 is a count of 5;
    # server/monitoring/handling.py _check_thresholds), not by a union of types whose errors name the types.
    thresholds: dict[str, Any] = Field(default_factory=dict, max_length=20)
    version: Version


class EscalationBody(_Body):
    # A whole number; its range (1 to 1,440) is checked by the rule, with a sentence (handling.update_escalation).
    minutes: int = Field(strict=True)
    version: Version


@router.get("/alerts")
def list_alerts(request: Request,
                state: Literal["open", "acknowledged", "resolved"] | None = Query(None),
                severity: Literal[SEVERITIES] | None = Query(None),  # type: ignore[valid-type]
                area: Literal[AREAS] | None = Query(None),  # type: ignore[valid-type]
                sort: AlertSort = Query("-last_seen"),
                limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=10**6),
                platform: Platform = Depends(get_platform), principal: Principal = Depends(requires(READ))):
    """The alerts of the reader's areas, the latest seen first unless `sort` says otherwise (severity, area, state,
    count, first_seen, last_seen; "-" first for descending), with the counts of the navigation's badge."""
    areas = visible_areas(principal.permissions)
    language = request_language(request)
    with platform.db.read() as db:
        mine = Alert.area.in_(areas)
        where = [mine]
        if state:
            where.append(Alert.state == state)
        if severity:
            where.append(Alert.severity == severity)
        if area:
            where.append(Alert.area == area)
        total = db.scalar(select(func.count()).select_from(Alert).where(*where)) or 0
        alerts = list(db.scalars(select(Alert).where(*where).order_by(*_order_by(sort))
                                 .limit(limit).offset(offset)))
        counts = {OPEN: 0, ACKNOWLEDGED: 0, "critical_open": 0}
        for found_state, found_severity, n in db.execute(
                select(Alert.state, Alert.severity, func.count()).where(mine, Alert.state.in_([OPEN, ACKNOWLEDGED]))
                .group_by(Alert.state, Alert.severity)):
            counts[found_state] += n
            if found_state == OPEN and found_severity == "critical":
                counts["critical_open"] += n
        return {"items": views(db, alerts, language), "total": total, "counts": counts}


@router.get("/alerts/{alert_id}")
def get_alert(alert_id: ObjectId, request: Request, platform: Platform = Depends(get_platform),
              principal: Principal = Depends(requires(READ))):
    with platform.db.read() as db:
        return view(db, handling.load_alert(db, principal, alert_id), request_language(request))


@router.post("/alerts/{alert_id}/acknowledge")
def acknowledge(alert_id: ObjectId, body: AcknowledgeBody, request: Request, cmd: Command = Depends(command(MANAGE))):
    def rule(db, audit):
        alert = handling.acknowledge(db, audit, cmd.principal, alert_id, body.version, body.note)
        return view(db, alert, request_language(request))
    return cmd.run(rule)


@router.post("/alerts/{alert_id}/resolve")
def resolve(alert_id: ObjectId, body: ResolveBody, request: Request, cmd: Command = Depends(command(MANAGE))):
    def rule(db, audit):
        alert = handling.resolve(db, audit, cmd.principal, alert_id, body.version, body.note)
        return view(db, alert, request_language(request))
    return cmd.run(rule)


@router.get("/monitoring/rules")
def list_rules(request: Request, platform: Platform = Depends(get_platform),
               _principal: Principal = Depends(requires_any(SETTINGS, READ))):
    """Every rule with its thresholds (an administrator's values over the defaults) and whether it runs."""
    with platform.db.read() as db:
        return handling.list_rules(db, request_language(request))


@router.put("/monitoring/rules/{name}")
def update_rule(body: RuleBody, request: Request, name: str = Path(max_length=60),
                cmd: Command = Depends(command(SETTINGS))):
    return cmd.run(lambda db, audit: handling.update_rule(db, audit, cmd.principal, name, body.enabled,
                                                          body.thresholds, body.version, request_language(request)))


@router.get("/monitoring/escalation")
def get_escalation(platform: Platform = Depends(get_platform),
                   _principal: Principal = Depends(requires_any(SETTINGS, READ))):
    """After how many minutes an unacknowledged critical alert escalates (and the default)."""
    with platform.db.read() as db:
        return handling.get_escalation(db)


@router.put("/monitoring/escalation")
def update_escalation(body: EscalationBody, cmd: Command = Depends(command(SETTINGS))):
    return cmd.run(lambda db, audit: handling.update_escalation(db, audit, cmd.principal, body.minutes,
                                                                body.version))
