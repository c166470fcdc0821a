"""Statements sent through the driver on the session's connection, inside its transaction.

For the few statements every money request runs (its idempotency record, the audit chain's end, the ledger's
posting, whom to tell by SMS): SQLAlchemy's execution of a Core statement (its execution context, events and result
processing) cost several times what the database takes to run one of them. They are written once, `{0}` for each
bound value, and sent in each driver's own placeholder. They bypass the engine's events: the length check of
server/db/lengths.py (whoever binds a string here checks its length) and the sign-in generation's watch of
server/access.py (none of them touches the sign-in tables)."""

from typing import NamedTuple

from sqlalchemy.orm import Session

MARKS = {"sqlite": "?", "postgresql": "%s"}  # each driver's placeholder
_HELD = "p2p_connection"  # session.info: (the root transaction, its connection)


class Driver(NamedTuple):
    connection: object  # the DBAPI connection (sqlite3 or psycopg) of the session's transaction
    sql: dict[str, str]  # the statements in its placeholders
    dialect: object


def connection_of(db: Session):
    """`db.connection()`, the SQLAlchemy connection of the session's transaction (begun if it was not).

    Kept on the session for as long as its root transaction lasts: a money request asks six times, and the
    session's own way to its connection cost more than some of the statements it runs. A root transaction has one
    connection (one engine per session), and the transaction the entry names is kept alive by the entry, so a later
    transaction can never be mistaken for it."""
    held = db.info.get(_HELD)
    if held is not None and held[0] is db.get_transaction() and held[0] is not None:
        return held[1]
    conn = db.connection()
    db.info[_HELD] = (db.get_transaction(), conn)
    return conn


def dbapi(conn):
    """The DBAPI connection under a SQLAlchemy connection (inside its transaction)."""
    return conn.connection.driver_connection


def driver_of(db: Session) -> tuple[object, object]:
    """(the DBAPI connection, the dialect) of the session's transaction (`connection_of`)."""
    conn = connection_of(db)
    return dbapi(conn), conn.dialect


class DriverSQL:
    def __init__(self, **statements: str):
        self._by_dialect = {name: {key: sql.format(mark) for key, sql in statements.items()}
                            for name, mark in MARKS.items()}

    def on(self, db: Session) -> Driver:
        """The session's connection (begun if it was not) with these statements for its database."""
        driver, dialect = driver_of(db)
        return Driver(driver, self._by_dialect[dialect.name], dialect)
