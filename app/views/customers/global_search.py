"""Ctrl+F anywhere in the console: one line that finds an application (LN…), a customer (number, name, phone, ID
number, bank card), a withdrawal (WD…) or a transfer by its id, and opens the right view in the workspace."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from app.models.ledger_tables import account_label, kind_label
from app.services import errors
from app.services.customers import Customers
from app.services.formatting import local_time, yuan
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.customers.customers_screen import open_customer
from app.views.customers.words import SIDES, word


@dataclass(frozen=True)
class Found:
    kind: str  # application | customer | customers | withdrawal | transfer | none
    payload: object = None


def resolve(service: Customers, me, text: str) -> Found:
    """Runs off the GUI thread: what `text` names, by its form first (LN…, WD…), then as a customer, then as a
    transfer id."""
    text = text.strip()
    upper = text.upper()
    if upper.startswith("LN") and me.can("loan.read"):
        row = service.find_application(upper)
        if row is not None:
            return Found("application", row)
    if upper.startswith("WD") and me.can("customer.read"):
        result = service.search(upper)
        for customer in result.items:
            for withdrawal in service.withdrawals(customer.id):
                if withdrawal.number.upper() == upper:
                    return Found("withdrawal", (customer, withdrawal))
    if me.can("customer.read"):
        result = service.search(text)
        if len(result.items) == 1:
            return Found("customer", result.items[0])
        if result.items:
            return Found("customers", result.items)
    if me.can("funds.read"):
        try:
            transfer = service.find_transfer(text)
        except errors.ValidationFailed:
            transfer = None
        if transfer is not None:
            return Found("transfer", transfer)
    return Found("none")


class GlobalSearch(QDialog):
    """A small popup: type, Enter; one answer opens at once, several are listed to choose from."""

    opened = Signal(str)  # the key of the tab that opened (tests and the self-check wait for it)

    def __init__(self, session: ConsoleSession, runner: TaskRunner, open_tab, parent=None):
        """`open_tab(key, title, icon, make)`: the main window's."""
        super().__init__(parent)
        self.session, self.runner, self.open_tab = session, runner, open_tab
        self.service = Customers(session.api)
        self._generation = 0
        self.setWindowTitle(self.tr("Find"))
        self.setMinimumWidth(520)
        self.field = QLineEdit()
        self.field.setObjectName("globalSearch")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Application LN2026…, withdrawal WD2026…, customer, phone, ID number or transfer"))
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(self.field.placeholderText()) + 40)
        self.field.returnPressed.connect(self.find)
        self.status = QLabel(self.tr("Enter opens what the text names."))
        self.status.setObjectName("globalSearchStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("globalSearchChoices")
        self.choices.setProperty("identifier", True)
        self.choices.itemActivated.connect(self._choose)
        self.choices.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.choices, 1)

    def find(self) -> None:
        text = self.field.text().strip()
        if len(text) < 2:
            return
        self._generation += 1
        generation, service, me = self._generation, self.service, self.session.me
        self.status.setText(self.tr("Searching…"))
        self.runner.run(lambda: resolve(service, me, text), done=lambda found: self._found(generation, found),
                        failed=lambda error: self._failed(generation, error), owner=self)

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.status.setText(describe(error))

    def _found(self, generation: int, found: Found) -> None:
        if generation != self._generation:
            return
        session, runner = self.session, self.runner
        if found.kind == "application":
            row = found.payload

            def make():
                from app.views.loans.application_view import ApplicationView

                return ApplicationView(session, runner, row.id, row.number)

            self._open(f"loan:{row.id}", row.number, "file-text", make)
        elif found.kind == "customer":
            self._open_customer(found.payload)
        elif found.kind == "customers":
            self.choices.clear()
            for customer in found.payload:
                item = QListWidgetItem(" · ".join(x for x in (customer.number, word(SIDES, customer.side),
                                                              customer.name, customer.phone or "") if x))
                item.setData(Qt.ItemDataRole.UserRole, customer)
                self.choices.addItem(item)
            self.choices.show()
            self.choices.setCurrentRow(0)
            self.choices.setFocus()
            self.status.setText(fill(self.tr("Customers matching: %1; Enter opens the one selected."), len(found.payload)))
        elif found.kind == "withdrawal":
            customer, withdrawal = found.payload
            if session.me.can("funds.withdrawal.review", "funds.withdrawal.approve_large"):
                def make():
                    from app.views.funds.withdrawal_review import WithdrawalReview

                    review = WithdrawalReview(session, runner)
                    review.load_detail(withdrawal.id)
                    return review

                self._open(f"withdrawal:{withdrawal.id}", withdrawal.number, "wallet", make)
            else:
                self._open_customer(customer)
        elif found.kind == "transfer":
            self.status.setText(self.tr("Transfer found."))
            dialog = LedgerTransferDialog(found.payload, self.parentWidget())
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.opened.emit("transfer")
            self.accept()
        else:
            self.status.setText(fill(self.tr("Nothing found for %1."), self.field.text().strip()))

    def _choose(self, item: QListWidgetItem) -> None:
        self._open_customer(item.data(Qt.ItemDataRole.UserRole))

    def _open_customer(self, customer) -> None:
        open_customer(self.session, self.runner, customer.id, customer.number,
                      lambda key, title, make: self._open(key, title, "user", make))

    def _open(self, key: str, title: str, icon_name: str, make) -> None:
        self.open_tab(key, title, icon_name, make)
        self.opened.emit(key)
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.choices.hasFocus() \
                and self.choices.currentItem() is not None:
            self._choose(self.choices.currentItem())
            return
        super().keyPressEvent(event)


class LedgerTransferDialog(QDialog):
    """A transfer as the ledger recorded it (found by its id)."""

    def __init__(self, transfer, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer"))
        form = QFormLayout(self)
        rows = [(self.tr("Transfer ID"), transfer.transfer_id, True), (self.tr("Type"), kind_label(transfer.kind), False),
                (self.tr("Amount"), yuan(transfer.amount_fen), False),
                (self.tr("From"), account_label(transfer.debit_account, transfer.debit_customer_name), True),
                (self.tr("To"), account_label(transfer.credit_account, transfer.credit_customer_name), True),
                (self.tr("Reference"), transfer.reference or "—", True),
                (self.tr("Time"), local_time(transfer.created_at, seconds=True), False)]
        for title, text, identifier in rows:
            label = QLabel(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setProperty("identifier", identifier)
            form.addRow(title, label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
