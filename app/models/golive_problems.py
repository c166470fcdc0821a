"""The problems of a go-live import file as a table: sheet, row, column, reason (as the server wrote them, in the
user's language). A dry run lists at most 10,000, all at once, so the model holds them whole."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.services.golive_import import ImportProblem


class GoliveProblemsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("GoliveProblems", "Sheet"), QT_TRANSLATE_NOOP("GoliveProblems", "Row"),
               QT_TRANSLATE_NOOP("GoliveProblems", "Column"), QT_TRANSLATE_NOOP("GoliveProblems", "Reason"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[ImportProblem] = []

    def show(self, problems: list[ImportProblem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("GoliveProblems", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.problems[index.row()]
        return (p.sheet, str(p.row) if p.row else "", p.column, p.reason)[index.column()]
