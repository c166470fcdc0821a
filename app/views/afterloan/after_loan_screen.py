"""贷后管理 After-loan management: the loans after their approval, in tabs that appear only for those whose work
they are —
- 发标与募集 listings: the funding of each loan (a progress bar, investors, when the window ends); a fully funded
  loan is disbursed with a fresh one-time code, a listing is ended by hand with a reason;
- 还款 repayments due today or in the next 7 days, with what was received;
- 逾期 overdue loans by bucket (M1/M2/M3/M3+, each button with its count and amount), broken promises first and
  in red, with the loan's collector, next action and promise; below, the selected loan's collection history and
  its actions: assign a collector, record a contact, propose compensation or a write-off;
- 代偿与核销 proposals to compensate from the risk reserve or to write off, which a finance manager approves (with
  a fresh one-time code) or rejects; the proposer never decides their own proposal.
A double-click opens the loan's application in its own tab."""

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QProgressBar,
                               QPushButton, QSplitter, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from app.models.after_loan_records import BUCKETS, Collector, Listing, OverdueBoard, OverdueLoan, Proposal
from app.services.after_loan import KIND, AfterLoan
from app.services.formatting import clock_now, local_time, number, yuan
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.afterloan.collection_dialogs import CollectorDialog, ContactDialog
from app.views.afterloan.record_table import Col, RecordTable
from app.views.afterloan.words import outcome_label, promise_state, proposal_kind, proposal_state, repayment_state
from app.views.common.reason_dialog import ReasonDialog
from app.views.common.state_badge import state_label
from app.views.session.step_up_dialog import StepUpDialog

RED, ORANGE, GREEN, GREY = "#b42318", "#b54708", "#1a7f37", "#475467"


def day_text(value) -> str:
    return value.isoformat() if value else "—"


class AfterLoanScreen(QWidget):
    open_requested = Signal(str, str, object)  # tab key, title, make(): the loan's application

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = AfterLoan(session.api)
        me = session.me
        self.can_manage = me.can("loan.manage")
        self.can_collect = me.can("loan.collect")
        self.can_decide = me.can("loan.compensation.approve", "loan.write_off.approve")
        self.can_open = me.can("loan.read")
        self.board: OverdueBoard | None = None
        self.bucket: str | None = None
        self.collection = None
        self._collection_for: int | None = None
        self.last_dialog = None
        self.loaded: set[str] = set()
        self._asked: dict[str, int] = {}  # the tabs whose lists have arrived (tests and the self-check wait on it)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("afterLoanTabs")
        self.pages: dict[str, QWidget] = {}
        if self.can_manage:
            self._add("listings", self._listings_page(), self.tr("Listings and funding"))
        if self.can_manage or self.can_collect:
            self._add("repayments", self._repayments_page(), self.tr("Repayments"))
            self._add("overdue", self._overdue_page(), self.tr("Overdue"))
        if self.can_manage or self.can_decide:
            self._add("proposals", self._proposals_page(), self.tr("Compensation and write-off"))
        self.message = QLabel()
        self.message.setObjectName("afterLoanMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        session.changes.changed.connect(self._data_changed)
        self.refresh()

    def _add(self, key: str, page: QWidget, title: str) -> None:
        self.pages[key] = page
        self.tabs.addTab(page, title)

    def show_tab(self, key: str) -> None:
        if key in self.pages:
            self.tabs.setCurrentWidget(self.pages[key])

    def show_proposals(self) -> None:
        """For "work waiting for me": the compensations and write-offs waiting for a decision."""
        self.show_tab("proposals")
        if hasattr(self, "proposal_state"):
            self.proposal_state.setCurrentIndex(0)

    def show_overdue(self, mine: bool = True) -> None:
        self.show_tab("overdue")
        if hasattr(self, "mine_only"):
            self.mine_only.setChecked(mine)

    # --- listings ----------------------------------------------------------------------------------

    def _listings_page(self) -> QWidget:
        page = QWidget()
        self.listings_table = RecordTable("listingsTable", [
            Col(self.tr("Loan"), lambda r: r.number, mono=True),
            Col(self.tr("Borrower"), lambda r: r.borrower_name),
            Col(self.tr("Amount"), lambda r: yuan(r.amount_fen), right=True, mono=True),
            Col(self.tr("Funded"), lambda r: ""),
            Col(self.tr("Investors"), lambda r: number(r.investors), right=True),
            Col(self.tr("Window ends"), lambda r: local_time(r.funding_deadline) or "—", mono=True),
            Col(self.tr("State"), lambda r: state_label(r.state)),
        ], identifier_columns=(0,))
        self.listings_table.setColumnWidth(3, 220)
        self.listings_table.itemSelectionChanged.connect(self._update_listing_buttons)
        self.listings_table.doubleClicked.connect(lambda index: self.open_loan(self.listings_table.record(index.row())))
        self.disburse_button = QPushButton(icon("check", GREEN), self.tr("Disburse…"))
        self.disburse_button.setObjectName("disburseButton")
        self.disburse_button.clicked.connect(self.disburse)
        self.release_button = QPushButton(icon("ban", RED), self.tr("End funding…"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.setToolTip(self.tr("Ends the listing by hand; the investors' frozen money is theirs again."))
        self.release_button.clicked.connect(self.release)
        self.list_button = QPushButton(self.tr("Open for funding…"))
        self.list_button.setObjectName("listButton")
        self.list_button.setToolTip(self.tr("Opens an approved loan to investors for the funding window."))
        self.list_button.clicked.connect(self.open_for_funding)
        self.listings_count = QLabel()
        self.listings_count.setProperty("role", "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.listings_count, 1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.release_button)
        bar.addWidget(self.disburse_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.listings_table, 1)
        layout.addLayout(bar)
        self._update_listing_buttons()
        return page

    def load_listings(self) -> None:
        service = self.service
        self.runner.run(service.listings, done=self._latest("listings", self._show_listings),
                        failed=lambda error: self.listings_count.setText(describe(error)), owner=self)

    def _show_listings(self, rows: list[Listing]) -> None:
        # what needs doing first: fully funded (to disburse), then open listings by their window's end, then approved
        order = {"funded": 0, "listed": 1, "approved": 2}
        far = datetime.max.replace(tzinfo=timezone.utc)
        rows = sorted(rows, key=lambda r: (order.get(r.state, 3) if not r.fully_funded else 0,
                                           r.funding_deadline or far))
        self.listings_table.set_records(rows)
        for row, record in enumerate(rows):
            bar = QProgressBar()
            bar.setRange(0, 1000)
            share = record.funded_fen * 1000 // record.amount_fen if record.amount_fen else 0
            bar.setValue(min(1000, share))
            bar.setFormat(fill(self.tr("%1 of %2"), yuan(record.funded_fen), yuan(record.amount_fen)))
            bar.setToolTip(bar.format())
            self.listings_table.setCellWidget(row, 3, bar)
            needed = bar.fontMetrics().horizontalAdvance(bar.format()) + 40
            if needed > self.listings_table.columnWidth(3):
                self.listings_table.setColumnWidth(3, needed)
        funded = sum(1 for r in rows if r.fully_funded)
        listed = sum(1 for r in rows if r.state == "listed" and not r.fully_funded)
        approved = sum(1 for r in rows if r.state == "approved")
        self.listings_count.setText(fill(self.tr("%1 loans: %2 to disburse, %3 open for funding, %4 to open · as of %5"),
                                         number(len(rows)), number(funded), number(listed), number(approved),
                                         clock_now()))
        self.loaded.add("listings")
        self._update_listing_buttons()

    def _update_listing_buttons(self) -> None:
        record = self.listings_table.current_record()
        self.disburse_button.setEnabled(record is not None and record.fully_funded)
        self.release_button.setEnabled(record is not None and record.state == "listed")
        self.list_button.setEnabled(record is not None and record.state == "approved")

    def open_for_funding(self) -> None:
        record = self.listings_table.current_record()
        if record is None or record.state != "approved":
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open for funding"),
                          fill(self.tr("Open loan %1 of %2 (%3) to investors?"), record.number, record.borrower_name,
                               yuan(record.amount_fen)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        service, app_id = self.service, record.id
        done = fill(self.tr("Loan %1 is open for funding."), record.number)
        box.accepted.connect(lambda: self._run(lambda: service.act(app_id, "list"), done, app_id))
        self._open(box)

    def disburse(self) -> None:
        record = self.listings_table.current_record()
        if record is None or not record.fully_funded:
            return
        service, app_id = self.service, record.id
        what = fill(self.tr("Disburse loan %1: %2 to %3"), record.number, yuan(record.amount_fen), record.borrower_name)
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._run(
            lambda: service.disburse(app_id, token), fill(self.tr("Loan %1 disbursed."), record.number), app_id))

    def release(self) -> None:
        record = self.listings_table.current_record()
        if record is None:
            return
        summary = fill(self.tr("End the funding of loan %1 (%2 of %3 raised). The investors' frozen money is theirs "
                               "again; the loan is not disbursed."),
                       record.number, yuan(record.funded_fen), yuan(record.amount_fen))
        dialog = ReasonDialog(self.tr("End funding"), summary, [
            self.tr("Borrower withdrew"), self.tr("Funding too slow"), self.tr("Terms must change"), self.tr("Other")],
            self)
        service, app_id = self.service, record.id
        done = fill(self.tr("The funding of loan %1 has ended."), record.number)
        self._when_accepted(dialog, dialog.reason, lambda reason: service.release(app_id, reason), done, app_id)
        self._open(dialog)

    # --- repayments --------------------------------------------------------------------------------

    def _repayments_page(self) -> QWidget:
        page = QWidget()
        self.window_choice = QComboBox()
        self.window_choice.setObjectName("repaymentWindow")
        self.window_choice.addItem(self.tr("Due today"), "today")
        self.window_choice.addItem(self.tr("Due in the next 7 days"), "7days")
        self.window_choice.currentIndexChanged.connect(self.load_repayments)
        self.repayments_count = QLabel()
        self.repayments_count.setObjectName("repaymentsCount")
        self.repayments_count.setProperty("role", "muted")
        colours = {"due": None, "partial": ORANGE, "paid": GREEN}
        self.repayments_table = RecordTable("repaymentsTable", [
            Col(self.tr("Loan"), lambda r: r.number, mono=True),
            Col(self.tr("Borrower"), lambda r: r.borrower_name),
            Col(self.tr("Installment"), lambda r: number(r.installment_number), right=True),
            Col(self.tr("Due on"), lambda r: day_text(r.due_date), mono=True),
            Col(self.tr("Due"), lambda r: yuan(r.due_fen), right=True, mono=True),
            Col(self.tr("Received"), lambda r: yuan(r.paid_fen), right=True, mono=True),
            Col(self.tr("State"), lambda r: repayment_state(r.state)),
        ], identifier_columns=(0,), colour=lambda r: colours.get(r.state))
        self.repayments_table.doubleClicked.connect(
            lambda index: self.open_loan(self.repayments_table.record(index.row())))
        bar = QHBoxLayout()
        bar.addWidget(self.window_choice)
        bar.addWidget(self.repayments_count, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.repayments_table, 1)
        return page

    def load_repayments(self) -> None:
        service, window = self.service, self.window_choice.currentData()
        self.runner.run(lambda: service.repayments(window), done=self._latest("repayments", self._show_repayments),
                        failed=lambda error: self.repayments_count.setText(describe(error)), owner=self)

    def _show_repayments(self, rows) -> None:
        self.repayments_table.set_records(rows)
        due = sum(r.due_fen for r in rows)
        received = sum(r.paid_fen for r in rows)
        self.repayments_count.setText(fill(self.tr("%1 installments · due %2 · received %3 · as of %4"),
                                           number(len(rows)), yuan(due), yuan(received), clock_now()))
        self.loaded.add("repayments")

    # --- overdue and collection --------------------------------------------------------------------

    def _overdue_page(self) -> QWidget:
        page = QWidget()
        self.bucket_group = QButtonGroup(self)
        self.bucket_group.setExclusive(True)
        self.bucket_buttons: dict[str | None, QPushButton] = {}
        buckets_bar = QHBoxLayout()
        for bucket in (None, *BUCKETS):
            button = QPushButton(self.tr("All overdue") if bucket is None else bucket)
            button.setObjectName(f"bucket_{bucket or 'all'}".replace("+", "plus"))
            button.setCheckable(True)
            button.setChecked(bucket is None)
            button.clicked.connect(lambda _=False, b=bucket: self.filter_bucket(b))
            self.bucket_group.addButton(button)
            self.bucket_buttons[bucket] = button
            buckets_bar.addWidget(button)
        self.mine_only = QCheckBox(self.tr("Only loans I collect"))
        self.mine_only.setObjectName("mineOnly")
        self.mine_only.setChecked(self.can_collect and not self.can_manage)
        self.mine_only.toggled.connect(lambda _: self.load_overdue())
        buckets_bar.addStretch(1)
        buckets_bar.addWidget(self.mine_only)

        self.overdue_table = RecordTable("overdueTable", [
            Col(self.tr("Loan"), lambda r: r.number, mono=True),
            Col(self.tr("Borrower"), lambda r: r.borrower_name),
            Col(self.tr("Days overdue"), lambda r: number(r.overdue_days), right=True),
            Col(self.tr("Bucket"), lambda r: r.bucket),
            Col(self.tr("Overdue amount"), lambda r: yuan(r.overdue_fen), right=True, mono=True),
            Col(self.tr("Promise"), self._promise_text),
            Col(self.tr("Collector"), lambda r: r.collector_name or r.collector or self.tr("Not assigned")),
            Col(self.tr("Next action"), lambda r: day_text(r.next_action_date), mono=True),
            Col(self.tr("Phone"), lambda r: r.borrower_phone or "—", mono=True),
            Col(self.tr("Penalty"), lambda r: yuan(r.penalty_fen), right=True, mono=True),
            Col(self.tr("Proposal"), self._proposal_text),
        ], identifier_columns=(0, 3, 8), colour=lambda r: RED if r.broken_promise else None,
            bold=lambda r: r.broken_promise)
        self.overdue_table.itemSelectionChanged.connect(self._overdue_selected)
        self.overdue_table.doubleClicked.connect(lambda index: self.open_loan(self.overdue_table.record(index.row())))
        self.overdue_count = QLabel()
        self.overdue_count.setObjectName("overdueCount")
        self.overdue_count.setProperty("role", "muted")

        # the selected loan's collection
        self.collection_title = QLabel(self.tr("Select an overdue loan to see its collection."))
        self.collection_title.setObjectName("collectionTitle")
        font = self.collection_title.font()
        font.setBold(True)
        self.collection_title.setFont(font)
        self.history = QTreeWidget()
        self.history.setObjectName("collectionHistory")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Outcome"), self.tr("Promise"),
                                      self.tr("Next action"), self.tr("Note")])
        self.assign_button = QPushButton(icon("user"), self.tr("Assign a collector…"))
        self.assign_button.setObjectName("assignCollector")
        self.assign_button.clicked.connect(self.assign_collector)
        self.assign_button.setVisible(self.can_manage)
        self.contact_button = QPushButton(icon("smartphone"), self.tr("Record a contact…"))
        self.contact_button.setObjectName("recordContact")
        self.contact_button.clicked.connect(self.record_contact)
        self.contact_button.setVisible(self.can_collect)
        self.compensate_button = QPushButton(self.tr("Propose compensation…"))
        self.compensate_button.setObjectName("proposeCompensation")
        self.compensate_button.clicked.connect(lambda: self.propose("compensation"))
        self.write_off_button = QPushButton(self.tr("Propose write-off…"))
        self.write_off_button.setObjectName("proposeWriteOff")
        self.write_off_button.clicked.connect(lambda: self.propose("write_off"))
        for button in (self.compensate_button, self.write_off_button):
            button.setVisible(self.can_manage)
        actions = QHBoxLayout()
        actions.addWidget(self.collection_title, 1)
        for button in (self.assign_button, self.contact_button, self.compensate_button, self.write_off_button):
            actions.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.history, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buckets_bar)
        upper_layout.addWidget(self.overdue_count)
        upper_layout.addWidget(self.overdue_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self._update_collection_buttons()
        return page

    def _promise_text(self, r: OverdueLoan) -> str:
        if r.promise is None:
            return "—"
        return fill(self.tr("%1: %2 on %3"), promise_state(r.promise.state), yuan(r.promise.amount_fen),
                    day_text(r.promise.date))

    def _proposal_text(self, r: OverdueLoan) -> str:
        parts = []
        if r.compensation_state:
            parts.append(fill(self.tr("%1 · %2"), proposal_kind("compensation"), proposal_state(r.compensation_state)))
        if r.write_off_state:
            parts.append(fill(self.tr("%1 · %2"), proposal_kind("write_off"), proposal_state(r.write_off_state)))
        return self.tr("; ").join(parts) if parts else "—"

    def filter_bucket(self, bucket: str | None) -> None:
        self.bucket = bucket
        self.bucket_buttons[bucket].setChecked(True)
        self.load_overdue()

    def load_overdue(self) -> None:
        service, bucket, mine = self.service, self.bucket, self.mine_only.isChecked()
        self.runner.run(lambda: service.overdue(bucket, mine), done=self._latest("overdue", self._show_overdue),
                        failed=lambda error: self.overdue_count.setText(describe(error)), owner=self)

    def _show_overdue(self, board: OverdueBoard) -> None:
        self.board = board
        for bucket, button in self.bucket_buttons.items():
            if bucket is None:
                count = sum(t.count for t in board.buckets.values())
                amount = sum(t.amount_fen for t in board.buckets.values())
                button.setText(fill(self.tr("All overdue: %1 · %2"), number(count), yuan(amount)))
            else:
                total = board.buckets[bucket]
                button.setText(fill(self.tr("%1: %2 · %3"), bucket, number(total.count), yuan(total.amount_fen)))
        # broken promises first, then the longest overdue (the server sends them so; kept for any order)
        items = sorted(board.items, key=lambda r: (not r.broken_promise, -r.overdue_days))
        self.overdue_table.set_records(items)
        broken = sum(1 for r in items if r.broken_promise)
        text = fill(self.tr("%1 loans · as of %2"), number(len(items)), clock_now())
        if broken:
            text += " · " + fill(self.tr("broken promises: %1, shown first in red"), number(broken))
        self.overdue_count.setText(text)
        self.loaded.add("overdue")
        self._overdue_selected()

    def selected_overdue(self) -> OverdueLoan | None:
        return self.overdue_table.current_record() if hasattr(self, "overdue_table") else None

    def _overdue_selected(self) -> None:
        record = self.selected_overdue()
        self._update_collection_buttons()
        if record is None:
            self._collection_for = None
            self.collection = None
            self.history.clear()
            self.collection_title.setText(self.tr("Select an overdue loan to see its collection."))
            return
        if record.application_id != self._collection_for:
            self.history.clear()
            self.collection = None
        self.load_collection(record)

    def load_collection(self, record: OverdueLoan) -> None:
        self._collection_for = app_id = record.application_id
        service = self.service
        self.collection_title.setText(fill(self.tr("Collection of %1 · %2"), record.number, record.borrower_name))
        self.runner.run(lambda: service.collection(app_id), done=lambda c: self._show_collection(app_id, c),
                        failed=lambda error: self.collection_title.setText(describe(error)), owner=self)

    def _show_collection(self, app_id: int, collection) -> None:
        if app_id != self._collection_for:
            return  # the user moved on meanwhile
        self.collection = collection
        record = self.selected_overdue()
        who = collection.collector_name or collection.collector or self.tr("no one yet")
        if record is not None:
            self.collection_title.setText(fill(self.tr("Collection of %1 · %2 · collector: %3"), record.number,
                                               record.borrower_name, who))
        self.history.clear()
        for c in collection.contacts:
            promise = (fill(self.tr("%1 on %2"), yuan(c.promised_amount_fen), day_text(c.promised_date))
                       if c.promised_amount_fen else "—")
            item = QTreeWidgetItem([local_time(c.at), c.by_name, outcome_label(c.outcome), promise,
                                    day_text(c.next_action_date), c.note])
            item.setToolTip(5, c.note)
            self.history.addTopLevelItem(item)
        for column in range(5):
            self.history.resizeColumnToContents(column)

    def _update_collection_buttons(self) -> None:
        if not hasattr(self, "assign_button"):
            return
        record = self.selected_overdue()
        for button in (self.assign_button, self.contact_button):
            button.setEnabled(record is not None)
        self.compensate_button.setEnabled(record is not None and record.compensation_state != "pending")
        self.write_off_button.setEnabled(record is not None and record.write_off_state != "pending")

    def assign_collector(self) -> None:
        record = self.selected_overdue()
        if record is None:
            return
        service = self.service
        known = {(r.collector, r.collector_name or r.collector) for r in (self.board.items if self.board else [])
                 if r.collector}

        def staff():
            found = service.collectors()
            names = {c.username for c in found}
            return found + [Collector(u, n) for u, n in sorted(known) if u not in names]

        self.runner.run(staff, done=lambda people: self._choose_collector(record, people),
                        failed=lambda error: self.show_message(describe(error), RED), owner=self)

    def _choose_collector(self, record: OverdueLoan, staff) -> None:
        summary = fill(self.tr("Loan %1 of %2, %3 days overdue (%4)."), record.number, record.borrower_name,
                       number(record.overdue_days), yuan(record.overdue_fen))
        dialog = CollectorDialog(summary, staff, record.collector, self)
        service, app_id = self.service, record.application_id
        def accepted():
            chosen, shown = dialog.chosen(), dialog.collector.currentText()  # read now, on the GUI thread
            self._run(lambda: service.assign(app_id, chosen),
                      fill(self.tr("%1 now collects loan %2."), shown, record.number), app_id)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def record_contact(self) -> None:
        record = self.selected_overdue()
        if record is None:
            return
        summary = fill(self.tr("Loan %1 of %2, phone %3, %4 days overdue (%5)."), record.number, record.borrower_name,
                       record.borrower_phone or "—", number(record.overdue_days), yuan(record.overdue_fen))
        dialog = ContactDialog(summary, self)
        service, app_id = self.service, record.application_id
        dialog.phone_wanted.connect(lambda: self.runner.run(
            lambda: service.reveal_phone(app_id), done=dialog.show_phone,
            failed=lambda error: dialog.phone_failed(describe(error)), owner=dialog))
        done = fill(self.tr("Contact with %1 recorded."), record.borrower_name)
        self._when_accepted(dialog, dialog.values, lambda values: service.record_contact(app_id, **values), done,
                            app_id)
        self._open(dialog)

    def propose(self, kind: str) -> None:
        record = self.selected_overdue()
        if record is None:
            return
        if kind == "compensation":
            title = self.tr("Propose compensation")
            summary = fill(self.tr("Propose to compensate the investors of loan %1 (%2, %3 days overdue) from the risk "
                                   "reserve. A finance manager approves it."), record.number, yuan(record.overdue_fen),
                           number(record.overdue_days))
            reasons = [self.tr("Overdue beyond the compensation threshold"), self.tr("Borrower cannot be reached"),
                       self.tr("Other")]
        else:
            title = self.tr("Propose write-off")
            summary = fill(self.tr("Propose to write off loan %1 (%2, %3 days overdue) as a bad debt. A finance "
                                   "manager approves it."), record.number, yuan(record.overdue_fen),
                           number(record.overdue_days))
            reasons = [self.tr("Collection exhausted"), self.tr("Borrower insolvent or deceased"),
                       self.tr("Court ruling"), self.tr("Other")]
        dialog = ReasonDialog(title, summary, reasons, self)
        dialog.setObjectName("proposeDialog")
        service, app_id = self.service, record.application_id
        done = fill(self.tr("Proposal for loan %1 sent for approval."), record.number)
        self._when_accepted(dialog, dialog.reason, lambda reason: service.propose(app_id, kind, reason), done, app_id)
        self._open(dialog)

    # --- proposals ---------------------------------------------------------------------------------

    def _proposals_page(self) -> QWidget:
        page = QWidget()
        self.proposal_state = QComboBox()
        self.proposal_state.setObjectName("proposalState")
        self.proposal_state.addItem(self.tr("Awaiting approval"), "pending")
        self.proposal_state.addItem(self.tr("Approved"), "approved")
        self.proposal_state.addItem(self.tr("Rejected"), "rejected")
        self.proposal_state.addItem(self.tr("All"), "")
        self.proposal_state.currentIndexChanged.connect(self.load_proposals)
        self.proposals_count = QLabel()
        self.proposals_count.setProperty("role", "muted")
        colours = {"pending": ORANGE, "approved": GREEN, "rejected": GREY}
        self.proposals_table = RecordTable("proposalsTable", [
            Col(self.tr("Kind"), lambda p: proposal_kind(p.kind)),
            Col(self.tr("Loan"), lambda p: p.number, mono=True),
            Col(self.tr("Borrower"), lambda p: p.borrower_name),
            Col(self.tr("Amount"), lambda p: yuan(p.amount_fen), right=True, mono=True),
            Col(self.tr("Proposed by"), lambda p: fill(self.tr("%1 · %2"), p.proposed_by_name, local_time(p.proposed_at))),
            Col(self.tr("State"), lambda p: proposal_state(p.state)),
            Col(self.tr("Decided by"), lambda p: fill(self.tr("%1 · %2"), p.decided_by_name, local_time(p.decided_at))
                if p.decided_by_name else "—"),
            Col(self.tr("Reason"), lambda p: p.reason + (fill(self.tr(" (decision: %1)"), p.decision_reason)
                                                         if p.decision_reason else "")),
        ], identifier_columns=(1,), colour=lambda p: colours.get(p.state))
        self.proposals_table.itemSelectionChanged.connect(self._update_proposal_buttons)
        self.proposals_table.doubleClicked.connect(
            lambda index: self.open_loan(self.proposals_table.record(index.row())))
        self.approve_button = QPushButton(icon("check", GREEN), self.tr("Approve…"))
        self.approve_button.setObjectName("approveProposal")
        self.approve_button.clicked.connect(self.approve_proposal)
        self.reject_button = QPushButton(icon("ban", RED), self.tr("Reject…"))
        self.reject_button.setObjectName("rejectProposal")
        self.reject_button.clicked.connect(self.reject_proposal)
        for button in (self.approve_button, self.reject_button):
            button.setVisible(self.can_decide)
        bar = QHBoxLayout()
        bar.addWidget(self.proposal_state)
        bar.addWidget(self.proposals_count, 1)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.approve_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.proposals_table, 1)
        self._update_proposal_buttons()
        return page

    def load_proposals(self) -> None:
        service, state = self.service, self.proposal_state.currentData()
        self.runner.run(lambda: service.proposals(state=state or None),
                        done=self._latest("proposals", self._show_proposals),
                        failed=lambda error: self.proposals_count.setText(describe(error)), owner=self)

    def _show_proposals(self, rows: list[Proposal]) -> None:
        self.proposals_table.set_records(rows)
        self.proposals_count.setText(fill(self.tr("%1 proposals · %2 in all · as of %3"), number(len(rows)),
                                          yuan(sum(p.amount_fen for p in rows)), clock_now()))
        self.loaded.add("proposals")
        self._update_proposal_buttons()

    def _may_decide(self, p: Proposal | None) -> bool:
        if p is None or p.state != "pending":
            return False
        needed = "loan.compensation.approve" if p.kind == "compensation" else "loan.write_off.approve"
        return self.session.me.can(needed)

    def _update_proposal_buttons(self) -> None:
        p = self.proposals_table.current_record()
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(self._may_decide(p))

    def approve_proposal(self) -> None:
        p = self.proposals_table.current_record()
        if not self._may_decide(p):
            return
        what = fill(self.tr("Approve %1 of loan %2: %3, proposed by %4"), proposal_kind(p.kind), p.number,
                    yuan(p.amount_fen), p.proposed_by_name)
        service, proposal_id = self.service, p.id
        done = fill(self.tr("%1 of loan %2 approved."), proposal_kind(p.kind), p.number)
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._run(
            lambda: service.approve(proposal_id, token), done, p.application_id))

    def reject_proposal(self) -> None:
        p = self.proposals_table.current_record()
        if not self._may_decide(p):
            return
        summary = fill(self.tr("Reject the %1 of loan %2 (%3) proposed by %4. The proposer sees the reason."),
                       proposal_kind(p.kind), p.number, yuan(p.amount_fen), p.proposed_by_name)
        dialog = ReasonDialog(self.tr("Reject proposal"), summary, [
            self.tr("Collection not yet exhausted"), self.tr("Amount does not match"), self.tr("Other")], self)
        service, proposal_id = self.service, p.id
        done = fill(self.tr("%1 of loan %2 rejected."), proposal_kind(p.kind), p.number)
        self._when_accepted(dialog, dialog.reason, lambda reason: service.reject(proposal_id, reason), done,
                            p.application_id)
        self._open(dialog)

    # --- common ------------------------------------------------------------------------------------

    def _latest(self, key: str, show):
        """`show`, for the answer of the latest request of a list only: an earlier answer arriving late (another
        filter, or the list as it was before a change) is dropped."""
        self._asked[key] = asked = self._asked.get(key, 0) + 1
        return lambda result: show(result) if self._asked[key] == asked else None

    def _when_accepted(self, dialog, read, call, done_text: str, app_id: int | None) -> None:
        """On OK: what the dialog holds is read at once (on the GUI thread, before the dialog goes), then sent."""
        def accepted():
            value = read()
            self._run(lambda: call(value), done_text, app_id)

        dialog.accepted.connect(accepted)

    def _open(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run(self, call, done_text: str, app_id: int | None) -> None:
        self.show_message(self.tr("Sending…"), GREY)
        self.runner.run(call, done=lambda _result: self._acted(done_text, app_id),
                        failed=lambda error: self._refused(error), owner=self)

    def _acted(self, text: str, app_id: int | None) -> None:
        self.show_message(text, GREEN)
        # every open screen showing the loan refreshes (this one too), and so do the counts of waiting work
        self.session.changes.loans(*([app_id] if app_id else []))

    def _refused(self, error) -> None:
        self.show_message(describe(error), RED)
        self.refresh()

    def show_message(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color:{colour}")

    def open_loan(self, record) -> None:
        """The loan's application in its own tab (the main window reuses an open one)."""
        if record is None or not self.can_open:
            return
        app_id = getattr(record, "application_id", None) or record.id
        session, runner, number_text = self.session, self.runner, record.number

        def make():
            from app.views.loans.application_view import ApplicationView

            return ApplicationView(session, runner, app_id, number_text)

        self.open_requested.emit(f"loan:{app_id}", number_text, make)

    def _data_changed(self, kind: str, _ids) -> None:
        if kind in (KIND, "loan_application"):
            self.refresh()

    def refresh(self) -> None:
        if "listings" in self.pages:
            self.load_listings()
        if "repayments" in self.pages:
            self.load_repayments()
        if "overdue" in self.pages:
            self.load_overdue()
            record = self.selected_overdue()
            if record is not None:
                self.load_collection(record)
        if "proposals" in self.pages:
            self.load_proposals()
