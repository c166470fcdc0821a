"""Customer service (客服) in the customer view against the real platform: a note added appears, sign-in locked and
unlocked with a reason, a password reset that says where the code went (and the demo outbox shows it), and a
phone change requested by customer service and approved by the senior risk officer (never by the requester)."""

import pytest
from PySide6.QtWidgets import QLabel

from app.services.customers import Customers
from app.views.customers.customer_view import TAB_KEYS, CustomerView
from app.views.customers.customers_screen import CustomersScreen
from app.views.customers.words import lock_reasons
from app.views.tools.demo_outbox import DemoOutbox
from tests.client.helpers import signed_in_session
from tests.client.test_customers_screen import seed_demo

WAIT = 20_000


def plant_demo_book(platform) -> None:
    seed_demo(platform, 30)


@pytest.fixture
def platform(request, make_platform):
    """The tests that ask for `demo` get a copy of a template the demo was planted on once a day (planting it took
    seconds a test); the others the bare demo database."""
    return make_platform(book=plant_demo_book if "demo" in request.fixturenames else None)


@pytest.fixture
def demo(platform):
    return platform


def _view(qtbot, runner, session, number: str) -> CustomerView:
    customer = Customers(session.api).search(number).items[0]
    view = CustomerView(session, runner, customer.id, customer.number)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.customer is not None, timeout=WAIT)
    return view


def test_a_note_added_appears_in_the_notes(qtbot, runner, demo, profile):
    view = _view(qtbot, runner, signed_in_session(profile, "service"), "IV0004")
    before = view.customer.counts.get("notes", 0)
    view.note_button.click()
    assert view.tabs.currentIndex() == TAB_KEYS.index("notes")
    qtbot.waitUntil(lambda: view.notes_note.text() not in ("", "Loading…"), timeout=WAIT)
    assert not view.add_note_button.isEnabled(), "nothing to add yet"
    view.note_text.setPlainText("客户询问提现到账时间，已告知一个工作日内到账。")
    view.add_note_button.click()
    qtbot.waitUntil(lambda: view.notes.rowCount() == before + 1, timeout=WAIT)
    newest = view.notes.record(0)
    assert newest.text == "客户询问提现到账时间，已告知一个工作日内到账。" and newest.author_name == "周敏"
    assert view.note_text.toPlainText() == "" and view.banner.text() == "Note added."
    assert view.tabs.tabText(TAB_KEYS.index("notes")) == f"Service notes ({before + 1})"


def test_sign_in_is_locked_and_unlocked_with_a_reason(qtbot, runner, demo, profile):
    view = _view(qtbot, runner, signed_in_session(profile, "service"), "IV0005")
    assert not view.customer.security.login_locked and view.lock_button.text() == "Lock sign-in…"
    dialog = view.ask_lock()
    assert not dialog.ok_button.isEnabled(), "a reason first"
    dialog.choice.setCurrentIndex(0)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.customer.security.login_locked, timeout=WAIT)
    assert view.customer.security.locked_reason == lock_reasons()[0]
    assert view.customer.security.locked_by_name == "周敏"
    assert "Sign-in locked" in view.badges.text() and view.lock_button.text() == "Unlock sign-in…"
    assert view.banner.text() == "Sign-in locked."

    dialog = view.ask_lock()
    dialog.details.setPlainText("客户本人来电，已核实身份")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not view.customer.security.login_locked, timeout=WAIT)
    assert view.banner.text() == "Sign-in unlocked." and "Sign-in locked" not in view.badges.text()


def test_a_lock_on_an_outdated_view_is_refused_in_words_and_the_view_reloads(qtbot, runner, demo, profile):
    session = signed_in_session(profile, "service")
    view = _view(qtbot, runner, session, "IV0006")
    stale = view.customer
    Customers(session.api).lock(stale.id, stale.version, "疑似欺诈")  # someone else, first
    view.set_locked(True, "疑似欺诈")
    qtbot.waitUntil(lambda: view.customer.version != stale.version, timeout=WAIT)
    assert view.customer.security.login_locked
    assert view.banner.text() and "Sign-in locked." != view.banner.text()


def test_a_password_reset_says_where_the_code_went_and_the_demo_outbox_shows_it(qtbot, runner, demo, profile):
    session = signed_in_session(profile, "service")
    view = _view(qtbot, runner, session, "IV0007")
    dialog = view.ask_password_reset()
    assert dialog.which.currentData() == "login" and dialog.channel.currentData() == "sms"
    dialog.which.setCurrentIndex(dialog.which.findData("withdrawal"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: getattr(view, "reset_sent_to", None) is not None, timeout=WAIT)
    sent_to = view.reset_sent_to
    assert "*" in sent_to and sent_to[-4:].isdigit()
    assert view.banner.text().startswith(f"A one-time code for the withdrawal password was sent to {sent_to};")

    outbox = DemoOutbox(session, runner)
    qtbot.addWidget(outbox)
    qtbot.waitUntil(lambda: outbox.messages is not None, timeout=WAIT)
    newest = outbox.messages[0]
    assert newest.channel == "sms" and newest.to == sent_to
    assert outbox.model.rowCount() == len(outbox.messages) and "demo gateway" in outbox.status.text()


def test_a_phone_change_asked_by_customer_service_is_approved_by_the_senior_risk_officer(qtbot, runner, demo,
                                                                                       profile):
    service = signed_in_session(profile, "service")
    view = _view(qtbot, runner, service, "IV0008")
    dialog = view.ask_phone_change()
    dialog.phone.setText("1390000123")
    assert not dialog.ok_button.isEnabled(), "eleven digits and a reason"
    dialog.phone.setText("13900001234")
    dialog.choice.setCurrentIndex(0)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=WAIT)
    assert "waits for a senior risk officer's approval" in view.banner.text(), view.banner.text()

    agent_list = CustomersScreen(service, runner)
    qtbot.addWidget(agent_list)
    pending = agent_list.phone_changes_page
    qtbot.waitUntil(lambda: pending.model.rowCount() >= 1, timeout=WAIT)
    assert pending.approve_button.isHidden(), "customer service asks; it does not approve"

    lead = signed_in_session(profile, "risklead")
    screen = CustomersScreen(lead, runner)
    qtbot.addWidget(screen)
    screen.show()
    approvals = screen.phone_changes_page
    qtbot.waitUntil(lambda: any(p.customer_number == "IV0008" for p in approvals.model.rows), timeout=WAIT)
    row = next(i for i, p in enumerate(approvals.model.rows) if p.customer_number == "IV0008")
    approvals.table.selectRow(row)
    assert approvals.approve_button.isEnabled()
    decision = approvals.ask("approve")
    decision.choice.setCurrentIndex(0)
    decision.ok_button.click()
    qtbot.waitUntil(lambda: not approvals.outcome.isHidden(), timeout=WAIT)
    assert approvals.outcome.text().startswith("Approved: IV0008's phone is now ")
    qtbot.waitUntil(lambda: all(p.customer_number != "IV0008" for p in approvals.model.rows), timeout=WAIT)

    revealed = Customers(lead.api).reveal(view.customer_id, "核对更换后的手机号")
    assert revealed.phone == "13900001234"


def test_the_requester_cannot_approve_their_own_phone_change(qtbot, runner, demo, profile):
    lead = signed_in_session(profile, "risklead")
    view = _view(qtbot, runner, lead, "IV0009")
    view.request_phone_change("13900005678", "客户原手机号已丢失")
    qtbot.waitUntil(lambda: "waits for" in view.banner.text(), timeout=WAIT)
    screen = CustomersScreen(lead, runner)
    qtbot.addWidget(screen)
    approvals = screen.phone_changes_page
    qtbot.waitUntil(lambda: any(p.customer_number == "IV0009" for p in approvals.model.rows), timeout=WAIT)
    change = next(p for p in approvals.model.rows if p.customer_number == "IV0009")
    approvals.decide(change, "approve", "")
    qtbot.waitUntil(lambda: not approvals.outcome.isHidden(), timeout=WAIT)
    assert not approvals.outcome.text().startswith("Approved"), "four eyes: refused, in words"
    assert approvals.outcome.text()


def test_the_waiting_phone_change_of_the_demo_is_in_front_when_asked_for(qtbot, runner, demo, profile):
    screen = CustomersScreen(signed_in_session(profile, "risklead"), runner)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_phone_changes()
    assert screen.tabs.currentWidget() is screen.phone_changes_page
    qtbot.waitUntil(lambda: any(p.customer_number == "IV0021" for p in screen.phone_changes_page.model.rows),
                    timeout=WAIT)
    assert screen.phone_changes_page.status.text().startswith("Waiting for approval: ")


def test_the_finance_manager_marks_a_related_party_and_ends_the_mark(qtbot, runner, demo, profile):
    assert not _view(qtbot, runner, signed_in_session(profile, "service"), "IV0005").related_button.isVisibleTo(None)
    view = _view(qtbot, runner, signed_in_session(profile, "finlead"), "IV0005")
    assert view.related_button.isVisible() and view.customer.related_party is None
    assert not view.lock_button.isVisible(), "the finance manager does not serve customers"
    dialog = view.ask_related_party()
    assert not dialog.ended.isVisible() and dialog.since.isEnabled()
    assert not dialog.ok_button.isEnabled(), "a relation and a reason first"
    dialog.relation.setCurrentIndex(3)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("员工花名册")
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Mark"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.customer.related_party == "Employee of the platform", timeout=WAIT)
    assert "Related party" in view.badges.text()
    assert view.banner.text() == "Marked as a related party of the platform: Employee of the platform."

    dialog = view.ask_related_party()
    assert "is marked as a related party of the platform: Employee of the platform." in \
        dialog.findChild(QLabel, "relatedSummary").text()
    assert dialog.ended.isVisible() and not dialog.since.isEnabled(), "a new relation starts now"
    dialog.ended.setChecked(True)
    assert not dialog.relation.isEnabled() and not dialog.ok_button.isEnabled()
    dialog.reason.setText("已离职")
    assert dialog.ok_button.text() == "End the mark"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.customer.related_party is None, timeout=WAIT)
    assert "Related party" not in view.badges.text()
    assert view.banner.text() == "The related-party mark has ended; the months before keep it."
