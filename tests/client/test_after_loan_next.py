"""Alt+N in the application view: once the reviewer has decided, "Next" opens the following application of the
queue the first was opened from, in its own tab; the risk assessment sits at the top of the file, above the fold."""

from PySide6.QtCore import Qt

from app.views.loans.application_view import ApplicationView
from server.loans.demo import seed_loans
from tests.client.helpers import signed_in_session

WAIT = 15_000


def test_alt_n_after_a_decision_opens_the_next_application_of_the_same_queue(qtbot, runner, profile, settings,
                                                                              platform):
    from app.views.shell.main_window import MainWindow

    with platform.db.write() as db:
        seed_loans(db, 40)
        db.commit()
    window = MainWindow(signed_in_session(profile, "risklead"), runner, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    queue = window.open_screen("loans")
    queue.scope.setCurrentIndex(queue.scope.findData("all"))
    queue.state.setCurrentIndex(queue.state.findData("submitted"))
    qtbot.waitUntil(lambda: queue.model.rowCount() > 2 and all(r.state == "submitted" for r in queue.model.rows),
                    timeout=WAIT)
    first, second = queue.model.rows[0], queue.model.rows[1]
    queue.open_application(0)
    view = window.tabs.currentWidget()
    assert isinstance(view, ApplicationView)
    qtbot.waitUntil(lambda: view.file is not None and "return" in view.buttons, timeout=WAIT)
    # the risk assessment is the first thing on the left, visible without scrolling at 1366×768
    assert view.risk_box.isVisible() and view.risk_box.visibleRegion().boundingRect().height() > 40
    assert view.risk_box.y() < view.borrower_box.y()
    assert view.next_button.isVisible() and not view.next_button.isEnabled()  # nothing decided yet
    view.perform("return", "Documents missing or unreadable")
    qtbot.waitUntil(lambda: view.file.row.state == "returned", timeout=WAIT)
    assert view.next_button.isEnabled() and "Alt+N" in view.next_button.text()
    tabs = window.tabs.count()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(view.comment, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.count() == tabs + 1, timeout=WAIT)
    following = window.tabs.currentWidget()
    assert isinstance(following, ApplicationView) and following.app_id == second.id and following.app_id != first.id
    assert window.tabs.tabText(window.tabs.currentIndex()) == second.number
    qtbot.waitUntil(lambda: following.file is not None, timeout=WAIT)
    assert following.next_of is view.next_of  # the chain goes on through the same queue


def test_next_at_the_end_of_the_queue_says_so(qtbot, runner, profile):
    session = signed_in_session(profile, "risklead")
    view = ApplicationView(session, runner, 1, "LN", next_of=lambda app_id: None)
    qtbot.addWidget(view)
    assert view.open_next() is None and "last application" in view.banner.text()
    assert not view.next_button.isHidden()
    plain = ApplicationView(session, runner, 1, "LN")  # opened from elsewhere: no queue, no Next
    qtbot.addWidget(plain)
    assert plain.next_button.isHidden()
