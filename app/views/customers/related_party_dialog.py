"""Mark a customer as a related party of the platform (关联方), give the mark another relation, or end it.

The monthly disclosure lists related parties' loans apart at every month end, so a new mark says from which day the
relation began (a day the platform learns of late lies in the past; never a future one) and why; ending it keeps
the months it covered. The server checks, records and audits it (customer.related_party)."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout)

from app.services.formatting import today_shanghai
from app.services.placeholders import fill


def relations() -> list[str]:
    """The relations the disclosure guideline names most often; the field takes any other in words."""
    return [QCoreApplication.translate("RelatedParty", "Shareholder of the platform"),
            QCoreApplication.translate("RelatedParty", "Actual controller of the platform"),
            QCoreApplication.translate("RelatedParty", "Director, supervisor or senior manager of the platform"),
            QCoreApplication.translate("RelatedParty", "Employee of the platform"),
            QCoreApplication.translate("RelatedParty", "Close relative of a shareholder, director or senior manager"),
            QCoreApplication.translate("RelatedParty", "Company controlled by the platform or its related parties")]


class RelatedPartyDialog(QDialog):
    def __init__(self, customer_label: str, current: str | None, parent=None):
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Related party of the platform"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        summary = QLabel(fill(self.tr("%1 is marked as a related party of the platform: %2.") if current else
                              self.tr("%1 is not marked as a related party of the platform."),
                              customer_label, current or ""))
        summary.setObjectName("relatedSummary")
        summary.setWordWrap(True)
        hint = QLabel(self.tr("The monthly disclosure lists related parties' loans apart at each month end."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(summary)
        layout.addWidget(hint)
        self.marked = QRadioButton(self.tr("Change the relation") if current else self.tr("Mark as a related party"))
        self.marked.setObjectName("relatedMark")
        self.ended = QRadioButton(self.tr("End the mark from now (the months before keep it)"))
        self.ended.setObjectName("relatedEnd")
        self.ended.setVisible(bool(current))
        self.marked.setChecked(True)
        layout.addWidget(self.marked)
        layout.addWidget(self.ended)
        form = QFormLayout()
        self.relation = QComboBox()
        self.relation.setObjectName("relatedRelation")
        self.relation.setEditable(True)
        self.relation.addItems(relations())
        self.relation.setCurrentIndex(-1)
        self.relation.lineEdit().setMaxLength(200)
        self.relation.lineEdit().setPlaceholderText(self.tr("Choose or write the relation…"))
        self.since = QDateEdit(today_shanghai(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.since.setObjectName("relatedSince")
        self.since.setMaximumDate(today_shanghai())
        # A changed relation starts now: the old one ends as the new one begins.
        self.since.setEnabled(not current)
        self.reason = QLineEdit()
        self.reason.setObjectName("relatedReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. shareholder register of 2026-11-30"))
        form.addRow(self.tr("&Relation"), self.relation)
        form.addRow(self.tr("Related &since"), self.since)
        form.addRow(self.tr("Rea&son"), self.reason)
        for row in range(form.rowCount()):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
                form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.marked.toggled, self.relation.currentTextChanged, self.reason.textChanged):
            signal.connect(self._update)
        self._update()

    def choice(self) -> tuple[str | None, date | None, str]:
        """(relation or None to end the mark, the day it began or None for today/now, the reason)."""
        if not self.marked.isChecked():
            return None, None, self.reason.text().strip()
        since: QDate = self.since.date()
        day = date(since.year(), since.month(), since.day()) if self.since.isEnabled() else None
        return self.relation.currentText().strip(), day, self.reason.text().strip()

    def _update(self) -> None:
        marking = self.marked.isChecked()
        self.relation.setEnabled(marking)
        self.since.setEnabled(marking and not self.current)
        relation = self.relation.currentText().strip()
        ready = bool(self.reason.text().strip()) and (not marking or (bool(relation) and relation != self.current))
        self.ok_button.setEnabled(ready)
        self.ok_button.setText(self.tr("End the mark") if not marking else self.tr("Mark"))
