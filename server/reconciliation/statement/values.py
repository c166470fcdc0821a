"""Reading the values of statement fields, vectorised with polars: text, amounts in fen, local times to UTC.

Amounts never pass through float: the digits are split at the decimal point and each part is cast to an
integer. Every reader returns, next to the value, a state column naming what is wrong ("ok" when nothing),
so that the caller can list a problem per bad field with its line number.
"""

from __future__ import annotations

import datetime as dt
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
# Amount text to plain ASCII in one pass: full-width digits and signs, and no spaces or currency marks.
_AMOUNT_NOISE = (" ", "\t", "\r", "\n", "\u3000", "\u00a0", "¥", "￥", "$", "元", "RMB", "CNY")
_AMOUNT_FROM = _FW_FROM + list(_AMOUNT_NOISE)
_AMOUNT_TO = _FW_TO + [""] * len(_AMOUNT_NOISE)

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?"
_PLAIN_AMOUNT = rf"^-?\d{{1,{MAX_INTEGER_DIGITS}}}\.\d{{2}}$"
_AMOUNT = re.compile(rf"^(?:[+-]?{_NUMBER}|\({_NUMBER}\)|{_NUMBER}-)$")


def ascii_digits(expr: pl.Expr) -> pl.Expr:
    return expr.str.replace_many(_FW_FROM, _FW_TO)


def clean_text(expr: pl.Expr) -> pl.Expr:
    """Without surrounding white space (full-width space included); see unwrap_excel_text for the rest."""
    return expr.fill_null("").str.strip_chars()


def unwrap_excel_text(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """How banks keep Excel from reading a number: ="123" and '123 become 123. The regex runs only on columns
    that need it."""
    # Which columns need either, in one pass over the frame.
    found = frame.select(*[pl.col(c).str.starts_with('="').any().alias(f"w{i}") for i, c in enumerate(columns)],
                         *[pl.col(c).str.starts_with("'").any().alias(f"q{i}") for i, c in enumerate(columns)]).row(0)
    wrapped = [c for c, hit in zip(columns, found[:len(columns)]) if hit]
    if wrapped:
        frame = frame.with_columns(pl.col(c).str.replace(r'^="(.*)"$', "$1").str.strip_chars() for c in wrapped)
    quoted = [c for c in columns if frame[c].str.starts_with("'").any()] if wrapped else \
        [c for c, hit in zip(columns, found[len(columns):]) if hit]
    if quoted:
        frame = frame.with_columns(pl.col(c).str.strip_prefix("'").str.strip_chars() for c in quoted)
    return frame


def with_amount_fen(frame: pl.DataFrame, column: str, name: str) -> pl.DataFrame:
    """Adds `{name}_fen` (Int64, signed; null unless ok) and `{name}_state`: "ok" | "empty" | "bad" | "decimals" |
    "large". Staged through columns so that each regex runs once per value."""
    # Most files write every amount as plain digits with two decimals: one regex proves it and the digits
    # without the point are the fen; a column with any other shape takes the general path below.
    plain = frame[column].str.contains(_PLAIN_AMOUNT)
    if plain.null_count() == 0 and plain.all():
        return frame.with_columns(pl.lit("ok").alias(f"{name}_state"),
                                  pl.col(column).str.replace(".", "", literal=True).cast(pl.Int64).alias(f"{name}_fen"))
    s = f"_{name}_s"
    frame = frame.with_columns(pl.col(column).fill_null("").str.replace_many(_AMOUNT_FROM, _AMOUNT_TO).alias(s))
    frame = frame.with_columns(
        (pl.col(s).is_in(list(_EMPTY_MARKS)) | (pl.col(s) == "")).alias(f"_{name}_empty"),
        pl.col(s).str.contains(_AMOUNT.pattern).alias(f"_{name}_valid"),
        (pl.col(s).str.starts_with("-") | pl.col(s).str.starts_with("(") | pl.col(s).str.ends_with("-")).alias(f"_{name}_neg"),
        pl.col(s).str.replace_many([",", "+", "-", "(", ")"], [""] * 5).str.split_exact(".", 1).alias(f"_{name}_parts"),
    )
    whole = pl.col(f"_{name}_parts").struct.field("field_0")
    frac = pl.col(f"_{name}_parts").struct.field("field_1").fill_null("")
    frame = frame.with_columns(
        frac.str.slice(2).str.contains(r"[1-9]").alias(f"_{name}_many"),
        (whole.str.len_chars() > MAX_INTEGER_DIGITS).alias(f"_{name}_large"),
        (whole.cast(pl.Int64, strict=False) * 100
         + frac.str.slice(0, 2).str.pad_end(2, "0").cast(pl.Int64, strict=False)).alias(f"_{name}_value"),
    )
    state = (pl.when(pl.col(f"_{name}_empty")).then(pl.lit("empty"))
             .when(~pl.col(f"_{name}_valid")).then(pl.lit("bad"))
             .when(pl.col(f"_{name}_large")).then(pl.lit("large"))
             .when(pl.col(f"_{name}_many")).then(pl.lit("decimals")).otherwise(pl.lit("ok")))
    frame = frame.with_columns(state.alias(f"{name}_state"))
    value = pl.col(f"_{name}_value")
    frame = frame.with_columns(
        pl.when(pl.col(f"{name}_state") == "ok").then(pl.when(pl.col(f"_{name}_neg")).then(-value).otherwise(value))
        .alias(f"{name}_fen"))
    return frame.drop(s, f"_{name}_empty", f"_{name}_valid", f"_{name}_neg", f"_{name}_parts", f"_{name}_many",
                      f"_{name}_large", f"_{name}_value")


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


def with_booked_at(frame: pl.DataFrame, date_column: str, time_column: str | None) -> pl.DataFrame:
    """Adds `booked_at`, `date_state` and `time_state` (see _parse_booked_at). A day's statement holds few
    distinct dates and times, so each distinct value is parsed once and joined back."""
    fast = _booked_at_by_format(frame, date_column, time_column)
    if fast is not None:
        return frame.with_columns(_local_to_utc(fast).alias("booked_at"), pl.lit("ok").alias("date_state"),
                                  pl.lit("ok").alias("time_state"))
    keys = [date_column] + ([time_column] if time_column else [])
    parsed = _parse_booked_at(frame.select(keys).unique(), date_column, time_column)
    return frame.join(parsed, on=keys, how="left", maintain_order="left")


# The shapes most files use, read by polars' own date parser; anything else goes through the general reader.
_DATE_TIME_FORMATS = (
    (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:[0-5]\d", "%Y-%m-%d %H:%M:%S"),
    (r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:[0-5]\d", "%Y/%m/%d %H:%M:%S"),
    (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d", "%Y-%m-%dT%H:%M:%S"),
    (r"\d{12}[0-5]\d", "%Y%m%d%H%M%S"),
)
_DATE_FORMATS = (
    (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"), (r"\d{4}/\d{2}/\d{2}", "%Y/%m/%d"), (r"\d{8}", "%Y%m%d"),
    (r"\d{4}年\d{2}月\d{2}日", "%Y年%m月%d日"),
)
_TIME_FORMATS = ((r"\d{2}:\d{2}:[0-5]\d", "%H:%M:%S"), (r"\d{4}[0-5]\d", "%H%M%S"))  # no leap second 60


def _format_of(values: pl.Series, formats) -> tuple[str, str] | None:
    sample = values.filter(values != "").head(1).to_list()
    if not sample:
        return None
    return next(((shape, fmt) for shape, fmt in formats if re.fullmatch(shape, sample[0])), None)


def _booked_at_by_format(frame: pl.DataFrame, date_column: str, time_column: str | None) -> pl.Series | None:
    """Local times when every value has the first value's common shape (checked by regex, read by polars'
    parser), else None. Polars parses a fixed format at C speed; the shape check keeps it as strict as the
    general reader."""
    dates = frame[date_column]
    found = _format_of(dates, _DATE_FORMATS if time_column else _DATE_TIME_FORMATS + _DATE_FORMATS)
    if found is None or not dates.str.contains(f"^{found[0]}$").all():
        return None
    if time_column is None:
        local = dates.str.to_datetime(found[1], time_unit="us", strict=False)
    else:
        times = frame[time_column]
        time_found = _format_of(times, _TIME_FORMATS)
        if time_found is None or not times.str.contains(f"^{time_found[0]}$").all():
            return None
        day = dates.str.to_date(found[1], strict=False)
        clock = times.str.to_time(time_found[1], strict=False)
        local = pl.DataFrame({"day": day, "clock": clock}).select(pl.col("day").dt.combine(pl.col("clock"), "us")).to_series()
    if local.null_count():
        return None
    return local


def _parse_booked_at(frame: pl.DataFrame, date_column: str, time_column: str | None) -> pl.DataFrame:
    """Adds `booked_at` (Datetime us UTC, null unless ok), `date_state` and `time_state` ("ok" | "empty" | "bad").
    Dates read as Asia/Shanghai local time: 2026-11-24, 2026/11/24, 2026.11.24, 2026年11月24日, 20261124, each
    with or without a time 09:15:03 / 9:15 / 091503; or the time in a separate column. Staged through columns so
    that each regex runs once per value."""
    frame = frame.with_columns(
        ascii_digits(pl.col(date_column).fill_null("")).str.strip_chars().alias("_d"),
        *([ascii_digits(pl.col(time_column).fill_null("")).str.strip_chars().alias("_t")] if time_column else []))
    frame = frame.with_columns(
        pl.col("_d").str.extract_groups(DATE_TIME_PATTERN).alias("_g"),
        *([pl.col("_t").str.extract_groups(TIME_PATTERN).alias("_tg")] if time_column else []))
    g = pl.col("_g").struct
    tg = pl.col("_tg").struct if time_column else g
    frame = frame.with_columns(
        g.field("y").alias("_y"),
        pl.coalesce(g.field("m1"), g.field("m2"), g.field("m3")).str.pad_start(2, "0").alias("_m"),
        pl.coalesce(g.field("d1"), g.field("d2"), g.field("d3")).str.pad_start(2, "0").alias("_dd"),
        pl.coalesce(tg.field("H1"), tg.field("H2")).alias("_H"),
        pl.coalesce(tg.field("M1"), tg.field("M2")).alias("_M"),
        pl.coalesce(tg.field("S1"), tg.field("S2")).alias("_S"),
    )
    hour, minute, second = (pl.col(n).fill_null("0").cast(pl.Int32, strict=False) for n in ("_H", "_M", "_S"))
    time_fits = (hour < 24) & (minute < 60) & (second < 60)
    frame = frame.with_columns(
        pl.when(pl.col("_d") == "").then(pl.lit("empty")).when(pl.col("_y").is_null()).then(pl.lit("bad"))
        .otherwise(pl.lit("ok")).alias("date_state"),
        (pl.when(pl.col("_t") == "").then(pl.lit("empty")).when(pl.col("_H").is_null() | ~time_fits).then(pl.lit("bad"))
         .otherwise(pl.lit("ok")) if time_column else pl.lit("ok")).alias("time_state"),
        pl.concat_str([pl.col("_y"), pl.lit("-"), pl.col("_m"), pl.lit("-"), pl.col("_dd"), pl.lit(" "),
                       pl.col("_H").fill_null("0").str.pad_start(2, "0"), pl.lit(":"),
                       pl.col("_M").fill_null("0").str.pad_start(2, "0"), pl.lit(":"),
                       pl.col("_S").fill_null("0").str.pad_start(2, "0")])
        .str.strptime(pl.Datetime("us"), "%Y-%m-%d %H:%M:%S", strict=False).alias("_local"),
        time_fits.alias("_fits"),
    )
    frame = frame.with_columns(
        pl.when(pl.col("date_state") != "ok").then(pl.col("date_state"))
        .when((pl.col("time_state") == "ok") & (pl.col("_local").is_null() | ~pl.col("_fits"))).then(pl.lit("bad"))
        .otherwise(pl.lit("ok")).alias("date_state"))
    ok = (pl.col("date_state") == "ok") & (pl.col("time_state") == "ok")
    frame = frame.with_columns(pl.when(ok).then(pl.col("_local")).alias("_local"))
    frame = frame.with_columns(_local_to_utc(frame["_local"]).alias("booked_at"))
    return frame.drop("_d", "_g", "_y", "_m", "_dd", "_H", "_M", "_S", "_local", "_fits",
                      *(["_t", "_tg"] if time_column else []))


_FIXED_OFFSET_SINCE = dt.datetime(1992, 1, 1)   # China has kept UTC+8 without daylight saving since 1991


def _local_to_utc(local: pl.Series) -> pl.Series:
    """Asia/Shanghai wall time to UTC: a plain 8-hour shift for any recent time (fast), the zone rules otherwise."""
    earliest = local.min()
    if earliest is None or earliest >= _FIXED_OFFSET_SINCE:
        return (local - dt.timedelta(hours=8)).dt.replace_time_zone("UTC")
    return local.dt.replace_time_zone(LOCAL_ZONE, ambiguous="earliest", non_existent="null").dt.convert_time_zone("UTC")
