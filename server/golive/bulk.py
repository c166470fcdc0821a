"""Rows written in bulk: one compiled INSERT run with executemany over plain tuples, inside the caller's transaction.

SQLAlchemy's own executemany of a list of dicts spends about ten microseconds a row building and converting
parameters, more than SQLite spends storing it; a go-live import writes millions of installments and receipts.
Here each column's bind processor (the same conversion SQLAlchemy would apply: dates, UTC times, JSON, Numeric,
encrypted text) is looked up once and applied only to the columns that have one, and the statement is compiled
once. Columns left out get their scalar or callable default, as an ORM insert would."""

from operator import itemgetter

from sqlalchemy import Table, bindparam, insert
from sqlalchemy.orm import Session

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
    processors = [(position, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
                  for position, name in enumerate(names)]
    processors = [(position, process) for position, process in processors if process is not None]
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
        if processors:  # a column at a time: the conversions run in map(), not in a loop of Python statements
            columns = list(zip(*values))
            for position, process in processors:
                columns[position] = list(map(process, columns[position]))
            values = list(zip(*columns))
        if order:
            values = [tuple(row[i] for i in order) for row in values]
        elif order is None:
            values = [dict(zip(names, row)) for row in values]
        connection.exec_driver_sql(sql, values)
