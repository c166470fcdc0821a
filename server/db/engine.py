"""Engines and sessions. Readers and writers get separate session factories.

On SQLite a writer begins with BEGIN IMMEDIATE, so that two writers queue for the lock instead of
one failing halfway with "database is locked" after both read the same state (lost update).
Readers begin normally and never wait for writers (WAL mode).

Writers also queue before they begin (server/db/writers.py): SQLite's busy handler waits by sleeping
with growing pauses (up to 100 ms at a time), so concurrent requests that met at the database lock used
to wait far longer than the writer ahead of them took. The queue wakes the next writer, of this process
or another serving the same file, the moment the previous one ends.
"""

import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

from server.db.lengths import refuse_overlong_strings
from server.db.writers import WriterQueue


_BULK_CACHE = "p2p_bulk_cache"
_DEFAULT_CACHE = -2000  # SQLite's own default: 2,000 KiB
_BULK_CACHE_KIB = 16 * 1024


def bulk_page_cache(conn) -> None:
    """Gives this SQLite connection a 16 MiB page cache until it goes back to the pool.

    A bulk posting inserts into eight b-trees of ledger_transfers, the transfer ids' one in random order:
    with the default 2 MiB cache its pages are evicted and read again many times per batch. The cache is
    set back at check-in, so the pool's idle connections do not each keep 16 MiB."""
    if conn.dialect.name != "sqlite":
        return
    info = conn.connection.info  # the pooled connection's record: what the check-in listener sees
    if not info.get(_BULK_CACHE):
        conn.exec_driver_sql(f"PRAGMA cache_size=-{_BULK_CACHE_KIB}")
        info[_BULK_CACHE] = True


_BEGIN = {mode: f"BEGIN {mode}" for mode in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE")}


def _prepare_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        # Through the driver: every transaction begins here, and Core's execution of a statement costs more than it.
        connection.connection.driver_connection.execute(_BEGIN[mode])

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection, record):
        if record.info.pop(_BULK_CACHE, False) and dbapi_connection is not None:
            dbapi_connection.execute(f"PRAGMA cache_size={_DEFAULT_CACHE}")

    # PostgreSQL refuses a string longer than its String(n) column; SQLite would keep it without a word.
    refuse_overlong_strings(engine)


def _lock_file(url: str) -> Path | None:
    """The writers' lock file beside a SQLite database file (none for a database in memory)."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).with_name(Path(database).name + "-writers")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=8, max_overflow=16)
        _prepare_sqlite(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class Database:
    """One per platform instance: hands out read and write sessions."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.dialect == "sqlite" else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        # PostgreSQL in autocommit: each statement is its own snapshot, with no BEGIN and ROLLBACK around it. SQLite
        # begins in-process (no round trip to save), so there it is the ordinary read session.
        self._statement_read = (sessionmaker(self.engine.execution_options(isolation_level="AUTOCOMMIT"),
                                             expire_on_commit=False) if self.dialect == "postgresql" else self._read)
        self._write = sessionmaker(write_engine, expire_on_commit=False)
        self._writers = WriterQueue(_lock_file(url)) if self.dialect == "sqlite" else None
        # SQLite file: one_row's own connection, out of the pool (see one_row)
        self._alone, self._alone_lock = None, threading.Lock()

    def one_row(self, sql: str, params: tuple = ()) -> tuple | None:
        """The first row of one statement sent through the driver by itself, committed at once (autocommit): no
        session, no BEGIN or COMMIT of ours, for the few statements every request runs alone (the rate limit's
        count, the auth generation's read). `sql` in the driver's placeholders (SQLite ?, psycopg %s).

        On a SQLite file these run on one connection of their own, taken out of the pool, one thread at a time:
        the pool's checkout and check-in (with its rollback) cost more than the statement, twice on every signed-in
        request. PostgreSQL's statements wait for the network, so there each takes a pooled connection."""
        if self._writers is not None:
            with self._alone_lock:
                if self._alone is None:
                    pooled = self.engine.raw_connection()
                    driver = pooled.driver_connection
                    pooled.detach()  # closed by dispose, never handed to another caller
                    self._alone = (pooled, driver)
                cursor = self._alone[1].execute(sql, params)
                try:
                    return cursor.fetchone()
                finally:
                    cursor.close()
        pooled = self.engine.raw_connection()
        try:
            driver = pooled.driver_connection
            if self.dialect == "sqlite":  # its connections are in autocommit between our own BEGINs
                cursor = driver.execute(sql, params)
                try:
                    return cursor.fetchone()
                finally:
                    cursor.close()  # ends the statement, and with it a write's implicit transaction
            driver.autocommit = True
            try:
                return driver.execute(sql, params).fetchone()
            finally:
                driver.autocommit = False
        finally:
            pooled.close()

    def writers(self):
        """This process's queue of writers (SQLite; a no-op elsewhere), for a write made outside `write`."""
        return self._writers or nullcontext()

    @contextmanager
    def read(self):
        with self._read() as session:
            yield session

    @contextmanager
    def statement_read(self):
        """A read session for an answer that one statement gives whole (a page and its total, say): on PostgreSQL
        two round trips fewer than `read`, which a busy server's every request waits for. Statements after the
        first each see the database as of their own start, not as of the first one's."""
        with self._statement_read() as session:
            yield session

    @contextmanager
    def write(self):
        """A write transaction: committed by the caller, rolled back on any exception.

        The writers' queue is held only around the transaction: the session is made before it is joined and
        closed (its connection back to the pool) after it is left, since on SQLite every other writer waits for as
        long as it is held. A transaction still open when the caller is done (a replay answered without a write)
        is rolled back before the queue is left, so the next writer never finds the database locked."""
        with self._write() as session:
            with self._writers or nullcontext():
                try:
                    yield session
                except BaseException:
                    session.rollback()
                    raise
                finally:
                    if session.in_transaction():
                        session.rollback()

    def dispose(self) -> None:
        with self._alone_lock:
            if self._alone is not None:
                self._alone[0].close()
                self._alone = None
        self.engine.dispose()
        if self._writers is not None:
            self._writers.close()
