"""客户 Customers: one search box that finds a customer by number, name, phone, ID or licence number, bank card, or
an application's or withdrawal's number (as the user types, off the GUI thread), the results with their masked
values and badges, each opening the customer view in its own tab; and the phone changes waiting for a second
person's approval."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.models.customer_records import CustomerSummary, PhoneChange, SearchResult
from app.services.customers import Customers
from app.services.formatting import local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.common.reason_dialog import ReasonDialog
from app.views.customers.words import KINDS, MATCHES, PHONE_CHANGE_STATES, SIDES, ListModel, column, word

DEBOUNCE_MS = 300
RED, GREEN = "#b42318", "#1a7f37"


def open_customer(session, runner, customer_id: int, number_text: str, emit) -> None:
    """Asks the main window (through `emit(key, title, make)`) for the customer's view in its own tab."""
    def make():
        from app.views.customers.customer_view import CustomerView

        return CustomerView(session, runner, customer_id, number_text)

    emit(f"customer:{customer_id}", number_text, make)


class CustomersScreen(QWidget):
    open_requested = Signal(str, str, object)  # tab key, title, a function that makes the tab's widget

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Customers(session.api)
        self.result: SearchResult | None = None
        self._generation = 0
        me = session.me
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customersTabs")
        self.tabs.addTab(self._search_page(), icon("search"), self.tr("Find a customer"))
        self.phone_changes_page = None
        if me.can("customer.phone_change.approve", "customer.service"):
            self.phone_changes_page = PhoneChangeApprovals(session, runner)
            self.phone_changes_page.open_requested.connect(self.open_requested)
            self.tabs.addTab(self.phone_changes_page, icon("smartphone"), self.tr("Phone changes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # --- search ------------------------------------------------------------------------------------

    def _search_page(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Customer number, name, phone, ID number, bank card, application or "
                                               "withdrawal number"))
        self.search_button = QPushButton(icon("search"), self.tr("Search"))
        self.search_button.setDefault(True)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.search_button)
        self.status = QLabel(self.tr("Type at least two characters; exact numbers, phones and cards are found whole, "
                                     "names by their beginning."))
        self.status.setObjectName("customerSearchStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        def flags(c: CustomerSummary) -> str:
            parts = [self.tr("Verified") if c.verified else self.tr("Not verified")]
            if c.login_locked:
                parts.append(self.tr("Sign-in locked"))
            if c.blacklisted:
                parts.append(self.tr("On the blacklist"))
            return " · ".join(parts)

        self.model = ListModel([
            column(self.tr("Number"), lambda c: c.number, mono=True),
            column(self.tr("Side"), lambda c: word(SIDES, c.side)),
            column(self.tr("Type"), lambda c: word(KINDS, c.kind)),
            column(self.tr("Name"), lambda c: c.name),
            column(self.tr("Phone"), lambda c: c.phone or "—", mono=True),
            column(self.tr("ID or licence number"), lambda c: c.id_number or "—", mono=True),
            column(self.tr("Status"), flags,
                   colour=lambda c: RED if c.blacklisted or c.login_locked else (None if c.verified else "#b54708")),
        ], self, identifiers=(0, 3, 4, 5))
        self.table = dense_table(self.model, "customerResults", (120, 80, 70, 140, 130, 200, 220))
        self.table.setSortingEnabled(False)
        self.table.activated.connect(lambda index: self.open_customer(index.row()))
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        return page

    def run_search(self) -> None:
        """Asks the server for the text now in the box (a newer text's answer replaces an older one's)."""
        self.timer.stop()
        text = self.search.text().strip()
        self._generation += 1
        if len(text) < 2:
            self.model.set_rows([])
            self.result = None
            self.status.setText(self.tr("Type at least two characters; exact numbers, phones and cards are found "
                                        "whole, names by their beginning."))
            return
        generation, service = self._generation, self.service
        self.status.setText(self.tr("Searching…"))
        self.runner.run(lambda: service.search(text), done=lambda result: self._found(generation, result),
                        failed=lambda error: self._failed(generation, error), owner=self)

    def _found(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self.result = result
        self.model.set_rows(result.items)
        widen_to_fit(self.table)
        if not result.items:
            self.status.setText(self.tr("No customer matches."))
        else:
            self.status.setText(fill(self.tr("Found by %2: %1 · Enter or double-click opens a customer"),
                                     number(len(result.items)), word(MATCHES, result.match)))
            self.table.selectRow(0)

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.status.setText(describe(error))

    def open_customer(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            open_customer(self.session, self.runner, record.id, record.number, self.open_requested.emit)

    def show_phone_changes(self) -> None:
        """The phone changes waiting for approval, in front (the waiting-work counts open them)."""
        if self.phone_changes_page is not None:
            self.tabs.setCurrentWidget(self.phone_changes_page)
            self.phone_changes_page.refresh()

    def refresh(self) -> None:
        if self.search.text().strip():
            self.run_search()
        if self.phone_changes_page is not None:
            self.phone_changes_page.refresh()


class PhoneChangeApprovals(QWidget):
    """Phone changes waiting for approval: who asked, for which customer, the new (masked) phone and why. Those
    who may approve (customer.phone_change.approve, never the requester) approve or reject with a reason."""

    open_requested = Signal(str, str, object)

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Customers(session.api)
        self.can_decide = session.me.can("customer.phone_change.approve")
        self.last_dialog = None
        self.model = ListModel([
            column(self.tr("Customer"), lambda p: p.customer_number, mono=True),
            column(self.tr("Name"), lambda p: p.customer_name),
            column(self.tr("New phone"), lambda p: p.new_phone, mono=True),
            column(self.tr("Reason"), lambda p: p.reason),
            column(self.tr("Requested by"), lambda p: p.requested_by_name),
            column(self.tr("Requested"), lambda p: local_time(p.requested_at), mono=True),
            column(self.tr("State"), lambda p: word(PHONE_CHANGE_STATES, p.state)),
        ], self, identifiers=(0, 1, 2, 3, 4))
        self.table = dense_table(self.model, "phoneChanges", (120, 100, 130, 260, 90, 140, 80))
        self.table.setSortingEnabled(False)
        self.table.activated.connect(self._open_customer)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.status = QLabel()
        self.status.setObjectName("phoneChangesStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.approve_button = QPushButton(icon("check"), self.tr("Approve…"))
        self.approve_button.setObjectName("approvePhoneChange")
        self.reject_button = QPushButton(icon("x"), self.tr("Reject…"))
        self.reject_button.setObjectName("rejectPhoneChange")
        self.approve_button.clicked.connect(lambda: self.ask("approve"))
        self.reject_button.clicked.connect(lambda: self.ask("reject"))
        refresh = QPushButton(icon("refresh-cw"), self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.approve_button, self.reject_button):
            button.setVisible(self.can_decide)
            bar.addWidget(button)
        bar.addWidget(refresh)
        self.outcome = QLabel()
        self.outcome.setObjectName("phoneChangeOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.outcome)
        layout.addWidget(self.table, 1)
        session.changes.changed.connect(lambda kind, _ids: self.refresh() if kind == "phone_change" else None)
        self._update()
        self.refresh()

    def refresh(self) -> None:
        service = self.service
        self.status.setText(self.tr("Loading…"))
        self.runner.run(lambda: service.phone_changes("pending"), done=self._show,
                        failed=lambda error: self.status.setText(describe(error)), owner=self)

    def _show(self, changes: list[PhoneChange]) -> None:
        self.model.set_rows(changes)
        widen_to_fit(self.table)
        if not changes:
            self.status.setText(self.tr("No phone change waits for approval."))
        elif self.can_decide:
            self.status.setText(fill(self.tr("Waiting for approval: %1. A change you asked for is approved "
                                             "by someone else."), number(len(changes))))
        else:
            self.status.setText(fill(self.tr("Waiting for a senior risk officer's approval: %1."),
                                     number(len(changes))))
        if changes:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> PhoneChange | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update(self) -> None:
        enabled = self.can_decide and self.selected() is not None
        self.approve_button.setEnabled(enabled)
        self.reject_button.setEnabled(enabled)

    def _open_customer(self, index) -> None:
        change = self.model.record(index.row())
        if change is not None:
            open_customer(self.session, self.runner, change.customer_id, change.customer_number,
                          self.open_requested.emit)

    def ask(self, decision: str) -> ReasonDialog | None:
        change = self.selected()
        if change is None or not self.can_decide:
            return None
        who = f"{change.customer_name} {change.customer_number}"
        if decision == "approve":
            dialog = ReasonDialog(self.tr("Approve phone change"),
                                  fill(self.tr("Change %1's registered phone to %2, as %3 asked?"), who,
                                       change.new_phone, change.requested_by_name),
                                  [self.tr("Identity checked; the request is in order")], self)
            dialog.ok_button.setText(self.tr("Approve"))
        else:
            dialog = ReasonDialog(self.tr("Reject phone change"),
                                  fill(self.tr("Reject the change of %1's registered phone to %2?"), who,
                                       change.new_phone),
                                  [self.tr("Identity could not be confirmed"), self.tr("Documents missing")], self)
            dialog.ok_button.setText(self.tr("Reject"))
        dialog.accepted.connect(lambda: self.decide(change, decision, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _say(self, text: str, colour: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color:{colour};border:1px solid {colour};border-radius:4px;padding:6px;")
        self.outcome.show()

    def decide(self, change: PhoneChange, decision: str, reason: str) -> None:
        service = self.service
        call = (lambda: service.approve_phone_change(change.id, reason)) if decision == "approve" else \
            (lambda: service.reject_phone_change(change.id, reason))

        def done(result: PhoneChange) -> None:
            text = self.tr("Approved: %1's phone is now %2.") if result.state == "approved" else \
                self.tr("Rejected: %1's phone stays as it was.")
            self._say(fill(text, result.customer_number, result.new_phone), GREEN)
            self.refresh()
            self.session.changes.changed.emit("customer", frozenset({result.customer_id}))

        def failed(error) -> None:
            self._say(describe(error), RED)
            self.refresh()

        self.runner.run(call, done=done, failed=failed, owner=self)
