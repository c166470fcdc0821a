"""The traffic and system rules: server errors and slow answers per route group over the last minutes (from every
process's `request_stats`), the TLS certificate's expiry, the data folder's free disk, the database's connections;
and "outage_reported", raised not by the evaluator but by the outside probes' reports (`fold_outage_report`).

Each reads little: the traffic rules a few minutes of request_stats (an indexed range), the others one figure each.
"""

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.messages import _
from server.monitoring import metrics, request_stats
from server.monitoring.models import RESOLVED, Alert
from server.monitoring.request_stats import LATENCY_BUCKETS_MS
from server.monitoring.rule_registry import Finding, RuleContext, rule

log = logging.getLogger(__name__)
GB = 1024 ** 3
# A report of an outage may end this far after the platform's own time (the probe's clock may run ahead).
CLOCK_SLACK = timedelta(minutes=5)
OUTAGE_RULE = "outage_reported"
MAX_REPORTS_KEPT = 50  # reports of one outage kept in its evidence
OUTAGE_LOCK = 0x16_0D06E  # PostgreSQL advisory lock taken while a report is folded


def _window(ctx: RuleContext, minutes: int) -> tuple[datetime, datetime]:
    """The last `minutes` finished minutes before ctx.now."""
    until = metrics.minute_of(ctx.now)
    return until - timedelta(minutes=minutes), until


def _path(group: str) -> str:
    return "/metrics" if group == "metrics" else ("(other paths)" if group == metrics.OTHER else f"/api/v1/{group}")


@rule("server_errors", area="traffic", severity="critical", title=_("Server errors"),
      sentence=_("{errors} of {requests} requests to {path} ({percent} %) failed with a server error in the last "
                 "{minutes} minutes."),
      defaults={"percent": 1, "minutes": 5, "min_requests": 100}, clears=True)
def server_errors(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("server_errors")
    since, until = _window(ctx, int(limits["minutes"]))
    found = []
    for group, counts in sorted(request_stats.totals_by_group(ctx.db, since, until).items()):
        if counts.requests >= int(limits["min_requests"]) and counts.error_percent > float(limits["percent"]):
            found.append(Finding(f"group:{group}", {
                "errors": counts.errors_5xx, "requests": counts.requests, "path": _path(group),
                "percent": round(counts.error_percent, 1), "minutes": int(limits["minutes"])},
                evidence={"group": group, "from": since.isoformat(), "to": until.isoformat(),
                          "requests": counts.requests, "errors_5xx": counts.errors_5xx}))
    return found


def _p95_bucket(counts: request_stats.MinuteCounts) -> tuple[float, float]:
    """The (lower, upper] bounds in milliseconds of the latency bucket holding the 95th percentile."""
    upper = counts.percentile_ms(0.95) or 0.0
    bounds = (0, *LATENCY_BUCKETS_MS)
    lower = max((b for b in bounds if b < upper), default=0)
    return float(lower), upper


@rule("slow_answers", area="traffic", severity="warning", title=_("Slow answers"),
      sentence=_("The 95th percentile of the {requests} requests to {path} took over {p95_over_ms} ms in the last "
                 "{minutes} minutes (threshold {limit_ms} ms)."),
      defaults={"p95_ms": 1000, "minutes": 5, "min_requests": 100}, clears=True)
def slow_answers(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("slow_answers")
    since, until = _window(ctx, int(limits["minutes"]))
    found = []
    for group, counts in sorted(request_stats.totals_by_group(ctx.db, since, until).items()):
        if counts.requests < int(limits["min_requests"]):
            continue
        lower, upper = _p95_bucket(counts)
        if upper > float(limits["p95_ms"]):
            found.append(Finding(f"group:{group}", {
                "requests": counts.requests, "path": _path(group), "p95_over_ms": int(lower),
                "limit_ms": int(limits["p95_ms"]), "minutes": int(limits["minutes"])},
                evidence={"group": group, "from": since.isoformat(), "to": until.isoformat(),
                          "requests": counts.requests, "p95_bucket_ms": [lower, upper],
                          "mean_ms": round(counts.latency_ms_sum / counts.requests, 1)}))
    return found


@rule("certificate_expiring", area="system", severity="warning", title=_("Certificate expiring"),
      sentence=_("The TLS certificate {file} expires in {days} days, on {date}."),
      defaults={"days": 30, "critical_days": 7}, clears=True)
def certificate_expiring(ctx: RuleContext) -> list[Finding]:
    path = ctx.platform.settings.tls_certfile
    if not path:
        return []
    limits = ctx.thresholds("certificate_expiring")
    try:
        not_after = metrics.certificate_not_after(path)
    except Exception as error:  # the file moved or is not PEM: said in the log, the other rules still run
        log.warning("the TLS certificate %s could not be read (%s)", path, type(error).__name__)
        return []
    days = (not_after - ctx.now) / timedelta(days=1)
    if days > float(limits["days"]):
        return []
    return [Finding(f"certificate:{str(path)[-180:]}", {
        "file": str(path), "days": max(int(days), 0),
        "date": not_after.astimezone(clock.SHANGHAI).strftime("%Y-%m-%d")},
        evidence={"not_after": not_after.isoformat(), "file": str(path)},
        severity="critical" if days <= float(limits["critical_days"]) else None)]


@rule("disk_space_low", area="system", severity="warning", title=_("Low disk space"),
      sentence=_("The disk of the data folder has {free_gb} GB free of {total_gb} GB ({free_percent} %)."),
      defaults={"percent": 10, "gigabytes": 5}, clears=True)
def disk_space_low(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("disk_space_low")
    disk = metrics.disk_figures(ctx.platform)
    if disk.free_percent >= float(limits["percent"]) and disk.free_bytes >= float(limits["gigabytes"]) * GB:
        return []
    return [Finding("disk:data", {
        "free_gb": round(disk.free_bytes / GB, 1), "free_percent": round(disk.free_percent, 1),
        "total_gb": round(disk.total_bytes / GB, 1)},
        evidence={"folder": str(ctx.platform.settings.data_dir), "free_bytes": disk.free_bytes,
                  "total_bytes": disk.total_bytes})]


@rule("database_connections_high", area="system", severity="warning", title=_("Database connections near the limit"),
      sentence=_("The database has {connections} of its {limit} connections in use ({percent} %)."),
      defaults={"percent": 80}, clears=True)
def database_connections_high(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("database_connections_high")
    figures = metrics.database_figures(ctx.platform)
    # The database server's own limit (PostgreSQL's max_connections, shared by every process) and this process's
    # pool: whichever is fuller.
    used, limit = max(((figures.connections, figures.connections_limit),
                       (figures.pool_checked_out, figures.pool_limit)),
                      key=lambda pair: pair[0] / pair[1] if pair[1] else 0.0)
    if not limit:
        return []
    percent = 100.0 * used / limit
    if percent < float(limits["percent"]):
        return []
    return [Finding("database", {"connections": used, "limit": limit, "percent": round(percent, 1)},
                    evidence={"connections": figures.connections, "connections_limit": figures.connections_limit,
                              "pool_checked_out": figures.pool_checked_out, "pool_limit": figures.pool_limit})]


@rule(OUTAGE_RULE, area="system", severity="critical", title=_("Outage seen from outside"),
      sentence=_("The outside probes ({sites}) could not reach the platform from {start} to {end} (Shanghai time)."))
def outage_reported(ctx: RuleContext) -> list[Finding]:
    return []  # raised by the probes' reports (fold_outage_report), not by the evaluation


# --- the probes' reports ---------------------------------------------------------------------------------------

def _shanghai(moment: datetime) -> str:
    return moment.astimezone(clock.SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")


def _outage_params(reports: list[dict], start: datetime, end: datetime) -> dict:
    sites = sorted({r["site"] for r in reports})
    return {"sites": ", ".join(sites), "start": _shanghai(start), "end": _shanghai(end)}


def fold_outage_report(db: Session, audit: Auditor, site: str, start: datetime, end: datetime,
                       reporter: str) -> tuple[Alert, bool]:
    """One site's report of an outage from `start` to `end`: folded into the open (not resolved) outage alert
    whose times overlap it (count + 1, its times widened), else a new critical alert, sent to its recipients. The same site's same report
    again changes nothing. Answers the alert and whether the report was folded into one that existed."""
    if db.get_bind().dialect.name == "postgresql":
        # Two sites report the same outage at the same moment: one folds into the other's alert, not two alerts.
        # (SQLite's writers are one at a time already.)
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": OUTAGE_LOCK})
    now = clock.now()
    report = {"site": site, "from": start.isoformat(), "to": end.isoformat(), "by": reporter,
              "at": now.isoformat()}
    candidates = db.scalars(select(Alert).where(Alert.rule == OUTAGE_RULE, Alert.state != RESOLVED)
                            .order_by(Alert.id)).all()
    for alert in candidates:
        evidence = alert.evidence or {}
        a_start, a_end = datetime.fromisoformat(evidence["from"]), datetime.fromisoformat(evidence["to"])
        if start > a_end or end < a_start:
            continue
        reports = list(evidence.get("reports", []))
        if any(r["site"] == site and r["from"] == report["from"] for r in reports):
            # told twice (a retry after a lost answer): kept as received, not counted again
            audit.record("alert.outage_report_repeated", "alert", alert.id,
                         after={"count": alert.count, "site": site, "from": report["from"], "to": report["to"]})
            return alert, True
        reports = [*reports, report][-MAX_REPORTS_KEPT:]
        new_start, new_end = min(start, a_start), max(end, a_end)
        before = {"count": alert.count, "from": evidence["from"], "to": evidence["to"]}
        alert.evidence = {"from": new_start.isoformat(), "to": new_end.isoformat(), "reports": reports}
        alert.params = _outage_params(reports, new_start, new_end)
        # Bookkeeping, as the evaluator folds: the version stays, so a manager's acknowledgement is not stale.
        alert.count += 1
        alert.last_seen_at = now
        db.flush()
        audit.record("alert.outage_reported", "alert", alert.id, before=before,
                     after={"count": alert.count, "site": site, "from": report["from"], "to": report["to"]})
        return alert, True
    alert = Alert(rule=OUTAGE_RULE, fold_key=f"outage:{start.isoformat()}"[:200], severity="critical", area="system",
                  params=_outage_params([report], start, end),
                  evidence={"from": start.isoformat(), "to": end.isoformat(), "reports": [report]},
                  state="open", count=1, first_seen_at=now, last_seen_at=now, version=1)
    db.add(alert)
    db.flush()
    audit.record("alert.opened", "alert", alert.id, after={"rule": OUTAGE_RULE, "fold_key": alert.fold_key,
                                                           "severity": alert.severity, "area": alert.area,
                                                           "params": alert.params})
    from server.monitoring import delivery  # the recipients of critical system alerts hear of it

    delivery.notify(db, alert, "opened")
    return alert, False
