"""系统管理 → 数据导入: the go-live import. Download a template, choose the filled file, try it (a dry run listing
every problem by sheet, row, column and reason), then import it with a fresh one-time code, all at once or
nothing. Both run off the GUI thread with progress and a Cancel that stops the work before the file is sent."""

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.models.golive_problems import GoliveProblemsModel
from app.services.golive_import import KIND, GoliveImport, ImportOutcome
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.session.step_up_dialog import StepUpDialog

class GoliveImportPanel(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.golive = GoliveImport(session.api)
        self.path: str | None = None
        self.tried_path: str | None = None  # the file whose dry run found no problem
        self.task = None
        self.last_outcome: ImportOutcome | None = None
        self.last_dialog = None
        self.setObjectName("goliveImportPanel")

        self.kind = QComboBox()
        self.kind.setObjectName("goliveTemplateKind")
        for kind, label in (("customers", self.tr("Customers and bank cards")), ("staff", self.tr("Staff and roles")),
                            ("balances", self.tr("Opening balances")),
                            ("loans", self.tr("Loans in flight, schedules and holdings")),
                            ("blacklist", self.tr("Blacklist"))):
            self.kind.addItem(label, kind)
        self.download = QPushButton(icon("save"), self.tr("&Download template…"))
        self.download.setObjectName("goliveDownload")
        self.download.clicked.connect(self._ask_where_to_save)
        self.choose_button = QPushButton(icon("file-text"), self.tr("&Choose file…"))
        self.choose_button.setObjectName("goliveChoose")
        self.choose_button.clicked.connect(self._ask_which_file)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("goliveFile")
        self.try_button = QPushButton(icon("search"), self.tr("&Try (dry run)"))
        self.try_button.setObjectName("goliveTry")
        self.try_button.clicked.connect(self.try_file)
        self.import_button = QPushButton(icon("file-check"), self.tr("&Import…"))
        self.import_button.setObjectName("goliveImport")
        self.import_button.clicked.connect(self.import_file)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("goliveCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("goliveProgress")
        self.progress.setTextVisible(False)
        self.summary = QLabel(self.tr("Download a template, fill it, choose it and try it: every problem is listed "
                                      "before anything is imported."))
        self.summary.setObjectName("goliveSummary")
        self.summary.setWordWrap(True)
        self.model = GoliveProblemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("goliveProblems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()

        templates = QHBoxLayout()
        templates.addWidget(QLabel(self.tr("Template:")))
        templates.addWidget(self.kind)
        templates.addWidget(self.download)
        templates.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.choose_button, self.file_label):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.try_button, self.import_button, self.cancel_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(templates)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._update()

    # --- what the buttons do --------------------------------------------------------------------------

    def _ask_where_to_save(self) -> None:
        kind = self.kind.currentData()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the template"), f"golive-{kind}.xlsx",
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.download_template(kind, path)

    def download_template(self, kind: str, path: str) -> None:
        golive = self.golive
        self.runner.run(lambda: golive.save_template(kind, path), owner=self,
                        done=lambda saved: self.summary.setText(fill(self.tr("Template saved to %1."), saved)),
                        failed=self._failed)

    def _ask_which_file(self) -> None:
        # A kind larger than a worksheet comes as a .zip of CSV files, one per sheet.
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the filled template"), "",
                                                    self.tr("Excel workbooks or CSV files in a .zip (*.xlsx *.zip)"))
        if path:
            self.choose(path)

    def choose(self, path: str) -> None:
        self.path, self.tried_path = path, None
        self.file_label.setText(path)
        self.model.show([])
        self._update()

    def try_file(self) -> None:
        if not self.path or self.task is not None:
            return
        path, golive = self.path, self.golive
        self.summary.setText(self.tr("Checking every row…"))
        self._start(lambda task: golive.try_file(path, task))

    def import_file(self) -> None:
        if self.tried_path is None or self.tried_path != self.path or self.task is not None:
            return
        path, golive = self.path, self.golive
        self.last_dialog = StepUpDialog.ask(fill(self.tr("Import %1 into the platform"), path), golive.step_up,
                                            self.runner, self,
                                            then=lambda token: self._start(lambda task: golive.import_file(path, token,
                                                                                                           task)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # --- the work in the background ------------------------------------------------------------------

    def _start(self, work) -> None:
        self.progress.setRange(0, 0)
        self.task = self.runner.run(work, done=self._done, failed=self._failed, progress=self._progress,
                                    with_progress=True, owner=self)
        self._update()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, outcome: ImportOutcome) -> None:
        self.task, self.last_outcome = None, outcome
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.model.show(outcome.problems)
        totals = self.tr(", ").join(fill(template, outcome.totals[key]) for key, template in self._total_templates().items()
                          if outcome.totals.get(key))
        if outcome.problem_count:
            self.tried_path = None
            self.summary.setText(fill(self.tr("%1 problem(s) found: nothing was imported. Correct them in the file "
                                              "and try again."), outcome.problem_count))
        elif outcome.dry_run:
            self.tried_path = self.path
            self.summary.setText(fill(self.tr("No problem found. Importing would add: %1."), totals or "0"))
        else:
            self.tried_path = None
            self.summary.setText(fill(self.tr("Imported: %1."), totals or "0"))
            self.session.changes.changed.emit(KIND, frozenset())
        self._update()

    def _total_templates(self) -> dict[str, str]:
        return {"persons": self.tr("%1 persons"), "companies": self.tr("%1 companies"),
                "cards": self.tr("%1 bank cards"), "staff": self.tr("%1 staff members"),
                "accounts": self.tr("%1 opening balances"), "loans": self.tr("%1 loans"),
                "installments": self.tr("%1 installments"), "receipts": self.tr("%1 repayments made"),
                "holdings": self.tr("%1 holdings"), "blacklist": self.tr("%1 blacklist entries")}

    def _failed(self, error) -> None:
        self.task = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary.setText(describe(error))
        self._update()

    def _update(self) -> None:
        busy = self.task is not None
        self.try_button.setEnabled(bool(self.path) and not busy)
        self.import_button.setEnabled(self.tried_path is not None and self.tried_path == self.path and not busy)
        self.cancel_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)

    def refresh(self) -> None:
        """Nothing to reload: the panel shows the last answer until the next file."""
