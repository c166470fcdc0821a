"""My profile (个人资料): who the signed-in user is, their roles and permissions; changing their own
password under the platform's password rules (checked as they type, the server's refusals shown beside
the field); and re-enrolling their authenticator (confirmed with the current device, then a QR code for
the new one, then a code from the new device)."""


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.services import errors
from app.services.administration import Administration
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.views.session import password_rules
from app.services.messages import describe, field_message
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.session.authenticator_code import show_enrolment
from app.views.session.step_up_dialog import StepUpDialog
from app.views.common.typography import heading
from app.services.placeholders import fill

from app.views.session.password_rules import DONE_COLOUR, ERROR_COLOUR


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.hide()
    return label


# The areas the permissions belong to, in words (the codes stay with the server and the roles screen).
AREAS = {"loan": ("贷款", "Loans"), "customer": ("客户", "Customers"), "funds": ("资金", "Funds"),
         "recon": ("对账", "Reconciliation"), "report": ("报表", "Reports"), "admin": ("系统管理", "Administration"),
         "audit": ("审计", "Audit"), "pii": ("个人信息", "Personal data"), "alert": ("告警", "Alerts"),
         "monitoring": ("监控", "Monitoring"), "data": ("数据导入", "Data import")}


def permission_tree(session: ConsoleSession) -> QTreeWidget:
    """What the user may do, grouped by area: each permission's label and what it allows."""
    me, zh = session.me, current_is_chinese()
    tree = QTreeWidget()
    tree.setObjectName("profilePermissions")
    tree.setHeaderLabels([QCoreApplication.translate("ProfileDialog", "Permission"),
                          QCoreApplication.translate("ProfileDialog", "Description")])
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    by_area: dict[str, list] = {}
    for name in sorted(me.permissions):
        permission = session.registry.get(name)
        if permission:
            by_area.setdefault(permission.area, []).append(permission)
    for area, permissions in by_area.items():
        label = AREAS.get(area, (area, area))
        parent = QTreeWidgetItem([label[0] if zh else label[1]])
        for p in permissions:
            description = p.description_zh if zh else p.description_en
            child = QTreeWidgetItem([p.label_zh if zh else p.label_en, description])
            child.setToolTip(1, description)
            parent.addChild(child)
        tree.addTopLevelItem(parent)
    tree.expandAll()
    # The permission's name whole, with air before its description.
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    tree.resizeColumnToContents(0)
    tree.setColumnWidth(0, tree.columnWidth(0) + 24)
    # Each description whole (never elided with …): the column takes its longest, the tree scrolls sideways if the
    # dialog is narrower.
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class ProfileDialog(QDialog):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None,
                 administration: Administration | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.admin = administration or Administration(session.api)
        self.last_dialog = None
        self._rules = []
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("My profile"))
        self.setWindowIcon(icon("user"))
        self.setMinimumSize(900, 600)
        me, chinese = session.me, current_is_chinese()

        who = heading(fill(self.tr("%1 (%2)"), me.display_name, me.username), 1.3)
        who.setProperty("identifier", True)  # the user's names
        roles = ("、" if chinese else ", ").join(r.label_zh if chinese else r.label_en for r in me.roles)
        roles_label = QLabel(fill(self.tr("Roles: %1"), roles or self.tr("none")))
        roles_label.setObjectName("profileRoles")
        self.permissions = permission_tree(session)
        # The password and the authenticator side by side above; the permissions below across the whole width, so
        # that each description reads whole.
        boxes = QHBoxLayout()
        boxes.addWidget(self._password_box(), 1)
        boxes.addWidget(self._device_box(), 1)
        columns = QVBoxLayout()
        columns.addWidget(roles_label)
        columns.addLayout(boxes)
        columns.addWidget(QLabel(self.tr("Permissions")))
        columns.addWidget(self.permissions, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        api = session.api
        self.runner.run(api.password_rules, done=self._rules_arrived, failed=lambda error: None, owner=self)

    @classmethod
    def show_for(cls, session: ConsoleSession, runner: TaskRunner, parent=None) -> "ProfileDialog":
        dialog = cls(session, runner, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- password ----------------------------------------------------------------------------------

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change password"))
        form = QFormLayout(box)
        self.current_password = QLineEdit()
        self.current_password.setObjectName("currentPassword")
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.repeat_password = QLineEdit()
        self.repeat_password.setObjectName("repeatPassword")
        for field in (self.current_password, self.new_password, self.repeat_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(256)
            field.textChanged.connect(self._check_rules)
        self.current_error = _error_label("currentPasswordError")
        self.new_error = _error_label("newPasswordError")
        self.rules = QLabel()
        self.rules.setObjectName("passwordRules")
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.change_button = QPushButton(icon("key-round"), self.tr("Change password"))
        self.change_button.setObjectName("changePassword")
        self.change_button.clicked.connect(self.change_password)
        self.password_done = QLabel()
        self.password_done.setObjectName("passwordDone")
        self.password_done.setStyleSheet(f"color: {DONE_COLOUR}")
        form.addRow(self.tr("Current password"), self.current_password)
        form.addRow("", self.current_error)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        form.addRow("", self.new_error)
        form.addRow("", self.rules)
        row = QHBoxLayout()
        row.addWidget(self.password_done, 1)
        row.addWidget(self.change_button)
        form.addRow(row)
        self._check_rules()
        return box

    def _rules_arrived(self, rules) -> None:
        self._rules = rules
        self._check_rules()

    def local_rule_checks(self) -> dict[str, bool]:
        """What the console can check as the user types; the server checks every rule again."""
        return password_rules.local_checks(self.new_password.text(), self.session.me.username)

    def _check_rules(self) -> None:
        local = self.local_rule_checks()
        match = self.tr("Both entries match.")  # here, where lupdate finds it
        text, same = password_rules.checklist(self._rules, local, self.new_password.text(),
                                              self.repeat_password.text(), match)
        self.rules.setText(text)
        self.change_button.setEnabled(bool(self.current_password.text()) and same and all(local.values()))

    def change_password(self) -> None:
        current, new = self.current_password.text(), self.new_password.text()
        if not self.change_button.isEnabled():
            return
        for label in (self.current_error, self.new_error):
            label.hide()
        self.password_done.setText(self.tr("Changing…"))
        self.change_button.setEnabled(False)
        admin = self.admin
        self.runner.run(lambda: admin.change_own_password(current, new), done=self._password_changed,
                        failed=self._password_refused, owner=self)

    def _password_changed(self, _none) -> None:
        for field in (self.current_password, self.new_password, self.repeat_password):
            field.clear()
        self.password_done.setText(self.tr("Your password has been changed. Use it from your next sign-in."))

    def _password_refused(self, error) -> None:
        """The refusal beside the field it concerns; what was typed stays."""
        self.password_done.setText("")
        if isinstance(error, errors.Unauthorized) and error.code == "invalid_credentials":
            self.current_error.setText(self.tr("The current password is wrong."))
            self.current_error.show()
        elif isinstance(error, errors.ValidationFailed) and error.field_errors:
            self.new_error.setText("\n".join(field_message(f) for f in error.field_errors))
            self.new_error.show()
        else:
            self.new_error.setText(describe(error))
            self.new_error.show()
        self._check_rules()

    # --- authenticator -----------------------------------------------------------------------------

    def _device_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Authenticator"))
        layout = QVBoxLayout(box)
        intro = QLabel(self.tr("Moving to a new phone? Confirm with a code from your current authenticator, scan "
                               "the new code with the new one, and confirm with a code it shows. Until then the "
                               "current authenticator keeps working."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.enrol_button = QPushButton(icon("smartphone"), self.tr("Re-enrol authenticator…"))
        self.enrol_button.setObjectName("reenrolDevice")
        self.enrol_button.clicked.connect(self.start_enrolment)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.enrol_button)
        self.enrol_page = QWidget()
        page = QVBoxLayout(self.enrol_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setObjectName("deviceQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret_text = QLabel()
        self.secret_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.device_code = QLineEdit()
        self.device_code.setObjectName("newDeviceCode")
        self.device_code.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.device_code.setPlaceholderText("000000")
        self.confirm_button = QPushButton(self.tr("Confirm the new authenticator"))
        self.confirm_button.setObjectName("confirmDevice")
        self.confirm_button.clicked.connect(self.confirm_device)
        self.device_code.textChanged.connect(
            lambda text: self.confirm_button.setEnabled(len(text) == 6))
        self.device_code.returnPressed.connect(self.confirm_device)
        self.confirm_button.setEnabled(False)
        code_row = QHBoxLayout()
        code_row.addWidget(QLabel(self.tr("Code from the new app")))
        code_row.addWidget(self.device_code, 1)
        code_row.addWidget(self.confirm_button)
        page.addWidget(self.qr)
        page.addWidget(self.secret_text)
        page.addLayout(code_row)
        self.enrol_page.hide()
        self.device_state = QLabel()
        self.device_state.setObjectName("deviceState")
        self.device_state.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.enrol_page)
        layout.addWidget(self.device_state)
        return box

    def _device_message(self, text: str, error: bool = False) -> None:
        self.device_state.setText(text)
        self.device_state.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")

    def start_enrolment(self) -> StepUpDialog:
        admin = self.admin

        def begin(token):
            self._device_message(self.tr("Preparing the new authenticator…"))
            self.runner.run(lambda: admin.start_device_enrolment(token), done=self.show_new_device,
                            failed=lambda error: self._device_message(describe(error), error=True), owner=self)

        self.last_dialog = StepUpDialog.ask(
            self.tr("Re-enrol your authenticator: first confirm with a code from your current authenticator app."),
            admin.step_up, self.runner, self, then=begin)
        return self.last_dialog

    def show_new_device(self, uri: str) -> None:
        show_enrolment(uri, self.qr, self.secret_text)
        self.enrol_page.show()
        self.enrol_button.setEnabled(False)
        self._device_message(self.tr("Scan the code with the new authenticator app, then enter the code it shows."))
        self.device_code.setFocus()

    def confirm_device(self) -> None:
        code = self.device_code.text()
        if len(code) != 6:
            return
        self.confirm_button.setEnabled(False)
        admin = self.admin

        def failed(error):
            self.confirm_button.setEnabled(True)
            self._device_message(describe(error), error=True)

        self.runner.run(lambda: admin.confirm_device(code), done=self._device_confirmed, failed=failed, owner=self)

    def _device_confirmed(self, _none) -> None:
        self.enrol_page.hide()
        self.qr.clear()
        self.secret_text.clear()
        self.device_code.clear()
        self.enrol_button.setEnabled(True)
        self._device_message(self.tr("The new authenticator is in use; the old one's codes no longer work."))
