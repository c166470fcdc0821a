"""Reading the values of statement fields, vectorised with polars: text, amounts in fen, local times to UTC.

Amounts never pass through float: the digits are split at the decimal point and each part is cast to an
integer. Every reader returns, next to the value, a state column naming what is wrong ("ok" when nothing),
so that the caller can list a problem per bad field with its line number.
"""

from __future__ import annotations

import re

import polars as pl

FULL_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)} | {
    "，": ",", "．": ".", "－": "-", "＋": "+", "（": "(", "）": ")", "：": ":", "／": "/", "\u3000": " ",
    "\u2212": "-", "。": ".",
}
_FW_FROM = list(FULL_WIDTH)
_FW_TO = [FULL_WIDTH[k] for k in _FW_FROM]
_FW_TABLE = str.maketrans(FULL_WIDTH)

LOCAL_ZONE = "Asia/Shanghai"
MAX_INTEGER_DIGITS = 15   # 10^13 yuan: far above any movement, far below Int64 overflow
_EMPTY_MARKS = ("-", "--", "—", "——", "/")

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?"
_AMOUNT = re.compile(rf"^(?:[+-]?{_NUMBER}|\({_NUMBER}\)|{_NUMBER}-)$")


def ascii_digits(expr: pl.Expr) -> pl.Expr:
    return expr.str.replace_many(_FW_FROM, _FW_TO)


def clean_text(expr: pl.Expr) -> pl.Expr:
    """Strip spaces and the ways banks keep Excel from reading a number: a leading tab or quote, ="..."."""
    expr = expr.fill_null("").str.strip_chars(" \t\r\n\u3000")
    expr = expr.str.replace(r'^="(.*)"$', "$1").str.strip_prefix("'").str.strip_chars(" \t\u3000")
    return expr


def amount_fen(expr: pl.Expr, name: str) -> list[pl.Expr]:
    """Columns `{name}_fen` (Int64, signed; null unless ok) and `{name}_state`:
    "ok" | "empty" | "bad" | "decimals" | "large"."""
    s = ascii_digits(expr.fill_null("")).str.replace_all(r"[\s¥￥$]|元|RMB|CNY", "")
    empty = s.is_in(list(_EMPTY_MARKS)) | (s == "")
    valid = s.str.contains(_AMOUNT.pattern)
    negative = s.str.starts_with("-") | s.str.starts_with("(") | s.str.ends_with("-")
    digits = s.str.replace_all(r"[^0-9.]", "")
    parts = digits.str.split_exact(".", 1)
    whole = parts.struct.field("field_0")
    frac = parts.struct.field("field_1").fill_null("")
    too_many = frac.str.slice(2).str.contains(r"[1-9]")
    large = whole.str.len_chars() > MAX_INTEGER_DIGITS
    value = (whole.cast(pl.Int64, strict=False) * 100
             + frac.str.slice(0, 2).str.pad_end(2, "0").cast(pl.Int64, strict=False))
    state = (pl.when(empty).then(pl.lit("empty")).when(~valid).then(pl.lit("bad"))
             .when(large).then(pl.lit("large")).when(too_many).then(pl.lit("decimals")).otherwise(pl.lit("ok")))
    fen = pl.when(state == "ok").then(pl.when(negative).then(-value).otherwise(value))
    return [fen.alias(f"{name}_fen"), state.alias(f"{name}_state")]


def amount_fen_scalar(text: str) -> int | None:
    """One amount (header block, totals line) in fen, or None when it does not read as an exact amount."""
    s = re.sub(r"[\s¥￥$]|元|RMB|CNY", "", (text or "").translate(_FW_TABLE))
    if not _AMOUNT.match(s):
        return None
    negative = s.startswith(("-", "(")) or s.endswith("-")
    whole, _, frac = re.sub(r"[^0-9.]", "", s).partition(".")
    if re.search(r"[1-9]", frac[2:]) or len(whole) > MAX_INTEGER_DIGITS:
        return None
    fen = int(whole) * 100 + int((frac[:2] + "00")[:2])
    return -fen if negative else fen


_DATE = (r"(?<y>\d{4})(?:[-/.](?<m1>\d{1,2})[-/.](?<d1>\d{1,2})|年\s*(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日?"
         r"|(?<m3>\d{2})(?<d3>\d{2}))")
_TIME = (r"(?:(?<H1>\d{1,2})[:时](?<M1>\d{1,2})(?:[:分](?<S1>\d{1,2})秒?)?|(?<H2>\d{2})(?<M2>\d{2})(?<S2>\d{2}))"
         r"(?:\.\d{1,9})?")
DATE_TIME_PATTERN = rf"^{_DATE}(?:(?:\s*T\s*|\s+|\s*)?{_TIME})?$"
TIME_PATTERN = rf"^{_TIME}$"


def _pad(expr: pl.Expr) -> pl.Expr:
    return expr.str.pad_start(2, "0")


def booked_at_utc(date_expr: pl.Expr, time_expr: pl.Expr | None) -> list[pl.Expr]:
    """Columns `booked_at` (Datetime us UTC, null unless ok), `date_state` and `time_state` ("ok" | "empty" |
    "bad"). Dates read as Asia/Shanghai local time: 2026-11-24, 2026/11/24, 2026.11.24, 2026年11月24日,
    20261124, each with or without a time 09:15:03 / 9:15 / 091503; or the time in a separate column."""
    d = ascii_digits(date_expr.fill_null("")).str.strip_chars()
    g = d.str.extract_groups(DATE_TIME_PATTERN)
    year = g.struct.field("y")
    month = pl.coalesce(g.struct.field("m1"), g.struct.field("m2"), g.struct.field("m3"))
    day = pl.coalesce(g.struct.field("d1"), g.struct.field("d2"), g.struct.field("d3"))
    hour = pl.coalesce(g.struct.field("H1"), g.struct.field("H2"))
    minute = pl.coalesce(g.struct.field("M1"), g.struct.field("M2"))
    second = pl.coalesce(g.struct.field("S1"), g.struct.field("S2"))
    date_state = pl.when(d == "").then(pl.lit("empty")).when(year.is_null()).then(pl.lit("bad")).otherwise(pl.lit("ok"))
    time_state = pl.lit("ok")
    if time_expr is not None:
        t = ascii_digits(time_expr.fill_null("")).str.strip_chars()
        tg = t.str.extract_groups(TIME_PATTERN)
        hour = pl.coalesce(tg.struct.field("H1"), tg.struct.field("H2"))
        minute = pl.coalesce(tg.struct.field("M1"), tg.struct.field("M2"))
        second = pl.coalesce(tg.struct.field("S1"), tg.struct.field("S2"))
        time_state = pl.when(t == "").then(pl.lit("empty")).when(hour.is_null()).then(pl.lit("bad"))
        time_ok = (hour.cast(pl.Int32, strict=False) < 24) & (minute.cast(pl.Int32, strict=False) < 60) & (
            second.fill_null("0").cast(pl.Int32, strict=False) < 60)
        time_state = time_state.when(~time_ok).then(pl.lit("bad")).otherwise(pl.lit("ok"))
    text = pl.format("{}-{}-{} {}:{}:{}", year, _pad(month), _pad(day), _pad(hour.fill_null("0")),
                     _pad(minute.fill_null("0")), _pad(second.fill_null("0")))
    local = text.str.strptime(pl.Datetime("us"), "%Y-%m-%d %H:%M:%S", strict=False)
    in_range = (second.fill_null("0").cast(pl.Int32, strict=False) < 60) if time_expr is None else pl.lit(True)
    date_state = (pl.when(date_state != "ok").then(date_state)
                  .when((time_state == "ok") & (local.is_null() | ~in_range)).then(pl.lit("bad"))
                  .otherwise(pl.lit("ok")))
    at = (pl.when((date_state == "ok") & (time_state == "ok"))
          .then(local.dt.replace_time_zone(LOCAL_ZONE).dt.convert_time_zone("UTC")))
    return [at.alias("booked_at"), date_state.alias("date_state"), time_state.alias("time_state")]
