"""How many large uploads one server process receives at once.

A large upload holds a worker, a temporary file and, while its statement is read, the file in memory: a few
at once are work, a crowd of them is how a process runs out of memory. The request guard takes a slot for
each large upload it lets in (after the caller is signed in and allowed) and answers the rest 503.
"""

import threading

RETRY_AFTER_SECONDS = 10


class UploadSlots:
    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self._in_use = 0
        self._lock = threading.Lock()  # TestClient and uvicorn may call from different threads' event loops

    @property
    def in_use(self) -> int:
        return self._in_use

    def try_take(self) -> bool:
        with self._lock:
            if self._in_use >= self.limit:
                return False
            self._in_use += 1
            return True

    def give_back(self) -> None:
        with self._lock:
            self._in_use = max(0, self._in_use - 1)
