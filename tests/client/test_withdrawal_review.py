"""The withdrawal review (提现审核) against the real platform: the queue with its counts and flags, approving
through the confirmation and a fresh one-time code, rejecting with a reason, batches, the manager's second
approval, and a conflict when someone else acted first."""

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.withdrawals import Withdrawals
from app.views.common.reason_dialog import ReasonDialog
from app.views.session.step_up_dialog import StepUpDialog
from app.views.funds.withdrawal_review import WithdrawalReview
from tests.client.helpers import signed_in_session, when_dialog_opens
from tests.support.platforms import totp_code

WAIT = 15_000


@pytest.fixture
def demo(platform):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.withdrawals.demo import seed_withdrawals

    with platform.db.write() as db:
        seed_loans(db, 60)
        seed_ledger(db)
        seed_withdrawals(db)
        db.commit()
    return platform


def _view(qtbot, runner, session) -> WithdrawalReview:
    view = WithdrawalReview(session, runner)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: bool(view.model.rows) and getattr(view, "counts", None) is not None, timeout=WAIT)
    return view



def _select(qtbot, view, predicate) -> int:
    qtbot.waitUntil(lambda: any(predicate(r) for r in view.model.rows), timeout=WAIT)  # after any reload
    row = next(i for i, r in enumerate(view.model.rows) if predicate(r))
    view.table.selectRow(row)
    wanted = view.model.rows[row].id
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.row.id == wanted, timeout=WAIT)
    return wanted


def _say_yes_to_the_confirmation(qtbot, seen):
    def yes(box):
        seen["confirm"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(yes)


def _enter_code(qtbot, view, username, step):
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, StepUpDialog), timeout=WAIT)
    view.last_dialog.code.setText(totp_code(username, step))
    view.last_dialog.ok_button.click()


def test_the_queue_shows_what_waits_with_counts_flags_and_the_selected_request(qtbot, runner, profile, demo):
    view = _view(qtbot, runner, signed_in_session(profile, "finance"))
    assert {r.state for r in view.model.rows} == {"pending_review", "pending_second_approval"}
    assert "Pending review" in view.counts_label.text() and view.counts["paid"] > 0
    assert view.model.data(view.model.index(0, 3)).startswith("¥")  # amounts grouped, in yuan
    _select(qtbot, view, lambda r: "large" in {f.code for f in r.flags} and r.state == "pending_review")
    assert "Large" in view.flags_text.text() and "above the review threshold" in view.flags_text.text()
    assert "****" in view.fields["card"].text()
    assert view.activity.topLevelItemCount() > 0 and view.balances["available"].text().startswith("¥")
    assert view.approve_button.isEnabled() and view.reject_button.isEnabled()
    view.grab().save("/tmp/withdrawals.png")
    # the clerk is linked to IV0007: the pane says why the buttons are off
    _select(qtbot, view, lambda r: r.customer_ref == "IV0007")
    assert not view.approve_button.isEnabled() and not view.reject_button.isEnabled()
    assert "linked to this customer's account" in view.note.text()
    # filters go to the server
    view.flag_filter.setCurrentIndex(view.flag_filter.findData(["many_today"]))
    qtbot.waitUntil(lambda: bool(view.model.rows) and all("many_today" in {f.code for f in r.flags}
                                                    for r in view.model.rows), timeout=WAIT)


def test_approving_confirms_what_to_whom_and_how_much_then_asks_for_a_fresh_code(qtbot, runner, profile, demo):
    view = _view(qtbot, runner, signed_in_session(profile, "finance"))
    wanted = _select(qtbot, view, lambda r: r.state == "pending_review" and r.customer_ref != "IV0007"
                     and r.amount_fen <= 20_000_000)
    row = view.detail.row
    pending_before = view.counts["pending_review"]
    seen = {}
    _say_yes_to_the_confirmation(qtbot, seen)
    view.approve_button.click()
    _enter_code(qtbot, view, "finance", 1)
    qtbot.waitUntil(lambda: view.detail.row.state == "paid", timeout=WAIT)
    assert row.number in seen["confirm"] and row.customer_ref in seen["confirm"] and row.bank_card in seen["confirm"]
    assert view.fields["decision"].text().startswith("Paid · 陈静")  # the staff member's name, not the user name
    qtbot.waitUntil(lambda: view.counts["pending_review"] == pending_before - 1, timeout=WAIT)
    qtbot.waitUntil(lambda: wanted not in {r.id for r in view.model.rows}, timeout=WAIT)  # the queue refreshed


def test_rejecting_asks_for_the_reason_the_customer_will_see(qtbot, runner, profile, demo):
    view = _view(qtbot, runner, signed_in_session(profile, "finance"))
    _select(qtbot, view, lambda r: r.state == "pending_review" and r.customer_ref != "IV0007")
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, ReasonDialog)
        seen["ok_before"] = dialog.ok_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        dialog.choice.setCurrentIndex(dialog.choice.findText("Bank card cannot receive payments"))
        dialog.details.insertPlainText("银行退票")
        dialog.ok_button.click()

    when_dialog_opens(answer)
    view.reject_button.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "rejected", timeout=WAIT)
    assert seen["ok_before"] is False and "the customer sees the reason" in seen["summary"]
    assert view.fields["reason"].text() == "Bank card cannot receive payments: 银行退票"


def test_several_selected_requests_are_rejected_with_one_reason(qtbot, runner, profile, demo):
    from PySide6.QtCore import QItemSelectionModel

    view = _view(qtbot, runner, signed_in_session(profile, "finance"))
    rows = [i for i, r in enumerate(view.model.rows) if r.state == "pending_review" and r.customer_ref != "IV0007"][:2]
    for i in rows:
        view.table.selectionModel().select(view.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    assert view.batch_reject_button.isEnabled() and view.batch_reject_button.text() == "Reject selected (2)"
    ids = {view.model.rows[i].id for i in rows}

    def answer(dialog):
        dialog.choice.setCurrentIndex(0)
        dialog.ok_button.click()

    when_dialog_opens(answer)
    view.batch_reject_button.click()
    qtbot.waitUntil(lambda: view.message.text().startswith("2 done, 0 refused"), timeout=WAIT)
    qtbot.waitUntil(lambda: not ids & {r.id for r in view.model.rows}, timeout=WAIT)


def test_a_large_request_needs_the_finance_manager_and_a_conflict_shows_the_new_state(qtbot, runner, profile, demo):
    clerk = _view(qtbot, runner, signed_in_session(profile, "finance"))
    _select(qtbot, clerk, lambda r: r.state == "pending_second_approval")
    assert not clerk.approve_button.isEnabled() and "second approval" in clerk.note.text()

    manager = _view(qtbot, runner, signed_in_session(profile, "finlead"))
    _select(qtbot, manager, lambda r: r.state == "pending_second_approval")
    assert manager.approve_button.isEnabled()
    _say_yes_to_the_confirmation(qtbot, {})
    manager.approve_button.click()
    _enter_code(qtbot, manager, "finlead", 1)
    qtbot.waitUntil(lambda: manager.detail.row.state == "paid", timeout=WAIT)

    # the manager's screen still shows a request the clerk is about to reject elsewhere
    target = _select(qtbot, manager, lambda r: r.state == "pending_review" and r.customer_ref != "IV0007")
    stale = manager.detail.row
    Withdrawals(signed_in_session(profile, "finance", steps_ahead=1).api).reject(stale.id, stale.version, "客户撤回")

    def answer(dialog):
        dialog.choice.setCurrentIndex(0)
        dialog.ok_button.click()

    when_dialog_opens(answer)
    manager.reject_button.click()
    qtbot.waitUntil(lambda: manager.message.text().startswith("Someone else acted first"), timeout=WAIT)
    qtbot.waitUntil(lambda: manager.detail.row.id == target and manager.detail.row.state == "rejected", timeout=WAIT)
    assert manager.fields["reason"].text() == "客户撤回"


def test_in_chinese_the_queue_names_the_customer_and_the_confirmation_ends_with_its_question(qtbot, runner, profile,
                                                                                          demo):
    from app.services import language

    language.install("zh_CN")
    try:
        view = _view(qtbot, runner, signed_in_session(profile, "finance"))
        customers = {view.model.data(view.model.index(row, 2)) for row in range(view.model.rowCount())}
        # investors by their masked names and numbers (王*明 IV0035), never a bare code
        assert customers and all(re.fullmatch(r"[\u4e00-\u9fff]\*[\u4e00-\u9fff]? IV\d{4}", c) for c in customers), customers
        assert view.state_filter.itemText(0).startswith("待审核（")
        _select(qtbot, view, lambda r: r.state == "pending_review")
        assert view.fields["customer"].text() in customers
        seen = {}

        def cancel(box):
            seen["confirm"] = box.text()
            box.button(QMessageBox.StandardButton.Cancel).click()

        when_dialog_opens(cancel)
        view.approve_button.click()
        qtbot.waitUntil(lambda: "confirm" in seen, timeout=WAIT)
        assert seen["confirm"].endswith("吗？") and any(c in seen["confirm"] for c in customers) and "?" not in seen["confirm"]
    finally:
        language.install("en")
