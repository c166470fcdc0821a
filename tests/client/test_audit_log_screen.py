"""The audit log screen pages from the server as the user scrolls, filters and sorts there."""

from PySide6.QtCore import Qt

from app.views.audit_log_screen import AuditLogScreen
from server.audit.service import Auditor
from tests.client.helpers import signed_in_session


def _records(platform, count):
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        for n in range(count):
            audit.record("test.filler" if n % 2 else "test.other", "thing", n, after={"n": n})
        audit.seal()
        db.commit()


def test_rows_arrive_a_page_at_a_time_as_the_user_scrolls(qtbot, runner, profile, platform):
    _records(platform, 250)
    screen = AuditLogScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 100, timeout=15_000)
    total = screen.model.total
    assert total >= 258 and screen.model.canFetchMore()
    assert screen.count.text().startswith(f"{total:,} records")
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 200, timeout=15_000)
    first = screen.model.rows[0]
    assert first.actor_name == "auditor" and first.action == "auth.signed_in"  # newest first


def test_filters_and_sorting_are_done_by_the_server(qtbot, runner, profile, platform):
    _records(platform, 30)
    screen = AuditLogScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    qtbot.keyClicks(screen.action, "test.filler")
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.total == 15 and screen.model.rowCount() == 15, timeout=15_000)
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 15 and screen.model.sort_key == "seq", timeout=15_000)
    seqs = [r.seq for r in screen.model.rows]
    assert seqs == sorted(seqs)
    screen.table.selectRow(0)
    assert "test.filler" in screen.detail.toPlainText() and '"n": 1' in screen.detail.toPlainText()
    screen.text.setText("no-such-text-anywhere")
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.count.text() == "No records match these filters.", timeout=15_000)
