"""系统管理 Administration: staff accounts, roles and permissions, active sessions and backups, each as a tab shown
only to those whose permissions allow it (the auditor reads the permission matrix, nothing more)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.models.paged_table import Column, PagedTableModel
from app.models.staff_records import StaffSession
from app.services.administration import Administration
from app.services.placeholders import fill
from app.views.common.dense_table import widen_to_fit
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner

ERROR_COLOUR, DONE_COLOUR = "#b42318", "#1a7f37"


def allowed(me) -> bool:
    return me.can("admin.users", "admin.roles", "admin.sessions", "audit.read")


def sessions_model(administration: Administration, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("SessionsPanel", "User"), lambda s: s.who()),
        Column(QCoreApplication.translate("SessionsPanel", "Client address"), lambda s: s.client_addr, mono=True),
        Column(QCoreApplication.translate("SessionsPanel", "Started"), lambda s: local_time(s.started_at), mono=True),
        Column(QCoreApplication.translate("SessionsPanel", "Last seen"), lambda s: local_time(s.last_seen_at), mono=True),
        Column(QCoreApplication.translate("SessionsPanel", "Client"), lambda s: s.user_agent),
    ]

    def fetch(_filters, _sort, page, page_size):
        return administration.sessions(page, page_size)

    return PagedTableModel(columns, fetch, runner, "", parent)


class SessionsPanel(QWidget):
    """Active sessions (newest activity first) with Revoke, which signs that console out at once."""

    def __init__(self, session: ConsoleSession, runner: TaskRunner, administration: Administration, parent=None):
        super().__init__(parent)
        self.session, self.runner, self.admin = session, runner, administration
        self.last_dialog = None
        self.setObjectName("sessionsPanel")
        self.count = QLabel()
        self.count.setObjectName("sessionsCount")
        self.count.setProperty("role", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("sessionsNotice")
        self.refresh_button = QPushButton(icon("refresh-cw"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button = QPushButton(icon("monitor-x"), self.tr("Revoke…"))
        self.revoke_button.setObjectName("revokeSession")
        self.revoke_button.clicked.connect(self.revoke)
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.revoke_button)
        self.model = sessions_model(administration, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.show_notice(describe(error), error=True))
        self.table = QTableView()
        self.table.setProperty("identifierColumns", [1, 4])  # client addresses and programs, as recorded
        self.table.setObjectName("sessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 130, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        session.changes.changed.connect(lambda kind, _ids: self.refresh() if kind == "staff_user" else None)
        self.refresh()

    def refresh(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload()

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)
        self.count.setText(fill(self.tr("%1 active sessions · as of %2"), number(total), clock_now()) if total
                           else self.tr("No active sessions."))

    def selected(self) -> StaffSession | None:
        return self.model.record(self.table.currentIndex().row())

    def select_username(self, username: str) -> bool:
        for row, record in enumerate(self.model.rows):
            if record.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _update(self) -> None:
        chosen = self.selected()
        own = chosen is not None and chosen.username == self.session.me.username
        self.revoke_button.setEnabled(chosen is not None)
        self.revoke_button.setToolTip(self.tr("This may be your own session: revoking it signs you out.") if own else "")

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")

    def revoke(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke session"),
                          self.tr("That console is signed out at once.") + "\n\n"
                          + fill(self.tr("Revoke the session of %1 from %2, started %3?"), chosen.who(),
                                 chosen.client_addr, local_time(chosen.started_at)),
                          QMessageBox.StandardButton.Cancel, self)
        box.ok_button = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        admin = self.admin

        def finished(_result):
            if box.clickedButton() is box.ok_button:
                self.runner.run(lambda: admin.revoke_session(chosen.id), done=self._revoked,
                                failed=lambda error: self.show_notice(describe(error), error=True), owner=self)

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        self.last_dialog = box
        box.open()
        return box

    def _revoked(self, revoked: StaffSession) -> None:
        self.show_notice(fill(self.tr("Session of %1 revoked."), revoked.who()))
        self.session.changes.changed.emit("staff_user", frozenset({revoked.user_id}))


class AdministrationScreen(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.admin = Administration(session.api)
        me = session.me
        self.setObjectName("administrationScreen")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("administrationTabs")
        self.tabs.setDocumentMode(True)
        self.users = self.roles = self.sessions = None
        if me.can("admin.users"):
            from app.views.admin.users_screen import UsersScreen

            self.users = UsersScreen(session, runner, self.admin)
            self.tabs.addTab(self.users, icon("users"), self.tr("Users"))
        if me.can("admin.roles", "audit.read"):
            from app.views.admin.roles_screen import RolesScreen

            self.roles = RolesScreen(session, runner, self.admin)
            self.tabs.addTab(self.roles, icon("shield-check"), self.tr("Roles and permissions"))
        self.links = None
        if me.can("admin.users"):
            from app.views.admin.staff_links_panel import StaffLinksPanel

            self.links = StaffLinksPanel(session, runner, self.admin)
            self.tabs.addTab(self.links, icon("link"), self.tr("Linked customers"))
        if me.can("admin.sessions"):
            self.sessions = SessionsPanel(session, runner, self.admin)
            self.tabs.addTab(self.sessions, icon("monitor-x"), self.tr("Sessions"))
        self.backups = None
        if me.can("audit.read"):
            from app.services.backups import Backups
            from app.views.admin.backups_panel import BackupsPanel

            self.backups = BackupsPanel(Backups(session.api), runner)
            self.tabs.addTab(self.backups, icon("save"), self.tr("Backups"))
        self.golive = None
        if me.can("data.import"):
            from app.views.admin.golive_import_panel import GoliveImportPanel

            self.golive = GoliveImportPanel(session, runner)
            self.tabs.addTab(self.golive, icon("file-check"), self.tr("Data import"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.tabs.count():
            layout.addWidget(self.tabs)
        else:
            empty = QLabel(self.tr("Your roles give no administration rights."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()
