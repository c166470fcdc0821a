"""The Reports screen against a real platform API on loopback: the catalog follows the user's permissions,
the parameter form checks what is typed, and Generate opens (or switches to) the report's preview tab."""

from PySide6.QtCore import Qt

from app.views.shell.main_window import MainWindow
from app.views.reports.report_preview import ReportPreviewTab
from app.views.reports.reports_screen import ReportsScreen
from app.views.shell.screens import screens_for
from tests.client.helpers import signed_in_session
from tests.client.test_report_preview import _application


def _names(screen: ReportsScreen) -> list[str]:
    return [spec.name for spec in screen.specs]


def _listed(screen: ReportsScreen) -> list[str]:
    return [screen.list.item(row).text() for row in range(screen.list.count())]


def test_each_user_sees_only_the_reports_their_permissions_open(qtbot, runner, profile):
    risk = ReportsScreen(signed_in_session(profile, "risk"), runner)
    finance = ReportsScreen(signed_in_session(profile, "finance"), runner)
    auditor = ReportsScreen(signed_in_session(profile, "auditor"), runner)
    for screen in (risk, finance, auditor):
        qtbot.addWidget(screen)
    assert _names(risk) == ["loan_approval_form", "repayment_schedule"]
    assert _listed(risk) == ["Loan approval form", "Repayment schedule"]
    assert _names(finance) == ["daily_reconciliation", "withdrawal_review_list", "monthly_operations"]
    assert "loan_approval_form" not in _names(finance) and "audit_extract" not in _names(finance)
    assert _names(auditor) == ["loan_approval_form", "repayment_schedule", "daily_reconciliation",
                               "withdrawal_review_list", "monthly_operations", "staff_permissions", "audit_extract"]
    # customer service may read loans but not print: no Reports entry at all
    service = signed_in_session(profile, "service")
    assert "reports" not in [spec.key for spec in screens_for(service.me)]


def test_the_form_checks_what_is_typed_and_shows_the_problem_beside_the_field(qtbot, runner, profile):
    screen = ReportsScreen(signed_in_session(profile, "auditor"), runner)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.title.text() == "Loan approval form"
    number = screen.field("application").widget
    error = screen.errors["application"]
    assert not screen.generate_button.isEnabled() and not error.isVisibleTo(screen)  # untouched: no scolding yet
    qtbot.keyClicks(number, "ln2026")
    assert number.text() == "LN2026"  # upper case as typed
    assert error.isVisibleTo(screen) and "LN followed by 14 digits" in error.text()
    assert not screen.generate_button.isEnabled()
    qtbot.keyClicks(number, "11240001")
    qtbot.keyClicks(number, "23")
    assert number.text() == "LN20261124000123" and not error.isVisibleTo(screen) and screen.generate_button.isEnabled()
    # the audit extract: a period whose start is after its end is refused beside the field
    screen.list.setCurrentRow(_names(screen).index("audit_extract"))
    period = screen.field("period")
    period.start.setDate(period.end.date().addDays(2))
    assert "start on or before" in screen.errors["period"].text() and not screen.generate_button.isEnabled()
    assert not screen.errors["period"].isHidden()
    period.start.setDate(period.end.date().addDays(-30))
    assert screen.generate_button.isEnabled()
    qtbot.keyClicks(screen.field("actor").widget, "risk")
    first, last = period.start.date().toString("yyyy-MM-dd"), period.end.date().toString("yyyy-MM-dd")
    assert screen.params() == {"period": f"{first}/{last}", "actor": "risk"}  # empty optional fields are left out


def test_generate_opens_the_preview_tab_and_generating_again_switches_to_it(qtbot, runner, settings, profile):
    number = _application(signed_in_session(profile, "risklead"))["number"]
    window = MainWindow(signed_in_session(profile, "risk"), runner, settings)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_screen("reports")
    assert isinstance(screen, ReportsScreen) and screen.title.text() == "Loan approval form"
    qtbot.keyClicks(screen.field("application").widget, number)
    qtbot.keyClick(screen.field("application").widget, Qt.Key.Key_Return)  # Enter generates
    preview = window.tabs.currentWidget()
    assert isinstance(preview, ReportPreviewTab) and preview.report_name == "loan_approval_form"
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"Loan approval form · {number}"
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=30_000)
    assert preview.pdf.pageCount() >= 1 and preview.page_label.text().startswith("Page 1 of ")
    count = window.tabs.count()
    window.tabs.setCurrentWidget(screen)
    screen.generate_button.click()
    assert window.tabs.count() == count and window.tabs.currentWidget() is preview
