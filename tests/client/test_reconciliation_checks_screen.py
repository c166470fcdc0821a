"""The day workspace and what a planted day showed (issue 12): money on another account has its own category
(账户不符) with its counts, a line the bank re-sent under a new serial is a duplicate whose candidates name its
matched twin, and a finance manager withdraws a statement (撤回对账文件) with a reason and a fresh one-time code.

The day is a fixed date: the ledger's movements are moved onto it, so nothing depends on today."""

from datetime import date, datetime, timezone

import pytest

from app.services import language
from app.services.reconciliation import Reconciliation
from app.views.common.reason_dialog import ReasonDialog
from app.views.reconciliation.reconciliation_day import ReconciliationDay
from app.views.session.step_up_dialog import StepUpDialog
from server.ledger import day_flows, movements
from tests.client.helpers import signed_in_session, when_dialog_opens
from tests.support.platforms import totp_code

WAIT = 20_000
DAY = date(2026, 11, 20)
HEADER = "银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"


def _book(platform, *recharges):
    """Recharges (account, fen, order number) booked on DAY at 09:00 Shanghai."""
    with platform.db.write() as db:
        ids = [movements.recharge(db, f"op-{reference}", account, fen, reference)[0].id
               for account, fen, reference in recharges]
        day_flows.redate(db, ids, datetime(2026, 11, 20, 1, 0, tzinfo=timezone.utc))
        db.commit()


def _statement(tmp_path, name, lines) -> str:
    rows = ["存管银行对账单", HEADER] + [f"{serial},{order},{account},{fen / 100:.2f},2026-11-20 {hhmm}:00,充值"
                                         for serial, order, account, fen, hhmm in lines]
    path = tmp_path / name
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return str(path)


@pytest.fixture
def planted(platform, profile, tmp_path):
    _book(platform, ("IV0001", 500_000, "CZ1"), ("IV0002", 80_000, "CZ2"))
    session = signed_in_session(profile, "finance")
    clerk = Reconciliation(session.api)
    path = _statement(tmp_path, "存管对账单-20261120.csv", [
        ("B1", "CZ1", "IV0099", 500_000, "09:01"),     # another customer's sub-account
        ("B2", "CZ2", "IV0002", 80_000, "10:00"),
        ("B3", "CZ2", "IV0002", 80_000, "10:00")])     # re-sent under a new serial
    statement = clerk.import_statement(DAY, path)
    clerk.run(DAY)
    return session


def _workspace(qtbot, runner, session) -> ReconciliationDay:
    view = ReconciliationDay(session, runner, DAY)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None and view.ledger.model.total > 0
                    and view.bank.model.total > 0, timeout=WAIT)
    return view


def test_account_differs_and_a_resent_duplicate_show_in_the_workspace(qtbot, runner, planted):
    view = _workspace(qtbot, runner, planted)   # the clerk who imported the statement
    assert view.figure_labels[("account_differs", "ledger", "count")].text() == "1"
    assert view.figure_labels[("account_differs", "bank", "count")].text() == "1"
    assert view.figure_labels[("duplicate", "bank", "count")].text() == "1"
    tab = next(i for i in range(view.category_tabs.count()) if view.category_tabs.tabData(i) == "account_differs")
    assert view.category_tabs.tabText(tab) == "Account differs (1 | 1)"
    assert not view.withdraw_button.isVisible()   # a clerk does not withdraw statements

    # The duplicate's candidates: its twin is named, the ledger line the twin matched is offered.
    copy = next(i for i in view.bank.model.rows if i.serial == "B3")
    assert copy.category == "duplicate"
    view.bank.select_ids({copy.id})
    view.candidates_button.click()
    qtbot.waitUntil(lambda: view.ledger.candidates_of is not None and view.ledger.model.total > 0, timeout=WAIT)
    assert [i.reference for i in view.ledger.model.rows][0] == "CZ2"
    qtbot.waitUntil(lambda: "repeats bank line B2" in view.ledger.chip.text(), timeout=WAIT)


@pytest.mark.usefixtures("planted")
def test_a_finance_manager_withdraws_the_statement_with_a_reason_and_a_fresh_code(qtbot, runner, profile, tmp_path):
    language.install("zh_CN")
    try:
        view = _workspace(qtbot, runner, signed_in_session(profile, "finlead"))
        assert view.withdraw_button.isVisible() and view.withdraw_button.isEnabled()
        assert view.withdraw_button.text() == "撤回对账文件(&W)…"
        tab = next(i for i in range(view.category_tabs.count()) if view.category_tabs.tabData(i) == "account_differs")
        assert view.category_tabs.tabText(tab).startswith("账户不符")
        qtbot.wait(200)   # let the layout take the figures' widths before the picture
        view.grab().save("/tmp/recon-day-account-differs-zh.png")
        seen = {}

        def answer(dialog):
            seen["summary"] = dialog.summary.text()
            assert not dialog.ok_button.isEnabled()   # a reason is required
            dialog.details.setPlainText("导入到了错误的日期")
            dialog.ok_button.click()

        when_dialog_opens(answer)
        view.withdraw_button.click()
        qtbot.waitUntil(lambda: isinstance(view.last_dialog, StepUpDialog), timeout=WAIT)
        view.last_dialog.code.setText(totp_code("finlead", 1))
        view.last_dialog.ok_button.click()
        qtbot.waitUntil(lambda: view.state is not None and view.state.statements
                        and view.state.statements[0].withdrawn, timeout=WAIT)
        assert "存管对账单-20261120.csv" in seen["summary"]
        qtbot.waitUntil(lambda: view.bank.model.total == 0, timeout=WAIT)
        assert view.state.status == "not_started" and not view.withdraw_button.isEnabled()
        assert "导入到了错误的日期" in view.statements.text() and "由 刘洋 于" in view.statements.text()  # the name, not the username
        qtbot.wait(200)
        view.grab().save("/tmp/recon-day-withdrawn-zh.png")
    finally:
        language.install("en")
