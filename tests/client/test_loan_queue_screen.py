"""The loan review queue: server-paged rows, filters and sorting on the server, the application's file."""

from PySide6.QtCore import Qt

from app.views.loan_queue_screen import LoanQueueScreen, fen_from_yuan_text, rate_text
from server.loans.demo import seed_loans
from tests.client.helpers import signed_in_session


def _seed(platform, count=400):
    with platform.db.write() as db:
        seed_loans(db, count)
        db.commit()


def _screen(qtbot, runner, profile, username):
    screen = LoanQueueScreen(signed_in_session(profile, username), runner)
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


def test_a_cancelled_export_leaves_no_file(qtbot, runner, profile, platform, tmp_path):
    _seed(platform, 450)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: screen.model.total > 0, timeout=15_000)
    target = tmp_path / "cancelled.csv"
    task = screen.export(str(target))
    task.cancel()
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    assert screen.count.text() == "The operation was cancelled."
    assert not target.exists() and not list(tmp_path.glob("*.part"))
