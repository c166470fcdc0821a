"""The report preview tab against a real platform API on loopback: a report generates in the background
and shows its first page; pages and zoom move; Save as writes the PDF; Cancel leaves the tab cancelled;
printing draws the chosen pages onto a printer; the application view's print button opens the preview."""

import io
import itertools

import pypdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from app.views.loans.application_view import ApplicationView
from app.views.reports.report_preview import ReportPreviewTab, report_key
from app.views.reports.report_printing import pages_to_print, print_pages
from tests.client.helpers import signed_in_session

_borrowers = itertools.count(1)


def _application(session, term_months: int = 12) -> dict:
    """A fresh borrower and application, submitted by a senior officer through the API."""
    n = next(_borrowers)
    borrower = session.api.request("POST", "/api/v1/loans/borrowers", json={
        "kind": "person", "name": "王芳", "id_number": f"3101041988{n:04d}{n:03d}X", "phone": f"138{n:08d}",
        "bank_card": f"62220288881{n:08d}", "birth_date": "1988-03-01", "monthly_income_fen": 2_500_000,
        "monthly_debt_payments_fen": 0, "employer": "某贸易公司"})
    return session.api.request("POST", "/api/v1/loans/applications", json={
        "borrower_id": borrower["id"], "amount_fen": 5_000_000, "term_months": term_months, "annual_rate": "0.10",
        "method": "equal_installment", "purpose": "经营周转"})


def _preview(qtbot, runner, session, name: str, params: dict) -> ReportPreviewTab:
    tab = ReportPreviewTab(session, runner, name, params)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    return tab


def _ready(qtbot, tab: ReportPreviewTab) -> ReportPreviewTab:
    qtbot.waitUntil(lambda: tab.state in ("ready", "failed"), timeout=30_000)
    assert tab.state == "ready", tab.status_text.text()
    return tab


def test_the_approval_form_shows_its_first_page_and_pages_and_zoom_move(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _application(lead)
    tab = _preview(qtbot, runner, lead, "loan_approval_form", {"application": app["number"]})
    assert tab.state == "generating" and tab.stack.currentWidget() is tab.status_page
    assert tab.cancel_button.isVisible() and not tab.save_button.isEnabled()
    _ready(qtbot, tab)
    count = tab.pdf.pageCount()
    assert count >= 1 and tab.stack.currentWidget() is tab.pdf_view
    assert tab.page_label.text() == f"Page 1 of {count}"
    assert tab.pdf_bytes.startswith(b"%PDF") and app["number"] in tab.title.text()
    # zoom: + zooms in from the fitted width, fit page fits, Ctrl+wheel zooms
    assert tab.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth and tab.fit_width_button.isChecked()
    tab.zoom_in.click()
    assert tab.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom and tab.pdf_view.zoomFactor() > 1.0
    assert tab.zoom_text.text() == "125%"
    tab.zoom_out.click()
    tab.zoom_out.click()
    assert tab.zoom_text.text() == "80%"
    tab.fit_page_button.click()
    assert tab.pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView and tab.fit_page_button.isChecked()
    viewport = tab.pdf_view.viewport()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(viewport.mapToGlobal(QPoint(50, 50))), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(viewport, wheel)
    assert tab.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    # pages: the navigation follows the document's length
    tab.last_button.click()
    assert tab.current_page() == count - 1 and tab.page_label.text() == f"Page {count} of {count}"
    assert not tab.next_button.isEnabled()
    tab.first_button.click()
    assert tab.current_page() == 0 and not tab.prev_button.isEnabled()
    if count > 1:
        tab.next_button.click()
        assert tab.page_label.text() == f"Page 2 of {count}"


def test_a_schedule_of_several_pages_pages_by_buttons_and_keys(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _application(lead, term_months=60)  # 60 installments run over two pages
    tab = _preview(qtbot, runner, lead, "repayment_schedule", {"loan": app["number"]})
    seen = []
    tab.progress.valueChanged.connect(seen.append)
    _ready(qtbot, tab)
    count = tab.pdf.pageCount()
    assert count >= 2 and tab.page_label.text() == f"Page 1 of {count}" and seen  # progress was shown
    tab.next_button.click()
    assert tab.current_page() == 1 and tab.page_label.text() == f"Page 2 of {count}" and tab.prev_button.isEnabled()
    tab.prev_button.click()
    assert tab.current_page() == 0
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_PageDown)
    assert tab.current_page() == 1
    qtbot.keyClick(tab, Qt.Key.Key_PageUp)
    assert tab.current_page() == 0
    tab.last_button.click()
    assert tab.page_label.text() == f"Page {count} of {count}" and not tab.last_button.isEnabled()


def test_save_as_writes_the_pdf_the_preview_shows(qtbot, runner, profile, tmp_path, monkeypatch):
    lead = signed_in_session(profile, "risklead")
    tab = _ready(qtbot, _preview(qtbot, runner, lead, "loan_approval_form",
                                 {"application": _application(lead)["number"]}))
    target = tmp_path / "借款审批表"  # the OS dialog may hand back a name without .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    tab.save_button.click()
    saved = tmp_path / "借款审批表.pdf"
    qtbot.waitUntil(lambda: tab.note.text().startswith("Saved to"), timeout=15_000)
    assert saved.read_bytes() == tab.pdf_bytes
    assert len(pypdf.PdfReader(io.BytesIO(saved.read_bytes())).pages) == tab.pdf.pageCount()
    assert not list(tmp_path.glob("*.part"))
    # the save is in the audit log beside the generation, with the parameters
    audit = signed_in_session(profile, "auditor").api
    saves = audit.audit_page({"action": "report.save", "actor": "risklead"}, "-seq", 1, 10).items
    assert [(r.object_id, r.after["parameters"]) for r in saves] == [("loan_approval_form", tab.params)]
    assert audit.audit_page({"action": "report.generate", "actor": "risklead"}, "-seq", 1, 10).total == 1


def test_cancel_leaves_the_tab_cancelled_and_generate_again_works(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    tab = _preview(qtbot, runner, lead, "loan_approval_form", {"application": _application(lead)["number"]})
    tab.cancel_button.click()  # before the report can be delivered
    assert tab.status_text.text() == "Cancelling…" and not tab.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: tab.state == "cancelled", timeout=30_000)
    assert "cancelled" in tab.status_text.text() and tab.again_button.isVisible()
    assert not tab.save_button.isEnabled() and not tab.print_button.isEnabled() and tab.pdf_bytes is None
    tab.again_button.click()
    _ready(qtbot, tab)
    assert tab.pdf.pageCount() >= 1


def test_cancel_while_a_wide_audit_extract_is_under_way_leaves_it_cancelled(qtbot, runner, profile):
    auditor = signed_in_session(profile, "auditor")
    tab = _preview(qtbot, runner, auditor, "audit_extract", {"period": "2020-01-01/2026-12-31"})
    progress = []
    tab.progress.valueChanged.connect(progress.append)
    tab.progress.valueChanged.connect(lambda _value: tab.cancel())  # at the first progress the user gives up
    qtbot.waitUntil(lambda: tab.state in ("cancelled", "ready", "failed"), timeout=30_000)
    assert progress and tab.state == "cancelled", tab.status_text.text()
    assert tab.stack.currentWidget() is tab.status_page and tab.again_button.isVisible() and tab.pdf_bytes is None


def test_closing_the_tab_while_it_generates_drops_the_work_quietly(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    tab = ReportPreviewTab(lead, runner, "loan_approval_form", {"application": _application(lead)["number"]})
    tab.show()
    task = tab.task
    tab.close()
    tab.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)  # no callback reached the deleted widgets
    assert task is not None


def test_printing_draws_the_chosen_pages_onto_the_printer(qtbot, runner, profile, tmp_path):
    lead = signed_in_session(profile, "risklead")
    tab = _ready(qtbot, _preview(qtbot, runner, lead, "loan_approval_form",
                                 {"application": _application(lead)["number"]}))
    count = tab.pdf.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    assert pages_to_print(printer, count) == list(range(count))
    assert print_pages(tab.pdf_bytes, printer, pages_to_print(printer, count)) == count
    assert len(pypdf.PdfReader(tmp_path / "all.pdf").pages) == count
    # "pages from 1 to 1" in the dialog: one sheet; the tab's own print path runs in the background
    one = QPrinter(QPrinter.PrinterMode.HighResolution)
    one.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    one.setOutputFileName(str(tmp_path / "one.pdf"))
    one.setPrintRange(QPrinter.PrintRange.PageRange)
    one.setFromTo(1, 1)
    assert pages_to_print(one, count) == [0]
    tab.print_to(one, pages_to_print(one, count))
    qtbot.waitUntil(lambda: tab.note.text().startswith("Sent 1 page(s)"), timeout=30_000)
    assert "could not be recorded" not in tab.note.text()  # the print is in the audit log
    reader = pypdf.PdfReader(tmp_path / "one.pdf")
    assert len(reader.pages) == 1


def test_the_application_views_print_button_opens_the_approval_form(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    app = _application(lead)
    view = ApplicationView(signed_in_session(profile, "risk"), runner, app["id"], app["number"])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None, timeout=15_000)
    assert view.print_form_button.text() == "Print approval form (Ctrl+P)" and view.print_schedule_button is not None
    opened = []
    view.open_requested.connect(lambda key, title, make: opened.append((key, title, make)))
    assert view.print_form_button.shortcut() == QKeySequence("Ctrl+P")
    view.print_form_button.click()
    key, title, make = opened[0]
    assert key == report_key("loan_approval_form", {"application": app["number"]})
    assert title.startswith("Loan approval form") and app["number"] in title
    tab = make()
    qtbot.addWidget(tab)
    _ready(qtbot, tab)
    assert tab.pdf.pageCount() >= 1
    view.print_schedule_button.click()
    assert opened[1][0] == report_key("repayment_schedule", {"loan": app["number"]})
    # customer service may read the application but not print it: no button
    service_view = ApplicationView(signed_in_session(profile, "service"), runner, app["id"], app["number"])
    qtbot.addWidget(service_view)
    assert service_view.print_form_button is None and service_view.print_schedule_button is None
