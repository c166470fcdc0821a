"""贷款审核 Loan review: the queue (mine, the team's, all), filtered and sorted on the server and paged as
the user scrolls, with the selected application's file beside it."""

import html

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressDialog, QPushButton, QSplitter, QTableView, QTextBrowser,
                               QVBoxLayout, QWidget)

from app.models.paged_table import Column, PagedTableModel
from app.models.records import parse_time
from app.services.exports import export_csv
from app.services.formatting import local_time, number, yuan
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.state_badge import LOAN_STATES, BadgeDelegate, state_label

METHODS = {"equal_installment": ("等额本息", "Equal installments"), "equal_principal": ("等额本金", "Equal principal"),
           "interest_only": ("先息后本", "Interest-only"), "bullet": ("到期还本付息", "Bullet")}
STATE_COLUMN = 8


def method_label(method: str) -> str:
    zh, en = METHODS.get(method, (method, method))
    return zh if current_is_chinese() else en


def rate_text(rate: str) -> str:
    """'0.096000' -> '9.60%' without a float."""
    whole, _, frac = rate.partition(".")
    basis = int(whole) * 10000 + int((frac + "0000")[:4])  # in 0.01 %
    return f"{basis // 100}.{basis % 100:02d}%"


def fen_from_yuan_text(text: str) -> int | None:
    """'50,000' or '50000.5' -> fen; None when empty or not a number."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    whole, _, frac = text.partition(".")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    return int(whole) * 100 + int((frac + "00")[:2])


def queue_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("LoanQueueScreen", "Application"), lambda r: r.number, "number", mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Borrower"), lambda r: r.borrower_name, "borrower"),
        Column(QCoreApplication.translate("LoanQueueScreen", "Amount"), lambda r: yuan(r.amount_fen), "amount",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Term"),
               lambda r: QCoreApplication.translate("LoanQueueScreen", "{0} months").replace("{0}", str(r.term_months)),
               "term", right=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Annual rate"), lambda r: rate_text(r.annual_rate), "rate",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Repayment"), lambda r: method_label(r.method)),
        Column(QCoreApplication.translate("LoanQueueScreen", "Score"), lambda r: str(r.risk_score or ""), "score",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Grade"), lambda r: r.risk_grade or "", "grade"),
        Column(QCoreApplication.translate("LoanQueueScreen", "State"), lambda r: state_label(r.state), "state"),
        Column(QCoreApplication.translate("LoanQueueScreen", "Submitted"), lambda r: local_time(r.submitted_at),
               "submitted_at", mono=True),
    ]
    return PagedTableModel(columns, fetch_page, runner, "-submitted_at", parent)


class LoanQueueScreen(QWidget):
    open_requested = Signal(str, str, object)  # tab key, title, a function that makes the tab's widget

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("queueScope")
        reviewer = session.me.can("loan.review.first", "loan.review.second")
        if reviewer:
            self.scope.addItem(self.tr("My queue"), "mine")
            self.scope.addItem(self.tr("Team queue"), "team")
        self.scope.addItem(self.tr("All applications"), "all")
        self.state = QComboBox()
        self.state.setObjectName("queueState")
        self.state.addItem(self.tr("All states"), "")
        for code in LOAN_STATES:
            self.state.addItem(state_label(code), code)
        self.grade = QComboBox()
        self.grade.addItem(self.tr("All grades"), "")
        for grade in ("A", "B", "C", "D", "E", "HR"):
            self.grade.addItem(grade, grade)
        self.amount_min = QLineEdit(placeholderText=self.tr("Amount from (yuan)"))
        self.amount_max = QLineEdit(placeholderText=self.tr("to"))
        self.search = QLineEdit(placeholderText=self.tr("Application number or borrower"))
        self.search.setObjectName("queueSearch")
        go = QPushButton(self.tr("Search"))
        go.setDefault(True)
        clear = QPushButton(self.tr("Clear"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._choose_export)
        for widget, stretch in ((self.scope, 0), (self.state, 0), (self.grade, 0), (self.amount_min, 1),
                                (self.amount_max, 1), (self.search, 2), (go, 0), (clear, 0), (self.export_button, 0)):
            bar.addWidget(widget, stretch)
        for field in (self.amount_min, self.amount_max, self.search):
            field.returnPressed.connect(self.apply_filters)
        for combo in (self.scope, self.state, self.grade):
            combo.currentIndexChanged.connect(self.apply_filters)
        go.clicked.connect(self.apply_filters)
        clear.clicked.connect(self._clear)
        layout.addLayout(bar)
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        self.count.setProperty("role", "muted")
        layout.addWidget(self.count)

        self.model = queue_model(session.api.loan_queue, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count.setText(describe(error)))
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(9, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 120, 130, 80, 90, 110, 60, 50, 96)):
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(STATE_COLUMN, BadgeDelegate(
            lambda index: self.model.record(index.row()).state, self.table))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.open_file(current.row()))
        self.table.activated.connect(lambda index: self.open_application(index.row()))
        QShortcut(QKeySequence.StandardKey.Copy, self.table, activated=self._copy_cell)
        self.file = QTextBrowser()
        self.file.setObjectName("applicationFile")
        self.file.setPlaceholderText(self.tr("Select an application to read its file."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.file)
        splitter.setSizes([460, 260])
        layout.addWidget(splitter, 1)
        session.changes.changed.connect(self._data_changed)
        self.apply_filters()

    def _data_changed(self, kind: str, _ids) -> None:
        if kind == "loan_application":
            self.apply_filters()

    def filters(self) -> dict:
        return {"scope": self.scope.currentData(), "state": [self.state.currentData()] if self.state.currentData() else [],
                "grade": [self.grade.currentData()] if self.grade.currentData() else [],
                "amount_min_fen": fen_from_yuan_text(self.amount_min.text()),
                "amount_max_fen": fen_from_yuan_text(self.amount_max.text()), "q": self.search.text().strip()}

    def apply_filters(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload(self.filters())
        api, scope = self.session.api, self.scope.currentData()
        self.runner.run(lambda: api.loan_counts(scope), done=self._counts, failed=lambda error: None, owner=self)

    def refresh(self) -> None:
        self.apply_filters()

    def _clear(self) -> None:
        for field in (self.amount_min, self.amount_max, self.search):
            field.clear()
        self.state.setCurrentIndex(0)
        self.grade.setCurrentIndex(0)

    def _counts(self, counts: dict) -> None:
        self._state_counts = counts
        self._loaded(self.model.total) if self.model.rows or self.model.total else None

    def _loaded(self, total: int) -> None:
        if not total:
            mine = self.scope.currentData() == "mine"
            self.count.setText(self.tr("No applications wait for you.") if mine
                               else self.tr("No applications match these filters."))
            return
        parts = [self.tr("{0} applications · as of {1}").replace("{0}", number(total))
                 .replace("{1}", QTime.currentTime().toString("HH:mm"))]
        counts = getattr(self, "_state_counts", {})
        parts += [f"{state_label(code)} {number(counts[code])}" for code in LOAN_STATES if counts.get(code)]
        self.count.setText(" · ".join(parts))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the list"), "loan-applications.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str):
        """Writes every row of the current filter and sort to `path`, in the background, with progress."""
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Export the list"))
        progress.setMinimumDuration(500)
        self.export_button.setEnabled(False)
        model, api = self.model, self.session.api

        def finish(message: str):
            progress.close()
            self.export_button.setEnabled(True)
            self.count.setText(message)

        def update(done: int, total: int):
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        task = self.runner.run(
            lambda t: export_csv(t, api.loan_queue, dict(model.filters), model.sort_key, model.columns, path),
            done=lambda rows: finish(self.tr("{0} rows exported to {1}").replace("{0}", number(rows))
                                     .replace("{1}", path)),
            failed=lambda error: finish(describe(error)), progress=update, with_progress=True, owner=self)
        progress.canceled.connect(task.cancel)
        self.export_task = task
        return task

    def _copy_cell(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            QGuiApplication.clipboard().setText(str(self.model.data(index)))

    def open_application(self, row: int) -> None:
        """Enter or double-click: the application in its own tab (the main window reuses an open one)."""
        record = self.model.record(row)
        if record is None:
            return
        session, runner = self.session, self.runner

        def make():
            from app.views.application_view import ApplicationView

            return ApplicationView(session, runner, record.id, record.number)

        self.open_requested.emit(f"loan:{record.id}", record.number, make)

    def open_file(self, row: int) -> None:
        record = self.model.record(row)
        if record is None:
            return
        api = self.session.api
        self.runner.run(lambda: api.loan_file(record.id), done=self._show_file,
                        failed=lambda error: self.file.setPlainText(describe(error)), owner=self)

    def _show_file(self, f) -> None:
        zh, r, b, e = current_is_chinese(), f.row, f.borrower, html.escape
        label = {"borrower": self.tr("Borrower"), "id": self.tr("ID number"), "phone": self.tr("Phone"),
                 "income": self.tr("Income"), "month": self.tr("month"), "debts": self.tr("Debt payments"),
                 "overdue": self.tr("Overdue history"), "days": self.tr("days"), "terms": self.tr("Terms"),
                 "months": self.tr("{0} months").replace("{0}", str(r.term_months)), "risk": self.tr("Risk"),
                 "score": self.tr("Score"), "grade": self.tr("Grade"), "blocking": self.tr("blocking"),
                 "warning": self.tr("warning"), "timeline": self.tr("Timeline")}
        label = {k: e(v) for k, v in label.items()}
        rows = [f"<h3>{e(r.number)} · {e(state_label(r.state))} · {e(yuan(r.amount_fen))}</h3>",
                "<table cellspacing=6>",
                f"<tr><td><b>{label['borrower']}</b></td><td>{e(b['name'])} ({e(b['kind'])}) · "
                f"{label['id']} {e(b['id_number'] or '')} · {label['phone']} {e(b['phone'] or '')}</td></tr>",
                f"<tr><td><b>{label['income']}</b></td><td>{e(yuan(b['monthly_income_fen']))} / {label['month']} · "
                f"{label['debts']} {e(yuan(b['monthly_debt_payments_fen']))} · {label['overdue']} "
                f"{b['overdue_count']} / {b['longest_overdue_days']} {label['days']}</td></tr>",
                f"<tr><td><b>{label['terms']}</b></td><td>{label['months']} · {e(rate_text(r.annual_rate))} · "
                f"{e(method_label(r.method))} · {e(f.purpose)}</td></tr>",
                f"<tr><td><b>{label['risk']}</b></td><td>{label['score']} {f.risk.get('score')} · "
                f"{label['grade']} {e(str(f.risk.get('grade')))}</td></tr></table>"]
        hits = f.risk.get("hits") or []
        if hits:
            rows.append("<ul>")
            for hit in hits:
                open_block = hit["blocking"] and hit["rule"] in f.risk.get("unresolved_blocks", [])
                colour = "#b42318" if open_block else "#475467"
                name = hit["label_zh"] if zh else hit["label_en"]
                kind = label["blocking"] if hit["blocking"] else label["warning"]
                rows.append(f'<li style="color:{colour}"><b>{e(name)}</b> ({kind}): {e(hit["finding"])}</li>')
            rows.append("</ul>")
        if f.timeline:
            rows.append(f"<p><b>{label['timeline']}</b></p><ul>")
            for event in f.timeline:
                comment = f" — {e(event['comment'])}" if event["comment"] else ""
                rows.append(f"<li>{e(local_time(parse_time(event['at'])))} · {e(event['actor'])} · "
                            f"{e(event['action'])}{comment}</li>")
            rows.append("</ul>")
        self.file.setHtml("".join(rows))
