"""The application view: the reviewer's file, documents, schedule and timeline, and the review actions
driven through the real widgets against a real platform API on loopback."""

import itertools

from PySide6.QtCore import Qt

from app.views.loans.application_view import ApplicationView
from server.loans.demo import seed_loans
from server.loans.demo_documents import attach_demo_documents
from tests.client.helpers import signed_in_session, when_dialog_opens

_borrowers = itertools.count(1)


def _apply(session, amount_fen=3_000_000, rate="0.10", **borrower_fields) -> dict:
    """A fresh borrower and application, submitted by a senior officer through the API."""
    n = next(_borrowers)
    borrower = session.api.request("POST", "/api/v1/loans/borrowers", json={
        "kind": "person", "name": "张伟", "id_number": f"1101011990{n:04d}{n:03d}X", "phone": f"139{n:08d}",
        "bank_card": f"62220288880{n:08d}", "birth_date": "1990-05-01", "monthly_income_fen": 3_000_000,
        "monthly_debt_payments_fen": 0, "employer": "某科技公司"} | borrower_fields)
    return session.api.request("POST", "/api/v1/loans/applications", json={
        "borrower_id": borrower["id"], "amount_fen": amount_fen, "term_months": 12, "annual_rate": rate,
        "method": "equal_installment", "purpose": "经营周转"})


def _view(qtbot, runner, session, app: dict) -> ApplicationView:
    view = ApplicationView(session, runner, app["id"], app["number"])
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None and bool(view.buttons), timeout=15_000)
    return view


def _state(view) -> str:
    return view.file.row.state


def test_the_file_shows_masked_borrower_terms_risk_documents_schedule_and_timeline(qtbot, runner, profile, platform):
    with platform.db.write() as db:
        seed_loans(db, 60)
        attach_demo_documents(db, platform.settings.data_dir)
        db.commit()
    session = signed_in_session(profile, "risk")
    page = session.api.loan_queue({"scope": "all", "state": ["submitted"]}, "number", 1, 1)
    row = page.items[0]
    view = _view(qtbot, runner, session, {"id": row.id, "number": row.number})
    assert view.number.text() == row.number and view.badge.text() == "Submitted"
    assert "¥" in view.figures.text() and "Grade" in view.figures.text()
    texts = [view.borrower_form.itemAt(i).widget().text() for i in range(view.borrower_form.count())
             if view.borrower_form.itemAt(i).widget() is not None]
    assert any("********" in t for t in texts) and any("****" in t for t in texts)  # ID number and phone masked
    assert not view.reveal_button.isVisible()  # a risk officer holds no pii.view
    assert view.findChild(type(view.number), "riskScore").text().startswith("Score")
    # documents: the ID card scan is listed but masked (no pii.view), the income proof is a two-page PDF
    docs = view.documents
    assert docs.list.count() == 2 and view.tabs.tabText(0) == "Documents (2)"
    qtbot.waitUntil(lambda: docs.showing() == "masked", timeout=15_000)
    assert "identity document" in docs.message.text() and docs.title.text() == "身份证（演示样本）.png"
    docs.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: docs.showing() == "pdf", timeout=15_000)
    assert docs.pdf.pageCount() == 2
    docs.zoom_in.click()
    assert docs.pdf_view.zoomFactor() == docs.zoom
    # the proposed schedule: one row per month plus totals; principal sums exactly to the amount
    qtbot.waitUntil(lambda: view.schedule.rowCount() == row.term_months + 1, timeout=15_000)
    assert view.schedule.totals()[0] == row.amount_fen
    assert view.schedule.data(view.schedule.index(row.term_months, 0)) == "Total"
    assert view.timeline.topLevelItemCount() >= 1


def test_a_holder_of_pii_view_sees_the_id_card_scan_and_zooms_it(qtbot, runner, profile, platform):
    with platform.db.write() as db:
        seed_loans(db, 60)
        attach_demo_documents(db, platform.settings.data_dir)
        db.commit()
    session = signed_in_session(profile, "risklead")
    row = session.api.loan_queue({"scope": "all", "state": ["submitted"]}, "number", 1, 1).items[0]
    docs = _view(qtbot, runner, session, {"id": row.id, "number": row.number}).documents
    qtbot.waitUntil(lambda: docs.showing() == "image", timeout=15_000)
    before = docs.image.pixmap().width()
    docs.zoom_in.click()
    assert docs.image.pixmap().width() > before


def test_approving_a_small_application_moves_it_on_and_records_the_comment(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _apply(lead)
    risk = signed_in_session(profile, "risk")
    view = _view(qtbot, runner, risk, app)
    assert "approve_first" in view.buttons and "Alt+A" in view.buttons["approve_first"].text()
    assert "second review" not in view.buttons["approve_first"].text()
    view.comment.insert("资料齐全，收入稳定")  # QTest.keyClicks aborts on non-Latin text
    view.perform("approve_first")
    qtbot.waitUntil(lambda: _state(view) == "approved", timeout=15_000)
    assert view.comment.text() == "" and view.badge.text() == "Approved"
    assert "approve_first" not in view.buttons and "Approved" in view.banner.text()
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last.text(1) == "李明" and last.text(4) == "资料齐全，收入稳定" and last.text(3) == "Submitted → Approved"


def test_approving_above_the_officers_limit_says_and_does_second_review(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _apply(lead, amount_fen=8_000_000)
    view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    assert "second review" in view.buttons["approve_first"].text()
    view.perform("approve_first")
    qtbot.waitUntil(lambda: _state(view) == "second_review", timeout=15_000)
    # the first reviewer is offered nothing in second review (separation of duties)
    assert "approve_second" not in view.buttons


def test_reject_sends_the_reason_and_the_timeline_shows_it(qtbot, runner, profile):
    app = _apply(signed_in_session(profile, "risklead"))
    view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    assert view.buttons["reject"].text().startswith("Reject…")
    view.perform("reject", "Income cannot be verified: 工资流水缺失")
    qtbot.waitUntil(lambda: _state(view) == "rejected", timeout=15_000)
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last.text(4) == "Income cannot be verified: 工资流水缺失"
    assert list(view.buttons) == ["none"] and not view.comment.isEnabled()


def test_a_conflict_shows_the_new_state_and_keeps_the_comment(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _apply(lead)
    view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    lead.api.loan_action(app["id"], "return", app["version"], "请补充银行流水")  # someone else acts first
    view.comment.insert("我的审核意见")
    view.perform("approve_first")
    qtbot.waitUntil(lambda: _state(view) == "returned", timeout=15_000)
    assert "Someone else acted on this application first" in view.banner.text()
    assert "Returned" in view.banner.text() and view.comment.text() == "我的审核意见"


def test_blocking_rules_are_shown_and_only_an_override_with_a_reason_opens_approval(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _apply(lead, rate="0.20")  # above the rate cap
    risk_view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    assert "override" not in risk_view.buttons  # no loan.override_rule
    risk_view.perform("approve_first")
    qtbot.waitUntil(lambda: "Blocking risk rules must be overridden" in risk_view.banner.text(), timeout=15_000)
    lead_view = _view(qtbot, runner, lead, app)
    assert "override" in lead_view.buttons
    lead_view.override("rate_cap", "客户为老客户，经主管审批同意")
    qtbot.waitUntil(lambda: not lead_view.file.risk["unresolved_blocks"], timeout=15_000)
    assert "override" not in lead_view.buttons
    overridden = [lead_view.risk_layout.itemAt(i).widget() for i in range(lead_view.risk_layout.count())]
    assert any("Overridden by 张伟" in w.text() for w in overridden if w.property("rule") == "rate_cap")
    risk_view.refresh()  # F5: the officer now sees the override and may approve
    qtbot.waitUntil(lambda: risk_view.file.row.version == lead_view.file.row.version, timeout=15_000)
    risk_view.perform("approve_first")
    qtbot.waitUntil(lambda: _state(risk_view) == "approved", timeout=15_000)


def test_personal_data_is_revealed_only_to_pii_view_and_audited(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _apply(lead)
    view = _view(qtbot, runner, lead, app)
    assert view.reveal_button.isVisible()
    view.reveal_button.click()
    qtbot.waitUntil(lambda: view.revealed is not None, timeout=15_000)
    texts = [view.borrower_form.itemAt(i).widget().text() for i in range(view.borrower_form.count())
             if view.borrower_form.itemAt(i).widget() is not None]
    assert any(t.startswith("1101011990") and t.endswith("X") and "*" not in t for t in texts)
    assert not view.reveal_button.isVisible() and "audit log" in view.banner.text()
    auditor = signed_in_session(profile, "auditor")
    assert auditor.api.audit_page({"action": "pii.revealed"}, "-at", 1, 10).total >= 1


def test_enter_in_the_queue_opens_the_application_in_one_tab(qtbot, runner, profile, settings, platform):
    from app.views.shell.main_window import MainWindow

    with platform.db.write() as db:
        seed_loans(db, 40)
        db.commit()
    window = MainWindow(signed_in_session(profile, "auditor"), runner, settings)
    qtbot.addWidget(window)
    window.show()
    queue = window.open_screen("loans")
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=15_000)
    tabs = window.tabs.count()
    queue.table.setFocus()
    queue.table.setCurrentIndex(queue.model.index(0, 0))
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == tabs + 1, timeout=5_000)
    view = window.tabs.currentWidget()
    assert isinstance(view, ApplicationView) and window.tabs.tabText(window.tabs.currentIndex()) == queue.model.rows[0].number
    qtbot.waitUntil(lambda: view.file is not None, timeout=15_000)
    assert list(view.buttons) == ["none"]  # the auditor reads only
    window.open_screen("loans")
    queue.open_application(0)
    assert window.tabs.count() == tabs + 1 and window.tabs.currentWidget() is view



def test_the_reject_button_asks_for_a_reason_and_confirms_what_and_to_whom(qtbot, runner, profile):
    from app.views.common.reason_dialog import ReasonDialog

    app = _apply(signed_in_session(profile, "risklead"))
    view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, ReasonDialog)
        seen["summary"], seen["ok_before"] = dialog.summary.text(), dialog.ok_button.isEnabled()
        dialog.choice.setCurrentIndex(dialog.choice.findText("Debt-to-income too high"))
        dialog.details.setPlainText("月供占收入 72%")
        seen["ok_after"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    when_dialog_opens(answer)
    view.buttons["reject"].click()
    qtbot.waitUntil(lambda: _state(view) == "rejected", timeout=15_000)
    assert seen["ok_before"] is False and seen["ok_after"] is True
    assert seen["summary"].startswith(f"Reject application {app['number']}, borrower 张*") and "¥30,000.00" in seen["summary"]
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last.text(4) == "Debt-to-income too high: 月供占收入 72%"


def test_cancelling_the_approval_confirmation_changes_nothing(qtbot, runner, profile):
    from PySide6.QtWidgets import QMessageBox

    app = _apply(signed_in_session(profile, "risklead"), amount_fen=8_000_000)
    view = _view(qtbot, runner, signed_in_session(profile, "risk"), app)
    seen = {}

    def cancel(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_dialog_opens(cancel)
    view.buttons["approve_first"].click()
    assert "goes to a senior officer for second review" in seen["text"]
    qtbot.wait(200)
    assert not runner.busy and _state(view) == "submitted" and view.file.row.version == app["version"]


def test_in_chinese_the_findings_timeline_and_buttons_read_as_words(qtbot, runner, profile, tmp_path):
    """年化利率 20.00% 超过上限 12.00%。, the timeline's 张伟 (never risklead), 批准（Alt+A） with full-width brackets."""
    import re

    from app.services import language

    lead = signed_in_session(profile, "risklead")
    app = _apply(lead, rate="0.20")
    language.install("zh_CN")
    try:
        view = _view(qtbot, runner, lead, app)
        texts = [view.risk_layout.itemAt(i).widget().text() for i in range(view.risk_layout.count())]
        assert any("利率上限" in t and "年化利率 20.00% 超过上限 12.00%。" in t for t in texts), texts
        by = [view.timeline.topLevelItem(i).text(1) for i in range(view.timeline.topLevelItemCount())]
        assert by == ["张伟"]
        assert view.timeline.topLevelItem(0).text(2) == "提交申请"
        assert view.buttons["approve_first"].text() in ("批准（Alt+A）", "批准 → 复审（Alt+A）") or \
            view.buttons["approve_first"].text().endswith("（Alt+A）")
        view.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: view.schedule.rowCount() > 0, timeout=15_000)
        cells = [view.schedule.index(r, c).data() for r in range(view.schedule.rowCount()) for c in (2, 3, 4, 5, 6)]
        assert all(cells), "no amount cell is blank, ¥0.00 where nothing is due"
        assert view.summary("approve_first").endswith("？")
        assert not re.search(r"[a-z]_[a-z]", " ".join(texts + by))
    finally:
        language.install("en")
