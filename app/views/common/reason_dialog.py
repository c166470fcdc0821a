"""A confirmation that needs a reason: it repeats what will happen and to what, offers the usual reasons
and a field for details, and keeps OK disabled until a reason is given. Used wherever an irreversible
action must say why (rejecting or returning applications, one or many)."""

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout)


class ReasonDialog(QDialog):
    def __init__(self, title: str, summary: str, reasons: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setObjectName("reasonSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("reasonChoice")
        self.choice.addItems(reasons)
        self.choice.setPlaceholderText(self.tr("Choose a reason…"))
        self.choice.setCurrentIndex(-1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("reasonDetails")
        self.details.setPlaceholderText(self.tr("Details (what is missing, what does not match)"))
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("&Reason"), self.choice)
        form.addRow(self.tr("&Details"), self.details)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._update)
        self.details.textChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        """The chosen reason and the details, e.g. "Incomplete documents: missing bank statement"."""
        chosen = self.choice.currentText().strip() if self.choice.currentIndex() >= 0 else ""
        details = self.details.toPlainText().strip()
        return f"{chosen}: {details}" if chosen and details else chosen or details

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
