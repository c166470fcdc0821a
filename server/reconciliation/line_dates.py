"""A statement belongs to one business day: every line must be dated on it, or within the night's postings.

A custodian's T+0 statement of day D carries the movements booked from 00:00 of D (Asia/Shanghai) to the bank's
cut-off at midnight; its end-of-day batch stamps the night's last postings a little after midnight, so lines up
to `Settings.recon_late_posting` (30 minutes unless configured) after 00:00 of D+1 are accepted as D's. A line
dated earlier than D, or later than that, means the file is another day's: the whole file is refused, before
anything is stored, with every such line's number, the date column and the reason.
"""

from datetime import date, datetime, time, timedelta

import polars as pl

from server.messages import _
from server.reconciliation.imports import Refusal
from server.reconciliation.service import day_bounds
from server.reconciliation.statement import ParsedStatement, Problem

MAX_LISTED = 10_000  # as imports.MAX_PROBLEMS_LISTED: a file of another day still gets an answer of sensible size


def _minutes(late: timedelta) -> int:
    return int(late.total_seconds() // 60)


def refuse_lines_outside_day(parsed: ParsedStatement, day: date, late: timedelta) -> None:
    """Raises 422 statement_refused (problems: line, column, code "outside_day", params, message) when a line is
    dated outside [00:00 of `day`, 00:00 of the next day + `late`) in Asia/Shanghai."""
    start, end = day_bounds(day)
    lines = parsed.lines
    outside = lines.filter((pl.col("booked_at") < start) | (pl.col("booked_at") >= end + late))
    if outside.is_empty():
        return
    until = (datetime.combine(day + timedelta(days=1), time(0)) + late).strftime("%Y-%m-%d %H:%M")
    shown = outside.head(MAX_LISTED).select(
        "line_no", pl.col("booked_at").dt.convert_time_zone("Asia/Shanghai").dt.strftime("%Y-%m-%d %H:%M:%S")
        .alias("local"))
    column = parsed.mapping.booked_at
    problems = [Problem(int(line_no), column, "outside_day", _(
                    "The line is booked at {at}, not on {day} (nor before {until} of the night's postings)."),
                    {"at": local, "day": day.isoformat(), "until": until})
                for line_no, local in shown.iter_rows()]
    raise Refusal(problems, _(
        "The statement was refused: {count} line(s) are dated outside {day} (a statement of {day} holds lines "
        "booked from {day} 00:00 to {until}, Asia/Shanghai; the {minutes} minutes after midnight for the night's "
        "postings); nothing was stored. Import it for the day it belongs to."),
        {"count": outside.height, "day": day.isoformat(), "until": until, "minutes": _minutes(late)},
        count=outside.height, day=day.isoformat(), late_posting_minutes=_minutes(late))
