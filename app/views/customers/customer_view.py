"""One customer as customer service answers them, in its own tab: the header with name, number, side, kind,
verification and the balances first (from the one fast GET /customers/{id}), blacklist hits in red beneath it,
then tabs that load when first opened: profile and bank cards, money movements (paged), investments with expected
returns, loans with their schedules and what is overdue, withdrawals with decisions and reasons, service notes,
and sign-in security (state only: whether passwords are set, never a password).

Customer-service actions (customer.service): add a note, lock or unlock the sign-in with a reason, start a password
reset (the code goes to the customer), request a phone change (a second person approves). Users with pii.view may
show the personal data in full, with a reason the server records; users with customer.related_party mark a customer
as a related party of the platform or end the mark."""

import html

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.models.customer_records import CustomerDetail, Loan, Revealed
from app.models.ledger_tables import account_label, kind_label
from app.models.paged_table import PagedTableModel
from app.models.records import Page
from app.services import errors
from app.services.customers import Customers
from app.services.formatting import local_time, number, rate_text, yuan
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.common.reason_dialog import ReasonDialog
from app.views.customers.related_party_dialog import RelatedPartyDialog
from app.views.common.state_badge import TONES, state_label
from app.views.common.typography import heading
from app.views.customers.service_dialogs import PasswordResetDialog, PhoneChangeDialog, TransferDetailDialog
from app.views.customers.words import (ACCOUNT_SIDES, BLACKLIST_KINDS, BLACKLIST_SOURCES, DIRECTIONS,
                                       INSTALLMENT_STATES, INVESTMENT_STATES, KINDS, SIDES, WITHDRAWAL_STATES,
                                       ListModel, column, lock_reasons, reveal_reasons, unlock_reasons, word)

RED, ORANGE, GREEN, GREY = "#b42318", "#b54708", "#1a7f37", "#475467"
TAB_KEYS = ("profile", "transfers", "investments", "loans", "withdrawals", "notes", "security")


def badge(text: str, tone: str) -> str:
    background, foreground = TONES[tone]
    return f'<span style="background-color:{background};color:{foreground}">&nbsp;{html.escape(text)}&nbsp;</span>'


def _selectable(label: QLabel, identifier: bool = False) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if identifier:
        label.setProperty("identifier", True)
    return label


class CustomerView(QWidget):
    open_requested = Signal(str, str, object)  # key, title, make(): an application's or withdrawal's tab
    figures_shown = Signal()  # the header's first figures are on screen (for the bench)
    changed = Signal()  # a service action changed the customer (lists of results refresh)

    def __init__(self, session: ConsoleSession, runner: TaskRunner, customer_id: int, number_text: str = "",
                 parent=None):
        super().__init__(parent)
        self.session, self.runner, self.customer_id = session, runner, customer_id
        self.service = Customers(session.api)
        self.customer: CustomerDetail | None = None
        self.revealed: Revealed | None = None
        self.loaded: set[str] = set()
        self.last_dialog = None
        self.clock = QElapsedTimer()
        self.clock.start()
        self.first_figures_ms: int | None = None
        me = session.me
        self.can_serve = me.can("customer.service")
        self.can_reveal = me.can("pii.view")
        self.can_mark_related = me.can("customer.related_party")
        self.setObjectName("customerView")

        # --- header: who, and the first figures ---------------------------------------------------
        self.name = heading(number_text or self.tr("Loading…"), 1.5)
        self.name.setObjectName("customerName")
        self.name.setProperty("identifier", True)
        self.number = _selectable(QLabel(number_text), identifier=True)
        self.number.setObjectName("customerNumber")
        self.number.setWordWrap(False)
        self.badges = QLabel()
        self.badges.setObjectName("customerBadges")
        self.figures = QLabel()
        self.figures.setObjectName("customerFigures")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.number)
        top.addWidget(self.badges)
        top.addSpacing(16)
        top.addWidget(self.figures, 1)

        self.blacklist = QLabel()
        self.blacklist.setObjectName("blacklistHits")
        self.blacklist.setWordWrap(True)
        self.blacklist.setStyleSheet(f"color:{RED};background:#fdecea;border:1px solid {RED};border-radius:4px;"
                                     "padding:6px;")
        self.blacklist.hide()
        self.banner = QLabel()
        self.banner.setObjectName("customerBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        # --- actions --------------------------------------------------------------------------------
        actions = QHBoxLayout()
        self.reveal_button = QPushButton(icon("eye"), self.tr("Show full information"))
        self.reveal_button.setObjectName("revealCustomer")
        self.reveal_button.setToolTip(self.tr("Shows the name, ID number, phone, e-mail and bank cards in full; "
                                              "asks why, and the reveal is recorded in the audit log."))
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.reveal_button.setVisible(self.can_reveal)
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock sign-in…"))
        self.lock_button.setObjectName("lockCustomer")
        self.lock_button.clicked.connect(self.ask_lock)
        self.reset_button = QPushButton(self.tr("Password reset…"))
        self.reset_button.setObjectName("passwordReset")
        self.reset_button.clicked.connect(self.ask_password_reset)
        self.phone_button = QPushButton(self.tr("Change phone…"))
        self.phone_button.setObjectName("phoneChange")
        self.phone_button.clicked.connect(self.ask_phone_change)
        self.note_button = QPushButton(icon("pencil"), self.tr("Add note"))
        self.note_button.setObjectName("addNoteShortcut")
        self.note_button.clicked.connect(self.go_to_note)
        self.related_button = QPushButton(self.tr("Related party…"))
        self.related_button.setObjectName("relatedParty")
        self.related_button.setToolTip(self.tr("Mark the customer as a related party of the platform, or end the mark: "
                                               "the monthly disclosure lists related parties' loans apart."))
        self.related_button.clicked.connect(self.ask_related_party)
        self.related_button.setVisible(self.can_mark_related)
        self.related_button.setEnabled(False)
        actions.addWidget(self.reveal_button)
        actions.addStretch(1)
        actions.addWidget(self.related_button)
        for button in (self.note_button, self.lock_button, self.reset_button, self.phone_button):
            button.setVisible(self.can_serve)
            button.setEnabled(False)
            actions.addWidget(button)

        # --- tabs, loaded when first shown ------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(self._profile_page(), self.tr("Profile"))
        self.tabs.addTab(self._transfers_page(), self.tr("Money movements"))
        self.tabs.addTab(self._investments_page(), self.tr("Investments"))
        self.tabs.addTab(self._loans_page(), self.tr("Loans"))
        self.tabs.addTab(self._withdrawals_page(), self.tr("Withdrawals"))
        self.tabs.addTab(self._notes_page(), self.tr("Service notes"))
        self.tabs.addTab(self._security_page(), self.tr("Sign-in security"))
        self.tabs.currentChanged.connect(lambda index: self.load_tab(TAB_KEYS[index]))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.blacklist)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        session.changes.changed.connect(self._data_changed)
        self.reload()

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """The header first (one fast request); the open tab after it, the others when opened."""
        service, customer_id = self.service, self.customer_id
        self.runner.run(lambda: service.detail(customer_id), done=self.show_customer,
                        failed=lambda error: self.show_banner(describe(error), RED), owner=self)

    def _data_changed(self, kind: str, ids) -> None:
        if kind == "customer" and (not ids or self.customer_id in ids):
            self.reload()

    def show_customer(self, customer: CustomerDetail) -> None:
        first = self.customer is None
        self.customer = customer
        self._fill_header()
        if first:
            self.first_figures_ms = self.clock.elapsed()
            self.figures_shown.emit()
        s = customer.summary
        self.tabs.setTabVisible(TAB_KEYS.index("investments"), s.side == "investor"
                                or bool(customer.counts.get("investments")))
        self.tabs.setTabVisible(TAB_KEYS.index("loans"), s.side == "borrower" or bool(customer.counts.get("loans")))
        for key, title in (("transfers", self.tr("Money movements (%1)")), ("investments", self.tr("Investments (%1)")),
                           ("loans", self.tr("Loans (%1)")), ("withdrawals", self.tr("Withdrawals (%1)")),
                           ("notes", self.tr("Service notes (%1)"))):
            if key in customer.counts:
                self.tabs.setTabText(TAB_KEYS.index(key), fill(title, number(customer.counts[key])))
        for button in (self.note_button, self.lock_button, self.reset_button, self.phone_button, self.related_button):
            button.setEnabled(True)
        self.lock_button.setText(self.tr("Unlock sign-in…") if customer.security.login_locked
                                 else self.tr("Lock sign-in…"))
        self.lock_button.setIcon(icon("lock-open" if customer.security.login_locked else "lock"))
        # what is on screen is shown again from the new answer; the other tabs load when opened
        reloaded = self.loaded
        self.loaded = set()
        self._fill_profile()
        self._fill_security()
        self.loaded.update({"profile", "security"})
        current = TAB_KEYS[self.tabs.currentIndex()]
        self.load_tab(current)
        for key in reloaded - {current, "profile", "security"}:
            self.load_tab(key)

    def load_tab(self, key: str) -> None:
        if self.customer is None or key in self.loaded:
            return
        self.loaded.add(key)
        service, customer_id = self.service, self.customer_id
        if key == "transfers":
            self.transfers.reload({})
        elif key == "investments":
            self.investments_note.setText(self.tr("Loading…"))
            self.runner.run(lambda: service.investments(customer_id), done=self._show_investments,
                            failed=lambda error: self.investments_note.setText(describe(error)), owner=self)
        elif key == "loans":
            self.loans_note.setText(self.tr("Loading…"))
            self.runner.run(lambda: service.loans(customer_id), done=self._show_loans,
                            failed=lambda error: self.loans_note.setText(describe(error)), owner=self)
        elif key == "withdrawals":
            self.withdrawals_note.setText(self.tr("Loading…"))
            self.runner.run(lambda: service.withdrawals(customer_id), done=self._show_withdrawals,
                            failed=lambda error: self.withdrawals_note.setText(describe(error)), owner=self)
        elif key == "notes":
            self.notes_note.setText(self.tr("Loading…"))
            self.runner.run(lambda: service.notes(customer_id), done=self._show_notes,
                            failed=lambda error: self.notes_note.setText(describe(error)), owner=self)

    def show_banner(self, text: str, colour: str = GREY) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(f"color:{colour};border:1px solid {colour};border-radius:4px;padding:6px;")
        self.banner.show()

    # --- header ------------------------------------------------------------------------------------

    def _fill_header(self) -> None:
        c, shown = self.customer, self.revealed
        s = c.summary
        self.name.setText(shown.name if shown and shown.name else s.name)
        self.number.setText(s.number)
        parts = [badge(word(SIDES, s.side), "blue"), badge(word(KINDS, s.kind), "grey"),
                 badge(self.tr("Verified"), "green") if s.verified else badge(self.tr("Not verified"), "orange")]
        if c.security.login_locked:
            parts.append(badge(self.tr("Sign-in locked"), "red"))
        if s.blacklisted or c.blacklist_hits:
            parts.append(badge(self.tr("On the blacklist"), "red"))
        if c.related_party:
            parts.append(badge(self.tr("Related party"), "orange"))
        self.badges.setText(" ".join(parts))
        available, frozen = html.escape(self.tr("Available")), html.escape(self.tr("Frozen"))
        self.figures.setText(f"{available} <b>{yuan(c.available_fen)}</b> · {frozen} <b>{yuan(c.frozen_fen)}</b>")
        if c.blacklist_hits:
            lines = [html.escape(self.tr("On the blacklist:"))]
            for hit in c.blacklist_hits:
                lines.append(html.escape(fill(self.tr("%1 · %2 · %3 (added %4)"), word(BLACKLIST_KINDS, hit.kind),
                                              word(BLACKLIST_SOURCES, hit.source), hit.reason,
                                              local_time(hit.added_at))))
            self.blacklist.setText("<b>" + lines[0] + "</b><br>" + "<br>".join(lines[1:]))
            self.blacklist.show()
        elif s.blacklisted:
            self.blacklist.setText("<b>" + html.escape(self.tr("On the blacklist.")) + "</b>")
            self.blacklist.show()
        else:
            self.blacklist.hide()

    # --- profile -----------------------------------------------------------------------------------

    def _profile_page(self) -> QWidget:
        page = QWidget()
        self.profile_box = QGroupBox(self.tr("Profile and verification"))
        self.profile_form = QFormLayout(self.profile_box)
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.cards = ListModel([
            column(self.tr("Bank"), lambda c: c.bank),
            column(self.tr("Card"), lambda c: self._card_text(c), mono=True),
            column(self.tr("Default"), lambda c: self.tr("Default") if c.is_default else ""),
            column(self.tr("Added"), lambda c: local_time(c.added_at), mono=True),
        ], self, identifiers=(0, 1))
        self.cards_table = dense_table(self.cards, "customerCards", (160, 220, 80, 140))
        self.cards_table.setSortingEnabled(False)
        cards_box = QGroupBox(self.tr("Bank cards"))
        cards_layout = QVBoxLayout(cards_box)
        cards_layout.addWidget(self.cards_table)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.profile_box)
        inner_layout.addWidget(cards_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return page

    def _card_text(self, card) -> str:
        if self.revealed and card.id in self.revealed.cards:
            return self.revealed.cards[card.id]
        return card.card

    def _fill_profile(self) -> None:
        c, shown = self.customer, self.revealed
        s, form = c.summary, self.profile_form
        while form.rowCount():
            form.removeRow(0)
        company = s.kind == "company"
        verified = (fill(self.tr("Verified on %1"), local_time(c.verified_at)) if s.verified and c.verified_at
                    else self.tr("Verified") if s.verified else self.tr("Not verified"))
        rows = [(self.tr("Name"), (shown.name if shown and shown.name else s.name) or "—", True),
                (self.tr("Customer number"), s.number, True),
                (self.tr("Side"), word(SIDES, s.side), False), (self.tr("Type"), word(KINDS, s.kind), False),
                (self.tr("Business licence number") if company else self.tr("ID number"),
                 (shown.id_number if shown and shown.id_number else s.id_number) or "—", True),
                (self.tr("Phone"), (shown.phone if shown and shown.phone else s.phone) or "—", True),
                (self.tr("E-mail"), (shown.email if shown and shown.email else c.email) or "—", True),
                (self.tr("Identity verification"), verified, False)]
        if company:
            rows += [(self.tr("Legal representative"), c.legal_representative or "—", True),
                     (self.tr("Registered capital"),
                      yuan(c.registered_capital_fen) if c.registered_capital_fen is not None else "—", False)]
        else:
            rows += [(self.tr("Date of birth"), c.birth_date.isoformat() if c.birth_date else "—", False),
                     (self.tr("Employer"), c.employer or "—", True),
                     (self.tr("Monthly income"),
                      yuan(c.monthly_income_fen) if c.monthly_income_fen is not None else "—", False)]
        if c.related_party:  # the monthly report discloses related parties' loans apart
            rows.append((self.tr("Related party of the platform"), c.related_party, False))
        rows.append((self.tr("Customer since"), local_time(c.created_at), False))
        for title, text, identifier in rows:
            form.addRow(title, _selectable(QLabel(text), identifier))
        self.cards.set_rows(c.cards)
        widen_to_fit(self.cards_table)

    # --- money movements ---------------------------------------------------------------------------

    def _transfers_page(self) -> QWidget:
        page = QWidget()

        def fetch(_filters, _sort, page_number, page_size):
            result = self.service.transfers(self.customer_id, limit=page_size, offset=(page_number - 1) * page_size)
            return Page(list(result.items), result.total, page_number, page_size)

        self.transfers = PagedTableModel([
            column(self.tr("Time"), lambda t: local_time(t.at), mono=True),
            column(self.tr("Type"), lambda t: kind_label(t.kind)),
            column(self.tr("In or out"), lambda t: word(DIRECTIONS, t.direction)),
            column(self.tr("Amount"), lambda t: ("+" if t.direction == "in" else "-") + yuan(t.amount_fen),
                   right=True, mono=True, colour=lambda t: GREEN if t.direction == "in" else None),
            column(self.tr("Account"), lambda t: word(ACCOUNT_SIDES, t.account) if t.account in ACCOUNT_SIDES
                   else account_label(t.account)),
            column(self.tr("Application"), lambda t: t.application_number or "", mono=True),
            column(self.tr("Reference"), lambda t: t.reference or "", mono=True),
        ], fetch, self.runner, "-at", self)
        self.transfers.setProperty("identifierColumns", [5, 6])
        self.transfers_note = QLabel()
        self.transfers_note.setProperty("role", "muted")
        self.transfers.loaded.connect(lambda total: self.transfers_note.setText(
            fill(self.tr("Money movements: %1, newest first · double-click one for its detail"), number(total))))
        self.transfers.loaded.connect(lambda _total: widen_to_fit(self.transfers_table))
        self.transfers.failed.connect(lambda error: self.transfers_note.setText(describe(error)))
        self.transfers_table = dense_table(self.transfers, "customerTransfers", (140, 100, 70, 130, 240, 160, 160))
        self.transfers_table.setSortingEnabled(False)
        self.transfers_table.activated.connect(lambda index: self.show_transfer(index.row()))
        layout = QVBoxLayout(page)
        layout.addWidget(self.transfers_note)
        layout.addWidget(self.transfers_table, 1)
        return page

    def show_transfer(self, row: int) -> TransferDetailDialog | None:
        record = self.transfers.record(row)
        if record is None:
            return None
        dialog = TransferDetailDialog(record, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    # --- investments -------------------------------------------------------------------------------

    def _investments_page(self) -> QWidget:
        page = QWidget()
        self.investments = ListModel([
            column(self.tr("Application"), lambda i: i.application_number, mono=True),
            column(self.tr("Amount"), lambda i: yuan(i.amount_fen), right=True, mono=True),
            column(self.tr("State"), lambda i: state_label(i.loan_state) if i.state == "posted" and i.loan_state
                   else word(INVESTMENT_STATES, i.state)),
            column(self.tr("Annual rate"), lambda i: rate_text(i.annual_rate), right=True, mono=True),
            column(self.tr("Term"), lambda i: fill(self.tr("%1 months"), i.term_months), right=True),
            column(self.tr("Expected interest"), lambda i: yuan(i.expected_interest_fen), right=True, mono=True),
            column(self.tr("Received"), lambda i: yuan(i.received_fen), right=True, mono=True),
            column(self.tr("Invested"), lambda i: local_time(i.created_at), mono=True),
        ], self, identifiers=(0,))
        self.investments_table = dense_table(self.investments, "customerInvestments", (170, 120, 90, 80, 70, 120, 120))
        self.investments_table.setSortingEnabled(False)
        self.investments_table.activated.connect(
            lambda index: self._open_application_of(self.investments.record(index.row())))
        self.investments_note = QLabel()
        self.investments_note.setProperty("role", "muted")
        layout = QVBoxLayout(page)
        layout.addWidget(self.investments_note)
        layout.addWidget(self.investments_table, 1)
        return page

    def _show_investments(self, items) -> None:
        self.investments.set_rows(items)
        widen_to_fit(self.investments_table)
        expected = sum(i.expected_interest_fen for i in items)
        received = sum(i.received_fen for i in items)
        self.investments_note.setText(fill(self.tr("Investments: %1 · expected interest %2 · received %3"),
                                           number(len(items)), yuan(expected), yuan(received)))

    # --- loans -------------------------------------------------------------------------------------

    def _loans_page(self) -> QWidget:
        page = QWidget()

        def overdue_text(loan: Loan) -> str:
            if not loan.overdue_days:
                return "—"
            return fill(self.tr("%1 · %2 days"), loan.bucket or "", loan.overdue_days)

        self.loans = ListModel([
            column(self.tr("Application"), lambda x: x.number, mono=True),
            column(self.tr("State"), lambda x: state_label(x.state)),
            column(self.tr("Amount"), lambda x: yuan(x.amount_fen), right=True, mono=True),
            column(self.tr("Term"), lambda x: fill(self.tr("%1 months"), x.term_months), right=True),
            column(self.tr("Annual rate"), lambda x: rate_text(x.annual_rate), right=True, mono=True),
            column(self.tr("Outstanding principal"), lambda x: yuan(x.outstanding_principal_fen), right=True, mono=True),
            column(self.tr("Overdue amount"), lambda x: yuan(x.overdue_fen) if x.overdue_fen else "—", right=True,
                   mono=True, colour=lambda x: RED if x.overdue_fen else None),
            column(self.tr("Overdue"), overdue_text, colour=lambda x: RED if x.overdue_days else None),
            column(self.tr("Disbursed"), lambda x: local_time(x.disbursed_at), mono=True),
        ], self, identifiers=(0,))
        self.loans_table = dense_table(self.loans, "customerLoans", (170, 80, 120, 70, 80, 130, 120, 110, 140))
        self.loans_table.setSortingEnabled(False)
        self.loans_table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_schedule(current.row()))
        self.loans_table.activated.connect(lambda index: self.open_loan(index.row()))
        self.installments = ListModel([
            column(self.tr("No."), lambda i: str(i.number), right=True),
            column(self.tr("Due date"), lambda i: i.due_date.isoformat() if i.due_date else "—", mono=True),
            column(self.tr("Principal"), lambda i: yuan(i.principal_fen), right=True, mono=True),
            column(self.tr("Interest"), lambda i: yuan(i.interest_fen), right=True, mono=True),
            column(self.tr("Penalty interest"), lambda i: yuan(i.penalty_fen) if i.penalty_fen else "—", right=True,
                   mono=True, colour=lambda i: RED if i.penalty_fen else None),
            column(self.tr("Paid"), lambda i: yuan(i.paid_fen), right=True, mono=True),
            column(self.tr("Paid on"), lambda i: local_time(i.paid_at), mono=True),
            column(self.tr("State"), lambda i: word(INSTALLMENT_STATES, i.state),
                   colour=lambda i: RED if i.state == "overdue" else None),
        ], self)
        self.installments_table = dense_table(self.installments, "customerInstallments", (50, 100, 110, 100, 100, 110, 140))
        self.installments_table.setSortingEnabled(False)
        self.loans_note = QLabel()
        self.loans_note.setProperty("role", "muted")
        self.loans_note.setWordWrap(True)
        self.schedule_title = QLabel(self.tr("Select a loan to see its repayment schedule."))
        self.schedule_title.setProperty("role", "muted")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.schedule_title)
        lower_layout.addWidget(self.installments_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.loans_table)
        splitter.addWidget(lower)
        splitter.setSizes([200, 300])
        layout = QVBoxLayout(page)
        layout.addWidget(self.loans_note)
        layout.addWidget(splitter, 1)
        return page

    def _show_loans(self, loans: list[Loan]) -> None:
        self.loans.set_rows(loans)
        widen_to_fit(self.loans_table)
        overdue = [x for x in loans if x.overdue_days]
        text = fill(self.tr("Loans: %1 · double-click one to open its application"), number(len(loans)))
        if overdue:
            worst = max(overdue, key=lambda x: x.overdue_days)
            text += " · " + fill(self.tr("overdue loans: %1, %2 in all, longest %3 days (%4)"), number(len(overdue)),
                                 yuan(sum(x.overdue_fen for x in overdue)), worst.overdue_days, worst.bucket or "—")
        self.loans_note.setText(text)
        if loans:  # the first overdue, else the first with a schedule (an application not yet disbursed has none)
            self.loans_table.selectRow(next((i for i, x in enumerate(loans) if x.overdue_days),
                                            next((i for i, x in enumerate(loans) if x.installments), 0)))

    def _show_schedule(self, row: int) -> None:
        loan = self.loans.record(row)
        if loan is None:
            self.installments.set_rows([])
            return
        self.schedule_title.setText(fill(self.tr("Repayment schedule of %1"), loan.number))
        self.installments.set_rows(loan.installments)
        widen_to_fit(self.installments_table)

    def open_loan(self, row: int) -> None:
        loan = self.loans.record(row)
        if loan is not None:
            self.open_application(loan.id, loan.number)

    def _open_application_of(self, investment) -> None:
        if investment is not None:
            self.open_application(investment.application_id, investment.application_number)

    def open_application(self, app_id: int, number_text: str) -> None:
        """The application in its own tab (the main window reuses an open one), for those who may read loans."""
        if not self.session.me.can("loan.read"):
            self.show_banner(self.tr("You do not have permission to open loan applications."), ORANGE)
            return
        session, runner = self.session, self.runner

        def make():
            from app.views.loans.application_view import ApplicationView

            return ApplicationView(session, runner, app_id, number_text)

        self.open_requested.emit(f"loan:{app_id}", number_text, make)

    # --- withdrawals -------------------------------------------------------------------------------

    def _withdrawals_page(self) -> QWidget:
        page = QWidget()
        self.withdrawals = ListModel([
            column(self.tr("Number"), lambda w: w.number, mono=True),
            column(self.tr("Amount"), lambda w: yuan(w.amount_fen), right=True, mono=True),
            column(self.tr("State"), lambda w: word(WITHDRAWAL_STATES, w.state),
                   colour=lambda w: RED if w.state == "rejected" else None),
            column(self.tr("Requested"), lambda w: local_time(w.requested_at), mono=True),
            column(self.tr("Decided"), lambda w: local_time(w.decided_at), mono=True),
            column(self.tr("Decided by"), lambda w: w.decided_by_name or ""),
            column(self.tr("Reason"), lambda w: w.reason or ""),
        ], self, identifiers=(0, 5))
        self.withdrawals_table = dense_table(self.withdrawals, "customerWithdrawals", (170, 110, 110, 140, 140, 90, 260))
        self.withdrawals_table.setSortingEnabled(False)
        self.withdrawals_table.activated.connect(lambda index: self.open_withdrawal(index.row()))
        self.withdrawals_note = QLabel()
        self.withdrawals_note.setProperty("role", "muted")
        layout = QVBoxLayout(page)
        layout.addWidget(self.withdrawals_note)
        layout.addWidget(self.withdrawals_table, 1)
        return page

    def _show_withdrawals(self, items) -> None:
        self.withdrawals.set_rows(items)
        widen_to_fit(self.withdrawals_table)
        rejected = sum(1 for w in items if w.state == "rejected")
        text = fill(self.tr("Withdrawals: %1, rejected: %2"), number(len(items)), number(rejected))
        if self.may_review_withdrawals():
            text += " · " + self.tr("double-click one to open it in the withdrawal review")
        self.withdrawals_note.setText(text)

    def may_review_withdrawals(self) -> bool:
        return self.session.me.can("funds.withdrawal.review", "funds.withdrawal.approve_large")

    def open_withdrawal(self, row: int) -> None:
        record = self.withdrawals.record(row)
        if record is None or not self.may_review_withdrawals():
            return
        session, runner, withdrawal_id = self.session, self.runner, record.id

        def make():
            from app.views.funds.withdrawal_review import WithdrawalReview

            review = WithdrawalReview(session, runner)
            review.load_detail(withdrawal_id)
            return review

        self.open_requested.emit(f"withdrawal:{record.id}", record.number, make)

    # --- notes -------------------------------------------------------------------------------------

    def _notes_page(self) -> QWidget:
        page = QWidget()
        self.notes = ListModel([
            column(self.tr("Time"), lambda n: local_time(n.at), mono=True),
            column(self.tr("By"), lambda n: n.author_name),
            column(self.tr("Note"), lambda n: n.text),
        ], self, identifiers=(1, 2))  # staff names and what was said, as written
        self.notes_table = dense_table(self.notes, "customerNotes", (140, 90, 500))
        self.notes_table.setSortingEnabled(False)
        self.notes_table.setWordWrap(True)
        self.notes_note = QLabel()
        self.notes_note.setProperty("role", "muted")
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("What the customer asked and what was answered"))
        self.note_text.setFixedHeight(self.note_text.fontMetrics().lineSpacing() * 4)
        self.note_text.setTabChangesFocus(True)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setObjectName("addNote")
        self.add_note_button.clicked.connect(self.add_note)
        self.note_text.textChanged.connect(
            lambda: self.add_note_button.setEnabled(bool(self.note_text.toPlainText().strip())))
        self.add_note_button.setEnabled(False)
        editor = QHBoxLayout()
        editor.addWidget(self.note_text, 1)
        editor.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(page)
        layout.addWidget(self.notes_note)
        layout.addWidget(self.notes_table, 1)
        if self.can_serve:
            layout.addLayout(editor)
        else:
            self.note_text.hide()
            self.add_note_button.hide()
        return page

    def _show_notes(self, notes) -> None:
        self.notes.set_rows(notes)
        self.notes_table.resizeRowsToContents()
        self.notes_note.setText(fill(self.tr("Notes: %1, newest first"), number(len(notes))) if notes
                                else self.tr("No notes yet."))

    def go_to_note(self) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index("notes"))
        self.note_text.setFocus()

    def add_note(self) -> None:
        text = self.note_text.toPlainText().strip()
        if not text or self.customer is None:
            return
        self.add_note_button.setEnabled(False)
        service, customer_id = self.service, self.customer_id

        def done(_note) -> None:
            self.note_text.clear()
            self.show_banner(self.tr("Note added."), GREEN)
            self.loaded.discard("notes")
            self.reload()

        def failed(error) -> None:
            self.add_note_button.setEnabled(True)
            self.show_banner(describe(error), RED)

        self.runner.run(lambda: service.add_note(customer_id, text), done=done, failed=failed, owner=self)

    # --- sign-in security --------------------------------------------------------------------------

    def _security_page(self) -> QWidget:
        page = QWidget()
        self.security_box = QGroupBox(self.tr("Sign-in security"))
        self.security_form = QFormLayout(self.security_box)
        self.security_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        note = QLabel(self.tr("Passwords are shown only as set or not set; staff never see them. A forgotten password "
                              "is reset with a one-time code sent to the customer."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.security_box)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _fill_security(self) -> None:
        sec, form = self.customer.security, self.security_form
        while form.rowCount():
            form.removeRow(0)
        locked = badge(self.tr("Locked"), "red") if sec.login_locked else badge(self.tr("Not locked"), "green")
        set_text = lambda flag: self.tr("Set") if flag else self.tr("Not set")  # noqa: E731
        rows = [(self.tr("Sign-in"), locked, False)]
        if sec.login_locked:
            rows += [(self.tr("Locked because"), html.escape(sec.locked_reason or "—"), True),
                     (self.tr("Locked by"), html.escape(fill(self.tr("%1 at %2"), sec.locked_by_name or "—",
                                                             local_time(sec.locked_at))), True)]
        until = sec.withdrawals_locked_until
        rows += [(self.tr("Last sign-in"), local_time(sec.last_sign_in_at) or self.tr("Never"), False),
                 (self.tr("Login password"), set_text(sec.login_password_set), False),
                 (self.tr("Withdrawal password"), set_text(sec.withdrawal_password_set), False),
                 (self.tr("Wrong withdrawal passwords"), number(sec.withdrawal_failures), False),
                 (self.tr("Withdrawals locked until"),
                  badge(local_time(until), "red") if until else html.escape(self.tr("Not locked")), False)]
        for title, text, identifier in rows:
            form.addRow(title, _selectable(QLabel(text), identifier))

    # --- personal data -----------------------------------------------------------------------------

    def _customer_label(self) -> str:
        s = self.customer.summary
        return f"{s.name} {s.number}"

    def ask_reveal(self) -> ReasonDialog | None:
        if self.customer is None or not self.can_reveal:
            return None
        dialog = ReasonDialog(self.tr("Show full information"),
                              fill(self.tr("Show %1's name, ID number, phone, e-mail and bank cards in full? Why you "
                                           "need them is recorded in the audit log."), self._customer_label()),
                              reveal_reasons(), self)
        dialog.ok_button.setText(self.tr("Show"))
        dialog.accepted.connect(lambda: self.reveal(dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def reveal(self, reason: str) -> None:
        service, customer_id = self.service, self.customer_id
        self.runner.run(lambda: service.reveal(customer_id, reason), done=self._revealed,
                        failed=lambda error: self.show_banner(describe(error), RED), owner=self)

    def _revealed(self, revealed: Revealed) -> None:
        self.revealed = revealed
        self._fill_header()
        self._fill_profile()
        self.cards.set_rows(self.customer.cards)
        self.show_banner(self.tr("Full information shown; this was recorded in the audit log."), GREY)

    # --- service actions ---------------------------------------------------------------------------

    def ask_lock(self) -> ReasonDialog | None:
        if self.customer is None or not self.can_serve:
            return None
        locked = self.customer.security.login_locked
        if locked:
            dialog = ReasonDialog(self.tr("Unlock sign-in"),
                                  fill(self.tr("Let %1 sign in again?"), self._customer_label()), unlock_reasons(), self)
            dialog.ok_button.setText(self.tr("Unlock"))
        else:
            dialog = ReasonDialog(self.tr("Lock sign-in"),
                                  fill(self.tr("Lock %1's sign-in? The customer cannot sign in until someone unlocks "
                                               "it."), self._customer_label()), lock_reasons(), self)
            dialog.ok_button.setText(self.tr("Lock"))
        dialog.accepted.connect(lambda: self.set_locked(not locked, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def set_locked(self, lock: bool, reason: str) -> None:
        service, customer_id, version = self.service, self.customer_id, self.customer.version
        call = (lambda: service.lock(customer_id, version, reason)) if lock else \
            (lambda: service.unlock(customer_id, version, reason))

        def done(customer: CustomerDetail) -> None:
            self.show_customer(customer)
            self.show_banner(self.tr("Sign-in locked.") if lock else self.tr("Sign-in unlocked."), GREEN)
            self.changed.emit()

        def failed(error) -> None:
            self.show_banner(describe(error), RED)
            if isinstance(error, errors.Conflict):
                self.reload()

        self.runner.run(call, done=done, failed=failed, owner=self)

    def ask_related_party(self) -> RelatedPartyDialog | None:
        if self.customer is None or not self.can_mark_related:
            return None
        dialog = RelatedPartyDialog(self._customer_label(), self.customer.related_party, self)
        dialog.accepted.connect(lambda: self.set_related_party(*dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def set_related_party(self, relation: str | None, since, reason: str) -> None:
        service, customer_id, version = self.service, self.customer_id, self.customer.version

        def done(customer: CustomerDetail) -> None:
            self.show_customer(customer)
            self.show_banner(fill(self.tr("Marked as a related party of the platform: %1."), relation) if relation
                             else self.tr("The related-party mark has ended; the months before keep it."), GREEN)
            self.changed.emit()

        def failed(error) -> None:
            self.show_banner(describe(error), RED)
            if isinstance(error, errors.Conflict):
                self.reload()

        self.runner.run(lambda: service.set_related_party(customer_id, version, relation, reason, since),
                        done=done, failed=failed, owner=self)

    def ask_password_reset(self) -> PasswordResetDialog | None:
        if self.customer is None or not self.can_serve:
            return None
        dialog = PasswordResetDialog(self._customer_label(), bool(self.customer.email), self)
        dialog.accepted.connect(lambda: self.start_password_reset(*dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def start_password_reset(self, which: str, channel: str) -> None:
        service, customer_id = self.service, self.customer_id

        def done(reset) -> None:
            text = (self.tr("A one-time code for the login password was sent to %1; it is valid until %2. Ask the "
                            "customer to set the new password with it.") if which == "login" else
                    self.tr("A one-time code for the withdrawal password was sent to %1; it is valid until %2. Ask "
                            "the customer to set the new password with it."))
            self.reset_sent_to = reset.sent_to
            self.show_banner(fill(text, reset.sent_to, local_time(reset.expires_at)), GREEN)

        self.runner.run(lambda: service.start_password_reset(customer_id, which, channel), done=done,
                        failed=lambda error: self.show_banner(describe(error), RED), owner=self)

    def ask_phone_change(self) -> PhoneChangeDialog | None:
        if self.customer is None or not self.can_serve:
            return None
        dialog = PhoneChangeDialog(self._customer_label(), self)
        dialog.accepted.connect(lambda: self.request_phone_change(dialog.new_phone(), dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def request_phone_change(self, new_phone: str, reason: str) -> None:
        service, customer_id = self.service, self.customer_id

        def done(change) -> None:
            self.show_banner(fill(self.tr("Phone change to %1 requested; it waits for a senior risk officer's "
                                          "approval."), change.new_phone), GREEN)
            self.session.changes.changed.emit("phone_change", [change.id])

        self.runner.run(lambda: service.request_phone_change(customer_id, new_phone, reason), done=done,
                        failed=lambda error: self.show_banner(describe(error), RED), owner=self)
