"""The Funds screen over a real ledger: accounts and statements with running balances, the transfers
browser filtered on the server, and the trial balance."""

import csv
import re

from PySide6.QtCore import Qt

from app.views.funds.funds_screen import FundsScreen
from server.ledger.demo import seed_ledger
from server.loans.demo import seed_loans
from tests.client.helpers import signed_in_session


def _seeded(platform):
    with platform.db.write() as db:
        seed_loans(db, 400)
        seed_ledger(db)
        db.commit()


def _screen(qtbot, runner, profile, username="finance"):
    screen = FundsScreen(signed_in_session(profile, username), runner)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.accounts.rowCount() > 0 and screen.transfers.rowCount() > 0, timeout=15_000)
    return screen


def test_a_customers_statement_runs_to_the_accounts_balance(qtbot, runner, profile, platform):
    _seeded(platform)
    screen = _screen(qtbot, runner, profile)
    screen.customer.setText("IV0001")
    screen.load_accounts()
    qtbot.waitUntil(lambda: screen.accounts.total == 2 and screen.accounts.rowCount() == 2, timeout=15_000)
    row = next(i for i, a in enumerate(screen.accounts.rows) if a.code == "customer:IV0001:available")
    account = screen.accounts.rows[row]
    screen.accounts_table.selectRow(row)
    qtbot.waitUntil(lambda: screen.statement.rowCount() == screen.statement.total > 0, timeout=15_000)
    lines = screen.statement.rows
    assert lines[0].kind == "recharge" and lines[0].change_fen > 0
    assert lines[-1].balance_after_fen == account.balance_fen
    assert sum(line.change_fen for line in lines) == account.balance_fen
    assert "IV0001" in screen.statement_title.text() and "¥" in screen.statement_title.text()


def test_platform_accounts_show_money_out_in_red(qtbot, runner, profile, platform):
    _seeded(platform)
    screen = _screen(qtbot, runner, profile)
    screen.account_kind.setCurrentIndex(screen.account_kind.findData("platform"))
    qtbot.waitUntil(lambda: screen.accounts.total == 5 and screen.accounts.rowCount() == 5, timeout=15_000)
    clearing = next(i for i, a in enumerate(screen.accounts.rows) if a.code == "platform:custodian_clearing")
    assert screen.accounts.rows[clearing].balance_fen < 0  # the bank side holds what customers own
    index = screen.accounts.index(clearing, 2)
    assert screen.accounts.data(index).startswith("-¥")
    assert screen.accounts.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#b42318"
    assert screen.accounts.data(screen.accounts.index(clearing, 0)) == "Custodian clearing"


def test_transfers_are_filtered_on_the_server_and_exported(qtbot, runner, profile, platform, tmp_path):
    _seeded(platform)
    screen = _screen(qtbot, runner, profile)
    all_total = screen.transfers.total
    screen.kind.setCurrentIndex(screen.kind.findData("withdrawal"))
    qtbot.waitUntil(lambda: 0 < screen.transfers.total < all_total and screen.transfers.rowCount() > 0
                    and all(t.kind == "withdrawal" for t in screen.transfers.rows), timeout=15_000)
    withdrawals = screen.transfers.total
    screen.amount_min.setText("20,000")
    screen.load_transfers()
    qtbot.waitUntil(lambda: screen.transfers.filters.get("amount_min_fen") == 2_000_000
                    and not screen.transfers._loading, timeout=15_000)
    assert 0 < screen.transfers.total < withdrawals
    assert all(t.amount_fen >= 2_000_000 for t in screen.transfers.rows)
    target = tmp_path / "transfers.csv"
    screen.transfers_exporter.export(str(target))
    qtbot.waitUntil(lambda: screen.transfers_export.isEnabled() and target.exists(), timeout=30_000)
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Time", "Type", "Amount"] and len(rows) == screen.transfers.total + 1
    assert {row[1] for row in rows[1:]} == {"Withdrawal"}


def test_the_trial_balance_is_zero_and_names_the_customers_total(qtbot, runner, profile, platform):
    _seeded(platform)
    screen = _screen(qtbot, runner, profile, "auditor")
    qtbot.waitUntil(lambda: hasattr(screen, "trial_balance"), timeout=15_000)
    tb = screen.trial_balance
    assert tb.difference_fen == 0 and tb.debits_posted_fen == tb.credits_posted_fen > 0
    assert "balanced" in screen.tb_difference.text() and "¥0.00" in screen.tb_difference.text()
    api, total, page = signed_in_session(profile, "finance").api, 0, 1
    while True:  # every customer account, page by page
        customers = api.ledger_accounts({"kind": "customer"}, "code", page, 200)
        total += sum(a.balance_fen for a in customers.items)
        if page * 200 >= customers.total:
            break
        page += 1
    assert tb.customer_balances_fen == total > 0


def test_no_statement_is_asked_for_before_an_account_is_chosen(qtbot, runner, profile, platform):
    failures = []
    runner.task_failed.connect(failures.append)
    screen = FundsScreen(signed_in_session(profile, "finance"), runner)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    assert failures == [] and screen.statement.rowCount() == 0 and not screen.statement_export.isEnabled()
    assert screen.statement_title.text() == "Select an account to read its statement."


def test_reviewers_find_the_withdrawal_queue_first_and_others_do_not_see_it(qtbot, runner, profile, platform):
    from app.views.funds.withdrawal_review import WithdrawalReview

    clerk = FundsScreen(signed_in_session(profile, "finance"), runner)
    qtbot.addWidget(clerk)
    assert isinstance(clerk.tabs.widget(0), WithdrawalReview) and clerk.tabs.tabText(0) == "Withdrawal review"
    auditor = FundsScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(auditor)
    assert auditor.withdrawals is None and auditor.tabs.tabText(0) == "Accounts"
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)


def test_in_chinese_accounts_and_transfers_read_as_customers_and_kinds_never_codes(qtbot, runner, profile, platform):
    from app.services import language

    _seeded(platform)
    language.install("zh_CN")
    try:
        screen = _screen(qtbot, runner, profile)
        screen.customer.setText("IV0001")
        screen.load_accounts()
        qtbot.waitUntil(lambda: screen.accounts.total == 2 and screen.accounts.rowCount() == 2, timeout=15_000)
        texts = {screen.accounts.data(screen.accounts.index(row, 0)) for row in range(2)}
        # an investor is a customer with a name, masked for finance staff without pii.view
        assert {t.split(" IV0001 · ")[1] for t in texts} == {"可用余额", "冻结金额"}
        assert all(re.fullmatch(r"[\u4e00-\u9fff]\*[\u4e00-\u9fff]? IV0001 · .+", t) for t in texts), texts
        cells = [screen.accounts.data(screen.accounts.index(row, column))
                 for row in range(2) for column in range(screen.accounts.columnCount())]
        assert all(cells) and not any("customer:" in c for c in cells)  # ¥0.00, never a blank amount
        assert {screen.accounts.data(screen.accounts.index(row, 1)) for row in range(2)} == {"客户账户"}
        screen.customer.setText("BR00000001")
        screen.load_accounts()
        qtbot.waitUntil(lambda: screen.accounts.rowCount() > 0 and
                        screen.accounts.rows[0].customer_ref == "BR00000001", timeout=15_000)
        borrower = screen.accounts.data(screen.accounts.index(0, 0))
        name = screen.accounts.rows[0].customer_name
        assert name and "*" in name and borrower.startswith(f"{name} BR00000001 · ")  # masked: finance has no pii.view
        screen.kind.setCurrentIndex(screen.kind.findData("recharge"))
        qtbot.waitUntil(lambda: screen.transfers.rowCount() > 0 and
                        all(t.kind == "recharge" for t in screen.transfers.rows), timeout=15_000)
        first = [screen.transfers.data(screen.transfers.index(0, column)) for column in range(6)]
        assert first[1] == "充值" and first[3] == "存管清算户" and first[5] == "已入账"
        assert screen.kind.currentText() == "充值"
    finally:
        language.install("en")
