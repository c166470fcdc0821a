"""Text filters built on SQL LIKE: what a user types is matched literally.

In LIKE, `%` and `_` are wildcards and, unescaped, a filter of `%` lists everything and `a_b` matches
`a-b`; every filter of typed text goes through these functions, which escape them (and the escape
character itself) and name the escape character, which SQLite otherwise does not have."""

from sqlalchemy import ColumnElement

ESCAPE = "\\"


def literal(text: str) -> str:
    """`text` as a LIKE pattern matching exactly that text."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def contains(column, text: str, *, ignore_case: bool = False) -> ColumnElement[bool]:
    pattern = f"%{literal(text)}%"
    return column.ilike(pattern, escape=ESCAPE) if ignore_case else column.like(pattern, escape=ESCAPE)


def starts_with(column, text: str) -> ColumnElement[bool]:
    return column.like(f"{literal(text)}%", escape=ESCAPE)
