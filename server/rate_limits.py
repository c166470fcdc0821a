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

The per-request ceilings (every request from an address, every request of the front end's credential) are
counted in leases: a process takes a share of what is left of a window's allowance in one upsert (at most
`LEASE_MOST` hits, and at most an eighth of what is left, so near the end it takes one at a time) and spends it
from memory. Every request used to be a write to the shared table, taken in turn with the money's writes; now
one in up to 64 is. What a process leased and did not spend counts as spent, so a client may be refused a little
before its allowance (at most an eighth of what was left, per process), never after it. Once a window is spent
the process refuses from memory until the window ends. Sign-in and recovery limits count every attempt alone.

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
LEASE_MOST = 64  # hits a process takes at once from a leased window
LEASE_SHARE = 8  # and at most this fraction (1/8) of what is left of it


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
# The same upsert as text for the driver (placeholders: scope, key, window_start, then the hits to add, twice).
_UPSERT_SQL = ('INSERT INTO rate_limit_hits (scope, "key", window_start, hits) VALUES ({0}, {0}, {0}, {0}) '
               'ON CONFLICT (scope, "key", window_start) DO UPDATE SET hits = rate_limit_hits.hits + {0} '
               'RETURNING hits')
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

    def __init__(self, database, scope: str, limit: int, window_seconds: int = 60, leased: bool = False):
        self.database, self.scope, self.limit, self.window = database, scope, limit, int(window_seconds)
        self.leased = leased
        self._leases: dict[str, _Lease] = {}
        self._leases_lock = threading.Lock()

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
        elif self.leased:
            return self._leased_hit(key[:KEY_LENGTH], start, now)
        else:
            hits = self._upsert_alone(key[:KEY_LENGTH], start)
            if _due_for_pruning():
                with self.database.write() as session:
                    session.execute(_PRUNE, {"before": int(now) - KEEP_SECONDS})
                    session.commit()
        if hits > self.limit:
            return max(start + self.window - now, 0.0)
        return None

    def _spend(self, key: str, start: int) -> "tuple[_Lease, bool]":
        """This key's lease for the window, and whether one hit of it was left (and is now spent)."""
        with self._leases_lock:
            lease = self._leases.get(key)
            if lease is None or lease.start != start:
                if len(self._leases) > _MOST_LEASES:  # the windows of yesterday's addresses
                    self._leases = {k: v for k, v in self._leases.items() if v.start == start}
                lease = self._leases[key] = _Lease(start)
            spent = lease.used < lease.granted
            lease.used += spent
            return lease, spent

    def _leased_hit(self, key: str, start: int, now: float) -> float | None:
        lease, spent = self._spend(key, start)
        if spent:
            return None
        if lease.counted < self.limit:
            share = max(1, min(LEASE_MOST, (self.limit - lease.counted) // LEASE_SHARE))
            counted = self._upsert_alone(key, start, share)
            if _due_for_pruning():
                with self.database.write() as session:
                    session.execute(_PRUNE, {"before": int(now) - KEEP_SECONDS})
                    session.commit()
            with self._leases_lock:
                # What this share brought within the allowance: the rest was counted after the allowance ran out.
                lease.granted += max(0, min(share, self.limit - (counted - share)))
                lease.counted = max(lease.counted, counted)
                if lease.used < lease.granted:
                    lease.used += 1
                    return None
        return max(start + self.window - now, 0.0)

    def _upsert_alone(self, key: str, start: int, hits: int = 1) -> int:
        """The count after this hit, as one statement committed by itself. This process's writers' queue is joined
        as a write session would, so that on SQLite the statement does not meet the sleeping busy handler."""
        with self.database.writers():
            return self.database.one_row(_DRIVER_UPSERTS[self.database.dialect], (self.scope, key, start, hits, hits))[0]


_MOST_LEASES = 10_000  # keys remembered by one window before older windows' are forgotten


class _Lease:
    """One process's share of one key's window: hits `granted` to it within the allowance, `used` of them, and the
    window's whole count (`counted`, every process's leases) as the database last answered."""

    __slots__ = ("start", "granted", "used", "counted")

    def __init__(self, start: int):
        self.start, self.granted, self.used, self.counted = start, 0, 0, 0
