"""One reconciliation day's workspace (对账工作台): the day's status, statements and the balance check of the
ledger against the custodian; the figures of each category per side; the open lines of the ledger and of
the bank side by side, filtered on the server, with the candidates of a selected line, manual matching
(the totals of both selections shown live, Match only when they agree), timing differences and proposed
adjusting entries; the proposals that wait for a manager's approval; closing the day, and its report.

Every change is sent through the service in the background; when the server refuses because someone else
changed the day first, or the day was closed meanwhile, the workspace reloads and says so in a sentence."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPushButton, QSplitter, QTabBar, QToolButton, QVBoxLayout, QWidget)

from app.models.reconciliation.records import CATEGORIES, ITEM_STATES, Day, Item, Proposal, StatementInfo
from app.models.reconciliation.tables import (CATEGORY_TEXT, DAY_STATUS_TEXT, ITEM_STATE_TEXT, PROPOSAL_STATE_TEXT,
                                              badge_table, category_label, day_status_label, item_state_label,
                                              items_model, proposals_model, whole_list)
from app.models.records import Page
from app.services import errors
from app.services.formatting import fen_from_yuan_text, local_time, number, yuan
from app.services.icons import icon
from app.services.reconciliation import Reconciliation, explain
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.common.reason_dialog import ReasonDialog
from app.views.reconciliation.reconciliation_screen import KIND
from app.views.common.state_badge import TONES, BadgeDelegate
from app.views.session.step_up_dialog import StepUpDialog
from app.views.common.typography import heading
from app.services.placeholders import fill

GOOD, BAD, MUTED = "#1a7f37", "#b42318", "#5d6b82"


def badge(text: str, tone: str) -> str:
    background, foreground = TONES[tone]
    return f'<span style="background:{background}; color:{foreground}"><b>&nbsp;{text}&nbsp;</b></span>'


def signed(item: Item) -> int:
    return -item.amount_fen if item.direction == "out" else item.amount_fen


class SidePane(QWidget):
    """The lines of one side (ledger or bank) with their filters; or, for a while, the candidates of a line
    of the other side."""

    selection_changed = Signal()

    def __init__(self, workspace: "ReconciliationDay", side: str, title: str):
        super().__init__(workspace)
        self.workspace, self.side = workspace, side
        self.candidates_of: Item | None = None
        self.twin: Item | None = None  # a duplicate's twin (a line of the other pane's side), from its candidates
        self.category = ""
        self.model = items_model(self._fetch, workspace.runner, side, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count_label.setText(explain(error)))

        self.title = QLabel(f"<b>{title}</b>")
        self.q = QLineEdit(placeholderText=self.tr("Reference, serial or account"))
        self.q.setObjectName(f"{side}Search")
        self.q.setClearButtonEnabled(True)
        self.amount_min = QLineEdit(placeholderText=self.tr("¥ from"))
        self.amount_max = QLineEdit(placeholderText=self.tr("¥ to"))
        for field in (self.amount_min, self.amount_max):
            field.setMaximumWidth(96)
            field.setToolTip(self.tr("Amount range in yuan, e.g. 1,000 to 50,000.00"))
        self.state = QComboBox()
        self.state.setObjectName(f"{side}State")
        self.state.addItem(self.tr("Open"), "open")
        for state in ITEM_STATES[1:]:
            self.state.addItem(item_state_label(state), state)
        self.state.addItem(self.tr("All states"), "")
        search = QToolButton()
        search.setIcon(icon("search"))
        search.setToolTip(self.tr("Search"))
        for field in (self.q, self.amount_min, self.amount_max):
            field.returnPressed.connect(self.load)
        self.state.currentIndexChanged.connect(self.load)
        search.clicked.connect(self.load)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.q, 2)
        bar.addWidget(self.amount_min, 1)
        bar.addWidget(self.amount_max, 1)
        bar.addWidget(self.state)
        bar.addWidget(search)

        self.chip = QLabel()
        self.chip.setObjectName(f"{side}CandidatesChip")
        self.chip.setWordWrap(True)
        self.chip_close = QToolButton()
        self.chip_close.setIcon(icon("x"))
        self.chip_close.setToolTip(self.tr("Show all lines again"))
        self.chip_close.clicked.connect(self.clear_candidates)
        chip_bar = QHBoxLayout()
        chip_bar.addWidget(self.chip, 1)
        chip_bar.addWidget(self.chip_close)
        self.chip_box = QFrame()
        self.chip_box.setLayout(chip_bar)
        self.chip_box.setStyleSheet("QFrame { background: #e6effc; border-radius: 4px; }")
        self.chip_box.hide()

        self.table = dense_table(self.model, f"{side}Items", (72, 116, 128, 104, 64, 124), multi=True,
                                 sort=(5, Qt.SortOrder.AscendingOrder))  # in time order
        self.table.setItemDelegateForColumn(0, BadgeDelegate(
            lambda index: self.model.record(index.row()).state, self.table, badge_table(ITEM_STATE_TEXT)))
        self.table.setItemDelegateForColumn(1, BadgeDelegate(
            lambda index: self.model.record(index.row()).category, self.table, badge_table(CATEGORY_TEXT)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.count_label.setObjectName(f"{side}Count")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.chip_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _fetch(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        service = self.workspace.service
        if filters.get("candidates_of"):
            side, item_id = filters["candidates_of"]
            offered = service.candidates(filters["day"], side, item_id) if page == 1 else []
            # A duplicate is offered its twin first, a line of its own side: named in the chip, not listed here.
            rows = [r for r in offered if r.side == self.side]
            if page == 1:
                self.twin = next((r for r in offered if r.side != self.side), None)
            return Page(rows, len(rows), 1, max(len(rows), 1))
        return service.items(filters, sort, page, page_size)

    def filters(self) -> dict:
        if self.candidates_of is not None:
            return {"day": self.workspace.day, "side": self.side,
                    "candidates_of": (self.candidates_of.side, self.candidates_of.id)}
        return {"day": self.workspace.day, "side": self.side, "category": self.category,
                "state": self.state.currentData(), "q": self.q.text().strip(),
                "amount_min_fen": fen_from_yuan_text(self.amount_min.text()),
                "amount_max_fen": fen_from_yuan_text(self.amount_max.text())}

    def load(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload(self.filters())

    def show_candidates(self, of: Item) -> None:
        self.candidates_of, self.twin = of, None
        self.chip.setText(fill(self.tr("Candidates for %1 %2 of %3, best first"),
                               of.reference or of.serial or "", yuan(signed(of)), of.account))
        self.chip_box.show()
        self.load()

    def clear_candidates(self) -> None:
        if self.candidates_of is not None:
            self.candidates_of = None
            self.chip_box.hide()
            self.load()

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)  # no state, reference or note cut short ("Waiting for appr…")
        of = self.candidates_of
        if of is not None and self.twin is not None:
            twin = self.twin
            self.chip.setText(fill(self.tr("%1 %2 repeats bank line %3 (line %4 of its file), which is matched with the "
                                      "ledger line(s) below: the bank lists this movement twice. If the money moved "
                                      "twice, propose an adjustment."),
                                   of.reference or of.serial or "", yuan(signed(of)), twin.serial or "", str(twin.line_no or "")))
        if self.candidates_of is not None:
            text = (fill(self.tr("%1 candidate(s)"), number(total)) if total
                    else self.tr("No line of this side could match it; mark it as timing or propose an adjustment."))
        elif total:
            text = fill(self.tr("%1 line(s)"), number(total))
        else:
            text = self.tr("No line here: nothing to investigate with these filters.")
        self.count_label.setText(text)
        self.selection_changed.emit()

    def selected(self) -> list[Item]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record(i) for i in rows) if r is not None]

    def select_ids(self, ids: set[int]) -> None:
        """Selects the lines with these ids (for tests and for keeping a selection across a reload)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for row, record in enumerate(self.model.rows):
            if record.id in ids:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


class ReconciliationDay(QWidget):
    open_requested = Signal(str, str, object)  # the day report opens in a tab of its own

    def __init__(self, session: ConsoleSession, runner: TaskRunner, day: date, parent=None):
        super().__init__(parent)
        self.session, self.runner, self.day = session, runner, day
        self.service = Reconciliation(session.api)
        self.state: Day | None = None
        self.last_dialog = None
        self._last_side = "ledger"
        self._mirrors: dict[QPushButton, list[QAction]] = {}  # a button's right-click menu entries
        me = session.me
        self.can_import = me.can("recon.import")
        self.can_resolve = me.can("recon.resolve")
        self.can_propose = me.can("funds.adjust.propose")
        self.can_approve = me.can("funds.adjust.approve")
        self.can_close = me.can("recon.close_day")
        self.can_withdraw = me.can("recon.withdraw_statement")
        self.can_print = me.can("report.print")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(self._header())
        layout.addWidget(self._category_tabs())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._sides())
        splitter.addWidget(self._proposals())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 160])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setObjectName("reconMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        session.changes.changed.connect(self._data_changed)
        self._update_actions()
        self._update_proposal_actions()
        self.refresh()

    # --- header: the day, its status, statements, balance, actions -----------------------------------

    def _header(self) -> QHBoxLayout:
        self.title = heading(fill(self.tr("Reconciliation of %1"), self.day.isoformat()), 1.3)
        self.title.setObjectName("reconDayTitle")
        self.status = QLabel()
        self.status.setObjectName("reconDayStatus")
        self.statements = QLabel()
        self.statements.setObjectName("reconStatements")
        self.statements.setWordWrap(True)
        self.balance = QLabel()
        self.balance.setObjectName("reconBalance")
        self.balance.setWordWrap(True)
        self.balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = QVBoxLayout()
        info.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        info.addLayout(top)
        info.addWidget(self.statements)
        info.addWidget(self.balance)

        self.import_button = QPushButton(icon("plus"), self.tr("&Import statement…"))
        self.import_button.setObjectName("importStatement")
        self.run_button = QPushButton(icon("refresh-cw"), self.tr("&Run matching"))
        self.run_button.setObjectName("runMatching")
        self.close_button = QPushButton(icon("lock"), self.tr("&Close day…"))
        self.close_button.setObjectName("closeDay")
        self.print_button = QPushButton(icon("file-text"), self.tr("&Print day report"))
        self.print_button.setObjectName("printDayReport")
        self.withdraw_button = QPushButton(icon("undo-2"), self.tr("&Withdraw statement…"))
        self.withdraw_button.setObjectName("withdrawStatement")
        self.withdraw_button.clicked.connect(self.choose_statement_to_withdraw)
        self.withdraw_button.setVisible(self.can_withdraw)
        self.withdraw_menu: QMenu | None = None
        self.import_button.clicked.connect(self.import_statement)
        self.run_button.clicked.connect(self.run_matching)
        self.close_button.clicked.connect(self.close_day)
        self.print_button.clicked.connect(self.print_report)
        self.import_button.setVisible(self.can_import)
        self.run_button.setVisible(self.can_import)
        self.close_button.setVisible(self.can_close)
        self.print_button.setVisible(self.can_print)
        actions = QVBoxLayout()
        actions.setSpacing(4)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.import_button)
        row1.addWidget(self.run_button)
        row2.addWidget(self.close_button)
        row2.addWidget(self.print_button)
        actions.addLayout(row1)
        actions.addLayout(row2)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        info.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(info, 1)
        header.addWidget(self._figures())
        header.addLayout(actions)
        return header

    def _figures(self) -> QGroupBox:
        box = QGroupBox(self.tr("Categories"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        heads = (self.tr("Category"), self.tr("Ledger lines"), self.tr("Ledger amount"), self.tr("Bank lines"),
                 self.tr("Bank amount"))
        for column, text in enumerate(heads):
            label = QLabel(f"<b>{text}</b>")
            label.setAlignment(Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, 0, column)
        self.figure_labels: dict[tuple[str, str, str], QLabel] = {}
        from PySide6.QtGui import QFontDatabase

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, category in enumerate(CATEGORIES, start=1):
            grid.addWidget(QLabel(category_label(category)), row, 0)
            for column, (side, what) in enumerate((("ledger", "count"), ("ledger", "amount"), ("bank", "count"),
                                                   ("bank", "amount")), start=1):
                label = QLabel("—")
                label.setObjectName(f"figure_{category}_{side}_{what}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setFont(mono)
                self.figure_labels[(category, side, what)] = label
                grid.addWidget(label, row, column)
        grid.setColumnStretch(5, 1)
        return box

    def _category_tabs(self) -> QTabBar:
        self.category_tabs = QTabBar()
        self.category_tabs.setObjectName("categoryTabs")
        self.category_tabs.setExpanding(False)
        self.category_tabs.setDrawBase(False)
        self.category_tabs.addTab(self.tr("All categories"))
        self.category_tabs.setTabData(0, "")
        for index, category in enumerate(CATEGORIES, start=1):
            self.category_tabs.addTab(category_label(category))
            self.category_tabs.setTabData(index, category)
        self.category_tabs.currentChanged.connect(self._category_chosen)
        return self.category_tabs

    def _category_chosen(self, index: int) -> None:
        category = self.category_tabs.tabData(index) or ""
        for pane in (self.ledger, self.bank):
            pane.category = category
            pane.candidates_of = None
            pane.chip_box.hide()
            if category == "matched" and pane.state.currentData() == "open":
                pane.state.blockSignals(True)
                pane.state.setCurrentIndex(pane.state.findData(""))
                pane.state.blockSignals(False)
            pane.load()

    # --- the two sides and what to do with the selected lines ----------------------------------------

    def _sides(self) -> QWidget:
        self.ledger = SidePane(self, "ledger", self.tr("Platform ledger"))
        self.bank = SidePane(self, "bank", self.tr("Bank statement"))
        self.ledger.selection_changed.connect(lambda: self._selection_changed("ledger"))
        self.bank.selection_changed.connect(lambda: self._selection_changed("bank"))
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.ledger)
        sides.addWidget(self.bank)
        self.totals = QLabel()
        self.totals.setObjectName("selectionTotals")
        self.totals.setWordWrap(True)
        self.candidates_button = QPushButton(icon("search"), self.tr("Find &candidates"))
        self.candidates_button.setObjectName("findCandidates")
        self.match_button = QPushButton(icon("check"), self.tr("&Match"))
        self.match_button.setObjectName("matchLines")
        self.timing_button = QPushButton(icon("refresh-cw"), self.tr("Mark as &timing…"))
        self.timing_button.setObjectName("markTiming")
        self.propose_button = QPushButton(icon("pencil"), self.tr("&Propose adjustment…"))
        self.propose_button.setObjectName("proposeAdjustment")
        self.candidates_button.clicked.connect(self.find_candidates)
        self.match_button.clicked.connect(self.match)
        self.timing_button.clicked.connect(self.mark_timing)
        self.propose_button.clicked.connect(self.propose)
        for button, allowed in ((self.match_button, self.can_resolve), (self.timing_button, self.can_resolve),
                                (self.propose_button, self.can_propose)):
            button.setVisible(allowed)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        for button in (self.candidates_button, self.match_button, self.timing_button, self.propose_button):
            bar.addWidget(button)
        # The same actions on a right click in either list, enabled and shown as their buttons are.
        for pane in (self.ledger, self.bank):
            pane.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for button, allowed in ((self.candidates_button, True), (self.match_button, self.can_resolve),
                                    (self.timing_button, self.can_resolve), (self.propose_button, self.can_propose)):
                action = QAction(button.icon(), button.text().replace("&", ""), pane.table)
                action.triggered.connect(button.click)
                action.setVisible(allowed)
                self._mirrors.setdefault(button, []).append(action)
                pane.table.addAction(action)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(sides, 1)
        layout.addLayout(bar)
        return pane

    def _selection_changed(self, side: str) -> None:
        if (self.ledger if side == "ledger" else self.bank).selected():
            self._last_side = side
        self._update_actions()

    def _open_day(self) -> bool:
        return self.state is not None and self.state.status != "closed"

    def _update_actions(self) -> None:
        ledger, bank = self.ledger.selected(), self.bank.selected()
        ledger_sum, bank_sum = sum(map(signed, ledger)), sum(map(signed, bank))
        chosen = ledger + bank
        all_open = all(i.state == "open" for i in chosen)
        parts = [fill(self.tr("Ledger: %1 line(s), %2"), number(len(ledger)), yuan(ledger_sum)),
                 fill(self.tr("Bank: %1 line(s), %2"), number(len(bank)), yuan(bank_sum))]
        agree = bool(ledger) and bool(bank) and ledger_sum == bank_sum
        one_direction = len({i.direction for i in chosen}) <= 1
        shape = not (len(ledger) > 1 and len(bank) > 1)  # one to many or many to one, not many to many
        if ledger and bank:
            difference = ledger_sum - bank_sum
            # Outside the f-strings, where lupdate can find them.
            verdict = (self.tr("amounts agree") if agree
                       else fill(self.tr("difference %1"), yuan(difference)))
            parts.append(f'<b style="color:{GOOD if agree else BAD}">{verdict}</b>')
        self.totals.setText(" · ".join(parts))
        open_day = self._open_day()
        self.match_button.setEnabled(open_day and self.can_resolve and agree and all_open and one_direction and shape)
        if not (ledger and bank):
            self.match_button.setToolTip(self.tr("Select lines on both sides whose amounts agree."))
        elif not agree:
            self.match_button.setToolTip(self.tr("The selected amounts do not agree."))
        elif not one_direction:
            self.match_button.setToolTip(self.tr("Money in and money out cannot be matched with each other."))
        elif not shape:
            self.match_button.setToolTip(self.tr("Match one line with several of the other side, not many with "
                                                 "many."))
        elif not all_open:
            self.match_button.setToolTip(self.tr("Only open lines can be matched."))
        else:
            self.match_button.setToolTip(self.tr("Match the selected lines by hand."))
        self.timing_button.setEnabled(open_day and self.can_resolve and bool(chosen) and all_open)
        self.propose_button.setEnabled(open_day and self.can_propose and bool(chosen) and all_open)
        single = self._candidate_source()
        self.candidates_button.setEnabled(single is not None)
        for button, actions in self._mirrors.items():
            for action in actions:
                action.setEnabled(button.isEnabled())

    def _candidate_source(self) -> Item | None:
        pane = self.ledger if self._last_side == "ledger" else self.bank
        chosen = pane.selected()
        return chosen[0] if len(chosen) == 1 else None

    def find_candidates(self) -> None:
        item = self._candidate_source()
        if item is None:
            return
        other = self.bank if item.side == "ledger" else self.ledger
        other.show_candidates(item)

    def _chosen_items(self) -> list[Item]:
        return self.ledger.selected() + self.bank.selected()

    def match(self) -> None:
        ledger, bank = [i.id for i in self.ledger.selected()], [i.id for i in self.bank.selected()]
        if not ledger or not bank:
            return
        service, day = self.service, self.day
        self._act(lambda: service.match(day, ledger, bank, ""),
                                 fill(self.tr("Matched %1 ledger and %2 bank line(s)."), number(len(ledger)), number(len(bank))))

    def _summary_of(self, items: list[Item]) -> str:
        shown = ", ".join(f"{i.reference or i.serial or i.account} {yuan(signed(i))}" for i in items[:4])
        return shown + (" …" if len(items) > 4 else "")

    def mark_timing(self) -> None:
        items = self._chosen_items()
        if not items:
            return
        summary = fill(self.tr("Mark %1 line(s) as a timing difference on %2: %3. They stay out of the open "
                          "differences; the next day's statement is expected to carry them."),
                       number(len(items)), self.day.isoformat(), self._summary_of(items))
        dialog = ReasonDialog(self.tr("Mark as timing"), summary,
                              [self.tr("Expected on the next day's statement"),
                               self.tr("Settlement still in flight at the bank"), self.tr("Other")], self)
        dialog.setObjectName("timingDialog")
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, day, pairs, note = self.service, self.day, [(i.side, i.id) for i in items], dialog.reason()
        self._act(lambda: service.mark_timing(day, pairs, note),
                  fill(self.tr("%1 line(s) marked as timing."), number(len(items))))

    def propose(self) -> None:
        items = self._chosen_items()
        if not items:
            return
        total = sum(map(signed, items))
        summary = fill(self.tr("Propose an adjusting entry of %1 to the suspense account for %2 line(s) of %3: %4. "
                          "A finance manager other than you approves it before anything is posted."),
                       yuan(total), number(len(items)), self.day.isoformat(), self._summary_of(items))
        dialog = ReasonDialog(self.tr("Propose adjustment"), summary,
                              [self.tr("Bank charge not booked by the platform"),
                               self.tr("Failed payment the platform did not hear of"),
                               self.tr("Bank movement the platform never booked"), self.tr("Other")], self)
        dialog.setObjectName("proposeDialog")
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, day, pairs, reason = self.service, self.day, [(i.side, i.id) for i in items], dialog.reason()
        self._act(lambda: service.propose(day, pairs, reason),
                  fill(self.tr("Adjustment of %1 proposed; it waits for a manager's approval."), yuan(total)))

    # --- proposals (four eyes) -------------------------------------------------------------------------

    def _proposals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adjusting entries of the day"))
        self.proposals = proposals_model(whole_list(self._load_proposals), self.runner, self)
        self.proposals.failed.connect(lambda error: self.proposal_note.setText(explain(error)))
        self.proposals.loaded.connect(lambda _total: (widen_to_fit(self.proposals_table),
                                                      self._update_proposal_actions()))
        self.proposals_table = dense_table(self.proposals, "proposalsTable", (140, 120, 60, 220, 260))
        self.proposals_table.setSortingEnabled(False)
        self.proposals_table.setItemDelegateForColumn(0, BadgeDelegate(
            lambda index: self.proposals.record(index.row()).state, self.proposals_table,
            badge_table(PROPOSAL_STATE_TEXT)))
        self.proposals_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_proposal_actions())
        self.approve_button = QPushButton(icon("check"), self.tr("&Approve…"))
        self.approve_button.setObjectName("approveProposal")
        self.reject_button = QPushButton(icon("ban"), self.tr("Re&ject…"))
        self.reject_button.setObjectName("rejectProposal")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.proposal_note = QLabel()
        self.proposal_note.setObjectName("proposalNote")
        self.proposal_note.setWordWrap(True)
        self.proposal_note.setProperty("role", "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.proposal_note, 1)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.approve_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.proposals_table, 1)
        layout.addLayout(bar)
        return box

    def _load_proposals(self, filters: dict) -> list[Proposal]:
        rows = self.service.proposals(day=self.day, state=None)
        return sorted(rows, key=lambda p: (p.state != "pending", p.id))

    def selected_proposal(self) -> Proposal | None:
        index = self.proposals_table.selectionModel().currentIndex()
        return self.proposals.record(index.row()) if index.isValid() else None

    def _mine(self, proposal: Proposal) -> bool:
        me = self.session.me
        return proposal.proposed_by in (me.username, me.display_name)

    def _update_proposal_actions(self) -> None:
        proposal = self.selected_proposal()
        pending = [p for p in self.proposals.rows if p.state == "pending"]
        why = ""
        allowed = False
        if proposal is None:
            why = (fill(self.tr("%1 adjustment(s) wait for approval; select one to decide it."),
                        number(len(pending))) if pending else self.tr("No adjustment waits for approval."))
        elif proposal.state != "pending":
            why = self.tr("This adjustment was decided already.")
        elif not self.can_approve:
            why = self.tr("Only a holder of the permission to approve adjusting entries decides them.")
        elif self._mine(proposal):
            why = self.tr("You proposed this adjustment: another manager must approve or reject it.")
        else:
            allowed = True
            why = fill(self.tr("Approving posts %1 to the suspense account."), yuan(proposal.amount_fen))
        self.approve_button.setEnabled(allowed)
        self.reject_button.setEnabled(allowed)
        self.approve_button.setToolTip(why)
        self.reject_button.setToolTip(why)
        self.approve_button.setVisible(self.can_approve)
        self.reject_button.setVisible(self.can_approve)
        self.proposal_note.setText(why)

    def approve(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            return
        text = fill(self.tr("Approve the adjusting entry of %1 on %2, proposed by %3 because: %4?"),
                    yuan(proposal.amount_fen), proposal.day.isoformat(), proposal.proposer, proposal.reason)
        text += "\n\n" + self.tr("The entry is posted to the suspense account at once and cannot be undone; only a "
                                 "reversing entry can correct it.")
        answer = QMessageBox.question(self, self.tr("Approve adjustment"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, pid, version = self.service, proposal.id, proposal.version
        what = fill(self.tr("Approve the adjusting entry of %1 on %2"),
                    yuan(proposal.amount_fen), proposal.day.isoformat())
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._act(
            lambda: service.approve(pid, version, token),
            fill(self.tr("Adjustment of %1 approved and posted."), yuan(proposal.amount_fen))))

    def reject(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            return
        summary = fill(self.tr("Reject the adjusting entry of %1 on %2, proposed by %3. Its lines become open again; "
                          "the proposer sees your reason."),
                       yuan(proposal.amount_fen), proposal.day.isoformat(), proposal.proposer)
        dialog = ReasonDialog(self.tr("Reject adjustment"), summary,
                              [self.tr("The difference is not explained yet"),
                               self.tr("It should be matched or marked as timing instead"), self.tr("Other")], self)
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, pid, version, reason = self.service, proposal.id, proposal.version, dialog.reason()
        self._act(lambda: service.reject(pid, version, reason), self.tr("Adjustment rejected."))

    # --- the day as a whole ----------------------------------------------------------------------------

    def import_statement(self) -> None:
        from app.views.reconciliation.statement_import_wizard import StatementImportWizard

        wizard = StatementImportWizard(self.service, self.runner, self.day, self)
        wizard.imported.connect(lambda info: self._changed(fill(self.tr("Statement %1 imported: %2 line(s)."),
                                                                info.filename, number(info.line_count))))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = wizard
        wizard.open()

    def run_matching(self) -> None:
        service, day = self.service, self.day
        self._act(lambda: service.run(day), self.tr("Matching ran; manual work is kept."))

    def close_day(self) -> None:
        if self.state is None:
            return
        state = self.state
        text = fill(self.tr("Close %1? The day's reconciliation becomes final: no statement, match, timing mark or "
                       "adjustment can be added or changed afterwards, and there is no reopening."),
                    self.day.isoformat())
        text += "\n\n" + fill(self.tr("Open differences: %1. Adjustments waiting: %2. Statements: %3."),
                              number(state.open_count), number(state.pending_proposals), number(len(state.statements)))
        if state.balance.difference_fen is not None:
            text += "\n" + fill(self.tr("Balance difference, custodian minus ledger: %1."),
                                yuan(state.balance.difference_fen))
        answer = QMessageBox.question(self, self.tr("Close the day"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, day, version = self.service, self.day, state.version
        what = fill(self.tr("Close the reconciliation day %1"), day.isoformat())
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._act(
            lambda: service.close_day(day, version, token), fill(self.tr("%1 is closed."), day.isoformat())))

    def _live_statements(self) -> list[StatementInfo]:
        return [s for s in self.state.statements if not s.withdrawn] if self.state is not None else []

    def choose_statement_to_withdraw(self) -> None:
        """One statement: straight to its withdrawal; several: a menu of them under the button."""
        live = self._live_statements()
        if len(live) == 1:
            self.withdraw_statement(live[0])
        elif live:
            menu = QMenu(self)
            menu.setObjectName("withdrawMenu")
            for statement in live:
                text = fill(self.tr("%1 (%2 line(s), imported by %3)"),
                            statement.filename, number(statement.line_count), statement.importer)
                menu.addAction(text).triggered.connect(lambda _=False, s=statement: self.withdraw_statement(s))
            self.withdraw_menu = menu
            menu.popup(self.withdraw_button.mapToGlobal(self.withdraw_button.rect().bottomLeft()))

    def withdraw_statement(self, statement: StatementInfo) -> None:
        """撤回对账文件: a reason, then a fresh one-time code; the workspace reloads when it is done."""
        summary = fill(self.tr("Withdraw %1 (%2 line(s), imported by %3 at %4) from %5. Its lines leave the day, and "
                          "every match made with them is undone, by hand too; the day's matching then runs again. "
                          "The same file can afterwards be imported for the day it belongs to."),
                       statement.filename, number(statement.line_count), statement.importer, local_time(statement.imported_at), self.day.isoformat())
        dialog = ReasonDialog(self.tr("Withdraw statement"), summary,
                              [self.tr("Imported for the wrong day"),
                               self.tr("The wrong file (another bank or account)"),
                               self.tr("Imported twice under another name"), self.tr("Other")], self)
        dialog.setObjectName("withdrawDialog")
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, day, statement_id, reason = self.service, self.day, statement.id, dialog.reason()
        what = fill(self.tr("Withdraw the statement %1 of %2"), statement.filename, day.isoformat())
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._act(
            lambda: service.withdraw_statement(day, statement_id, reason, token),
            fill(self.tr("Statement %1 withdrawn."), statement.filename)))

    def print_report(self) -> None:
        session, runner, name = self.session, self.runner, "daily_reconciliation"
        params = {"day": self.day.isoformat()}

        def make():
            try:
                from app.views.reports.report_preview import ReportPreviewTab
            except ImportError:  # the reports screen is not part of this build
                from app.views.shell.area_unavailable import AreaUnavailable

                return AreaUnavailable(self.tr("Day report"))
            return ReportPreviewTab(session, runner, name, params)

        self.open_requested.emit(f"report:{name}:{sorted(params.items())}",
                                 fill(self.tr("Day report %1"), self.day.isoformat()), make)

    # --- sending and reloading -------------------------------------------------------------------------

    def _act(self, call, done_text: str) -> None:
        self.message.setText(self.tr("Sending…"))
        for button in (self.match_button, self.timing_button, self.propose_button, self.approve_button,
                       self.reject_button, self.run_button, self.close_button, self.import_button,
                       self.withdraw_button):
            button.setEnabled(False)
        self.runner.run(call, done=lambda _result: self._changed(done_text), failed=self._refused, owner=self)

    def _changed(self, text: str) -> None:
        self.message.setText(f'<span style="color:{GOOD}">{text}</span>')
        self.session.changes.changed.emit(KIND, frozenset({self.day}))  # this workspace reloads itself too

    def _refused(self, error) -> None:
        self.message.setText(f'<span style="color:{BAD}">{explain(error)}</span>')
        if isinstance(error, errors.Conflict):
            # Someone else changed the day, or it was closed: show it as it is now.
            self.session.changes.changed.emit(KIND, frozenset({self.day}))
        else:
            self._update_actions()
            self._update_proposal_actions()
            self._show_day(self.state)

    def _data_changed(self, kind: str, ids) -> None:
        if kind == KIND and (not ids or self.day in ids):
            self.refresh()

    def refresh(self) -> None:
        service, day = self.service, self.day
        self.runner.run(lambda: service.day(day), done=self._show_day,
                        failed=lambda error: self.message.setText(explain(error)), owner=self)
        for pane in (self.ledger, self.bank):
            pane.load()
        self.proposals.reload({"day": day})

    def _show_day(self, state: Day | None) -> None:
        if state is None:
            self._update_actions()
            return
        self.state = state
        text, tone = DAY_STATUS_TEXT.get(state.status, (state.status, "grey"))
        self.status.setText(badge(day_status_label(state.status), tone))
        live = [s for s in state.statements if not s.withdrawn]
        if live:
            lines = [fill(self.tr("%1: %2 line(s), in %3, out %4, imported by %5 at %6"),
                          s.filename, number(s.line_count), yuan(s.in_fen), yuan(s.out_fen), s.importer, local_time(s.imported_at))
                for s in live]
            statements = self.tr("Statements: ") + "; ".join(lines)
        else:
            statements = self.tr("No statement imported for this day yet: import the custodian bank's file.")
        for s in state.statements:
            if s.withdrawn:
                statements += f'<br><span style="color:{MUTED}">' + fill(self.tr(
                    "Withdrawn: %1, by %2 at %3 (%4)"),
                                                                         s.filename, s.withdrawer, local_time(s.withdrawn_at), s.withdraw_reason or "") + "</span>"
        if state.run_at:
            statements += "<br>" + fill(self.tr("Matched at %1."), local_time(state.run_at))
        if state.closed_at:
            statements += "<br>" + fill(self.tr("Closed by %1 at %2; the day is final."),
                                        state.closer, local_time(state.closed_at))
        self.statements.setText(statements)
        b = state.balance
        balance = (fill(self.tr("Customers' money in the ledger %1"), yuan(b.ledger_customers_fen))
                   if b.ledger_customers_fen is not None else self.tr("Customers' money in the ledger: not taken yet "
                                                                      "(run the matching)"))
        if b.custodian_reported_fen is None:
            balance += " · " + self.tr("the custodian has not reported a total for this day")
        else:
            balance += " · " + fill(self.tr("reported by the custodian %1"), yuan(b.custodian_reported_fen))
            if b.difference_fen is not None:
                difference = b.difference_fen
                colour, word = ((GOOD, self.tr("they agree")) if difference == 0 else
                                (BAD, self.tr("difference (custodian minus ledger)")))
                balance += f' · <b style="color:{colour}">{word} {yuan(difference)}</b>'
        self.balance.setText(balance)
        for category in CATEGORIES:
            figures = state.figures(category)
            for side in ("ledger", "bank"):
                f = getattr(figures, side)
                self.figure_labels[(category, side, "count")].setText(number(f.count))
                self.figure_labels[(category, side, "amount")].setText(yuan(f.amount_fen))
        for index in range(1, self.category_tabs.count()):
            category = self.category_tabs.tabData(index)
            figures = state.figures(category)
            self.category_tabs.setTabText(index, f"{category_label(category)} ({number(figures.ledger.count)} | "
                                                 f"{number(figures.bank.count)})")
            self.category_tabs.setTabToolTip(index, fill(self.tr("Ledger %1 line(s) %2 · bank %3 line(s) %4"),
                                                         number(figures.ledger.count), yuan(figures.ledger.amount_fen), number(figures.bank.count), yuan(figures.bank.amount_fen)))
        open_day = state.status != "closed"
        self.import_button.setEnabled(open_day and self.can_import)
        self.run_button.setEnabled(open_day and self.can_import and bool(state.statements))
        self.close_button.setEnabled(open_day and self.can_close)
        self.close_button.setToolTip(self.tr("The day closes once nothing is open and no adjustment waits.")
                                     if state.status != "reconciled" else self.tr("Close the day (日终)."))
        self.print_button.setEnabled(self.can_print)
        self.withdraw_button.setEnabled(open_day and self.can_withdraw and bool(live))
        self.withdraw_button.setToolTip(self.tr("Take back a statement imported for the wrong day, with a reason and "
                                                "a fresh one-time code.") if open_day else
                                        self.tr("A closed day keeps its statements."))
        self._update_actions()
        self._update_proposal_actions()
