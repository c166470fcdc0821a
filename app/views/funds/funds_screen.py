"""资金 Funds: withdrawal review for those who review, and the platform's books as finance staff read them.
Accounts with their balances (a selected
account's statement with the running balance beside), every transfer (filtered on the server, exported),
and the trial balance, whose difference must be zero."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.models.ledger_tables import (TRANSFER_KINDS, account_label, accounts_model, kind_label, statement_model,
                                      transfers_model)
from app.services.formatting import clock_now, fen_from_yuan_text, number, yuan
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.common.list_export import ListExport
from app.views.funds.withdrawal_review import fit_placeholder


def muted(label: QLabel) -> QLabel:
    label.setProperty("role", "muted")
    return label


class FundsScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        api = session.api
        self.tabs = QTabWidget()
        self.tabs.setObjectName("fundsTabs")
        if session.me.can("funds.withdrawal.review", "funds.withdrawal.approve_large"):
            from app.views.funds.withdrawal_review import WithdrawalReview

            self.withdrawals = WithdrawalReview(session, runner)
            self.tabs.addTab(self.withdrawals, self.tr("Withdrawal review"))
        else:
            self.withdrawals = None
        self.tabs.addTab(self._accounts_page(api, runner), self.tr("Accounts"))
        self.tabs.addTab(self._transfers_page(api, runner), self.tr("Transfers"))
        self.tabs.addTab(self._trial_balance_page(), self.tr("Trial balance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._load_books()  # the withdrawal review loads itself

    # --- accounts and statements -------------------------------------------------------------------

    def _accounts_page(self, api, runner) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        self.account_kind = QComboBox()
        self.account_kind.setObjectName("accountKind")
        self.account_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, kind in ((self.tr("All accounts"), ""), (self.tr("Platform accounts"), "platform"),
                           (self.tr("Customer accounts"), "customer")):
            self.account_kind.addItem(text, kind)
        self.customer = QLineEdit(placeholderText=self.tr("Customer number, e.g. IV0001 or BR00000001"))
        self.customer.setObjectName("accountCustomer")
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        self.account_kind.currentIndexChanged.connect(self.load_accounts)
        self.customer.returnPressed.connect(self.load_accounts)
        search.clicked.connect(self.load_accounts)
        bar.addWidget(self.account_kind)
        bar.addWidget(self.customer, 1)
        bar.addWidget(search)
        self.accounts_count = muted(QLabel())
        self.accounts = accounts_model(api.ledger_accounts, runner, self)
        self.accounts.loaded.connect(lambda total: self.accounts_count.setText(
            fill(self.tr("%1 accounts"), number(total))))
        self.accounts.failed.connect(lambda error: self.accounts_count.setText(describe(error)))
        self.accounts_table = dense_table(self.accounts, "accountsTable", (260, 90, 140, 130, 130, 140, 140),
                                          sort=(0, Qt.SortOrder.AscendingOrder))
        self.accounts.loaded.connect(lambda _total: widen_to_fit(self.accounts_table))
        self.accounts_table.selectionModel().currentRowChanged.connect(lambda current, _p: self.open_statement(current.row()))

        self.statement_title = QLabel(self.tr("Select an account to read its statement."))
        self.statement_title.setObjectName("statementTitle")
        self.statement = statement_model(api.ledger_statement, runner, self)
        self.statement.failed.connect(lambda error: self.statement_title.setText(describe(error)))
        self.statement_table = dense_table(self.statement, "statementTable", (150, 90, 120, 130, 230, 230, 150),
                                           sort=(0, Qt.SortOrder.AscendingOrder))  # posting order
        self.statement.loaded.connect(lambda _total: widen_to_fit(self.statement_table))
        self.statement_table.setProperty("identifierColumns", [6, 7])  # references and transfer ids, as recorded
        self.statement_export = QPushButton(self.tr("Export…"))
        self.statement_export.setEnabled(False)
        self.statement_exporter = ListExport(self, self.runner, self.statement, api.ledger_statement, "statement",
                                             self.tr("Account statement"))
        self.statement_exporter.running.connect(lambda busy: self.statement_export.setEnabled(not busy))
        self.statement_exporter.finished.connect(self.statement_title.setText)
        self.statement_export.clicked.connect(self.statement_exporter.choose)
        statement_bar = QHBoxLayout()
        statement_bar.addWidget(self.statement_title, 1)
        statement_bar.addWidget(self.statement_export)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(statement_bar)
        lower_layout.addWidget(self.statement_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.accounts_table)
        splitter.addWidget(lower)
        splitter.setSizes([330, 330])
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.accounts_count)
        layout.addWidget(splitter, 1)
        return page

    def load_accounts(self) -> None:
        self.accounts_count.setText(self.tr("Loading…"))
        self.accounts.reload({"kind": self.account_kind.currentData(), "customer_ref": self.customer.text().strip()})

    def open_statement(self, row: int) -> None:
        account = self.accounts.record(row)
        if account is None:
            return
        self.statement_title.setText(fill(self.tr("Statement of %1 · balance %2"),
                                          account_label(account.code, account.customer_name), yuan(account.balance_fen)))
        self.statement_export.setEnabled(True)
        self.statement.reload({"account_id": account.id})

    # --- transfers ---------------------------------------------------------------------------------

    def _transfers_page(self, api, runner) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("transferKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(self.tr("All types"), "")
        for code in TRANSFER_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.state = QComboBox()
        self.state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, state in ((self.tr("All states"), ""), (self.tr("Posted"), "posted"), (self.tr("Pending"), "pending"),
                            (self.tr("Voided"), "voided")):
            self.state.addItem(text, state)
        self.transfer_customer = QLineEdit(placeholderText=self.tr("Customer number"))
        self.reference = QLineEdit(placeholderText=self.tr("Reference (loan or order number)"))
        self.amount_min = QLineEdit(placeholderText=self.tr("Amount from (yuan)"))
        self.amount_max = QLineEdit(placeholderText=self.tr("to"))
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        self.transfers_export = QPushButton(self.tr("Export…"))
        for widget, stretch in ((self.kind, 0), (self.state, 0), (self.transfer_customer, 1), (self.reference, 2),
                                (self.amount_min, 1), (self.amount_max, 1), (search, 0), (self.transfers_export, 0)):
            bar.addWidget(widget, stretch)
        for combo in (self.kind, self.state):
            combo.currentIndexChanged.connect(self.load_transfers)
        for field in (self.transfer_customer, self.reference, self.amount_min, self.amount_max):
            field.returnPressed.connect(self.load_transfers)
            fit_placeholder(field)
        search.clicked.connect(self.load_transfers)
        self.transfers_count = muted(QLabel())
        self.transfers = transfers_model(api.ledger_transfers, runner, self)
        self.transfers.loaded.connect(lambda total: self.transfers_count.setText(
            fill(self.tr("%1 transfers · as of %2"), number(total), clock_now())))
        self.transfers.failed.connect(lambda error: self.transfers_count.setText(describe(error)))
        self.transfers_exporter = ListExport(self, runner, self.transfers, api.ledger_transfers, "transfers",
                                             self.tr("Transfers"))
        self.transfers_exporter.running.connect(lambda busy: self.transfers_export.setEnabled(not busy))
        self.transfers_exporter.finished.connect(self.transfers_count.setText)
        self.transfers_export.clicked.connect(self.transfers_exporter.choose)
        self.transfers_table = dense_table(self.transfers, "transfersTable", (150, 90, 130, 230, 230, 70, 150),
                                           sort=(0, Qt.SortOrder.DescendingOrder))
        self.transfers.loaded.connect(lambda _total: widen_to_fit(self.transfers_table))
        self.transfers_table.setProperty("identifierColumns", [6, 7])  # references and transfer ids, as recorded
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.transfers_count)
        layout.addWidget(self.transfers_table, 1)
        return page

    def transfer_filters(self) -> dict:
        return {"kind": [self.kind.currentData()] if self.kind.currentData() else [],
                "state": [self.state.currentData()] if self.state.currentData() else [],
                "customer_ref": self.transfer_customer.text().strip(), "reference": self.reference.text().strip(),
                "amount_min_fen": fen_from_yuan_text(self.amount_min.text()),
                "amount_max_fen": fen_from_yuan_text(self.amount_max.text())}

    def load_transfers(self) -> None:
        self.transfers_count.setText(self.tr("Loading…"))
        self.transfers.reload(self.transfer_filters())

    # --- trial balance -----------------------------------------------------------------------------

    def _trial_balance_page(self) -> QWidget:
        page = QWidget()
        box = QGroupBox(self.tr("Trial balance over all accounts"))
        form = QFormLayout(box)
        self.tb_debits, self.tb_credits, self.tb_difference, self.tb_pending, self.tb_customers = (
            QLabel() for _ in range(5))
        for label in (self.tb_debits, self.tb_credits, self.tb_difference, self.tb_pending, self.tb_customers):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tb_difference.setObjectName("trialDifference")
        form.addRow(self.tr("Debits posted"), self.tb_debits)
        form.addRow(self.tr("Credits posted"), self.tb_credits)
        form.addRow(self.tr("Difference (must be zero)"), self.tb_difference)
        form.addRow(self.tr("Pending difference"), self.tb_pending)
        form.addRow(self.tr("Customers' money in the ledger"), self.tb_customers)
        note = muted(QLabel(self.tr("Every account's balance is in the Accounts tab; the customers' total is what the "
                                    "custodian bank's reported balance must equal.")))
        note.setWordWrap(True)
        refresh = QPushButton(self.tr("Recompute"))
        refresh.clicked.connect(self.load_trial_balance)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def load_trial_balance(self) -> None:
        api = self.session.api
        self.runner.run(api.trial_balance, done=self._show_trial_balance,
                        failed=lambda error: self.tb_difference.setText(describe(error)), owner=self)

    def _show_trial_balance(self, tb) -> None:
        self.trial_balance = tb
        self.tb_debits.setText(yuan(tb.debits_posted_fen))
        self.tb_credits.setText(yuan(tb.credits_posted_fen))
        balanced = tb.difference_fen == 0
        colour, mark = ("#1a7f37", self.tr("balanced")) if balanced else ("#b42318", self.tr("NOT balanced"))
        self.tb_difference.setText(f'<span style="color:{colour}"><b>{yuan(tb.difference_fen)} · {mark}</b></span>')
        self.tb_pending.setText(yuan(tb.pending_difference_fen))
        self.tb_customers.setText(yuan(tb.customer_balances_fen))

    def refresh(self) -> None:
        """F5: everything on the screen asks the server again."""
        if self.withdrawals is not None:
            self.withdrawals.refresh()
        self._load_books()

    def _load_books(self) -> None:
        self.load_accounts()
        self.load_transfers()
        self.load_trial_balance()
        if self.statement.filters:
            self.statement.reload()
