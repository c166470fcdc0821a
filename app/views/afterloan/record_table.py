"""A small list of typed records for the after-loan and blacklist screens: the columns say how each record reads,
rows may carry a colour (a broken promise in red) and the columns widen to their contents, never cutting a cell."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.views.common.dense_table import ROW_HEIGHT


def _key(record) -> tuple:
    return type(record).__name__, getattr(record, "id", None), getattr(record, "application_id", None), \
        getattr(record, "number", None), getattr(record, "installment_number", None)


@dataclass(frozen=True)
class Col:
    title: str
    text: Callable[[object], str]
    right: bool = False
    mono: bool = False
    tip: Callable[[object], str] | None = None  # the tooltip, where it says more than the cell


class RecordTable(QTableWidget):
    def __init__(self, name: str, columns: list[Col], identifier_columns: tuple[int, ...] = (),
                 colour: Callable[[object], str | None] | None = None, bold: Callable[[object], bool] | None = None,
                 parent=None):
        super().__init__(0, len(columns), parent)
        self.setObjectName(name)
        self.columns, self.colour, self.bold = columns, colour, bold
        self.records: list = []
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        if identifier_columns:
            self.setProperty("identifierColumns", list(identifier_columns))
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def set_records(self, records: list) -> None:
        current = self.current_record()
        self.records = list(records)
        self.setRowCount(0)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            colour = self.colour(record) if self.colour else None
            bold = self.bold(record) if self.bold else False
            for column, spec in enumerate(self.columns):
                item = QTableWidgetItem(spec.text(record))
                if spec.right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = QFont(self._mono) if spec.mono else QFont(self.font())
                font.setBold(bold)
                item.setFont(font)
                if colour:
                    item.setForeground(QColor(colour))
                item.setToolTip(spec.tip(record) if spec.tip else item.text())
                self.setItem(row, column, item)
        self.fit()
        if current is not None:  # the same record stays selected after a reload
            for row, record in enumerate(self.records):
                if _key(record) == _key(current):
                    self.selectRow(row)
                    break

    def fit(self) -> None:
        """Each column as wide as its header and its widest cell (never narrower than now)."""
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            needed = max(header.sectionSizeHint(column), self.sizeHintForColumn(column)) + 8
            if needed > self.columnWidth(column):
                self.setColumnWidth(column, needed)

    def record(self, row: int):
        return self.records[row] if 0 <= row < len(self.records) else None

    def current_record(self):
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.record(rows[0].row()) if rows else None

    def select_where(self, predicate) -> int:
        """Selects the first record the predicate holds for; its row, or -1."""
        for row, record in enumerate(self.records):
            if predicate(record):
                self.selectRow(row)
                return row
        return -1
