"""The loan review queue: server-paged rows, filters and sorting on the server, the application's file."""

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.services.formatting import fen_from_yuan_text, rate_text
from app.views.loans.loan_actions import common_reasons
from app.views.loans.loan_queue_screen import LoanQueueScreen
from app.views.common.reason_dialog import ReasonDialog
from server.loans.demo import seed_loans
from tests.client.helpers import signed_in_session


def _seed(platform, count=400):
    with platform.db.write() as db:
        seed_loans(db, count)
        db.commit()


def _screen(qtbot, runner, profile, username, settings=None, session=None):
    """`session`: to open a second screen for a user who signed in already (a one-time code works once)."""
    screen = LoanQueueScreen(session or signed_in_session(profile, username), runner, settings=settings)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    return screen


def test_the_queue_pages_from_the_server_and_counts_by_state(qtbot, runner, profile, platform):
    _seed(platform)
    screen = _screen(qtbot, runner, profile, "auditor")  # not a reviewer: all applications
    assert [screen.scope.itemData(i) for i in range(screen.scope.count())] == ["all"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 100, timeout=15_000)
    assert screen.model.total == 400 and screen.model.canFetchMore()
    qtbot.waitUntil(lambda: "Repaying" in screen.count.text(), timeout=15_000)
    assert screen.count.text().startswith("400 applications")
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 200, timeout=15_000)
    dates = [r.submitted_at for r in screen.model.rows]
    assert dates == sorted(dates, reverse=True)


def test_filters_and_sorting_go_to_the_server(qtbot, runner, profile, platform):
    _seed(platform)
    screen = _screen(qtbot, runner, profile, "risklead")
    screen.scope.setCurrentIndex(screen.scope.findData("all"))
    screen.state.setCurrentIndex(screen.state.findData("repaying"))
    qtbot.keyClicks(screen.amount_min, "50,000")
    screen.apply_filters()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and screen.model.filters.get("amount_min_fen") == 5_000_000,
                    timeout=15_000)
    assert all(r.state == "repaying" and r.amount_fen >= 5_000_000 for r in screen.model.rows)
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: screen.model.sort_key == "-amount" and screen.model.rowCount() > 0, timeout=15_000)
    amounts = [r.amount_fen for r in screen.model.rows]
    assert amounts == sorted(amounts, reverse=True)
    assert screen.model.data(screen.model.index(0, 2)).startswith("¥")
    assert screen.model.data(screen.model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_my_queue_says_when_nothing_waits(qtbot, runner, profile):
    screen = _screen(qtbot, runner, profile, "risk")
    assert screen.scope.currentData() == "mine"
    qtbot.waitUntil(lambda: screen.count.text() == "No applications wait for you.", timeout=15_000)


def test_selecting_an_application_shows_its_file_with_personal_data_masked(qtbot, runner, profile, platform):
    _seed(platform, 50)
    screen = _screen(qtbot, runner, profile, "risk")  # no pii.view
    screen.scope.setCurrentIndex(screen.scope.findData("team"))
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "Borrower" in screen.file.toPlainText(), timeout=15_000)
    text = screen.file.toPlainText()
    assert screen.model.rows[0].number in text and "********" in text and "****" in text
    assert "Score" in text and "Timeline" in text


def test_amount_and_rate_text_never_go_through_a_float():
    assert fen_from_yuan_text("50,000") == 5_000_000
    assert fen_from_yuan_text("1234.5") == 123_450
    assert fen_from_yuan_text("12a") is None and fen_from_yuan_text("") is None
    assert rate_text("0.096000") == "9.60%" and rate_text("0.123456") == "12.34%"


def test_closing_a_screen_while_its_requests_are_in_flight_is_harmless(qtbot, runner, profile, platform):
    """Found by the benchmark: answers arriving after a tab was closed reached deleted widgets."""
    _seed(platform, 50)
    session = signed_in_session(profile, "auditor")
    for _ in range(3):
        screen = LoanQueueScreen(session, runner)
        screen.show()
        screen.close()
        screen.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    qtbot.wait(100)  # any late callback would raise here, and pytest-qt fails the test


def test_export_writes_the_list_as_filtered_and_sorted_with_chinese_intact(qtbot, runner, profile, platform, tmp_path):
    import csv

    from app.services import language

    _seed(platform, 450)
    language.install("zh_CN")
    try:
        screen = _screen(qtbot, runner, profile, "risklead")
        screen.scope.setCurrentIndex(screen.scope.findData("all"))
        screen.state.setCurrentIndex(screen.state.findData("repaying"))
        qtbot.waitUntil(lambda: screen.model.filters.get("state") == ["repaying"] and screen.model.total > 0,
                        timeout=15_000)
        total = screen.model.total
        target = tmp_path / "导出.csv"
        task = screen.export(str(target))
        qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    finally:
        language.install("en")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["申请编号", "借款人", "金额"]
    assert len(rows) == total + 1 and all(row[8] == "还款中" for row in rows[1:])
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("name", ["cancelled.csv", "cancelled.xlsx"])
def test_a_cancelled_export_leaves_no_file(qtbot, runner, profile, platform, tmp_path, name):
    _seed(platform, 450)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: screen.model.total > 0, timeout=15_000)
    target = tmp_path / name
    task = screen.export(str(target))
    task.cancel()
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    assert screen.count.text() == "The operation was cancelled."
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_excel_export_has_the_list_as_filtered_with_a_bold_chinese_header(qtbot, runner, profile, platform, tmp_path):
    from openpyxl import load_workbook

    from app.services import language

    _seed(platform, 450)
    language.install("zh_CN")
    try:
        screen = _screen(qtbot, runner, profile, "risklead")
        screen.scope.setCurrentIndex(screen.scope.findData("all"))
        screen.state.setCurrentIndex(screen.state.findData("repaying"))
        qtbot.waitUntil(lambda: screen.model.filters.get("state") == ["repaying"] and screen.model.total > 0,
                        timeout=15_000)
        total, first = screen.model.total, screen.model.rows[0]
        target = tmp_path / "导出.xlsx"
        screen.export(str(target))
        qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    finally:
        language.install("en")
    sheet = load_workbook(target, read_only=False).active
    rows = list(sheet.values)
    assert list(rows[0][:3]) == ["申请编号", "借款人", "金额"] and sheet["A1"].font.b
    assert len(rows) == total + 1 and all(row[8] == "还款中" for row in rows[1:])
    assert rows[1][0] == first.number and isinstance(rows[1][2], str) and rows[1][2].startswith("¥")  # no floats
    assert not list(tmp_path.glob("*.part"))


def test_hidden_columns_and_widths_are_remembered_per_user(qtbot, runner, profile, platform, settings):
    _seed(platform, 20)
    screen = _screen(qtbot, runner, profile, "risk", settings)
    header = screen.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(20, 5))  # what a right-click on the header does
    menu = screen.columns.menu
    qtbot.waitUntil(menu.isVisible)
    titles = [a.text() for a in menu.actions()]
    assert titles[:3] == ["Application", "Borrower", "Amount"] and all(a.isChecked() for a in menu.actions())
    menu.actions()[1].trigger()  # uncheck "Borrower"
    menu.close()
    assert screen.table.isColumnHidden(1)
    header.resizeSection(0, 222)
    header.moveSection(2, 5)
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    screen.close()

    again = _screen(qtbot, runner, profile, "risk", settings, session=screen.session)
    again.scope.setCurrentIndex(again.scope.findData("all"))
    qtbot.waitUntil(lambda: again.model.rowCount() > 0, timeout=15_000)  # a reload keeps the arrangement
    assert again.table.isColumnHidden(1) and again.table.columnWidth(0) == 222
    assert again.table.horizontalHeader().visualIndex(2) == 5 and again.model.sort_key == "-amount"
    assert not again.columns.make_menu().actions()[1].isChecked()
    other = _screen(qtbot, runner, profile, "risklead", settings)
    assert not other.table.isColumnHidden(1) and other.table.columnWidth(0) != 222


def test_the_last_visible_column_cannot_be_hidden(qtbot, runner, profile, platform):
    screen = _screen(qtbot, runner, profile, "auditor")
    for column in range(1, screen.model.columnCount()):
        screen.columns.set_visible(column, False)
    actions = screen.columns.make_menu().actions()
    assert actions[0].isChecked() and not actions[0].isEnabled()


def test_saved_filters_bring_the_filters_back(qtbot, runner, profile, platform, settings):
    _seed(platform, 100)
    screen = _screen(qtbot, runner, profile, "risklead", settings)
    screen.scope.setCurrentIndex(screen.scope.findData("all"))
    screen.state.setCurrentIndex(screen.state.findData("repaying"))
    screen.grade.setCurrentIndex(screen.grade.findData("B"))
    qtbot.keyClicks(screen.amount_min, "10,000")
    screen.search.setText("张")
    screen.apply_filters()
    wanted = dict(screen.model.filters)
    screen.saved_filters.save_as("大额还款中 B")
    screen._clear()
    qtbot.waitUntil(lambda: screen.model.filters["state"] == [] and screen.model.filters["q"] == "", timeout=15_000)

    screen.saved_filters.rebuild_menu()
    entry = next(a for a in screen.saved_filters.menu().actions() if a.text() == "大额还款中 B")
    entry.trigger()
    assert screen.model.filters == wanted and screen.amount_min.text() == "10,000"
    qtbot.waitUntil(lambda: not screen.count.text().startswith("Loading"), timeout=15_000)

    again = _screen(qtbot, runner, profile, "risklead", settings, session=screen.session)  # kept for the user
    assert again.saved_filters.names() == ["大额还款中 B"]
    assert _screen(qtbot, runner, profile, "auditor", settings).saved_filters.names() == []
    again.saved_filters.delete("大额还款中 B")
    assert again.saved_filters.names() == []


def _select_rows(screen, rows):
    selection = QItemSelection()
    for row in rows:
        selection.select(screen.model.index(row, 0), screen.model.index(row, screen.model.columnCount() - 1))
    screen.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _submitted_for_all(qtbot, runner, profile, platform, username="risk"):
    _seed(platform, 60)
    screen = _screen(qtbot, runner, profile, username)
    screen.scope.setCurrentIndex(screen.scope.findData("all"))
    screen.state.setCurrentIndex(screen.state.findData("submitted"))
    qtbot.waitUntil(lambda: screen.model.filters.get("state") == ["submitted"] and screen.model.rowCount() >= 3,
                    timeout=15_000)
    return screen


def test_a_risk_officer_rejects_several_applications_with_one_reason(qtbot, runner, profile, platform):
    screen = _submitted_for_all(qtbot, runner, profile, platform)
    assert screen.reject_button.isVisible() and not screen.reject_button.isEnabled()
    _select_rows(screen, [0, 1, 2])
    screen.table.selectionModel().setCurrentIndex(screen.model.index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert screen.reject_button.isEnabled() and screen.return_button.isEnabled()
    chosen = screen.selected_records()
    qtbot.waitUntil(lambda: chosen[1].number in screen.file.toPlainText(), timeout=15_000)
    before = screen.model.total

    dialog = screen.confirm_batch("reject")
    numbers = ", ".join(r.number for r in chosen)
    assert dialog.summary.text() == f"Reject 3 applications: {numbers}?"
    dialog.reject()

    screen.run_batch("reject", "Incomplete documents: missing bank statement")
    qtbot.waitUntil(lambda: screen.notice.text() == "3 rejected", timeout=15_000)
    qtbot.waitUntil(lambda: screen.model.total == before - 3 and screen.model.rowCount() > 0, timeout=15_000)
    assert not {r.id for r in screen.model.rows} & {r.id for r in chosen}
    qtbot.waitUntil(lambda: "Rejected" in screen.file.toPlainText(), timeout=15_000)  # the file beside, too
    for record in chosen:  # and on the server, with the reason in the timeline
        file = screen.session.api.loan_file(record.id)
        assert file.row.state == "rejected"
        assert file.timeline[-1]["comment"] == "Incomplete documents: missing bank statement"


def test_a_batch_says_which_applications_were_refused_and_why(qtbot, runner, profile, platform):
    screen = _submitted_for_all(qtbot, runner, profile, platform)
    _select_rows(screen, [0, 1])
    first, second = screen.selected_records()
    screen.session.api.loan_action(first.id, "return", first.version, "Other: someone was quicker")
    screen.run_batch("return", "Information inconsistent")
    qtbot.waitUntil(lambda: screen.notice.text().startswith("1 returned"), timeout=15_000)
    assert screen.notice.text() == f"1 returned; 1 refused: {first.number} — someone else changed it first"
    assert screen.session.api.loan_file(second.id).row.state == "returned"


def test_batch_actions_are_only_offered_to_reviewers(qtbot, runner, profile, platform):
    _seed(platform, 20)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    _select_rows(screen, [0, 1])
    assert screen.reject_button.isHidden() and screen.return_button.isHidden()
    assert [a.text() for a in screen.make_row_menu(0).actions()] == ["Open", "Copy application number"]
    assert screen.confirm_batch("reject") is None


def test_the_reason_dialog_waits_for_a_reason():
    dialog = ReasonDialog("Reject applications", "Reject 2 applications: LN1, LN2?", common_reasons("reject"), None)
    assert not dialog.ok_button.isEnabled() and dialog.reason() == ""
    dialog.choice.setCurrentIndex(0)
    assert dialog.ok_button.isEnabled() and dialog.reason() == "Incomplete documents"
    dialog.details.setPlainText("missing bank statement")
    assert dialog.reason() == "Incomplete documents: missing bank statement"
    dialog.choice.setCurrentIndex(-1)
    assert dialog.ok_button.isEnabled() and dialog.reason() == "missing bank statement"
    dialog.details.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.deleteLater()


def test_the_row_menu_opens_copies_and_offers_the_batch_actions(qtbot, runner, profile, platform):
    screen = _submitted_for_all(qtbot, runner, profile, platform)
    _select_rows(screen, [0, 2])
    menu = screen.make_row_menu(2)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == ["Open", "Copy application number", "Return selected…", "Reject selected…"]
    actions["Copy application number"].trigger()
    assert QGuiApplication.clipboard().text() == "\n".join(r.number for r in screen.selected_records())
    with qtbot.waitSignal(screen.open_requested) as opened:
        actions["Open"].trigger()
    assert opened.args[0] == f"loan:{screen.model.rows[2].id}"
    actions["Return selected…"].trigger()
    dialog = screen.findChild(ReasonDialog)
    assert dialog.isVisible() and dialog.summary.text().startswith("Return 2 applications")
    dialog.choice.setCurrentIndex(1)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: screen.notice.text() == "2 returned", timeout=15_000)


def test_the_queue_opened_from_the_main_window_keeps_the_users_columns(qtbot, runner, profile, platform, settings):
    from app.views.shell.main_window import MainWindow

    session = signed_in_session(profile, "risk")
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    screen = window.open_screen("loans")
    screen.columns.set_visible(6, False)  # Score
    window.close()
    again = MainWindow(session, runner, settings)
    qtbot.addWidget(again)
    assert again.open_screen("loans").table.isColumnHidden(6)


@pytest.mark.clock  # the period is counted back from Shanghai's today
def test_the_period_filter_asks_the_server_from_the_start_of_a_local_day(qtbot, runner, profile, platform):
    from datetime import datetime, timedelta

    from app.services import clock

    _seed(platform, 300)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: screen.model.total == 300, timeout=15_000)
    screen.period.setCurrentIndex(screen.period.findData(90))
    qtbot.waitUntil(lambda: screen.model.filters.get("submitted_from") is not None and not screen.model._loading,
                    timeout=15_000)
    start = datetime.fromisoformat(screen.model.filters["submitted_from"].replace("Z", "+00:00"))
    shanghai_midnight = start.astimezone(clock.SHANGHAI)
    assert (shanghai_midnight.hour, shanghai_midnight.minute) == (0, 0)
    assert start == clock.day_start_utc(clock.today_shanghai() - timedelta(days=89))  # today is the 90th day
    assert screen.model.total < 300 and all(r.submitted_at >= start for r in screen.model.rows)
    screen.period.setCurrentIndex(0)
    qtbot.waitUntil(lambda: screen.model.total == 300, timeout=15_000)


def test_the_file_beside_the_list_reads_words_in_chinese_not_codes(qtbot, runner, profile, platform):
    """The borrower's kind, the timeline's actor and action, the findings: 个人, 客户 · 提交申请, 逾期还款 4 次… (never
    "(person)", "customer · submitted", "risk · approve_first")."""
    import re

    from app.services import language

    _seed(platform, 300)
    language.install("zh_CN")
    try:
        screen = _screen(qtbot, runner, profile, "risklead")
        screen.scope.setCurrentIndex(screen.scope.findData("all"))
        screen.grade.setCurrentIndex(screen.grade.findData("HR"))
        assert screen.grade.currentText() == "高风险"
        qtbot.waitUntil(lambda: screen.model.filters.get("grade") == ["HR"] and screen.model.rowCount() > 0,
                        timeout=15_000)
        row = 0
        screen.table.selectRow(row)
        qtbot.waitUntil(lambda: "月还款额占收入" in screen.file.toPlainText(), timeout=15_000)
        text = screen.file.toPlainText()
        assert "客户 · 提交申请" in text and ("（个人）" in text or "（企业）" in text)
        assert "负债收入比（警示）：月还款额占收入 68%（超过 50% 即预警）。" in text
        assert not re.search(r"\b(customer|person|company|submitted|approve_first|risk)\b", text), text
        assert not re.search(r"[a-z]_[a-z]", text), text
        grade = screen.model.index(row, 7).data()
        assert grade == "高风险"
    finally:
        language.install("en")


def test_no_state_or_repayment_method_is_cut_short_in_english(qtbot, runner, profile, platform):
    _seed(platform, 300)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    metrics = screen.table.fontMetrics()
    for column in (5, 8):  # repayment method, state (a badge with its margins)
        widest = max(metrics.horizontalAdvance(screen.model.index(r, column).data())
                     for r in range(screen.model.rowCount()))
        assert screen.table.columnWidth(column) >= widest + (26 if column == 8 else 6), column
