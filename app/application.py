"""Builds the QApplication and runs the console: embedded platform, sign-in, main window."""

import gc
import importlib
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import appearance, language
from app.services.embedded_platform import EmbeddedPlatform
from app.services.settings import AppSettings
from app.services.tasks import TaskRunner
from app.views.session.sign_in_dialog import SIGN_IN_MODULES, SignInDialog
from app.views.common import calendar_header

if TYPE_CHECKING:
    from app.views.shell.main_window import MainWindow

# What only signing in and the main window need: imported after the sign-in dialog is on screen, on a thread of
# its own while the user types (half a second of modules on a busy machine, more than half the start), so the
# dialog comes first. Module imports only: no widget is made off the GUI thread.
LATER_MODULES = SIGN_IN_MODULES + ("app.views.shell.main_window", "app.views.shell.settings_dialog")


def _import_later_modules() -> None:
    for name in LATER_MODULES:
        importlib.import_module(name)


def make_application(argv=None) -> QApplication:
    QCoreApplication.setOrganizationName("P2PBackOffice")
    QCoreApplication.setApplicationName("P2P Back Office")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    calendar_header.install(app)  # every calendar's month header year first: 2026年12月
    return app


class Console(QObject):
    """The console's life: sign in, work in the main window, sign out or switch user, sign in again."""

    def __init__(self, app: QApplication, settings: AppSettings | None = None, platform: EmbeddedPlatform | None = None):
        super().__init__()
        self.app, self.settings = app, settings or AppSettings()
        self.language = language.install(self.settings.language)
        appearance.apply(app, self.settings.theme)
        app.styleHints().colorSchemeChanged.connect(lambda _s: appearance.apply(app, self.settings.theme))
        self.runner = TaskRunner(self)
        self.platform = platform or EmbeddedPlatform()
        self.window: "MainWindow | None" = None
        self.dialog: SignInDialog | None = None
        app.aboutToQuit.connect(self.platform.stop)

    def start(self) -> None:
        self.platform.start()
        self.show_sign_in()

    def show_sign_in(self, reason: str = "") -> SignInDialog:
        self.dialog = SignInDialog(self.settings, self.runner, self.platform)
        self.dialog.signed_in.connect(self.show_main)
        self.dialog.rejected.connect(lambda: None if self.window else self.app.quit())
        if reason:
            self.dialog._show_error(reason)
        self.dialog.show()
        if not all(name in sys.modules for name in LATER_MODULES):
            # once the dialog has been painted; a daemon thread, so a console closed at once does not wait for it
            QTimer.singleShot(0, lambda: threading.Thread(target=_import_later_modules, daemon=True,
                                                          name="later-imports").start())
        return self.dialog

    def show_main(self, session) -> "MainWindow":
        from app.views.shell.main_window import MainWindow

        self.window = MainWindow(session, self.runner, self.settings)
        self.window.signed_out.connect(self._signed_out)
        self.window.settings_requested.connect(self._settings)
        self.window.show()
        return self.window

    def _signed_out(self, reason: str) -> None:
        self.window = None
        self.show_sign_in(reason)

    def _settings(self) -> None:
        from app.views.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec():
            appearance.apply(self.app, self.settings.theme)
            if self.window:
                self.window.watcher.set_minutes(self.settings.idle_minutes)
            if language.resolve(self.settings.language) != self.language:
                QMessageBox.information(self.window, self.tr("Language"),
                                        self.tr("The new language applies the next time the console starts."))


def run(argv) -> int:
    app = make_application(argv)
    console = Console(app)
    console.start()
    # Everything alive now (modules, classes, the Qt wrappers) lives as long as the console: keep it out
    # of the cyclic collector's full scans, which otherwise pause the GUI as lists grow.
    gc.freeze()
    return app.exec()
