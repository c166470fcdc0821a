"""The customer-service dialogs: start a password reset (which password, where the code goes), request a new
registered phone (with a reason; a second person approves), and a transfer's detail."""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout)

from app.models.customer_records import CustomerTransfer
from app.models.ledger_tables import kind_label
from app.services.formatting import local_time, yuan
from app.services.placeholders import fill
from app.views.customers.words import ACCOUNT_SIDES, DIRECTIONS, phone_change_reasons, word


class PasswordResetDialog(QDialog):
    """Which password (login or withdrawal) and where the one-time code goes (SMS to the registered phone or an
    e-mail); the customer sets the new password themselves."""

    def __init__(self, customer_label: str, has_email: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a password reset"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        summary = QLabel(fill(self.tr("A one-time code goes to %1's registered phone or e-mail; the customer sets "
                                      "the new password with it. Staff never see or set a customer's password."),
                              customer_label))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        form = QFormLayout()
        self.which = QComboBox()
        self.which.setObjectName("resetWhich")
        self.which.addItem(self.tr("Login password"), "login")
        self.which.addItem(self.tr("Withdrawal password"), "withdrawal")
        self.channel = QComboBox()
        self.channel.setObjectName("resetChannel")
        self.channel.addItem(self.tr("SMS to the registered phone"), "sms")
        if has_email:
            self.channel.addItem(self.tr("E-mail to the registered address"), "email")
        form.addRow(self.tr("&Password"), self.which)
        form.addRow(self.tr("&Send the code by"), self.channel)
        for row in range(form.rowCount()):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
                form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send the code"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str]:
        return self.which.currentData(), self.channel.currentData()


class PhoneChangeDialog(QDialog):
    """A new registered phone and why; the change waits for a second person's approval."""

    def __init__(self, customer_label: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request a phone change"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        summary = QLabel(fill(self.tr("Change %1's registered phone. The change takes effect when a senior risk "
                                      "officer approves it."), customer_label))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        form = QFormLayout()
        self.phone = QLineEdit()
        self.phone.setObjectName("newPhone")
        self.phone.setPlaceholderText(self.tr("11 digits, e.g. 13800138000"))
        self.phone.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,11}"), self.phone))
        self.choice = QComboBox()
        self.choice.setObjectName("phoneChangeReason")
        self.choice.addItems(phone_change_reasons())
        self.choice.setPlaceholderText(self.tr("Choose a reason…"))
        self.choice.setCurrentIndex(-1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("phoneChangeDetails")
        self.details.setPlaceholderText(self.tr("Details (how the customer's identity was checked)"))
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&New phone"), self.phone)
        form.addRow(self.tr("&Reason"), self.choice)
        form.addRow(self.tr("&Details"), self.details)
        for row in range(form.rowCount()):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
                form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.phone.textChanged, self.choice.currentIndexChanged, self.details.textChanged):
            signal.connect(self._update)
        self._update()

    def new_phone(self) -> str:
        return self.phone.text().strip()

    def reason(self) -> str:
        chosen = self.choice.currentText().strip() if self.choice.currentIndex() >= 0 else ""
        details = self.details.toPlainText().strip()
        return f"{chosen}: {details}" if chosen and details else chosen or details

    def _update(self) -> None:
        self.ok_button.setEnabled(len(self.new_phone()) == 11 and bool(self.reason()))


class TransferDetailDialog(QDialog):
    """One money movement of the customer's, as the ledger recorded it."""

    def __init__(self, transfer: CustomerTransfer, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        sign = "+" if transfer.direction == "in" else "-"
        rows = [(self.tr("Type"), kind_label(transfer.kind), False),
                (self.tr("Direction"), word(DIRECTIONS, transfer.direction), False),
                (self.tr("Amount"), sign + yuan(transfer.amount_fen), True),
                (self.tr("Account"), word(ACCOUNT_SIDES, transfer.account) if transfer.account in ACCOUNT_SIDES
                 else transfer.account or "—", False),
                (self.tr("Time"), local_time(transfer.at, seconds=True), True),
                (self.tr("Reference"), transfer.reference or "—", True),
                (self.tr("Application"), transfer.application_number or "—", True),
                (self.tr("Transfer ID"), transfer.transfer_id or str(transfer.id), True)]
        for title, text, identifier in rows:
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setProperty("identifier", identifier)
            form.addRow(title, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
