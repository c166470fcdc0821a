"""The go-live import's bulk writer converts dates and UTC times on SQLite itself (for speed): what it writes must
be exactly what SQLAlchemy's own types write, or a stored day or time would read back differently."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Date
from sqlalchemy.dialects import sqlite

from server.db.base import UtcDateTime
from server.golive import bulk

DIALECT = sqlite.dialect()


def test_dates_are_written_as_sqlalchemys_sqlite_date_writes_them():
    days = [date(2025, 1, 5), None, date(1999, 12, 31), date(2026, 12, 4)]
    process = Date().dialect_impl(DIALECT).bind_processor(DIALECT)
    assert bulk._column_converter(Date(), DIALECT)(days) == [process(d) for d in days]


def test_utc_times_are_written_as_sqlalchemys_sqlite_datetime_writes_them_and_a_time_without_zone_is_refused():
    times = [datetime(2025, 1, 5, 16, 0, tzinfo=timezone.utc), None,
             datetime(2025, 3, 1, 8, 30, 15, 123, tzinfo=timezone(timedelta(hours=-5))),
             datetime(2025, 3, 1, tzinfo=timezone.utc)]
    process = UtcDateTime().dialect_impl(DIALECT).bind_processor(DIALECT)
    converted = bulk._column_converter(UtcDateTime(), DIALECT)(times)
    assert converted == [process(t) for t in times]
    assert converted[2] == "2025-03-01 13:30:15.000123"
    with pytest.raises(ValueError):
        bulk._column_converter(UtcDateTime(), DIALECT)([datetime(2025, 1, 5)])
