"""Importing the custodian's statement (对账文件) for a day: read it whole, refuse it whole, store it fast.

Reading happens before the write transaction (a large file is parsed without holding the database's
write lock); `store` then checks, under the day's lock, that the day is open, that this exact file
(sha256) was never imported and that none of its bank serials was imported on any day, and writes the
lines through the database's bulk path (server/reconciliation/line_store.py): a million lines take seconds,
not the minutes that one ORM object per line would. The audit record carries counts, totals and the file's
hash, never the lines.
"""

import json
from datetime import date

import polars as pl
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.collector import collector_paused
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, ValidationFailed, validation_field_error
from server.messages import _
from server.reconciliation import line_store, profiles
from server.reconciliation.models import ReconDay, ReconStatement
from server.staff.accounts import staff_names
from server.reconciliation.service import day_for_change, statement_view
from server.reconciliation.statement import (ColumnMapping, ParsedStatement, Problem, StatementRefused,
                                             preview_statement, read_statement)

MAX_PROBLEMS_LISTED = 10_000  # a file bad on every line still gets an answer of sensible size
SERIALS_NAMED = 10
_TEXT_LIMITS = {"serial": 64, "order_no": 64, "account": 64}


class Refusal(ValidationFailed):
    """422 statement_refused: every problem (line, column, code, params and the sentence) in `extra["problems"]`,
    in English until `speak` renders them in the request's language (the answer is written then)."""

    def __init__(self, problems: list[Problem], detail: str, params: dict | None = None, count: int | None = None,
                 **extra):
        self.found = problems[:MAX_PROBLEMS_LISTED]
        super().__init__(detail, code="statement_refused", params=params,
                         problems=[p.as_dict("en") for p in self.found],
                         problem_count=len(problems) if count is None else count, **extra)

    def speak(self, language: str) -> "Refusal":
        """The problems in `language`; the handler renders the detail itself."""
        self.extra["problems"] = [p.as_dict(language) for p in self.found]
        return self


def refused(problems: list[Problem]) -> Refusal:
    return Refusal(problems, _("The statement was refused: {count} problem(s); nothing was stored."),
                   {"count": len(problems)})


def mapping_from_json(value: str) -> ColumnMapping:
    """The mapping sent with the file (the `mapping` part of the upload): a JSON object of the mapping's fields."""
    from server.reconciliation.schemas import MappingIn

    try:
        data = MappingIn.model_validate(json.loads(value)).model_dump()
    except ValidationError as error:   # each field's problem as the request guard words it
        raise ValidationFailed(_("The mapping sent is not a usable column mapping."), code="mapping_invalid",
                               errors=[validation_field_error(e) for e in error.errors()]) from None
    except ValueError:
        raise ValidationFailed(_("The mapping sent is not JSON text."), code="mapping_invalid") from None
    names = [v for v in data.values() if isinstance(v, str)] + list(data.get("direction_values") or {})
    if any(not name.isprintable() for name in names):
        raise ValidationFailed(_("Column names in the mapping may not hold control characters."),
                               code="mapping_invalid")
    return profiles.mapping_of(data)


def choose_mapping(db: Session, profile: str | None, sent: str | None) -> ColumnMapping | None:
    """The mapping sent with the file overrides the named profile; neither means the reader recognises the
    layout."""
    if sent:
        return mapping_from_json(sent)
    if profile:
        return profiles.mapping_for(db, profile)
    return None


def _guess_view(guess) -> dict | None:
    if guess is None:
        return None
    return {"fields": [{"field": f.field, "column": f.column, "certainty": f.certainty} for f in guess.fields],
            "missing": list(guess.missing), "complete": guess.complete}


def preview(data: bytes, filename: str, encoding: str | None) -> dict:
    try:
        p = preview_statement(data, filename, encoding)
    except StatementRefused as error:
        if not error.problems:
            raise refused(error.problems) from None
        # The first problem is the answer's sentence (the file is an image, the encoding is unknown ...).
        first = error.problems[0]
        raise Refusal(error.problems, first.message, dict(first.params)) from None
    return {"encoding": p.encoding, "encodings_possible": list(p.encodings_possible), "rows": p.rows,
            "header_line": p.header_line, "profile_guess": p.profile_guess, "mapping_guess": _guess_view(p.mapping_guess)}


def _too_long(lines: pl.DataFrame, mapping: ColumnMapping) -> list:
    problems = []
    names = mapping.roles()
    for role, limit in _TEXT_LIMITS.items():
        column = names.get(role, role)   # the file's own header word, not the role's name
        long = lines.filter(pl.col(role).str.len_chars() > limit).select("line_no", role)
        for line_no, value in long.iter_rows():
            problems.append(Problem(line_no, column, "too_long", _(
                "{column} is {length} characters; at most {limit} are kept."),
                {"column": column, "length": len(value), "limit": limit}))
    return sorted(problems, key=lambda p: p.line)


def parse(data: bytes, filename: str, mapping: ColumnMapping | None, encoding: str | None) -> ParsedStatement:
    """The whole file read and checked, or 422 statement_refused listing every problem."""
    if not data:
        raise refused([Problem(1, None, "empty_file", _("{filename} is empty."), {"filename": filename})])
    try:
        parsed = read_statement(data, filename, mapping, encoding)
    except StatementRefused as error:
        raise refused(error.problems) from None
    problems = _too_long(parsed.lines, parsed.mapping)
    if problems:
        raise refused(problems)
    return parsed


def record_refusal(audit: Auditor, day: date, filename: str, error: ValidationFailed) -> None:
    audit.record("recon.statement_refused", "recon_day", day.isoformat(),
                 after={"filename": filename, "problems": error.extra.get("problem_count", 0),
                        "first": error.extra.get("problems", [])[:3]})


def _check_not_imported(db: Session, parsed: ParsedStatement) -> None:
    earlier = db.scalar(select(ReconStatement).where(ReconStatement.sha256 == parsed.sha256,
                                                     ReconStatement.withdrawn_at.is_(None)))
    if earlier is not None:
        day = db.get(ReconDay, earlier.day_id).day
        raise Conflict(_("This file was imported already for {day} ({filename}, by {user})."),
                       params={"day": day.isoformat(), "filename": earlier.filename, "user": earlier.imported_by},
                       code="statement_duplicate", statement_id=earlier.id, serials=[], serial_count=0)
    # Sorted by polars first (in parallel, in Rust): the sort stored_serials makes then finds one run, 0.3 s less.
    seen = line_store.stored_serials(db, parsed.lines.get_column("serial").drop_nulls().unique().sort().to_list())
    if seen:
        named = ", ".join(seen[:SERIALS_NAMED]) + (" …" if len(seen) > SERIALS_NAMED else "")
        raise Conflict(_("{count} bank serial(s) of this file were imported already: {serials}."),
                       params={"count": len(seen), "serials": named},
                       code="statement_duplicate", serials=seen[:SERIALS_NAMED], serial_count=len(seen))


@collector_paused()   # a million lines become Python lists for the driver
def store(db: Session, audit: Auditor, actor: Principal, day: date, filename: str, profile: str | None,
          parsed: ParsedStatement) -> dict:
    row = day_for_change(db, day)
    _check_not_imported(db, parsed)
    lines = parsed.lines
    in_fen = int(lines.filter(pl.col("direction") == "in")["amount_fen"].sum() or 0)
    out_fen = int(lines.filter(pl.col("direction") == "out")["amount_fen"].sum() or 0)
    statement = ReconStatement(day_id=row.id, filename=filename[:255], sha256=parsed.sha256,
                               encoding=parsed.encoding, profile=profile or parsed.profile,
                               mapping=profiles.mapping_dict(parsed.mapping), line_count=lines.height,
                               in_fen=in_fen, out_fen=out_fen, reported_balance_fen=parsed.reported_balance_fen,
                               imported_by=actor.username, imported_by_id=actor.user_id, imported_at=utcnow())
    db.add(statement)
    db.flush()
    line_store.insert_lines(db, lines, row.id, statement.id)
    row.run_at = None  # the new lines are not matched yet: the day needs a run
    bump(row)
    audit.record("recon.statement_imported", "recon_statement", statement.id,
                 after={"day": day.isoformat(), "filename": statement.filename, "sha256": parsed.sha256,
                        "encoding": parsed.encoding, "profile": statement.profile, "line_count": lines.height,
                        "in_fen": in_fen, "out_fen": out_fen, "reported_balance_fen": parsed.reported_balance_fen,
                        "declared_count": parsed.declared_count})
    return statement_view(statement, day, staff_names(db, [statement.imported_by]))
