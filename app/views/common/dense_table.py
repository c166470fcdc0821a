"""The look of every list in the console (screens.md): dense rows, alternating colours, whole-row selection,
a header that sorts on the server and shows the sort, columns the user can resize."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 26


def dense_table(model, name: str, widths=(), sort: tuple[int, Qt.SortOrder] | None = None,
                multi: bool = False) -> QTableView:
    """`sort`: the column and order the model starts with (set before its first query, so none is wasted);
    `multi`: several rows may be selected (for batch actions)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    if sort is not None:
        table.horizontalHeader().setSortIndicator(*sort)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def widen_to_fit(table: QTableView) -> None:
    """Widens (never narrows) each column to its header and the rows on screen, so that no header or cell is cut
    short ("Amount f…", "Investor IV00…"); call it when a page has loaded."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        if table.isColumnHidden(column):
            continue
        needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if needed > table.columnWidth(column):
            table.setColumnWidth(column, needed)
