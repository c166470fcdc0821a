"""The audit log as a Qt table model that fetches pages from the server as the user scrolls."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from app.services.formatting import local_time
from app.services.tasks import TaskRunner

PAGE_SIZE = 100
SORT_KEYS = {0: "seq", 1: "at", 2: "actor", 3: "action", 4: "object_type"}


class AuditTableModel(QAbstractTableModel):
    loaded = Signal(int)  # total matching rows, after each page
    failed = Signal(object)

    def __init__(self, fetch_page, runner: TaskRunner, parent=None):
        """`fetch_page(filters, sort, page, page_size)` runs in the background and returns a Page."""
        super().__init__(parent)
        self.fetch_page, self.runner = fetch_page, runner
        self.rows: list = []
        self.total = 0
        self.filters: dict = {}
        self.sort_key = "-seq"
        self._loading = False
        self._generation = 0
        self.headers = [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Object"),
                        self.tr("Client address")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(record.seq), local_time(record.at, seconds=True), record.actor_name, record.action,
                    f"{record.object_type} {record.object_id}", record.client_addr][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def reload(self, filters: dict | None = None) -> None:
        if filters is not None:
            self.filters = filters
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()
        self._loading = False
        self._request(1)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(len(self.rows) // PAGE_SIZE + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()

    def _request(self, page: int) -> None:
        self._loading = True
        generation, filters, sort = self._generation, dict(self.filters), self.sort_key
        self.runner.run(lambda: self.fetch_page(filters, sort, page, PAGE_SIZE),
                        done=lambda result: self._arrived(generation, result),
                        failed=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, page) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self._loading = False
        self.total = page.total
        if page.items:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.items) - 1)
            self.rows.extend(page.items)
            self.endInsertRows()
        self.loaded.emit(self.total)

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error)
