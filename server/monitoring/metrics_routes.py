"""GET /metrics in Prometheus' text format (`router`, at the root, where the operations team's tools look), and the
outside probes' outage reports (`api_router`, under /api/v1).

/metrics needs the metrics token (setting P2P_METRICS_TOKEN, sent as "Authorization: Bearer <token>") unless the
server listens on loopback with no trusted proxy: then only this machine can reach it.

An outside probe (`python -m server probe`, server/monitoring/probe.py) that found the platform silent reports the
outage when the platform answers again; the reports of several sites about one outage (their times overlap) fold
into one critical alert, "outage_reported", counting the reports.
"""

from datetime import datetime, timezone

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from server import clock
from server.access import _bearer
from server.commands import Command, command
from server.errors import FieldError, Forbidden, Unauthorized, ValidationFailed
from server.messages import _
from server.monitoring import rules_system
from server.monitoring.metrics import metrics_of, token_matches, token_required

router = APIRouter(tags=["metrics"])
api_router = APIRouter(prefix="/monitoring", tags=["monitoring"])

METRICS_TOKEN = "(metrics token)"
REPORT_OUTAGE = "monitoring.probe"  # the outside probe's own role (server/permissions.py) holds it


def metrics_access(request: Request) -> None:
    settings = request.app.state.platform.settings
    if not token_required(settings):
        return
    given = _bearer(request)
    if not given:
        raise Unauthorized(_("Send the metrics token as a bearer token to read the metrics."),
                           code="metrics_token_required")
    if not token_matches(settings, given):
        raise Forbidden(_("This is not the metrics token."), code="permission_denied", permission=METRICS_TOKEN)


metrics_access.permission = METRICS_TOKEN


@router.get("/metrics", dependencies=[Depends(metrics_access)], include_in_schema=False)
async def metrics(request: Request):
    # Rendering reads the database (size, connections, alerts): off the event loop.
    body = await run_in_threadpool(generate_latest, metrics_of(request.app).registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


class OutageReport(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    site: str = Field(min_length=1, max_length=60, pattern=r"^\S(.*\S)?$",
                      description="the probe's site, as its --site says")
    started_at: AwareDatetime = Field(alias="from", description="the first check that failed")
    ended_at: AwareDatetime = Field(alias="to", description="the first check that succeeded again")

    @field_validator("started_at", "ended_at")
    @classmethod
    def _in_utc(cls, value: datetime) -> datetime:
        try:
            value = value.astimezone(timezone.utc)
            value.astimezone(clock.SHANGHAI)
        except (OverflowError, ValueError):
            raise ValueError("out of range") from None
        return value


class OutageAlertOut(BaseModel):
    alert_id: int
    count: int
    folded: bool


@api_router.post("/outages", response_model=OutageAlertOut)
def report_outage(body: OutageReport, cmd: Command = Depends(command(REPORT_OUTAGE))):
    if body.ended_at < body.started_at:
        raise ValidationFailed(_("The outage must end after it starts."), code="outage_times",
                               errors=[FieldError("to", "before_from", _("The outage must end after it starts."))])
    if body.ended_at > clock.now() + rules_system.CLOCK_SLACK:
        raise ValidationFailed(_("The outage cannot end in the future."), code="outage_times",
                               errors=[FieldError("to", "in_future", _("The outage cannot end in the future."))])

    def rule(db, audit):
        alert, folded = rules_system.fold_outage_report(db, audit, body.site.strip(), body.started_at, body.ended_at,
                                            reporter=cmd.principal.username)
        return OutageAlertOut(alert_id=alert.id, count=alert.count, folded=folded)

    return cmd.run(rule)
