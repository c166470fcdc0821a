"""The audit log screen pages from the server as the user scrolls, filters and sorts there."""

import pytest
from PySide6.QtCore import Qt

from app.views.audit.audit_log_screen import AuditLogScreen
from server.audit.service import Auditor
from tests.client.helpers import signed_in_session


def _records(platform, count):
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        for n in range(count):
            audit.record("loan.reject" if n % 2 else "loan.return", "loan_application", f"LN2026112400{n:04d}",
                         after={"n": n})
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
    screen.action.setCurrentIndex(screen.action.findText("    Rejected"))
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.total == 15 and screen.model.rowCount() == 15, timeout=15_000)
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 15 and screen.model.sort_key == "seq", timeout=15_000)
    seqs = [r.seq for r in screen.model.rows]
    assert seqs == sorted(seqs)
    screen.table.selectRow(0)
    assert "<b>Rejected</b> · Loan application LN20261124000001 · by System from" in screen.heading.text()
    field = screen.detail.topLevelItem(0)
    assert (field.text(0), field.text(1), field.text(2)) == ("n", "", "1")  # before, after
    screen.text.setText("no-such-text-anywhere")
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.count.text() == "No records match these filters.", timeout=15_000)


def _screen(qtbot, runner, profile):
    screen = AuditLogScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    return screen


@pytest.mark.clock  # the range is set from Shanghai's today
def test_object_and_time_range_filters_use_local_days(qtbot, runner, profile, platform):
    from PySide6.QtCore import QDate

    from app.services.formatting import day_start_utc, today_shanghai

    assert day_start_utc(QDate(2026, 11, 24)) == "2026-11-23T16:00:00Z"  # midnight in Shanghai
    _records(platform, 12)
    screen = _screen(qtbot, runner, profile)
    screen.object.setText("LN20261124000007")
    screen.action.setCurrentIndex(screen.action.findData("loan."))
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.total == 1 and screen.model.rowCount() == 1, timeout=15_000)
    assert screen.model.rows[0].object_id == "LN20261124000007"
    screen.object.clear()
    screen.in_range.setChecked(True)
    # the records are stamped now, on Shanghai's day (not this computer's, which may still be yesterday)
    screen.since.setDate(today_shanghai().addDays(-400))
    screen.until.setDate(today_shanghai().addDays(-300))
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.count.text() == "No records match these filters.", timeout=15_000)
    screen.until.setDate(today_shanghai())
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.total == 12, timeout=15_000)


def test_the_chain_check_says_intact_then_names_the_record_edited_in_the_database(qtbot, runner, profile, platform):
    from sqlalchemy import text

    _records(platform, 5)
    screen = _screen(qtbot, runner, profile)
    screen.verify_button.click()
    qtbot.waitUntil(lambda: screen.chain.property("ok") is True, timeout=15_000)
    assert "Chain intact" in screen.chain.text()
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_records SET actor_name = 'someone_else' WHERE seq = 3"))
    screen.verify_button.click()
    qtbot.waitUntil(lambda: screen.chain.property("ok") is False, timeout=15_000)
    assert "Chain broken at record 3" in screen.chain.text() and "edited" in screen.chain.text()


def test_export_writes_every_filtered_record_with_its_before_and_after(qtbot, runner, profile, platform, tmp_path):
    from openpyxl import load_workbook

    _records(platform, 30)
    screen = _screen(qtbot, runner, profile)
    screen.action.setCurrentIndex(screen.action.findData("loan.reject"))
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.total == 15, timeout=15_000)
    target = tmp_path / "audit.xlsx"
    screen.exporter.export(str(target))
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and target.exists(), timeout=30_000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][-3:] == ("Before", "After", "Request") and len(rows) == 16
    assert all(row[3] == "Rejected" for row in rows[1:]) and {row[-2] for row in rows[1:]} >= {'{"n": 1}'}


def test_the_screen_shows_the_latest_checkpoint_of_the_chain(qtbot, runner, profile, platform):
    from datetime import datetime, timezone

    from server import clock
    from server.audit import checkpoints

    screen = _screen(qtbot, runner, profile)
    qtbot.waitUntil(lambda: screen.checkpoint.text() == "No checkpoint yet", timeout=15_000)
    with clock.use(clock.FixedClock(datetime(2026, 12, 2, 4, 0, tzinfo=timezone.utc))), platform.db.read() as db:
        entry = checkpoints.append_checkpoint(db, platform.settings.audit_checkpoints_file)
    screen.refresh()
    expected = f"Last checkpoint: record {entry['seq']:,} at 2026-12-02 12:00"  # Shanghai's time
    qtbot.waitUntil(lambda: screen.checkpoint.text() == expected, timeout=15_000)


def test_records_read_as_words_actions_objects_actors_and_addresses(qtbot, runner, profile, platform):
    from app.models.audit_table import audit_model  # noqa: F401  (the columns the screen shows)

    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "cli", "seed")
        audit.record("loan.overdue_detected", "loans", "2026-12-01")
        audit.seal()
        db.commit()
    screen = _screen(qtbot, runner, profile)
    cells = {tuple(screen.model.data(screen.model.index(row, column)) for column in (2, 3, 4, 5))
             for row in range(screen.model.rowCount())}
    assert ("System", "Overdue loans detected", "Loans 2026-12-01", "Command line") in cells
    signed_in = next(cell for cell in cells if cell[1] == "Signed in")
    assert signed_in[0] == signed_in[2].removeprefix("Staff member ") != "auditor"  # 员工 王芳, not "user 5"
    assert screen.action.findText("Sign-in and sessions (all)") >= 0
    assert screen.object_type.findData("loan_application") == screen.object_type.findText("Loan application")


def test_every_action_the_server_writes_has_words(qtbot):
    """Every `audit.record("area.name", …)` in server/, and the codes made from a variable, read as words."""
    import re
    from pathlib import Path
    from typing import get_args

    from app.models.audit_words import ACTIONS, OBJECT_TYPES
    from server.audit.refusals import RECORDED
    from server.permissions import BY_NAME as PERMISSIONS
    from server.loans.routes import Action
    from server.reports.catalog import ACTIONS as REPORT_ACTIONS

    written, kinds = set(), set()
    for path in Path("server").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        # record("area.name", …), and the names handed to a function that records them (action = "…", audit, "…")
        written |= set(re.findall(r'(?:record\(|action = |audit, |", |if disabled else )"([a-z]+\.[a-z_]+)"', source))
        kinds |= set(re.findall(r'audit\.record\([^,]+, "([a-z_]+)"', source))
    written |= {f"loan.{a}" for a in get_args(Action)} | {f"report.{a}" for a in REPORT_ACTIONS}
    written |= {f"refused.{code}" for code in RECORDED} | {"loan.batch_reject", "loan.batch_return",
                                                           "withdrawal.batch_approve", "withdrawal.batch_reject"}
    written |= {f"ledger.{name}" for name in re.findall(r'_move\(cmd, "([a-z_]+)"',
                                                         Path("server/ledger/routes.py").read_text())}
    written -= {"auth."} | set(PERMISSIONS)  # an area prefix in a filter, permission names beside action names
    assert written and not written - set(ACTIONS), written - set(ACTIONS)
    assert kinds and not kinds - set(OBJECT_TYPES), kinds - set(OBJECT_TYPES)
