"""Roles and permissions (角色与权限): the permission matrix, roles as columns and permissions grouped by
area as rows. Holders of admin.roles tick permissions, see separation-of-duties warnings as they tick,
read the changes role by role before saving, and confirm the save with a fresh one-time code; everyone
else (the auditor) reads the same matrix without changing it. The server remains the judge."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from app.models.records import Permission
from app.models.staff_records import RoleRecord, SeparationRule, broken_rules
from app.services import errors
from app.services.administration import Administration, needs_justification, rules_of
from app.services.placeholders import fill
from app.services.formatting import clock_now, fen_from_yuan_text, yuan
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.session.step_up_dialog import StepUpDialog

CHANGED_COLOUR, CONFLICT_COLOUR, AREA_COLOUR = "#e6effc", "#fff1e0", "#eef0f3"
WARN_COLOUR, ERROR_COLOUR, DONE_COLOUR = "#b54708", "#b42318", "#1a7f37"

_AREAS = {
    "loan": ("贷款", "Loans"), "customer": ("客户", "Customers"), "funds": ("资金", "Funds"),
    "recon": ("对账", "Reconciliation"), "report": ("报表", "Reports"), "admin": ("系统管理", "Administration"),
    "audit": ("审计", "Audit"), "pii": ("个人敏感信息", "Personal data"), "data": ("数据导入", "Data import"),
}


def area_label(area: str) -> str:
    zh, en = _AREAS.get(area, (area, area))
    return zh if current_is_chinese() else en


def permission_label(registry: dict[str, Permission], name: str) -> str:
    p = registry.get(name)
    if p is None:
        return name
    return p.label_zh if current_is_chinese() else p.label_en


def conflict_text(rule: SeparationRule, permissions, registry: dict[str, Permission]) -> str:
    """'Adjustment maker and checker (Propose adjusting entries + Approve adjusting entries)'."""
    pairs = rule.pairs_in(permissions)[:3]
    shown = ", ".join(f"{permission_label(registry, a)} + {permission_label(registry, b)}" for a, b in pairs)
    return f"{rule.label(current_is_chinese())} ({shown})" if shown else rule.label(current_is_chinese())


class PermissionMatrixModel(QAbstractTableModel):
    """Column 0 names the permission; one column per role. Area rows head each group. Ticks are kept as
    pending changes per role until saved (or discarded)."""

    edited = Signal()

    def __init__(self, registry: dict[str, Permission], editable: bool, parent=None):
        super().__init__(parent)
        self.registry, self.editable = registry, editable
        self.roles: list[RoleRecord] = []
        self.rules: list[SeparationRule] = []
        self.pending: dict[int, frozenset[str]] = {}
        self.rows: list[tuple[str, str]] = []  # ("area", area) | ("perm", name)
        area_order: list[str] = []
        for p in registry.values():
            if p.area not in area_order:
                area_order.append(p.area)
        for area in area_order:
            self.rows.append(("area", area))
            self.rows += [("perm", p.name) for p in registry.values() if p.area == area]
        self._bold = None

    # --- state -------------------------------------------------------------------------------------

    def set_roles(self, roles: list[RoleRecord]) -> None:
        self.beginResetModel()
        self.roles = list(roles)
        by_id = {r.id: r for r in self.roles}
        # a tick that the server now shows anyway is no longer a change; a deleted role's ticks are gone
        self.pending = {rid: perms for rid, perms in self.pending.items()
                        if rid in by_id and perms != by_id[rid].permissions}
        self.endResetModel()
        self.edited.emit()

    def set_rules(self, rules: list[SeparationRule]) -> None:
        self.rules = list(rules)
        if self.roles:
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit()

    def role_at(self, column: int) -> RoleRecord | None:
        return self.roles[column - 1] if 1 <= column <= len(self.roles) else None

    def column_of(self, role_id: int) -> int:
        return next((i + 1 for i, r in enumerate(self.roles) if r.id == role_id), -1)

    def row_of(self, permission: str) -> int:
        return self.rows.index(("perm", permission))

    def effective(self, role: RoleRecord) -> frozenset[str]:
        return self.pending.get(role.id, role.permissions)

    def toggle(self, role: RoleRecord, permission: str, on: bool) -> None:
        current = set(self.effective(role))
        (current.add if on else current.discard)(permission)
        if frozenset(current) == role.permissions:
            self.pending.pop(role.id, None)
        else:
            self.pending[role.id] = frozenset(current)
        column = self.column_of(role.id)
        self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
        self.edited.emit()

    def discard(self) -> None:
        self.beginResetModel()
        self.pending.clear()
        self.endResetModel()
        self.edited.emit()

    def changes(self) -> list[tuple[RoleRecord, list[str], list[str]]]:
        """(role, added, removed) for every role with pending ticks, in column order."""
        result = []
        for role in self.roles:
            if role.id in self.pending:
                now = self.pending[role.id]
                result.append((role, self._ordered(now - role.permissions), self._ordered(role.permissions - now)))
        return result

    def _ordered(self, names) -> list[str]:
        order = {name: i for i, (_kind, name) in enumerate(self.rows)}
        return sorted(names, key=lambda n: order.get(n, len(order)))

    def conflicts(self) -> list[tuple[RoleRecord, SeparationRule]]:
        """Every (role, exclusive rule) that the roles as ticked break."""
        return [(role, rule) for role in self.roles for rule in broken_rules(self.rules, self.effective(role))]

    # --- Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.roles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        record = self.role_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("RolesScreen", "Permission")
            return record.label(current_is_chinese()) + (" *" if record.id in self.pending else "")
        if role == Qt.ItemDataRole.ToolTipRole and record is not None:
            lines = [record.label(current_is_chinese()),
                     fill(QCoreApplication.translate("RolesScreen", "Held by %1 user(s)"), str(record.holders))]
            if record.approval_limit_fen is not None:
                lines.append(fill(QCoreApplication.translate("RolesScreen", "Approval limit %1"), yuan(record.approval_limit_fen)))
            return "\n".join(lines)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind, _name = self.rows[index.row()]
        if kind == "area":
            return Qt.ItemFlag.ItemIsEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, name = self.rows[index.row()]
        column = index.column()
        if kind == "area":
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return area_label(name)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(AREA_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
            return None
        permission = self.registry.get(name)
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return permission_label(self.registry, name)
            if role == Qt.ItemDataRole.ToolTipRole and permission is not None:
                description = permission.description_zh if current_is_chinese() else permission.description_en
                sensitive = QCoreApplication.translate("RolesScreen", "Sensitive: using it asks for a one-time code.")
                return description + (f"\n{sensitive}" if permission.sensitive else "")
            return None
        record = self.role_at(column)
        held = name in self.effective(record)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if held and any(name in rule.side_a | rule.side_b for rule in broken_rules(self.rules, self.effective(record))):
                return QBrush(QColor(CONFLICT_COLOUR))
            if held != (name in record.permissions):
                return QBrush(QColor(CHANGED_COLOUR))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{record.label(current_is_chinese())} · {permission_label(self.registry, name)}"
            if held != (name in record.permissions):
                text += " · " + (QCoreApplication.translate("RolesScreen", "to be granted") if held
                                 else QCoreApplication.translate("RolesScreen", "to be removed"))
            return text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.editable or index.column() == 0:
            return False
        kind, name = self.rows[index.row()]
        if kind != "perm":
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        self.toggle(self.role_at(index.column()), name, checked)
        return True


class JustificationDialog(QDialog):
    """A written justification for a combination that separation of duties keeps apart; it is kept in the
    audit log. OK stays disabled until something is written."""

    def __init__(self, summary: str, rules: list[SeparationRule], parent=None):
        super().__init__(parent)
        self.setObjectName("justificationDialog")
        self.setWindowTitle(self.tr("Separation of duties"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        names = "\n".join(f"• {rule.label(current_is_chinese())}" for rule in rules)
        self.summary = QLabel(summary + ("\n\n" + names if names else ""))
        self.summary.setObjectName("justificationSummary")
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("This combination needs a written justification (for example the approval "
                              "reference). It is kept in the audit log and shown in the permission report."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.text = QPlainTextEdit()
        self.text.setObjectName("justificationText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Grant with this justification"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.summary, note, self.text, self.buttons):
            layout.addWidget(widget)
        self.text.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.justification())))
        self.ok_button.setEnabled(False)

    def justification(self) -> str:
        return self.text.toPlainText().strip()


class ChangesDialog(QDialog):
    """What a save will change, role by role ("+ perm", "− perm"), with a justification field when the
    roles as ticked break a separation rule."""

    def __init__(self, lines: list[str], conflicts: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.setWindowTitle(self.tr("Save permission changes"))
        self.setMinimumSize(520, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These changes apply to every holder of the roles from their next request:"))
        intro.setWordWrap(True)
        self.diff = QPlainTextEdit("\n".join(lines))
        self.diff.setObjectName("changesDiff")
        self.diff.setReadOnly(True)
        layout.addWidget(intro)
        layout.addWidget(self.diff, 1)
        self.justification_text = QPlainTextEdit()
        self.justification_text.setObjectName("changesJustification")
        self.justification_text.setTabChangesFocus(True)
        self.justification_text.setFixedHeight(self.justification_text.fontMetrics().lineSpacing() * 4)
        if conflicts:
            warning = QLabel(fill(self.tr("Separation of duties: %1. A written justification is required; it is kept "
                                     "in the audit log."), "; ".join(conflicts)))
            warning.setObjectName("changesConflicts")
            warning.setWordWrap(True)
            warning.setStyleSheet(f"color: {WARN_COLOUR}")
            layout.addWidget(warning)
            layout.addWidget(self.justification_text)
        self.needs_justification = bool(conflicts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.justification_text.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.diff.toPlainText()

    def justification(self) -> str:
        return self.justification_text.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.needs_justification or bool(self.justification()))


class RoleFormDialog(QDialog):
    """New role, copy of a role (name and labels) or rename (labels and approval limit)."""

    def __init__(self, title: str, parent=None, *, name: str | None = "", label_zh: str = "", label_en: str = "",
                 limit_fen: int | None = None, with_limit: bool = False):
        super().__init__(parent)
        self.setObjectName("roleFormDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name or "")
        self.name.setObjectName("roleName")
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(r"[a-z][a-z0-9_]{0,63}")))
        self.name.setPlaceholderText("recon_viewer")
        self.label_zh = QLineEdit(label_zh)
        self.label_zh.setObjectName("roleLabelZh")
        self.label_zh.setMaxLength(64)
        self.label_en = QLineEdit(label_en)
        self.label_en.setObjectName("roleLabelEn")
        self.label_en.setMaxLength(64)
        self.limit = QLineEdit("" if limit_fen is None else yuan(limit_fen, symbol=False))
        self.limit.setObjectName("roleLimit")
        self.limit.setPlaceholderText(self.tr("No limit of its own"))
        self.limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if name is not None:
            form.addRow(self.tr("Code name"), self.name)
        form.addRow(self.tr("Chinese label"), self.label_zh)
        form.addRow(self.tr("English label"), self.label_en)
        if with_limit:
            form.addRow(self.tr("Approval limit (yuan)"), self.limit)
        self.with_name, self.with_limit = name is not None, with_limit
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.name, self.label_zh, self.label_en, self.limit):
            field.textChanged.connect(self._update)
        self._update()

    def limit_fen(self) -> int | None:
        return fen_from_yuan_text(self.limit.text())

    def _update(self) -> None:
        problem = ""
        if self.with_name and len(self.name.text()) < 2:
            problem = self.tr("The code name needs at least 2 characters: lower-case letters, digits and _.")
        elif self.with_limit and self.limit.text().strip() and self.limit_fen() is None:
            problem = self.tr("Enter the limit in yuan, for example 50,000.00.")
        self.error.setText(problem)
        self.ok_button.setEnabled(not problem and bool(self.label_zh.text().strip())
                                  and bool(self.label_en.text().strip()))


class RolesScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, administration: Administration | None = None,
                 parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.admin = administration or Administration(session.api)
        self.editable = session.me.can("admin.roles")
        self.last_dialog = None  # the dialog opened last (tests and the self-check answer it)
        self.setObjectName("rolesScreen")
        self.model = PermissionMatrixModel(session.registry, self.editable, self)
        self.model.edited.connect(self._edited)

        bar = QHBoxLayout()
        self.new_button = QPushButton(icon("plus"), self.tr("New role…"))
        self.rename_button = QPushButton(icon("pencil"), self.tr("Rename…"))
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy…"))
        self.delete_button = QPushButton(icon("trash-2"), self.tr("Delete…"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button = QPushButton(icon("save"), self.tr("Save changes…"))
        self.save_button.setObjectName("saveRoles")
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.new_role)
        self.rename_button.clicked.connect(self.rename_role)
        self.copy_button.clicked.connect(self.copy_role)
        self.delete_button.clicked.connect(self.delete_role)
        self.discard_button.clicked.connect(self.model.discard)
        self.save_button.clicked.connect(self.review_changes)
        self.status = QLabel()
        self.status.setObjectName("rolesStatus")
        self.status.setProperty("role", "muted")
        bar.addWidget(self.status, 1)
        for button in (self.new_button, self.rename_button, self.copy_button, self.delete_button,
                       self.discard_button, self.save_button):
            button.setVisible(self.editable)
            bar.addWidget(button)

        self.notice = QLabel()
        self.notice.setObjectName("rolesNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName("rolesWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(f"color: {WARN_COLOUR}")
        self.warnings.hide()

        self.table = QTableView()
        self.table.setObjectName("permissionMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self._update_buttons())
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        session.changes.changed.connect(self._data_changed)
        self._selected_role_id: int | None = None
        self.refresh()

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        admin = self.admin
        self.runner.run(admin.roles, done=self._roles_arrived, failed=self._failed, owner=self)
        if not self.model.rules:
            self.runner.run(admin.separation_rules, done=self.model.set_rules, failed=self._failed, owner=self)

    def _roles_arrived(self, roles: list[RoleRecord]) -> None:
        self.model.set_roles(roles)
        self._show_status()

    def _show_status(self) -> None:
        text = fill(self.tr("%1 roles, %2 permissions · as of %3"), str(len(self.model.roles)), str(len(self.session.registry)), clock_now())
        if not self.editable:
            text += " · " + self.tr("Read-only: you can see roles and permissions but not change them.")
        self.status.setText(text)

    def _after_reset(self) -> None:
        for row, (kind, _name) in enumerate(self.model.rows):
            if kind == "area":
                self.table.setSpan(row, 0, 1, max(1, self.model.columnCount()))
        self.table.setColumnWidth(0, 230)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(1, self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(72, metrics.horizontalAdvance(title) + 28))
        if self._selected_role_id is not None:
            column = self.model.column_of(self._selected_role_id)
            if column > 0:
                self.table.setCurrentIndex(self.model.index(1, column))
        self._update_buttons()

    def _failed(self, error) -> None:
        self.show_notice(describe(error), error=True)
        self.status.setText("")

    def _data_changed(self, kind: str, _ids) -> None:
        if kind in ("staff_role", "staff_user"):
            self.refresh()

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")
        self.notice.setVisible(bool(text))

    # --- selection and live warnings ---------------------------------------------------------------

    def _header_clicked(self, section: int) -> None:
        if section > 0:
            self.table.setCurrentIndex(self.model.index(1, section))

    def current_role(self) -> RoleRecord | None:
        role = self.model.role_at(self.table.currentIndex().column())
        self._selected_role_id = role.id if role else self._selected_role_id
        return role

    def select_role(self, name: str) -> None:
        column = next((i + 1 for i, r in enumerate(self.model.roles) if r.name == name), -1)
        if column > 0:
            self.table.setCurrentIndex(self.model.index(1, column))

    def _update_buttons(self) -> None:
        role = self.current_role()
        changed = bool(self.model.pending)
        for button in (self.rename_button, self.copy_button, self.delete_button):
            button.setEnabled(role is not None)
            button.setToolTip("" if role else self.tr("Select a role's column first."))
        if role is not None and role.holders:  # the server refuses while it is held, and says why
            self.delete_button.setToolTip(fill(self.tr("%1 user(s) hold this role; take it from them first."), str(role.holders)))
        self.save_button.setEnabled(changed)
        self.discard_button.setEnabled(changed)

    def _edited(self) -> None:
        lines = [f"⚠ {role.label(current_is_chinese())}: {conflict_text(rule, self.model.effective(role), self.session.registry)}"
                 for role, rule in self.model.conflicts()]
        self.warnings.setText(self.tr("Separation of duties:") + "\n" + "\n".join(lines) if lines else "")
        self.warnings.setVisible(bool(lines))
        count = len(self.model.pending)
        self.save_button.setText(self.tr("Save changes…") if not count
                                 else fill(self.tr("Save changes to %1 role(s)…"), str(count)))
        self._update_buttons()

    # --- saving ------------------------------------------------------------------------------------

    def change_lines(self) -> list[str]:
        lines = []
        for role, added, removed in self.model.changes():
            lines.append(role.label(current_is_chinese()))
            lines += [f"  + {permission_label(self.session.registry, p)}" for p in added]
            lines += [f"  − {permission_label(self.session.registry, p)}" for p in removed]
        return lines

    def review_changes(self) -> ChangesDialog | None:
        """Shows what will change, role by role; on OK asks for a one-time code and saves."""
        changes = self.model.changes()
        if not changes or not self.editable:
            return None
        changed_ids = {role.id for role, _a, _r in changes}
        conflicts = [f"{role.label(current_is_chinese())}: {rule.label(current_is_chinese())}"
                     for role, rule in self.model.conflicts() if role.id in changed_ids]
        dialog = ChangesDialog(self.change_lines(), conflicts, self)
        dialog.accepted.connect(lambda: self._step_up_then_save(dialog.justification() or None))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _step_up_then_save(self, justification: str | None) -> None:
        names = ", ".join(role.label(current_is_chinese()) for role, _a, _r in self.model.changes())
        what = fill(self.tr("Save the permission changes of: %1"), names)
        self.last_dialog = StepUpDialog.ask(what, self.admin.step_up, self.runner, self,
                                            then=lambda token: self.save(token, justification))

    def save(self, token: str, justification: str | None = None) -> None:
        """Saves every changed role, one after the other, with one step-up token."""
        queue = [(role, self.model.pending[role.id]) for role, _a, _r in self.model.changes()]
        self._save_next(queue, token, justification, saved=[])

    def _save_next(self, queue: list, token: str, justification: str | None, saved: list) -> None:
        if not queue:
            self.show_notice(fill(self.tr("Saved the permissions of %1 role(s)."), str(len(saved))))
            self.session.changes.changed.emit("staff_role", frozenset(r.id for r in saved))
            return
        role, permissions = queue[0]
        admin = self.admin
        self.show_notice(self.tr("Saving…"))
        self.save_button.setEnabled(False)

        def failed(error):
            if needs_justification(error) and not justification:
                rules = rules_of(error)
                dialog = JustificationDialog(fill(self.tr("The role %1 would combine permissions that separation of "
                                                     "duties keeps apart:"), role.label(current_is_chinese())),
                                             rules, self)
                dialog.accepted.connect(lambda: self._save_next(queue, token, dialog.justification(), saved))
                dialog.rejected.connect(lambda: self.show_notice(describe(error), error=True))
                dialog.finished.connect(dialog.deleteLater)
                self.last_dialog = dialog
                dialog.open()
                return
            self.show_notice(describe(error), error=True)
            self.refresh()  # what was saved before the refusal shows; the rest stays ticked

        self.runner.run(lambda: admin.set_role_permissions(role.id, role.version, permissions, token, justification),
                        done=lambda updated: self._save_next(queue[1:], token, justification, saved + [updated]),
                        failed=failed, owner=self)

    # --- new, rename, copy, delete -----------------------------------------------------------------

    def new_role(self) -> RoleFormDialog:
        dialog = RoleFormDialog(self.tr("New role"), self)
        dialog.accepted.connect(lambda: self._create(dialog.name.text(), dialog.label_zh.text().strip(),
                                                     dialog.label_en.text().strip()))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, name: str, label_zh: str, label_en: str) -> None:
        what = fill(self.tr("Create the role %1 (%2)"), label_zh if current_is_chinese() else label_en, name)
        admin = self.admin

        def run(token):
            self._selected_role_id = None
            self.runner.run(lambda: admin.create_role(name, label_zh, label_en, [], token),
                            done=lambda role: self._role_done(role, self.tr("Role %1 created; tick its permissions "
                                                                            "and save.")),
                            failed=lambda error: self.show_notice(describe(error), error=True), owner=self)

        self.last_dialog = StepUpDialog.ask(what, admin.step_up, self.runner, self, then=run)

    def _role_done(self, role: RoleRecord, message: str) -> None:
        self._selected_role_id = role.id
        self.show_notice(fill(message, role.label(current_is_chinese())))
        self.session.changes.changed.emit("staff_role", frozenset({role.id}))

    def rename_role(self) -> RoleFormDialog | None:
        role = self.current_role()
        if role is None:
            return None
        dialog = RoleFormDialog(fill(self.tr("Rename role %1"), role.label(current_is_chinese())), self, name=None,
                                label_zh=role.label_zh, label_en=role.label_en, limit_fen=role.approval_limit_fen,
                                with_limit=True)
        admin = self.admin

        def run():
            label_zh, label_en, limit = dialog.label_zh.text().strip(), dialog.label_en.text().strip(), dialog.limit_fen()
            self.runner.run(lambda: admin.rename_role(role.id, role.version, label_zh, label_en, limit),
                            done=lambda updated: self._role_done(updated, self.tr("Role %1 saved.")),
                            failed=self._refused, owner=self)

        dialog.accepted.connect(run)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def copy_role(self) -> RoleFormDialog | None:
        role = self.current_role()
        if role is None:
            return None
        dialog = RoleFormDialog(fill(self.tr("Copy role %1"), role.label(current_is_chinese())), self,
                                name=f"{role.name}_copy"[:64], label_zh=f"{role.label_zh}（副本）",
                                label_en=f"{role.label_en} (copy)")
        dialog.accepted.connect(lambda: self._copy(role, dialog.name.text(), dialog.label_zh.text().strip(),
                                                   dialog.label_en.text().strip()))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _copy(self, role: RoleRecord, name: str, label_zh: str, label_en: str) -> None:
        admin = self.admin
        what = fill(self.tr("Copy the role %1 with its permissions as %2"), role.label(current_is_chinese()), name)

        def run(token, justification=None):
            def failed(error):
                if needs_justification(error) and not justification:
                    dialog = JustificationDialog(self.tr("The copy would combine permissions that separation of "
                                                         "duties keeps apart:"), rules_of(error), self)
                    dialog.accepted.connect(lambda: run(token, dialog.justification()))
                    dialog.finished.connect(dialog.deleteLater)
                    self.last_dialog = dialog
                    dialog.open()
                else:
                    self.show_notice(describe(error), error=True)

            self.runner.run(lambda: admin.copy_role(role.id, name, label_zh, label_en, token, justification),
                            done=lambda made: self._role_done(made, self.tr("Role %1 created as a copy.")),
                            failed=failed, owner=self)

        self.last_dialog = StepUpDialog.ask(what, admin.step_up, self.runner, self, then=run)

    def delete_role(self) -> QMessageBox | None:
        role = self.current_role()
        if role is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete role"),
                          fill(self.tr("Delete the role %1? This cannot be undone."), role.label(current_is_chinese())),
                          QMessageBox.StandardButton.Cancel, self)
        box.ok_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        admin = self.admin

        def finished(_result):
            if box.clickedButton() is box.ok_button:
                self._selected_role_id = None
                self.runner.run(lambda: admin.delete_role(role.id, role.version),
                                done=lambda _none: self._deleted(role), failed=self._refused, owner=self)

        box.finished.connect(finished)
        self.last_dialog = box
        box.open()
        return box

    def _deleted(self, role: RoleRecord) -> None:
        self.show_notice(fill(self.tr("Role %1 deleted."), role.label(current_is_chinese())))
        self.session.changes.changed.emit("staff_role", frozenset({role.id}))

    def _refused(self, error) -> None:
        """A refusal in the server's own words where it explains more than the generic sentence (role in use)."""
        if isinstance(error, errors.Conflict) and error.code != "stale_version" and error.detail:
            self.show_notice(error.detail, error=True)
        else:
            self.show_notice(describe(error), error=True)
        self.refresh()
