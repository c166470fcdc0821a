"""Work waiting for me (待我处理): how many second reviews, withdrawals, compensations, blacklist removals, phone
changes... wait for the signed-in user, from GET /work/waiting. `WaitingWork.fetch` runs off the GUI thread;
`WaitingPoller` asks every 30 seconds and right after the console's own operations (the DataChanges signal), in
the background through the task runner, and says what it found with `updated`."""

from PySide6.QtCore import QObject, QTimer, Signal

from app.models.after_loan_records import WaitingItem
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/work/waiting"
POLL_MS = 30_000
AFTER_CHANGE_MS = 600  # the change's own request has finished; a burst of changes asks once


class WaitingWork:
    def __init__(self, api: ApiClient):
        self.api = api

    def fetch(self) -> list[WaitingItem] | None:
        """What waits, kind by kind; None from a platform that does not count waiting work (an older server)."""
        try:
            data = self.api.request("GET", API)
        except errors.NotFound:
            return None
        return [WaitingItem(d["key"], int(d.get("count") or 0), d.get("label") or d["key"])
                for d in data.get("items") or []]


class WaitingPoller(QObject):
    updated = Signal(object)  # list[WaitingItem]
    failed = Signal(object)

    def __init__(self, session, runner, parent=None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.service, self.runner = WaitingWork(session.api), runner
        self.items: list[WaitingItem] | None = None
        self._running = False
        self._again = False
        self.timer = QTimer(self, interval=interval_ms, timeout=self.poll)
        self.soon = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS, timeout=self.poll)
        session.changes.changed.connect(lambda *_: self.soon.start())

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()

    def poll(self) -> None:
        if self._running:  # one request at a time; ask again when it answers
            self._again = True
            return
        self._running = True
        service = self.service
        self.runner.run(service.fetch, done=self._done, failed=self._failed, owner=self)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.poll()

    def _done(self, items: list[WaitingItem] | None) -> None:
        self.items = items
        if items is None:
            self.timer.stop()  # nothing to count on this platform; no point asking again
        self.updated.emit(items)
        self._finished()

    def _failed(self, error) -> None:
        self.failed.emit(error)
        self._finished()

    def count(self, *keys: str) -> int:
        return sum(i.count for i in self.items or [] if i.key in keys)
