"""提现审核 Withdrawal review: the queue of customers' withdrawal requests that wait for finance, with the
selected request beside it (customer, masked bank card, amount, the rules it hit and why, the customer's
balances and recent ledger activity). Approve asks for a confirmation that repeats what, to whom and how
much, then a fresh one-time code; reject asks for the reason the customer will see. Several selected
requests are approved or rejected together. When someone else acted first, the pane shows the new state.
"""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QStyle, QStyledItemDelegate,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.ledger_tables import account_label, customer_label, kind_label
from app.models.ledger_tables import state_label as transfer_state_label
from app.models.paged_table import Column, PagedTableModel
from app.models.withdrawal_records import FLAGS, STATES, WithdrawalDetail, WithdrawalRow
from app.services import errors
from app.services.formatting import clock_now, fen_from_yuan_text, local_time, number, yuan
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.services.withdrawals import Withdrawals, current_of
from app.views.common.combo_width import never_cut
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.common.reason_dialog import ReasonDialog
from app.views.session.step_up_dialog import StepUpDialog

REVIEW = "funds.withdrawal.review"
FLAG_COLOURS = {"large": "#b42318", "new_bank_card": "#b54708", "soon_after_recharge": "#6941c6",
                "many_today": "#175cd3"}
STATE_COLOURS = {"pending_review": "#b54708", "pending_second_approval": "#6941c6", "paid": "#1a7f37",
                 "rejected": "#5d6b82"}
OPEN = ("pending_review", "pending_second_approval")
KIND = "withdrawal"  # what DataChanges says changed


def flag_label(flag) -> str:
    return flag.label_zh if current_is_chinese() else flag.label_en


def flag_explanation(flag) -> str:
    return flag.explanation_zh if current_is_chinese() else flag.explanation_en


def state_label(row: WithdrawalRow) -> str:
    return row.state_label_zh if current_is_chinese() else row.state_label_en


def customer_of(row: WithdrawalRow) -> str:
    """'王*明 BR00000001', or '投资人 IV0035' where the platform knows no name."""
    return customer_label(row.customer_ref, row.customer_name)


def fit_placeholder(field: QLineEdit) -> None:
    """A filter field is never narrower than its hint, so "Amount from (yuan)" is never cut short."""
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)


class FlagTags(QStyledItemDelegate):
    """The rule flags of a row as small tags: the label in the flag's colour on a pale ground, framed, so
    the words carry the meaning and the colour only helps the eye."""

    def paint(self, painter: QPainter, option, index) -> None:
        record = index.data(Qt.ItemDataRole.UserRole)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        if record is None or not record.flags:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.left() + 4
        height = metrics.height() + 2
        top = option.rect.top() + (option.rect.height() - height) // 2
        for flag in record.flags:
            text = flag_label(flag)
            width = metrics.horizontalAdvance(text) + 10
            if x + width > option.rect.right():
                break
            colour = QColor(FLAG_COLOURS.get(flag.code, "#475467"))
            box = QRect(x, top, width, height)
            pale = QColor(colour)
            pale.setAlpha(28)
            # On a selected row the tag keeps an opaque light ground, so its words stay readable.
            painter.setBrush(QColor("#ffffff") if option.state & QStyle.StateFlag.State_Selected else pale)
            painter.setPen(QPen(colour, 1))
            painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        record = index.data(Qt.ItemDataRole.UserRole)
        metrics = option.fontMetrics
        width = sum(metrics.horizontalAdvance(flag_label(f)) + 14 for f in (record.flags if record else ()))
        return QSize(max(width + 8, 60), metrics.height() + 8)


class WithdrawalReview(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Withdrawals(session.api)
        self.detail: WithdrawalDetail | None = None
        self.last_dialog = None
        self._detail_generation = 0
        self.can_review = session.me.can(REVIEW)

        self.model = PagedTableModel(self._columns(), self.service.page, runner, "requested_at", self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count_label.setText(describe(error)))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._queue_pane())
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 420])
        from app.views.funds.withdrawal_pause_banner import WithdrawalPauseBanner

        self.pause_banner = WithdrawalPauseBanner(session, runner)  # 提现已暂停, when a rule paused withdrawals
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pause_banner)
        layout.addWidget(splitter, 1)
        session.changes.changed.connect(self._data_changed)
        self.refresh()

    # --- the queue -------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda w: w.number, "number", mono=True),
            Column(self.tr("Requested"), lambda w: local_time(w.requested_at), "requested_at", mono=True),
            Column(self.tr("Customer"), customer_of, "customer_ref"),
            Column(self.tr("Amount"), lambda w: yuan(w.amount_fen), "amount", right=True, mono=True),
            Column(self.tr("State"), state_label, "state", colour=lambda w: STATE_COLOURS.get(w.state)),
            Column(self.tr("Flags"), lambda w: " · ".join(flag_label(f) for f in w.flags)),
            Column(self.tr("Bank card"), lambda w: w.bank_card, mono=True),
        ]

    def _queue_pane(self) -> QWidget:
        pane = QWidget()
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("withdrawalState")
        self.state_filter.addItem(self.tr("To review"), list(OPEN))
        for state in STATES:
            self.state_filter.addItem(self._state_name(state), [state])
        self.state_filter.addItem(self.tr("All states"), [])
        self.flag_filter = QComboBox()
        self.flag_filter.setObjectName("withdrawalFlag")
        self.flag_filter.addItem(self.tr("Any flag"), [])
        for combo in (self.state_filter, self.flag_filter):  # the counts change the items' length: never cut them
            never_cut(combo)
        for code in FLAGS:
            self.flag_filter.addItem(self._flag_name(code), [code])
        self.customer = QLineEdit(placeholderText=self.tr("Customer, e.g. IV0001"))
        self.customer.setObjectName("withdrawalCustomer")
        self.amount_min = QLineEdit(placeholderText=self.tr("Amount from (yuan)"))
        self.amount_max = QLineEdit(placeholderText=self.tr("to"))
        search = QPushButton(icon("search"), self.tr("Search"))
        refresh = QPushButton(icon("refresh-cw"), "")
        refresh.setToolTip(self.tr("Refresh (F5)", "the queue and the selected request"))
        refresh.setShortcut("F5")
        bar = QHBoxLayout()
        for widget, stretch in ((self.state_filter, 0), (self.flag_filter, 0), (self.customer, 1),
                                (self.amount_min, 1), (self.amount_max, 1), (search, 0), (refresh, 0)):
            bar.addWidget(widget, stretch)
        for combo in (self.state_filter, self.flag_filter):
            combo.currentIndexChanged.connect(self.load)
        for field in (self.customer, self.amount_min, self.amount_max):
            field.returnPressed.connect(self.load)
            fit_placeholder(field)
        search.clicked.connect(self.load)
        refresh.clicked.connect(self.refresh)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("withdrawalCounts")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.table = dense_table(self.model, "withdrawalTable", (146, 126, 170, 104, 120, 300),
                                 sort=(1, Qt.SortOrder.AscendingOrder), multi=True)  # oldest first
        self.table.setItemDelegateForColumn(5, FlagTags(self.table))
        self.table.setProperty("identifierColumns", [0, 6])  # numbers and masked bank cards
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self.open(current.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_batch())

        self.batch_approve_button = QPushButton(icon("check"), self.tr("Approve selected"))
        self.batch_approve_button.setObjectName("batchApprove")
        self.batch_reject_button = QPushButton(icon("ban"), self.tr("Reject selected"))
        self.batch_reject_button.setObjectName("batchReject")
        self.batch_approve_button.clicked.connect(self.batch_approve)
        self.batch_reject_button.clicked.connect(self.batch_reject)
        self.batch_approve_button.setVisible(self.can_review)
        self.batch_reject_button.setVisible(self.can_review)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.batch_approve_button)
        footer.addWidget(self.batch_reject_button)

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._update_batch()
        return pane

    def _state_name(self, state: str) -> str:
        return {"pending_review": self.tr("Pending review"), "pending_second_approval": self.tr("Awaiting second approval"),
                "paid": self.tr("Paid"), "rejected": self.tr("Rejected")}[state]

    def _flag_name(self, code: str) -> str:
        return {"large": self.tr("Large"), "new_bank_card": self.tr("New bank card"),
                "soon_after_recharge": self.tr("Soon after recharge"), "many_today": self.tr("Many today")}[code]

    def filters(self) -> dict:
        return {"state": self.state_filter.currentData(), "flag": self.flag_filter.currentData(),
                "customer_ref": self.customer.text().strip(),
                "amount_min_fen": fen_from_yuan_text(self.amount_min.text()),
                "amount_max_fen": fen_from_yuan_text(self.amount_max.text())}

    def load(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload(self.filters())
        self.load_counts()

    def load_counts(self) -> None:
        service, filters = self.service, self.filters()
        self.runner.run(lambda: service.counts(filters), done=self._show_counts,
                        failed=lambda error: self.counts_label.setText(describe(error)), owner=self)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        parts = []
        for state in STATES:
            colour = STATE_COLOURS[state]
            parts.append(f'{self._state_name(state)} <b style="color:{colour}">{number(counts.get(state, 0))}</b>')
        self.counts_label.setText(" &nbsp;·&nbsp; ".join(parts))
        self.state_filter.setItemText(0, fill(self.tr("To review (%1)"), number(sum(counts.get(s, 0) for s in OPEN))))
        for i, state in enumerate(STATES, start=1):
            self.state_filter.setItemText(i, fill(self.tr("%1 (%2)"), self._state_name(state),
                                                  number(counts.get(state, 0))))

    def _loaded(self, total: int) -> None:
        now = clock_now()  # HH:mm in Asia/Shanghai, like every time on screen
        self.count_label.setText(fill(self.tr("%1 requests · as of %2"), number(total), now))
        widen_to_fit(self.table)
        if self.detail is not None:
            for row, record in enumerate(self.model.rows):
                if record.id == self.detail.row.id and not self.table.selectionModel().hasSelection():
                    self.table.selectRow(row)
                    break
        self._update_batch()

    def selected_rows(self) -> list[WithdrawalRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record(i) for i in rows) if r is not None]

    def _update_batch(self) -> None:
        open_rows = [r for r in self.selected_rows() if r.state in OPEN]
        n = len(open_rows)
        self.batch_approve_button.setEnabled(self.can_review and n > 1)
        self.batch_reject_button.setEnabled(self.can_review and n > 1)
        self.batch_approve_button.setText(fill(self.tr("Approve selected (%1)"), n) if n > 1
                                          else self.tr("Approve selected"))
        self.batch_reject_button.setText(fill(self.tr("Reject selected (%1)"), n) if n > 1
                                         else self.tr("Reject selected"))

    # --- the selected request --------------------------------------------------------------------

    def _detail_pane(self) -> QWidget:
        inner = QWidget()
        self.title = QLabel(self.tr("Select a request to review it."))
        self.title.setObjectName("withdrawalTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.state_text = QLabel()
        self.state_text.setObjectName("withdrawalStateText")
        self.amount = QLabel()
        self.amount.setObjectName("withdrawalAmount")
        big = self.amount.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.amount.setFont(big)
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        request = QGroupBox(self.tr("The request"))
        form = QFormLayout(request)
        form.setVerticalSpacing(3)
        self.fields = {}
        for key, label in (("customer", self.tr("Customer")), ("card", self.tr("Bank card")),
                           ("requested", self.tr("Requested")), ("request_id", self.tr("Request ID")),
                           ("first", self.tr("First approval")), ("decision", self.tr("Decision")),
                           ("reason", self.tr("Reason (shown to the customer)"))):
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)

        flags = QGroupBox(self.tr("Why it waits for review"))
        self.flags_text = QLabel()
        self.flags_text.setObjectName("withdrawalFlags")
        self.flags_text.setWordWrap(True)
        QVBoxLayout(flags).addWidget(self.flags_text)

        balances = QGroupBox(self.tr("Customer's balances"))
        balance_form = QFormLayout(balances)
        balance_form.setVerticalSpacing(3)
        self.balances = {}
        for key, label in (("available", self.tr("Available")), ("frozen", self.tr("Frozen (incl. this request)")),
                           ("balance", self.tr("Balance"))):
            value = QLabel()
            value.setObjectName(f"balance_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.balances[key] = value
            balance_form.addRow(label, value)

        activity = QGroupBox(self.tr("Recent ledger activity"))
        self.activity = QTreeWidget()
        self.activity.setObjectName("withdrawalActivity")
        self.activity.setRootIsDecorated(False)
        self.activity.setAlternatingRowColors(True)
        self.activity.setHeaderLabels([self.tr("Time"), self.tr("Type"), self.tr("Amount"), self.tr("From"),
                                       self.tr("To"), self.tr("State")])
        self.activity.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no cut words
        self.activity.setMinimumHeight(160)
        self.activity.setMinimumWidth(200)
        QVBoxLayout(activity).addWidget(self.activity)

        self.note = QLabel()
        self.note.setObjectName("withdrawalNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.message = QLabel()
        self.message.setObjectName("withdrawalMessage")
        self.message.setWordWrap(True)
        self.approve_button = QPushButton(icon("check"), self.tr("&Approve…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setDefault(True)
        self.reject_button = QPushButton(icon("ban"), self.tr("&Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)
        self.approve_button.setVisible(self.can_review)
        self.reject_button.setVisible(self.can_review)

        headline = QHBoxLayout()
        headline.addWidget(self.amount, 1)
        headline.addWidget(self.state_text)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(headline)
        layout.addWidget(self.note)
        layout.addWidget(request)
        layout.addWidget(flags)
        layout.addWidget(balances)
        layout.addWidget(activity, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        pane = QWidget()
        outer = QVBoxLayout(pane)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        outer.addLayout(actions)
        self._show_detail(None)
        return pane

    def open(self, row: int) -> None:
        record = self.model.record(row)
        if record is None:
            return
        self.message.clear()
        self.load_detail(record.id)

    def load_detail(self, withdrawal_id: int) -> None:
        self._detail_generation += 1
        generation, service = self._detail_generation, self.service
        self.runner.run(lambda: service.detail(withdrawal_id),
                        done=lambda d: self._detail_arrived(generation, d),
                        failed=lambda error: self._detail_failed(generation, error), owner=self)

    def _detail_arrived(self, generation: int, detail: WithdrawalDetail) -> None:
        if generation == self._detail_generation:
            self._show_detail(detail)

    def _detail_failed(self, generation: int, error) -> None:
        if generation == self._detail_generation:
            self.message.setText(describe(error))

    def _show_detail(self, detail: WithdrawalDetail | None) -> None:
        self.detail = detail
        if detail is None:
            for label in (*self.fields.values(), *self.balances.values(), self.amount, self.state_text, self.flags_text):
                label.clear()
            self.activity.clear()
            self.approve_button.setEnabled(False)
            self.reject_button.setEnabled(False)
            return
        w = detail.row
        self.title.setText(fill(self.tr("Withdrawal %1"), w.number))
        colour = STATE_COLOURS.get(w.state, "#475467")
        self.state_text.setText(f'<b style="color:{colour}">● {state_label(w)}</b>')
        self.amount.setText(yuan(w.amount_fen))
        self.fields["customer"].setText(customer_of(w))
        self.fields["card"].setText(w.bank_card)
        self.fields["requested"].setText(local_time(w.requested_at, seconds=True))
        self.fields["request_id"].setText(w.request_id)
        first = detail.first_approver_name or w.first_approver
        self.fields["first"].setText(f"{first} · {local_time(w.first_approved_at)}" if first else "—")
        decider = detail.decided_by_name or w.decided_by or self.tr("automatic")  # lupdate finds tr outside f-strings
        self.fields["decision"].setText(f"{state_label(w)} · {decider} · {local_time(w.decided_at)}" if w.decided_at
                                        else "—")
        self.fields["reason"].setText(w.reject_reason or "—")
        if w.flags:
            lines = []
            for flag in w.flags:
                c = FLAG_COLOURS.get(flag.code, "#475467")
                pale = f"#1c{c[1:]}"  # Qt reads eight hex digits as #AARRGGBB
                lines.append(f'<span style="color:{c}; background-color:{pale}"><b>&nbsp;{flag_label(flag)}&nbsp;</b>'
                             f'</span>&nbsp; {flag_explanation(flag)}')
            if any(f.code == "large" for f in w.flags):
                lines.append(fill(self.tr("Review threshold %1; above %2 a finance manager gives a second approval."),
                                  yuan(detail.review_above_fen), yuan(detail.second_approval_above_fen)))
            self.flags_text.setText("<br>".join(lines))
        else:
            self.flags_text.setText(self.tr("No rule flagged this request; it was paid automatically."))
        self.balances["available"].setText(yuan(detail.available_fen))
        self.balances["frozen"].setText(yuan(detail.frozen_fen))
        self.balances["balance"].setText(yuan(detail.balance_fen))
        self.activity.clear()
        own = f"customer:{w.customer_ref}:"  # the customer's own accounts read with the name the server gave

        def account(code: str) -> str:
            return account_label(code, w.customer_name if code.startswith(own) else None)

        for t in detail.recent_transfers:
            item = QTreeWidgetItem([local_time(t.created_at), kind_label(t.kind), yuan(t.amount_fen),
                                    account(t.debit_account), account(t.credit_account),
                                    transfer_state_label(t.state)])
            for column in range(6):
                item.setToolTip(column, item.text(column))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.activity.addTopLevelItem(item)
        allowed = set(detail.allowed_actions)
        self.approve_button.setEnabled("approve" in allowed)
        self.reject_button.setEnabled("reject" in allowed)
        note = ""
        if detail.linked_to_you:
            note = self.tr("You are linked to this customer's account: separation of duties does not let you "
                           "approve or reject its withdrawals.")
        elif w.state == "pending_second_approval" and "approve" not in allowed:
            note = fill(self.tr("Approved first by %1; waits for a finance manager's second approval."),
                        detail.first_approver_name or w.first_approver or "")
        elif detail.second_approval_if_approved and "approve" in allowed:
            note = fill(self.tr("Above %1: your approval sends it to a finance manager for the second approval."),
                        yuan(detail.second_approval_above_fen))
        self.note.setText(note)
        self.note.setVisible(bool(note))

    # --- decisions -------------------------------------------------------------------------------

    def approve(self) -> None:
        if self.detail is None:
            return
        w, detail = self.detail.row, self.detail
        if detail.second_approval_if_approved:
            consequence = fill(self.tr("The amount is above %1: after your approval a finance manager gives the "
                                       "second approval, and only then does the money leave."),
                               yuan(detail.second_approval_above_fen))
        else:
            consequence = self.tr("The money leaves for the customer's bank card at once; this cannot be undone.")
        # What happens first, the question last: a confirmation ends with its question (？ in Chinese).
        text = consequence + "\n\n" + fill(self.tr("Approve withdrawal %1: %2 to bank card %3 of %4?"), w.number,
                                             yuan(w.amount_fen), w.bank_card, customer_of(w))
        answer = QMessageBox.question(self, self.tr("Approve withdrawal"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, withdrawal_id, version = self.service, w.id, w.version
        what = fill(self.tr("Approve withdrawal %1: %2 to %3"), w.number, yuan(w.amount_fen), w.bank_card)
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._run(
            lambda: service.approve(withdrawal_id, version, token)))

    def reject(self) -> None:
        if self.detail is None:
            return
        w = self.detail.row
        summary = fill(self.tr("Reject withdrawal %1 of %2 to bank card %3 of %4. The money becomes available to "
                               "the customer again; the customer sees the reason."),
                       w.number, yuan(w.amount_fen), w.bank_card, customer_of(w))
        dialog = ReasonDialog(self.tr("Reject withdrawal"), summary, self.common_reasons(), self)
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, withdrawal_id, version, reason = self.service, w.id, w.version, dialog.reason()
        self._run(lambda: service.reject(withdrawal_id, version, reason))

    def common_reasons(self) -> list[str]:
        return [self.tr("Bank card holder differs from the account holder"),
                self.tr("Bank card cannot receive payments"), self.tr("Suspected fraud or account takeover"),
                self.tr("Money from a recharge not yet cleared by the bank"), self.tr("Customer asked to cancel"),
                self.tr("Other")]

    def _run(self, call) -> None:
        self._busy(True)
        self.runner.run(call, done=self._acted, failed=self._refused, owner=self)

    def _busy(self, busy: bool) -> None:
        for button in (self.approve_button, self.reject_button, self.batch_approve_button, self.batch_reject_button):
            button.setEnabled(not busy and button.isEnabled())
        if busy:
            self.message.setText(self.tr("Sending…"))

    def _acted(self, detail: WithdrawalDetail) -> None:
        self._show_detail(detail)
        self.message.setText(fill(self.tr("Done: %1 is now “%2”."), detail.row.number, state_label(detail.row)))
        self.session.changes.changed.emit(KIND, frozenset({detail.row.id}))

    def _refused(self, error) -> None:
        current = current_of(error)
        if current is not None:
            # Someone else acted first: show the request as it is now.
            self.message.setText(fill(self.tr("Someone else acted first: %1 is now “%2”."), current.number,
                                      state_label(current)))
            self.session.changes.changed.emit(KIND, frozenset({current.id}))
            self.load_detail(current.id)
            return
        self.message.setText(describe(error))
        if self.detail is not None:
            self._show_detail(self.detail)
        self._update_batch()

    # --- several at once -------------------------------------------------------------------------

    def _open_selected(self) -> list[WithdrawalRow]:
        return [r for r in self.selected_rows() if r.state in OPEN]

    def batch_approve(self) -> None:
        rows = self._open_selected()
        if not rows:
            return
        total = yuan(sum(r.amount_fen for r in rows))
        text = self.tr("Each is approved on its own: small ones leave for the bank at once, those above the second "
                       "threshold go to a finance manager, and any that someone else changed meanwhile are refused "
                       "and listed.") + "\n\n" + fill(self.tr("Approve %1 withdrawals, %2 in all?"), len(rows), total)
        answer = QMessageBox.question(self, self.tr("Approve withdrawals"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, items = self.service, [(r.id, r.version) for r in rows]
        what = fill(self.tr("Approve %1 withdrawals, %2 in all"), len(rows), total)
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self, then=lambda token: self._run_batch(
            lambda: service.batch_approve(items, token)))

    def batch_reject(self) -> None:
        rows = self._open_selected()
        if not rows:
            return
        numbers = self.tr(", ").join(r.number for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        summary = fill(self.tr("Reject %1 withdrawals, %2 in all: %3. The money becomes available to the customers "
                               "again; they see the reason."), len(rows), yuan(sum(r.amount_fen for r in rows)), numbers)
        dialog = ReasonDialog(self.tr("Reject withdrawals"), summary, self.common_reasons(), self)
        self.last_dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        service, items, reason = self.service, [(r.id, r.version) for r in rows], dialog.reason()
        self._run_batch(lambda: service.batch_reject(items, reason))

    def _run_batch(self, call) -> None:
        self._busy(True)
        self.runner.run(call, done=self._batch_done, failed=self._refused, owner=self)

    def _batch_done(self, outcomes) -> None:
        done = [o for o in outcomes if o.ok]
        refused = [o for o in outcomes if not o.ok]
        text = fill(self.tr("%1 done, %2 refused."), len(done), len(refused))
        if refused:
            first = refused[0]
            reason = describe(errors.from_problem(409 if first.code in ("stale_version", "invalid_transition") else 403,
                                                  {"code": first.code, "detail": first.detail}))
            text += " " + reason
        self.message.setText(text)
        self.session.changes.changed.emit(KIND, frozenset(o.id for o in outcomes))

    # --- keeping up to date ----------------------------------------------------------------------

    def _data_changed(self, kind: str, _ids) -> None:
        if kind == KIND:
            self.refresh()

    def refresh(self) -> None:
        """Asks the server again: the queue with the current filters, the counts and the open request."""
        self.load()
        if self.detail is not None:
            self.load_detail(self.detail.row.id)
