"""Rows written in bulk: one compiled INSERT run with executemany over plain tuples, inside the caller's transaction.

SQLAlchemy's own executemany of a list of dicts spends about ten microseconds a row building and converting
parameters, more than SQLite spends storing it; a go-live import writes millions of installments and receipts.
Here each column's bind processor (the same conversion SQLAlchemy would apply: dates, UTC times, JSON, Numeric,
encrypted text) is looked up once and applied only to the columns that have one, and the statement is compiled
once. Columns left out get their scalar or callable default, as an ORM insert would."""

from datetime import timezone
from operator import itemgetter

from sqlalchemy import Date, Table, bindparam, insert
from sqlalchemy.orm import Session

from server.db.base import UtcDateTime

CHUNK = 50_000


def insert_rows(db: Session, table: Table, rows: list[dict], chunk: int = CHUNK) -> None:
    """Inserts `rows` (dicts with the same keys, the table's column names) into `table`."""
    if not rows:
        return
    connection = db.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    defaults = {}
    for column in table.columns:
        if column.key not in keys and column.default is not None and not column.default.is_sequence:
            value = column.default.arg
            defaults[column.key] = value(None) if column.default.is_callable else value
    # In the table's column order, which is the order of the compiled statement's parameters: no reordering.
    names = [column.key for column in table.columns if column.key in defaults or column.key in keys]
    compiled = insert(table).values({name: bindparam(name) for name in names}).compile(dialect=dialect)
    processors = [(position, _column_converter(table.c[name].type, dialect)) for position, name in enumerate(names)]
    processors = [(position, convert) for position, convert in processors if convert is not None]
    order = [names.index(name) for name in compiled.positiontup] if compiled.positional else None
    if order == list(range(len(names))):
        order = []
    sql = str(compiled)
    fields = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    if defaults:
        pick = fields
        fields = lambda row: pick({**defaults, **row})  # noqa: E731 - the rare caller that leaves columns out
    for start in range(0, len(rows), chunk):
        values = list(map(fields, rows[start:start + chunk]))
        if processors:  # a column at a time: the conversions run over whole columns, not row by row
            columns = list(zip(*values))
            for position, convert in processors:
                columns[position] = convert(columns[position])
            values = list(zip(*columns))
        if order:
            values = [tuple(row[i] for i in order) for row in values]
        elif order is None:
            values = [dict(zip(names, row)) for row in values]
        connection.exec_driver_sql(sql, values)


def _column_converter(column_type, dialect):
    """What turns a column's values into what the driver takes: on SQLite, dates and UTC times (millions of them
    in a go-live import) straight to the text SQLAlchemy's own SQLite types would write, through the date's C
    methods, a third of the time of the general bind processor; anything else through that processor."""
    if dialect.name == "sqlite":
        if isinstance(column_type, UtcDateTime):
            return _sqlite_utc_times
        if type(column_type) is Date:
            return _sqlite_dates
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    return None if process is None else (lambda values: list(map(process, values)))


def _sqlite_dates(values) -> list:
    return [None if v is None else v.isoformat() for v in values]  # SQLite DATE's "%Y-%m-%d"


def _sqlite_utc_times(values) -> list:
    # UtcDateTime's rule (a time without its zone is refused) and SQLite DATETIME's "%Y-%m-%d %H:%M:%S.%f" in UTC.
    out = []
    for v in values:
        if v is None:
            out.append(None)
        elif v.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        else:
            out.append(v.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds"))
    return out
