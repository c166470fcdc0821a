"""Hints to SQLite's query planner, which keeps no statistics unless ANALYZE runs.

Without them it guesses that a filter on an indexed column of a few values ("the loan's state is repaying,
overdue or compensated") is selective, and drives a join from that index: at a million loans it then reads every
loan's installments instead of the few unpaid ones past due. SQLite's documented way to take an index out of a
term is a unary plus on the column; PostgreSQL plans from its own statistics and gets the column as it is."""

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class not_indexed(FunctionElement):  # noqa: N801 - used like a SQL function: not_indexed(Table.column)
    """The column, compared without its index on SQLite (the join is driven from the other side)."""

    type = String()
    inherit_cache = True


@compiles(not_indexed)
def _plain(element, compiler, **kw):
    return compiler.process(element.clauses.clauses[0], **kw)


@compiles(not_indexed, "sqlite")
def _unary_plus(element, compiler, **kw):
    return "+" + compiler.process(element.clauses.clauses[0], **kw)
