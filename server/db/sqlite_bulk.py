"""Writing many rows on SQLite through the driver, within the caller's transaction: a multi-row statement for every
`ROWS_PER_STATEMENT` rows.

One executemany of a one-row INSERT runs the statement once per row, and each run seeks every index of the table from
its root again. A statement of 200 rows keeps its cursors where the last row left them: a million statement lines
went in in 2.2 s instead of 3.4 s (issue 19, bench/RESULTS.md). Updates go the same way, by `UPDATE … FROM (VALUES
…)`, joined on the row's id.

Rows are given column by column (lists of equal length, in the statement's column order) and flattened chunk by
chunk, so no list of a million tuples is ever built. A larger page cache is taken for the statement's time alone: with
the default 2 MiB SQLite spills dirty pages to the WAL again and again within the transaction."""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain

ROWS_PER_STATEMENT = 200  # 13 columns: 2,600 bound values, far under SQLite's 32,766
_WRITE_CACHE_KIB = -262_144   # negative: KiB, i.e. at most 256 MiB (memory is taken only as pages are touched)


def insert_rows(connection, table: str, names: Sequence[str], columns: Sequence[list],
                same: Mapping[str, object] | None = None) -> None:
    """INSERT INTO table (names) the rows whose values `columns` holds, one list per name.

    `same`: columns whose value is the same in every row (a statement's day, its side), bound once per statement
    instead of once per row: binding is most of what the driver costs (a million statement lines with 4 of their 12
    values bound this way: 2.0 s against 2.3 s)."""
    same = dict(same or {})
    if not same:
        head = f"INSERT INTO {table} ({', '.join(names)}) "
        _run(connection, lambda rows: head + _values(len(names), rows), columns)
        return
    # The SELECT's placeholders come before the VALUES' in the text, so the shared values lead each statement's.
    head = (f"INSERT INTO {table} ({', '.join([*names, *same])}) "
            f"SELECT *, {', '.join(['?'] * len(same))} FROM ")
    _run(connection, lambda rows: f"{head}({_values(len(names), rows)})", columns, list(same.values()))


def update_rows(connection, table: str, key: str, names: Sequence[str], columns: Sequence[list]) -> None:
    """UPDATE table SET each of `names` WHERE key = the row's key: `columns` holds the keys' list, then one list per
    name."""
    sets = ", ".join(f"{name} = v.column{i + 2}" for i, name in enumerate(names))
    _run(connection, lambda rows: f"UPDATE {table} SET {sets} FROM ({_values(len(names) + 1, rows)}) AS v "
                                  f"WHERE {table}.{key} = v.column1", columns)


def _values(width: int, rows: int) -> str:
    row = f"({', '.join(['?'] * width)})"
    return "VALUES " + ", ".join([row] * rows)


def _run(connection, statement_for, columns: Sequence[list], leading: list | None = None) -> None:
    count = len(columns[0]) if columns else 0
    if count == 0:
        return
    whole = count - count % ROWS_PER_STATEMENT
    with _large_cache(connection) as cursor:
        if whole:
            cursor.executemany(statement_for(ROWS_PER_STATEMENT), _flat_chunks(columns, 0, whole, leading))
        if whole < count:
            cursor.execute(statement_for(count - whole), next(_flat_chunks(columns, whole, count, leading)))


def _flat_chunks(columns: Sequence[list], start: int, stop: int, leading: list | None) -> Iterator[list]:
    for begin in range(start, stop, ROWS_PER_STATEMENT):
        end = min(begin + ROWS_PER_STATEMENT, stop)
        flat = list(chain.from_iterable(zip(*[column[begin:end] for column in columns])))
        yield leading + flat if leading else flat


@contextmanager
def _large_cache(connection):
    cursor = connection.cursor()
    try:
        cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
        cursor.execute(f"PRAGMA cache_size = {_WRITE_CACHE_KIB}")
        try:
            yield cursor
        finally:   # the connection goes back to the pool with its own setting
            cursor.execute(f"PRAGMA cache_size = {int(cache)}")
    finally:
        cursor.close()
