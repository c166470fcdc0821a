"""Amounts, dates and numbers as staff read them: yuan from integer fen (never through a float),
grouped by the locale, and times in Asia/Shanghai."""

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

SHANGHAI = QTimeZone(b"Asia/Shanghai")


def yuan(fen: int, locale: QLocale | None = None, symbol: bool = True) -> str:
    """12345678 -> '¥123,456.78'; -100 -> '-¥1.00'."""
    locale = locale or QLocale()
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    grouped = locale.toString(whole)  # QLocale groups an integer exactly
    text = f"{grouped}{locale.decimalPoint()}{cents:02d}"
    return f"{sign}{'¥' if symbol else ''}{text}"


def number(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(int(value))


def local_time(value: datetime | None, seconds: bool = False) -> str:
    """A UTC time from the wire shown in Asia/Shanghai as 2026-11-24 09:15."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toTimeZone(SHANGHAI)
    return moment.toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")
