"""Security rules: bursts of failed sign-ins (per account, per address), locked staff accounts, failed step-ups,
staff actions at night. They read the audit log by its (action, at) index over the last minutes only."""

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.messages import _
from server.monitoring.rule_registry import Finding, RuleContext, rule

SIGN_IN_FAILED = "auth.sign_in_failed"
STEP_UP_FAILED_REASON = "step_up_otp_invalid"  # server/auth/service.py's step_up records this reason
EVIDENCE_LIMIT = 20  # the records kept on an alert, the latest ones


def _records(ctx: RuleContext, actions, start) -> list[AuditRecord]:
    return list(ctx.db.scalars(select(AuditRecord).where(AuditRecord.action.in_(actions), AuditRecord.at > start,
                                                         AuditRecord.at <= ctx.now).order_by(AuditRecord.seq)))


def _failure(rec: AuditRecord) -> dict:
    return {"at": rec.at.isoformat(), "username": rec.actor_name,
            "address": rec.client_addr, "reason": (rec.after or {}).get("reason")}


def _named(ctx: RuleContext, findings: list[Finding]) -> list[Finding]:
    """A staff member's sentence names them as people read it (王芳), not by the user name they sign in with, which
    stays in `username` for the callbacks and the evidence."""
    from server.staff.accounts import staff_names

    names = staff_names(ctx.db, {f.params.get("username") for f in findings})
    for finding in findings:
        username = finding.params.get("username")
        finding.params["name"] = names.get(username) or username
    return findings


CRITICAL_TIMES = 3  # a burst three times the threshold is critical (a guessing attack, not a forgotten password)


def _bursts(ctx: RuleContext, name: str, key, fold_prefix: str, param: str, staff_only: bool = False) -> list[Finding]:
    """Groups of failed sign-ins by `key` over the rule's window, where one came since the last evaluation; critical
    at three times the threshold."""
    limits = ctx.thresholds(name)
    window = ctx.now - timedelta(minutes=limits["minutes"])
    groups = defaultdict(list)
    for rec in _records(ctx, (SIGN_IN_FAILED,), min(window, ctx.since)):
        if rec.at > window and (rec.actor_id is not None or not staff_only):
            groups[key(rec)].append(rec)
    return [Finding(f"{fold_prefix}:{subject}", {param: subject, "count": len(recs), "minutes": limits["minutes"]},
                    {"failures": [_failure(r) for r in recs[-EVIDENCE_LIMIT:]]},
                    "critical" if len(recs) >= CRITICAL_TIMES * limits["count"] else None)
            for subject, recs in groups.items()
            if len(recs) >= limits["count"] and recs[-1].at > ctx.since]


@rule("failed_sign_ins_account", area="security", severity="warning", title=_("Failed sign-ins of one account"),
      sentence=_("{count} failed sign-ins of {name}'s account in {minutes} minutes."),
      defaults={"count": 5, "minutes": 10})
def failed_sign_ins_account(ctx: RuleContext) -> list[Finding]:
    """An account that exists: names nobody has are the address rule's business."""
    return _named(ctx, _bursts(ctx, "failed_sign_ins_account", lambda r: r.actor_name, "account", "username",
                               staff_only=True))


@rule("failed_sign_ins_address", area="security", severity="warning", title=_("Failed sign-ins from one address"),
      sentence=_("{count} failed sign-ins from the address {address} in {minutes} minutes."),
      defaults={"count": 20, "minutes": 10})
def failed_sign_ins_address(ctx: RuleContext) -> list[Finding]:
    return _bursts(ctx, "failed_sign_ins_address", lambda r: r.client_addr, "address", "address")


@rule("staff_account_locked", area="security", severity="warning", title=_("Staff account locked"),
      sentence=_("{name}'s staff account was locked after repeated failed attempts."))
def staff_account_locked(ctx: RuleContext) -> list[Finding]:
    findings = {}
    for rec in _records(ctx, ("auth.account_locked",), ctx.since):
        findings[rec.actor_name] = Finding(f"account:{rec.actor_name}", {"username": rec.actor_name},
                                           {"locked_at": rec.at.isoformat(), "address": rec.client_addr,
                                            "until": (rec.after or {}).get("until")})
    return _named(ctx, list(findings.values()))


@rule("failed_step_ups", area="security", severity="warning", title=_("Failed step-ups"),
      sentence=_("{count} wrong one-time codes for a sensitive action by {name} in {minutes} minutes."),
      defaults={"count": 3, "minutes": 10})
def failed_step_ups(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("failed_step_ups")
    window = ctx.now - timedelta(minutes=limits["minutes"])
    groups = defaultdict(list)
    for rec in _records(ctx, (SIGN_IN_FAILED,), min(window, ctx.since)):
        if rec.at > window and (rec.after or {}).get("reason") == STEP_UP_FAILED_REASON:
            groups[rec.actor_name].append(rec)
    return _named(ctx, [Finding(f"account:{username}", {"username": username, "count": len(recs),
                                                        "minutes": limits["minutes"]},
                                {"failures": [_failure(r) for r in recs[-EVIDENCE_LIMIT:]]})
                        for username, recs in groups.items()
                        if len(recs) >= limits["count"] and recs[-1].at > ctx.since])


def _night_of(moment, start_hour: int, end_hour: int):
    """The Shanghai date of the evening a night began on, or None when `moment` is within working hours."""
    local = moment.astimezone(clock.SHANGHAI)
    hour = local.hour
    at_night = (hour >= start_hour or hour < end_hour) if start_hour > end_hour else start_hour <= hour < end_hour
    if not at_night:
        return None
    return (local - timedelta(days=1)).date() if start_hour > end_hour and hour < end_hour else local.date()


# Attempts, not actions: a failed sign-in at night is the failed sign-ins rules' business; a console left open
# refreshes its token by itself, and signing out ends work rather than doing it.
_NOT_ACTIONS = (SIGN_IN_FAILED, "auth.locked_account_attempt", "auth.password_change_failed", "auth.token_refreshed",
                "auth.signed_out")


@rule("after_hours_actions", area="security", severity="warning", title=_("Staff actions outside working hours"),
      sentence=_("{name} acted outside working hours ({start_hour}:00 to {end_hour}:00 Shanghai time) on the "
                 "night of {night}."),
      defaults={"start_hour": 22, "end_hour": 7})
def after_hours_actions(ctx: RuleContext) -> list[Finding]:
    from server.staff.models import User

    limits = ctx.thresholds("after_hours_actions")
    start_hour, end_hour = limits["start_hour"], limits["end_hour"]
    if start_hour == end_hour:
        return []
    if ctx.now - ctx.since < timedelta(hours=12) and _night_of(ctx.since, start_hour, end_hour) is None \
            and _night_of(ctx.now, start_hour, end_hour) is None:
        return []  # a daytime minute: nothing to read
    rows = ctx.db.execute(select(AuditRecord).join(User, User.id == AuditRecord.actor_id)
                          .where(AuditRecord.at > ctx.since, AuditRecord.at <= ctx.now,
                                 AuditRecord.action.not_in(_NOT_ACTIONS), User.username == AuditRecord.actor_name)
                          .order_by(AuditRecord.seq)).scalars()
    groups = defaultdict(list)
    for rec in rows:
        night = _night_of(rec.at, start_hour, end_hour)
        if night is not None:
            groups[(rec.actor_name, night)].append(rec)
    return _named(ctx, [Finding(f"user:{username}:night:{night.isoformat()}",
                    {"username": username, "night": night.isoformat(), "start_hour": start_hour, "end_hour": end_hour},
                    {"actions": [{"at": r.at.isoformat(), "action": r.action, "object_type": r.object_type,
                                  "object_id": r.object_id, "address": r.client_addr}
                                 for r in recs[-EVIDENCE_LIMIT:]]})
            for (username, night), recs in groups.items()])
