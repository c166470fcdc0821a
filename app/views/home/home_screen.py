"""首页 Home: what the signed-in user's work looks like today. The greeting and roles; what waits for them as
tiles (a click opens the list behind the count); today's figures of their areas as tiles (applications in and
decided, the approval rate, overdue by bucket, withdrawals paid, the trial balance, the reconciliation day,
open alerts; a click opens the list behind the figure); and the charts their permissions cover (applications
per day, overdue rate by month, funds in and out per day; a click on a bar opens its list). Refreshed every
30 s and right after the console's own operations (the DataChanges signal), off the GUI thread. The
permissions themselves are in My profile."""

import time
from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from app.models.home_records import Figure, Home
from app.services.formatting import clock_now, number, yuan
from app.services.home import HomeData
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.views.afterloan.words import waiting_label
from app.views.common.typography import heading
from app.views.home.home_charts import ACCENT, IN_COLOUR, LATE_COLOUR, OUT_COLOUR, HomeChart
from app.views.home.navigation import period_covering
from app.views.shell.screens import screens_for
from app.views.shell.waiting_counts import SCREEN_OF

POLL_MS = 30_000
AFTER_CHANGE_MS = 600  # the change's own request has finished; a burst of changes asks once
TILE_COLUMNS = 4
DASH = "—"


class Tile(QPushButton):
    """A figure: its value large, its label below; a click opens the list behind it."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tile", True)
        self.setMinimumSize(170, 74)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setObjectName("tileLabel")
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "muted")
        for label in (self.value, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_figure(self, value: str, caption: str, colour: str | None, clickable: bool, tip: str) -> None:
        self.value.setText(value or DASH)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.caption.setText(caption)
        self.setEnabled(True)
        # Every tile looks the same; one whose list the user may not open takes no focus and no click.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setProperty("clickable", clickable)
        self.setToolTip(tip)
        self.setAccessibleName(fill(self.tr("%1: %2"), caption, value or DASH))
        h = self.caption.heightForWidth(max(self.width() - 24, 140))
        self.setFixedHeight(max(74, self.value.sizeHint().height() + max(h, 0) + 22))


class HomeScreen(QWidget):
    # The list behind a tile or a bar: the screen's key and what to show there ({"waiting": key} for a waiting
    # count); the main window opens it (app/views/home/navigation.py).
    navigate_requested = Signal(str, object)

    def __init__(self, session: ConsoleSession, runner=None, parent=None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = HomeData(session.api)
        self.home: Home | None = None
        self.screens = {spec.key for spec in screens_for(session.me)}
        self._running = self._again = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("homePage")
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        zh = current_is_chinese()
        me = session.me
        roles = "、".join(r.label_zh for r in me.roles) if zh else ", ".join(r.label_en for r in me.roles)
        layout.addWidget(heading(fill(self.tr("Welcome, %1"), me.display_name), 1.5))
        # The user name is an identifier (it signs in), so it stands apart from the sentence about the roles.
        who = QLabel(fill(self.tr("Signed in as %1"), me.username))
        who.setObjectName("homeUserName")
        who.setProperty("identifier", True)
        who.setProperty("role", "muted")
        role_line = QLabel(fill(self.tr("Roles: %1"), roles or DASH))
        role_line.setObjectName("homeRoles")
        role_line.setProperty("role", "muted")
        role_line.setWordWrap(True)
        layout.addWidget(who)
        layout.addWidget(role_line)
        self.status = QLabel(self.tr("Loading today's figures…"))
        self.status.setObjectName("homeStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.waiting_caption = self._caption(self.tr("Waiting for you"))
        layout.addWidget(self.waiting_caption)
        self.waiting_grid = QGridLayout()
        self.waiting_grid.setSpacing(8)
        for column in range(TILE_COLUMNS):  # the same width of tile in every row and section
            self.waiting_grid.setColumnStretch(column, 1)
        layout.addLayout(self.waiting_grid)
        self.nothing_waits = QLabel(self.tr("Nothing waits for you."))
        self.nothing_waits.setObjectName("homeNothingWaits")
        self.nothing_waits.setProperty("role", "muted")
        layout.addWidget(self.nothing_waits)

        self.figures_caption = self._caption(self.tr("Today"))
        layout.addWidget(self.figures_caption)
        self.figures_grid = QGridLayout()
        self.figures_grid.setSpacing(8)
        for column in range(TILE_COLUMNS):  # the same width of tile in every row and section
            self.figures_grid.setColumnStretch(column, 1)
        layout.addLayout(self.figures_grid)

        self.charts_box = QWidget()
        self.charts_box.setObjectName("homeCharts")
        self.charts_grid = QGridLayout(self.charts_box)
        self.charts_grid.setContentsMargins(0, 8, 0, 0)
        self.charts_grid.setSpacing(8)
        layout.addWidget(self.charts_box)
        layout.addStretch(1)
        self.waiting_tiles: dict[str, Tile] = {}
        self.figure_tiles: dict[str, Tile] = {}
        self.charts: dict[str, HomeChart] = {}
        for widget in (self.waiting_caption, self.nothing_waits, self.figures_caption, self.charts_box):
            widget.setVisible(False)

        self.timer = QTimer(self, interval=interval_ms, timeout=self.refresh)
        self.soon = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS, timeout=self.refresh)
        session.changes.changed.connect(self._changed)
        self._loaded_at = 0.0
        self.charts_loaded = False  # the charts came (after the figures) at least once
        if runner is not None:
            self.refresh()

    # Polled while on screen only: another tab in front, or the window closed at sign-out, stops the polling;
    # coming back asks at once when the figures are older than the poll's interval.
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.runner is not None and not self.timer.isActive():
            self.timer.start()
            if self.home is not None and time.monotonic() - self._loaded_at > self.timer.interval() / 1000:
                self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        return label

    # --- loading -----------------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self.soon.start()

    def refresh(self) -> None:
        if self.runner is None:
            return
        if self._running:  # one request at a time; ask again when it answers
            self._again = True
            return
        self._running = True
        # The figures first (what the user reads at once), the charts in a second request after them.
        service = self.service
        self.runner.run(lambda: service.fetch(charts=False), done=self._loaded, failed=self._failed, owner=self)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error) -> None:
        if self.home is None:
            self.status.setText(fill(self.tr("Today's figures could not be loaded: %1"), describe(error)))
        else:
            self.status.setText(fill(self.tr("Not refreshed: %1 The figures shown are of %2."), describe(error),
                                     self._as_of))
        self.status.setProperty("state", "error")
        self._finished()

    def _loaded(self, home: Home) -> None:
        self.home = home
        self._loaded_at = time.monotonic()
        self._as_of = clock_now()
        self.status.setText(fill(self.tr("As of %1; refreshed every 30 seconds."), self._as_of))
        self.status.setProperty("state", "")
        self._show_waiting(home)
        self._show_figures(home)
        service = self.service
        self.runner.run(lambda: service.with_charts(home), done=self._charts_loaded, failed=self._failed, owner=self)

    def _charts_loaded(self, home: Home) -> None:
        self.home = home
        self._show_charts(home)
        self.charts_loaded = True
        self._finished()

    # --- tiles -------------------------------------------------------------------------------------

    def _tile(self, tiles: dict, grid: QGridLayout, key: str, prefix: str) -> Tile:
        tile = tiles.get(key)
        if tile is None:
            tile = Tile(f"{prefix}_{key}".replace("+", "plus"))
            tile.clicked.connect(lambda _=False, t=tile: self._tile_clicked(t))
            tiles[key] = tile
            n = len(tiles) - 1
            grid.addWidget(tile, n // TILE_COLUMNS, n % TILE_COLUMNS)
        return tile

    def _tile_clicked(self, tile: Tile) -> None:
        target = tile.property("target")
        if tile.property("clickable") and target:
            self.navigate_requested.emit(target[0], dict(target[1]))

    def _show_waiting(self, home: Home) -> None:
        shown = set()
        for item in home.waiting:
            tile = self._tile(self.waiting_tiles, self.waiting_grid, item.key, "waiting")
            screen = SCREEN_OF.get(item.key, "")
            clickable = screen in self.screens
            tile.setProperty("target", (screen, {"waiting": item.key}))
            tile.show_figure(number(item.count), waiting_label(item.key) or item.label,
                             ACCENT.name() if item.count else None, clickable,
                             self.tr("Open the list") if clickable else "")
            tile.setVisible(True)
            shown.add(item.key)
        for key, tile in self.waiting_tiles.items():
            tile.setVisible(key in shown)
        self.waiting_caption.setVisible(True)
        self.nothing_waits.setVisible(not home.waiting)

    def value_text(self, figure: Figure) -> str:
        if figure.value is None and figure.unit != "state":
            return DASH
        if figure.unit == "fen":
            return yuan(figure.value)
        if figure.unit == "percent_bp":
            return fill(self.tr("%1%"), QLocale().toString(figure.value / 100, "f", 1))
        if figure.unit == "state":
            return figure.text or DASH
        return number(figure.value)

    @staticmethod
    def colour_of(figure: Figure) -> str | None:
        if figure.key == "trial_balance":
            return IN_COLOUR.name() if figure.value == 0 else OUT_COLOUR.name()
        if figure.key == "recon_day":
            return {0: None, 1: LATE_COLOUR.name(), 2: IN_COLOUR.name(), 3: IN_COLOUR.name()}.get(figure.value)
        if figure.key.startswith("overdue_") and figure.value:
            return LATE_COLOUR.name()
        if figure.key == "open_alerts" and figure.value:
            return OUT_COLOUR.name()
        return None

    def _show_figures(self, home: Home) -> None:
        shown = set()
        handles_alerts = any(item.key == "alerts" for item in home.waiting)
        for figure in home.figures:
            if figure.key == "open_alerts" and handles_alerts:
                continue  # the same count is among what waits for them, once is enough
            tile = self._tile(self.figure_tiles, self.figures_grid, figure.key, "figure")
            clickable = figure.screen in self.screens
            tile.setProperty("target", (figure.screen, figure.filter))
            tile.show_figure(self.value_text(figure), figure.label, self.colour_of(figure), clickable,
                             self.tr("Open the list") if clickable else "")
            tile.setVisible(True)
            shown.add(figure.key)
        for key, tile in self.figure_tiles.items():
            tile.setVisible(key in shown)
        self.figures_caption.setVisible(bool(shown))

    # --- charts ------------------------------------------------------------------------------------

    def _show_charts(self, home: Home) -> None:
        data = (home.applications_per_day, home.overdue_rate_by_month, home.funds_per_day)
        if self.charts and data == getattr(self, "_chart_data", None):
            return  # nothing moved: the charts stay as they are (no flicker every 30 seconds)
        self._chart_data = data
        for chart in self.charts.values():
            self.charts_grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = {}
        if home.applications_per_day is not None:
            chart = HomeChart("chartApplications", self.tr("Applications per day (last 30 days)"))
            chart.bars([d.day.strftime("%m-%d") for d in home.applications_per_day],
                       [("applications", self.tr("Applications"), ACCENT,
                         [d.count for d in home.applications_per_day])], "%d")
            chart.picked.connect(lambda _k, i: self._open_day(home.applications_per_day[i].day))
            self.charts["applications_per_day"] = chart
        if home.overdue_rate_by_month is not None:
            chart = HomeChart("chartOverdueRate", self.tr("Overdue rate by month of due date (%)"))
            months = home.overdue_rate_by_month
            locale = QLocale()
            chart.line([locale.monthName(int(m.month[5:]), QLocale.FormatType.ShortFormat) for m in months], "rate",
                       self.tr("Overdue rate"), LATE_COLOUR, [m.rate_bp / 100 for m in months], "%.1f",
                       x_title=fill(self.tr("%1 to %2"), months[0].month, months[-1].month) if months else "")
            chart.picked.connect(lambda _k, _i: self.navigate_requested.emit("afterloan", {"tab": "overdue"}))
            self.charts["overdue_rate_by_month"] = chart
        if home.funds_per_day is not None:
            days = home.funds_per_day
            largest = max([0, *(d.in_fen for d in days), *(d.out_fen for d in days)])
            scale, unit = (1_000_000, self.tr("10,000 yuan")) if largest >= 10_000_000 else (100, self.tr("yuan"))
            chart = HomeChart("chartFunds", fill(self.tr("Money in and out per day (last 30 days, %1)"), unit))
            chart.bars([d.day.strftime("%m-%d") for d in days],
                       [("in", self.tr("In (recharges)"), IN_COLOUR, [d.in_fen / scale for d in days]),
                        ("out", self.tr("Out (withdrawals)"), OUT_COLOUR, [d.out_fen / scale for d in days])],
                       "%.0f")
            chart.picked.connect(lambda k, _i: self.navigate_requested.emit(
                "funds", {"tab": "transfers", "kind": "recharge" if k == "in" else "withdrawal"}))
            self.charts["funds_per_day"] = chart
        charts = list(self.charts.values())
        for n, chart in enumerate(charts):
            # two side by side; an odd last one takes the whole row
            self.charts_grid.addWidget(chart, n // 2, n % 2, 1, 2 if n == len(charts) - 1 and n % 2 == 0 else 1)
        self.charts_box.setVisible(bool(self.charts))  # a role without charts sees no empty boxes

    def _open_day(self, day: date) -> None:
        today = self.home.business_day if self.home and self.home.business_day else day
        self.navigate_requested.emit("loans", {"scope": "all", "period": period_covering(day, today)})
