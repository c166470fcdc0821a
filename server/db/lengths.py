"""A string longer than its column is refused on every backend, not only on PostgreSQL.

PostgreSQL refuses a value longer than its VARCHAR(n) ("value too long for type character varying(n)");
SQLite stores it whole without a word. So a mistake that every SQLite test and every desktop install let
through stopped the first production install on PostgreSQL (issue 12: `migrate` wrote an audit record
whose object id was 96 characters long into a String(64)). On SQLite, `refuse_overlong_strings` checks
what an INSERT or UPDATE writes into a String(n) column before it reaches the database and raises
`ValueTooLong`, so the suite and the embedded platform fail where production would.

Statements sent as raw SQL through the driver (`exec_driver_sql`, as the statement import does for
speed) carry no column types and are not checked: their writers check their own values.
"""

from itertools import repeat

from sqlalchemy import String, Table, event
from sqlalchemy.engine import Engine


class ValueTooLong(ValueError):
    def __init__(self, table: str, column: str, length: int, value: str):
        self.table, self.column, self.length = table, column, length
        shown = value if len(value) <= 80 else value[:77] + "..."
        super().__init__(f"value too long for {table}.{column}, a String({length}): {len(value)} characters "
                         f"({shown!r}); PostgreSQL refuses it, so every backend does")


def string_limits(table: Table) -> dict[str, int]:
    """The length of each String(n) column of the table, by column key (Text and unsized strings have none)."""
    return {c.key: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length}


def check_fits(table: Table, values: dict, limits: dict[str, int] | None = None) -> None:
    """Raises ValueTooLong for the first string in `values` (column key → value) longer than its column."""
    for key, length in (limits if limits is not None else string_limits(table)).items():
        value = values.get(key)
        if isinstance(value, str) and len(value) > length:
            raise ValueTooLong(table.name, key, length, value)


_is_text = str.__instancecheck__  # isinstance(value, str) as a function that filter() calls without a lambda
_LIMITS = "_p2p_string_limits"  # cached on each compiled statement: compiled once, executed many times


def _limits_of(compiled) -> dict[str, int]:
    limits = getattr(compiled, _LIMITS, None)
    if limits is None:
        table = getattr(compiled.statement, "table", None)
        columns = string_limits(table) if isinstance(table, Table) else {}
        # In an INSERT or UPDATE the value written into a column is bound under the column's key; the
        # WHERE clause's values have other names (name_1, t_id), and comparing with a longer string is allowed.
        limits = {key: length for key, length in columns.items() if key in compiled.binds}
        setattr(compiled, _LIMITS, limits)
    return limits


def _check_statement(conn, cursor, statement, parameters, context, executemany) -> None:
    compiled = getattr(context, "compiled", None)
    if compiled is None or not (context.isinsert or context.isupdate):
        return
    if getattr(context, _LIMITS, False):
        return  # an executemany sent in batches: its parameters were all checked at the first batch
    setattr(context, _LIMITS, True)
    limits = _limits_of(compiled)
    if not limits:
        return
    table, rows = compiled.statement.table, context.compiled_parameters
    if len(rows) == 1:
        check_fits(table, rows[0], limits)
        return
    for key, length in limits.items():  # column by column, in C loops: a million rows cost a fraction of a second
        if max(map(len, filter(_is_text, map(dict.get, rows, repeat(key)))), default=0) > length:
            check_fits(table, next(r for r in rows if _is_text(r.get(key)) and len(r[key]) > length), {key: length})


def refuse_overlong_strings(engine: Engine) -> None:
    event.listen(engine, "before_cursor_execute", _check_statement)
