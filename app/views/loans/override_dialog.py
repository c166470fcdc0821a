"""Overriding a blocking risk rule: which rule, and the written reason the audit log keeps."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from app.services.language import finding_text
from app.views.loans.loan_actions import rule_label


class OverrideDialog(QDialog):
    def __init__(self, summary: str, hits: list[dict], parent=None):
        """`hits`: the application's unresolved blocking rule hits (rule, label, finding in the console's language)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override a risk rule"))
        self.setMinimumWidth(520)
        intro = QLabel(summary, wordWrap=True)
        self.rule = QComboBox()
        for hit in hits:
            self.rule.addItem(f"{rule_label(hit)} — {finding_text(hit)}", hit["rule"])
            self.rule.setItemData(self.rule.count() - 1, finding_text(hit), Qt.ItemDataRole.ToolTipRole)
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Why this rule may be set aside for this application (kept in the audit log)"))
        self.text.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("Reason"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Override"))
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_rule(self) -> str:
        return self.rule.currentData()

    def reason(self) -> str:
        return self.text.toPlainText().strip()
