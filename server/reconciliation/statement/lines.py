"""Checking the statement lines, all at once with polars: every problem of every line, or the typed lines."""

from __future__ import annotations

import json

import polars as pl

from server.messages import _

from .encoding import UNDECODABLE_MARK
from .mapping import ColumnMapping, normalize_value
from .problems import Problem
from .values import clean_text, unwrap_excel_text, with_amount_fen, with_booked_at

_EMPTY = {"serial": _("The bank serial number is empty."), "account": _("The account is empty.")}
_PROBLEM_SCHEMA = {"line": pl.Int32, "position": pl.Int32, "column": pl.String, "code": pl.String, "message": pl.String,
                   "params": pl.String}


def _params(params: dict | None) -> pl.Expr:
    """A problem's named values as JSON text per line (expressions for values of the line, plain values else)."""
    if not params:
        return pl.lit("{}")
    return pl.struct(*[(v if isinstance(v, pl.Expr) else pl.lit(v)).alias(k) for k, v in params.items()]
                     ).struct.json_encode()


def _problems(frame: pl.DataFrame, condition: pl.Expr, column: str | None, position: int | None, code: str,
              message: str, params: dict | None = None) -> pl.DataFrame:
    """The lines where `condition` holds, as problems: `message` an English template of the catalog, `params`
    its named values."""
    return frame.filter(condition).select(
        pl.col("line_no").cast(pl.Int32).alias("line"), pl.lit(-1 if position is None else position, dtype=pl.Int32).alias("position"),
        pl.lit(column, dtype=pl.String).alias("column"), pl.lit(code, dtype=pl.String).alias("code"),
        pl.lit(message, dtype=pl.String).alias("message"), _params(params).alias("params"))


def check_lines(rows: pl.DataFrame, header: list[str], columns: dict[str, int], mapping: ColumnMapping,
                encoding: str, clean: bool, *, repeats: bool = True) -> tuple[pl.DataFrame, list[Problem]]:
    """The lines (line_no, serial, order_no, account, direction, amount_fen, booked_at, summary) when every field
    reads, else the problems, in line then column order. `rows` is a body frame (see table.py) of statement
    rows only; `columns` maps each role of the mapping to its cell index. Without `repeats` a serial repeated
    within the rows is not looked for (the caller looks across several blocks of rows at once)."""
    width = len(header)
    names = mapping.roles()
    cell = {role: pl.col(f"c{i}") for role, i in columns.items()}
    text_roles = [r for r in ("booked_at", "booked_time", "amount", "debit", "credit") if r in cell]
    frame = rows.select(
        pl.col("line_no"), pl.col("raw"),
        ((pl.col("n_raw") < width) | (pl.col("n_used") > width)).alias("shape_bad"),
        pl.when(pl.col("n_used") > width).then(pl.col("n_used")).otherwise(pl.col("n_raw")).alias("fields"),
        clean_text(cell["serial"]).alias("serial"),
        clean_text(cell["account"]).alias("account"),
        (clean_text(cell["order_no"]) if "order_no" in cell else pl.lit("")).alias("order_no"),
        (clean_text(cell["summary"]) if "summary" in cell else pl.lit("")).alias("summary"),
        *[cell[r].fill_null("").str.strip_chars().alias(f"{r}_text") for r in text_roles],
        *([clean_text(cell["direction"]).alias("direction_text")] if "direction" in cell else []),
        *([cell[r].str.contains(UNDECODABLE_MARK, literal=True).fill_null(False).alias(f"{r}_mark")
           for r in cell] if not clean else []),
    )
    # A field starts with =" or ' only on a line that holds one of those characters: one search of the lines
    # (which usually finds none) instead of two of every column.
    if frame["raw"].str.contains("['=]").any():
        frame = unwrap_excel_text(frame, ["serial", "account", "order_no", "summary"])
    frame = with_booked_at(frame, "booked_at_text", "booked_time_text" if "booked_time" in cell else None)
    for role in ("amount", "debit", "credit"):
        if role in cell:
            frame = with_amount_fen(frame, f"{role}_text", role)
    lookup = mapping.direction_lookup()
    if mapping.layout == "direction":
        # Few distinct values: each is normalised once in Python, then mapped at C speed.
        values = {v: lookup.get(normalize_value(v)) for v in frame["direction_text"].unique().to_list()}
        frame = frame.with_columns(pl.col("direction_text").replace_strict(values, default=None, return_dtype=pl.String)
                                   .alias("direction"))

    found: list[pl.DataFrame] = []
    shape_ok = ~pl.col("shape_bad")

    def fine(role: str) -> pl.Expr:
        """The line has the header's shape and the field has no undecodable bytes: its value can be judged."""
        return shape_ok & ~pl.col(f"{role}_mark") if f"{role}_mark" in frame.columns else shape_ok

    checks: list[tuple] = []

    def add(condition, role, code, message, params=None):
        checks.append((condition, role, code, message, params))

    if not clean:
        for i in range(width):
            marked = rows.filter(pl.col(f"c{i}").str.contains(UNDECODABLE_MARK, literal=True)
                                 & (pl.col("n_raw") >= width) & (pl.col("n_used") <= width))
            found.append(_problems(marked, pl.lit(True), header[i], i, "undecodable",
                                   _("Bytes in this field are not valid {encoding}; choose the file's encoding."),
                                   {"encoding": encoding}))
        add(pl.col("shape_bad") & pl.col("raw").str.contains(UNDECODABLE_MARK, literal=True), None, "undecodable",
            _("Bytes on this line are not valid {encoding}; choose the file's encoding."), {"encoding": encoding})
    add(pl.col("shape_bad"), None, "wrong_column_count",
        _("The line has {fields} fields; the header row has {width}."), {"fields": pl.col("fields"), "width": width})

    for role in ("serial", "account"):
        add(fine(role) & (pl.col(role) == ""), role, "missing_value", _EMPTY[role])
    add(fine("booked_at") & (pl.col("date_state") == "empty"), "booked_at", "missing_value", _("The date is empty."))
    add(fine("booked_at") & (pl.col("date_state") == "bad"), "booked_at", "bad_date",
        _("'{value}' is not a valid date and time (such as 2026-11-24 09:15:03)."), {"value": pl.col("booked_at_text")})
    if "booked_time" in cell:
        add(fine("booked_time") & (pl.col("time_state") == "empty"), "booked_time", "missing_value", _("The time is empty."))
        add(fine("booked_time") & (pl.col("time_state") == "bad"), "booked_time", "bad_time",
            _("'{value}' is not a valid time of day (such as 09:15:03)."), {"value": pl.col("booked_time_text")})

    for role in ("amount", "debit", "credit"):
        if role not in cell:
            continue
        state, text = pl.col(f"{role}_state"), pl.col(f"{role}_text")
        add(fine(role) & (state == "bad"), role, "bad_amount",
            _("'{value}' is not an amount in yuan (such as 1,234.56)."), {"value": text})
        add(fine(role) & (state == "decimals"), role, "too_many_decimals",
            _("'{value}' has more than 2 decimal places."), {"value": text})
        add(fine(role) & (state == "large"), role, "amount_too_large", _("'{value}' is too large for an amount."),
            {"value": text})

    zero_message = _("The amount is zero; every statement line moves money.")
    if mapping.layout == "split":
        d, cr = pl.col("debit_fen"), pl.col("credit_fen")
        d_state, c_state = pl.col("debit_state"), pl.col("credit_state")
        for role, value in (("credit", cr), ("debit", d)):
            add(fine(role) & (value < 0), role, "negative_amount",
                _("'{value}' is negative; the debit and credit columns hold positive amounts."),
                {"value": pl.col(f"{role}_text")})
        judged = fine("debit") & fine("credit") & d_state.is_in(["ok", "empty"]) & c_state.is_in(["ok", "empty"])
        d_has, c_has = (d_state == "ok") & (d != 0), (c_state == "ok") & (cr != 0)
        columns_named = {"debit": mapping.debit, "credit": mapping.credit}
        add(judged & d_has & c_has, "debit", "both_debit_and_credit",
            _("Both {debit} and {credit} hold an amount; a line has one of them."), columns_named)
        add(judged & (d_state == "empty") & (c_state == "empty"), "debit", "missing_value",
            _("Neither {debit} nor {credit} holds an amount."), columns_named)
        add(judged & ~d_has & ~c_has & ((d_state == "ok") | (c_state == "ok")), "debit", "zero_amount", zero_message)
        direction = pl.when(c_has).then(pl.lit("in")).otherwise(pl.lit("out"))
        fen = pl.when(c_has).then(cr).otherwise(d)
    else:
        a, a_state = pl.col("amount_fen"), pl.col("amount_state")
        add(fine("amount") & (a_state == "empty"), "amount", "missing_value", _("The amount is empty."))
        add(fine("amount") & (a_state == "ok") & (a == 0), "amount", "zero_amount", zero_message)
        if mapping.layout == "signed":
            direction = pl.when(a > 0).then(pl.lit(lookup.get("+", "in"))).otherwise(pl.lit(lookup.get("-", "out")))
        else:
            text = pl.col("direction_text")
            known = "/".join(sorted(mapping.direction_values or ("收", "付", "借", "贷")))
            add(fine("direction") & (text == ""), "direction", "missing_value", _("The direction is empty."))
            add(fine("direction") & (text != "") & pl.col("direction").is_null(), "direction", "unknown_direction",
                _("'{value}' is not a direction this layout knows ({known})."), {"value": text, "known": known})
            add(fine("amount") & (a < 0) & (pl.col("direction") == "in"), "amount", "negative_amount",
                _("'{value}' is negative on an incoming line."), {"value": pl.col("amount_text")})
            direction = pl.col("direction")
        fen = a.abs()

    # All conditions in one pass; only those that hold somewhere gather their lines.
    hits = frame.select([c[0].fill_null(False).any().alias(str(i)) for i, c in enumerate(checks)]).row(0)
    for hit, (condition, role, code, message, params) in zip(hits, checks):
        if hit:
            found.append(_problems(frame, condition, names.get(role) if role else None,
                                   columns.get(role) if role else None, code, message, params))

    # The same serial twice in one file: every later copy, naming the line of the first.
    keyed = frame.select("line_no", "serial", "shape_bad")
    keyed = keyed.filter(~pl.col("shape_bad") & (pl.col("serial") != "")) if repeats else keyed.head(0)
    # Searched among 64-bit hashes first (about twice as fast as among the strings); only the lines whose hash
    # repeats are then compared by their text, so a collision of hashes is never taken for a repeated serial.
    hashed = keyed["serial"].hash()
    keyed = keyed.filter(hashed.is_duplicated()) if hashed.n_unique() < hashed.len() else keyed.head(0)
    later = keyed.filter(~pl.col("serial").is_first_distinct())
    if later.height:
        first = keyed.filter(pl.col("serial").is_in(later["serial"].implode())).group_by("serial").agg(
            pl.col("line_no").min().alias("first_line"))
        found.append(later.join(first, on="serial").select(
            pl.col("line_no").cast(pl.Int32).alias("line"), pl.lit(columns["serial"], dtype=pl.Int32).alias("position"),
            pl.lit(mapping.serial, dtype=pl.String).alias("column"), pl.lit("duplicate_serial_in_file").alias("code"),
            pl.lit(_("Bank serial {serial} already appears at line {first_line}.")).alias("message"),
            _params({"serial": pl.col("serial"), "first_line": pl.col("first_line")}).alias("params")))

    problems = (pl.concat([f.cast(_PROBLEM_SCHEMA) for f in found]).sort(["line", "position"], maintain_order=True)
                if found else None)
    if problems is not None and problems.height:
        return frame.head(0), [Problem(line, column, code, message, json.loads(params)) for line, column, code, message, params
                               in problems.select("line", "column", "code", "message", "params").iter_rows()]
    lines = frame.select(
        pl.col("line_no").cast(pl.Int32),
        pl.col("serial"),
        pl.when(pl.col("order_no") == "").then(None).otherwise(pl.col("order_no")).alias("order_no"),
        pl.col("account"),
        direction.alias("direction"),
        fen.cast(pl.Int64).alias("amount_fen"),
        pl.col("booked_at"),
        pl.col("summary"),
    )
    return lines, []
