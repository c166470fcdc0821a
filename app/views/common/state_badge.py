"""States as coloured badges with their text (never colour alone): waiting grey, in review blue,
approved green, rejected red, overdue orange."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from app.services.language import current_is_chinese

TONES = {"grey": ("#eef0f3", "#475467"), "blue": ("#e6effc", "#1f5fbf"), "green": ("#e7f6ec", "#1a7f37"),
         "red": ("#fdecea", "#b42318"), "orange": ("#fff1e0", "#b54708")}

LOAN_STATES = {
    "submitted": ("已提交", "Submitted", "grey"), "second_review": ("待复审", "Second review", "blue"),
    "approved": ("审批通过", "Approved", "green"), "rejected": ("已拒绝", "Rejected", "red"),
    "returned": ("退回补充", "Returned", "orange"), "withdrawn": ("已撤回", "Withdrawn", "grey"),
    "listed": ("募集中", "Listed", "blue"), "funded": ("满标", "Funded", "blue"), "expired": ("流标", "Expired", "grey"),
    "repaying": ("还款中", "Repaying", "green"), "overdue": ("逾期", "Overdue", "orange"),
    "settled": ("已结清", "Settled", "grey"), "compensated": ("已代偿", "Compensated", "orange"),
    "written_off": ("坏账核销", "Written off", "red"),
}


def state_label(state: str, table: dict = LOAN_STATES) -> str:
    zh, en, _tone = table.get(state, (state, state, "grey"))
    return zh if current_is_chinese() else en


def badge_html(state: str, table: dict = LOAN_STATES) -> str:
    """The same badge for rich-text labels."""
    background, foreground = TONES[table.get(state, ("", "", "grey"))[2]]
    return f'<span style="background:{background}; color:{foreground}">&nbsp;{state_label(state, table)}&nbsp;</span>'


class BadgeDelegate(QStyledItemDelegate):
    """Paints the state column's text inside a rounded, tinted badge."""

    def __init__(self, state_of, parent=None, table: dict = LOAN_STATES):
        """`state_of`: index -> state code; `table`: code -> (Chinese, English, tone)."""
        super().__init__(parent)
        self.state_of, self.table = state_of, table

    def sizeHint(self, option, index) -> QSize:
        """Wide enough for the whole badge and its margins, so that a column sized to its contents never cuts
        a state short ("Second rev…")."""
        hint = super().sizeHint(option, index)
        text = state_label(self.state_of(index), self.table)
        return QSize(max(hint.width(), option.fontMetrics.horizontalAdvance(text) + 14 + 8 + 4), hint.height())

    def paint(self, painter: QPainter, option, index) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        state = self.state_of(index)
        background, foreground = TONES[self.table.get(state, ("", "", "grey"))[2]]
        text = state_label(state, self.table)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 14
        height = min(option.rect.height() - 6, metrics.height() + 4)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
