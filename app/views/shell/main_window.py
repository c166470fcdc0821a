"""The main window: a shell (navigation, tabbed workspace, status bar, menus) hosting the screens."""

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QSplitter, QTabWidget)

from app.services import errors
from server import __version__
from app.services.formatting import clock_now
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.settings import AppSettings
from app.services.tasks import TaskRunner
from app.views.shell.lock_overlay import IdleWatcher, LockOverlay
from app.views.session.profile_dialog import ProfileDialog
from app.views.shell.screens import screens_for
from app.services.placeholders import fill

HEALTH_INTERVAL_MS = 15_000


class MainWindow(QMainWindow):
    signed_out = Signal(str)  # why ("" when the user chose to); the application shows the sign-in dialog
    settings_requested = Signal()

    def __init__(self, session: ConsoleSession, runner: TaskRunner, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.session, self.runner, self.settings = session, runner, settings
        self.specs = screens_for(session.me)
        self.setWindowTitle(self.tr("P2P Back Office"))
        self.setWindowIcon(icon("shield-check", "#1f5fbf"))
        self._ending = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.nav.itemActivated.connect(lambda item: self.open_screen(item.data(Qt.ItemDataRole.UserRole)))
        self.nav.itemClicked.connect(lambda item: self.open_screen(item.data(Qt.ItemDataRole.UserRole)))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)
        self._status_bar()
        self._menus()
        from app.views.shell.waiting_counts import WaitingCounts

        self.waiting = WaitingCounts(self)  # the counts of work waiting for me, beside the areas and in the status bar
        self.alert_tray = None  # new warning and critical alerts as tray notifications; their count beside 告警
        if "alerts" in self.screen_keys():
            from app.views.shell.alert_tray import AlertTray

            self.alert_tray = AlertTray(self)
            self.alert_tray.counts_changed.connect(self.waiting.set_alert_count)
            self.alert_tray.start()

        self.overlay = LockOverlay(self, session, runner)
        self.watcher = IdleWatcher(settings.idle_minutes, self)
        self.watcher.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.watcher)
        self.runner.task_failed.connect(self._task_failed)
        self.health = QTimer(self, interval=HEALTH_INTERVAL_MS, timeout=self.check_connection)
        self.health.start()
        self._health_failures = 0
        self._restore()
        self.check_connection()
        self._probe_outbox()

    # --- chrome ------------------------------------------------------------------------------------

    def _status_bar(self) -> None:
        bar = self.statusBar()
        me, zh = self.session.me, current_is_chinese()
        roles = "、".join(r.label_zh for r in me.roles) if zh else ", ".join(r.label_en for r in me.roles)
        # The profile's and the user's names are identifiers (the self-check's text walk reads past them); the
        # roles are words.
        self.profile_label = QLabel(self.session.profile.name)
        self.profile_label.setObjectName("profileName")
        self.profile_label.setProperty("identifier", True)
        self.user_label = QLabel(fill(self.tr("%1 (%2)"), me.display_name, me.username))
        self.user_label.setObjectName("signedInUser")
        self.user_label.setProperty("identifier", True)
        self.roles_label = QLabel(roles)
        self.roles_label.setObjectName("userRoles")
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionState")
        self.refreshed_label = QLabel()
        for widget in (self.profile_label, self.user_label, self.roles_label):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.refreshed_label)

    def _menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Switch user…"), self.switch_user, None)
        self._action(file_menu, self.tr("Sign out"), self.sign_out, QKeySequence("Ctrl+Shift+Q"), "log-out")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), QApplication.instance().quit, QKeySequence.StandardKey.Quit)
        view = menus.addMenu(self.tr("&View"))
        self._action(view, self.tr("Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh, "refresh-cw")
        self._action(view, self.tr("Show or hide navigation"), lambda: self.nav.setVisible(not self.nav.isVisible()),
                     QKeySequence("Ctrl+B"), "panel-left")
        self._action(view, self.tr("Close tab"), lambda: self.close_tab(self.tabs.currentIndex()),
                     QKeySequence("Ctrl+W"))
        tools = menus.addMenu(self.tr("&Tools"))
        self._action(tools, self.tr("Settings…"), self.settings_requested.emit, QKeySequence("Ctrl+,"), "settings")
        self._action(tools, self.tr("My profile…"), lambda: ProfileDialog.show_for(self.session, self.runner, self), None, "user")
        self._action(tools, self.tr("Lock the console"), self.lock, QKeySequence("Ctrl+L"), "lock")
        tools.addSeparator()
        self.find_action = self._action(tools, self.tr("Find…"), self.find_anything, QKeySequence.StandardKey.Find,
                                        "search")  # Ctrl+F: an application, customer, withdrawal or transfer
        self.find_action.setVisible(self.session.me.can("customer.read", "loan.read", "funds.read"))
        self.outbox_action = self._action(tools, self.tr("Demo outbox"), self.open_outbox, None, "smartphone")
        self.outbox_action.setVisible(False)  # shown once the server answers that its gateway is the demo one
        help_menu = menus.addMenu(self.tr("&Help"))
        self.manual_action = self._action(help_menu, self.tr("Manual"), self.open_manual,
                                          QKeySequence.StandardKey.HelpContents, "file-text")  # F1
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, QKeySequence("Ctrl+/"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("About P2P Back Office"), self._about, None)
        self.manual_window = None
        # Shortcuts without a menu entry say what they do (whatsThis): Help → Keyboard shortcuts lists them.
        QShortcut(QKeySequence("Ctrl+Tab"), self, activated=lambda: self._cycle_tabs(1)).setWhatsThis(
            self.tr("Next tab"))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, activated=lambda: self._cycle_tabs(-1)).setWhatsThis(
            self.tr("Previous tab"))
        for number, spec in enumerate(self.specs[:9], start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      activated=lambda key=spec.key: self.open_screen(key)).setWhatsThis(
                fill(self.tr("Open %1"), spec.title()))

    def _action(self, menu, text, slot, shortcut, icon_name=None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_manual(self):
        """F1: the manual at the page of the tab in use (an object's tab: its area's page)."""
        from app.services.manual import page_for_tab
        from app.views.help.manual_window import ManualWindow

        if self.manual_window is None:
            self.manual_window = ManualWindow(self)
        current = self.tabs.currentWidget()
        self.manual_window.show_page(page_for_tab(current.property("screenKey") if current is not None else None))
        return self.manual_window

    def show_shortcuts(self):
        from app.views.help.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About P2P Back Office"),
                          fill(self.tr("P2P Back Office %1 — the operations console of the lending platform.\n"
                                       "Icons: Lucide (ISC licence)."), __version__))

    # --- screens -----------------------------------------------------------------------------------

    def screen_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def open_screen(self, key: str):
        """Opens a screen in a tab, or switches to its tab when it is open already."""
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        return self.open_tab(key, spec.title(), spec.icon, lambda: spec.make(self.session, self.runner, settings=self.settings))

    def open_tab(self, key: str, title: str, icon_name: str, make):
        """Opens an object (an application, a day) in its own tab, or switches to it when it is open.
        A screen asks for this by emitting `open_requested(key, title, make)`."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).property("screenKey") == key:
                self.tabs.setCurrentIndex(index)
                return self.tabs.widget(index)
        widget = make()
        widget.setProperty("screenKey", key)
        if hasattr(widget, "open_requested"):
            widget.open_requested.connect(lambda k, t, m: self.open_tab(k, t, "file-text", m))
        if hasattr(widget, "navigate_requested"):  # the home screen: a tile or a bar opens the list behind it
            from app.views.home.navigation import open_from_home

            widget.navigate_requested.connect(lambda screen, filter_: open_from_home(self, screen, filter_))
        index = self.tabs.addTab(widget, icon(icon_name), title)
        self.tabs.setCurrentIndex(index)
        return widget

    def find_anything(self):
        """Ctrl+F: a small popup that finds what a number or name names and opens it here."""
        from app.views.customers.global_search import GlobalSearch

        self.global_search = GlobalSearch(self.session, self.runner, self.open_tab, self)
        self.global_search.finished.connect(self.global_search.deleteLater)
        self.global_search.open()
        return self.global_search

    def open_outbox(self):
        from app.views.tools.demo_outbox import DemoOutbox

        return self.open_tab("outbox", self.tr("Demo outbox"), "smartphone", lambda: DemoOutbox(self.session, self.runner))

    def _probe_outbox(self) -> None:
        if self.session.me.can("customer.read"):
            from app.services.customers import Customers

            service = Customers(self.session.api)
            self.runner.run(lambda: service.outbox(limit=1) is not None, done=self.outbox_action.setVisible,
                            failed=lambda error: None, owner=self)

    def close_tab(self, index: int) -> None:
        if index < 0:
            return
        widget = self.tabs.widget(index)
        if widget.property("screenKey") == "home" and self.tabs.count() == 1:
            return  # the workspace always shows something
        self.tabs.removeTab(index)
        widget.deleteLater()

    def _cycle_tabs(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, index: int) -> None:
        key = self.tabs.widget(index).property("screenKey") if index >= 0 else None
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)

    def refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None and hasattr(widget, "refresh"):
            widget.refresh()
        self._refreshed()

    def _refreshed(self) -> None:
        self.refreshed_label.setText(fill(self.tr("Refreshed %1"), clock_now(seconds=True)))

    # --- connection, session, lock -----------------------------------------------------------------

    def check_connection(self) -> None:
        if self._health_failures:
            self._set_connection("reconnecting")
        api = self.session.api
        self.runner.run(api.health, done=self._health, failed=lambda error: self._health(None), owner=self)

    def _health(self, health) -> None:
        if health is not None and health.ok:
            self._health_failures = 0
            self._set_connection("online")
            self._refreshed()
        else:
            self._health_failures += 1
            self._set_connection("offline")

    def _set_connection(self, state: str) -> None:
        texts = {"online": ("wifi", "#1a7f37", self.tr("Online")),
                 "reconnecting": ("refresh-cw", "#b54708", self.tr("Reconnecting…")),
                 "offline": ("wifi-off", "#b42318", self.tr("Offline"))}
        icon_name, colour, text = texts[state]
        self.connection_label.setText(f'<span style="color:{colour}">● {text}</span>')
        self.connection_label.setProperty("state", state)

    def _task_failed(self, error) -> None:
        if isinstance(error, errors.SessionEnded) and not self._ending:
            self._end(describe(error))

    def lock(self) -> None:
        if not self.overlay.locked:
            self.overlay.lock()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def sign_out(self) -> None:
        api_session = self.session
        self.runner.run(api_session.sign_out, done=lambda _: None, failed=lambda _: None, owner=self)
        self._end("")

    def switch_user(self) -> None:
        self.sign_out()

    def _end(self, reason: str) -> None:
        self._ending = True
        self.health.stop()
        self.signed_out.emit(reason)
        self.close()

    # --- remembered per user -----------------------------------------------------------------------

    def _restore(self) -> None:
        user = self.session.me.username
        geometry = self.settings.window_state(user, "geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.window_state(user, "splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        tabs = self.settings.window_state(user, "tabs")
        keys = [k for k in (tabs.split(",") if isinstance(tabs, str) and tabs else []) if k in self.screen_keys()]
        for key in keys or ["home"]:
            self.open_screen(key)
        self.tabs.setCurrentIndex(0)

    def closeEvent(self, event) -> None:
        user = self.session.me.username
        self.settings.set_window_state(user, "geometry", self.saveGeometry())
        self.settings.set_window_state(user, "splitter", self.splitter.saveState())
        self.settings.set_window_state(user, "tabs", ",".join(
            str(self.tabs.widget(i).property("screenKey")) for i in range(self.tabs.count())))
        QApplication.instance().removeEventFilter(self.watcher)
        self.health.stop()
        super().closeEvent(event)
