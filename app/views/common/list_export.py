""""Export…" for any server-paged list: asks where (Excel or CSV), then writes every row of the list's
current filter and sort in the background, with progress and cancel, and no partial file left behind.
The list screens own the button; this object owns the dialog, the progress and the task."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.models.paged_table import PagedTableModel
from app.services.exports import export_csv, export_xlsx
from app.services.formatting import number
from app.services.messages import describe
from app.services.tasks import Task, TaskRunner
from app.services.placeholders import fill


class ListExport(QObject):
    running = Signal(bool)  # the screen disables its button meanwhile
    finished = Signal(str)  # one sentence for the screen's status line

    def __init__(self, screen: QWidget, runner: TaskRunner, model: PagedTableModel, fetch_page, file_stem: str,
                 sheet_title: str, columns: list | None = None):
        """`columns`: what to write, when it differs from the table's (e.g. the full before/after)."""
        super().__init__(screen)
        self.screen, self.runner, self.model, self.fetch_page = screen, runner, model, fetch_page
        self.file_stem, self.sheet_title, self.columns = file_stem, sheet_title, columns
        self.task: Task | None = None

    def choose(self) -> None:
        excel, csv_filter = self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self.screen, self.tr("Export the list"), f"{self.file_stem}.xlsx",
                                                   f"{excel};;{csv_filter}", excel)
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if chosen == csv_filter else ".xlsx"
        self.export(path)

    def export(self, path: str) -> Task:
        """Excel for .xlsx, otherwise CSV (UTF-8 with a byte-order mark, so Excel reads Chinese)."""
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self.screen)
        progress.setWindowTitle(self.tr("Export the list"))
        progress.setMinimumDuration(500)
        fetch, filters, sort = self.fetch_page, dict(self.model.filters), self.model.sort_key
        columns, title = self.columns or self.model.columns, self.sheet_title
        if path.lower().endswith(".xlsx"):
            write = lambda t: export_xlsx(t, fetch, filters, sort, columns, path, title)  # noqa: E731
        else:
            write = lambda t: export_csv(t, fetch, filters, sort, columns, path)  # noqa: E731

        def finish(message: str):
            progress.close()
            self.running.emit(False)
            self.finished.emit(message)

        def update(done: int, total: int):
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        self.running.emit(True)
        self.task = self.runner.run(
            write, done=lambda rows: finish(fill(self.tr("%1 rows exported to %2"), number(rows), path)),
            failed=lambda error: finish(describe(error)), progress=update, with_progress=True, owner=self.screen)
        progress.canceled.connect(self.task.cancel)
        return self.task
