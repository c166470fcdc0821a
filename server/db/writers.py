"""The queue SQLite's writers wait in: one process's threads and, through a lock file beside the database,
every process serving it.

SQLite lets one writer in at a time and makes the others wait in its busy handler, which sleeps: 1, 2, 5,
10 ... up to 100 ms between tries, whatever the writer ahead of it takes (a recharge holds the lock for well
under a millisecond). Threads of one process have long queued on a lock of their own instead, woken the
moment the writer before them ends. With several worker processes (`run --workers N`) the writers of
different processes still met in the busy handler, so a second worker added sleeps rather than throughput.
An exclusive `flock` on a file beside the database is that queue across processes: the kernel wakes the
next waiter when the holder lets go, and lets go by itself when a holder dies, so a killed worker cannot
leave the others locked out.

Where the platform has no `fcntl` (Windows: the embedded server there is one process) only the threads'
lock is used, as before. A writer that bypasses this queue (another program, `sqlite3` by hand) still
meets SQLite's own lock and busy handler, so correctness never depends on the queue: it only spares sleeps.
"""

import os
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


# How long a writer that must not wait (`without_waiting`) looks again for a busy queue: another worker's recharge
# holds it for under a millisecond, and handing the request to a thread instead costs a third more CPU. Short
# sleeps (20 µs asked, some 70 µs given), without the interpreter's lock, in which the holder goes on.
_LOOK_AGAIN_SECONDS = 0.00002
_LOOK_AGAIN_FOR_SECONDS = 0.002


class WritersBusy(Exception):
    """Raised instead of waiting within `without_waiting`: another writer holds the queue, and nothing of the block
    has been written yet."""


class _Kept:
    """The queues a block run `without_waiting` entered, each held until the block ends."""

    __slots__ = ("queues",)

    def __init__(self):
        self.queues: list[WriterQueue] = []


_WITHOUT_WAITING: ContextVar[_Kept | None] = ContextVar("writers_without_waiting", default=None)


@contextmanager
def without_waiting():
    """Within this block no writers' queue is waited for (beyond a couple of milliseconds). The block's first entry
    into a queue is taken only if the queue is free or soon is, else `WritersBusy` is raised before anything was
    written; once taken, the queue is kept until the block ends, so that no later write of the block waits either
    (nor lets another writer in between them).

    For the event loop, which must never wait: a request runs on it without the queue until it first writes, and
    holds the queue from there to its end, so the queue is held for its writes and not for its reading, parsing and
    signing in; a request that meets a busy queue is run again elsewhere (server/middleware.py)."""
    kept = _Kept()
    token = _WITHOUT_WAITING.set(kept)
    try:
        yield
    finally:
        _WITHOUT_WAITING.reset(token)
        for queue in reversed(kept.queues):
            queue.__exit__(None, None, None)


class WriterQueue:
    """A re-entrant lock for one thread at a time in this process and, with a lock file, one process at a time:
    a writer that opens a second write session in the same thread goes on (and meets SQLite's lock as before)."""

    def __init__(self, lock_file: Path | None):
        self._threads = threading.RLock()
        self._depth = 0  # how deep the holding thread is; the file is locked at the first level only
        self._owner: int | None = None  # the holding thread's ident
        self._path = lock_file if fcntl is not None else None
        self._file = None
        self._pid = None

    def _descriptor(self) -> int:
        # Opened per process: a forked child sharing its parent's open file would share its lock too.
        if self._file is None or self._pid != os.getpid():
            self._file = open(self._path, "a+b")  # noqa: SIM115 - held for the process's life
            self._pid = os.getpid()
        return self._file.fileno()

    def __enter__(self):
        kept = _WITHOUT_WAITING.get()
        if kept is not None and not self._held_here():
            self._enter_soon_or_refuse()
            self._threads.acquire()  # the block's own hold, left when it ends
            self._depth += 1
            kept.queues.append(self)
            return self
        self._threads.acquire()
        self._depth += 1
        if self._depth == 1 and self._path is not None:
            try:
                fcntl.flock(self._descriptor(), fcntl.LOCK_EX)  # waits without the GIL
            except BaseException:
                self._depth -= 1
                self._threads.release()
                raise
        self._owner = threading.get_ident()
        return self

    def _held_here(self) -> bool:
        return self._owner == threading.get_ident()

    def _enter_soon_or_refuse(self) -> None:
        if self.try_enter():
            return
        until = time.monotonic() + _LOOK_AGAIN_FOR_SECONDS
        while time.monotonic() < until:
            time.sleep(_LOOK_AGAIN_SECONDS)
            if self.try_enter():
                return
        raise WritersBusy

    def try_enter(self) -> bool:
        """`__enter__` when nobody holds the queue (in this process or, with the lock file, another), else False
        at once; left with `__exit__`."""
        if not self._threads.acquire(blocking=False):
            return False
        if self._depth == 0 and self._path is not None:
            try:
                fcntl.flock(self._descriptor(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._threads.release()
                return False
            except BaseException:
                self._threads.release()
                raise
        self._depth += 1
        self._owner = threading.get_ident()
        return True

    def __exit__(self, *_exc) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        try:
            if self._depth == 0 and self._path is not None:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
