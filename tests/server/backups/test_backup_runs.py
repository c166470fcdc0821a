"""The daily backup job, its record, the retention, the console's list, and the rule "no backup in 24 h"."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from server import clock
from server.backups import runs
from server.backups.models import FAILED, SUCCEEDED, BackupRun
from server.monitoring.evaluation import evaluate
from server.scheduler.jobs import JOBS
from server.scheduler.runner import Scheduler
from tests.server.monitoring.conftest import alerts_of, moment, no_alerts  # noqa: F401 - their fixtures

pytestmark = pytest.mark.clock


def _plant_run(platform, outcome: str, hours_ago: float, error: str | None = None) -> None:
    at = clock.now() - timedelta(hours=hours_ago)
    with platform.db.write() as db:
        db.add(BackupRun(trigger="schedule", started_at=at - timedelta(minutes=1), finished_at=at, outcome=outcome,
                         size_bytes=1000 if outcome == SUCCEEDED else None, path="/backups/x" if outcome == SUCCEEDED
                         else None, error=error))
        db.commit()


def test_no_backup_in_24_hours_fires_and_clears_when_one_succeeds(platform, moment, no_alerts):
    _plant_run(platform, SUCCEEDED, hours_ago=25)
    _plant_run(platform, FAILED, hours_ago=1, error="pg_dump failed: disk full")
    evaluate(platform)
    [alert] = alerts_of(platform, "no_recent_backup")
    assert alert.state == "open" and alert.severity == "critical" and alert.area == "system"
    assert alert.params["hours"] == 24 and alert.evidence["last_failure"]["error"] == "pg_dump failed: disk full"
    _plant_run(platform, SUCCEEDED, hours_ago=0.1)
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "no_recent_backup")
    assert alert.state == "resolved"


def test_a_backup_within_24_hours_raises_nothing(platform, moment, no_alerts):
    _plant_run(platform, SUCCEEDED, hours_ago=23.5)
    evaluate(platform)
    assert alerts_of(platform, "no_recent_backup") == []


def test_a_platform_never_backed_up_is_told_so_after_its_first_day(platform, moment, no_alerts):
    evaluate(platform)
    assert alerts_of(platform, "no_recent_backup") == []  # the demo was made just now: its first day has begun
    moment.advance(timedelta(hours=24, minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "no_recent_backup")
    assert alert.params["last"] == "—" and alert.evidence["last_failure"] is None


def test_the_daily_job_makes_a_recorded_backup_and_the_retention_removes_the_old_ones(platform, moment):
    job = next(j for j in JOBS if j.name == "backup")
    old, _run = runs.recorded_backup(platform, trigger="schedule")
    moment.advance(timedelta(days=platform.settings.backup_retention_days + 1))
    scheduler = Scheduler(platform, jobs=[job])
    [slot] = scheduler.due(job)
    assert scheduler.run_slot(job, slot).outcome == "succeeded"
    runs.wait_for_daily_backup(120)
    with platform.db.read() as db:
        rows = list(db.scalars(select(BackupRun).order_by(BackupRun.id)))
    assert [(r.trigger, r.outcome) for r in rows] == [("schedule", SUCCEEDED), ("schedule", SUCCEEDED)]
    assert rows[0].pruned_at is not None and not (platform.settings.backup_dir / rows[0].path.split("/")[-1]).exists()
    assert rows[1].pruned_at is None and rows[1].size_bytes > 0 and rows[1].error is None


def test_a_failed_backup_is_recorded_in_words(platform, moment):
    with pytest.raises(Exception):
        runs.recorded_backup(platform, platform.settings.pii_keys_file.parent)
    with platform.db.read() as db:
        row = db.scalar(select(BackupRun))
    assert row.outcome == FAILED and "holds the key ring" in row.error and row.finished_at is not None


def test_the_console_lists_the_runs_to_a_reader_of_the_audit_log(platform, staff, moment):
    _plant_run(platform, SUCCEEDED, hours_ago=2)
    _plant_run(platform, FAILED, hours_ago=1, error="disk full")
    answer = staff("auditor").get("/backups/runs")
    assert answer.status_code == 200, answer.text
    assert [r["outcome"] for r in answer.json()["items"]] == [FAILED, SUCCEEDED]
    assert staff("service").get("/backups/runs").status_code == 403
