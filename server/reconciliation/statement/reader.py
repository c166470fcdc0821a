"""Reading a custodian bank statement: the whole file is checked, and refused whole with every problem listed,
or returned as typed lines (integer fen, UTC times, "in"/"out")."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from . import layout
from .encoding import UNDECODABLE_MARK, canonical_encoding, decode, detect_encoding, encodings_possible
from .mapping import BUILTIN_PROFILES, ColumnMapping, closest_profile, guess_profile, normalize_header
from .problems import Problem, StatementRefused
from .table import SEPARATORS, Head, NotAWorkbook, csv_body, csv_head, xlsx_body, xlsx_head, xlsx_rows
from .values import amount_fen, booked_at_utc, clean_text

XLSX = "xlsx"   # the `encoding` a workbook reports: its text has no encoding of its own to choose
STEPS = 5       # progress(done, STEPS): read, header found, cells parsed, values checked, lines built


@dataclass(frozen=True)
class ParsedStatement:
    encoding: str
    mapping: ColumnMapping
    header_line: int
    sha256: str
    lines: pl.DataFrame   # line_no Int32, serial, order_no (nullable), account, direction ("in"|"out"),
                          # amount_fen Int64 (>0), booked_at Datetime(us, UTC), summary ("" when none)
    declared_count: int | None
    declared_in_fen: int | None
    declared_out_fen: int | None
    reported_balance_fen: int | None
    profile: str | None = None   # the built-in profile used when no mapping was given

    @property
    def in_fen(self) -> int:
        return int(self.lines.filter(pl.col("direction") == "in")["amount_fen"].sum())

    @property
    def out_fen(self) -> int:
        return int(self.lines.filter(pl.col("direction") == "out")["amount_fen"].sum())


@dataclass(frozen=True)
class StatementPreview:
    encoding: str
    encodings_possible: list[str]
    rows: list[list[str]]
    header_line: int | None
    profile_guess: str | None


def _is_xlsx(data: bytes, filename: str) -> bool:
    return filename.lower().endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04"


def _refuse(line: int, code: str, message: str, column: str | None = None) -> StatementRefused:
    return StatementRefused([Problem(line, column, code, message)])


def _check_container(data: bytes, filename: str) -> None:
    if not data.strip(b" \t\r\n\x00").removeprefix(b"\xef\xbb\xbf").strip():
        raise _refuse(1, "empty_file", "The file is empty.")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise _refuse(1, "not_a_statement", "This is an old Excel .xls workbook; save it as .xlsx or CSV and import that.")
    if data[:4] == b"PK\x03\x04" and not filename.lower().endswith((".xlsx", ".xlsm")):
        raise _refuse(1, "not_a_statement", f"{filename} is a zip archive, not a CSV statement.")
    if data[:5] == b"%PDF-":
        raise _refuse(1, "not_a_statement", f"{filename} is a PDF, not a CSV or .xlsx statement.")


@dataclass
class _Source:
    encoding: str
    head: Head
    separator: str
    body: Callable[[int, int], pl.DataFrame]   # (header line, width) -> body frame
    clean: bool = True


def _open(data: bytes, filename: str, mapping: ColumnMapping | None, encoding: str | None) -> tuple[_Source, int | None]:
    if _is_xlsx(data, filename):
        try:
            rows = xlsx_rows(data)
        except NotAWorkbook:
            raise _refuse(1, "not_a_statement", f"{filename} is not a readable .xlsx workbook.") from None
        if not any(rows):
            raise _refuse(1, "empty_file", "The workbook's first sheet is empty.")
        head = xlsx_head(rows)
        return _Source(XLSX, head, ",", lambda line, width: xlsx_body(rows, line, width)), layout.find_header(head.rows, mapping)
    name = canonical_encoding(encoding) if encoding else detect_encoding(data)
    try:
        text, clean = decode(data, name)
    except (UnicodeError, LookupError) as error:
        raise _refuse(1, "undecodable", f"The file cannot be read as {name}: {error}.") from None
    if not text.strip():
        raise _refuse(1, "empty_file", "The file is empty.")
    best = None
    for separator in SEPARATORS:
        head = csv_head(text, separator)
        index = layout.find_header(head.rows, mapping)
        if index is not None:
            score = layout.header_matches(head.rows[index][1], mapping)
            if best is None or score > best[2]:
                best = (separator, head, score, index)
    if best is None:
        head = csv_head(text, ",")
        return _Source(name, head, ",", lambda line, width: csv_body(text, line, ",", width), clean), None
    separator, head, _, index = best
    return _Source(name, head, separator, lambda line, width: csv_body(text, line, separator, width), clean), index


def _undecodable_in_rows(rows, encoding: str, header: list[str] | None = None) -> list[Problem]:
    problems = []
    for line, cells in rows:
        for i, cell in enumerate(cells):
            if UNDECODABLE_MARK in cell:
                column = header[i] if header and i < len(header) else None
                problems.append(Problem(line, column, "undecodable",
                                        f"Bytes on this line are not valid {encoding}; choose the file's encoding."))
                break
    return problems


def _resolve_columns(header: list[str], mapping: ColumnMapping, line: int, guessed: bool) -> tuple[dict[str, int], list[Problem]]:
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(header):
        positions.setdefault(normalize_header(text), []).append(i)
    found, problems = {}, []
    for role, name in mapping.roles().items():
        where = positions.get(normalize_header(name), [])
        if not where:
            hint = " (no built-in layout fits this header; the closest is shown)" if guessed else ""
            problems.append(Problem(line, name, "missing_column", f"The header row has no column {name!r}{hint}."))
        elif len(where) > 1:
            problems.append(Problem(line, name, "duplicate_column", f"The header row has the column {name!r} {len(where)} times."))
        else:
            found[role] = where[0]
    return found, problems


def read_statement(data: bytes, filename: str, mapping: ColumnMapping | None = None, encoding: str | None = None,
                   *, progress: Callable[[int, int], None] | None = None) -> ParsedStatement:
    """Every line of the statement, or StatementRefused listing every problem. Without a mapping the built-in
    profile whose columns the header holds is used; without an encoding it is detected."""
    report = progress or (lambda done, total: None)
    _check_container(data, filename)
    sha256 = hashlib.sha256(data).hexdigest()
    source, index = _open(data, filename, mapping, encoding)
    report(1, STEPS)
    problems = _undecodable_in_rows(source.head.rows, source.encoding) if not source.clean else []
    if index is None:
        first = next((line for line, cells in source.head.rows if any(cells)), 1)
        names = "/".join(mapping.roles().values()) if mapping else "银行流水号/交易金额/交易日期"
        raise StatementRefused(problems + [Problem(first, None, "no_header",
                                                   f"No column header row (such as {names}) in the first lines.")])
    header_line, header = source.head.rows[index]
    while header and not header[-1]:
        header = header[:-1]
    profile = None
    if mapping is None:
        profile = guess_profile(header)
        chosen = BUILTIN_PROFILES[profile or closest_profile(header)]
    else:
        chosen = mapping
    columns, column_problems = _resolve_columns(header, chosen, header_line, guessed=mapping is None and profile is None)
    preamble = source.head.rows[:index]
    if column_problems:
        problems = [p for p in problems if p.line <= header_line]
        raise StatementRefused(problems + column_problems)
    report(2, STEPS)

    body = source.body(header_line, len(header))
    report(3, STEPS)
    rows, footer = _split_footer(body, header)
    rows, early_problems = _early_totals(rows)
    balance, balance_problems = layout.reported_balance(preamble + footer)
    problems = [p for p in problems if p.line <= header_line] + balance_problems + early_problems
    if not source.clean:
        problems += _undecodable_in_rows(footer, source.encoding, header)
    totals, totals_problems = layout.declared_totals([r for r in footer if layout.is_totals_row(r[1])], header, chosen)
    problems += totals_problems
    lines, line_problems = _check_lines(rows, header, columns, chosen, source.encoding, source.clean)
    problems += line_problems
    problems += _check_totals(totals, lines, rows.height, line_problems, chosen)
    if rows.height == 0 and not problems:
        problems.append(Problem(header_line, None, "no_lines", "The file has a header row but no statement lines."))
    report(4, STEPS)
    if problems:
        raise StatementRefused(problems)
    report(5, STEPS)
    return ParsedStatement(
        encoding=source.encoding, mapping=chosen, header_line=header_line, sha256=sha256, lines=lines,
        declared_count=totals.count, declared_in_fen=totals.in_fen, declared_out_fen=totals.out_fen,
        reported_balance_fen=balance, profile=profile)


_TOTALS_PATTERN = r'^[\s,"\t|;=]*(合计|总计|汇总|共计|小计|本页合计|本日合计|当日合计|(?i:total))'


def _split_footer(body: pl.DataFrame, header: list[str]) -> tuple[pl.DataFrame, list[tuple[int, list[str]]]]:
    """Statement rows, and the totals/footer rows after them (as (line, cells)). Blank lines and repeats of
    the header row (multi-page exports) are dropped."""
    width = len(header)
    names = [f"c{i}" for i in range(width)]
    body = body.filter(~pl.col("blank"))
    if width:
        repeat = pl.all_horizontal([pl.col(n).str.strip_chars() == h for n, h in zip(names, header)])
        body = body.filter(~repeat)
    tail = body.tail(64)
    keep = body.height
    footer = []
    for row in reversed(tail.rows(named=True)):
        cells = [row[n] for n in names]
        if row["n_used"] > width:
            break
        if layout.is_totals_row(cells) or layout.is_footer_row(cells):
            footer.append((row["line_no"], cells))
            keep -= 1
        else:
            break
    footer.reverse()
    return body.head(keep), footer


def _early_totals(rows: pl.DataFrame) -> tuple[pl.DataFrame, list[Problem]]:
    """A totals line with statement lines after it: refused (which total would be right?), the line named."""
    early = rows.filter(pl.col("raw").str.contains(_TOTALS_PATTERN))
    if early.height == 0:
        return rows, []
    last_line = int(rows["line_no"].max())
    problems = [Problem(int(line), None, "data_after_totals",
                        f"Statement lines follow this totals line (up to line {last_line}); a totals line ends the statement.")
                for line in early["line_no"]]
    return rows.filter(~pl.col("raw").str.contains(_TOTALS_PATTERN)), problems


def _problem_frame(frame: pl.DataFrame, condition: pl.Expr, column: str | None, position: int, code: str,
                   message: pl.Expr) -> pl.DataFrame:
    return frame.filter(condition).select(
        pl.col("line_no").alias("line"), pl.lit(position, dtype=pl.Int32).alias("position"),
        pl.lit(column, dtype=pl.String).alias("column"), pl.lit(code).alias("code"),
        message.cast(pl.String).alias("message"))


def _check_lines(rows: pl.DataFrame, header: list[str], columns: dict[str, int], mapping: ColumnMapping,
                 encoding: str, clean: bool) -> tuple[pl.DataFrame, list[Problem]]:
    width = len(header)
    c = {role: pl.col(f"c{i}") for role, i in columns.items()}
    lookup = mapping.direction_lookup()
    marks = [pl.col(f"c{i}").str.contains(UNDECODABLE_MARK, literal=True) for i in range(width)]
    exprs = [
        pl.col("line_no"), pl.col("raw"),
        ((pl.col("n_raw") < width) | (pl.col("n_used") > width)).alias("shape_bad"),
        pl.when(pl.col("n_used") > width).then(pl.col("n_used")).otherwise(pl.col("n_raw")).alias("fields"),
        clean_text(c["serial"]).alias("serial"),
        clean_text(c["account"]).alias("account"),
        (clean_text(c["order_no"]) if "order_no" in c else pl.lit("")).alias("order_no"),
        (clean_text(c["summary"]) if "summary" in c else pl.lit("")).alias("summary"),
        *booked_at_utc(c["booked_at"], c.get("booked_time")),
    ]
    for role in ("serial", "account", "booked_at", "booked_time", "amount", "debit", "credit", "direction"):
        if role in columns and not clean:
            exprs.append(marks[columns[role]].alias(f"{role}_mark"))
    if mapping.layout == "split":
        exprs += [*amount_fen(c["debit"], "debit"), *amount_fen(c["credit"], "credit")]
    else:
        exprs += amount_fen(c["amount"], "amount")
    if mapping.layout == "direction":
        exprs.append(clean_text(c["direction"]).alias("direction_text"))
    frame = rows.select(exprs)
    if mapping.layout == "direction":
        key = pl.col("direction_text").str.replace_all(r"\s+", "").str.to_uppercase()
        frame = frame.with_columns(key.replace_strict(lookup, default=None, return_dtype=pl.String).alias("direction"))
    problems: list[pl.DataFrame] = []
    position = columns.get
    ok_shape = ~pl.col("shape_bad")

    # Undecodable bytes: the field they are in (or the line, when its fields cannot be told apart).
    if not clean:
        field_message = pl.lit(f"Bytes in this field are not valid {encoding}; choose the file's encoding.")
        marked = rows.with_columns(ok_shape=ok_shape_of(width))
        for i in range(width):
            problems.append(_problem_frame(marked, pl.col("ok_shape") & marks[i], header[i], i, "undecodable", field_message))
        problems.append(_problem_frame(frame, pl.col("shape_bad") & pl.col("raw").str.contains(UNDECODABLE_MARK, literal=True),
                                       None, -1, "undecodable",
                                       pl.lit(f"Bytes on this line are not valid {encoding}; choose the file's encoding.")))
    problems.append(_problem_frame(frame, pl.col("shape_bad"), None, -1, "wrong_column_count",
                                   pl.format("The line has {} fields; the header row has {}.", pl.col("fields"), pl.lit(width))))

    def unmarked(role: str) -> pl.Expr:
        return ok_shape & ~pl.col(f"{role}_mark") if f"{role}_mark" in frame.columns else ok_shape

    for role in ("serial", "account"):
        problems.append(_problem_frame(frame, unmarked(role) & (pl.col(role) == ""), mapping.roles()[role], position(role),
                                       "missing_value", pl.lit(f"The {_ROLE_WORDS[role]} is empty.")))
    date_name = mapping.booked_at
    raw_date = clean_text(c["booked_at"])
    problems.append(_problem_frame(frame.with_columns(raw_date=rows.select(raw_date).to_series()),
                                   unmarked("booked_at") & (pl.col("date_state") == "empty"), date_name,
                                   position("booked_at"), "missing_value", pl.lit("The date is empty.")))
    problems.append(_problem_frame(frame.with_columns(raw_date=rows.select(raw_date).to_series()),
                                   unmarked("booked_at") & (pl.col("date_state") == "bad"), date_name, position("booked_at"),
                                   "bad_date", pl.format("{} is not a valid date and time (such as 2026-11-24 09:15:03).", pl.col("raw_date"))))
    if mapping.booked_time:
        raw_time = rows.select(clean_text(c["booked_time"])).to_series()
        with_time = frame.with_columns(raw_time=raw_time)
        problems.append(_problem_frame(with_time, unmarked("booked_time") & (pl.col("time_state") == "empty"),
                                       mapping.booked_time, position("booked_time"), "missing_value", pl.lit("The time is empty.")))
        problems.append(_problem_frame(with_time, unmarked("booked_time") & (pl.col("time_state") == "bad"),
                                       mapping.booked_time, position("booked_time"), "bad_time",
                                       pl.format("{} is not a valid time of day (such as 09:15:03).", pl.col("raw_time"))))

    amount_roles = ("debit", "credit") if mapping.layout == "split" else ("amount",)
    for role in amount_roles:
        name = mapping.roles()[role]
        raw = rows.select(clean_text(c[role])).to_series()
        with_raw = frame.with_columns(raw_amount=raw)
        state = pl.col(f"{role}_state")
        for code, wanted, message in (
            ("bad_amount", "bad", "{} is not an amount in yuan (such as 1,234.56)."),
            ("too_many_decimals", "decimals", "{} has more than 2 decimal places."),
            ("amount_too_large", "large", "{} is too large for an amount."),
        ):
            problems.append(_problem_frame(with_raw, unmarked(role) & (state == wanted), name, position(role), code,
                                           pl.format(message, pl.col("raw_amount"))))
        if mapping.layout == "split":
            problems.append(_problem_frame(with_raw, unmarked(role) & (state == "ok") & (pl.col(f"{role}_fen") < 0),
                                           name, position(role), "negative_amount",
                                           pl.format("{} is negative; the debit and credit columns hold positive amounts.", pl.col("raw_amount"))))

    if mapping.layout == "split":
        d, cr = pl.col("debit_fen"), pl.col("credit_fen")
        d_state, c_state = pl.col("debit_state"), pl.col("credit_state")
        both_clean = unmarked("debit") & unmarked("credit") & d_state.is_in(["ok", "empty"]) & c_state.is_in(["ok", "empty"])
        d_has = (d_state == "ok") & (d != 0)
        c_has = (c_state == "ok") & (cr != 0)
        problems.append(_problem_frame(frame, both_clean & d_has & c_has, mapping.debit, position("debit"),
                                       "both_debit_and_credit", pl.lit(f"Both {mapping.debit} and {mapping.credit} hold an amount; a line has one of them.")))
        problems.append(_problem_frame(frame, both_clean & (d_state == "empty") & (c_state == "empty"), mapping.debit,
                                       position("debit"), "missing_value",
                                       pl.lit(f"Neither {mapping.debit} nor {mapping.credit} holds an amount.")))
        problems.append(_problem_frame(frame, both_clean & ~d_has & ~c_has & ((d_state == "ok") | (c_state == "ok")),
                                       mapping.debit, position("debit"), "zero_amount",
                                       pl.lit("The amount is zero; every statement line moves money.")))
        fen = pl.when(c_has).then(cr).otherwise(d)
        direction = pl.when(c_has).then(pl.lit("in")).otherwise(pl.lit("out"))
        amount_ok = both_clean & (d_has ^ c_has) & (pl.coalesce(d, 0) >= 0) & (pl.coalesce(cr, 0) >= 0)
    else:
        a, a_state = pl.col("amount_fen"), pl.col("amount_state")
        problems.append(_problem_frame(frame, unmarked("amount") & (a_state == "empty"), mapping.amount, position("amount"),
                                       "missing_value", pl.lit("The amount is empty.")))
        problems.append(_problem_frame(frame, unmarked("amount") & (a_state == "ok") & (a == 0), mapping.amount,
                                       position("amount"), "zero_amount", pl.lit("The amount is zero; every statement line moves money.")))
        if mapping.layout == "signed":
            direction = pl.when(a > 0).then(pl.lit(lookup.get("+", "in"))).otherwise(pl.lit(lookup.get("-", "out")))
            amount_ok = unmarked("amount") & (a_state == "ok") & (a != 0)
        else:
            dir_ok = unmarked("direction")
            problems.append(_problem_frame(frame, dir_ok & (pl.col("direction_text") == ""), mapping.direction,
                                           position("direction"), "missing_value", pl.lit("The direction is empty.")))
            known = ", ".join(sorted(mapping.direction_values or {"收": 1, "付": 1, "借": 1, "贷": 1}))
            problems.append(_problem_frame(frame, dir_ok & (pl.col("direction_text") != "") & pl.col("direction").is_null(),
                                           mapping.direction, position("direction"), "unknown_direction",
                                           pl.format("{} is not a direction this layout knows (" + known + ").", pl.col("direction_text"))))
            problems.append(_problem_frame(frame, unmarked("amount") & (a_state == "ok") & (a < 0) & (pl.col("direction") == "in"),
                                           mapping.amount, position("amount"), "negative_amount",
                                           pl.lit("A negative amount on an incoming (收/贷) line.")))
            direction = pl.col("direction")
            amount_ok = unmarked("amount") & (a_state == "ok") & (a != 0)
        fen = a.abs()

    # The same serial twice in one file: every later copy, naming the line of the first.
    keyed = frame.filter(ok_shape & (pl.col("serial") != "")).select("line_no", "serial")
    first = keyed.group_by("serial").agg(pl.col("line_no").min().alias("first_line"))
    dupes = keyed.join(first, on="serial").filter(pl.col("line_no") != pl.col("first_line"))
    problems.append(dupes.select(
        pl.col("line_no").alias("line"), pl.lit(position("serial"), dtype=pl.Int32).alias("position"),
        pl.lit(mapping.serial, dtype=pl.String).alias("column"), pl.lit("duplicate_serial_in_file").alias("code"),
        pl.format("Bank serial {} already appears at line {}.", pl.col("serial"), pl.col("first_line")).alias("message")))

    all_problems = pl.concat([p.with_columns(pl.col("position").cast(pl.Int32), pl.col("line").cast(pl.Int32))
                              for p in problems]).sort(["line", "position"], maintain_order=True)
    found = [Problem(int(r[0]), r[1], r[2], r[3]) for r in all_problems.select("line", "column", "code", "message").iter_rows()]
    if found:
        return frame.head(0), found
    lines = frame.with_columns(direction.alias("direction_out"), fen.alias("fen_out")).filter(amount_ok).select(
        pl.col("line_no").cast(pl.Int32),
        pl.col("serial"),
        pl.when(pl.col("order_no") == "").then(None).otherwise(pl.col("order_no")).alias("order_no"),
        pl.col("account"),
        pl.col("direction_out").alias("direction"),
        pl.col("fen_out").cast(pl.Int64).alias("amount_fen"),
        pl.col("booked_at"),
        pl.col("summary"),
    )
    return lines, []


def ok_shape_of(width: int) -> pl.Expr:
    return ~((pl.col("n_raw") < width) | (pl.col("n_used") > width))


_ROLE_WORDS = {"serial": "bank serial number", "account": "account"}


def _check_totals(totals: layout.DeclaredTotals, lines: pl.DataFrame, row_count: int, line_problems: list[Problem],
                  mapping: ColumnMapping) -> list[Problem]:
    if totals.line is None:
        return []
    problems = []
    if totals.count is not None and totals.count != row_count:
        problems.append(Problem(totals.line, None, "totals_mismatch",
                                f"The totals line states {totals.count} lines; the file has {row_count}."))
    if line_problems:
        return problems   # sums of lines that did not read say nothing
    in_fen = int(lines.filter(pl.col("direction") == "in")["amount_fen"].sum())
    out_fen = int(lines.filter(pl.col("direction") == "out")["amount_fen"].sum())
    checks = (
        (totals.in_fen, in_fen, mapping.credit, "money in"),
        (totals.out_fen, out_fen, mapping.debit, "money out"),
        (totals.net_fen, in_fen - out_fen, mapping.amount, "net amount"),
        (totals.gross_fen, in_fen + out_fen, mapping.amount, "total amount"),
    )
    for declared, actual, column, words in checks:
        if declared is not None and declared != actual:
            problems.append(Problem(totals.line, column, "totals_mismatch",
                                    f"The totals line states {words} {_yuan(declared)}; the lines add up to {_yuan(actual)}."))
    return problems


def _yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def preview_statement(data: bytes, filename: str, encoding: str | None = None, rows: int = 30) -> StatementPreview:
    """The first rows as cells, the encodings the bytes may be in, and guesses of the header row and profile.
    `data` may be only the start of the file (a cut character at the end is ignored)."""
    _check_container(data, filename)
    if _is_xlsx(data, filename):
        try:
            cells = xlsx_rows(data)
        except NotAWorkbook:
            raise _refuse(1, "not_a_statement", f"{filename} is not a readable .xlsx workbook.") from None
        head = xlsx_head(cells)
        index = layout.find_header(head.rows, None)
        header = head.rows[index][1] if index is not None else None
        return StatementPreview(XLSX, [XLSX], [r for _, r in head.rows[:rows]],
                                head.rows[index][0] if index is not None else None,
                                guess_profile(header) if header else None)
    sample = data
    cut = data.rfind(b"\n")
    if 0 < cut < len(data) - 1 and len(data) >= 4096:
        sample = data[:cut + 1]
    possible = encodings_possible(sample)
    name = canonical_encoding(encoding) if encoding else possible[0]
    text = sample.decode(name, errors="replace").removeprefix("\ufeff")
    best = None
    for separator in SEPARATORS:
        head = csv_head(text, separator, max(rows, 60))
        index = layout.find_header(head.rows, None)
        if index is not None:
            score = layout.header_matches(head.rows[index][1], None)
            if best is None or score > best[2]:
                best = (head, index, score)
    if best is None:
        head = csv_head(text, ",", rows)
        return StatementPreview(name, possible, [r for _, r in head.rows[:rows]], None, None)
    head, index, _ = best
    return StatementPreview(name, possible, [r for _, r in head.rows[:rows]], head.rows[index][0],
                            guess_profile(head.rows[index][1]))
