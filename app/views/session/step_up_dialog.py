"""Step-up (二次验证): a sensitive operation asks for a fresh one-time code, says what it confirms, and
gets a short-lived token for it in the background. Generic: it takes any callable `code -> token`
(for example `Administration.step_up`), so every area can confirm its sensitive operations the same way.

    StepUpDialog.ask(self.tr("Reset the password of li.na"), admin.step_up, runner, self,
                     then=lambda token: ...)
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.services.icons import icon
from app.services.messages import describe
from app.services.tasks import TaskRunner


class StepUpDialog(QDialog):
    confirmed = Signal(str)  # the step-up token

    def __init__(self, what: str, confirm: Callable[[str], str], runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.confirm, self.runner = confirm, runner
        self.token: str | None = None
        self.setObjectName("stepUpDialog")
        self.setWindowTitle(self.tr("Confirm with a one-time code"))
        self.setWindowIcon(icon("shield-check"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.what = QLabel(what)
        self.what.setObjectName("stepUpWhat")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        explain = QLabel(self.tr("This is a sensitive operation. Enter a fresh 6-digit code from your "
                                 "authenticator app to confirm it; a code that was already used is refused."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.code = QLineEdit()
        self.code.setObjectName("stepUpCode")
        self.code.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.code.setMaxLength(6)
        self.code.setPlaceholderText("000000")
        form = QFormLayout()
        form.addRow(self.tr("One-time &code"), self.code)
        form.labelForField(self.code).setBuddy(self.code)
        self.error = QLabel()
        self.error.setObjectName("stepUpError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Confirm"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.what, explain):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._update)
        self._busy = False
        self._update()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, what: str, confirm: Callable[[str], str], runner: TaskRunner, parent,
            then: Callable[[str], None]) -> "StepUpDialog":
        """Opens the dialog (window-modal, not blocking) and calls `then(token)` once confirmed."""
        dialog = cls(what, confirm, runner, parent)
        dialog.confirmed.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and len(self.code.text()) == 6)

    def submit(self) -> None:
        code = self.code.text().strip()
        if self._busy or len(code) != 6:
            return
        self._busy = True
        self._update()
        self.error.hide()
        confirm = self.confirm
        self.runner.run(lambda: confirm(code), done=self._done, failed=self._failed, owner=self)

    def _done(self, token: str) -> None:
        self._busy = False
        self.token = token
        self.accept()
        self.confirmed.emit(token)

    def _failed(self, error) -> None:
        self._busy = False
        self.error.setText(describe(error))
        self.error.show()
        self.code.selectAll()
        self.code.setFocus()
        self._update()
