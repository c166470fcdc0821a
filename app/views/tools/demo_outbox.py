"""Tools → Demo outbox: on a demo platform, whose SMS and e-mail gateway sends nothing, what would have been sent
(one-time codes, notices), newest first, so that a trainer can read the code a customer would have received. A
real gateway answers 404: the menu item stays hidden and this view says so."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.customer_records import OutboxMessage
from app.services.customers import Customers
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table, widen_to_fit
from app.views.customers.words import CHANNELS, OUTBOX_STATES, ListModel, column, word


class DemoOutbox(QWidget):
    loaded = Signal(bool)  # True: the demo gateway answered; False: this server sends for real

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Customers(session.api)
        self.messages: list[OutboxMessage] | None = None
        self.setObjectName("demoOutbox")
        self.model = ListModel([
            column(self.tr("Created"), lambda m: local_time(m.created_at, seconds=True), mono=True),
            column(self.tr("Channel"), lambda m: word(CHANNELS, m.channel)),
            column(self.tr("To"), lambda m: m.to, mono=True),
            column(self.tr("State"), lambda m: word(OUTBOX_STATES, m.state)),
            column(self.tr("Attempts"), lambda m: number(m.attempts), right=True),
            column(self.tr("Sent"), lambda m: local_time(m.sent_at, seconds=True), mono=True),
            column(self.tr("Text"), lambda m: m.text),
        ], self, identifiers=(2, 6))  # the message text is the platform's own, as sent to the customer
        self.table = dense_table(self.model, "outboxTable", (150, 80, 150, 80, 60, 150, 420))
        self.table.setSortingEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        refresh = QPushButton(icon("refresh-cw"), self.tr("Refresh"))
        refresh.setObjectName("outboxRefresh")
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        service = self.service
        self.status.setText(self.tr("Loading…"))
        self.runner.run(service.outbox, done=self._show, failed=lambda error: self.status.setText(describe(error)),
                        owner=self)

    def _show(self, messages: list[OutboxMessage] | None) -> None:
        self.messages = messages
        if messages is None:
            self.model.set_rows([])
            self.status.setText(self.tr("This server sends text messages and e-mails through a real gateway; there "
                                        "is no demo outbox to show."))
            self.loaded.emit(False)
            return
        self.model.set_rows(messages)
        widen_to_fit(self.table)
        self.status.setText(fill(self.tr("Messages the demo gateway would have sent: %1 · as of %2"),
                                 number(len(messages)), clock_now()))
        self.loaded.emit(True)
