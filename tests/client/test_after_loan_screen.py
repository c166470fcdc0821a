"""The after-loan screen (贷后管理) against the real platform: overdue loans by bucket with counts and amounts that
match the server, assigning a collector, recording a contact with a promise, proposing compensation as 风控主管 and
approving it as 财务主管 with a fresh one-time code, the listings' funding with disbursement and release, the
repayments due today, and each tab only for those whose work it is."""

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.after_loan import AfterLoan
from app.views.afterloan.after_loan_screen import AfterLoanScreen
from app.views.afterloan.collection_dialogs import CollectorDialog, ContactDialog
from app.views.common.reason_dialog import ReasonDialog
from app.views.session.step_up_dialog import StepUpDialog
from tests.client.afterloan_book import Book
from tests.client.helpers import signed_in_session
from tests.support.platforms import totp_code

WAIT = 20_000


@pytest.fixture
def people(profile):
    return {name: signed_in_session(profile, name) for name in ("risklead", "risk", "finlead")}


@pytest.fixture
def book(platform, people):
    return Book(platform, people["risklead"], people["risk"])


def _screen(qtbot, runner, session, *tabs) -> AfterLoanScreen:
    screen = AfterLoanScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1366, 760)
    screen.show()
    qtbot.waitUntil(lambda: set(tabs) <= screen.loaded, timeout=WAIT)
    return screen


def _row_of(table, number: str) -> int:
    return next(i for i, r in enumerate(table.records) if r.number == number)


def test_overdue_buckets_show_count_and_amount_and_filter_the_list(qtbot, runner, people, book):
    m1, m2, m3plus = book.overdue(10), book.overdue(45, 2_400_000), book.overdue(100)
    screen = _screen(qtbot, runner, people["risklead"], "overdue")
    board = AfterLoan(people["risklead"].api).overdue()
    numbers = {r.number: r.bucket for r in screen.overdue_table.records}
    assert numbers[m1["number"]] == "M1" and numbers[m2["number"]] == "M2" and numbers[m3plus["number"]] == "M3+"
    for bucket in ("M1", "M2", "M3", "M3+"):
        text = screen.bucket_buttons[bucket].text()
        total = board.buckets[bucket]
        assert text.startswith(f"{bucket}: {total.count} · ¥"), text
    assert "M2: 1 · ¥" in screen.bucket_buttons["M2"].text()
    screen.bucket_buttons["M2"].click()
    qtbot.waitUntil(lambda: [r.number for r in screen.overdue_table.records] == [m2["number"]], timeout=WAIT)
    assert screen.bucket == "M2" and screen.bucket_buttons["M2"].isChecked()
    with qtbot.waitSignal(screen.open_requested, timeout=WAIT) as opened:  # a double-click: the loan's application
        screen.overdue_table.doubleClicked.emit(screen.overdue_table.model().index(0, 1))
    key, title, make = opened.args
    assert (key, title) == (f"loan:{m2['id']}", m2["number"])
    view = make()
    qtbot.addWidget(view)
    assert view.app_id == m2["id"]
    screen.bucket_buttons[None].click()
    qtbot.waitUntil(lambda: len(screen.overdue_table.records) == len(board.items), timeout=WAIT)
    # the tabs of a manager; the finance manager sees only the proposals
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
        "Listings and funding", "Repayments", "Overdue", "Compensation and write-off"]
    finance = _screen(qtbot, runner, people["finlead"], "proposals")
    assert list(finance.pages) == ["proposals"] and finance.approve_button.isVisible()


def test_assign_a_collector_then_the_collector_records_a_contact_with_a_promise(qtbot, runner, people, book):
    loan = book.overdue(20)
    lead = _screen(qtbot, runner, people["risklead"], "overdue")
    lead.show_tab("overdue")
    lead.overdue_table.selectRow(_row_of(lead.overdue_table, loan["number"]))
    qtbot.waitUntil(lambda: lead.collection is not None, timeout=WAIT)
    assert lead.assign_button.isEnabled() and not lead.contact_button.isHidden()
    lead.assign_collector()
    qtbot.waitUntil(lambda: isinstance(lead.last_dialog, CollectorDialog), timeout=WAIT)
    dialog = lead.last_dialog
    index = dialog.collector.findData("risk")
    if index < 0:  # the platform offered no list: the user name typed in
        dialog.collector.setEditText("risk")
    else:
        dialog.collector.setCurrentIndex(index)
    assert dialog.chosen() == "risk"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "now collects" in lead.message.text() or "red" in lead.message.styleSheet() or "b42318" in lead.message.styleSheet(), timeout=WAIT)
    assert "now collects" in lead.message.text(), lead.message.text()
    qtbot.waitUntil(lambda: lead.collection is not None and lead.collection.collector == "risk", timeout=WAIT)
    assert "李明" in lead.collection_title.text() and "now collects" in lead.message.text()
    qtbot.waitUntil(lambda: lead.overdue_table.records[_row_of(lead.overdue_table, loan["number"])].collector_name
                    == "李明", timeout=WAIT)  # the list, asked again after the change, names the collector

    # the collector sees the loan among their own, and records a promise to pay
    collector = _screen(qtbot, runner, people["risk"], "overdue")
    assert collector.mine_only.isChecked() and "listings" not in collector.pages
    assert [r.number for r in collector.overdue_table.records] == [loan["number"]]
    assert collector.assign_button.isHidden() and collector.compensate_button.isHidden()
    collector.overdue_table.selectRow(0)
    qtbot.waitUntil(lambda: collector.collection is not None, timeout=WAIT)
    collector.record_contact()
    dialog = collector.last_dialog
    assert isinstance(dialog, ContactDialog) and loan["number"] in dialog.findChild(type(collector.message)).text()
    masked = collector.overdue_table.records[0].borrower_phone
    assert "****" in masked and masked in dialog.findChild(type(collector.message)).text()  # the list's masked phone
    dialog.reveal_button.click()  # the number to call, from the platform, which audits it
    qtbot.waitUntil(lambda: dialog.phone.text().isdigit(), timeout=WAIT)
    phone = dialog.phone.text()
    assert len(phone) == 11 and phone[:3] + "****" + phone[-4:] == masked and not dialog.reveal_button.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promised"))
    dialog.note.setPlainText("本人接听，承诺周五前还一期")
    assert not dialog.ok_button.isEnabled() and "amount" in dialog.problem.text()  # a promise needs its amount
    dialog.promised_amount.setText("1,000")
    assert dialog.ok_button.isEnabled()
    promised_on = dialog.promised_date.date().toPython()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: collector.history.topLevelItemCount() == 1 or "b42318" in collector.message.styleSheet(), timeout=WAIT)
    assert collector.history.topLevelItemCount() == 1, collector.message.text()
    item = collector.history.topLevelItem(0)
    assert item.text(1) == "李明" and item.text(2) == "Promised to pay"
    assert item.text(3) == f"¥1,000.00 on {promised_on.isoformat()}" and item.text(5) == "本人接听，承诺周五前还一期"
    qtbot.waitUntil(lambda: collector.overdue_table.records[0].promise is not None, timeout=WAIT)
    promise = collector.overdue_table.records[0].promise
    assert promise.state == "open" and promise.amount_fen == 100_000 and promise.date == promised_on
    assert collector.overdue_table.item(0, 5).text() == f"Promised: ¥1,000.00 on {promised_on.isoformat()}"
    assert collector.overdue_table.records[0].next_action_date is not None


def test_compensation_proposed_by_the_senior_officer_is_approved_by_the_finance_manager_with_step_up(
        qtbot, runner, people, book):
    loan = book.overdue(95)
    lead = _screen(qtbot, runner, people["risklead"], "overdue", "proposals")
    lead.show_tab("overdue")
    lead.overdue_table.selectRow(_row_of(lead.overdue_table, loan["number"]))
    assert lead.compensate_button.isEnabled()
    lead.propose("compensation")
    dialog = lead.last_dialog
    assert isinstance(dialog, ReasonDialog) and loan["number"] in dialog.summary.text()
    dialog.choice.setCurrentIndex(0)
    dialog.details.setPlainText("逾期超过 90 天，借款人失联")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(p.number == loan["number"] for p in lead.proposals_table.records), timeout=WAIT)
    mine = next(p for p in lead.proposals_table.records if p.number == loan["number"])
    assert mine.state == "pending" and mine.kind == "compensation" and mine.proposed_by_name == "张伟"
    assert lead.approve_button.isHidden()  # the proposer does not decide
    qtbot.waitUntil(lambda: lead.selected_overdue() is None or
                    lead.selected_overdue().compensation_state == "pending", timeout=WAIT)

    finance = _screen(qtbot, runner, people["finlead"], "proposals")
    row = _row_of(finance.proposals_table, loan["number"])
    finance.proposals_table.selectRow(row)
    assert finance.approve_button.isEnabled() and finance.reject_button.isEnabled()
    finance.approve_proposal()
    step_up = finance.last_dialog
    assert isinstance(step_up, StepUpDialog) and loan["number"] in step_up.what.text()
    step_up.code.setText(totp_code("finlead", 1))
    step_up.ok_button.click()
    qtbot.waitUntil(lambda: "approved" in finance.message.text(), timeout=WAIT)
    decided = next(p for p in AfterLoan(people["finlead"].api).proposals() if p.number == loan["number"])
    assert decided.state == "approved" and decided.decided_by_name == "刘洋"
    # the pending list no longer shows it; the approved list does
    qtbot.waitUntil(lambda: all(p.number != loan["number"] for p in finance.proposals_table.records), timeout=WAIT)
    finance.proposal_state.setCurrentIndex(finance.proposal_state.findData("approved"))
    qtbot.waitUntil(lambda: any(p.number == loan["number"] for p in finance.proposals_table.records), timeout=WAIT)


def test_listings_show_funding_disburse_with_step_up_and_release_with_a_reason(qtbot, runner, people, book):
    half = book.listed(1_000_000, 400_000)
    full = book.listed(800_000, 800_000)
    approved = book.act(book.risk, book.apply(500_000), "approve_first")
    screen = _screen(qtbot, runner, people["risklead"], "listings")
    assert screen.listings_table.records[0].fully_funded  # what waits for disbursement comes first
    row = _row_of(screen.listings_table, half["number"])
    bar = screen.listings_table.cellWidget(row, 3)
    assert bar.value() == 400 and bar.format() == "¥4,000.00 of ¥10,000.00"
    screen.listings_table.selectRow(row)
    assert not screen.disburse_button.isEnabled() and screen.release_button.isEnabled()
    screen.listings_table.selectRow(_row_of(screen.listings_table, full["number"]))
    assert screen.disburse_button.isEnabled()
    screen.disburse()
    step_up = screen.last_dialog
    assert isinstance(step_up, StepUpDialog) and full["number"] in step_up.what.text()
    step_up.code.setText(totp_code("risklead", 1))
    step_up.ok_button.click()
    qtbot.waitUntil(lambda: "disbursed" in screen.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: all(r.number != full["number"] for r in screen.listings_table.records), timeout=WAIT)
    assert people["risklead"].api.loan_file(full["id"]).row.state == "repaying"

    # an approved loan is opened to investors
    screen.listings_table.selectRow(_row_of(screen.listings_table, approved["number"]))
    assert screen.list_button.isEnabled() and not screen.disburse_button.isEnabled()
    screen.open_for_funding()
    screen.last_dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "open for funding" in screen.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(r.number == approved["number"] and r.state == "listed"
                                for r in screen.listings_table.records), timeout=WAIT)

    screen.listings_table.selectRow(_row_of(screen.listings_table, half["number"]))
    screen.release()
    dialog = screen.last_dialog
    assert isinstance(dialog, ReasonDialog) and "¥4,000.00" in dialog.summary.text()
    dialog.choice.setCurrentIndex(1)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "has ended" in screen.message.text(), timeout=WAIT)
    assert people["risklead"].api.loan_file(half["id"]).row.state == "expired"


def test_repayments_due_today_and_in_the_next_seven_days(qtbot, runner, people, book):
    loan = book.due_today()
    screen = _screen(qtbot, runner, people["risk"], "repayments")
    rows = [r for r in screen.repayments_table.records if r.number == loan["number"]]
    assert len(rows) == 1 and rows[0].installment_number == 1 and rows[0].state == "due"
    assert screen.repayments_table.item(_row_of(screen.repayments_table, loan["number"]), 6).text() == "Due"
    assert "installments · due ¥" in screen.repayments_count.text()
    screen.window_choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.window_choice.currentData() == "7days" and any(
        r.number == loan["number"] for r in screen.repayments_table.records), timeout=WAIT)


def test_a_write_off_rejected_by_the_finance_manager_keeps_the_reason(qtbot, runner, people, book):
    loan = book.overdue(120)
    AfterLoan(people["risklead"].api).propose(loan["id"], "write_off", "催收手段已用尽")
    finance = _screen(qtbot, runner, people["finlead"], "proposals")
    finance.proposals_table.selectRow(_row_of(finance.proposals_table, loan["number"]))
    assert finance.proposals_table.item(finance.proposals_table.currentRow(), 0).text() == "Write-off"
    finance.reject_proposal()
    dialog = finance.last_dialog
    assert isinstance(dialog, ReasonDialog) and "张伟" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled()  # a rejection says why
    dialog.details.setPlainText("尚有抵押物可处置")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "rejected" in finance.message.text(), timeout=WAIT)
    decided = next(p for p in AfterLoan(people["finlead"].api).proposals(state="rejected") if p.number == loan["number"])
    assert decided.decision_reason == "尚有抵押物可处置" and decided.decided_by_name == "刘洋"
    finance.proposal_state.setCurrentIndex(finance.proposal_state.findData("rejected"))
    qtbot.waitUntil(lambda: any(p.number == loan["number"] and p.state == "rejected"
                                for p in finance.proposals_table.records), timeout=WAIT)
    row = _row_of(finance.proposals_table, loan["number"])
    assert finance.proposals_table.item(row, 7).text() == "催收手段已用尽 (decision: 尚有抵押物可处置)"
    assert not finance.approve_button.isEnabled()  # decided: nothing more to do
