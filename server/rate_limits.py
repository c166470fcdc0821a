"""Rate limits shared by every process serving the platform: fixed-window counters in the database.

Several workers answer the same clients, so a count kept in one process's memory would let a client make N times
its allowance. Each hit is one upsert ("add one to this key's counter for the current window, tell me the total"),
atomic on PostgreSQL (the row is locked by the upsert) and on SQLite (one writer at a time). A fixed window lets a
client make up to twice its allowance across a window's edge; the limits are sized for abuse, not for accounting,
and a fixed window costs one statement where a sliding one would cost a row per hit.

A hit that holds no transaction of its own (the outer wall's, on every request) is that one statement alone, sent
through the driver in autocommit: no ORM session, no BEGIN and COMMIT of its own, compiled once by the database
(SQLite's statement cache, psycopg's prepared statements). It cost a tenth of a recharge's server time as a
session's transaction.

Windows are aligned on the epoch, from `server.clock.now()`, so hosts' clocks must agree to well within a window.
"""

import threading
import time

from sqlalchemy import BigInteger, Integer, String, bindparam, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from server import clock
from server.db.base import Base

KEY_LENGTH = 200
KEEP_SECONDS = 3600  # longer than the longest window (recovery's 15 minutes): older rows are pruned
PRUNE_EVERY = 60.0  # seconds between one process's prunes


class RateLimitHit(Base):
    __tablename__ = "rate_limit_hits"

    scope: Mapped[str] = mapped_column(String(24), primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    hits: Mapped[int] = mapped_column(Integer)


_TABLE = RateLimitHit.__table__


def _upsert(dialect: str):
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(_TABLE).values(scope=bindparam("scope"), key=bindparam("key"),
                                      window_start=bindparam("window_start"), hits=1)
    return statement.on_conflict_do_update(index_elements=[_TABLE.c.scope, _TABLE.c.key, _TABLE.c.window_start],
                                           set_={"hits": _TABLE.c.hits + 1}).returning(_TABLE.c.hits)


_UPSERTS = {name: _upsert(name) for name in ("postgresql", "sqlite")}
# The same upsert as text for the driver (placeholders: scope, key, window_start).
_UPSERT_SQL = ('INSERT INTO rate_limit_hits (scope, "key", window_start, hits) VALUES ({0}, {0}, {0}, 1) '
               'ON CONFLICT (scope, "key", window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1 RETURNING hits')
_DRIVER_UPSERTS = {"sqlite": _UPSERT_SQL.format("?"), "postgresql": _UPSERT_SQL.format("%s")}
_PRUNE = delete(_TABLE).where(_TABLE.c.window_start < bindparam("before"))
_last_prune = [0.0]
_prune_lock = threading.Lock()


def _due_for_pruning() -> bool:
    with _prune_lock:
        if time.monotonic() - _last_prune[0] < PRUNE_EVERY:
            return False
        _last_prune[0] = time.monotonic()
        return True


class SharedWindow:
    """`limit` hits per `window_seconds` for each key of one scope, counted in the platform's database."""

    def __init__(self, database, scope: str, limit: int, window_seconds: int = 60):
        self.database, self.scope, self.limit, self.window = database, scope, limit, int(window_seconds)

    def hit(self, key: str, db: Session | None = None) -> float | None:
        """Counts one attempt; returns the seconds to wait when over the limit, else None. Given `db`, the count
        is part of that (write) transaction, for callers that hold one already; otherwise it commits at once."""
        now = clock.now().timestamp()
        start = int(now) // self.window * self.window
        if db is not None:
            hits = db.execute(_UPSERTS[db.get_bind().dialect.name],
                              {"scope": self.scope, "key": key[:KEY_LENGTH], "window_start": start}).scalar_one()
            if _due_for_pruning():
                db.execute(_PRUNE, {"before": int(now) - KEEP_SECONDS})
        else:
            hits = self._upsert_alone(key[:KEY_LENGTH], start)
            if _due_for_pruning():
                with self.database.write() as session:
                    session.execute(_PRUNE, {"before": int(now) - KEEP_SECONDS})
                    session.commit()
        if hits > self.limit:
            return max(start + self.window - now, 0.0)
        return None

    def _upsert_alone(self, key: str, start: int) -> int:
        """The count after this hit, as one statement committed by itself. This process's writers' queue is joined
        as a write session would, so that on SQLite the statement does not meet the sleeping busy handler."""
        with self.database.writers():
            return self.database.one_row(_DRIVER_UPSERTS[self.database.dialect], (self.scope, key, start))[0]
