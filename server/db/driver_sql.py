"""Statements sent through the driver on the session's connection, inside its transaction.

For the few statements every money request runs (its idempotency record, the audit chain's end, whom to tell by
SMS): SQLAlchemy's execution of a Core statement (its execution context, events and result processing) cost several
times what the database takes to run one of them. They are written once, `{0}` for each bound value, and sent in
each driver's own placeholder. They bypass the engine's events: the length check of server/db/lengths.py (whoever
binds a string here checks its length) and the sign-in generation's watch of server/access.py (none of them touches
the sign-in tables)."""

from typing import NamedTuple

from sqlalchemy.orm import Session

_MARKS = {"sqlite": "?", "postgresql": "%s"}


class Driver(NamedTuple):
    connection: object  # the DBAPI connection (sqlite3 or psycopg) of the session's transaction
    sql: dict[str, str]  # the statements in its placeholders
    dialect: object


class DriverSQL:
    def __init__(self, **statements: str):
        self._by_dialect = {name: {key: sql.format(mark) for key, sql in statements.items()}
                            for name, mark in _MARKS.items()}

    def on(self, db: Session) -> Driver:
        """The session's connection (begun if it was not) with these statements for its database."""
        conn = db.connection()
        return Driver(conn.connection.driver_connection, self._by_dialect[conn.dialect.name], conn.dialect)
