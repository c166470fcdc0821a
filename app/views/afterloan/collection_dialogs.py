"""The dialogs of collection (催收): choosing a loan's collector, and recording a contact with the borrower — what
came of it, a note, a promise to pay (day and amount) and the day of the next action."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

from app.models.after_loan_records import OUTCOMES
from app.services.formatting import fen_from_yuan_text, today_shanghai
from app.services.placeholders import fill
from app.views.afterloan.words import outcome_label


def _buddies(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None and field.widget() is not None and \
                hasattr(label.widget(), "setBuddy"):
            label.widget().setBuddy(field.widget())


class CollectorDialog(QDialog):
    """Who collects this loan: one of the staff who hold the collection permission."""

    def __init__(self, summary: str, collectors, current: str | None, parent=None):
        super().__init__(parent)
        self.setObjectName("collectorDialog")
        self.setWindowTitle(self.tr("Assign a collector"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(summary)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.collector = QComboBox()
        self.collector.setObjectName("collectorChoice")
        for c in collectors:
            self.collector.addItem(fill(self.tr("%1 (%2)"), c.display_name, c.username), c.username)
        if current:
            index = self.collector.findData(current)
            if index >= 0:
                self.collector.setCurrentIndex(index)
        self.collector.setProperty("identifier", True)  # staff names and user names
        self.collector.setEditable(True)  # a colleague the list does not show may be named by user name
        self.collector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form = QFormLayout()
        form.addRow(self.tr("&Collector"), self.collector)
        _buddies(form)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Assign"))
        self.collector.currentTextChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.collector.currentText().strip()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        """The chosen colleague's user name (or the one typed in)."""
        index = self.collector.findText(self.collector.currentText())
        return self.collector.itemData(index) if index >= 0 else self.collector.currentText().strip() or None


class ContactDialog(QDialog):
    """One contact with the borrower, as the collector records it. The list shows the phone masked; "Show the
    number" asks the platform for it (the reveal is audited) and shows it here, selectable, for this call only."""

    phone_wanted = Signal()

    def __init__(self, summary: str, parent=None):
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Record a contact"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(summary)
        text.setWordWrap(True)
        layout.addWidget(text)
        call = QHBoxLayout()
        self.phone = QLabel()
        self.phone.setObjectName("contactPhone")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Show the &number to call"))
        self.reveal_button.setObjectName("revealPhone")
        self.reveal_button.setToolTip(self.tr("The platform records that you saw the number, for this loan."))
        self.reveal_button.clicked.connect(self._want_phone)
        call.addWidget(self.reveal_button)
        call.addWidget(self.phone, 1)
        layout.addLayout(call)
        today = today_shanghai()
        self.outcome = QComboBox()
        self.outcome.setObjectName("contactOutcome")
        for code in OUTCOMES:
            self.outcome.addItem(outcome_label(code), code)
        self.note = QPlainTextEdit()
        self.note.setObjectName("contactNote")
        self.note.setPlaceholderText(self.tr("What was said, who answered"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.promised_date = QDateEdit(today.addDays(3))
        self.promised_date.setObjectName("promisedDate")
        self.promised_date.setCalendarPopup(True)
        self.promised_date.setDisplayFormat("yyyy-MM-dd")
        self.promised_date.setMinimumDate(today)
        self.promised_amount = QLineEdit()
        self.promised_amount.setObjectName("promisedAmount")
        self.promised_amount.setPlaceholderText(self.tr("Amount in yuan, e.g. 1,200.00"))
        self.promised_amount.setMinimumWidth(self.promised_amount.fontMetrics().horizontalAdvance(
            self.promised_amount.placeholderText()) + 24)
        self.has_next = QCheckBox(self.tr("Next action on"))
        self.has_next.setObjectName("hasNextAction")
        self.has_next.setChecked(True)
        self.next_action = QDateEdit(today.addDays(1))
        self.next_action.setObjectName("nextActionDate")
        self.next_action.setCalendarPopup(True)
        self.next_action.setDisplayFormat("yyyy-MM-dd")
        self.next_action.setMinimumDate(today)
        form = QFormLayout()
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Promised on"), self.promised_date)
        form.addRow(self.tr("Promised &amount"), self.promised_amount)
        form.addRow(self.has_next, self.next_action)
        _buddies(form)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setStyleSheet("color: #b42318")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (self.outcome.currentIndexChanged, self.note.textChanged, self.promised_amount.textChanged,
                       self.has_next.toggled):
            signal.connect(self._update)
        self._update()

    def promised(self) -> bool:
        return self.outcome.currentData() == "promised"

    def _want_phone(self) -> None:
        self.reveal_button.setEnabled(False)
        self.phone.setText(self.tr("Asking the platform…"))
        self.phone_wanted.emit()

    def show_phone(self, phone: str | None) -> None:
        self.phone.setText(phone or self.tr("No phone registered."))

    def phone_failed(self, sentence: str) -> None:
        self.phone.setText(sentence)
        self.reveal_button.setEnabled(True)

    def values(self) -> dict:
        """What to send: outcome, note, and the promise and next action where given."""
        promised = self.promised()
        return {"outcome": self.outcome.currentData(), "note": self.note.toPlainText().strip(),
                "promised_date": self.promised_date.date().toPython() if promised else None,
                "promised_amount_fen": fen_from_yuan_text(self.promised_amount.text()) if promised else None,
                "next_action_date": self.next_action.date().toPython() if self.has_next.isChecked() else None}

    def _update(self) -> None:
        promised = self.promised()
        self.promised_date.setEnabled(promised)
        self.promised_amount.setEnabled(promised)
        self.next_action.setEnabled(self.has_next.isChecked())
        problem = ""
        if not self.note.toPlainText().strip():
            problem = self.tr("Write a note of what was said.")
        elif promised and not fen_from_yuan_text(self.promised_amount.text()):
            problem = self.tr("A promise needs the amount the borrower promised.")
        self.problem.setText(problem)
        self.ok_button.setEnabled(not problem)

