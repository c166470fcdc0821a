"""The sign-in dialog: profile, user name, password, one-time code; first sign-in leads through a new
password and enrolling an authenticator. Network work runs through the task runner."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyotp
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.views.common.typography import heading
from app.services import clock, credentials
from app.services.embedded_platform import EmbeddedPlatform
from app.services.messages import describe, field_message
from app.services.settings import AppSettings, Profile, demo_profile
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.api_client import ApiClient
    from app.services.session import ConsoleSession
    from app.views.session.recovery_dialog import RecoveryDialog

# Modules the dialog needs only once the user acts (signing in, recovering a password, enrolling a device): imported
# then, or earlier by the console's warm-up thread once the dialog is on screen (app/application.py).
SIGN_IN_MODULES = ("app.services.api_client", "app.services.session", "app.views.session.recovery_dialog",
                   "app.views.session.authenticator_code")


def _demo_accounts():
    from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD  # the embedded platform ships beside us

    return DEMO_ACCOUNTS, DEMO_PASSWORD


class SignInDialog(QDialog):
    signed_in = Signal(object)  # ConsoleSession

    def __init__(self, settings: AppSettings, runner: TaskRunner, platform: EmbeddedPlatform | None, parent=None):
        super().__init__(parent)
        self.settings, self.runner, self.platform = settings, runner, platform
        self.api: ApiClient | None = None
        self.challenge: str | None = None
        self.setWindowTitle(self.tr("P2P Back Office — Sign in"))
        self.setMinimumWidth(560)
        self._build()
        self._load_profiles()
        if platform is not None:
            platform.ready.connect(self._platform_ready)
            platform.failed.connect(self._platform_failed)
            if platform.url:
                self._platform_ready(platform.url)
        self._codes = QTimer(self, interval=1000, timeout=self._refresh_codes)
        self._codes.start()
        self._profile_changed()
        self._refresh_codes()

    # --- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        title = heading(self.tr("P2P Back Office"), 1.6)
        subtitle = QLabel(self.tr("Operations console of the lending platform"))
        subtitle.setProperty("role", "muted")
        outer.addWidget(title)
        outer.addWidget(subtitle)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._credentials_page())
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._enroll_page())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        outer.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(4)
        self.busy.setTextVisible(False)
        self.busy.hide()
        outer.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Sign in"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.ok_button)
        outer.addLayout(buttons)

    def _credentials_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        form = QFormLayout()
        self.profile = QComboBox()
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.platform_state = QLabel()
        self.platform_state.setProperty("role", "muted")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("6 digits from your authenticator"))
        self.code.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.stay = QCheckBox(self.tr("Stay signed in on this computer"))
        # Whether the keyring is secure is asked off the GUI thread (finding its backend takes a tenth of a second
        # or more); a token is never stored in an insecure one whatever the box says meanwhile.
        self.runner.run(credentials.secure_storage, done=self._storage_known, failed=lambda _e: None, owner=self)
        form.addRow(self.tr("Server"), self.profile)
        form.addRow("", self.platform_state)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow("", self.stay)
        self.forgot = QPushButton(self.tr("Forgot password?"))
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.open_recovery)
        self.notice = QLabel()
        self.notice.setObjectName("signInNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        forgot_row = QHBoxLayout()
        forgot_row.addWidget(self.notice, 1)
        forgot_row.addWidget(self.forgot)
        form.addRow("", forgot_row)
        layout.addLayout(form)
        self.demo_box = QFrame()
        self.demo_box.setFrameShape(QFrame.Shape.StyledPanel)
        demo_layout = QVBoxLayout(self.demo_box)
        hint = QLabel(self.tr("Demo accounts (shown only for the local demo platform). "
                              "Double-click one to fill in the form."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        demo_layout.addWidget(hint)
        accounts, _password = _demo_accounts()
        self.demo_table = QTableWidget(len(accounts), 3)
        self.demo_table.setObjectName("demoAccounts")
        self.demo_table.setProperty("identifierColumns", [0, 2])  # user names and one-time codes
        self.demo_table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name and role"), self.tr("Current code")])
        self.demo_table.verticalHeader().hide()
        self.demo_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.demo_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.demo_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.demo_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        for row, account in enumerate(accounts):
            self.demo_table.setItem(row, 0, QTableWidgetItem(account.username))
            self.demo_table.setItem(row, 1, QTableWidgetItem(f"{account.display_name} · {self._role_label(account.role)}"))
            code = QTableWidgetItem("")
            code.setFont(mono)
            self.demo_table.setItem(row, 2, code)
        self.demo_table.resizeRowsToContents()
        # All rows visible without scrolling; the header's size hint is known before the dialog is shown.
        self.demo_table.setFixedHeight(self.demo_table.verticalHeader().length()
                                       + self.demo_table.horizontalHeader().sizeHint().height()
                                       + 2 * self.demo_table.frameWidth() + 2)
        self.demo_table.cellDoubleClicked.connect(lambda row, _col: self.fill_demo(row))
        demo_layout.addWidget(self.demo_table)
        layout.addWidget(self.demo_box)
        layout.addStretch(1)  # spare height goes below the form, not into it
        return page

    def _role_label(self, role: str) -> str:
        labels = {"risk_officer": self.tr("Risk officer"), "senior_risk_officer": self.tr("Senior risk officer"),
                  "finance_clerk": self.tr("Finance clerk"), "finance_manager": self.tr("Finance manager"),
                  "admin": self.tr("Administrator"), "auditor": self.tr("Auditor"),
                  "customer_service": self.tr("Customer service")}
        return labels.get(role, role)

    def _password_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("This is your first sign-in with a temporary password. Choose your own password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.textChanged.connect(self._check_rules)
        self.repeat_password = QLineEdit()
        self.repeat_password.setObjectName("repeatPassword")
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.textChanged.connect(self._check_rules)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        layout.addLayout(form)
        self.rules = QLabel()
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.rules)
        layout.addStretch(1)
        return page

    def _enroll_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Scan this code with an authenticator app (for example Google Authenticator or "
                               "Microsoft Authenticator), then enter the 6-digit code it shows."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.secret_text = QLabel()
        self.secret_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.secret_text)
        form = QFormLayout()
        self.enroll_code = QLineEdit()
        self.enroll_code.setObjectName("enrollCode")
        self.enroll_code.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        form.addRow(self.tr("Code from the app"), self.enroll_code)
        layout.addLayout(form)
        return page

    # --- profiles and the embedded platform --------------------------------------------------------

    def _load_profiles(self) -> None:
        self.profile.clear()
        self._profiles: list[Profile] = [demo_profile(self.tr("Local demo platform")), *self.settings.profiles()]
        for profile in self._profiles:
            self.profile.addItem(profile.name if profile.embedded else f"{profile.name} ({profile.url})")
        last = self.settings.last_profile
        index = next((i for i, p in enumerate(self._profiles) if p.id == last), 0)
        self.profile.setCurrentIndex(index)

    def _storage_known(self, answer: tuple[bool, str]) -> None:
        secure, _backend = answer
        if not secure:
            self.stay.setChecked(False)
            self.stay.setEnabled(False)
            # The backend's name is for support, not for the user: it stays out of the sentence.
            self.stay.setToolTip(self.tr("No secure credential store (the system's keyring) is available on this "
                                         "computer, so nothing can be remembered safely."))

    @property
    def current_profile(self) -> Profile:
        return self._profiles[max(self.profile.currentIndex(), 0)]

    def _profile_changed(self) -> None:
        if not hasattr(self, "_profiles"):
            return
        profile = self.current_profile
        self.demo_box.setVisible(profile.embedded)
        self.username.setText(self.settings.last_username(profile.id))
        self.stay.setChecked(self.stay.isEnabled() and self.settings.stay_signed_in(profile.id))
        if profile.embedded and self.platform is not None and not self.platform.url:
            self.platform_state.setText(self.tr("Starting the local demo platform…"))
            self.platform_state.show()
            self.ok_button.setEnabled(False)
        else:
            self.platform_state.setVisible(profile.embedded)
            self.platform_state.setText(self.tr("The local demo platform is running."))
            self.ok_button.setEnabled(True)
        (self.password if self.username.text() else self.username).setFocus()

    def _platform_ready(self, _url: str) -> None:
        if self.current_profile.embedded:
            self.platform_state.setText(self.tr("The local demo platform is running."))
            self.ok_button.setEnabled(True)
            self.try_resume()

    def _platform_failed(self, message: str) -> None:
        self.platform_state.setText(self.tr("The local demo platform could not start."))
        self._show_error(message)

    def _client(self) -> ApiClient:
        from app.services.api_client import ApiClient

        profile = self.current_profile
        url = self.platform.url if profile.embedded and self.platform else profile.url
        return ApiClient(url, profile.ca_bundle or None, profile.pinned_sha256 or None)

    def _refresh_codes(self) -> None:
        if not self.current_profile.embedded:
            return
        accounts, _ = _demo_accounts()
        now = clock.now_utc()
        left = 30 - int(now.timestamp()) % 30
        for row, account in enumerate(accounts):
            self.demo_table.item(row, 2).setText(f"{pyotp.TOTP(account.totp_secret).at(now)}  ({left}s)")

    def fill_demo(self, row: int) -> None:
        accounts, password = _demo_accounts()
        account = accounts[row]
        self.username.setText(account.username)
        self.password.setText(password)
        self.code.setText(pyotp.TOTP(account.totp_secret).at(clock.now_utc()))
        self.ok_button.setFocus()

    # --- forgot password ---------------------------------------------------------------------------

    def open_recovery(self) -> RecoveryDialog | None:
        """The recovery dialog for the chosen server; afterwards the user name stays filled for signing in."""
        if not self.ok_button.isEnabled():
            return None
        self._show_error("")
        from app.services.recovery import RecoveryService
        from app.views.session.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(RecoveryService(self._client()), self.runner, self.username.text().strip(),
                                demo=self.current_profile.embedded, parent=self)
        dialog.recovered.connect(self._recovered)
        dialog.finished.connect(dialog.deleteLater)
        self.recovery = dialog
        dialog.open()
        return dialog

    def _recovered(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.code.clear()
        self.notice.setText(self.tr("Your password has been changed and your other sessions ended. "
                                    "Sign in with the new password."))
        self.notice.show()
        self.password.setFocus()

    # --- the steps ---------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        self.profile.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _failed(self, error) -> None:
        self._busy(False)
        if getattr(error, "code", None) == "invalid_credentials":
            # The server gives one answer for a wrong password and a wrong code, so that it never tells an
            # attacker the password was right: the sentence names all three.
            self._show_error(self.tr("The user name, password or one-time code is wrong."))
        else:
            self._show_error(describe(error))

    def try_resume(self) -> None:
        """"Stay signed in": a refresh token in the keyring leads straight to the main window."""
        profile, username = self.current_profile, self.username.text().strip()
        if not (username and self.stay.isChecked()):
            return
        token = credentials.load_refresh_token(profile.id, username)
        if not token:
            return
        api = self._client()

        def resume():
            api.resume(token)
            from app.services.session import ConsoleSession

            return ConsoleSession.load(profile, api, remember=True)

        def failed(error):
            credentials.forget(profile.id, username)
            self._failed(error)

        self._busy(True)
        self.runner.run(resume, done=self._signed_in, failed=failed, owner=self)

    def _submit(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self._sign_in()
        elif page == 1:
            self._change_password()
        else:
            self._enroll()

    def _sign_in(self) -> None:
        username, password, code = self.username.text().strip(), self.password.text(), self.code.text().strip()
        if not username or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self._show_error("")
        self.api = self._client()
        api = self.api
        self._busy(True)
        self.runner.run(lambda: api.sign_in(username, password, code or None), done=self._after_step,
                        failed=self._failed, owner=self)

    def _after_step(self, step) -> None:
        self._busy(False)
        self.challenge = step.challenge
        if step.status == "password_change_required":
            self.pages.setCurrentIndex(1)
            self.ok_button.setText(self.tr("Set password"))
            api = self.api
            self.runner.run(api.password_rules, done=self._show_rules, failed=lambda e: None, owner=self)
            self.new_password.setFocus()
        elif step.status == "totp_enrollment_required":
            self.pages.setCurrentIndex(2)
            self.ok_button.setText(self.tr("Confirm"))
            self._show_qr(step.otpauth_uri)
            self.enroll_code.setFocus()
        else:
            self._load_session()

    def _show_rules(self, rules) -> None:
        self._rules = rules
        self._check_rules()

    def _check_rules(self) -> None:
        """The rules as the user types: ✓ met, ✗ not yet; the server checks them all again."""
        from app.services.language import current_is_chinese

        text, username = self.new_password.text(), self.username.text().strip().lower()
        local = {
            "password_too_short": len(text) >= 10,
            "password_only_digits": bool(text) and not text.isdigit(),
            "password_only_letters": bool(text) and not text.isalpha(),
            "password_contains_username": bool(text) and not (username and username in text.lower()),
        }
        lines = []
        for rule in getattr(self, "_rules", []):
            label = rule.zh if current_is_chinese() else rule.en
            met = local.get(rule.code)
            mark = "·" if met is None else ("✓" if met else "✗")
            colour = "#666" if met is None else ("#1a7f37" if met else "#b42318")
            lines.append(f'<span style="color:{colour}">{mark} {label}</span>')
        same = bool(text) and text == self.repeat_password.text()
        match_label = self.tr("Both entries match.")
        lines.append(f'<span style="color:{"#1a7f37" if same else "#666"}">{"✓" if same else "·"} {match_label}</span>')
        self.rules.setText("<br>".join(lines))

    def _change_password(self) -> None:
        new, repeat = self.new_password.text(), self.repeat_password.text()
        if new != repeat:
            self._show_error(self.tr("The two entries differ."))
            return
        self._show_error("")
        api, challenge = self.api, self.challenge
        self._busy(True)

        def failed(error):
            self._busy(False)
            fields = getattr(error, "field_errors", [])
            self._show_error("\n".join(field_message(f) for f in fields) if fields else describe(error))

        self.runner.run(lambda: api.change_password(challenge, new), done=self._after_step, failed=failed, owner=self)

    def _show_qr(self, uri: str) -> None:
        from app.views.session.authenticator_code import show_enrolment

        show_enrolment(uri, self.qr, self.secret_text, scale=5)

    def _enroll(self) -> None:
        code = self.enroll_code.text().strip()
        api, challenge = self.api, self.challenge
        self._busy(True)
        self.runner.run(lambda: api.enroll_totp(challenge, code), done=self._after_step, failed=self._failed, owner=self)

    def _load_session(self) -> None:
        profile, api, remember = self.current_profile, self.api, self.stay.isChecked()
        self._busy(True)
        from app.services.session import ConsoleSession

        self.runner.run(lambda: ConsoleSession.load(profile, api, remember), done=self._signed_in, failed=self._failed,
                        owner=self)

    def _signed_in(self, session: ConsoleSession) -> None:
        self._busy(False)
        self.settings.last_profile = session.profile.id
        self.settings.set_last_username(session.profile.id, session.me.username)
        self.settings.set_stay_signed_in(session.profile.id, session.remember)
        self.password.clear()
        self.code.clear()
        self.signed_in.emit(session)
        self.accept()
