"""Help → Keyboard shortcuts: every shortcut of the main window, read from its actions and shortcuts themselves,
so the list cannot drift from what the keys do."""

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, \
    QTableWidgetItem, QVBoxLayout


def shortcuts_of(window) -> list[tuple[str, str]]:
    """(what it does, the keys) for each action with a shortcut and each shortcut that says what it does
    (its whatsThis), in the platform's own notation."""
    rows = []
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if not keys.isEmpty() and action.text():
            rows.append((action.text().replace("&", ""), keys.toString(QKeySequence.SequenceFormat.NativeText)))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and shortcut.isEnabled():
            rows.append((shortcut.whatsThis(), shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts_of(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
