"""The database's side of a backup: a consistent snapshot of a running database, and its load into an empty one.

SQLite: the online backup API (sqlite3.Connection.backup) copies every page in one step, under one read
transaction: writers go on in WAL mode and the copy is the database as of that transaction's start.
PostgreSQL: `pg_dump -Fc` of a snapshot exported by our own REPEATABLE READ transaction, so the schema revision,
the audit head and the figures read here are those of the dump, while requests go on.

The database password never goes on a command line (other accounts can read those): PGPASSWORD in pg_dump's
environment only.
"""

import os
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from server.backups.refusals import BackupRefused
from server.messages import _

# Figures counted in the snapshot and compared after a restore (the tables the drill cares most about are
# among them; all tables are counted).
_BALANCE_SQL = ("SELECT coalesce(sum(debits_posted), 0), coalesce(sum(credits_posted), 0) FROM ledger_accounts")
_AUDIT_HEAD_SQL = "SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1"


@dataclass
class Snapshot:
    kind: str  # sqlite | postgresql
    path: Path  # the plain copy (SQLite file or pg_dump archive)
    revision: str | None
    audit_seq: int = 0
    audit_hash: str = "0" * 64
    figures: dict = field(default_factory=dict)  # {"tables": {name: rows}, "debits_posted_fen", "credits_posted_fen"}


def kind_of(url: str) -> str:
    backend = make_url(url).get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise BackupRefused(_("backups know SQLite and PostgreSQL databases, not {backend}"), {"backend": backend})
    return backend


def shown_url(url: str) -> str:
    """The URL as an operator may read it: never the password."""
    return make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupRefused(_("an in-memory SQLite database cannot be backed up or restored"))
    return Path(database)


def _read_figures(cursor, tables: list[str]) -> tuple[str | None, int, str, dict]:
    cursor.execute("SELECT version_num FROM alembic_version")
    row = cursor.fetchone()
    revision = row[0] if row else None
    cursor.execute(_AUDIT_HEAD_SQL)
    head = cursor.fetchone() or (0, "0" * 64)
    counts = {}
    for table in sorted(tables):
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        counts[table] = int(cursor.fetchone()[0])
    cursor.execute(_BALANCE_SQL)
    debits, credits = cursor.fetchone()
    return revision, int(head[0]), head[1], {"tables": counts, "debits_posted_fen": int(debits),
                                             "credits_posted_fen": int(credits)}


def _snapshot_sqlite(url: str, target: Path) -> Snapshot:
    source = sqlite3.connect(sqlite_path(url), timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # pages=-1: all at once, one consistent read of the source
    finally:
        source.close()
    try:
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        cursor = copy.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        tables = [r[0] for r in cursor.fetchall()]
        revision, seq, digest, figures = _read_figures(cursor, tables)
    finally:
        copy.close()
    return Snapshot("sqlite", target, revision, seq, digest, figures)


def libpq_target(url: str) -> tuple[str, dict]:
    """The connection string for libpq's tools and psycopg, without the password, and their environment."""
    parsed = make_url(url)
    conninfo = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    return conninfo, env


def _pg_tables(cursor) -> list[str]:
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return [r[0] for r in cursor.fetchall()]


def _snapshot_postgresql(url: str, target: Path) -> Snapshot:
    import psycopg

    conninfo, env = libpq_target(url)
    with psycopg.connect(conninfo, password=env.get("PGPASSWORD")) as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot_id = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        cursor = conn.cursor()
        revision, seq, digest, figures = _read_figures(cursor, _pg_tables(cursor))
        # The exported snapshot lives while this transaction is open: pg_dump runs inside it.
        done = subprocess.run(["pg_dump", "-Fc", f"--snapshot={snapshot_id}", "--file", str(target),
                               "--dbname", conninfo], env=env, capture_output=True, text=True)
        conn.rollback()
    if done.returncode != 0:
        raise BackupRefused(_("pg_dump failed: {reason}"), {"reason": done.stderr.strip()[-500:]})
    return Snapshot("postgresql", target, revision, seq, digest, figures)


def take_snapshot(url: str, target: Path) -> Snapshot:
    if kind_of(url) == "sqlite":
        return _snapshot_sqlite(url, target)
    return _snapshot_postgresql(url, target)


def table_count(url: str) -> int:
    """How many tables the database holds (0: empty; a missing SQLite file is empty)."""
    from sqlalchemy import create_engine, inspect

    if kind_of(url) == "sqlite" and not sqlite_path(url).exists():
        return 0
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return len(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def load_snapshot(kind: str, plain: Path, url: str) -> None:
    """Loads a snapshot into the (checked empty) database at `url`."""
    if kind == "sqlite":
        path = sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)  # an empty file (no table) made by an earlier look
        target = sqlite3.connect(path)
        source = sqlite3.connect(plain)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        return
    conninfo, env = libpq_target(url)
    done = subprocess.run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", conninfo,
                           str(plain)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupRefused(_("pg_restore failed: {reason}"), {"reason": done.stderr.strip()[-500:]})
