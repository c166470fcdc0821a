"""The monitoring rule "no backup in 24 h": reads the record of backups (backup_runs), one indexed row."""

from datetime import timedelta

from sqlalchemy import func, select

from server.messages import _
from server.monitoring.rule_registry import Finding, RuleContext, rule


@rule("no_recent_backup", area="system", severity="critical", title=_("No backup in 24 hours"),
      sentence=_("No backup has succeeded in the last {hours} hours (the last good one: {last})."),
      defaults={"hours": 24}, clears=True)
def no_recent_backup(ctx: RuleContext) -> list[Finding]:
    """Fires when the latest successful backup finished more than `hours` ago, or there has never been one on a
    platform that has been writing for longer than that (its first audit record: a new installation has its first
    day to make one, and the daily job makes one at its first start); clears itself when a backup succeeds."""
    from server.audit.models import AuditRecord
    from server.backups.models import SUCCEEDED, BackupRun

    hours = ctx.thresholds("no_recent_backup")["hours"]
    since = ctx.now - timedelta(hours=float(hours))
    last = ctx.db.scalar(select(func.max(BackupRun.finished_at)).where(BackupRun.outcome == SUCCEEDED))
    if last is not None and last > since:
        return []
    if last is None:
        first = ctx.db.scalar(select(AuditRecord.at).order_by(AuditRecord.seq).limit(1))
        if first is None or first > since:
            return []
    failed = ctx.db.execute(select(BackupRun.finished_at, BackupRun.error).where(BackupRun.outcome == "failed")
                            .order_by(BackupRun.id.desc()).limit(1)).first()
    return [Finding("platform", {"hours": hours, "last": last.strftime("%Y-%m-%d %H:%M UTC") if last else "—"},
                    {"last_succeeded_at": last.isoformat() if last else None,
                     "last_failure": {"at": failed.finished_at.isoformat() if failed.finished_at else None,
                                      "error": failed.error} if failed else None})]
