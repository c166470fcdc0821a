"""审计日志 Audit log: records paged from the server, filtered (user, action, object, time range, text)
and sorted there; each record's before and after side by side; the hash-chain check; export."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.audit_table import IDENTIFIER_COLUMNS, WORD_THEN_IDENTIFIER_COLUMNS, audit_model
from app.models.audit_words import (ACTIONS, AREAS, OBJECT_TYPES, VALUES, action_text, actor_text, area_text,
                                    client_text, field_text, object_text, object_type_text, value_text)
from app.models.paged_table import Column
from app.services.formatting import clock_now, day_start_utc, local_time, number, today_shanghai
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table
from app.views.common.list_export import ListExport

CHANGED = "#fff4e5"


def _json(value) -> str:
    """A value as the detail shows it: a code the console has words for (a state, a flag) in words, anything else
    as the server wrote it."""
    if isinstance(value, str) and value in VALUES:
        return value_text(value)
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditLogScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        # Actions and object types are chosen in words; the server receives their codes ("auth." is an area).
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for prefix in AREAS:
            self.action.addItem(fill(self.tr("%1 (all)"), area_text(prefix)), prefix)
            for code in ACTIONS:
                if code.startswith(prefix):
                    self.action.addItem("    " + action_text(code), code)
        self.action.setMaxVisibleItems(24)
        self.object_type = QComboBox()
        self.object_type.setObjectName("auditObjectType")
        self.object_type.addItem(self.tr("All objects"), "")
        for kind in OBJECT_TYPES:
            self.object_type.addItem(object_type_text(kind), kind)
        self.actor = QLineEdit(placeholderText=self.tr("User"))
        self.actor.setObjectName("auditActor")
        self.object = QLineEdit(placeholderText=self.tr("Object number, e.g. LN20261124000001"))
        self.object.setObjectName("auditObject")
        self.text = QLineEdit(placeholderText=self.tr("Text in the record"))
        self.text.setObjectName("auditText")
        self.in_range = QCheckBox(self.tr("From"))
        self.since = QDateEdit(today_shanghai().addDays(-7), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.until = QDateEdit(today_shanghai(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        for edit in (self.since, self.until):
            edit.setEnabled(False)
        self.in_range.toggled.connect(lambda on: (self.since.setEnabled(on), self.until.setEnabled(on)))
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        clear = QPushButton(self.tr("Clear"))
        # Two rows: what to look for, then when; every field wide enough for its placeholder in both languages.
        bar.addWidget(self.action, 3)
        bar.addWidget(self.object_type, 2)
        for field, stretch in ((self.actor, 2), (self.object, 4), (self.text, 3)):
            field.returnPressed.connect(self.apply_filters)
            bar.addWidget(field, stretch)
        when = QHBoxLayout()
        when.addWidget(self.in_range)
        when.addWidget(self.since)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.until)
        when.addStretch(1)
        search.clicked.connect(self.apply_filters)
        clear.clicked.connect(self._clear)
        when.addWidget(search)
        when.addWidget(clear)
        layout.addLayout(bar)
        layout.addLayout(when)

        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.count.setProperty("role", "muted")
        self.chain = QLabel()
        self.chain.setObjectName("chainResult")
        self.verify_button = QPushButton(icon("shield-check"), self.tr("Verify the hash chain"))
        self.verify_button.setToolTip(self.tr("The server recomputes every record's hash from the first to the last "
                                              "and names the first record that was edited or removed."))
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button = QPushButton(self.tr("Export…"))
        self.checkpoint = QLabel()
        self.checkpoint.setObjectName("auditCheckpoint")
        self.checkpoint.setProperty("role", "muted")
        self.checkpoint.setToolTip(self.tr("The end of the audit chain is written outside the database every hour "
                                           "and when the server stops; checking the chain names any record "
                                           "removed after it."))
        status.addWidget(self.count, 1)
        status.addWidget(self.checkpoint)
        status.addWidget(self.chain)
        status.addWidget(self.verify_button)
        status.addWidget(self.export_button)
        layout.addLayout(status)

        self.model = audit_model(session.api.audit_page, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count.setText(describe(error)))
        # The export carries what the table cannot show: the full before and after of each record.
        columns = self.model.columns + [Column(self.tr("Before"), lambda r: _json(r.before)),
                                        Column(self.tr("After"), lambda r: _json(r.after)),
                                        Column(self.tr("Request"), lambda r: r.request_id)]
        self.exporter = ListExport(self, runner, self.model, session.api.audit_page, "audit-log", self.tr("Audit log"),
                                   columns)
        self.exporter.running.connect(lambda busy: self.export_button.setEnabled(not busy))
        self.exporter.finished.connect(self.count.setText)
        self.export_button.clicked.connect(self.exporter.choose)

        self.table = dense_table(self.model, "auditTable", (90, 160, 110, 230, 430),
                                 sort=(0, Qt.SortOrder.DescendingOrder))
        self.table.setProperty("identifierColumns", IDENTIFIER_COLUMNS)
        self.table.setProperty("wordThenIdentifierColumns", WORD_THEN_IDENTIFIER_COLUMNS)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.heading = QLabel()
        self.heading.setObjectName("auditDetailHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)  # a long object name wraps; the request's id beside it stays whole
        self.detail = QTreeWidget()
        self.detail.setObjectName("auditDetail")
        self.detail.setProperty("identifierColumns", [1, 2])  # the values as recorded
        self.request = QLabel()
        self.request.setObjectName("auditRequest")
        self.request.setProperty("identifier", True)
        self.request.setProperty("role", "muted")
        self.request.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.request.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.detail.setRootIsDecorated(False)
        self.detail.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.detail.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail.setColumnWidth(0, 200)
        self.detail.setColumnWidth(1, 380)
        detail_page = QWidget()
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.heading.setText(self.tr("Select a record to see what it changed."))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.request)
        detail_layout.addLayout(heading_row)
        detail_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_page)
        splitter.setSizes([480, 200])
        layout.addWidget(splitter, 1)
        self.model.reload({})
        self.load_checkpoint()

    def load_checkpoint(self) -> None:
        self.runner.run(self.session.api.audit_checkpoint, done=self._checkpoint_loaded,
                        failed=lambda error: self.checkpoint.setText(describe(error)), owner=self)

    def _checkpoint_loaded(self, anchor) -> None:
        if anchor is None:
            self.checkpoint.setText(self.tr("No checkpoint yet"))
        elif anchor.kind == "epoch":
            self.checkpoint.setText(fill(self.tr("Restored from backup %1 at record %2 (%3)"), anchor.backup or "",
                                         number(anchor.seq), local_time(anchor.at)))
        else:
            self.checkpoint.setText(fill(self.tr("Last checkpoint: record %1 at %2"), number(anchor.seq),
                                         local_time(anchor.at)))

    def filters(self) -> dict:
        found = {"action": self.action.currentData(), "object_type": self.object_type.currentData(),
                 "actor": self.actor.text().strip(), "object_id": self.object.text().strip(),
                 "q": self.text.text().strip()}
        if self.in_range.isChecked():
            # Whole local days: from the first day's midnight to the midnight after the last day.
            found |= {"since": day_start_utc(self.since.date()), "until": day_start_utc(self.until.date(), 1)}
        return found

    def apply_filters(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload(self.filters())

    def refresh(self) -> None:
        self.apply_filters()
        self.load_checkpoint()

    def _clear(self) -> None:
        for field in (self.actor, self.object, self.text):
            field.clear()
        self.action.setCurrentIndex(0)
        self.object_type.setCurrentIndex(0)
        self.in_range.setChecked(False)
        self.apply_filters()

    def _loaded(self, total: int) -> None:
        self.count.setText(fill(self.tr("%1 records · as of %2"), number(total), clock_now(seconds=True)) if total
                           else self.tr("No records match these filters."))

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain.setText(self.tr("Verifying…"))
        api = self.session.api
        self.runner.run(api.verify_audit, done=self._verified, failed=self._verify_failed, owner=self)

    def _verified(self, check) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            text = fill(self.tr("Chain intact: %1 records checked"), number(check.checked))
            self.chain.setText(f'<span style="color:#1a7f37">✔ {text}</span>')
        else:
            text = fill(self.tr("Chain broken at record %1: %2"), str(check.first_broken_seq), check.reason or "")
            self.chain.setText(f'<span style="color:#b42318">✘ {text}</span>')
        self.chain.setProperty("ok", check.ok)

    def _verify_failed(self, error) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setText(describe(error))

    def _show_detail(self, current, _previous) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        self.detail.clear()
        if record is None:
            return
        self.heading.setText(fill(self.tr("<b>%1</b> · %2 · by %3 from %4"), action_text(record.action),
                                  object_text(record), actor_text(record), client_text(record.client_addr)))
        self.request.setText(fill(self.tr("Request: %1"), record.request_id))
        before, after = record.before or {}, record.after or {}
        for field in sorted(set(before) | set(after)):
            old, new = _json(before.get(field)), _json(after.get(field))
            item = QTreeWidgetItem([field_text(field), old, new])
            item.setToolTip(1, old)
            item.setToolTip(2, new)
            if field in before and field in after and old != new:
                for column in range(3):
                    item.setBackground(column, QBrush(QColor(CHANGED)))
            self.detail.addTopLevelItem(item)
