"""The two clocks, the platform's (server/clock.py) and the console's (app/services/clock.py): "now" in UTC,
"today" as Shanghai's business day, whatever zone the computer is set to. 2026-12-02 16:30 UTC is already
2026-12-03 00:30 in Shanghai: the hours in which a date taken from a computer in UTC is a day behind."""

import os
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate

from app.services import clock as console_clock
from app.services import formatting
from app.services.reports.report_data import day_bounds_utc
from server import clock as server_clock
from server.db.base import utcnow

EVENING_UTC = datetime(2026, 12, 2, 16, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("clock", [server_clock, console_clock], ids=["server", "console"])
def test_at_half_past_four_in_the_afternoon_utc_shanghai_is_already_on_the_next_day(clock):
    now = clock.now if clock is server_clock else clock.now_utc
    today = clock.today if clock is server_clock else clock.today_shanghai
    with clock.use(clock.FixedClock(EVENING_UTC)) as fixed:
        assert now() == EVENING_UTC and now().utcoffset() == timedelta(0)
        assert today() == date(2026, 12, 3)
        assert clock.day_start_utc(today()) == datetime(2026, 12, 2, 16, 0, tzinfo=timezone.utc)
        fixed.advance(timedelta(hours=-1))  # 23:30 in Shanghai: still the 2nd
        assert today() == date(2026, 12, 2)
        fixed.advance(timedelta(days=29, minutes=29))  # 2026-12-31 15:59 UTC, 23:59 in Shanghai
        assert today() == date(2026, 12, 31)
        fixed.advance(timedelta(minutes=1))
        assert today() == date(2027, 1, 1)
    assert now() != EVENING_UTC  # the real clock is back
    assert clock.business_day(datetime(2026, 12, 2, 16, 0)) == date(2026, 12, 3)  # naive is UTC (the wire's rule)
    assert clock.business_day(datetime(2026, 12, 3, 0, 30, tzinfo=clock.SHANGHAI)) == date(2026, 12, 3)
    assert clock.SHANGHAI.utcoffset(None) == timedelta(hours=8)
    with pytest.raises(ValueError):
        clock.FixedClock(datetime(2026, 12, 2, 16, 30))  # a time without a zone is refused


def test_the_platforms_stamps_and_the_consoles_labels_and_filters_follow_their_clocks():
    with server_clock.use(server_clock.FixedClock(EVENING_UTC)):
        assert utcnow() == EVENING_UTC  # every stamp the platform writes
    with console_clock.use(console_clock.FixedClock(EVENING_UTC + timedelta(seconds=5))):
        assert formatting.today_shanghai() == QDate(2026, 12, 3)
        assert formatting.clock_now() == "00:30" and formatting.clock_now(seconds=True) == "00:30:05"
        assert formatting.day_start_utc(formatting.today_shanghai()) == "2026-12-02T16:00:00Z"
        today = console_clock.today_shanghai()
        assert day_bounds_utc(today, today) == ("2026-12-02T16:00:00Z", "2026-12-03T16:00:00Z")


@pytest.mark.clock  # compares both clocks with the real time
def test_the_real_clocks_read_the_real_time_and_shanghais_date_in_any_zone():
    for _ in range(3):  # once more if a day ended between the readings
        real = datetime.now(timezone.utc)  # clock-ok: the clocks are checked against the computer's clock
        readings = (server_clock.now(), console_clock.now_utc(), server_clock.today(), console_clock.today_shanghai())
        if (real + timedelta(hours=8)).date() == (readings[0] + timedelta(hours=8)).date():
            break
    server_now, console_now, server_today, console_today = readings
    assert timedelta(0) <= server_now - real < timedelta(seconds=5) and server_now.tzinfo is not None
    assert timedelta(0) <= console_now - real < timedelta(seconds=5) and console_now.tzinfo is not None
    assert server_today == console_today == (real + timedelta(hours=8)).date()
    assert formatting.today_shanghai() == QDate(console_today)
    faked = os.environ.get("FAKETIME", "")
    if faked.startswith("@"):  # under libfaketime (make test's reruns): the time it was told, advancing
        start = datetime.fromisoformat(faked[1:]).astimezone()  # clock-ok: libfaketime reads it in the computer's zone
        assert timedelta(0) <= server_now - start < timedelta(minutes=10), (faked, server_now)
