"""报表 Reports: the reports this user may print, each with a short description; the chosen report's
parameters, checked as the user types; Generate opens the report's preview in its own tab (the same
report with the same parameters is one tab, so generating it again switches to it)."""

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QStackedWidget, QStyle, QStyledItemDelegate,
                               QVBoxLayout, QWidget)

from app.services.icons import icon
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.reports.report_params import ParamField, field_for
from app.views.reports.report_preview import ReportPreviewTab, report_key, report_title
from app.views.common.typography import heading

ERROR_COLOUR = "#b42318"
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 6


class TitleAndDescription(QStyledItemDelegate):
    """A report in the list: its title in bold, the short description below in the muted colour, wrapped."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def _text_width(self, option) -> int:
        return max(80, self.view.viewport().width() - option.decorationSize.width() - 4 * PADDING)

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).height()
        description = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, self._text_width(option), 10_000), Qt.TextFlag.TextWordWrap,
            index.data(DESCRIPTION_ROLE) or "").height()
        return QSize(self._text_width(option), title + description + 3 * PADDING)

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        title, description = option.text, index.data(DESCRIPTION_ROLE) or ""
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        left = option.rect.left() + option.decorationSize.width() + 3 * PADDING
        width = option.rect.right() - left - PADDING
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        title_height = QFontMetrics(bold).height()
        painter.drawText(QRect(left, option.rect.top() + PADDING, width, title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(left, option.rect.top() + PADDING + title_height + 2, width,
                               option.rect.height() - title_height - 2 * PADDING),
                         Qt.TextFlag.TextWordWrap, description)
        painter.restore()


class ReportsScreen(QWidget):
    open_requested = Signal(str, str, object)  # key, title, make() -> the preview tab

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        from app.services.reports.catalog import available_reports

        self.session, self.runner = session, runner
        self.setObjectName("reportsScreen")
        self.specs = available_reports(session.me)
        self.fields: list[ParamField] = []
        self.errors: dict[str, QLabel] = {}

        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setMinimumWidth(240)
        self.list.setMaximumWidth(380)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        for spec in self.specs:
            self._add_item(spec)
        self.list.setItemDelegate(TitleAndDescription(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self.choose)
        self.list.itemActivated.connect(lambda _item: self.generate())

        self.title = heading("", 1.3)
        self.title.setObjectName("reportHeading")
        self.about = QLabel(wordWrap=True)
        self.about.setProperty("role", "muted")
        self.confidential = QLabel()
        self.confidential.setObjectName("confidentialNote")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.generate_button = QPushButton(icon("file-text"), self.tr("Generate (Ctrl+Enter)"))
        self.generate_button.setObjectName("generateReport")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.generate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        detail = QFrame()
        detail.setObjectName("reportDetail")
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.about)
        detail_layout.addWidget(self.confidential)
        detail_layout.addSpacing(8)
        detail_layout.addWidget(self.form_host)
        detail_layout.addLayout(buttons)
        detail_layout.addStretch(1)

        self.empty = QLabel(self.tr("No report is open to you. Printing reports needs the permission "
                                    "\"Print reports\" and the permission of the report's area; ask an administrator."),
                            wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("noReports")
        self.empty.setProperty("role", "muted")
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        if self.specs:
            self.list.setCurrentRow(0)
        else:
            self.stack.setCurrentWidget(self.empty)

    def _add_item(self, spec) -> None:
        item = QListWidgetItem(icon("file-text"), spec.title())
        item.setData(Qt.ItemDataRole.UserRole, spec.name)
        item.setData(DESCRIPTION_ROLE, self.description(spec.name))
        item.setToolTip(self.description(spec.name))
        self.list.addItem(item)

    def description(self, name: str) -> str:
        return {
            "loan_approval_form": self.tr("One application for signatures: borrower, terms, risk score and rule hits, "
                                          "every review step."),
            "repayment_schedule": self.tr("A loan's installments: due dates, principal, interest, fees, status."),
            "daily_reconciliation": self.tr("A business day's totals per side, differences and their resolution, "
                                            "who closed the day."),
            "withdrawal_review_list": self.tr("The day's reviewed withdrawals with decisions and reviewers."),
            "monthly_operations": self.tr("The month's disclosure metrics with 12-month trends."),
            "staff_permissions": self.tr("Every staff user's roles and effective permissions, and "
                                         "separation-of-duties conflicts."),
            "audit_extract": self.tr("Audit records of a period and filter, with the hash-chain check."),
        }.get(name, "")

    # --- the chosen report -------------------------------------------------------------------------

    def current_spec(self):
        row = self.list.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def choose(self, row: int) -> None:
        spec = self.current_spec()
        while self.form.rowCount():
            self.form.removeRow(0)
        for field in self.fields:
            field.deleteLater()
        self.fields, self.errors = [], {}
        if spec is None:
            return
        self.title.setText(spec.title())
        self.about.setText(self.description(spec.name))
        self.confidential.setText(self.tr("Confidential: every page carries the watermark 内部资料 注意保密 "
                                          "(an English copy carries it in English).")
                                  if spec.confidential else "")
        self.confidential.setVisible(spec.confidential)
        for param in spec.params:
            field = field_for(param, self)
            error = QLabel()
            error.setObjectName(f"error_{param.name}")
            error.setStyleSheet(f"color:{ERROR_COLOUR}")
            error.hide()
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(field.widget)
            box_layout.addWidget(error)
            label = param.label() + ("" if param.required else self.tr(" (optional)"))
            self.form.addRow(label, box)
            field.changed.connect(self.validate)
            if isinstance(field.widget, QLineEdit):
                field.widget.returnPressed.connect(self.generate)  # Enter in a number or text field generates
            self.fields.append(field)
            self.errors[param.name] = error
        self.validate(show=False)

    def field(self, name: str) -> ParamField | None:
        return next((f for f in self.fields if f.param.name == name), None)

    def params(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for field in self.fields:
            values.update(field.values())
        return values

    def validate(self, show: bool = True) -> bool:
        """Shows each field's problem beside it as the user types; Generate waits until there is none.
        `show=False`: an untouched form does not greet the user with errors."""
        ok = True
        for field in self.fields:
            problem = field.problem()
            ok = ok and problem is None
            label = self.errors[field.param.name]
            label.setText(problem or "")
            label.setVisible(bool(problem) and show)
        self.generate_button.setEnabled(ok and self.current_spec() is not None)
        return ok

    def generate(self) -> None:
        spec = self.current_spec()
        if spec is None or not self.validate():
            return
        session, runner, name, params = self.session, self.runner, spec.name, self.params()
        self.open_requested.emit(report_key(name, params), report_title(name, params),
                                 lambda: ReportPreviewTab(session, runner, name, params))

    def refresh(self) -> None:
        """Nothing here comes from the server; the catalog follows the signed-in user's permissions."""
