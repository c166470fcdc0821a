"""对账 Reconciliation: a calendar of business days (Asia/Shanghai) with each day's status — not started, open
differences, reconciled, closed — as a tinted date with a tooltip, a legend, and the month's days as a list
with the status in words, the statements and what is still open. Opening a day opens its workspace in a
tab of its own (re-opening switches to it)."""

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from app.models.reconciliation.records import DAY_STATUSES, DayRow
from app.models.reconciliation.tables import DAY_STATUS_TEXT, badge_table, day_status_label, days_model, whole_list
from app.services.formatting import clock_now, number, today_shanghai, yuan
from app.services.icons import icon
from app.services.messages import describe
from app.services.reconciliation import Reconciliation
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table
from app.views.common.state_badge import TONES, BadgeDelegate
from app.views.common.typography import heading
from app.services.placeholders import fill

KIND = "reconciliation_day"  # what DataChanges says changed


def today_in_shanghai() -> date:
    return today_shanghai().toPython()


def day_tab(session: ConsoleSession, runner: TaskRunner, day: date):
    """What opens a day: the tab key, its title and the function that makes the workspace."""

    def make():
        from app.views.reconciliation.reconciliation_day import ReconciliationDay

        return ReconciliationDay(session, runner, day)

    return f"recon:{day.isoformat()}", day.isoformat(), make


class ReconciliationScreen(QWidget):
    open_requested = Signal(str, str, object)  # tab key, title, a function that makes the tab's widget

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Reconciliation(session.api)
        self.days: dict[date, DayRow] = {}
        self._coloured: list[QDate] = []

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("reconCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # The month is headed in the reader's way (2026年12月 / December 2026), not Qt's "十二月 2026".
        self.calendar.setNavigationBarVisible(False)
        today = today_in_shanghai()
        self.calendar.setMaximumDate(QDate(today))
        self.calendar.setSelectedDate(QDate(today).addDays(-1))  # the statement of yesterday comes this morning
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._page_changed())
        self.calendar.activated.connect(lambda d: self.open_day(d.toPython()))
        self.calendar.selectionChanged.connect(self._selected_changed)

        self.legend = QLabel()
        self.legend.setObjectName("reconLegend")
        self.legend.setText("&nbsp;&nbsp;".join(self._swatch(status) for status in DAY_STATUSES))

        self.selected = QLabel()
        self.selected.setObjectName("reconSelectedDay")
        self.selected.setWordWrap(True)
        self.open_button = QPushButton(icon("file-text"), self.tr("&Open day"))
        self.open_button.setObjectName("openDay")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.open_day(self.calendar.selectedDate().toPython()))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._month_bar())
        left_layout.addWidget(self.calendar, 1)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.selected)
        left_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.model = days_model(whole_list(self._month_rows), runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count_label.setText(describe(error)))
        self.table = dense_table(self.model, "reconDays", (110, 130, 90, 130, 140))
        self.table.setSortingEnabled(False)
        self.table.setItemDelegateForColumn(1, BadgeDelegate(
            lambda index: self.model.record(index.row()).status, self.table, badge_table(DAY_STATUS_TEXT)))
        self.table.doubleClicked.connect(lambda index: self.open_day(self.model.record(index.row()).day))
        self.table.activated.connect(lambda index: self.open_day(self.model.record(index.row()).day))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._select_from_list(current.row()))
        self.count_label = QLabel()
        self.count_label.setObjectName("reconDaysCount")
        self.count_label.setProperty("role", "muted")
        refresh = QPushButton(icon("refresh-cw"), "")
        refresh.setToolTip(self.tr("Refresh (F5)"))
        refresh.clicked.connect(self.refresh)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        list_bar = QHBoxLayout()
        list_bar.addWidget(QLabel(self.tr("Days of the month")), 1)
        list_bar.addWidget(refresh)
        right_layout.addLayout(list_bar)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # the calendar reads well narrower than the list of days, whose five columns must show whole
        splitter.setSizes([440, 640])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(self.tr("Reconciliation with the custodian bank")))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        session.changes.changed.connect(self._data_changed)
        self.load()

    def _month_bar(self) -> QHBoxLayout:
        self.previous_month = QToolButton()
        self.previous_month.setObjectName("reconPreviousMonth")
        self.previous_month.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_month.setToolTip(self.tr("Previous month"))
        self.previous_month.clicked.connect(self.calendar.showPreviousMonth)
        self.next_month = QToolButton()
        self.next_month.setObjectName("reconNextMonth")
        self.next_month.setArrowType(Qt.ArrowType.RightArrow)
        self.next_month.setToolTip(self.tr("Next month"))
        self.next_month.clicked.connect(self.calendar.showNextMonth)
        self.month_title = QLabel()
        self.month_title.setObjectName("reconMonth")
        self.month_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_title.font()
        font.setBold(True)
        self.month_title.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_month)
        bar.addWidget(self.month_title, 1)
        bar.addWidget(self.next_month)
        self._show_month()
        return bar

    def month_heading(self, year: int, month: int) -> str:
        """2026年12月 in Chinese, December 2026 in English."""
        name = QLocale(QLocale.Language.English).standaloneMonthName(month)
        return fill(self.tr("%3 %1", "month heading: %1 year, %2 month number, %3 month name"), year, month, name)

    def _show_month(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.month_title.setText(self.month_heading(year, month))
        latest = self.calendar.maximumDate()
        self.next_month.setEnabled((year, month) < (latest.year(), latest.month()))

    def _page_changed(self) -> None:
        self._show_month()
        self.load()

    def _swatch(self, status: str) -> str:
        background, foreground = TONES[DAY_STATUS_TEXT[status][1]]
        return (f'<span style="background:{background}; color:{foreground}">&nbsp;■&nbsp;</span>'
                f'&nbsp;{day_status_label(status)}')

    # --- loading the month -------------------------------------------------------------------------

    def month(self) -> tuple[date, date]:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = QDate(year, month, 1)
        last = min(first.addMonths(1).addDays(-1), self.calendar.maximumDate())
        return first.toPython(), max(last, first).toPython()

    def _month_rows(self, filters: dict) -> list[DayRow]:
        rows = self.service.days(filters["from"], filters["to"])
        return sorted(rows, key=lambda d: d.day, reverse=True)

    def load(self) -> None:
        first, last = self.month()
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload({"from": first, "to": last})

    def refresh(self) -> None:
        self.load()

    def _loaded(self, _total: int) -> None:
        self.days = {d.day: d for d in self.model.rows}
        for qdate in self._coloured:
            self.calendar.setDateTextFormat(qdate, QTextCharFormat())
        self._coloured = []
        for row in self.model.rows:
            background, foreground = TONES[DAY_STATUS_TEXT.get(row.status, ("", "grey"))[1]]
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(background)))
            fmt.setForeground(QBrush(QColor(foreground)))
            if row.status == "open":
                fmt.setFontWeight(700)
            fmt.setToolTip(self._day_summary(row))
            qdate = QDate(row.day)
            self.calendar.setDateTextFormat(qdate, fmt)
            self._coloured.append(qdate)
        waiting = sum(d.open_count for d in self.model.rows if d.status == "open")
        now = clock_now()
        self.count_label.setText(fill(self.tr("%1 differences open this month · as of %2"), number(waiting), now))
        self._selected_changed()

    def _day_summary(self, row: DayRow | None, day: date | None = None) -> str:
        if row is None:
            return fill(self.tr("%1: no statement imported yet."), day.isoformat() if day else "")
        text = fill(self.tr("%1: %2", "a day: its status"), row.day.isoformat(), day_status_label(row.status))
        text += " · " + fill(self.tr("%1 statement(s)"), number(row.statements))
        if row.open_count:
            text += " · " + fill(self.tr("%1 open, %2"), number(row.open_count), yuan(row.open_amount_fen))
        return text

    def _selected_changed(self) -> None:
        day = self.calendar.selectedDate().toPython()
        self.selected.setText(self._day_summary(self.days.get(day), day))

    def _select_from_list(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self.calendar.setSelectedDate(QDate(record.day))

    # --- opening a day -----------------------------------------------------------------------------

    def open_day(self, day: date) -> None:
        key, title, make = day_tab(self.session, self.runner, day)
        self.open_requested.emit(key, fill(self.tr("Reconciliation %1"), title), make)

    def _data_changed(self, kind: str, _ids) -> None:
        if kind == KIND:
            self.load()
