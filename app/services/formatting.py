"""Amounts, dates and numbers as staff read them: yuan from integer fen (never through a float),
grouped by the locale, and times in Asia/Shanghai."""

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from app.services import clock

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


def today_shanghai() -> QDate:
    """Today in Asia/Shanghai, whatever zone this computer is set to (the console's clock)."""
    return QDate(clock.today_shanghai())


def clock_now(seconds: bool = False) -> str:
    """The time now in Asia/Shanghai as 09:15 (or 09:15:30), for "as of" labels beside times from the server."""
    return local_time(clock.now_utc(), seconds)[11:]


def local_time(value: datetime | None, seconds: bool = False) -> str:
    """A UTC time from the wire shown in Asia/Shanghai as 2026-11-24 09:15."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toTimeZone(SHANGHAI)
    return moment.toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")


def rate_text(rate: str) -> str:
    """An annual rate as the server sends it (a decimal fraction) in percent: '0.096000' -> '9.60%', no float."""
    whole, _, frac = rate.partition(".")
    basis = int(whole) * 10000 + int((frac + "0000")[:4])  # in 0.01 %
    return f"{basis // 100}.{basis % 100:02d}%"


def fen_from_yuan_text(text: str) -> int | None:
    """What a user typed as yuan, in fen: '50,000' or '50000.5' -> fen; None when empty or not a number."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    whole, _, frac = text.partition(".")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    return int(whole) * 100 + int((frac + "00")[:2])


def day_start_utc(day: QDate, plus_days: int = 0) -> str:
    """Midnight of a local (Asia/Shanghai) day as the UTC instant the server filters on: 2026-11-24 ->
    '2026-11-23T16:00:00Z'. Filters on whole days go from one day's start to the start of the day after."""
    return QDateTime(day.addDays(plus_days), QTime(0, 0), SHANGHAI).toUTC().toString("yyyy-MM-ddTHH:mm:ssZ")
