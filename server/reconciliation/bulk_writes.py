"""Writing a day's matching results, a million rows at a time, through each database's own bulk path.

One UPDATE per item sent through SQLAlchemy cost ~15 s on SQLite and ~80 s on PostgreSQL for a day of a
million statement lines (issue 19): on PostgreSQL every row was a round trip, and on both every row passed
through SQLAlchemy's execution layer. So the results go straight to the driver:

- PostgreSQL: COPY of the results, as CSV text polars writes column by column, into a temporary table,
  then one UPDATE ... FROM it: the server joins and writes in one statement.
- SQLite: executemany of one prepared UPDATE on the raw sqlite3 connection, within the caller's
  transaction: the statement is compiled once and each row costs a B-tree lookup by rowid.

Values are the matcher's own short names and integers (no user text), so the length check that the
engine applies to SQLAlchemy's statements (server/db/lengths.py) has nothing to refuse here.
"""

import polars as pl
from sqlalchemy.orm import Session

# The order the frame's columns are written in; `id` names the row to change.
RESULT_COLUMNS = ("category", "state", "match_pass", "group_id", "counterpart_id", "id")
_SET = ("category", "state", "match_pass", "group_id", "counterpart_id")

_PG_STAGE = "recon_results_stage"


def _driver_connection(db: Session):
    return db.connection().connection.driver_connection


def write_results(db: Session, results: pl.DataFrame) -> None:
    """Sets category, state, match_pass, group_id and counterpart_id of each recon item named by `id`."""
    if results.is_empty():
        return
    results = results.select(RESULT_COLUMNS)
    if db.get_bind().dialect.name == "postgresql":
        _write_postgresql(db, results)
    else:
        _write_sqlite(db, results)


def _write_sqlite(db: Session, results: pl.DataFrame) -> None:
    sql = (f"UPDATE recon_items SET {', '.join(f'{c} = ?' for c in _SET)} WHERE id = ?")
    # Column-wise to Python lists (C loops in polars), zipped lazily: no list of a million tuples is built.
    columns = [results.get_column(c).to_list() for c in RESULT_COLUMNS]
    cursor = _driver_connection(db).cursor()
    try:
        cursor.executemany(sql, zip(*columns))
    finally:
        cursor.close()


def _write_postgresql(db: Session, results: pl.DataFrame) -> None:
    connection = _driver_connection(db)
    with connection.cursor() as cursor:
        # ON COMMIT DROP: the stage lives as long as the run's transaction, and a second run in the same
        # session (the tests do that) finds no leftover.
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_PG_STAGE} (category varchar(16), state varchar(10), "
                       "match_pass varchar(12), group_id integer, counterpart_id integer, id integer) "
                       "ON COMMIT DROP")
        cursor.execute(f"TRUNCATE {_PG_STAGE}")
        # polars writes a null as an empty field, which CSV COPY reads as NULL; no value here is an empty text.
        data = memoryview(results.write_csv(include_header=False).encode())
        with cursor.copy(f"COPY {_PG_STAGE} ({', '.join(RESULT_COLUMNS)}) FROM STDIN (FORMAT csv)") as copy:
            for start in range(0, len(data), 1 << 20):
                copy.write(data[start:start + (1 << 20)])
        # Statistics of the fresh stage let the planner choose a hash join instead of a million index probes.
        cursor.execute(f"ANALYZE {_PG_STAGE}")
        cursor.execute(f"UPDATE recon_items AS r SET {', '.join(f'{c} = s.{c}' for c in _SET)} "
                       f"FROM {_PG_STAGE} AS s WHERE r.id = s.id")
