"""Reading a day's free items and writing its matching results, a million rows at a time, through each
database's own bulk path.

A run of a day of a million statement lines took ~15-27 s on SQLite and ~80 s on PostgreSQL (issue 19):
on PostgreSQL every UPDATE of a result was a round trip, on both every row passed through SQLAlchemy's
execution layer, and the rows read were turned into a frame tuple by tuple. So both directions go straight
to the driver and polars works on whole columns:

- reading, PostgreSQL: COPY (SELECT ...) TO STDOUT as CSV, read by polars' CSV reader; SQLite: the raw
  cursor's rows, turned into columns by one zip.
- writing, PostgreSQL: COPY of the results, as CSV text polars writes column by column, into a temporary
  table, then one UPDATE ... FROM it: the server joins and writes in one statement.
- writing, SQLite: executemany of one prepared UPDATE on the raw sqlite3 connection, within the caller's
  transaction: the statement is compiled once and each row costs a B-tree lookup by rowid.
- both: only rows whose result changes are written (a re-run rewrites little).

Values are the matcher's own short names and integers (no user text), so the length check that the
engine applies to SQLAlchemy's statements (server/db/lengths.py) has nothing to refuse here.
"""

import gc
from contextlib import contextmanager

import polars as pl
from sqlalchemy.orm import Session

from server.reconciliation.models import MANUAL, MATCHED, OPEN

# The order the frame's columns are written in; `id` names the row to change.
RESULT_COLUMNS = ("category", "state", "match_pass", "group_id", "counterpart_id", "id")
_SET = ("category", "state", "match_pass", "group_id", "counterpart_id")

_PG_STAGE = "recon_results_stage"


def _driver_connection(db: Session):
    return db.connection().connection.driver_connection


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
    # Microseconds since the epoch: no time zone or text format of the session's to get wrong.
    sql = _FREE.format(at="(EXTRACT(EPOCH FROM at) * 1000000)::bigint", p="%s")
    buffer = bytearray()
    with _driver_connection(db).cursor() as cursor:
        with cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)", (day_id, side)) as copy:
            for block in copy:
                buffer += block
    # CSV keeps NULL (an empty field) apart from an empty text (""), as polars reads them.
    frame = pl.read_csv(bytes(buffer), has_header=False, schema=_SCHEMA) if buffer else pl.DataFrame(schema=_SCHEMA)
    return frame.with_columns(pl.col("at").cast(pl.Datetime("us", "UTC")))


@contextmanager
def _no_collection():
    """The cyclic garbage collector paused: a million fresh tuples (none in a cycle) would otherwise set off
    collections that walk them again and again, a second or more of a run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _free_sqlite(db: Session, day_id: int, side: str) -> pl.DataFrame:
    cursor = _driver_connection(db).cursor()
    try:
        with _no_collection():
            rows = cursor.execute(_FREE.format(at="at", p="?"), (day_id, side)).fetchall()
            if not rows:
                return pl.DataFrame(schema=_SCHEMA).with_columns(pl.col("at").cast(pl.Datetime("us", "UTC")))
            columns = zip(*rows)
            frame = pl.DataFrame({name: pl.Series(name, values, dtype=pl.String if name == "at" else _SCHEMA[name])
                                  for name, values in zip(_FREE_COLUMNS, columns)})
            del rows, columns
    finally:
        cursor.close()
    # The text SQLAlchemy's SQLite DateTime writes (UTC, no offset).
    return frame.with_columns(pl.col("at").str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_unit="us")
                              .dt.replace_time_zone("UTC"))


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
    sql = f"UPDATE recon_items SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?"
    # Column-wise to Python lists (C loops in polars), zipped lazily: no list of a million tuples is built.
    columns = [results.get_column(c).to_list() for c in (*names, "id")]
    cursor = _driver_connection(db).cursor()
    try:
        # With the default cache (2 MB) SQLite spills dirty pages to the WAL again and again within the
        # transaction; a larger cache for this statement alone (memory is taken only as pages are touched)
        # cut the write by about a fifth. The connection goes back to the pool with its own setting.
        cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
        cursor.execute(f"PRAGMA cache_size = {_WRITE_CACHE_KIB}")
        try:
            cursor.executemany(sql, zip(*columns))
        finally:
            cursor.execute(f"PRAGMA cache_size = {int(cache)}")
    finally:
        cursor.close()


_WRITE_CACHE_KIB = -262_144   # negative: KiB, i.e. at most 256 MiB


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
        # polars writes a null as an empty field, which CSV COPY reads as NULL; no value here is an empty text.
        data = memoryview(results.write_csv(include_header=False).encode())
        with cursor.copy(f"COPY {_PG_STAGE} ({', '.join(RESULT_COLUMNS)}) FROM STDIN (FORMAT csv)") as copy:
            for start in range(0, len(data), 1 << 20):
                copy.write(data[start:start + (1 << 20)])
        # Statistics of the fresh stage let the planner choose a hash join instead of a million index probes.
        cursor.execute(f"ANALYZE {_PG_STAGE}")
        cursor.execute(f"UPDATE recon_items AS r SET {', '.join(f'{c} = s.{c}' for c in _SET)} "
                       f"FROM {_PG_STAGE} AS s WHERE r.id = s.id")
