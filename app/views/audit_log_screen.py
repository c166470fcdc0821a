"""审计日志 Audit log: records paged from the server, filtered and sorted there, with each record's detail."""

import json

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.models.audit_table import audit_model
from app.services.formatting import number
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner


class AuditLogScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.action = QLineEdit(placeholderText=self.tr("Action, e.g. auth.signed_in or auth."))
        self.action.setObjectName("auditAction")
        self.actor = QLineEdit(placeholderText=self.tr("User"))
        self.actor.setObjectName("auditActor")
        self.text = QLineEdit(placeholderText=self.tr("Text in the record"))
        self.text.setObjectName("auditText")
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        clear = QPushButton(self.tr("Clear"))
        for field in (self.action, self.actor, self.text):
            field.returnPressed.connect(self.apply_filters)
            bar.addWidget(field, 1)
        search.clicked.connect(self.apply_filters)
        clear.clicked.connect(self._clear)
        bar.addWidget(search)
        bar.addWidget(clear)
        layout.addLayout(bar)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.count.setProperty("role", "muted")
        layout.addWidget(self.count)

        self.model = audit_model(session.api.audit_page, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count.setText(describe(error)))
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 150, 110, 220, 220)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setObjectName("auditDetail")
        self.detail.setPlaceholderText(self.tr("Select a record to see what it changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([500, 160])
        layout.addWidget(splitter, 1)
        self.model.reload({})

    def _filters(self) -> dict:
        return {"action": self.action.text().strip(), "actor": self.actor.text().strip(), "q": self.text.text().strip()}

    def apply_filters(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload(self._filters())

    def refresh(self) -> None:
        self.apply_filters()

    def _clear(self) -> None:
        for field in (self.action, self.actor, self.text):
            field.clear()
        self.apply_filters()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("{0} records · as of {1}").replace("{0}", number(total))
                           .replace("{1}", QTime.currentTime().toString("HH:mm:ss")) if total
                           else self.tr("No records match these filters."))

    def _show_detail(self, current, _previous) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None:
            self.detail.clear()
            return
        text = [f"{record.action}  {record.object_type} {record.object_id}",
                self.tr("Request: {0}").replace("{0}", record.request_id)]
        for label, value in ((self.tr("Before"), record.before), (self.tr("After"), record.after)):
            if value:
                text.append(f"{label}: {json.dumps(value, ensure_ascii=False, indent=1)}")
        self.detail.setPlainText("\n".join(text))
