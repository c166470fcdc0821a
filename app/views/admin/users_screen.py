"""Staff accounts (员工账户): the server-paged list with its filters and counts, the selected account's
roles, effective permissions (and the roles that give each), separation-of-duties conflicts, sessions and
recent activity, and the administrator's actions on it. Sensitive actions ask for a fresh one-time code;
dangerous ones repeat what will happen and to whom. An administrator's own account cannot be disabled,
reset or re-granted from here (the server refuses it too)."""

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableView,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.audit_words import action_text, object_text
from app.models.paged_table import Column, PagedTableModel
from app.models.staff_records import RoleRecord, SeparationRule, TemporaryPassword, UserDetail, UserRow, broken_rules
from app.services.administration import Administration, needs_justification, rules_of
from app.services.placeholders import fill
from app.views.common.combo_width import never_cut
from app.views.common.dense_table import widen_to_fit
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.common.reason_dialog import ReasonDialog
from app.views.admin.roles_screen import JustificationDialog, conflict_text, permission_label
from app.views.common.state_badge import BadgeDelegate, badge_html, state_label
from app.views.session.step_up_dialog import StepUpDialog
from app.views.common.typography import heading
STATE_COLUMN = 3
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")  # the server's own check (server/staff/schemas.py)
ERROR_COLOUR, WARN_COLOUR, DONE_COLOUR = "#b42318", "#b54708", "#1a7f37"
_STATES = {"active": ("正常", "Active", "green"), "disabled": ("已停用", "Disabled", "grey"),
           "locked": ("已锁定", "Locked", "orange")}


def separator() -> str:
    """Between the items of a list in a sentence: 、 in Chinese, a comma in English."""
    return "、" if current_is_chinese() else ", "


def who(user) -> str:
    """A staff account as people read it: 陈静（finance） in Chinese, Chen Jing (finance) in English."""
    return f"{user.display_name}（{user.username}）" if current_is_chinese() else f"{user.display_name} ({user.username})"


def user_state_label(state: str) -> str:
    return state_label(state, _STATES)


class TemporaryPasswordDialog(QDialog):
    """A temporary password, shown this once: copyable, with the warning that it will not be shown again."""

    def __init__(self, title: str, user: UserRow, password: str, parent=None):
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Temporary password of %1 (%2):"), user.display_name, user.username))
        self.password = QLineEdit(password)
        self.password.setObjectName("temporaryPassword")
        self.password.setReadOnly(True)
        font = self.password.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.password.setFont(font)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        warning = QLabel(self.tr("This password is shown only now and will not be shown again: the platform does "
                                 "not keep it. Give it to the user in person or over a trusted channel; they "
                                 "must choose their own password at their first sign-in."))
        warning.setObjectName("temporaryPasswordWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {WARN_COLOUR}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(warning)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy_button.setText(self.tr("Copied"))

    def done(self, result: int) -> None:
        self.password.clear()  # the password leaves memory with the dialog
        super().done(result)


class RoleChecklist(QWidget):
    """A checkbox per role with a live separation-of-duties warning for the combination ticked."""

    def __init__(self, roles: list[RoleRecord], rules: list[SeparationRule], registry, held=(), parent=None):
        super().__init__(parent)
        self.roles, self.rules, self.registry = roles, rules, registry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for role in roles:
            box = QCheckBox(role.label(current_is_chinese()))  # the role in words; its code stays on the wire
            box.setChecked(role.name in held)
            box.setToolTip(", ".join(permission_label(registry, p) for p in sorted(role.permissions)))
            box.toggled.connect(self._update)
            self.boxes[role.name] = box
            layout.addWidget(box)
        self.warning = QLabel()
        self.warning.setObjectName("rolesWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARN_COLOUR}")
        layout.addWidget(self.warning)
        self._update()

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, names) -> None:
        for name, box in self.boxes.items():
            box.setChecked(name in names)

    def conflicts(self) -> list[SeparationRule]:
        permissions = {p for role in self.roles if role.name in self.chosen() for p in role.permissions}
        return broken_rules(self.rules, permissions)

    def _update(self) -> None:
        permissions = {p for role in self.roles if role.name in self.chosen() for p in role.permissions}
        broken = broken_rules(self.rules, permissions)
        self.warning.setText("\n".join(["⚠ " + self.tr("Separation of duties; a written justification will be "
                                                       "asked for:")]
                                       + [f"• {conflict_text(rule, permissions, self.registry)}" for rule in broken])
                             if broken else "")
        self.warning.setVisible(bool(broken))


class RolesDialog(QDialog):
    def __init__(self, title: str, summary: str, checklist: RoleChecklist, parent=None):
        super().__init__(parent)
        self.setObjectName("userRolesDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(summary)
        label.setWordWrap(True)
        self.checklist = checklist
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(checklist)
        layout.addWidget(self.buttons)


class UserFormDialog(QDialog):
    """New account (user name, name, phone, e-mail, roles) or edit (name, phone, e-mail). The phone (the mobile)
    and the e-mail are where password recovery codes go."""

    def __init__(self, title: str, parent=None, *, user: UserRow | None = None, checklist: RoleChecklist | None = None):
        super().__init__(parent)
        self.setObjectName("userFormDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9._\-]{0,64}"))
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(100)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setValidator(QRegularExpressionValidator(r"[0-9 +\-]{0,20}"))
        self.phone.setPlaceholderText(self.tr("Leave empty to keep it") if user else "13912345678")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setMaxLength(200)
        self.email.setValidator(QRegularExpressionValidator(r"\S{0,200}"))
        self.email.setPlaceholderText(self.tr("Leave empty to keep it") if user else "wang.fang@example.com")
        self.email.setToolTip(self.tr("Where a password recovery code is sent"))
        if user is None:
            form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        layout.addLayout(form)
        self.checklist = checklist
        if checklist is not None:
            box = QGroupBox(self.tr("Roles"))
            QVBoxLayout(box).addWidget(checklist)
            layout.addWidget(box)
        self.creating = user is None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.username, self.display_name, self.email):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        email = self.email.text().strip()
        ok = (bool(self.display_name.text().strip()) and (not self.creating or len(self.username.text().strip()) >= 2)
              and (not email or _EMAIL.fullmatch(email) is not None))
        self.ok_button.setEnabled(ok)


def _authenticator_text(row: UserRow) -> str:
    if row.totp_enrolled:
        return QCoreApplication.translate("UsersScreen", "Enrolled")
    return QCoreApplication.translate("UsersScreen", "Not enrolled")


def _password_text(row: UserRow) -> str:
    if row.must_change_password:
        return QCoreApplication.translate("UsersScreen", "Temporary")
    return QCoreApplication.translate("UsersScreen", "Own")


def users_model(fetch_page, runner, role_label, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("UsersScreen", "User name"), lambda r: r.username, "username", mono=True),
        Column(QCoreApplication.translate("UsersScreen", "Name"), lambda r: r.display_name, "display_name"),
        Column(QCoreApplication.translate("UsersScreen", "Roles"), lambda r: separator().join(map(role_label, r.roles))),
        Column(QCoreApplication.translate("UsersScreen", "State"), lambda r: user_state_label(r.state)),
        Column(QCoreApplication.translate("UsersScreen", "Authenticator"), _authenticator_text),
        Column(QCoreApplication.translate("UsersScreen", "Password"), _password_text),
        Column(QCoreApplication.translate("UsersScreen", "Phone"), lambda r: r.phone or "", mono=True),
        Column(QCoreApplication.translate("UsersScreen", "E-mail"), lambda r: r.email or "", mono=True),
        Column(QCoreApplication.translate("UsersScreen", "Created"), lambda r: local_time(r.created_at), "created_at",
               mono=True),
    ]
    return PagedTableModel(columns, fetch_page, runner, "username", parent)


class UsersScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, administration: Administration | None = None,
                 parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.admin = administration or Administration(session.api)
        self.me = session.me
        self.can_grant = self.me.can("admin.roles")
        self.roles: list[RoleRecord] = []
        self.rules: list[SeparationRule] = []
        self.detail: UserDetail | None = None
        self._detail_id: int | None = None
        self.last_dialog = None  # the dialog opened last (tests answer it)
        self.setObjectName("usersScreen")

        bar = QHBoxLayout()
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        never_cut(self.role_filter)  # the roles' names arrive later
        self.role_filter.addItem(self.tr("All roles"), "")
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All states"), "")
        for state in _STATES:
            self.state_filter.addItem(user_state_label(state), state)
        self.search = QLineEdit(placeholderText=self.tr("User name or name"))
        self.search.setObjectName("userSearch")
        self.search.setClearButtonEnabled(True)
        go = QPushButton(icon("search"), self.tr("Search"))
        self.new_button = QPushButton(icon("user-plus"), self.tr("New user…"))
        self.new_button.setObjectName("newUser")
        self.new_button.clicked.connect(self.new_user)
        for widget, stretch in ((self.role_filter, 0), (self.state_filter, 0), (self.search, 1), (go, 0)):
            bar.addWidget(widget, stretch)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        self.search.returnPressed.connect(self.apply_filters)
        go.clicked.connect(self.apply_filters)
        self.role_filter.currentIndexChanged.connect(self.apply_filters)
        self.state_filter.currentIndexChanged.connect(self.apply_filters)
        self.count = QLabel()
        self.count.setObjectName("usersCount")
        self.count.setProperty("role", "muted")

        self.model = users_model(self.admin.users_page, runner, self.role_label, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.count.setText(describe(error)))
        self.table = QTableView()
        self.table.setProperty("identifierColumns", [0])  # user names are what people type, not words to translate
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 80, 150, 70, 100, 80, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(STATE_COLUMN, BadgeDelegate(
            lambda index: self.model.record(index.row()).state, self.table, _STATES))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_user(current.row()))
        self.model.modelReset.connect(lambda: self.show_user(-1))
        self.model.rowsInserted.connect(self._reselect)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._action_bar())
        session.changes.changed.connect(self._data_changed)
        self._load_roles()
        self.apply_filters()
        self.show_user(-1)

    # --- layout ------------------------------------------------------------------------------------

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 0, 0, 0)
        self.name_label = heading("", 1.3)
        self.name_label.setProperty("identifier", True)  # the staff member's name and user name
        self.name_label.setObjectName("userName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("userState")
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.state_label)
        top.addStretch(1)
        self.facts = QLabel()
        self.facts.setObjectName("userFacts")
        self.facts.setWordWrap(True)
        self.facts.setProperty("role", "muted")
        self.roles_label = QLabel()
        self.roles_label.setObjectName("userRoles")
        self.roles_label.setWordWrap(True)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("userConflicts")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setStyleSheet(f"color: {WARN_COLOUR}")
        self.conflicts_label.hide()
        self.permissions = self._tree([self.tr("Permission"), self.tr("Given by")], "userPermissions")
        self.sessions = self._tree([self.tr("Started"), self.tr("Last seen"), self.tr("Client address"),
                                    self.tr("State")], "userSessions")
        self.activity = self._tree([self.tr("Time"), self.tr("Action"), self.tr("Object")], "userActivity")
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("userDetailTabs")
        self.detail_tabs.addTab(self.permissions, self.tr("Effective permissions"))
        self.detail_tabs.addTab(self.sessions, self.tr("Sessions"))
        self.detail_tabs.addTab(self.activity, self.tr("Recent activity"))
        self.placeholder = QLabel(self.tr("Select an account to see its roles, permissions and sessions."))
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.detail_box = QWidget()
        box_layout = QVBoxLayout(self.detail_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(top)
        for widget in (self.facts, self.roles_label, self.conflicts_label):
            box_layout.addWidget(widget)
        box_layout.addWidget(self.detail_tabs, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.detail_box, 1)
        return pane

    @staticmethod
    def _tree(headers: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setHeaderLabels(headers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # not stretched: a stretched last column is as narrow as the pane leaves it and cuts "Ended 2026-12-03 14:03"
        tree.header().setStretchLastSection(False)
        return tree

    def _action_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("actionBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(bar)
        self.notice = QLabel()
        self.notice.setObjectName("usersNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, icon_name, text, slot in (
                ("edit", "user-pen", self.tr("Edit…"), self.edit_user),
                ("roles", "users", self.tr("Roles…"), self.choose_roles),
                ("unlock", "lock-open", self.tr("Unlock"), self.unlock_user),
                ("enable", "user-check", self.tr("Enable"), self.enable_user),
                ("disable", "user-x", self.tr("Disable…"), self.disable_user),
                ("reset_password", "key-round", self.tr("Reset password…"), self.reset_password),
                ("reset_totp", "smartphone", self.tr("Reset authenticator…"), self.reset_totp)):
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"user_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons["roles"].setVisible(self.can_grant)
        return bar

    # --- loading -----------------------------------------------------------------------------------

    def role_label(self, name: str) -> str:
        role = next((r for r in self.roles if r.name == name), None)
        return role.label(current_is_chinese()) if role else name

    def _load_roles(self) -> None:
        admin = self.admin
        if self.me.can("admin.roles", "audit.read"):
            self.runner.run(admin.roles, done=self._roles_arrived, failed=self._show_error, owner=self)
        self.runner.run(admin.separation_rules, done=lambda rules: setattr(self, "rules", rules),
                        failed=self._show_error, owner=self)

    def _roles_arrived(self, roles: list[RoleRecord]) -> None:
        self.roles = roles
        current = self.role_filter.currentData()
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in roles:
            self.role_filter.addItem(role.label(current_is_chinese()), role.name)
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(current)))
        self.role_filter.blockSignals(False)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 2), self.model.index(self.model.rowCount() - 1, 2))
        if self.detail is not None:
            self._render(self.detail)

    def filters(self) -> dict:
        return {"role": self.role_filter.currentData(), "state": self.state_filter.currentData(),
                "q": self.search.text().strip()}

    def apply_filters(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload(self.filters())
        admin = self.admin
        self.runner.run(lambda: {state: admin.user_count(state=state) for state in _STATES},
                        done=self._counts, failed=lambda error: None, owner=self)

    def refresh(self) -> None:
        self._load_roles()
        self.apply_filters()

    def _counts(self, counts: dict) -> None:
        self._state_counts = counts
        if self.model.rows or self.model.total:
            self._loaded(self.model.total)

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)
        if not total:
            self.count.setText(self.tr("No account matches these filters."))
            return
        parts = [fill(self.tr("%1 accounts · as of %2"), number(total), clock_now())]
        counts = getattr(self, "_state_counts", {})
        parts += [f"{user_state_label(state)} {number(counts[state])}" for state in _STATES if state in counts]
        self.count.setText(" · ".join(parts))

    def _data_changed(self, kind: str, ids) -> None:
        if kind == "staff_user":
            self.apply_filters()
        elif kind == "staff_role":
            self._load_roles()

    def _reselect(self, *_args) -> None:
        """After a reload, the account shown beside the list stays selected (the first one at the start)."""
        if self.table.currentIndex().isValid():
            return
        if self._detail_id is None:
            self.table.selectRow(0)
            return
        for row, record in enumerate(self.model.rows):
            if record.id == self._detail_id:
                self.table.selectRow(row)
                return

    def select_user(self, username: str) -> bool:
        for row, record in enumerate(self.model.rows):
            if record.username == username:
                self.table.selectRow(row)
                return True
        return False

    # --- the selected account ----------------------------------------------------------------------

    def selected(self) -> UserRow | None:
        return self.model.record(self.table.currentIndex().row())

    def show_user(self, row: int) -> None:
        record = self.model.record(row)
        if record is None:
            self.placeholder.show()
            self.detail_box.hide()
            self._update_buttons()
            return
        if record.id != self._detail_id:
            self.detail = None
            self.show_notice("")
        self._detail_id = record.id
        self.placeholder.hide()
        self.detail_box.show()
        self._render_summary(record)
        self._update_buttons()
        self._load_detail(record)

    def _load_detail(self, record: UserRow) -> None:
        admin, user_id, username = self.admin, record.id, record.username
        self.runner.run(lambda: admin.user(user_id), done=self._detail_arrived, failed=self._show_error, owner=self)
        if self.me.can("audit.read"):
            self.runner.run(lambda: admin.recent_activity(username), done=lambda page: self._activity(user_id, page),
                            failed=self._show_error, owner=self)
        else:
            self.detail_tabs.setTabVisible(2, False)

    def _detail_arrived(self, detail: UserDetail) -> None:
        if detail.user.id != self._detail_id:
            return
        self.detail = detail
        self._render(detail)
        self._update_buttons()

    def _render_summary(self, user: UserRow) -> None:
        self.name_label.setText(who(user))
        self.state_label.setText(badge_html(user.state, _STATES))
        facts = [self.tr("Authenticator enrolled") if user.totp_enrolled else self.tr("No authenticator enrolled"),
                 fill(self.tr("Created %1"), local_time(user.created_at))]
        if user.phone:
            facts.append(fill(self.tr("Phone %1"), user.phone))
        if user.email:
            facts.append(fill(self.tr("E-mail %1"), user.email))
        if user.must_change_password:
            facts.append(self.tr("Must choose a new password at next sign-in"))
        if user.state == "locked" and user.locked_until:
            facts.append(fill(self.tr("Locked until %1"), local_time(user.locked_until)))
        if user.id == self.me.id:
            facts.append(self.tr("This is your own account"))
        self.facts.setText(" · ".join(facts))
        roles = ("、" if current_is_chinese() else ", ").join(map(self.role_label, user.roles))
        self.roles_label.setText(fill(self.tr("Roles: %1"), roles or self.tr("none")))

    def _render(self, detail: UserDetail) -> None:
        self._render_summary(detail.user)
        registry = self.session.registry
        held = {p.name for p in detail.permissions}
        if detail.conflicts:
            lines = [f"• {conflict_text(rule, held, registry)}" for rule in detail.conflicts]
            self.conflicts_label.setText(self.tr("Separation of duties: this account combines duties kept apart:")
                                         + "\n" + "\n".join(lines))
        self.conflicts_label.setVisible(bool(detail.conflicts))
        self.permissions.clear()
        order = {name: i for i, name in enumerate(registry)}
        for source in sorted(detail.permissions, key=lambda p: order.get(p.name, len(order))):
            item = QTreeWidgetItem([permission_label(registry, source.name),
                                    separator().join(map(self.role_label, source.granted_by))])
            permission = registry.get(source.name)
            if permission is not None:
                item.setToolTip(0, permission.description_zh if current_is_chinese() else permission.description_en)
            self.permissions.addTopLevelItem(item)
        self.sessions.clear()
        for s in detail.sessions:
            state = self.tr("Active") if s.revoked_at is None else fill(self.tr("Ended %1"), local_time(s.revoked_at))
            item = QTreeWidgetItem([local_time(s.started_at), local_time(s.last_seen_at), s.client_addr, state])
            item.setToolTip(2, s.user_agent)
            self.sessions.addTopLevelItem(item)

    def _activity(self, user_id: int, page) -> None:
        if user_id != self._detail_id:
            return
        self.activity.clear()
        for record in page.items:
            self.activity.addTopLevelItem(QTreeWidgetItem([local_time(record.at, seconds=True),
                                                           action_text(record.action), object_text(record)]))

    def _update_buttons(self) -> None:
        user = self.selected()
        own = user is not None and user.id == self.me.id
        why_own = self.tr("You cannot do this to your own account; ask another administrator.")
        states = {
            "edit": user is not None,
            "roles": user is not None and self.can_grant and bool(self.roles),
            "unlock": user is not None and user.state == "locked",
            "enable": user is not None and user.state == "disabled",
            "disable": user is not None and user.state != "disabled",
            "reset_password": user is not None,
            "reset_totp": user is not None and user.totp_enrolled,
        }
        for key, button in self.buttons.items():
            forbidden_for_self = own and key in ("roles", "disable", "reset_password", "reset_totp")
            button.setEnabled(states[key] and not forbidden_for_self)
            button.setToolTip(why_own if forbidden_for_self else "")

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")

    def _show_error(self, error) -> None:
        self.show_notice(describe(error), error=True)

    def _changed(self, user: UserRow, message: str) -> None:
        """After an action: say what happened, and let every screen showing accounts refresh."""
        self.show_notice(fill(message, user.display_name, user.username))
        self._detail_id = user.id
        self.session.changes.changed.emit("staff_user", frozenset({user.id}))

    def _who(self, user: UserRow) -> str:
        return who(user)

    # --- dialogs -----------------------------------------------------------------------------------

    def _open(self, dialog):
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, title: str, text: str, ok_text: str, then) -> QMessageBox:
        """A dangerous action's confirmation, repeating what will happen and to whom; Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, self)
        box.ok_button = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: then() if box.clickedButton() is box.ok_button else None)
        return self._open(box)

    def step_up(self, what: str, then) -> StepUpDialog:
        dialog = StepUpDialog.ask(what, self.admin.step_up, self.runner, self, then=then)
        self.last_dialog = dialog
        return dialog

    def _justify_then(self, error, summary: str, resend) -> bool:
        """On 422 separation_of_duties: asks for the written justification and resends with it."""
        if not needs_justification(error):
            return False
        dialog = JustificationDialog(summary, rules_of(error), self)
        dialog.accepted.connect(lambda: resend(dialog.justification()))
        dialog.rejected.connect(lambda: self.show_notice(describe(error), error=True))
        self._open(dialog)
        return True

    def show_password(self, title: str, made: TemporaryPassword) -> TemporaryPasswordDialog:
        return self._open(TemporaryPasswordDialog(title, made.user, made.password, self))

    # --- actions -----------------------------------------------------------------------------------

    def new_user(self) -> UserFormDialog:
        checklist = RoleChecklist(self.roles, self.rules, self.session.registry)
        dialog = UserFormDialog(self.tr("New user"), self, checklist=checklist)
        dialog.accepted.connect(lambda: self._create(dialog.username.text().strip(),
                                                     dialog.display_name.text().strip(),
                                                     dialog.phone.text().strip(), checklist.chosen(),
                                                     dialog.email.text().strip()))
        return self._open(dialog)

    def _create(self, username: str, display_name: str, phone: str, roles: list[str], email: str = "") -> None:
        admin = self.admin
        what = fill(self.tr("Create the account %1 (%2)"), display_name, username)

        def send(token, justification=None):
            def failed(error):
                if not self._justify_then(error, fill(self.tr("The roles chosen for %1 combine duties that are kept "
                                                         "apart:"), username),
                                          lambda text: send(token, text)):
                    self._show_error(error)

            def done(made: TemporaryPassword):
                self._changed(made.user, self.tr("Account %1 (%2) created."))
                self.show_password(self.tr("New account"), made)

            self.runner.run(lambda: admin.create_user(username, display_name, roles, phone or None, token,
                                                      justification, email or None), done=done, failed=failed,
                            owner=self)

        self.step_up(what, send)

    def edit_user(self) -> UserFormDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = UserFormDialog(fill(self.tr("Edit %1"), self._who(user)), self, user=user)
        admin = self.admin

        def run():
            name, phone, email = (dialog.display_name.text().strip(), dialog.phone.text().strip(),
                                  dialog.email.text().strip())
            kept = ({"phone": phone} if phone else {}) | ({"email": email} if email else {})
            self.runner.run(lambda: admin.edit_user(user.id, user.version, name, **kept),
                            done=lambda updated: self._changed(updated, self.tr("Account %1 (%2) saved.")),
                            failed=self._refused, owner=self)

        dialog.accepted.connect(run)
        return self._open(dialog)

    def _refused(self, error) -> None:
        self._show_error(error)
        self.apply_filters()  # a stale version: show the current state

    def disable_user(self) -> ReasonDialog | None:
        user = self.selected()
        if user is None or user.id == self.me.id:
            return None
        dialog = ReasonDialog(self.tr("Disable account"),
                              self.tr("They are signed out at once and cannot sign in until an administrator "
                                      "enables the account again.") + "\n\n"
                              + fill(self.tr("Disable the account of %1?"), self._who(user)),
                              [self.tr("Left the company"), self.tr("Long leave"), self.tr("Suspected misuse"),
                               self.tr("Duplicate account")], self)
        dialog.ok_button.setText(self.tr("Disable"))
        dialog.accepted.connect(lambda: self.run_disable(user, dialog.reason()))
        return self._open(dialog)

    def run_disable(self, user: UserRow, reason: str) -> None:
        admin = self.admin
        self.runner.run(lambda: admin.disable_user(user.id, user.version, reason),
                        done=lambda updated: self._changed(updated, self.tr("Account %1 (%2) disabled; its sessions "
                                                                            "have ended.")),
                        failed=self._refused, owner=self)

    def enable_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        admin = self.admin
        self.runner.run(lambda: admin.enable_user(user.id, user.version),
                        done=lambda updated: self._changed(updated, self.tr("Account %1 (%2) enabled.")),
                        failed=self._refused, owner=self)

    def unlock_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        admin = self.admin
        self.runner.run(lambda: admin.unlock_user(user.id),
                        done=lambda updated: self._changed(updated, self.tr("Account %1 (%2) unlocked.")),
                        failed=self._refused, owner=self)

    def reset_password(self) -> QMessageBox | None:
        user = self.selected()
        if user is None or user.id == self.me.id:
            return None
        admin = self.admin

        def send(token):
            def done(made: TemporaryPassword):
                self._changed(made.user, self.tr("Password of %1 (%2) reset; their sessions have ended."))
                self.show_password(self.tr("Password reset"), made)

            self.runner.run(lambda: admin.reset_password(user.id, user.version, token), done=done,
                            failed=self._refused, owner=self)

        return self.confirm(
            self.tr("Reset password"),
            self.tr("Their sessions end at once, and they must sign in with a temporary password and choose a new "
                    "one.") + "\n\n" + fill(self.tr("Reset the password of %1?"), self._who(user)),
            self.tr("Reset password"),
            lambda: self.step_up(fill(self.tr("Reset the password of %1"), self._who(user)), send))

    def reset_totp(self) -> QMessageBox | None:
        user = self.selected()
        if user is None or user.id == self.me.id:
            return None
        admin = self.admin

        def send(token):
            self.runner.run(lambda: admin.reset_totp(user.id, user.version, token),
                            done=lambda updated: self._changed(updated, self.tr(
                                "Authenticator of %1 (%2) reset; they enrol a new one at their next sign-in.")),
                            failed=self._refused, owner=self)

        return self.confirm(
            self.tr("Reset authenticator"),
            self.tr("Their sessions end at once, and they must enrol a new authenticator app at their next "
                    "sign-in.") + "\n\n" + fill(self.tr("Reset the authenticator of %1?"), self._who(user)),
            self.tr("Reset authenticator"),
            lambda: self.step_up(fill(self.tr("Reset the authenticator of %1"), self._who(user)), send))

    def choose_roles(self) -> RolesDialog | None:
        user = self.selected()
        if user is None or user.id == self.me.id or not self.can_grant:
            return None
        checklist = RoleChecklist(self.roles, self.rules, self.session.registry, held=user.roles)
        dialog = RolesDialog(fill(self.tr("Roles of %1"), self._who(user)),
                             fill(self.tr("Choose the roles of %1. The new rights apply from their next request."), self._who(user)), checklist, self)
        dialog.accepted.connect(lambda: self._set_roles(user, checklist.chosen()))
        return self._open(dialog)

    def _set_roles(self, user: UserRow, roles: list[str]) -> None:
        admin = self.admin
        shown = ", ".join(map(self.role_label, roles)) or self.tr("none")
        what = fill(self.tr("Give %1 these roles: %2"), self._who(user), shown)

        def send(token, justification=None):
            def failed(error):
                if not self._justify_then(error, fill(self.tr("The roles chosen for %1 combine duties that are kept "
                                                         "apart:"), self._who(user)),
                                          lambda text: send(token, text)):
                    self._refused(error)

            self.runner.run(lambda: admin.set_roles(user.id, user.version, roles, token, justification),
                            done=lambda updated: self._changed(updated, self.tr("Roles of %1 (%2) saved.")),
                            failed=failed, owner=self)

        self.step_up(what, send)
