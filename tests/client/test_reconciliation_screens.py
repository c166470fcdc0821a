"""The reconciliation screens (对账) against the real platform: the calendar with the demo day's status, a day's
workspace and its figures as the API reports them, manual matching, a proposed adjustment approved by a
manager with a fresh one-time code, and closing refused while differences are open."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.reconciliation import Reconciliation
from app.views.shell.main_window import MainWindow
from app.views.common.reason_dialog import ReasonDialog
from app.views.reconciliation.reconciliation_day import ReconciliationDay, signed
from app.views.reconciliation.reconciliation_screen import ReconciliationScreen, today_in_shanghai
from app.views.session.step_up_dialog import StepUpDialog
from tests.client.helpers import signed_in_session, when_dialog_opens
from tests.support.platforms import totp_code

WAIT = 20_000
DEMO_DAY = date(2026, 11, 20)  # the demo's day here (fixed: the workspace does not depend on today)


@pytest.fixture
def demo(platform):
    """The demo, its reconciliation on DEMO_DAY (as if seeded the day after)."""
    return _seeded(platform, DEMO_DAY + timedelta(days=1))


@pytest.fixture
def demo_yesterday(platform):
    """The demo as `seed-demo` makes it: its reconciliation on yesterday, by Shanghai's today."""
    return _seeded(platform, None)


def _seeded(platform, today):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.reconciliation.demo import seed_reconciliation

    with platform.db.write() as db:
        seed_loans(db, 40)
        seed_ledger(db)
        seed_reconciliation(db, today)
        db.commit()
    return platform


def yesterday():
    return today_in_shanghai() - timedelta(days=1)


def _workspace(qtbot, runner, session, day=None) -> ReconciliationDay:
    view = ReconciliationDay(session, runner, day or DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None and view.ledger.model.total > 0
                    and "line" in view.bank.count_label.text(), timeout=WAIT)
    return view


def _enter_code(qtbot, view, username, step=1):
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, StepUpDialog), timeout=WAIT)
    view.last_dialog.code.setText(totp_code(username, step))
    view.last_dialog.ok_button.click()


def _yes(seen: dict):
    def answer(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(answer)


def _give_reason(text: str, seen: dict):
    def answer(dialog):
        seen["summary"] = dialog.summary.text()
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.details.setPlainText(text)
        dialog.ok_button.click()

    when_dialog_opens(answer)


@pytest.mark.clock  # the calendar opens on today's month with yesterday, the demo's day, chosen
def test_the_calendar_shows_the_demo_days_status_and_opens_a_day_in_its_own_tab(qtbot, runner, settings, profile,
                                                                                 demo_yesterday):
    session = signed_in_session(profile, "finance")
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_screen("recon")
    assert isinstance(screen, ReconciliationScreen)
    qtbot.waitUntil(lambda: yesterday() in screen.days, timeout=WAIT)
    row = screen.days[yesterday()]
    assert row.status == "open" and row.open_count > 0
    listed = next(i for i, r in enumerate(screen.model.rows) if r.day == yesterday())
    assert screen.model.data(screen.model.index(listed, 1)) == "Open differences"  # the status in words
    fmt = screen.calendar.dateTextFormat(screen.calendar.selectedDate())
    assert "Open differences" in fmt.toolTip() and fmt.background().color().name() == "#fff1e0"
    assert "Open differences" in screen.legend.text() and "Closed" in screen.legend.text()
    tabs = window.tabs.count()
    screen.open_day(yesterday())
    day = window.tabs.currentWidget()
    assert isinstance(day, ReconciliationDay) and window.tabs.count() == tabs + 1
    window.tabs.setCurrentWidget(screen)
    screen.open_day(yesterday())  # re-opening switches to the day's tab
    assert window.tabs.currentWidget() is day and window.tabs.count() == tabs + 1
    # the day report opens in a preview tab of its own
    from app.views.reports.report_preview import ReportPreviewTab

    qtbot.waitUntil(lambda: day.state is not None, timeout=WAIT)
    assert day.print_button.isEnabled()
    day.print_button.click()
    preview = window.tabs.currentWidget()
    assert isinstance(preview, ReportPreviewTab) and preview.report_name == "daily_reconciliation"
    assert preview.params == {"day": yesterday().isoformat()}
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"Day report {yesterday().isoformat()}"
    qtbot.waitUntil(lambda: preview.state in ("ready", "failed"), timeout=WAIT)
    assert preview.state == "ready"


def test_the_workspace_shows_the_figures_the_api_reports(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    view = _workspace(qtbot, runner, session)
    state = Reconciliation(session.api).day(DEMO_DAY)
    assert state.status == "open" and "Open differences" in view.status.text()
    for category, figures in state.summary.items():
        for side in ("ledger", "bank"):
            f = getattr(figures, side)
            assert view.figure_labels[(category, side, "count")].text() == f"{f.count:,}"
            assert view.figure_labels[(category, side, "amount")].text().replace(",", "").replace("¥", "") == \
                f"{f.amount_fen // 100}.{f.amount_fen % 100:02d}"
    differs = next(i for i in range(view.category_tabs.count())
                   if view.category_tabs.tabData(i) == "amount_differs")
    counts = state.figures("amount_differs")
    assert f"({counts.ledger.count} | {counts.bank.count})" in view.category_tabs.tabText(differs)
    view.category_tabs.setCurrentIndex(differs)
    qtbot.waitUntil(lambda: view.ledger.model.filters.get("category") == "amount_differs"
                    and "line" in view.ledger.count_label.text(), timeout=WAIT)
    assert {i.category for i in view.ledger.model.rows} <= {"amount_differs"}
    assert view.statements.text().count("line(s)") == len(state.statements) >= 1
    assert "Customers' money in the ledger" in view.balance.text()
    view.grab().save("/tmp/recon-day-en.png")


def _a_late_bank_line_on_another_sub_account(service: Reconciliation, tmp_path) -> None:
    """The bank paid a withdrawal the demo statement lacks (IV0018, ¥7,500) from a wrong sub-account and without
    the order number, in a second file: no automatic pass can pair it, a clerk can."""
    day = DEMO_DAY
    path = tmp_path / f"补充对账单_{day:%Y%m%d}.csv"
    path.write_bytes(("银行流水号,平台订单号,子账户,交易金额,交易时间,摘要\r\n"
                      f"DMX{day:%Y%m%d}01,,IV0098,-7500.00,{day.isoformat()} 23:10:00,提现（子账户有误）\r\n")
                     .encode("gbk"))
    service.import_statement(day, str(path), profile="generic")
    service.run(day)


def test_two_lines_matched_by_hand(qtbot, runner, profile, demo, tmp_path):
    session = signed_in_session(profile, "finance")
    service = Reconciliation(session.api)
    _a_late_bank_line_on_another_sub_account(service, tmp_path)
    view = _workspace(qtbot, runner, session)
    # a ledger line left open whose candidate on the bank side has the same amount
    pair = None
    for item in view.ledger.model.rows:
        same = [c for c in service.candidates(view.day, "ledger", item.id)
                if signed(c) == signed(item) and c.state == "open"]
        if item.state == "open" and same:
            pair = item, same[0]
            break
    assert pair is not None, "the demo day has an open ledger line with an open bank candidate of its amount"
    ledger_item, bank_item = pair
    view.ledger.select_ids({ledger_item.id})
    view.find_candidates()
    qtbot.waitUntil(lambda: any(r.id == bank_item.id for r in view.bank.model.rows), timeout=WAIT)
    assert "Candidates for" in view.bank.chip.text()
    assert not view.match_button.isEnabled()  # nothing on the bank side selected yet
    view.bank.select_ids({bank_item.id})
    assert view.match_button.isEnabled() and "amounts agree" in view.totals.text()
    menu = {a.text(): a for a in view.bank.table.actions()}  # the right-click menu offers the same
    assert menu["Match"].isEnabled() and menu["Find candidates"].isEnabled()
    view.match_button.click()
    qtbot.waitUntil(lambda: "Matched 1 ledger and 1 bank" in view.message.text(), timeout=WAIT)
    matched = service.items({"day": view.day, "side": "ledger", "state": "matched"}, "at", 1, 200).items
    assert any(i.id == ledger_item.id and bank_item.id in i.counterpart_ids for i in matched)


def test_a_line_marked_as_timing_leaves_the_open_differences(qtbot, runner, profile, demo):
    view = _workspace(qtbot, runner, signed_in_session(profile, "finance"))
    item = next(i for i in view.ledger.model.rows if i.state == "open" and i.category == "ledger_only")
    before = view.state.open_count
    view.ledger.select_ids({item.id})
    assert view.timing_button.isEnabled()
    seen = {}
    _give_reason("Bank pays it out on the next day", seen)
    view.timing_button.click()
    qtbot.waitUntil(lambda: "marked as timing" in view.message.text(), timeout=WAIT)
    assert "timing difference" in seen["summary"] and item.reference in seen["summary"]
    qtbot.waitUntil(lambda: view.state.open_count == before - 1, timeout=WAIT)
    assert all(i.id != item.id for i in view.ledger.model.rows)  # the list shows open lines


def test_amounts_that_disagree_cannot_be_matched(qtbot, runner, profile, demo):
    view = _workspace(qtbot, runner, signed_in_session(profile, "finance"))
    ledger = next(i for i in view.ledger.model.rows if i.state == "open")
    qtbot.waitUntil(lambda: view.bank.model.rowCount() > 0, timeout=WAIT)
    bank = next(i for i in view.bank.model.rows if i.state == "open" and signed(i) != signed(ledger))
    view.ledger.select_ids({ledger.id})
    view.bank.select_ids({bank.id})
    assert not view.match_button.isEnabled() and "difference" in view.totals.text()
    assert not next(a for a in view.ledger.table.actions() if a.text() == "Match").isEnabled()
    assert "do not agree" in view.match_button.toolTip()


def test_an_adjustment_proposed_by_the_clerk_is_approved_by_the_manager_with_a_fresh_code(qtbot, runner, profile,
                                                                                          demo):
    clerk = _workspace(qtbot, runner, signed_in_session(profile, "finance"))
    item = next(i for i in clerk.bank.model.rows if i.state == "open")
    clerk.bank.select_ids({item.id})
    assert clerk.propose_button.isEnabled() and not clerk.approve_button.isVisible()  # the clerk cannot approve
    seen = {}
    _give_reason("Bank charge of the custodian, not booked", seen)
    clerk.propose_button.click()
    qtbot.waitUntil(lambda: "proposed" in clerk.message.text(), timeout=WAIT)
    assert "suspense account" in seen["summary"]
    qtbot.waitUntil(lambda: any(p.state == "pending" for p in clerk.proposals.rows), timeout=WAIT)

    manager = _workspace(qtbot, runner, signed_in_session(profile, "finlead"))
    qtbot.waitUntil(lambda: any(p.state == "pending" for p in manager.proposals.rows), timeout=WAIT)
    assert not manager.propose_button.isVisible()  # the manager does not propose
    row = next(i for i, p in enumerate(manager.proposals.rows) if p.state == "pending")
    manager.proposals_table.selectRow(row)
    assert manager.approve_button.isEnabled(), manager.proposal_note.text()
    confirm = {}
    _yes(confirm)
    manager.approve_button.click()
    _enter_code(qtbot, manager, "finlead")
    qtbot.waitUntil(lambda: "approved and posted" in manager.message.text(), timeout=WAIT)
    assert "suspense account" in confirm["text"]
    qtbot.waitUntil(lambda: any(p.state == "approved" for p in manager.proposals.rows), timeout=WAIT)
    approved = Reconciliation(manager.session.api).proposals(day=manager.day, state="approved")
    assert len(approved) == 1 and approved[0].transfer_id and approved[0].decided_by


def test_closing_the_day_is_refused_while_differences_are_open(qtbot, runner, profile, demo):
    view = _workspace(qtbot, runner, signed_in_session(profile, "finlead"))
    assert view.close_button.isEnabled()
    seen = {}
    _yes(seen)
    view.close_button.click()
    assert "there is no reopening" in seen["text"]
    _enter_code(qtbot, view, "finlead")
    qtbot.waitUntil(lambda: "cannot be closed while differences are open" in view.message.text(), timeout=WAIT)
    assert Reconciliation(view.session.api).day(view.day).status == "open"
