"""The customers area (客户) against the real platform: finding a customer by number, phone and name as the agent
types, the customer view with its header first and its tabs filled when opened, masked values for customer
service and the audited reveal for the senior risk officer, and Ctrl+F opening an application by its number."""

import pytest
from PySide6.QtCore import Qt

from app.services.customers import Customers
from app.views.customers.customer_view import TAB_KEYS, CustomerView
from app.views.customers.customers_screen import CustomersScreen
from app.views.shell.main_window import MainWindow
from tests.client.helpers import signed_in_session

WAIT = 20_000


def seed_demo(platform, loans: int = 60) -> None:
    """The demo data as `python -m server seed-demo` makes it: borrowers with their loans, investors, the ledger's
    movements, withdrawals, the blacklist, the after-loan book and customer service's notes and phone change."""
    from server.demo import seed_demo_book

    with platform.db.write() as db:
        seed_demo_book(db, platform.settings, loans)
        db.commit()


def plant_demo_book(platform) -> None:
    seed_demo(platform)


@pytest.fixture
def platform(request, make_platform):
    """The tests that ask for `demo` get a copy of a template the demo was planted on once a day (planting it took
    seconds a test); the others the bare demo database."""
    return make_platform(book=plant_demo_book if "demo" in request.fixturenames else None)


@pytest.fixture
def demo(platform):
    return platform


def _screen(qtbot, session, runner) -> CustomersScreen:
    screen = CustomersScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def _opened(screen, qtbot) -> list:
    opened = []
    screen.open_requested.connect(lambda key, title, make: opened.append((key, title, make)))
    return opened


def _type(qtbot, screen, text: str) -> None:
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)  # as the agent types: the debounced search runs by itself


def _a_borrower_with_loans(session):
    """A demo borrower with a disbursed loan (a schedule), found through the public API, as a test can."""
    service = Customers(session.api)
    for n in range(1, 200):
        result = service.search(f"BR{n:08d}")
        if result.items and any(loan.installments for loan in service.loans(result.items[0].id)):
            return result.items[0]
    raise AssertionError("no demo borrower with a disbursed loan")


def test_a_customer_is_found_by_number_phone_and_name_as_the_agent_types(qtbot, runner, demo, profile):
    lead = signed_in_session(profile, "risklead")  # pii.view: the phone and name in full (revealed), to type them
    known = Customers(lead.api).reveal(Customers(lead.api).search("IV0002").items[0].id, "核对客户资料")
    service = signed_in_session(profile, "service", 1)
    screen = _screen(qtbot, service, runner)

    _type(qtbot, screen, "IV0002")
    qtbot.waitUntil(lambda: screen.result is not None and screen.model.rowCount() == 1, timeout=WAIT)
    assert screen.result.match == "number"
    row = screen.model.record(0)
    assert row.number == "IV0002" and row.side == "investor"
    assert "*" in (row.phone or "*"), "customer service sees the phone masked"

    screen.result = None
    _type(qtbot, screen, known.phone)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=WAIT)
    assert screen.result.match == "phone"
    assert [r.number for r in screen.model.rows] == ["IV0002"]

    surname = known.name[:1]
    screen.result = None
    screen.search.setText(known.name)  # typed through an input method, then Enter
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=WAIT)
    assert screen.result.match == "name"
    assert "IV0002" in [r.number for r in screen.model.rows]
    assert all(r.name.startswith(surname) for r in screen.model.rows)

    screen.result = None
    _type(qtbot, screen, "IV99999999")
    qtbot.waitUntil(lambda: screen.result is not None, timeout=WAIT)
    assert screen.model.rowCount() == 0 and screen.status.text() == "No customer matches."

    _type(qtbot, screen, "IV0002")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT)
    opened = _opened(screen, qtbot)
    screen.table.setFocus()
    screen.table.selectRow(0)
    screen.open_customer(0)
    assert opened and opened[0][0] == f"customer:{row.id}" and opened[0][1] == "IV0002"
    view = opened[0][2]()
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    assert view.number.text() == "IV0002"


def test_the_customer_view_shows_the_figures_first_and_fills_each_tab_when_opened(qtbot, runner, demo, profile):
    session = signed_in_session(profile, "service")
    borrower = _a_borrower_with_loans(session)
    view = CustomerView(session, runner, borrower.id, borrower.number)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    c = view.customer
    assert view.first_figures_ms is not None
    assert "Available" in view.figures.text() and "Frozen" in view.figures.text()
    assert view.number.text() == borrower.number
    assert view.loaded == {"profile", "security"}, "the other tabs wait until they are opened"
    assert view.profile_form.rowCount() >= 8

    view.tabs.setCurrentIndex(TAB_KEYS.index("transfers"))
    qtbot.waitUntil(lambda: view.transfers.total == c.counts["transfers"] and view.transfers.rowCount() > 0,
                    timeout=WAIT)
    dialog = view.show_transfer(0)
    assert dialog.isVisible()
    dialog.close()

    view.tabs.setCurrentIndex(TAB_KEYS.index("loans"))
    qtbot.waitUntil(lambda: view.loans.rowCount() == c.counts["loans"], timeout=WAIT)
    qtbot.waitUntil(lambda: view.installments.rowCount() > 0, timeout=WAIT)  # a disbursed loan's schedule
    row = view.loans_table.currentIndex().row()
    loan = view.loans.record(row)
    assert loan.installments and view.installments.rowCount() == len(loan.installments)
    opened = []
    view.open_requested.connect(lambda key, title, make: opened.append((key, title)))
    view.open_loan(row)
    assert opened == [(f"loan:{loan.id}", loan.number)]

    view.tabs.setCurrentIndex(TAB_KEYS.index("withdrawals"))
    qtbot.waitUntil(lambda: "withdrawals" in view.loaded and view.withdrawals_note.text() != "Loading…",
                    timeout=WAIT)
    assert view.withdrawals.rowCount() == c.counts.get("withdrawals", 0)

    view.tabs.setCurrentIndex(TAB_KEYS.index("notes"))
    qtbot.waitUntil(lambda: view.notes_note.text() not in ("", "Loading…"), timeout=WAIT)

    view.tabs.setCurrentIndex(TAB_KEYS.index("security"))
    texts = [view.security_form.itemAt(i, view.security_form.ItemRole.FieldRole).widget().text()
             for i in range(view.security_form.rowCount())]
    assert any(t in ("Set", "Not set") for t in texts), "passwords as state, never values"


def test_an_investor_shows_investments_with_expected_returns(qtbot, runner, demo, profile):
    session = signed_in_session(profile, "service")
    investor = Customers(session.api).search("IV0001").items[0]
    view = CustomerView(session, runner, investor.id, investor.number)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    assert view.tabs.isTabVisible(TAB_KEYS.index("investments"))
    view.tabs.setCurrentIndex(TAB_KEYS.index("investments"))
    qtbot.waitUntil(lambda: view.investments_note.text().startswith(
        f"Investments: {view.customer.counts.get('investments', 0)} · expected interest ¥"), timeout=WAIT)
    assert view.investments.rowCount() == view.customer.counts.get("investments", 0)


def test_customer_service_sees_masked_values_and_the_senior_risk_officer_reveals_them(qtbot, runner, demo, profile):
    service = signed_in_session(profile, "service")
    investor = Customers(service.api).search("IV0003").items[0]
    masked = CustomerView(service, runner, investor.id, investor.number)
    qtbot.addWidget(masked)
    qtbot.waitUntil(lambda: masked.customer is not None, timeout=WAIT)
    assert "*" in masked.customer.summary.phone and "*" in masked.customer.summary.id_number
    assert masked.reveal_button.isHidden() and masked.ask_reveal() is None

    lead = signed_in_session(profile, "risklead", 1)
    view = CustomerView(lead, runner, investor.id, investor.number)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    assert view.reveal_button.isVisible()
    dialog = view.ask_reveal()
    dialog.details.setPlainText("Customer called about a withdrawal")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.revealed is not None, timeout=WAIT)
    assert "*" not in view.revealed.phone and len(view.revealed.phone) == 11
    shown = [view.profile_form.itemAt(i, view.profile_form.ItemRole.FieldRole).widget().text()
             for i in range(view.profile_form.rowCount())]
    assert view.revealed.phone in shown and view.revealed.id_number in shown
    assert "recorded in the audit log" in view.banner.text()
    # the reveal is in the audit log, with its reason (read by the auditor)
    auditor = signed_in_session(profile, "auditor", 1)
    entries = auditor.api.audit_page({"action": "pii.revealed"}, "-seq", 1, 20).items
    assert any(e.object_id == str(investor.id) and "Customer called about a withdrawal" in str(e.after)
               for e in entries)


def test_ctrl_f_opens_an_application_by_its_number(qtbot, runner, settings, demo, profile):
    session = signed_in_session(profile, "service")
    borrower = _a_borrower_with_loans(session)
    loan = Customers(session.api).loans(borrower.id)[0]
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.find_action.isVisible()
    window.find_action.trigger()
    popup = window.global_search
    assert popup.isVisible()
    qtbot.keyClicks(popup.field, loan.number)
    with qtbot.waitSignal(popup.opened, timeout=WAIT) as opened:
        popup.field.returnPressed.emit()
    assert opened.args == [f"loan:{loan.id}"]
    assert window.tabs.currentWidget().property("screenKey") == f"loan:{loan.id}"
    assert window.tabs.tabText(window.tabs.currentIndex()) == loan.number

    window.find_action.trigger()
    popup = window.global_search
    qtbot.keyClicks(popup.field, borrower.number)
    with qtbot.waitSignal(popup.opened, timeout=WAIT):
        popup.field.returnPressed.emit()
    view = window.tabs.currentWidget()
    assert isinstance(view, CustomerView) and view.customer_id == borrower.id


def test_ctrl_f_opens_a_withdrawal_for_its_reviewer_and_finds_a_transfer_by_its_id(qtbot, runner, settings, demo,
                                                                                  profile):
    from app.services.withdrawals import Withdrawals
    from app.views.funds.withdrawal_review import WithdrawalReview

    session = signed_in_session(profile, "finance")
    withdrawal = Withdrawals(session.api).page({}, "-requested_at", 1, 1).items[0]
    transfer = session.api.ledger_transfers({}, "-id", 1, 1).items[0]
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.outbox_action.isVisible(), timeout=WAIT)  # the test platform's demo gateway

    popup = window.find_anything()
    qtbot.keyClicks(popup.field, withdrawal.number)
    with qtbot.waitSignal(popup.opened, timeout=WAIT) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args == [f"withdrawal:{withdrawal.id}"]
    review = window.tabs.currentWidget()
    assert isinstance(review, WithdrawalReview)
    qtbot.waitUntil(lambda: review.detail is not None and review.detail.row.id == withdrawal.id, timeout=WAIT)

    popup = window.find_anything()
    qtbot.keyClicks(popup.field, transfer.transfer_id)
    with qtbot.waitSignal(popup.opened, timeout=WAIT) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args == ["transfer"]

    popup = window.find_anything()
    qtbot.keyClicks(popup.field, "no-such-thing-42")
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.status.text() == "Nothing found for no-such-thing-42.", timeout=WAIT)


def test_a_blacklisted_customer_shows_the_hits_above_everything_else(qtbot, runner, demo, profile):
    session = signed_in_session(profile, "service")
    service = Customers(session.api)
    waiting = session.api.loan_queue({"scope": "all", "state": ["submitted"]}, "submitted_at", 1, 20).items
    hit = next(found.items[0] for found in (service.search(a.number) for a in waiting)
               if found.items and found.items[0].blacklisted)
    screen = _screen(qtbot, session, runner)
    _type(qtbot, screen, hit.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT)
    status = screen.model.index(0, 6).data()
    assert "On the blacklist" in status
    view = CustomerView(session, runner, hit.id, hit.number)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    assert view.customer.blacklist_hits
    assert view.blacklist.isVisible() and view.blacklist.text().startswith("<b>On the blacklist:</b>")
    assert view.customer.blacklist_hits[0].reason in view.blacklist.text()
    assert "On the blacklist" in view.badges.text()
