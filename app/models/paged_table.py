"""A table model over a server-paged list: fetches a page as the user scrolls (canFetchMore/fetchMore),
asks the server again to sort or filter, and ignores answers to queries that were replaced."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from app.services.tasks import TaskRunner

PAGE_SIZE = 100


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[object], str]
    sort_key: str | None = None  # the server's sort name; None: not sortable
    right: bool = False  # amounts and counts
    mono: bool = False  # digits in a tabular font
    colour: Callable[[object], str | None] | None = None  # e.g. negative amounts in red
    descending_first: bool = False  # a first click on the header sorts descending (the most severe, the latest)


class ColumnTableModel(QAbstractTableModel):
    """Typed records shown through `Column`s: text, alignment, tabular digits, colour; the record under UserRole."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self._mono = None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.InitialSortOrderRole and self.columns[section].descending_first:
            return Qt.SortOrder.DescendingOrder.value
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.mono:
            if self._mono is None:
                from PySide6.QtGui import QFontDatabase

                self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            return self._mono
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            if colour:
                from PySide6.QtGui import QColor

                return QColor(colour)
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def record(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None


class PagedTableModel(ColumnTableModel):
    loaded = Signal(int)  # total matching rows, after each page
    failed = Signal(object)

    def __init__(self, columns: list[Column], fetch_page, runner: TaskRunner, default_sort: str, parent=None):
        """`fetch_page(filters, sort, page, page_size)` runs in the background and returns a Page."""
        super().__init__(columns, parent)
        self.fetch_page, self.runner = fetch_page, runner
        self.total = 0
        self.filters: dict = {}
        self.sort_key = default_sort
        self._loading = False
        self._generation = 0
        self._started = False  # a view setting its sort indicator must not query before the screen asks

    def reload(self, filters: dict | None = None) -> None:
        if filters is not None:
            self.filters = filters
        self._started = True
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
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return
        self.sort_key = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        if self._started:
            self.reload()

    def _request(self, page: int) -> None:
        self._loading = True
        generation, filters, sort = self._generation, dict(self.filters), self.sort_key
        self.runner.run(lambda: self.fetch_page(filters, sort, page, PAGE_SIZE),
                        done=lambda result: self._arrived(generation, result),
                        failed=lambda error: self._failed(generation, error), owner=self)

    def _arrived(self, generation: int, page) -> None:
        if generation != self._generation:
            return  # an answer to a query that was replaced meanwhile
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
