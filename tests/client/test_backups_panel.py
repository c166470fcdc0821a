"""系统管理 → 备份: the backup runs as the server recorded them, newest first, for holders of audit.read only."""

import pytest
from datetime import timedelta

from server import clock
from server.backups.models import BackupRun
from app.views.admin.administration_screen import AdministrationScreen
from tests.client.helpers import signed_in_session

WAIT = 15_000


def _plant(platform) -> None:
    now = clock.now()
    with platform.db.write() as db:
        db.add(BackupRun(trigger="schedule", started_at=now - timedelta(days=1, minutes=2),
                         finished_at=now - timedelta(days=1), outcome="succeeded", size_bytes=5_242_880,
                         path="/srv/backups/p2p-backup-20261202T183000Z"))
        db.add(BackupRun(trigger="command", started_at=now - timedelta(minutes=1), finished_at=now,
                         outcome="failed", error="pg_dump failed: could not connect"))
        db.commit()


@pytest.mark.clock  # the runs are dated from now
def test_the_auditor_reads_the_backup_runs_newest_first(qtbot, runner, profile, platform):
    _plant(platform)
    screen = AdministrationScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(screen)
    panel = screen.backups
    qtbot.waitUntil(lambda: len(panel.model.rows) == 2, timeout=WAIT)
    assert [r.outcome for r in panel.model.rows] == ["failed", "succeeded"]
    texts = [[panel.model.index(row, col).data() for col in range(7)] for row in range(2)]
    assert texts[0][2] == "Failed" and texts[0][3] == "Command line" and "could not connect" in texts[0][6]
    assert texts[1][2] == "Succeeded" and texts[1][3] == "Daily job" and texts[1][4] == "5.00 MiB"
    assert "2 backup runs" in panel.count.text()


def test_customer_service_sees_no_backups_tab(qtbot, runner, profile):
    screen = AdministrationScreen(signed_in_session(profile, "service"), runner)
    qtbot.addWidget(screen)
    assert screen.backups is None
