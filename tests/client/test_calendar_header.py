"""Every calendar in the console reads its month year first in Chinese: 2026年12月, never 十二月 2026."""

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QToolButton, QWidget

from app.application import make_application
from app.services import language


def _header(calendar: QCalendarWidget) -> str:
    """The header's buttons left to right, as the user reads them."""
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    buttons = [b for b in bar.findChildren(QToolButton) if b.isVisible() and b.text()]
    return "".join(b.text() for b in sorted(buttons, key=lambda b: b.x()) if b.objectName() in (
        "qt_calendar_yearbutton", "qt_calendar_monthbutton"))


def test_a_date_edit_popup_shows_the_year_then_the_month_in_chinese(qtbot):
    make_application()  # installs the header filter on the running application, as the console does
    language.install("zh_CN")
    try:
        edit = QDateEdit(QDate(2026, 12, 3), calendarPopup=True)
        qtbot.addWidget(edit)
        edit.show()
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))  # ▾
        calendar = edit.calendarWidget()
        qtbot.waitUntil(calendar.isVisible, timeout=5_000)
        assert calendar.locale().language() == QLocale.Language.Chinese
        qtbot.waitUntil(lambda: _header(calendar) == "2026年12月", timeout=5_000)
        calendar.showNextMonth()  # a new page keeps the order and the words
        qtbot.waitUntil(lambda: _header(calendar) == "2027年1月", timeout=5_000)
    finally:
        language.install("en")


def test_english_calendars_keep_qts_own_header(qtbot):
    make_application()
    calendar = QCalendarWidget()
    calendar.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    calendar.setCurrentPage(2026, 12)
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitUntil(lambda: _header(calendar) == "December2026", timeout=5_000)
