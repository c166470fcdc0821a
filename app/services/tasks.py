"""The one small task runner: service calls run on a QThreadPool and report back on the GUI thread.

    runner.run(lambda: api.me(), done=self.show_me, failed=self.show_error)

A view states in one line what runs in the background and what happens after; the runner keeps the
task alive, counts what is busy (for busy indicators and the self-check) and never blocks the GUI.
"""

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.services.errors import Cancelled


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable, with_progress: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.with_progress = fn, with_progress
        self.owner: QObject | None = None
        self.signals = _Signals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        """For long work: progress, and the place where a cancel takes effect."""
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self) if self.with_progress else self.fn()
        except BaseException as error:  # every failure goes back to the view as a typed error
            self.signals.failed.emit(Cancelled() if self.cancelled else error)
            return
        if self.cancelled:
            self.signals.failed.emit(Cancelled())
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    task_failed = Signal(object)  # every failure, for status bars and the self-check

    def __init__(self, parent=None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(self, fn: Callable, done: Callable | None = None, failed: Callable | None = None,
            progress: Callable | None = None, with_progress: bool = False, owner: QObject | None = None) -> Task:
        """`owner`: the widget or model the callbacks touch; once it is gone (a closed tab), the task's
        result is dropped instead of reaching deleted widgets."""
        task = Task(fn, with_progress)
        task.owner = owner
        queued = Qt.ConnectionType.QueuedConnection
        task.signals.finished.connect(lambda result: self._finish(task, done, result), queued)
        task.signals.failed.connect(lambda error: self._fail(task, failed, error), queued)
        if progress:
            task.signals.progress.connect(progress, queued)
        was_busy = self.busy
        self._live.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        self._live.discard(task)
        if not self._live:
            self.busy_changed.emit(False)

    @staticmethod
    def _owner_gone(task: Task) -> bool:
        return task.owner is not None and not shiboken6.isValid(task.owner)

    def _finish(self, task: Task, done, result) -> None:
        self._forget(task)
        if done and not self._owner_gone(task):
            done(result)

    def _fail(self, task: Task, failed, error) -> None:
        self._forget(task)
        if not isinstance(error, Cancelled):
            self.task_failed.emit(error)
        if failed and not self._owner_gone(task):
            failed(error)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
