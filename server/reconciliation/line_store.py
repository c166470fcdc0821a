"""Storing a statement's lines, a million at a time, through each database's own bulk path.

- The serials stored before: one statement for the whole file. PostgreSQL joins the file's serials, sent as one
  array, against the serial index; SQLite joins them, sorted, as one JSON array (json_each) against it. Checked in
  chunks of bound parameters, a million serials took about 13 s on PostgreSQL, most of it compiling the lists; on
  SQLite, `serial IN (SELECT value FROM json_each(...))` took 1.5 s to build a temporary index of the million
  values first, the sorted join 0.1 s (none stored before) to 0.9 s (all of them).
- The lines: PostgreSQL takes them by COPY, as CSV text polars writes column by column (about 7 s for
  300,000 lines by executemany, each row a message of the pipeline); SQLite by INSERTs of 200 rows each on the
  driver (server/db/sqlite_bulk.py).

The lines' text was checked against the columns' lengths before (imports._too_long), so COPY, which bypasses
the engine's own length check (server/db/lengths.py), has nothing left to refuse.
"""

import json

import polars as pl
from sqlalchemy import text
from sqlalchemy.orm import Session

from server.db import sqlite_bulk
from server.db.driver_sql import dbapi
from server.reconciliation.models import BANK, OPEN, ReconItem

_TABLE = ReconItem.__tablename__
_COPY_BLOCK = 1 << 20

# The side is written into the text, not bound: only then may the planner use the serial index, which holds bank
# lines alone (revision 0028).
_STORED_SERIALS = {
    "postgresql": text(f"SELECT DISTINCT r.serial FROM unnest(CAST(:serials AS text[])) AS s(serial) "
                       f"JOIN {_TABLE} AS r ON r.serial = s.serial "
                       f"WHERE r.side = '{BANK}' AND r.carried_from_id IS NULL"),
    "sqlite": text(f"SELECT DISTINCT r.serial FROM json_each(:serials) AS s JOIN {_TABLE} AS r ON r.serial = s.value "
                   f"WHERE r.side = '{BANK}' AND r.carried_from_id IS NULL"),
}


def stored_serials(db: Session, serials: list[str]) -> list[str]:
    """Which of these bank serials a statement stored before (a carried-over copy does not count), sorted."""
    if not serials:
        return []
    dialect = db.get_bind().dialect.name
    # Sorted, SQLite's probes walk the index from page to page.
    sent = serials if dialect == "postgresql" else json.dumps(sorted(serials), ensure_ascii=False)
    return sorted(db.scalars(_STORED_SERIALS[dialect], {"serials": sent}).all())


def insert_lines(db: Session, lines: pl.DataFrame, day_id: int, statement_id: int) -> None:
    """Stores the parsed lines (ParsedStatement.lines) as the statement's open bank items of the day."""
    if lines.is_empty():
        return
    same = {"day_id": day_id, "side": BANK, "statement_id": statement_id, "state": OPEN}
    if db.get_bind().dialect.name == "postgresql":
        frame = _frame(lines, pl.col("booked_at").dt.convert_time_zone("UTC"))
        _copy_postgresql(db, frame.with_columns(pl.lit(value).alias(name) for name, value in same.items()))
        return
    # The text SQLAlchemy's SQLite DateTime writes (UTC, no offset), so the ORM reads these rows back alike.
    frame = _frame(lines, pl.col("booked_at").dt.convert_time_zone("UTC").dt.strftime("%Y-%m-%d %H:%M:%S.%6f"))
    sqlite_bulk.insert_rows(dbapi(db.connection()), _TABLE, frame.columns,
                            [frame.get_column(c).to_list() for c in frame.columns], same=same)


def _frame(lines: pl.DataFrame, at: pl.Expr) -> pl.DataFrame:
    """The columns that differ from line to line."""
    return lines.select(
        pl.col("line_no").cast(pl.Int64), "serial", pl.col("order_no").alias("reference"), "account", "direction",
        pl.col("amount_fen").cast(pl.Int64), at.alias("at"), pl.col("summary").str.slice(0, 200))


def _copy_postgresql(db: Session, frame: pl.DataFrame) -> None:
    # CSV as polars writes it: a null is an empty field, which COPY reads as NULL, and an empty text is "",
    # which it reads as an empty text (a line without a summary keeps its ""); times carry their +0000.
    data = memoryview(frame.write_csv(include_header=False).encode())
    with dbapi(db.connection()).cursor() as cursor:
        with cursor.copy(f"COPY {_TABLE} ({', '.join(frame.columns)}) FROM STDIN (FORMAT csv)") as copy:
            for start in range(0, len(data), _COPY_BLOCK):
                copy.write(data[start:start + _COPY_BLOCK])
