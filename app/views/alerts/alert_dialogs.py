"""Acknowledge (the note is optional) and resolve (say how it was resolved: the note is required) an alert. The
dialog repeats which alert, so nobody handles the wrong one."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from app.models.alert_records import AlertRecord
from app.services.placeholders import fill
from app.views.alerts.words import severity_text

MAX_NOTE = 1000


class NoteDialog(QDialog):
    def __init__(self, alert: AlertRecord, resolve: bool, parent=None):
        super().__init__(parent)
        self.alert, self.resolving = alert, resolve
        self.setObjectName("resolveAlertDialog" if resolve else "acknowledgeAlertDialog")
        self.setWindowTitle(self.tr("Resolve the alert") if resolve else self.tr("Acknowledge the alert"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(fill(self.tr("%1 · %2: %3"), severity_text(alert.severity), alert.rule_title,
                                   alert.message))
        self.summary.setObjectName("noteSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        explain = QLabel(self.tr("Say how it was resolved (what was found, what was done); the note is kept with "
                                 "the alert and in the audit log.") if resolve else
                         self.tr("Acknowledging tells the others that you are looking into it; a note is optional."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        layout.addWidget(explain)
        self.note = QPlainTextEdit()
        self.note.setObjectName("alertNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("How it was resolved, e.g. the customer confirmed the withdrawal by "
                                             "phone") if resolve else self.tr("Note (optional)"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Resolve") if resolve else self.tr("Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.note.toPlainText().strip()[:MAX_NOTE]

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self.resolving)
