"""Reading a day's free items and writing its matching results, a million rows at a time, through each
database's own bulk path.

A run of a day of a million statement lines took ~15-27 s on SQLite and ~80 s on PostgreSQL (issue 19):
on PostgreSQL every UPDATE of a result was a round trip, on both every row passed through SQLAlchemy's
execution layer, and the rows read were turned into a frame tuple by tuple. So both directions go straight
to the driver and polars works on whole columns:

- reading, PostgreSQL: COPY (SELECT ...) TO STDOUT as CSV, read by polars' CSV reader; SQLite: the rows as
  lines of JSON that SQLite writes into one text, read by polars' NDJSON reader.
- writing, PostgreSQL: COPY of the results, as CSV text polars writes column by column, into a temporary
  table, then one UPDATE ... FROM it, joined in id order within the day's range of ids: the server joins and writes
  in one statement, page after page.
- writing, SQLite: `UPDATE ... FROM (VALUES ...)` of 200 rows a statement on the raw sqlite3 connection, within
  the caller's transaction (server/db/sqlite_bulk.py): compiled once, each row a B-tree lookup by rowid.
- both: only rows whose result changes are written (a re-run rewrites little), and the day's new ledger items
  are inserted once with their results (`insert_decided`) instead of inserted and then updated.

Values are the matcher's own short names and integers (no user text), so the length check that the
engine applies to SQLAlchemy's statements (server/db/lengths.py) has nothing to refuse here.
"""

import io
from contextlib import contextmanager

import polars as pl
from sqlalchemy.orm import Session

from server.db import sqlite_bulk
from server.db.driver_sql import dbapi
from server.reconciliation.models import MANUAL, MATCHED, OPEN

# The order the frame's columns are written in; `id` names the row to change.
RESULT_COLUMNS = ("category", "state", "match_pass", "group_id", "counterpart_id", "id")
_SET = ("category", "state", "match_pass", "group_id", "counterpart_id")

_PG_STAGE = "recon_results_stage"


def _driver_connection(db: Session):
    return dbapi(db.connection())


_FREE = ("SELECT id, serial, reference, account, direction, amount_fen, {at}, "
         "category, state, match_pass, group_id, counterpart_id FROM recon_items "
         "WHERE day_id = {p} AND side = {p} AND state IN ('" + OPEN + "', '" + MATCHED + "') "
         "AND (match_pass IS NULL OR match_pass <> '" + MANUAL + "')")
_FREE_COLUMNS = ("id", "serial", "reference", "account", "direction", "amount_fen", "at", "category", "state",
                 "match_pass", "group_id", "counterpart_id")


def free_items(db: Session, day_id: int, side: str) -> pl.DataFrame:
    """Items the automatic passes may (re)decide: open ones and automatic matches, in the columns of
    `_FREE_COLUMNS` (what the matcher reads, then the result they hold now), `at` as a UTC datetime."""
    if db.get_bind().dialect.name == "postgresql":
        return _free_postgresql(db, day_id, side)
    return _free_sqlite(db, day_id, side)


_SCHEMA = {"id": pl.Int64, "serial": pl.String, "reference": pl.String, "account": pl.String, "direction": pl.String,
           "amount_fen": pl.Int64, "at": pl.Int64, "category": pl.String, "state": pl.String, "match_pass": pl.String,
           "group_id": pl.Int64, "counterpart_id": pl.Int64}


def _free_postgresql(db: Session, day_id: int, side: str) -> pl.DataFrame:
    return _read_postgresql(db, _FREE, (day_id, side), _SCHEMA)


def _read_postgresql(db: Session, template: str, params: tuple, schema: dict) -> pl.DataFrame:
    # Microseconds since the epoch: no time zone or text format of the session's to get wrong.
    sql = template.format(at="(EXTRACT(EPOCH FROM at) * 1000000)::bigint", p="%s")
    buffer = bytearray()
    with _driver_connection(db).cursor() as cursor:
        with cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)", params) as copy:
            for block in copy:
                buffer += block
    # CSV keeps NULL (an empty field) apart from an empty text (""), as polars reads them.
    frame = pl.read_csv(bytes(buffer), has_header=False, schema=schema) if buffer else pl.DataFrame(schema=schema)
    return frame.with_columns(pl.col("at").cast(pl.Datetime("us", "UTC")))


def _free_sqlite(db: Session, day_id: int, side: str) -> pl.DataFrame:
    return _read_sqlite(db, _FREE, (day_id, side), _SCHEMA)


def _read_sqlite(db: Session, template: str, params: tuple, schema: dict) -> pl.DataFrame:
    # SQLite writes the rows as lines of JSON, one text for all, and polars parses it: a Python tuple per row and an
    # object per value cost half again as much (0.75 s against 0.5 s of CPU for 200,000 rows). JSON keeps NULL
    # apart from an empty text, and texts exactly as stored.
    # Each value under a key of one or two letters: the keys were a third of the text SQLite wrote and polars read.
    keys = {name: _key(i) for i, name in enumerate(schema)}
    pairs = ", ".join(f"'{keys[name]}', {name}" for name in schema)
    sql = (f"SELECT CAST(group_concat(json_object({pairs}), char(10)) AS BLOB) "
           f"FROM ({template.format(at='at', p='?')})")
    (lines,) = _driver_connection(db).execute(sql, params).fetchone()
    if not lines:
        return pl.DataFrame(schema=schema).with_columns(pl.col("at").cast(pl.Datetime("us", "UTC")))
    read_as = {keys[name]: (pl.String if name == "at" else kind) for name, kind in schema.items()}
    frame = pl.read_ndjson(io.BytesIO(lines), schema=read_as)
    del lines
    frame = frame.rename({key: name for name, key in keys.items()})
    # The text SQLAlchemy's SQLite DateTime writes (UTC, no offset).
    return frame.with_columns(pl.col("at").str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_unit="us")
                              .dt.replace_time_zone("UTC"))


def _key(index: int) -> str:
    return chr(97 + index % 26) * (1 + index // 26)


def write_results(db: Session, results: pl.DataFrame, held: pl.DataFrame | None = None) -> None:
    """Sets category, state, match_pass, group_id and counterpart_id of each recon item named by `id`.

    `held`: what the items hold now (id and those columns, as `free_items` read them); a row that would not
    change is not written. None: every row is written."""
    if results.is_empty():
        return
    results = results.select(RESULT_COLUMNS)
    if held is not None:
        # A re-run decides most items as before, and a first run leaves every bank_only and ledger_only item
        # in its state: writing only what differs spares the database most of its work (null = null here).
        before = held.select(RESULT_COLUMNS).rename({c: f"{c}_held" for c in _SET})
        results = results.join(before, on="id", how="left").filter(
            pl.any_horizontal(pl.col(c).ne_missing(pl.col(f"{c}_held")) for c in _SET))
    # In id order, the rows and their index entries are visited page after page instead of at random.
    results = results.sort("id")
    if db.get_bind().dialect.name == "postgresql":
        _write_postgresql(db, results.select(RESULT_COLUMNS))
    elif held is None:
        _write_sqlite(db, results, _SET)
    else:
        # SQLite rewrites the entries of every index holding a column named in SET, changed or not: rows whose
        # state and group stay (bank_only, ledger_only, a re-decided category) go by a statement that names
        # neither, and leave the indexes alone.
        indexed = pl.col("state").ne_missing(pl.col("state_held")) | pl.col("group_id").ne_missing(
            pl.col("group_id_held"))
        _write_sqlite(db, results.filter(indexed), _SET)
        _write_sqlite(db, results.filter(~indexed), _UNINDEXED)


_UNINDEXED = ("category", "match_pass", "counterpart_id")


def _write_sqlite(db: Session, results: pl.DataFrame, names: tuple[str, ...]) -> None:
    if results.is_empty():
        return
    # Column-wise to Python lists (C loops in polars): no list of a million tuples is built.
    sqlite_bulk.update_rows(_driver_connection(db), "recon_items", "id", names,
                            [results.get_column(c).to_list() for c in ("id", *names)])


def _write_postgresql(db: Session, results: pl.DataFrame) -> None:
    if results.is_empty():
        return
    connection = _driver_connection(db)
    with connection.cursor() as cursor:
        # ON COMMIT DROP: the stage lives as long as the run's transaction, and a second run in the same
        # session (the tests do that) finds no leftover.
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_PG_STAGE} (category varchar(16), state varchar(10), "
                       "match_pass varchar(12), group_id integer, counterpart_id integer, id integer) "
                       "ON COMMIT DROP")
        cursor.execute(f"TRUNCATE {_PG_STAGE}")
    _copy_in(db, _PG_STAGE, results)
    with connection.cursor() as cursor:
        # Statistics of the fresh stage tell the planner how many rows it holds: a few are probed one by one.
        cursor.execute(f"ANALYZE {_PG_STAGE}")
        # The items are joined in id order, so that their rows and index entries are rewritten page after page: a hash
        # join too large for its memory splits into batches and rewrites them in the batches' order, at random over
        # the table (a million results: 10.3 s against 6.9 s). The day's range of ids bounds the scan of recon_items,
        # which holds every day: without it, every run read the whole table.
        with _planner_settings(cursor, enable_hashjoin="off", work_mem="128MB"):
            cursor.execute(f"UPDATE recon_items AS r SET {', '.join(f'{c} = s.{c}' for c in _SET)} "
                           f"FROM {_PG_STAGE} AS s WHERE r.id = s.id AND r.id BETWEEN %s AND %s",
                           (int(results["id"].min()), int(results["id"].max())))


@contextmanager
def _planner_settings(cursor, **settings: str):
    """PostgreSQL settings for the statements within, then the transaction's own again (set_config's third argument:
    the change is local to the transaction, so a failure rolls it back with the rest)."""
    before = {name: cursor.execute("SELECT current_setting(%s)", (name,)).fetchone()[0] for name in settings}
    for name, value in settings.items():
        cursor.execute("SELECT set_config(%s, %s, true)", (name, value))
    yield
    for name, value in before.items():
        cursor.execute("SELECT set_config(%s, %s, true)", (name, value))


# The day's ledger movements not yet brought in, copied by the server from the ledger (INSERT ... SELECT, no row
# through Python) into a table of the run's own, so that they can be read in bulk and stored once, with their
# results decided, instead of being inserted into recon_items and then updated (issue 19).
NEW_LEDGER_STAGE = "recon_new_ledger"
_STAGE_DDL = {
    "postgresql": f"CREATE TEMPORARY TABLE IF NOT EXISTS {NEW_LEDGER_STAGE} (entry_id integer, serial varchar(64), "
                  "reference varchar(64), account varchar(64), direction varchar(3), amount_fen bigint, "
                  "at timestamp with time zone) ON COMMIT DROP",
    "sqlite": f"CREATE TEMPORARY TABLE IF NOT EXISTS {NEW_LEDGER_STAGE} (entry_id INTEGER, serial VARCHAR(64), "
              "reference VARCHAR(64), account VARCHAR(64), direction VARCHAR(3), amount_fen BIGINT, at DATETIME)",
}
_STAGED = ("SELECT NULL AS id, serial, reference, account, direction, amount_fen, {at}, NULL AS category, "
           "'" + OPEN + "' AS state, NULL AS match_pass, NULL AS group_id, NULL AS counterpart_id, entry_id "
           f"FROM {NEW_LEDGER_STAGE}")


def open_ledger_stage(db: Session) -> None:
    """An empty stage for the new ledger movements (a temporary table: this connection's alone, gone when
    `close_ledger_stage` drops it or, on PostgreSQL, at the end of the transaction)."""
    connection = _driver_connection(db)
    connection.execute(_STAGE_DDL[db.get_bind().dialect.name])
    connection.execute(f"DELETE FROM {NEW_LEDGER_STAGE}")


def close_ledger_stage(db: Session) -> None:
    _driver_connection(db).execute(f"DROP TABLE IF EXISTS {NEW_LEDGER_STAGE}")


def staged_ledger(db: Session) -> pl.DataFrame:
    """The staged movements in the columns of `_FREE_COLUMNS` (no id yet, results empty) and `entry_id`, the ledger
    transfer, in entry order."""
    # Sorted by polars: an ORDER BY cost SQLite a third of the read (0.33 s of 1.1 s for 500,000 movements).
    read = _read_postgresql if db.get_bind().dialect.name == "postgresql" else _read_sqlite
    return read(db, _STAGED, (), _STAGED_SCHEMA).sort("entry_id")


_STAGED_SCHEMA = {**_SCHEMA, "entry_id": pl.Int64}


def new_item_ids(db: Session, count: int) -> pl.Series:
    """`count` ids for recon items about to be inserted: drawn from the table's sequence on PostgreSQL; on SQLite
    those after the largest, which no other writer can take meanwhile (the run holds the database's write lock)."""
    if count == 0:
        return pl.Series("id", [], dtype=pl.Int64)
    connection = _driver_connection(db)
    if db.get_bind().dialect.name == "postgresql":
        drawn = connection.execute("SELECT nextval(pg_get_serial_sequence('recon_items', 'id')) "
                                   "FROM generate_series(1, %s)", (count,)).fetchall()
        return pl.Series("id", [i for (i,) in drawn], dtype=pl.Int64)
    largest = connection.execute("SELECT coalesce(max(id), 0) FROM recon_items").fetchone()[0]
    return pl.int_range(largest + 1, largest + 1 + count, dtype=pl.Int64, eager=True).alias("id")


_DECIDED_COLUMNS = ("id", "entry_id", "serial", "reference", "account", "direction", "amount_fen", "at", *_SET)


def insert_decided(db: Session, items: pl.DataFrame, day_id: int, side: str) -> None:
    """Inserts new recon items of one day and side with their results: `items` holds the columns of
    `_DECIDED_COLUMNS`, `at` a UTC datetime. PostgreSQL by COPY; SQLite by INSERTs of 200 rows each within the
    caller's transaction, the day and side bound once a statement."""
    if items.is_empty():
        return
    items = items.select(_DECIDED_COLUMNS).sort("id")
    same = {"day_id": day_id, "side": side}
    if db.get_bind().dialect.name == "postgresql":
        _copy_in(db, "recon_items", items.with_columns(pl.lit(value).alias(name) for name, value in same.items()))
        return
    # The text SQLAlchemy's SQLite DateTime writes (UTC, no offset), so that the ORM reads these rows back alike.
    items = items.with_columns(pl.col("at").dt.convert_time_zone("UTC").dt.strftime("%Y-%m-%d %H:%M:%S.%6f"))
    sqlite_bulk.insert_rows(_driver_connection(db), "recon_items", _DECIDED_COLUMNS,
                            [items.get_column(c).to_list() for c in _DECIDED_COLUMNS], same=same)


def _copy_in(db: Session, table: str, frame: pl.DataFrame) -> None:
    """COPY of the frame's columns into the table's columns of the same names, as CSV polars writes: a null is an
    empty field, which COPY reads as NULL, and an empty text is "", which it reads as an empty text; times carry
    their offset."""
    data = memoryview(frame.write_csv(include_header=False).encode())
    with _driver_connection(db).cursor() as cursor:
        with cursor.copy(f"COPY {table} ({', '.join(frame.columns)}) FROM STDIN (FORMAT csv)") as copy:
            for start in range(0, len(data), 1 << 20):
                copy.write(data[start:start + (1 << 20)])
