"""The console's one clock: "now" in UTC, "today" as Shanghai's business day.

Nothing else in the console reads the computer's date or zone: staff sit in Shanghai, but the computer may
be set to any zone (or to UTC, like a build machine), and a test sets the time here with `use()`. The
platform API keeps its own clock (server/clock.py) with the same rules; the console does not import the
server's packages, so the few lines are repeated here.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterator

# China has kept UTC+8 without daylight saving since 1991: a fixed offset needs no time-zone database.
SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")


class Clock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock(Clock):
    """A clock that stands at one moment until told to move (tests)."""

    def __init__(self, at: datetime):
        if at.tzinfo is None:
            raise ValueError("a clock's time needs a zone")
        self.at = at.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self.at

    def advance(self, by: timedelta) -> None:
        self.at += by


_current: Clock = Clock()


def now_utc() -> datetime:
    """The time now, in UTC (an aware datetime)."""
    return _current.now()


def today_shanghai() -> date:
    """Shanghai's business day now (formatting.today_shanghai gives it as a QDate)."""
    return business_day(now_utc())


def business_day(moment: datetime) -> date:
    """The Shanghai date of a moment (a naive one is taken as UTC, the wire's rule)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(SHANGHAI).date()


def day_start_utc(day: date) -> datetime:
    """Midnight in Shanghai at the start of `day`, in UTC."""
    return datetime.combine(day, time(0), SHANGHAI).astimezone(timezone.utc)


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Run the block on another clock (in this process), then restore the one before."""
    global _current
    before, _current = _current, clock
    try:
        yield clock
    finally:
        _current = before
