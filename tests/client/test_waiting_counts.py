"""Work waiting for me (待我处理) in the main window, against the real platform: the navigation shows beside each area
the counts the server gives, the status-bar button sums them and its menu opens the list behind each count, and
the counts follow the console's own operations at once (no wait for the 30-second poll)."""

from PySide6.QtCore import Qt

from app.services.after_loan import AfterLoan
from app.services.waiting import WaitingWork
from app.views.afterloan.after_loan_screen import AfterLoanScreen
from app.views.shell.waiting_counts import SCREEN_OF
from tests.client.afterloan_book import Book
from tests.client.helpers import signed_in_session
from tests.support.platforms import totp_code

WAIT = 20_000


def _nav_text(window, key: str) -> str:
    for row in range(window.nav.count()):
        if window.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
            return window.nav.item(row).text()
    raise AssertionError(key)


def test_navigation_counts_match_the_server_and_open_the_list_behind_them(qtbot, runner, profile, settings,
                                                                          platform):
    from app.views.shell.main_window import MainWindow

    lead, risk = signed_in_session(profile, "risklead"), signed_in_session(profile, "risk")
    loan = Book(platform, lead, risk).overdue(95)
    AfterLoan(lead.api).propose(loan["id"], "compensation", "逾期超过 90 天")
    finance = signed_in_session(profile, "finlead")
    window = MainWindow(finance, runner, settings)
    qtbot.addWidget(window)
    window.show()
    counts = window.waiting
    qtbot.waitUntil(lambda: counts.poller.items is not None, timeout=WAIT)
    server = {i.key: i.count for i in WaitingWork(finance.api).fetch()}
    assert server["compensations"] == 1
    for key in window.screen_keys():
        expected = sum(n for k, n in server.items() if SCREEN_OF.get(k) == key)
        text = _nav_text(window, key)
        assert text.endswith(f" ({expected})") if expected else not text.endswith(")"), (key, text)
    assert _nav_text(window, "afterloan") == "After-loan (1)"
    total = sum(server.values())
    assert counts.button.isVisible() and counts.button.text() == f"Waiting for me ({total})"
    actions = {a.data(): a for a in counts.menu.actions()}
    assert actions["compensations"].text() == "Compensations to approve (1)"

    actions["compensations"].trigger()  # one click: the after-loan proposals waiting for a decision
    screen = window.tabs.currentWidget()
    assert isinstance(screen, AfterLoanScreen) and screen.tabs.currentWidget() is screen.pages["proposals"]
    qtbot.waitUntil(lambda: "proposals" in screen.loaded, timeout=WAIT)
    screen.proposals_table.select_where(lambda p: p.number == loan["number"])
    screen.approve_proposal()
    screen.last_dialog.code.setText(totp_code("finlead", 1))
    screen.last_dialog.ok_button.click()
    # the console's own decision updates the counts at once, not at the next poll
    qtbot.waitUntil(lambda: _nav_text(window, "afterloan") == "After-loan", timeout=WAIT)
    assert "compensations" not in {a.data() for a in counts.menu.actions()}


def test_each_kind_opens_its_list(qtbot, runner, profile, settings):
    from app.views.blacklist.blacklist_screen import BlacklistScreen
    from app.views.loans.loan_queue_screen import LoanQueueScreen
    from app.views.shell.main_window import MainWindow

    window = MainWindow(signed_in_session(profile, "risklead"), runner, settings)
    qtbot.addWidget(window)
    window.show()
    queue = window.waiting.open_waiting("second_reviews")
    assert isinstance(queue, LoanQueueScreen) and window.tabs.currentWidget() is queue
    assert queue.state.currentData() == "second_review" and queue.scope.currentData() == "all"
    assert window.waiting.open_waiting("my_queue").scope.currentData() == "mine"
    blacklist = window.waiting.open_waiting("blacklist_removals")
    assert isinstance(blacklist, BlacklistScreen) and blacklist.only_pending.isChecked()
    overdue = window.waiting.open_waiting("collection_due")
    assert overdue.tabs.currentWidget() is overdue.pages["overdue"] and overdue.mine_only.isChecked()
    customers = window.waiting.open_waiting("phone_changes")
    assert window.tabs.currentWidget() is customers and customers.property("screenKey") == "customers"
    assert window.waiting.open_waiting("withdrawals") is None  # not this user's area
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
