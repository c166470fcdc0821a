"""黑名单 Blacklist: search the list (ID numbers, phones, bank cards, names; masked unless the user may see personal
data) with each entry's reason, source, who added it and when, and whether its removal waits or was decided.
Holders of the blacklist permission add entries, ask for a removal with a reason, approve or reject a removal that
someone else asked for, and import a CSV or Excel file: a dry run first lists every bad line (line, column,
reason); only a file without problems is imported, all of it or nothing. Everyone else reads."""

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from app.models.after_loan_records import BLACKLIST_KINDS, BLACKLIST_SOURCES, BlacklistEntry, ImportResult
from app.services.blacklist import KIND, Blacklist
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.afterloan.record_table import Col, RecordTable
from app.views.afterloan.words import blacklist_kind, blacklist_source, removal_state
from app.views.common.reason_dialog import ReasonDialog

RED, ORANGE, GREEN, GREY = "#b42318", "#b54708", "#1a7f37", "#475467"


class AddEntryDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("blacklistAddDialog")
        self.setWindowTitle(self.tr("Add to the blacklist"))
        self.setMinimumWidth(460)
        self.kind = QComboBox()
        self.kind.setObjectName("entryKind")
        for code in BLACKLIST_KINDS:
            self.kind.addItem(blacklist_kind(code), code)
        self.value = QLineEdit()
        self.value.setObjectName("entryValue")
        self.value.setPlaceholderText(self.tr("As written on the document"))
        self.value.setMaxLength(100)
        self.reason = QLineEdit()
        self.reason.setObjectName("entryReason")
        self.reason.setPlaceholderText(self.tr("Why, e.g. forged income proof"))
        self.reason.setMaxLength(500)
        self.source = QComboBox()
        self.source.setObjectName("entrySource")
        for code in BLACKLIST_SOURCES:
            self.source.addItem(blacklist_source(code), code)
        form = QFormLayout()
        for label, field in ((self.tr("&Kind"), self.kind), (self.tr("&Value"), self.value),
                             (self.tr("&Reason"), self.reason), (self.tr("&Source"), self.source)):
            form.addRow(label, field)
            form.labelForField(field).setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.value, self.reason):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.value.text().strip() and self.reason.text().strip()))

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "value": self.value.text().strip(),
                "reason": self.reason.text().strip(), "source": self.source.currentData()}


class ImportDialog(QDialog):
    """The dry run's answer: how many lines would be added, or every bad line; Import is possible only without
    problems, and then adds all of them."""

    def __init__(self, filename: str, result: ImportResult, parent=None):
        super().__init__(parent)
        self.setObjectName("blacklistImportDialog")
        self.setWindowTitle(self.tr("Import into the blacklist"))
        self.setMinimumSize(620, 380)
        self.result = result
        layout = QVBoxLayout(self)
        name = QLabel(filename)
        name.setProperty("identifier", True)
        layout.addWidget(name)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QTreeWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setRootIsDecorated(False)
        self.problems.setAlternatingRowColors(True)
        self.problems.setHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems.setProperty("identifierColumns", [1])  # the column as the file's header names it
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_result(result)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.problems.clear()
        for p in result.problems:
            self.problems.addTopLevelItem(QTreeWidgetItem([number(p.line) if p.line else self.tr("the file"),
                                                           p.column or "—", p.reason]))
        for column in range(2):
            self.problems.resizeColumnToContents(column)
        self.problems.setVisible(bool(result.problems))
        if result.problems:
            self.summary.setText(fill(self.tr("Problems found: %1. Nothing can be imported until the file is corrected; "
                                              "correct the lines below and choose the file again."),
                                      number(len(result.problems))))
            self.summary.setStyleSheet(f"color:{RED}")
            self.ok_button.setEnabled(False)
            self.ok_button.setText(self.tr("Import"))
        elif result.dry_run:
            self.summary.setText(fill(self.tr("The file is correct: %1 entries will be added (lines already on the "
                                              "list are not added again)."), number(result.added)))
            self.summary.setStyleSheet("")
            self.ok_button.setEnabled(True)
            self.ok_button.setText(fill(self.tr("Import %1 entries"), number(result.added)))
        self.ok_button.setMinimumWidth(self.ok_button.fontMetrics().horizontalAdvance(self.ok_button.text()) + 32)


class BlacklistScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.service = Blacklist(session.api)
        self.can_maintain = session.me.can("loan.blacklist")
        self.entries: list[BlacklistEntry] = []
        self.loaded = False
        self.last_dialog = None
        self.last_import: ImportResult | None = None
        self._asked = 0

        self.search = QLineEdit()
        self.search.setObjectName("blacklistSearch")
        self.search.setPlaceholderText(self.tr("ID number, phone, bank card, name or words of the reason"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 24)
        self.search.returnPressed.connect(self.load)
        self.include_removed = QCheckBox(self.tr("Include removed"))
        self.include_removed.setObjectName("includeRemoved")
        self.include_removed.toggled.connect(lambda _: self.load())
        self.only_pending = QCheckBox(self.tr("Only removals awaiting approval"))
        self.only_pending.setObjectName("onlyPending")
        self.only_pending.toggled.connect(lambda _: self._show(self.entries))
        go = QPushButton(icon("search"), self.tr("Search"))
        go.clicked.connect(self.load)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(go)
        bar.addWidget(self.include_removed)
        bar.addWidget(self.only_pending)

        colours = {"pending": ORANGE, "approved": GREY, "rejected": None}
        self.table = RecordTable("blacklistTable", [
            Col(self.tr("Kind"), lambda e: blacklist_kind(e.kind)),
            Col(self.tr("Value"), lambda e: e.value, mono=True),
            Col(self.tr("Reason"), lambda e: e.reason),
            Col(self.tr("Removal"), self._removal_text, tip=self._removal_tip),
            Col(self.tr("Source"), lambda e: blacklist_source(e.source)),
            Col(self.tr("Added by"), lambda e: e.added_by_name),
            Col(self.tr("Added"), lambda e: local_time(e.added_at), mono=True),
        ], identifier_columns=(1,), colour=lambda e: colours.get(e.removal.state) if e.removal else None)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.count = QLabel()
        self.count.setObjectName("blacklistCount")
        self.count.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setObjectName("blacklistMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(icon("plus"), self.tr("Add…"))
        self.add_button.setObjectName("blacklistAdd")
        self.add_button.clicked.connect(self.add)
        self.removal_button = QPushButton(self.tr("Request removal…"))
        self.removal_button.setObjectName("requestRemoval")
        self.removal_button.clicked.connect(self.request_removal)
        self.approve_button = QPushButton(icon("check", GREEN), self.tr("Approve removal…"))
        self.approve_button.setObjectName("approveRemoval")
        self.approve_button.clicked.connect(self.approve_removal)
        self.reject_button = QPushButton(icon("ban", RED), self.tr("Reject removal…"))
        self.reject_button.setObjectName("rejectRemoval")
        self.reject_button.clicked.connect(self.reject_removal)
        self.import_button = QPushButton(icon("file-text"), self.tr("Import a file…"))
        self.import_button.setObjectName("blacklistImport")
        self.import_button.clicked.connect(self.choose_file)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        for button in (self.add_button, self.import_button, self.removal_button, self.approve_button,
                       self.reject_button):
            button.setVisible(self.can_maintain)
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        layout.addWidget(self.message)
        session.changes.changed.connect(self._data_changed)
        self._update_buttons()
        self.load()

    def _removal_text(self, e: BlacklistEntry) -> str:
        if e.removal is None:
            return removal_state(None)
        r = e.removal
        if r.state == "pending":
            return fill(self.tr("%1 · asked by %2"), removal_state(r.state), r.requested_by_name)
        return fill(self.tr("%1 by %2 · %3"), removal_state(r.state), r.decided_by_name or "—", local_time(r.decided_at))

    def _removal_tip(self, e: BlacklistEntry) -> str:
        """Who asked and why, and the decision's reason."""
        if e.removal is None:
            return removal_state(None)
        r = e.removal
        text = fill(self.tr("Asked by %1 at %2: %3"), r.requested_by_name, local_time(r.requested_at), r.reason)
        if r.decision_reason:
            text += "\n" + fill(self.tr("Decision: %1"), r.decision_reason)
        return text

    def show_removals(self) -> None:
        """For "work waiting for me": the removals waiting for a decision."""
        self.only_pending.setChecked(True)

    # --- loading -----------------------------------------------------------------------------------

    def load(self) -> None:
        service, q, removed = self.service, self.search.text().strip(), self.include_removed.isChecked()
        self._asked += 1
        asked = self._asked  # only the latest request's answer is shown (an earlier one may arrive late)
        self.runner.run(lambda: service.search(q, removed),
                        done=lambda entries: self._loaded(entries) if asked == self._asked else None,
                        failed=lambda error: self.count.setText(describe(error)), owner=self)

    def refresh(self) -> None:
        self.load()

    def _loaded(self, entries: list[BlacklistEntry]) -> None:
        self.entries = entries
        self._show(entries)
        self.loaded = True

    def _show(self, entries: list[BlacklistEntry]) -> None:
        shown = [e for e in entries if e.pending_removal] if self.only_pending.isChecked() else entries
        self.table.set_records(shown)
        pending = sum(1 for e in entries if e.pending_removal)
        text = fill(self.tr("%1 entries · as of %2"), number(len(shown)), clock_now())
        if pending:
            text += " · " + fill(self.tr("removals awaiting approval: %1"), number(pending))
        self.count.setText(text)
        self._update_buttons()

    def _data_changed(self, kind: str, _ids) -> None:
        if kind == KIND:
            self.load()

    def selected(self) -> BlacklistEntry | None:
        return self.table.current_record()

    def _update_buttons(self) -> None:
        e = self.selected()
        me = self.session.me.username
        self.removal_button.setEnabled(self.can_maintain and e is not None and e.active and not e.pending_removal)
        deciding = self.can_maintain and e is not None and e.pending_removal
        mine = deciding and e.removal.requested_by == me
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(bool(deciding and not mine))
            button.setToolTip(self.tr("Another person decides a removal you asked for.") if mine else "")

    # --- changes -----------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = AddEntryDialog(self)
        service = self.service
        self._when_accepted(dialog, dialog.values, lambda values: service.add(**values),
                            self.tr("Added to the blacklist."))
        self._open(dialog)

    def request_removal(self) -> None:
        e = self.selected()
        if e is None:
            return
        summary = fill(self.tr("Ask for %1 %2 to come off the blacklist (on it because: %3). Another colleague "
                               "approves or rejects it."), blacklist_kind(e.kind), e.value, e.reason)
        dialog = ReasonDialog(self.tr("Request removal"), summary, [
            self.tr("Entered by mistake"), self.tr("Debt settled"), self.tr("Court list no longer names them"),
            self.tr("Other")], self)
        service, entry_id = self.service, e.id
        self._when_accepted(dialog, dialog.reason, lambda reason: service.request_removal(entry_id, reason),
                            self.tr("Removal requested; it waits for a colleague's approval."))
        self._open(dialog)

    def approve_removal(self) -> None:
        e = self.selected()
        if e is None or not e.pending_removal:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Approve removal"),
                          fill(self.tr("%1 asked to remove %2 %3 from the blacklist: %4\n\nTake it off the blacklist?"),
                               e.removal.requested_by_name, blacklist_kind(e.kind), e.value, e.removal.reason),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        service, entry_id = self.service, e.id
        box.accepted.connect(lambda: self._run(lambda: service.approve_removal(entry_id),
                                               self.tr("Removed from the blacklist.")))
        self._open(box)

    def reject_removal(self) -> None:
        e = self.selected()
        if e is None or not e.pending_removal:
            return
        summary = fill(self.tr("Keep %1 %2 on the blacklist; %3 sees the reason."), blacklist_kind(e.kind), e.value,
                       e.removal.requested_by_name)
        dialog = ReasonDialog(self.tr("Reject removal"), summary, [
            self.tr("The reason still holds"), self.tr("Proof missing"), self.tr("Other")], self)
        service, entry_id = self.service, e.id
        self._when_accepted(dialog, dialog.reason, lambda reason: service.reject_removal(entry_id, reason),
                            self.tr("Removal rejected; the entry stays on the blacklist."))
        self._open(dialog)

    # --- import ------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import into the blacklist"), "",
                                              self.tr("Blacklist files (*.csv *.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """A dry run first: the dialog lists every bad line, or offers to import all of them."""
        service = self.service
        self.show_message(self.tr("Checking the file…"), GREY)
        self.runner.run(lambda: service.import_file(path, True), done=lambda r: self._checked(path, r),
                        failed=lambda error: self.show_message(describe(error), RED), owner=self)

    def _checked(self, path: str, result: ImportResult) -> None:
        import os

        self.last_import = result
        self.show_message("", GREY)
        dialog = ImportDialog(os.path.basename(path), result, self)
        dialog.accepted.connect(lambda: self._apply(path))
        self._open(dialog)
        return dialog

    def _apply(self, path: str) -> None:
        service = self.service
        self.show_message(self.tr("Importing…"), GREY)
        self.runner.run(lambda: service.import_file(path, False), done=self._imported,
                        failed=lambda error: self.show_message(describe(error), RED), owner=self)

    def _imported(self, result: ImportResult) -> None:
        self.last_import = result
        if result.problems:
            self.show_message(fill(self.tr("Nothing was imported: problems found: %1 (the file changed since the check)."),
                                   number(len(result.problems))), RED)
            return
        self.show_message(fill(self.tr("%1 entries added to the blacklist."), number(result.added)), GREEN)
        self.session.changes.changed.emit(KIND, frozenset())

    # --- common ------------------------------------------------------------------------------------

    def _when_accepted(self, dialog, read, call, done_text: str) -> None:
        """On OK: what the dialog holds is read at once (on the GUI thread, before the dialog goes), then sent."""
        def accepted():
            value = read()
            self._run(lambda: call(value), done_text)

        dialog.accepted.connect(accepted)

    def _open(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run(self, call, done_text: str) -> None:
        self.show_message(self.tr("Sending…"), GREY)
        self.runner.run(call, done=lambda _r: self._acted(done_text),
                        failed=lambda error: self.show_message(describe(error), RED), owner=self)

    def _acted(self, text: str) -> None:
        self.show_message(text, GREEN)
        self.session.changes.changed.emit(KIND, frozenset())

    def show_message(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color:{colour}")
