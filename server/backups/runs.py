"""Backups made and recorded: one row of backup_runs per attempt (started, finished, outcome, size, path, error),
the daily job that makes one, and the retention that removes the old ones.

The job runs in the scheduler's write transaction, which on SQLite holds the database's write lock (and the
process's writer lock) until it ends: a backup made there would stop every request that writes for as long as the
copy and its sealing take. So the job only starts the backup in a thread of its own and answers; the backup then
records itself in backup_runs, and the rule "no backup in 24 h" watches that record, not the job's."""

import logging
import shutil
import threading
from datetime import time, timedelta
from pathlib import Path

from sqlalchemy import select

from server import clock
from server.backups.making import PREFIX, MadeBackup, make_backup
from server.backups.models import FAILED, RUNNING, SUCCEEDED, BackupRun
from server.backups.refusals import BackupRefused
from server.scheduler.jobs import Daily, Job, JobContext, register

log = logging.getLogger(__name__)


def recorded_backup(platform, destination: Path | None = None, trigger: str = "command") -> tuple[BackupRun, MadeBackup | None]:
    """Makes a backup and records it; a failure is recorded with its reason in words, then raised."""
    with platform.db.write() as db:
        run = BackupRun(trigger=trigger, started_at=clock.now(), outcome=RUNNING)
        db.add(run)
        db.commit()
    try:
        made = make_backup(platform.settings, destination)
    except Exception as error:  # noqa: BLE001 - recorded, then raised for the caller to say
        reason = error.sentence("en") if isinstance(error, BackupRefused) else f"{type(error).__name__}: {error}"
        with platform.db.write() as db:
            row = db.get(BackupRun, run.id)
            row.outcome, row.finished_at, row.error = FAILED, clock.now(), reason[:2000]
            db.commit()
        raise
    with platform.db.write() as db:
        row = db.get(BackupRun, run.id)
        row.outcome, row.finished_at, row.size_bytes, row.path = SUCCEEDED, clock.now(), made.size, str(made.path)
        db.commit()
        run = row
    return run, made


def prune(platform) -> int:
    """Removes the good backups of the backup folder older than the retention (never the latest good one)."""
    keep_after = clock.now() - timedelta(days=platform.settings.backup_retention_days)
    folder = Path(platform.settings.backup_dir).resolve()
    with platform.db.write() as db:
        rows = list(db.scalars(select(BackupRun).where(BackupRun.outcome == SUCCEEDED, BackupRun.pruned_at.is_(None))
                               .order_by(BackupRun.finished_at.desc())))
        removed = 0
        for row in rows[1:]:
            path = Path(row.path)
            if row.finished_at >= keep_after or path.resolve().parent != folder or not path.name.startswith(PREFIX):
                continue  # only what the retention owns: backups made into the backup folder
            shutil.rmtree(path, ignore_errors=True)
            row.pruned_at = clock.now()
            removed += 1
        db.commit()
    return removed


_running: threading.Thread | None = None
_guard = threading.Lock()


def _backup_and_prune(platform) -> None:
    try:
        recorded_backup(platform, trigger="schedule")
        prune(platform)
    except Exception:  # noqa: BLE001 - the run's row holds the reason; the log gets the trace
        log.exception("the daily backup failed")


def start_daily_backup(platform) -> bool:
    """Starts the backup in its own thread unless one is still running; answers whether it started."""
    global _running
    with _guard:
        if _running is not None and _running.is_alive():
            return False
        # Not a daemon: a stopping server lets the backup finish rather than leave half a folder.
        _running = threading.Thread(target=_backup_and_prune, args=(platform,), name="daily-backup")
        _running.start()
        return True


def wait_for_daily_backup(timeout: float | None = None) -> None:
    if _running is not None:
        _running.join(timeout)


def daily_backup(ctx: JobContext) -> dict:
    """每日备份: starts the backup (see the module's note); its outcome is in backup_runs."""
    return {"started": start_daily_backup(ctx.platform)}


# Days missed while the server was down are not backed up one by one: one backup now holds them all.
register(Job("backup", Daily(time(2, 30), catch_up_days=1), daily_backup, "每日备份", "Daily backup"))
