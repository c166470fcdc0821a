"""The console's one clock: "now" in UTC, "today" as Shanghai's business day.

Nothing else in the console reads the computer's date or zone: staff sit in Shanghai, but the computer may
be set to any zone (or to UTC, like a build machine), and a test sets the time here with `use()`. The
rules (what a business day is, the clock classes) are the platform's own (server/clock.py); the console keeps
only its own current clock, because its tests run an in-process server whose clock must move separately.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime
from typing import Iterator

from server.clock import SHANGHAI, Clock, FixedClock, business_day, day_start_utc  # noqa: F401 (the console's names too)

_current: Clock = Clock()


def now_utc() -> datetime:
    """The time now, in UTC (an aware datetime)."""
    return _current.now()


def today_shanghai() -> date:
    """Shanghai's business day now (formatting.today_shanghai gives it as a QDate)."""
    return business_day(now_utc())


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Run the block on another clock (in this process), then restore the one before."""
    global _current
    before, _current = _current, clock
    try:
        yield clock
    finally:
        _current = before
