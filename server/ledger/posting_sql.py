"""The posting's statements through the driver, on the session's transaction (server/db/driver_sql.py).

A single movement, most of the platform's writes, runs four or five of them (its accounts read and locked, its row
inserted, its day's flow and its accounts' counters added to); through SQLAlchemy's Core each cost more in Python
than in the database. Here each is one call of the DBAPI connection, its values converted as the columns' types
convert them. The values bound are checked before they get here: transfer ids and references by the posting's
checks (at most 64 characters, as their columns), kinds against the ledger's kinds, account codes by being found.

Errors come back as SQLAlchemy's own (`IntegrityError` for a unique key refused), as the Core statements raised
them, so callers catch what they caught before.
"""

from functools import cache

from sqlalchemy.exc import IntegrityError

from server.db.driver_sql import MARKS, dbapi
from server.ledger.models import LedgerDayFlow, LedgerTransfer

_TRANSFERS, _FLOWS = LedgerTransfer.__table__, LedgerDayFlow.__table__
# A new transfer's columns in the order of service._NEW_ROW (the table's own, the id aside).
_NEW_ROW = [column.name for column in _TRANSFERS.columns][1:]
_ACCOUNT_COLUMNS = "id, code, may_go_negative, debits_posted, credits_posted, debits_pending, credits_pending"


@cache
def statements(dialect: str) -> dict[str, str]:
    mark = MARKS[dialect]
    pg = dialect == "postgresql"
    values = ", ".join(f"{mark}::json" if pg and name == "metadata" else mark for name in _NEW_ROW)
    return {
        "insert": f"INSERT INTO ledger_transfers ({', '.join(_NEW_ROW)}) VALUES ({values})"
                  + (" RETURNING id" if pg else ""),
        "add_flow": ("INSERT INTO ledger_day_flows (day, kind, amount_fen, transfers) "
                     f"VALUES ({mark}, {mark}, {mark}, {mark}) ON CONFLICT (day, kind) DO UPDATE SET "
                     "amount_fen = ledger_day_flows.amount_fen + excluded.amount_fen, "
                     "transfers = ledger_day_flows.transfers + excluded.transfers"),
        # PostgreSQL only: the rest of a posting's statements on SQLite are in service.py (JSON arrays, json_each)
        "accounts": (f"SELECT {_ACCOUNT_COLUMNS} FROM ledger_accounts WHERE code = ANY({mark}) OR id = ANY({mark}) "
                     "ORDER BY id FOR UPDATE"),
        "codes_present": f"SELECT code FROM ledger_accounts WHERE code = ANY({mark})",
        "ids_present": f"SELECT transfer_id FROM ledger_transfers WHERE transfer_id = ANY({mark})",
        "add_to_counters": (f"UPDATE ledger_accounts SET debits_posted = debits_posted + {mark}, "
                            f"credits_posted = credits_posted + {mark}, debits_pending = debits_pending + {mark}, "
                            f"credits_pending = credits_pending + {mark}, version = version + {mark} "
                            f"WHERE id = {mark}"),
    }


def converter(column, dialect):
    """The conversion SQLAlchemy itself applies to the column's values on this dialect."""
    return column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)


@cache
def converters(dialect) -> tuple:
    """(created_at, metadata, day): `converter` of each column a single posting writes."""
    return (converter(_TRANSFERS.c.created_at, dialect), converter(_TRANSFERS.c["metadata"], dialect),
            converter(_FLOWS.c.day, dialect))


def insert_one(conn, row: list) -> int:
    """One new transfer (`row`: its values in `_NEW_ROW` order, unconverted); its id."""
    dialect = conn.dialect
    as_time, as_json, _ = converters(dialect)
    row = [*row[:10], as_time(row[10]), as_json(row[11] or {})]
    sql = statements(dialect.name)["insert"]
    try:
        cursor = dbapi(conn).execute(sql, row)
    except dialect.dbapi.IntegrityError as error:
        raise IntegrityError(sql, row, error) from error
    return cursor.fetchone()[0] if dialect.name == "postgresql" else cursor.lastrowid


def add_flows(conn, days: list[tuple]) -> None:
    """(day, kind, amount_fen, transfers) added to each day's row, made when missing."""
    dialect = conn.dialect
    as_day = converters(dialect)[2]
    rows = [(as_day(day), kind, amount, count) for day, kind, amount, count in days]
    sql = statements(dialect.name)["add_flow"]
    if len(rows) == 1:
        dbapi(conn).execute(sql, rows[0])
    else:
        dbapi(conn).cursor().executemany(sql, rows)


def fetch(conn, name: str, *params) -> list[tuple]:
    """The rows of one of `statements` (PostgreSQL's reads)."""
    return dbapi(conn).execute(statements(conn.dialect.name)[name], params).fetchall()


def add_to_counters(conn, increments: list[tuple]) -> None:
    """PostgreSQL: (debits posted, credits posted, debits pending, credits pending, version, account id) added."""
    dbapi(conn).cursor().executemany(statements(conn.dialect.name)["add_to_counters"], increments)
