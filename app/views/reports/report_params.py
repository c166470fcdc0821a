"""The input for one report parameter, chosen by its kind: a date with a calendar, a month, a period
(two dates), an application or loan number checked as the user types, a choice, or free text.
Each field says what it holds (`values()`, the strings the report engine takes) and what is wrong
with it (`problem()`, one sentence, or None)."""

import re

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.services.formatting import today_shanghai

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

NUMBER = re.compile(r"^(LN\d{14}|\d{1,12})$")  # the number staff read, or the id


def _date_edit(day: QDate, display: str = "yyyy-MM-dd") -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    edit.setMaximumDate(today_shanghai().addYears(1))
    edit.setMinimumDate(QDate(2000, 1, 1))
    return edit


class ParamField(QObject):
    changed = Signal()

    def __init__(self, param, parent=None):
        super().__init__(parent)
        self.param = param
        self.widget: QWidget

    def values(self) -> dict[str, str]:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None

    def set_value(self, value: str) -> None:
        """Fills the field from a saved or suggested value (e.g. the application a screen shows)."""


class DateField(ParamField):
    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        self.widget = _date_edit(today_shanghai().addDays(-1))  # reports are mostly about the business day just closed
        self.widget.dateChanged.connect(self.changed)

    def values(self):
        return {self.param.name: self.widget.date().toString("yyyy-MM-dd")}

    def set_value(self, value):
        day = QDate.fromString(value, "yyyy-MM-dd")
        if day.isValid():
            self.widget.setDate(day)


class MonthField(ParamField):
    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        last_month = today_shanghai().addMonths(-1)
        self.widget = _date_edit(QDate(last_month.year(), last_month.month(), 1), "yyyy-MM")
        self.widget.dateChanged.connect(self.changed)

    def values(self):
        return {self.param.name: self.widget.date().toString("yyyy-MM")}

    def set_value(self, value):
        day = QDate.fromString(value + "-01", "yyyy-MM-dd")
        if day.isValid():
            self.widget.setDate(day)


class PeriodField(ParamField):
    """Two dates; the engine takes them as `<name>` = "YYYY-MM-DD/YYYY-MM-DD" (both days included)."""

    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        self.start = _date_edit(today_shanghai().addDays(-7))
        self.end = _date_edit(today_shanghai())
        self.start.setObjectName(f"param_{param.name}_from")
        self.end.setObjectName(f"param_{param.name}_to")
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("—"))
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)

    def values(self):
        return {self.param.name: f"{self.start.date().toString('yyyy-MM-dd')}/{self.end.date().toString('yyyy-MM-dd')}"}

    def problem(self):
        if self.start.date() > self.end.date():
            return translate("ReportParams", "The period must start on or before its last day.")
        return None

    def set_value(self, value):
        first, _, last = value.partition("/")
        for edit, text in ((self.start, first), (self.end, last)):
            day = QDate.fromString(text, "yyyy-MM-dd")
            if day.isValid():
                edit.setDate(day)


class NumberField(ParamField):
    """An application or loan number such as LN20261124000123, checked as the user types."""

    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        self.widget = QLineEdit()
        self.widget.setPlaceholderText(translate("ReportParams", "e.g. LN20261124000123"))
        self.widget.setMinimumWidth(260)
        self.widget.setMaxLength(32)
        self.widget.setClearButtonEnabled(True)
        self.widget.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        upper = text.strip().upper()
        if upper != text:  # staff type ln2026…; the number is upper case
            position = self.widget.cursorPosition()
            self.widget.setText(upper)
            self.widget.setCursorPosition(min(position, len(upper)))
            return
        self.changed.emit()

    def values(self):
        return {self.param.name: self.widget.text().strip().upper()}

    def problem(self):
        text = self.widget.text().strip().upper()
        if not text:
            return translate("ReportParams", "Enter the application number.") if self.param.required else None
        if not NUMBER.match(text):
            return translate("ReportParams",
                             "An application number is LN followed by 14 digits, e.g. LN20261124000123.")
        return None

    def set_value(self, value):
        self.widget.setText(value)


class ChoiceField(ParamField):
    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        self.widget = QComboBox()
        for code, label in param.choices:
            self.widget.addItem(label(), code)
        self.widget.currentIndexChanged.connect(self.changed)

    def values(self):
        return {self.param.name: str(self.widget.currentData() or "")}

    def set_value(self, value):
        index = self.widget.findData(value)
        if index >= 0:
            self.widget.setCurrentIndex(index)


class TextField(ParamField):
    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        self.widget = QLineEdit()
        self.widget.setMaxLength(200)
        self.widget.setMinimumWidth(320)
        self.widget.setClearButtonEnabled(True)
        self.widget.textChanged.connect(self.changed)

    def values(self):
        text = self.widget.text().strip()
        return {self.param.name: text} if text or self.param.required else {}

    def problem(self):
        if self.param.required and not self.widget.text().strip():
            return translate("ReportParams", "This field is required.")
        return None

    def set_value(self, value):
        self.widget.setText(value)


FIELDS = {"date": DateField, "month": MonthField, "period": PeriodField, "application": NumberField,
          "loan": NumberField, "choice": ChoiceField, "text": TextField}


def field_for(param, parent=None) -> ParamField:
    made = FIELDS.get(param.kind, TextField)(param, parent)
    made.widget.setObjectName(f"param_{param.name}")
    return made
