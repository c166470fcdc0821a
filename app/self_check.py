"""`python main.py --self-check --screenshots DIR`: the console checks itself, offscreen.

Starts the embedded platform in a temporary folder, signs in as every demo user in turn through the
real sign-in dialog, opens every screen that user may see, saves one PNG per user and screen, and exits
non-zero on any exception, failed request or Qt warning. Settings go to a temporary file, so a
self-check never touches the user's own settings or keyring.

It also reads every visible text on every screen, dialog and the shell (app/text_audit.py): in Chinese a raw
code or an English word outside the allowlist, in English a text its widget clips, is a problem, printed as
"screen, user, widget/field: text — why". `--texts report` prints them without failing (`SELF-CHECK TEXT:`
lines); `--texts off` skips the walk.
"""

import sys
import tempfile
import time
import traceback
from datetime import timedelta
from pathlib import Path

import pyotp
from PySide6.QtCore import QEventLoop, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget

from app import text_audit
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
    def __init__(self, out: Path | None, texts: str = "fail"):
        self.out = out
        self.problems: list[str] = []
        self.saved: list[Path] = []
        self.texts = texts  # "fail": text findings are problems; "report": printed only; "off": not walked
        self.findings: list[text_audit.Finding] = []
        self.walk_seconds = 0.0

    def walk(self, widget, screen: str, user: str, lang: str) -> None:
        """Reads every visible text of `widget` (one screen, dialog or part of the shell) in `lang`."""
        if self.texts == "off":
            return
        started = time.monotonic()
        walk = text_audit.chinese_findings if lang.startswith("zh") else text_audit.english_findings
        for finding in walk(widget, f"{lang} {screen}", user):
            if finding not in self.findings:
                self.findings.append(finding)
        self.walk_seconds += time.monotonic() - started

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


def run_self_check(screenshots: str | None, only_language: str | None, texts: str = "fail") -> int:
    out = Path(screenshots) if screenshots else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    check = Check(out, texts)
    started = time.monotonic()
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
    if check.texts == "fail":
        check.problems += [str(finding) for finding in check.findings]
    for problem in check.problems:
        print(f"SELF-CHECK PROBLEM: {problem}", file=sys.stderr)
    if check.texts == "report":
        for finding in check.findings:
            print(f"SELF-CHECK TEXT: {finding}")
    print(f"self-check: {len(check.saved)} screenshots, {len(check.problems)} problems"
          + (f", {len(check.findings)} text findings (walk {check.walk_seconds:.1f} s)" if check.texts != "off" else "")
          + f", {time.monotonic() - started:.0f} s" + (f", in {out}" if out else ""))
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
    lang, user = name.split("-", 1)
    check.walk(window.tabs.currentWidget(), "application", user, lang)


DEMO_CUSTOMER = "IV0003"  # a demo investor: investments with expected returns, money movements, service notes


def _one_customer(check: Check, window, runner, name: str) -> None:
    """Finds a customer from the customers screen as an agent would (typing the number), opens the customer view
    and pictures and reads every one of its tabs."""
    screen = window.open_screen("customers")
    screen.tabs.setCurrentIndex(0)
    wanted = DEMO_CUSTOMER
    if window.session.me.can("loan.read"):  # an overdue loan's borrower, found by the application's number
        from app.services.customers import Customers

        service = Customers(window.session.api)
        for row in window.session.api.loan_queue({"scope": "all", "state": ["overdue"]}, "-submitted_at", 1, 10).items:
            found = service.search(row.number).items
            if found and any(loan.overdue_days for loan in service.loans(found[0].id)):
                wanted = row.number  # days and bucket to show, not only the state
                break
    screen.search.setText(wanted)
    screen.run_search()
    settle(runner, 150)
    if not screen.model.rowCount():
        check.problems.append(f"{name}: the demo customer {wanted} was not found: {screen.status.text()}")
        return
    screen.open_customer(0)
    settle(runner, 250)
    view = window.tabs.currentWidget()
    lang, user = name.split("-", 1)
    for index in range(view.tabs.count()):
        if not view.tabs.isTabVisible(index):
            continue
        view.tabs.setCurrentIndex(index)
        settle(runner, 200)
        check.grab(window, f"{name}-customer-{index}")
        check.walk(view, f"customer/{view.tabs.tabText(index)}", user, lang)
    view.tabs.setCurrentIndex(0)
    if window.outbox_action.isVisible():  # the demo gateway: what would have been sent
        outbox = window.open_outbox()
        settle(runner, 150)
        check.grab(window, f"{name}-outbox")
        check.walk(outbox, "outbox", user, lang)
    popup = window.find_anything()  # Ctrl+F
    settle(runner, 50)
    check.grab(popup, f"{name}-find")
    check.walk(popup, "find", user, lang)
    popup.close()


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
        check.walk(dialog, "sign-in", "—", lang)
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
        screen = window.open_screen(key)
        settle(runner, 250)
        check.grab(window, f"{lang}-{account.username}-{key}")
        check.walk(screen, key, account.username, lang)
        _other_tabs(check, window, runner, screen, key, lang, account.username)
        if key == "audit" and screen.model.rowCount():
            screen.table.selectRow(0)  # a record's detail: what it changed, field by field
            settle(runner, 100)  # its layout settles on the next turns of the event loop
            check.walk(screen, key, account.username, lang)
    for part in (window.nav, window.statusBar(), window.menuBar(), window.tabs.tabBar()):
        check.walk(part, "shell", account.username, lang)
    if lang.startswith("zh") and check.texts != "off":
        check.findings += [text_audit.Finding(f"{lang} shell", account.username, "window title", window.windowTitle(), why)
                           for why in text_audit.chinese_problems(window.windowTitle())]
    if row == 0:
        _dialogs(check, window, settings, runner, lang, account.username)
    if "loans" in window.screen_keys():
        _one_application(check, window, runner, f"{lang}-{account.username}")
    if "customers" in window.screen_keys():
        _one_customer(check, window, runner, f"{lang}-{account.username}")
    window.sign_out()
    settle(runner)
    QApplication.processEvents()


def _reveal(page, screen) -> None:
    """Brings `page` to the front: the page of every tab widget between it and the screen."""
    child = page
    while child is not None and child is not screen:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child = parent


def _other_tabs(check: Check, window, runner, screen, key: str, lang: str, user: str) -> None:
    """Every page of every tab widget on the screen (accounts, transfers, users, roles...), not only the first:
    each is pictured and its texts walked as the user would see it after a click on its tab."""
    for tabs in screen.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            page = tabs.widget(index)
            _reveal(page, screen)
            if page.isVisible() and index != 0:
                settle(runner, 250)
                check.grab(window, f"{lang}-{user}-{key}-{tabs.objectName() or 'tab'}{index}")
                check.walk(page, f"{key}/{tabs.tabText(index).replace('&', '')}", user, lang)
        _reveal(tabs.widget(0), screen) if tabs.count() else None


def _dialogs(check: Check, window, settings, runner, lang: str, user: str) -> None:
    """The settings and my-profile dialogs, as the Tools menu opens them."""
    from app.views.session.profile_dialog import ProfileDialog
    from app.views.shell.settings_dialog import SettingsDialog

    for name, dialog in (("settings", SettingsDialog(settings, window)),
                         ("profile", ProfileDialog(window.session, runner, window))):
        dialog.show()
        settle(runner, 250)
        check.grab(dialog, f"{lang}-{user}-{name}")
        check.walk(dialog, name, user, lang)
        dialog.close()
        dialog.deleteLater()
