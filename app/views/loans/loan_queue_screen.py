"""贷款审核 Loan review: the queue (mine, the team's, all), filtered and sorted on the server and paged as
the user scrolls, with the selected application's file beside it."""

import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from app.models.paged_table import Column, PagedTableModel
from app.models.records import parse_time
from app.services.formatting import clock_now, day_start_utc, fen_from_yuan_text, local_time, number, rate_text, today_shanghai, yuan
from app.services.language import current_is_chinese, finding_text
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.settings import AppSettings
from app.services.tasks import TaskRunner
from app.views.common.dense_table import dense_table
from app.views.common.list_export import ListExport
from app.views.loans.loan_actions import (actor_label, common_reasons, event_label, grade_label, method_label,
                                         rule_label)
from app.views.common.reason_dialog import ReasonDialog
from app.views.common.state_badge import LOAN_STATES, BadgeDelegate, state_label
from app.views.common.table_preferences import ColumnChooser, SavedFilters

STATE_COLUMN = 8


def queue_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("LoanQueueScreen", "Application"), lambda r: r.number, "number", mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Borrower"), lambda r: r.borrower_name, "borrower"),
        Column(QCoreApplication.translate("LoanQueueScreen", "Amount"), lambda r: yuan(r.amount_fen), "amount",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Term"),
               lambda r: fill(QCoreApplication.translate("LoanQueueScreen", "%1 months"), r.term_months),
               "term", right=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Annual rate"), lambda r: rate_text(r.annual_rate), "rate",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Repayment"), lambda r: method_label(r.method)),
        Column(QCoreApplication.translate("LoanQueueScreen", "Score"),
               lambda r: str(r.risk_score) if r.risk_score is not None else "—", "score",
               right=True, mono=True),
        Column(QCoreApplication.translate("LoanQueueScreen", "Grade"), lambda r: grade_label(r.risk_grade), "grade"),
        Column(QCoreApplication.translate("LoanQueueScreen", "State"), lambda r: state_label(r.state), "state"),
        Column(QCoreApplication.translate("LoanQueueScreen", "Submitted"), lambda r: local_time(r.submitted_at),
               "submitted_at", mono=True),
    ]
    return PagedTableModel(columns, fetch_page, runner, "-submitted_at", parent)


class LoanQueueScreen(QWidget):
    open_requested = Signal(str, str, object)  # tab key, title, a function that makes the tab's widget

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None, settings: AppSettings | None = None):
        """`settings`: where columns and saved filters are kept for the user; None keeps nothing."""
        super().__init__(parent)
        self.session, self.runner = session, runner
        self._file_id: int | None = None  # the application whose file shows beside the list
        self.reviewer = session.me.can("loan.review.first", "loan.review.second")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("queueScope")
        if self.reviewer:
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
            self.grade.addItem(grade_label(grade), grade)
        self.period = QComboBox()
        self.period.setObjectName("queuePeriod")
        for days, text in ((0, self.tr("Any time")), (1, self.tr("Submitted today")), (7, self.tr("Last 7 days")),
                           (30, self.tr("Last 30 days")), (90, self.tr("Last 90 days"))):
            self.period.addItem(text, days)
        self.amount_min = QLineEdit(placeholderText=self.tr("Amount from (yuan)"))
        self.amount_max = QLineEdit(placeholderText=self.tr("to"))
        self.search = QLineEdit(placeholderText=self.tr("Application number or borrower"))
        self.search.setObjectName("queueSearch")
        go = QPushButton(self.tr("Search"))
        go.setDefault(True)
        clear = QPushButton(self.tr("Clear"))
        username = session.me.username
        self.saved_filters = SavedFilters(settings, username, "loan_queue", self.filter_values, self.set_filter_values)
        self.export_button = QPushButton(self.tr("Export…"))
        for widget, stretch in ((self.scope, 0), (self.state, 0), (self.grade, 0), (self.period, 0), (self.amount_min, 1),
                                (self.amount_max, 1), (self.search, 2), (go, 0), (clear, 0)):
            bar.addWidget(widget, stretch)
        for field in (self.amount_min, self.amount_max, self.search):
            field.returnPressed.connect(self.apply_filters)
            # never narrower than its hint ("Amount fr…" was seen in English)
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        for combo in (self.scope, self.state, self.grade, self.period):
            combo.currentIndexChanged.connect(self.apply_filters)
        go.clicked.connect(self.apply_filters)
        clear.clicked.connect(self._clear)
        layout.addLayout(bar)

        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        self.count.setProperty("role", "muted")
        self.count.setWordWrap(True)  # the counts by state wrap rather than widen the window or get cut off
        self.notice = QLabel()  # the outcome of the last batch action, on a line of its own until the next one
        self.notice.setObjectName("queueNotice")
        self.notice.setWordWrap(True)
        bold = self.notice.font()
        bold.setBold(True)
        self.notice.setFont(bold)
        self.reject_button = QPushButton(self.tr("Reject selected…"))
        self.return_button = QPushButton(self.tr("Return selected…"))
        self.reject_button.clicked.connect(lambda: self.confirm_batch("reject"))
        self.return_button.clicked.connect(lambda: self.confirm_batch("return"))
        status.addWidget(self.count, 1)
        for button in (self.return_button, self.reject_button):
            button.setVisible(self.reviewer)
            status.addWidget(button)
        status.addWidget(self.saved_filters)  # beside the list's own actions, so the filter bar keeps room for its hints
        status.addWidget(self.export_button)
        layout.addLayout(status)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.model = queue_model(session.api.loan_queue, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count.setText(describe(error)))
        self.exporter = ListExport(self, runner, self.model, session.api.loan_queue, "loan-applications",
                                   self.tr("Loan applications"))
        self.exporter.running.connect(lambda busy: self.export_button.setEnabled(not busy))
        self.exporter.finished.connect(self.count.setText)
        self.export_button.clicked.connect(self.exporter.choose)
        self.table = dense_table(self.model, "queueTable", (170, 120, 130, 80, 90, 110, 60, 50, 96),
                                 sort=(9, Qt.SortOrder.DescendingOrder), multi=True)
        self.columns = ColumnChooser(self.table, settings, username, "loan_queue")
        self._sort_from_header()
        self.table.setItemDelegateForColumn(STATE_COLUMN, BadgeDelegate(
            lambda index: self.model.record(index.row()).state, self.table))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.open_file(current.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_batch_buttons)
        self.model.modelReset.connect(self._update_batch_buttons)
        self.table.activated.connect(lambda index: self.open_application(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu_requested)
        self.row_menu: QMenu | None = None
        QShortcut(QKeySequence.StandardKey.Copy, self.table, activated=self._copy_cell)
        self.file = QTextBrowser()
        self.file.setObjectName("applicationFile")
        self.file.setPlaceholderText(self.tr("Select an application to read its file."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.file)
        splitter.setSizes([460, 260])
        layout.addWidget(splitter, 1)
        self._batch_running = False
        self._update_batch_buttons()
        session.changes.changed.connect(self._data_changed)
        self.apply_filters()

    def _sort_from_header(self) -> None:
        """The model asks the server in the order the (possibly restored) header shows."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        key = self.model.columns[section].sort_key if 0 <= section < len(self.model.columns) else None
        if key:
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self.model.sort_key = f"-{key}" if descending else key

    def _data_changed(self, kind: str, ids) -> None:
        if kind == "loan_application":
            self.apply_filters()
            if self._file_id is not None and (not ids or self._file_id in ids):
                self._load_file(self._file_id)  # the file beside the list shows the new state too

    def filters(self) -> dict:
        return {"scope": self.scope.currentData(), "state": [self.state.currentData()] if self.state.currentData() else [],
                "grade": [self.grade.currentData()] if self.grade.currentData() else [],
                "amount_min_fen": fen_from_yuan_text(self.amount_min.text()),
                "amount_max_fen": fen_from_yuan_text(self.amount_max.text()), "q": self.search.text().strip(),
                "submitted_from": self._period_start()}

    def _period_start(self) -> str | None:
        """The start of the chosen period in whole local days (today counts as the first)."""
        days = self.period.currentData()
        return day_start_utc(today_shanghai(), 1 - days) if days else None

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
        for combo in (self.state, self.grade, self.period):
            combo.setCurrentIndex(0)

    def filter_values(self) -> dict:
        """What the filter widgets hold, as saved filters keep it."""
        return {"scope": self.scope.currentData(), "state": self.state.currentData(),
                "grade": self.grade.currentData(), "period": self.period.currentData(), "amount_min": self.amount_min.text(),
                "amount_max": self.amount_max.text(), "search": self.search.text()}

    def set_filter_values(self, values: dict) -> None:
        """Puts saved values back into the widgets and asks the server once."""
        for combo, key in ((self.scope, "scope"), (self.state, "state"), (self.grade, "grade"), (self.period, "period")):
            index = combo.findData(values.get(key, combo.itemData(0)))
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        for field, key in ((self.amount_min, "amount_min"), (self.amount_max, "amount_max"), (self.search, "search")):
            field.setText(str(values.get(key, "")))
        self.apply_filters()

    def _counts(self, counts: dict) -> None:
        self._state_counts = counts
        self._loaded(self.model.total) if self.model.rows or self.model.total else None

    def _loaded(self, total: int) -> None:
        self._fit_columns()
        if not total:
            mine = self.scope.currentData() == "mine"
            self.count.setText(self.tr("No applications wait for you.") if mine
                               else self.tr("No applications match these filters."))
            return
        parts = [fill(self.tr("%1 applications · as of %2"), number(total), clock_now())]
        counts = getattr(self, "_state_counts", {})
        parts += [f"{state_label(code)} {number(counts[code])}" for code in LOAN_STATES if counts.get(code)]
        self.count.setText(" · ".join(parts))

    def _fit_columns(self) -> None:
        """Widens (never narrows) each column to its header and the rows loaded, so that no state, repayment
        method or header is cut short ("Equal …", "Second rev…")."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if not self.table.isColumnHidden(column):
                needed = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
                if needed > self.table.columnWidth(column):
                    self.table.setColumnWidth(column, needed)

    def export(self, path: str):
        """Writes every row of the current filter and sort to `path` (Excel for .xlsx, otherwise CSV)."""
        self.export_task = self.exporter.export(path)
        return self.export_task

    # --- batch reject / return ---------------------------------------------------------------------

    def selected_records(self) -> list:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [record for record in map(self.model.record, rows) if record is not None]

    def _update_batch_buttons(self, *_args) -> None:
        enabled = self.reviewer and not self._batch_running and bool(self.table.selectionModel().selectedRows())
        for button in (self.reject_button, self.return_button):
            button.setEnabled(enabled)

    def _batch_summary(self, action: str, records: list) -> str:
        shown = ("、" if current_is_chinese() else ", ").join(r.number for r in records[:10])
        if len(records) > 10:
            shown += fill(self.tr(" and %1 more"), number(len(records) - 10))
        if len(records) == 1:
            text = (self.tr("Reject application %1?") if action == "reject"
                    else self.tr("Return application %1 to the applicant for more material?"))
            return fill(text, shown)
        text = (self.tr("Reject %1 applications: %2?") if action == "reject"
                else self.tr("Return %1 applications to their applicants for more material: %2?"))
        return fill(text, number(len(records)), shown)

    def confirm_batch(self, action: str) -> ReasonDialog | None:
        """Asks for the reason, repeating what will happen and to which applications; runs on OK."""
        records = self.selected_records()
        if not records or not self.reviewer or self._batch_running:
            return None
        title = self.tr("Reject applications") if action == "reject" else self.tr("Return applications")
        dialog = ReasonDialog(title, self._batch_summary(action, records), common_reasons(action), self)
        dialog.ok_button.setText(self.tr("Reject") if action == "reject" else self.tr("Return"))
        dialog.accepted.connect(lambda: self.run_batch(action, dialog.reason(), records))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def run_batch(self, action: str, reason: str, records: list | None = None):
        """Rejects or returns `records` (the selection by default) with one reason, in the background."""
        records = self.selected_records() if records is None else records
        if not records or not reason.strip():
            return None
        numbers = {r.id: r.number for r in records}
        items = [(r.id, r.version) for r in records]
        api = self.session.api
        self._batch_running = True
        self._update_batch_buttons()
        self._show_notice(self.tr("Working…"))

        def failed(error):
            self._batch_finished()
            self._show_notice(describe(error), error=True)

        return self.runner.run(lambda: api.loan_batch(action, items, reason),
                               done=lambda outcomes: self._batch_done(action, outcomes, numbers),
                               failed=failed, owner=self)

    def _batch_finished(self) -> None:
        self._batch_running = False
        self._update_batch_buttons()

    def _batch_done(self, action: str, outcomes: list, numbers: dict) -> None:
        self._batch_finished()
        succeeded = sum(1 for outcome in outcomes if outcome.ok)
        refused = [outcome for outcome in outcomes if not outcome.ok]
        done = self.tr("%1 rejected") if action == "reject" else self.tr("%1 returned")
        text = fill(done, number(succeeded))
        if refused:
            reasons = ("；" if current_is_chinese() else "; ").join(
                f"{numbers.get(o.id, o.id)} — {self._refusal(o)}" for o in refused)
            text += fill(self.tr("; %1 refused: %2"), number(len(refused)), reasons)
        self._show_notice(text, error=bool(refused))
        # the refused ones too: a refusal usually means this list shows them out of date
        self.session.changes.loans(*numbers)

    def _refusal(self, outcome) -> str:
        known = {"invalid_transition": self.tr("its state does not allow this"),
                 "stale_version": self.tr("someone else changed it first"),
                 "separation_of_duties": self.tr("you did its first review"),
                 "permission_denied": self.tr("you do not have the permission"),
                 "application_not_found": self.tr("it no longer exists")}
        return known.get(outcome.code or "") or outcome.detail or outcome.code or ""

    def _show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setVisible(bool(text))
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.setProperty("role", "error" if error else "")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    # --- the row's menu ----------------------------------------------------------------------------

    def _row_menu_requested(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        selection = self.table.selectionModel()
        if not selection.isRowSelected(index.row()):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        self.make_row_menu(index.row()).popup(self.table.viewport().mapToGlobal(pos))

    def make_row_menu(self, row: int) -> QMenu:
        """Open, copy the application numbers, and the batch actions for the selection."""
        if self.row_menu is not None:
            self.row_menu.deleteLater()
        menu = self.row_menu = QMenu(self.table)
        menu.addAction(self.tr("Open"), lambda: self.open_application(row)).setShortcut(QKeySequence(Qt.Key.Key_Enter))
        menu.addAction(self.tr("Copy application number"), lambda: self.copy_numbers(row))
        if self.reviewer:
            menu.addSeparator()
            for action, text in (("return", self.tr("Return selected…")), ("reject", self.tr("Reject selected…"))):
                item = menu.addAction(text, lambda *_, a=action: self.confirm_batch(a))
                item.setEnabled(not self._batch_running and bool(self.selected_records()))
        return menu

    def copy_numbers(self, row: int) -> None:
        """The selected applications' numbers, one a line (or the row's own, when it is not selected)."""
        records = self.selected_records()
        record = self.model.record(row)
        if record is not None and record not in records:
            records = [record]
        if records:
            QGuiApplication.clipboard().setText("\n".join(r.number for r in records))

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
        order = [(r.id, r.number) for r in self.model.rows if r is not None]  # the queue as it is now

        def next_of(app_id: int):
            ids = [i for i, _n in order]
            return order[ids.index(app_id) + 1] if app_id in ids and ids.index(app_id) + 1 < len(order) else None

        def make():
            from app.views.loans.application_view import ApplicationView

            return ApplicationView(session, runner, record.id, record.number, next_of=next_of)

        self.open_requested.emit(f"loan:{record.id}", record.number, make)

    def open_file(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self._load_file(record.id)

    def _load_file(self, app_id: int) -> None:
        self._file_id, api = app_id, self.session.api
        self.runner.run(lambda: api.loan_file(app_id), done=self._show_file,
                        failed=lambda error: self.file.setPlainText(describe(error)), owner=self)

    def _show_file(self, f) -> None:
        if f.row.id != self._file_id:
            return  # the user moved on to another application meanwhile
        r, b, e = f.row, f.borrower, html.escape
        kind = self.tr("company") if b["kind"] == "company" else self.tr("person")
        borrower = fill(self.tr("%1 (%2) · ID number %3 · phone %4"), b["name"], kind, b["id_number"] or "—",
                        b["phone"] or "—")
        income = fill(self.tr("%1 a month · repays debts of %2 a month · overdue %3 times, longest %4 days"),
                      yuan(b["monthly_income_fen"]), yuan(b["monthly_debt_payments_fen"]), number(b["overdue_count"]),
                      number(b["longest_overdue_days"]))
        terms = " · ".join([fill(self.tr("%1 months"), r.term_months), rate_text(r.annual_rate), method_label(r.method)]
                           + ([f.purpose] if f.purpose else []))
        score = fill(self.tr("Score %1 · grade %2"), f.risk.get("score") if f.risk.get("score") is not None else "—",
                     grade_label(f.risk.get("grade")))
        rows = [f"<h3>{e(r.number)} · {e(state_label(r.state))} · {e(yuan(r.amount_fen))}</h3>",
                "<table cellspacing=6>"]
        for title, value in ((self.tr("Borrower"), borrower), (self.tr("Income"), income), (self.tr("Terms"), terms),
                             (self.tr("Risk"), score)):
            rows.append(f"<tr><td><b>{e(title)}</b></td><td>{e(value)}</td></tr>")
        rows.append("</table>")
        hits = f.risk.get("hits") or []
        if hits:
            rows.append("<ul>")
            for hit in hits:
                open_block = hit["blocking"] and hit["rule"] in f.risk.get("unresolved_blocks", [])
                colour = "#b42318" if open_block else "#475467"
                kind = self.tr("blocking") if hit["blocking"] else self.tr("warning")
                line = fill(self.tr("%1 (%2): %3"), rule_label(hit), kind, finding_text(hit))
                rows.append(f'<li style="color:{colour}">{e(line)}</li>')
            rows.append("</ul>")
        if f.timeline:
            timeline = e(self.tr("Timeline"))  # outside the f-string, where lupdate finds it
            rows.append(f"<p><b>{timeline}</b></p><ul>")
            for event in f.timeline:
                line = " · ".join([local_time(parse_time(event["at"])), actor_label(event), event_label(event["action"])])
                if event["comment"]:
                    line += " — " + event["comment"]
                rows.append(f"<li>{e(line)}</li>")
            rows.append("</ul>")
        self.file.setHtml("".join(rows))
