"""The platform's one clock: "now" in UTC, "today" as Shanghai's business day.

Nothing else in the server reads the machine's date or zone: the machine may run in any zone, and a
test (or a replay of a missed night's jobs) sets the time here with `use()`.
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
    """A clock that stands at one moment until told to move (tests, replays)."""

    def __init__(self, at: datetime):
        if at.tzinfo is None:
            raise ValueError("a clock's time needs a zone")
        self.at = at.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self.at

    def advance(self, by: timedelta) -> None:
        self.at += by


_current: Clock = Clock()


def now() -> datetime:
    """The time now, in UTC."""
    return _current.now()


def today() -> date:
    """Shanghai's business day now."""
    return business_day(now())


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
