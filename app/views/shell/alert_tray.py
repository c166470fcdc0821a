"""New alerts while the console runs: every 30 seconds, off the GUI thread, the notifier asks for the newest open
alerts the user may see. It remembers the highest alert number it has seen; a warning or critical alert above it is
new and shown as a notification of the system tray (QSystemTrayIcon.showMessage; a click opens the alert). The first
answer after signing in only sets the mark: what was open before is in the list, not news. Where the desktop has no
system tray (and offscreen) nothing is shown, but `notified` still says what would have been. Each answer's counts
(open, critical open) feed the navigation's badge through `counts_changed`."""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.models.alert_records import AlertPage, AlertRecord
from app.services.alerts import KIND, Alerts
from app.services.icons import icon
from app.services.placeholders import fill
from app.views.alerts.words import severity_text

POLL_MS = 30_000
NOTIFY = ("warning", "critical")
MESSAGE_MS = 15_000


class AlertTray(QObject):
    notified = Signal(object)  # list[AlertRecord]: the new warning and critical alerts of one answer
    counts_changed = Signal(object)  # AlertCounts

    def __init__(self, window, interval_ms: int = POLL_MS, tray: bool | None = None):
        super().__init__(window)
        self.window = window
        self.service, self.runner = Alerts(window.session.api), window.runner
        self.highest_seen: int | None = None  # None until the first answer
        self.last_shown: list[AlertRecord] = []
        self._running = False
        self.timer = QTimer(self, interval=interval_ms, timeout=self.poll)
        self.soon = QTimer(self, singleShot=True, interval=600, timeout=self.poll)
        window.session.changes.changed.connect(lambda kind, _ids: self.soon.start() if kind == KIND else None)
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(icon("shield-alert", "#b42318"), self)
            self.tray.setToolTip(self.tr("P2P Back Office alerts"))
            self.tray.messageClicked.connect(self.open_last)
            self.tray.activated.connect(lambda _reason: self.open_last())
            self.tray.show()
        if hasattr(window, "signed_out"):
            window.signed_out.connect(lambda *_: self.stop())

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        if self.tray is not None:
            self.tray.hide()

    def poll(self) -> None:
        if self._running:
            return
        self._running = True
        service = self.service
        self.runner.run(service.latest, done=self._arrived, failed=self._failed, owner=self)

    def _failed(self, _error) -> None:
        self._running = False  # the connection label says when the server is away; the next poll tries again

    def _arrived(self, page: AlertPage) -> None:
        self._running = False
        self.counts_changed.emit(page.counts)
        new = self.consider(page.items)
        if new:
            self.last_shown = new
            self.notified.emit(new)
            self.show(new)
            self.window.session.changes.changed.emit(KIND, frozenset(a.id for a in new))  # an open list shows them

    def consider(self, alerts: list[AlertRecord]) -> list[AlertRecord]:
        """The alerts to announce from one answer: warnings and critical ones above the highest number seen,
        most severe first. The first answer announces nothing; it sets the mark."""
        highest = max((a.id for a in alerts), default=0)
        if self.highest_seen is None:
            self.highest_seen = highest
            return []
        new = [a for a in alerts if a.id > self.highest_seen and a.severity in NOTIFY]
        self.highest_seen = max(self.highest_seen, highest)
        return sorted(new, key=lambda a: (a.severity != "critical", -a.id))

    def message(self, new: list[AlertRecord]) -> tuple[str, str]:
        first = new[0]
        title = fill(self.tr("%1: %2"), severity_text(first.severity), first.rule_title)
        text = first.message
        if len(new) > 1:
            text += "\n" + fill(self.tr("and %1 more new alerts"), len(new) - 1)
        return title, text

    def show(self, new: list[AlertRecord]) -> None:
        if self.tray is None:
            return
        title, text = self.message(new)
        kind = QSystemTrayIcon.MessageIcon.Critical if new[0].severity == "critical" \
            else QSystemTrayIcon.MessageIcon.Warning
        self.tray.showMessage(title, text, kind, MESSAGE_MS)

    def open_last(self):
        """Opens the alert list on the latest notification's alert."""
        if "alerts" not in self.window.screen_keys():
            return None
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        widget = self.window.open_screen("alerts")
        if self.last_shown and hasattr(widget, "show_alert"):
            widget.show_alert(self.last_shown[0].id)
        return widget
