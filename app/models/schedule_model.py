"""The repayment schedule as a table: proposed (before disbursement) or the loan's installments,
with a totals row; amounts from integer fen, right-aligned in a tabular font."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase

from app.models.records import ScheduleLine
from app.services.formatting import yuan

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

INSTALLMENT_STATES = {"due": ("待还", "Due"), "paid": ("已还", "Paid"), "overdue": ("逾期", "Overdue"),
                      "compensated": ("已代偿", "Compensated"), "written_off": ("已核销", "Written off")}


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[ScheduleLine] = []
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold = QFont(self._mono)
        self._bold.setBold(True)

    def titles(self) -> list[str]:
        return [translate("ScheduleModel", "No."), translate("ScheduleModel", "Due date"),
                translate("ScheduleModel", "Principal"), translate("ScheduleModel", "Interest"),
                translate("ScheduleModel", "Installment"), translate("ScheduleModel", "Penalty"),
                translate("ScheduleModel", "Paid"), translate("ScheduleModel", "State")]

    def set_lines(self, lines: list[ScheduleLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def totals(self) -> tuple[int, int, int]:
        principal = sum(line.principal_fen for line in self.lines)
        interest = sum(line.interest_fen for line in self.lines)
        return principal, interest, sum(line.penalty_fen for line in self.lines)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.lines else len(self.lines) + 1  # + the totals row

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        totals_row = row == len(self.lines)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(column) if totals_row else self._text(self.lines[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals_row else (self._mono if column in (1, 2, 3, 4, 5, 6) else None)
        return None

    def _text(self, line: ScheduleLine, column: int) -> str:
        if column == 0:
            return str(line.number)
        if column == 1:
            return line.due_date
        amounts = {2: line.principal_fen, 3: line.interest_fen, 4: line.principal_fen + line.interest_fen,
                   5: line.penalty_fen, 6: line.paid_fen}
        if column in amounts:
            return yuan(amounts[column])
        from app.services.language import current_is_chinese

        zh, en = INSTALLMENT_STATES.get(line.state, (line.state, line.state))
        return "—" if not line.state else (zh if current_is_chinese() else en)  # a proposed line has no state

    def _total_text(self, column: int) -> str:
        principal, interest, penalty = self.totals()
        return {0: translate("ScheduleModel", "Total"), 2: yuan(principal), 3: yuan(interest),
                4: yuan(principal + interest), 5: yuan(penalty),
                6: yuan(sum(line.paid_fen for line in self.lines))}.get(column, "")
