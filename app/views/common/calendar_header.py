"""Every calendar's month header reads the Chinese way, year first: "2026年12月", not "十二月 2026".

QCalendarWidget (also the popup of every QDateEdit) puts the month's name before the year in every
language. One application-wide event filter (installed by app/application.py) reorders the header of each
calendar the first time it shows, and relabels it whenever its page changes, so no screen does anything.
"""

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton, QWidget

_DONE = "yearFirstHeader"


def _chinese(calendar: QCalendarWidget) -> bool:
    return calendar.locale().language() == QLocale.Language.Chinese


def relabel(calendar: QCalendarWidget) -> None:
    """Sets the header's buttons to "2026年" "12月" in Chinese (Qt's own labels in other languages)."""
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    if month is None or year is None or not _chinese(calendar):
        return
    year.setText(f"{calendar.yearShown()}年")
    month.setText(f"{calendar.monthShown()}月")


def year_first(calendar: QCalendarWidget) -> None:
    """Moves the year before the month in the header's layout, once, and keeps the labels Chinese."""
    if calendar.property(_DONE):
        return
    calendar.setProperty(_DONE, True)
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    layout = bar.layout() if bar is not None else None
    if layout is not None and month is not None and year is not None and _chinese(calendar):
        edit = calendar.findChild(QWidget, "qt_calendar_yearedit")  # the spin box that replaces the year to type
        at = layout.indexOf(month)
        for widget in (year, edit):
            if widget is not None and layout.indexOf(widget) > at:
                layout.removeWidget(widget)
                layout.insertWidget(at, widget)
                at += 1
    # Qt writes its own labels when the page changes; ours go on after it.
    calendar.currentPageChanged.connect(lambda *_: QTimer.singleShot(0, lambda: relabel(calendar)))
    relabel(calendar)


class CalendarHeaders(QObject):
    """The application-wide filter: a calendar about to show gets its header year first."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget):
            year_first(watched)
            relabel(watched)
        return False


def install(app: QApplication) -> CalendarHeaders:
    headers = app.findChild(CalendarHeaders)
    if headers is None:
        headers = CalendarHeaders(app)
        app.installEventFilter(headers)
    return headers
