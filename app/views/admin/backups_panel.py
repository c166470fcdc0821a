"""系统管理 → 备份 Backups: the backup runs, newest first (read-only; backups are made by the server's daily job and
by `python -m server backup`). Shown to holders of audit.read, who check that the books are kept safe."""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, \
    QWidget

from app.models.paged_table import Column, PagedTableModel
from app.services.backups import Backups
from app.services.formatting import clock_now, local_time, number
from app.services.language import current_is_chinese
from app.services.icons import icon
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.tasks import TaskRunner
from app.views.common.dense_table import widen_to_fit

ERROR_COLOUR = "#b42318"


def _outcome(outcome: str) -> str:
    words = {"running": QCoreApplication.translate("BackupsPanel", "Running"),
             "succeeded": QCoreApplication.translate("BackupsPanel", "Succeeded"),
             "failed": QCoreApplication.translate("BackupsPanel", "Failed")}
    return words.get(outcome, outcome)


def _trigger(trigger: str) -> str:
    return (QCoreApplication.translate("BackupsPanel", "Daily job") if trigger == "schedule"
            else QCoreApplication.translate("BackupsPanel", "Command line"))


def _size(size: int | None) -> str:
    """In the console's language: Qt writes "MiB" in every locale but its own translation, so Chinese gets 兆字节
    spelled the way finance staff read it."""
    if size is None:
        return ""
    if current_is_chinese():
        for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
            if size >= factor:
                return f"{size / factor:,.2f} {unit}"
        return f"{size} 字节"
    return QLocale(QLocale.Language.English).formattedDataSize(size)


def runs_model(backups: Backups, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("BackupsPanel", "Started"), lambda r: local_time(r.started_at), mono=True),
        Column(QCoreApplication.translate("BackupsPanel", "Finished"), lambda r: local_time(r.finished_at), mono=True),
        Column(QCoreApplication.translate("BackupsPanel", "Outcome"), lambda r: _outcome(r.outcome)),
        Column(QCoreApplication.translate("BackupsPanel", "Made by"), lambda r: _trigger(r.trigger)),
        Column(QCoreApplication.translate("BackupsPanel", "Size"), lambda r: _size(r.size_bytes), mono=True),
        Column(QCoreApplication.translate("BackupsPanel", "Folder"), lambda r: (r.path or "") + (
            QCoreApplication.translate("BackupsPanel", " (removed: older than the retention)") if r.pruned_at else ""), mono=True),
        Column(QCoreApplication.translate("BackupsPanel", "Error"), lambda r: r.error or ""),
    ]

    def fetch(_filters, _sort, page, page_size):
        return backups.runs(page, page_size)

    return PagedTableModel(columns, fetch, runner, "", parent)


class BackupsPanel(QWidget):
    def __init__(self, backups: Backups, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("backupsPanel")
        self.count = QLabel()
        self.count.setObjectName("backupsCount")
        self.count.setProperty("role", "muted")
        self.refresh_button = QPushButton(icon("refresh-cw"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.refresh_button)
        self.model = runs_model(backups, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setProperty("identifierColumns", [5])  # folders, as the server wrote them
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.count.setStyleSheet("")
        self.model.reload()

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)
        self.count.setText(fill(self.tr("%1 backup runs · as of %2"), number(total), clock_now()) if total
                           else self.tr("No backup has been made yet."))

    def _failed(self, error) -> None:
        self.count.setText(describe(error))
        self.count.setStyleSheet(f"color: {ERROR_COLOUR}")
