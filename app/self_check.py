"""`python main.py --self-check --screenshots DIR`: the console checks itself, offscreen.

Starts the embedded platform in a temporary folder, signs in as every demo user in turn through the
real sign-in dialog, opens every screen that user may see, saves one PNG per user and screen, and exits
non-zero on any exception, failed request or Qt warning. Settings go to a temporary file, so a
self-check never touches the user's own settings or keyring.
"""

import sys
import tempfile
import time
import traceback
from datetime import timedelta
from pathlib import Path

import pyotp
from PySide6.QtCore import QEventLoop, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.application import make_application
from app.services import appearance, clock, language
from app.services.embedded_platform import EmbeddedPlatform
from app.services.settings import AppSettings
from app.services.tasks import TaskRunner
from app.views.shell.main_window import MainWindow
from app.views.session.sign_in_dialog import SignInDialog


# What the offscreen platform plugin itself says about window-system features it lacks; not our code.
PLATFORM_NOTICES = {"This plugin does not support propagateSizeHints()"}


def wait_until(predicate, timeout: float = 30.0) -> bool:
    """Lets the event loop run until the condition holds (self-check only; screens never wait like this)."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: loop.quit() if predicate() or time.monotonic() > deadline else None)
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    return predicate()


def settle(runner: TaskRunner, extra_ms: int = 150) -> None:
    wait_until(lambda: not runner.busy, 30)
    deadline = time.monotonic() + extra_ms / 1000
    wait_until(lambda: time.monotonic() > deadline, 5)


class Check:
    def __init__(self, out: Path | None):
        self.out = out
        self.problems: list[str] = []
        self.saved: list[Path] = []

    def qt_message(self, kind, _context, message) -> None:
        if message in PLATFORM_NOTICES:
            return
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.problems.append(f"Qt: {message}")

    def grab(self, widget, name: str) -> None:
        if self.out is None:
            return
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            self.problems.append(f"could not save {path}")
        self.saved.append(path)


def run_self_check(screenshots: str | None, only_language: str | None) -> int:
    out = Path(screenshots) if screenshots else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    check = Check(out)
    qInstallMessageHandler(check.qt_message)
    app = make_application([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="p2p-selfcheck-"))
    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    runner.task_failed.connect(lambda error: check.problems.append(f"request failed: {type(error).__name__}: {error}"))
    platform = EmbeddedPlatform(work / "platform")
    platform.failed.connect(lambda message: check.problems.append(f"platform: {message}"))
    try:
        platform.start()
        if not wait_until(lambda: platform.url is not None or check.problems, 120):
            check.problems.append("the embedded platform did not start within 120 s")
        if platform.url:
            from server.demo_accounts import DEMO_ACCOUNTS

            for round_index, lang in enumerate([only_language] if only_language else ["zh_CN", "en"]):
                language.install(lang)
                appearance.apply(app, "light")
                for row, account in enumerate(DEMO_ACCOUNTS):
                    _one_user(check, settings, runner, platform, row, account, lang, round_index)
    except Exception:  # the self-check reports, it does not crash
        check.problems.append(traceback.format_exc())
    finally:
        settle(runner)
        platform.stop()
    for problem in check.problems:
        print(f"SELF-CHECK PROBLEM: {problem}", file=sys.stderr)
    print(f"self-check: {len(check.saved)} screenshots, {len(check.problems)} problems"
          + (f", in {out}" if out else ""))
    return 1 if check.problems else 0


def _one_application(check: Check, window, runner, name: str) -> None:
    """Opens an application waiting for first review from the queue, as a reviewer would."""
    queue = window.open_screen("loans")
    queue.scope.setCurrentIndex(queue.scope.findData("all"))
    queue.state.setCurrentIndex(queue.state.findData("submitted"))
    settle(runner, 250)
    if not queue.model.rowCount():
        check.problems.append(f"{name}: no application waits for review in the demo data")
        return
    queue.open_application(0)
    settle(runner, 800)  # the documents viewer loads the first file after the file itself
    check.grab(window, f"{name}-application")


def _one_user(check: Check, settings, runner, platform, row: int, account, lang: str, round_index: int) -> None:
    dialog = SignInDialog(settings, runner, platform)
    dialog.resize(620, 640)
    dialog.show()
    sessions = []
    dialog.signed_in.connect(sessions.append)
    dialog.fill_demo(row)
    # A code works once: a later round signs the same user in with the next 30-second step's code.
    dialog.code.setText(pyotp.TOTP(account.totp_secret).at(clock.now_utc() + timedelta(seconds=30 * round_index)))
    if row == 0:
        check.grab(dialog, f"{lang}-sign-in")
    dialog.ok_button.click()
    if not wait_until(lambda: sessions or dialog.error.isVisible(), 30) or not sessions:
        check.problems.append(f"{account.username}: sign-in failed: {dialog.error.text()}")
        dialog.close()
        return
    window = MainWindow(sessions[0], runner, settings)
    window.resize(1360, 820)
    window.show()
    settle(runner)
    for key in window.screen_keys():
        window.open_screen(key)
        settle(runner, 250)
        check.grab(window, f"{lang}-{account.username}-{key}")
    if "loans" in window.screen_keys():
        _one_application(check, window, runner, f"{lang}-{account.username}")
    window.sign_out()
    settle(runner)
    QApplication.processEvents()
