"""The alert list (告警): filters by state (by default the alerts still to be worked: open and acknowledged),
severity and area; each row with its severity as a coloured word (严重 red, 警告 amber, 提示 blue), the rule, its area,
how often it was seen, first and last seen in Shanghai time, its state, who handled it and what it says. Pages come
from the server as the user scrolls (off the GUI thread), sorted there by the header clicked (severities by rank;
the latest seen first until then). The selected alert's evidence, deliveries and history stand
beside the list; holders of alert.manage acknowledge it (a note is optional) and resolve it (a note is required),
checked against the version on screen."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.models.alert_records import AREAS, SEVERITIES, AlertCounts, AlertRecord
from app.models.paged_table import Column, PagedTableModel
from app.services import errors
from app.services.alerts import KIND, PAUSE_KIND, Alerts
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.alerts.alert_detail import AlertDetail
from app.views.alerts.alert_dialogs import NoteDialog
from app.views.alerts.words import SEVERITY_COLOURS, STATE_COLOURS, area_text, severity_text, state_text
from app.views.common.combo_width import never_cut
from app.views.common.dense_table import dense_table, widen_to_fit

TO_WORK = ("open", "acknowledged")
LAST_SEEN = 5  # the column the list starts sorted by


class AlertTableModel(PagedTableModel):
    """The paged model, keeping the counts each answer carries (open, acknowledged, critical open)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts = AlertCounts()

    def _arrived(self, generation: int, page) -> None:
        if generation == self._generation:
            self.counts = page.counts
        super()._arrived(generation, page)


class AlertList(QWidget):
    counts_changed = Signal(object)  # AlertCounts, for the navigation's badge

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Alerts(session.api)
        self.can_manage = session.me.can("alert.manage")
        self.counts = AlertCounts()
        self.loaded = False
        self.last_dialog = None
        self._wanted: int | None = None  # the alert to select again after a reload

        self.state = never_cut(QComboBox())
        self.state.setObjectName("alertStateFilter")
        self.state.addItem(self.tr("To be worked (open and acknowledged)"), ",".join(TO_WORK))
        for code in ("open", "acknowledged", "resolved"):
            self.state.addItem(state_text(code), code)
        self.state.addItem(self.tr("All states"), "")
        self.severity = never_cut(QComboBox())
        self.severity.setObjectName("alertSeverityFilter")
        self.severity.addItem(self.tr("All severities"), "")
        for code in SEVERITIES:
            self.severity.addItem(severity_text(code), code)
        self.area = never_cut(QComboBox())
        self.area.setObjectName("alertAreaFilter")
        self.area.addItem(self.tr("All areas"), "")
        for code in AREAS:
            self.area.addItem(area_text(code), code)
        for combo in (self.state, self.severity, self.area):
            combo.currentIndexChanged.connect(lambda _=0: self.reload())
        refresh = QPushButton(icon("refresh-cw"), self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        bar = QHBoxLayout()
        for label, combo in ((self.tr("State"), self.state), (self.tr("Severity"), self.severity),
                             (self.tr("Area"), self.area)):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(refresh)

        # Sorted by the server (the list is paged): severities by rank, areas and states in the filters' order.
        self.model = AlertTableModel([
            Column(self.tr("Severity"), lambda a: severity_text(a.severity), sort_key="severity",
                   colour=lambda a: SEVERITY_COLOURS.get(a.severity), descending_first=True),
            Column(self.tr("Rule"), lambda a: a.rule_title),
            Column(self.tr("Area"), lambda a: area_text(a.area), sort_key="area"),
            Column(self.tr("Count"), lambda a: number(a.count), sort_key="count", right=True, mono=True,
                   descending_first=True),
            Column(self.tr("First seen"), lambda a: local_time(a.first_seen_at), sort_key="first_seen", mono=True,
                   descending_first=True),
            Column(self.tr("Last seen"), lambda a: local_time(a.last_seen_at), sort_key="last_seen", mono=True,
                   descending_first=True),
            Column(self.tr("State"), lambda a: state_text(a.state), sort_key="state",
                   colour=lambda a: STATE_COLOURS.get(a.state)),
            Column(self.tr("Handled by"), lambda a: a.handled_by),
            Column(self.tr("What happened"), lambda a: a.message),  # last: the long sentence, whole, scrolls
        ], self.service.page, runner, default_sort="-last_seen", parent=self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.status.setText(describe(error)))
        self.table = dense_table(self.model, "alertTable", widths=(64, 200, 72, 56, 130, 130, 80, 80, 400),
                                 sort=(LAST_SEEN, Qt.SortOrder.DescendingOrder))  # the latest first
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_indicator)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._selected(current.row()))
        self.status = QLabel()
        self.status.setObjectName("alertListStatus")
        self.status.setProperty("role", "muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        self.detail = AlertDetail(self.can_manage)
        self.detail.acknowledge_requested.connect(self.acknowledge)
        self.detail.resolve_requested.connect(self.resolve)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        session.changes.changed.connect(self._data_changed)

    # --- loading -----------------------------------------------------------------------------------

    def filters(self) -> dict:
        return {"states": [s for s in (self.state.currentData() or "").split(",") if s], "severity": self.severity.currentData() or "",
                "area": self.area.currentData() or ""}

    def reload(self) -> None:
        current = self.selected()
        if current is not None and self._wanted is None:  # the alert asked for (show_alert) wins
            self._wanted = current.id
        self.model.reload(self.filters())

    def refresh(self) -> None:
        self.reload()

    def set_filter(self, states: tuple = TO_WORK, severity: str = "", area: str = "") -> None:
        for combo, value in ((self.state, ",".join(states)), (self.severity, severity), (self.area, area)):
            combo.blockSignals(True)
            index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.reload()

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)
        page = self.model
        self.counts = page.counts
        self.counts_changed.emit(self.counts)
        self.status.setText(fill(self.tr("%1 alerts · %2 open, %3 of them critical · %4 acknowledged · as of %5"),
                                 number(total), number(self.counts.open), number(self.counts.critical_open),
                                 number(self.counts.acknowledged), clock_now()))
        wanted = self._wanted
        row = next((i for i, a in enumerate(page.rows) if a.id == wanted), None) if wanted is not None else None
        if row is None and page.rows and self.selected() is None:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._selected(row)
        elif not page.rows:
            self.detail.show_alert(None)
        self.detail.empty.setText(self.tr("Select an alert to see what is behind it.") if page.rows else
                                  self.tr("No alerts of your areas match these filters."))
        self._wanted = None
        self.loaded = True

    def _keep_indicator(self, column: int, _order) -> None:
        """A column the server does not sort by (the rule, who handled it, the sentence): the header's arrow stays
        on the order the rows are in."""
        if self.model.columns[column].sort_key is not None:
            return
        key = self.model.sort_key or "-last_seen"
        shown = next((i for i, c in enumerate(self.model.columns) if c.sort_key == key.lstrip("-")), LAST_SEEN)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(shown, Qt.SortOrder.DescendingOrder if key.startswith("-")
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def selected(self) -> AlertRecord | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        return self.model.record(index.row()) if index is not None and index.isValid() else None

    def _selected(self, row: int) -> None:
        self.detail.show_alert(self.model.record(row))

    def select_alert(self, alert_id: int) -> bool:
        row = next((i for i, a in enumerate(self.model.rows) if a.id == alert_id), None)
        if row is None:
            return False
        self.table.selectRow(row)
        self._selected(row)
        return True

    def _data_changed(self, kind: str, _ids) -> None:
        if kind in (KIND, PAUSE_KIND):
            self.reload()

    # --- acting ------------------------------------------------------------------------------------

    def acknowledge(self, alert: AlertRecord) -> None:
        self._ask(alert, resolve=False)

    def resolve(self, alert: AlertRecord) -> None:
        self._ask(alert, resolve=True)

    def _ask(self, alert: AlertRecord, resolve: bool) -> None:
        dialog = NoteDialog(alert, resolve, self)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._send(alert, resolve, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _send(self, alert: AlertRecord, resolve: bool, note: str) -> None:
        service = self.service
        self.detail.acknowledge_button.setEnabled(False)
        self.detail.resolve_button.setEnabled(False)
        work = (lambda: service.resolve(alert.id, alert.version, note)) if resolve else \
            (lambda: service.acknowledge(alert.id, alert.version, note))
        self.runner.run(work, done=lambda done: self._done(done, resolve),
                        failed=lambda error: self._failed(alert, error), owner=self)

    def _done(self, alert: AlertRecord, resolved: bool) -> None:
        self._wanted = alert.id
        self.detail.show_alert(alert)
        self.detail.show_message(self.tr("Resolved.") if resolved else self.tr("Acknowledged."), error=False)
        self.session.changes.changed.emit(KIND, frozenset({alert.id}))

    def _failed(self, alert: AlertRecord, error) -> None:
        sentence = describe(error)
        if isinstance(error, (errors.Conflict, errors.NotFound)):  # someone else acted first: show it as it is now
            self._wanted = alert.id
            service = self.service
            self.runner.run(lambda: service.get(alert.id),
                            done=lambda now: (self.detail.show_alert(now), self.detail.show_message(sentence)),
                            failed=lambda _e: self.detail.show_message(sentence), owner=self)
            self.model.reload()
            return
        self.detail.show_alert(self.detail.alert)
        self.detail.show_message(sentence)
