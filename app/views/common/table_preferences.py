"""What a user arranges in a list and expects to find again: which columns show, their widths and order
(the header's right-click menu), and named sets of filters (a button with a menu beside the filter bar).
Both are kept per user in AppSettings; without settings they last as long as the screen."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QTableView

from app.services.settings import AppSettings


class ColumnChooser(QObject):
    """Right-click on the table's header: every column's title, checkable; unchecking hides it.
    Hidden columns, widths, order and sort are the header's saved state."""

    def __init__(self, table: QTableView, settings: AppSettings | None, username: str, key: str):
        super().__init__(table)
        self.table, self.settings, self.username, self.key = table, settings, username, key
        self.menu: QMenu | None = None
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.make_menu().popup(header.mapToGlobal(pos)))
        if settings is not None:
            state = settings.table_header(username, key)
            if state is not None:
                header.restoreState(state)
            for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
                signal.connect(self.save)

    def make_menu(self) -> QMenu:
        header, model = self.table.horizontalHeader(), self.table.model()
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = QMenu(self.tr("Columns"), self.table)
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for logical in (header.logicalIndex(v) for v in range(header.count())):  # in the order shown
            title = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            action = self.menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(visible != [logical])  # the last visible column stays
            action.toggled.connect(lambda checked, c=logical: self.set_visible(c, checked))
        return self.menu

    def set_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        self.save()

    def save(self, *_args) -> None:
        if self.settings is not None:
            self.settings.set_table_header(self.username, self.key, self.table.horizontalHeader().saveState())


class SavedFilters(QPushButton):
    """"Saved filters": save the current filters under a name, apply one, delete one. A push button, not a
    tool button: its size hint leaves room for the menu arrow, which a tool button draws over its last letter."""

    def __init__(self, settings: AppSettings | None, username: str, key: str, current: Callable[[], dict],
                 apply: Callable[[dict], None], parent=None):
        super().__init__(parent)
        self.settings, self.username, self.key = settings, username, key
        self.current, self.apply = current, apply
        self._kept: dict[str, dict] = {}  # without settings: for this screen's life only
        self.setObjectName("savedFilters")
        self.setText(self.tr("Saved filters"))
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.rebuild_menu)
        self.rebuild_menu()

    def saved(self) -> dict[str, dict]:
        return self.settings.saved_filters(self.username, self.key) if self.settings is not None else dict(self._kept)

    def _store(self, filters: dict[str, dict]) -> None:
        if self.settings is not None:
            self.settings.set_saved_filters(self.username, self.key, filters)
        else:
            self._kept = dict(filters)

    def names(self) -> list[str]:
        return sorted(self.saved(), key=str.casefold)

    def save_as(self, name: str) -> None:
        name = name.strip()
        if name:
            self._store(self.saved() | {name: self.current()})

    def apply_saved(self, name: str) -> None:
        values = self.saved().get(name)
        if values is not None:
            self.apply(values)

    def delete(self, name: str) -> None:
        self._store({k: v for k, v in self.saved().items() if k != name})

    def ask_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save current filters"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.textValueSelected.connect(self.save_as)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def rebuild_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        menu.addAction(self.tr("Save current filters…"), self.ask_name)
        names = self.names()
        menu.addSeparator()
        if not names:
            menu.addAction(self.tr("No saved filters yet")).setEnabled(False)
        for name in names:
            menu.addAction(name, lambda *_, n=name: self.apply_saved(n))
        menu.addSeparator()
        remove = menu.addMenu(self.tr("Delete saved filter"))
        remove.setEnabled(bool(names))
        for name in names:
            remove.addAction(name, lambda *_, n=name: self.delete(n))
