"""The rows of a statement file as cells, before any meaning: CSV text (fast, through polars) or an xlsx sheet.

A body frame has one row per physical line after the header row: `line_no` (1-based line in the file),
`c0`..`c{n-1}` (the cells under the header's n columns, "" when empty), `n_raw` (fields on the line),
`n_used` (fields up to the last non-empty one), `blank` and `raw` (the line's text, for totals and footers).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

import polars as pl

HEAD_LINES = 60          # the column row is looked for in this many lines at the top of the file
SEPARATORS = (",", "\t", "|", ";")
_QUOTED = r'"(?:[^"]|"")*"'


@dataclass
class Head:
    rows: list[tuple[int, list[str]]]   # (line number, cells) of the first lines, blank lines included


def csv_head(text: str, separator: str, lines: int = HEAD_LINES) -> Head:
    physical = text[:_offset_after_line(text, lines)].split("\n")[:lines]
    rows = []
    for number, line in enumerate(physical, start=1):
        try:
            cells = next(csv.reader([line.rstrip("\r")], delimiter=separator), [])
        except csv.Error:
            cells = line.rstrip("\r").split(separator)
        rows.append((number, [c.strip() for c in cells]))
    return Head(rows)


def _offset_after_line(text: str, line_no: int) -> int:
    offset = 0
    for _ in range(line_no):
        found = text.find("\n", offset)
        if found < 0:
            return len(text)
        offset = found + 1
    return offset


def _empty_body(width: int) -> pl.DataFrame:
    columns = {"line_no": pl.Series([], dtype=pl.Int32)}
    columns |= {f"c{i}": pl.Series([], dtype=pl.String) for i in range(width)}
    columns |= {"n_raw": pl.Series([], dtype=pl.Int32), "n_used": pl.Series([], dtype=pl.Int32),
                "blank": pl.Series([], dtype=pl.Boolean), "raw": pl.Series([], dtype=pl.String)}
    return pl.DataFrame(columns)


def csv_body(utf8: bytes, header_line: int, separator: str, width: int) -> pl.DataFrame:
    """Lines after the header row as cells, from the file's text encoded as UTF-8. Polars reads the cells and,
    separately, each physical line whole; when both agree on the number of rows (no quoted line breaks) row i
    is line header_line + 1 + i. Otherwise the standard csv module reads it, slower, tracking line numbers."""
    if b"\x1f" not in utf8:
        frame = _csv_body_polars(utf8, header_line, separator, width)
        if frame is not None:
            return frame
    text = utf8.decode("utf-8")
    body = text[_offset_after_line(text, header_line):]
    if not body.strip():
        return _empty_body(width)
    return _csv_body_python(body, header_line, separator, width)


def csv_body_block(utf8: bytes, separator: str, width: int) -> pl.DataFrame | None:
    """A block of a file's body lines as a body frame (its lines numbered from 2): `utf8` is the header row, then
    the block's lines. None when polars cannot read the block line for line (a quoted value running over its
    end, quoted line breaks)."""
    return _csv_body_polars(utf8, 1, separator, width)


def _csv_body_polars(data: bytes, header_line: int, separator: str, width: int) -> pl.DataFrame | None:
    names = [f"c{i}" for i in range(width)]
    try:
        cells = pl.read_csv(data, has_header=True, skip_lines=header_line - 1, separator=separator, infer_schema=False,
                            truncate_ragged_lines=True, raise_if_empty=False, quote_char='"')
        lines = pl.read_csv(data, has_header=False, skip_lines=header_line, separator="\x1f", quote_char=None,
                            infer_schema=False, new_columns=["raw"], truncate_ragged_lines=True, raise_if_empty=False)
    except pl.exceptions.PolarsError:
        return None
    if lines.width == 0 or lines.height == 0:
        return _empty_body(width)
    if cells.height != lines.height or cells.width < width:
        return None
    cells.columns = [f"c{i}" for i in range(cells.width)]
    cells = cells.select(names)
    # Separators inside quoted values are not field breaks: the cells hold exactly those. Counted only on the
    # lines with a quote (few), not in every cell of every line.
    frame = pl.concat([cells, lines], how="horizontal")
    quoted = frame["raw"].str.contains('"', literal=True).fill_null(False)
    inside = pl.zeros(frame.height, dtype=pl.Int32, eager=True)
    if quoted.any():
        counts = frame.filter(quoted).select(pl.sum_horizontal(
            [pl.col(n).str.count_matches(separator, literal=True).fill_null(0) for n in names]).cast(pl.Int32))
        inside = inside.scatter(quoted.arg_true(), counts.to_series())
    frame = frame.with_columns(inside.alias("_quoted_separators"))
    # A line without quotes is as long as its cells and the separators between them exactly when it has as many
    # fields as the header (more fields make it longer, fewer shorter): lengths are read, not the text searched.
    # Only the other lines have their separators counted.
    fits = ((pl.sum_horizontal([pl.col(n).str.len_bytes().fill_null(0) for n in names]) + (width - 1)
             == pl.col("raw").str.len_bytes()).fill_null(False) if names else pl.lit(False))
    counted = frame.select((pl.lit(quoted) | ~fits).alias("counted"))["counted"]
    n_raw = pl.Series("n_raw", [], pl.Int32).extend_constant(width, frame.height)
    if counted.any():
        n_raw = n_raw.scatter(counted.arg_true(), frame.filter(counted).select(
            (pl.col("raw").str.count_matches(separator, literal=True).fill_null(0) + 1
             - pl.col("_quoted_separators")).cast(pl.Int32)).to_series())
    quoted_separators = pl.col("_quoted_separators")
    frame = frame.with_columns(
        pl.int_range(header_line + 1, header_line + 1 + cells.height, dtype=pl.Int32).alias("line_no"),
        n_raw.alias("n_raw"),
        (pl.col("raw").is_null() | pl.col("raw").str.contains(f"^[\\s{re.escape(separator)}]*$")).alias("blank"),
        *[pl.col(n).fill_null("") for n in names],
    )
    # Fields up to the last non-empty one matter only on lines with more fields than the header (rare).
    if (frame["n_raw"] > width).any():
        used = (pl.col("raw").str.strip_chars_end(separator + " \t\r").str.count_matches(separator, literal=True)
                + 1 - quoted_separators)
        frame = frame.with_columns(pl.when(pl.col("n_raw") > width).then(used).otherwise(pl.col("n_raw"))
                                   .cast(pl.Int32).alias("n_used"))
    else:
        frame = frame.with_columns(pl.col("n_raw").alias("n_used"))
    return frame.select("line_no", *names, "n_raw", "n_used", "blank", "raw")


def _csv_body_python(body: str, header_line: int, separator: str, width: int) -> pl.DataFrame:
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator)
    numbers, rows, raws = [], [], []
    start = header_line + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row = ["\ufffd"]
        numbers.append(start)
        rows.append(row)
        raws.append(separator.join(row))
        start = header_line + 1 + reader.line_num
    return _frame_from_rows(numbers, rows, raws, width, short_rows_count=True)


def _frame_from_rows(numbers, rows, raws, width, short_rows_count: bool) -> pl.DataFrame:
    columns = [[] for _ in range(width)]
    n_raw, n_used, blank = [], [], []
    for row in rows:
        row = [(c or "").strip() if isinstance(c, str) else c for c in row]
        used = len(row)
        while used and not row[used - 1]:
            used -= 1
        for i in range(width):
            columns[i].append(row[i] if i < len(row) else "")
        n_raw.append(len(row) if short_rows_count else max(len(row), width))
        n_used.append(used)
        blank.append(used == 0)
    data = {"line_no": pl.Series(numbers, dtype=pl.Int32)}
    data |= {f"c{i}": pl.Series(columns[i], dtype=pl.String) for i in range(width)}
    data |= {"n_raw": pl.Series(n_raw, dtype=pl.Int32), "n_used": pl.Series(n_used, dtype=pl.Int32),
             "blank": pl.Series(blank, dtype=pl.Boolean), "raw": pl.Series(raws, dtype=pl.String)}
    return pl.DataFrame(data)


class NotAWorkbook(Exception):
    pass


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        # Excel keeps numbers as floats; a whole one (a serial, an account) reads without ".0", and a
        # fraction reads in its shortest form, which is what the cell's XML holds.
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    text = str(value).strip()
    return _OOXML_ESCAPE.sub(_unescape, text) if "_x" in text else text


# How Office writes a character XML cannot hold (a control character) in a cell: _x0000_ is NUL. openpyxl
# leaves these as written; read as the characters they stand for, the reader refuses a NUL like a CSV's.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(found: re.Match) -> str:
    return chr(int(found.group(1), 16))


def xlsx_rows(data: bytes, limit: int | None = None) -> list[list[str]]:
    """The first sheet's rows as text cells, row 1 first (empty rows included, so index + 1 is the row number);
    only the first `limit` rows when given (a preview)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, TypeError) as error:
        raise NotAWorkbook(str(error)) from error
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        rows = []
        for values in sheet.iter_rows(min_row=1, max_row=limit, values_only=True):
            cells = [_cell_text(v) for v in values]
            while cells and cells[-1] == "":
                cells.pop()
            rows.append(cells)
        return rows
    finally:
        book.close()


def xlsx_head(rows: list[list[str]], lines: int = HEAD_LINES) -> Head:
    return Head([(i + 1, row) for i, row in enumerate(rows[:lines])])


def xlsx_body(rows: list[list[str]], header_line: int, width: int) -> pl.DataFrame:
    body = rows[header_line:]
    if not body:
        return _empty_body(width)
    numbers = list(range(header_line + 1, header_line + 1 + len(body)))
    raws = [",".join(r) for r in body]
    return _frame_from_rows(numbers, body, raws, width, short_rows_count=False)
