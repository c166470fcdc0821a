"""Forgot password? Two steps: the user name (a code goes to the account's registered e-mail, and mobile where an
SMS gateway exists), then that code, a new password twice under the rules (checked as they type) and a fresh code
from the authenticator. Network work runs through the task runner; refusals are shown as the server's sentences.

On the local demo platform the e-mail lands in the demo outbox, so the dialog shows the code sent to a demo account
beside the field (asked of the demo platform only)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.services import errors
from app.views.session import password_rules
from app.services.messages import describe, field_message
from app.services.placeholders import fill
from app.services.recovery import RecoveryService
from app.services.tasks import TaskRunner
from app.views.common.typography import heading



def sentence(error: BaseException) -> str:
    """The server's own sentence for a refusal (it names what to do: wait, ask an administrator, ask for a new
    code); the console's general sentences for the rest (offline, certificate, server failure)."""
    if isinstance(error, errors.ValidationFailed) and error.field_errors:
        return "\n".join(field_message(f) for f in error.field_errors)
    if (isinstance(error, errors.ApiError) and not isinstance(error, (errors.Offline, errors.CertificateRejected,
                                                                       errors.ServerError))
            and error.detail and error.status and error.status < 500):
        return error.detail
    return describe(error)


class RecoveryDialog(QDialog):
    recovered = Signal(str)  # the user name whose password is now the new one

    def __init__(self, service: RecoveryService, runner: TaskRunner, username: str = "", demo: bool = False,
                 parent=None):
        super().__init__(parent)
        self.service, self.runner, self.demo = service, runner, demo
        self._rules = []
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover your password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Forgot your password?"), 1.3))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._name_page(username))
        self.pages.addWidget(self._code_page())
        layout.addWidget(self.pages, 1)
        self.error = QLabel()
        self.error.setObjectName("recoveryError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(4)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Send a new code"))
        self.again_button.setObjectName("sendAgain")
        self.again_button.setFlat(True)
        self.again_button.clicked.connect(self.send_code)
        self.again_button.hide()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Send code"))
        self.ok_button.setObjectName("recoveryNext")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.runner.run(service.password_rules, done=self._rules_arrived, failed=lambda error: None, owner=self)

    # --- the two pages -----------------------------------------------------------------------------

    def _name_page(self, username: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Enter your user name. A recovery code goes to the e-mail address (and mobile) "
                               "registered for your account. You will also need your authenticator app. "
                               "Lost your e-mail or authenticator? Ask an administrator to reset your password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("recoveryUsername")
        self.username.setProperty("identifier", True)
        self.username.setMaxLength(64)
        form.addRow(self.tr("User name"), self.username)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.sent = QLabel()
        self.sent.setObjectName("recoverySent")
        self.sent.setWordWrap(True)
        layout.addWidget(self.sent)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoRecoveryCode")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setProperty("role", "muted")
        self.demo_hint.hide()
        layout.addWidget(self.demo_hint)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCode")
        self.code.setPlaceholderText(self.tr("6 digits from the e-mail"))
        self.code.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.new_password = QLineEdit()
        self.new_password.setObjectName("recoveryNewPassword")
        self.repeat_password = QLineEdit()
        self.repeat_password.setObjectName("recoveryRepeatPassword")
        for field in (self.new_password, self.repeat_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(256)
            field.textChanged.connect(self._check_rules)
        self.rules = QLabel()
        self.rules.setObjectName("recoveryRules")
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.otp = QLineEdit()
        self.otp.setObjectName("recoveryOtp")
        self.otp.setPlaceholderText(self.tr("6 digits from your authenticator"))
        self.otp.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        form.addRow("", self.rules)
        form.addRow(self.tr("One-time code"), self.otp)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # --- rules as the user types -------------------------------------------------------------------

    def _rules_arrived(self, rules) -> None:
        self._rules = rules
        self._check_rules()

    def local_rule_checks(self) -> dict[str, bool]:
        """What the console can check as the user types; the server checks every rule again."""
        return password_rules.local_checks(self.new_password.text(), self.username.text())

    def _check_rules(self) -> None:
        local = self.local_rule_checks()
        match = self.tr("Both entries match.")  # here, where lupdate finds it
        text, same = password_rules.checklist(self._rules, local, self.new_password.text(),
                                              self.repeat_password.text(), match)
        self.rules.setText(text)

    # --- the steps ---------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        self.again_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _failed(self, error) -> None:
        self._busy(False)
        self.show_error(sentence(error))

    def _submit(self) -> None:
        if self.pages.currentIndex() == 0:
            self.send_code()
        else:
            self.set_password()

    def send_code(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Enter your user name."))
            return
        self.show_error("")
        self._busy(True)
        service = self.service
        self.runner.run(lambda: service.start(username), done=self._code_sent, failed=self._failed, owner=self)

    def _code_sent(self, started) -> None:
        self._busy(False)
        self.sent.setText(started.message)
        self.pages.setCurrentIndex(1)
        self.ok_button.setText(self.tr("Set new password"))
        self.again_button.show()
        self.code.clear()
        self.code.setFocus()
        if self.demo:
            service, username = self.service, self.username.text().strip()
            self.runner.run(lambda: service.demo_code(username), done=self._demo_code, failed=lambda error: None,
                            owner=self)

    def _demo_code(self, found) -> None:
        if found is None:
            self.demo_hint.setText(self.tr("Demo platform: no code was sent to this user name (only the demo "
                                           "accounts have an e-mail address)."))
        else:
            self.demo_hint.setText(fill(self.tr("Demo platform: the e-mail to %1 says the code is %2."),
                                        found.sent_to, found.code))
        self.demo_hint.show()

    def set_password(self) -> None:
        username, code = self.username.text().strip(), self.code.text().strip()
        new, repeat, otp = self.new_password.text(), self.repeat_password.text(), self.otp.text().strip()
        if len(code) != 6:
            self.show_error(self.tr("Enter the 6-digit recovery code from the e-mail."))
            return
        if not new or new != repeat:
            self.show_error(self.tr("The two entries of the new password differ."))
            return
        if len(otp) != 6:
            self.show_error(self.tr("Enter the 6-digit code from your authenticator."))
            return
        self.show_error("")
        self._busy(True)
        service = self.service
        self.runner.run(lambda: service.confirm(username, code, new, otp), done=self._done, failed=self._refused,
                        owner=self)

    def _refused(self, error) -> None:
        self._failed(error)
        self.otp.clear()  # a one-time code works once: the next try needs the next one

    def _done(self, _none) -> None:
        self._busy(False)
        for field in (self.new_password, self.repeat_password, self.code, self.otp):
            field.clear()
        self.recovered.emit(self.username.text().strip())
        self.accept()
