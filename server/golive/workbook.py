"""An uploaded workbook read into rows of cell texts, by template sheet.

Cells become text the way a person typed them: a whole number Excel stored as a float loses its ".0", a date
cell becomes YYYY-MM-DD. Headers are matched by their Chinese or English words (with or without the other
language in brackets), so a column may move or a platform may write English headers. Sheets the templates do
not know (the 说明 sheet among them) are skipped.

A kind with more rows than a worksheet holds (1,048,576) comes as a .zip of CSV files instead: one per sheet, named
after it (还款计划.csv, or Schedules.csv), UTF-8 with or without a BOM, the same headers in the first line. Its
problems are named by the file's name and line (`Problems.files`)."""

import csv
import io
import re
import zipfile
from pathlib import PurePosixPath
from dataclasses import dataclass
from datetime import date, datetime

from server.golive.columns import SHEETS, Sheet
from server.golive.problems import Problems
from server.messages import _

_BRACKETS = re.compile(r"[（(].*?[)）]")


@dataclass
class SheetRows:
    sheet: Sheet
    rows: list[tuple[int, dict[str, str]]]  # (row number in the workbook, column key -> text)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _header_key(sheet: Sheet, text: str) -> str | None:
    text = text.strip()
    bare = _BRACKETS.sub("", text).strip().lower()
    for column in sheet.columns:
        if text == column.header or bare in (column.zh.lower(), column.en.lower()) or text.lower() == column.en.lower():
            return column.key
    return None


def _header(sheet: Sheet, header: list[str], problems: Problems) -> list[str | None]:
    """The column key of each header cell; unknown and missing headers go to `problems`."""
    keys = [_header_key(sheet, text) if text else None for text in header]
    for position, text in enumerate(header):
        if text and keys[position] is None:
            problems.add(sheet, 1, None, "column_unknown", _("The column “{header}” is not one of this sheet's."),
                         header=text)
    for column in sheet.columns:
        if column.required and column.key not in keys:
            problems.add(sheet, 1, column, "column_missing", _("The sheet has no column “{header}”."),
                         header=column.header)
    return keys


def read_file(data: bytes, problems: Problems) -> list[SheetRows]:
    """An .xlsx workbook, or a .zip of CSV files (one per sheet): the template sheets found, rows keyed by column."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                if "[Content_Types].xml" not in names and any(n.lower().endswith(".csv") for n in names):
                    return _read_csv_zip(archive, problems)
        except zipfile.BadZipFile:
            pass  # openpyxl says so below, in the words every unreadable file gets
    return read_workbook(data, problems)


def _read_csv_zip(archive: zipfile.ZipFile, problems: Problems) -> list[SheetRows]:
    by_word = {}
    for sheet in SHEETS.values():
        for word in (sheet.zh, sheet.en, sheet.key):
            by_word[word.lower()] = sheet
    found = []
    for name in archive.namelist():
        path = PurePosixPath(name)
        if name.endswith("/") or path.suffix.lower() != ".csv" or path.name.startswith("."):
            continue
        sheet = by_word.get(path.stem.strip().lower())
        if sheet is None:
            problems.add(None, 0, None, "csv_file_unknown",
                         _("The file “{file}” is named after none of the templates' sheets."), file=path.name)
            continue
        problems.files[sheet.key] = path.name
        raw = archive.read(name)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            problems.add(sheet, 0, None, "csv_not_utf8", _("The file is not UTF-8 text."))
            continue
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = [h.strip() for h in next(reader, [])]
            keys = _header(sheet, header, problems)
            wanted = [(position, key) for position, key in enumerate(keys) if key]
            width, every_column_known = len(keys), all(keys)
            sheet_rows = []
            line = reader.line_num + 1
            for cells in reader:
                if every_column_known and len(cells) == width:  # the usual line: built in C, not cell by cell
                    texts = dict(zip(keys, map(str.strip, cells)))
                else:
                    texts = {key: cells[position].strip() for position, key in wanted if position < len(cells)}
                if any(texts.values()):
                    sheet_rows.append((line, texts))
                line = reader.line_num + 1
        except csv.Error:
            problems.add(sheet, reader.line_num, None, "csv_unreadable",
                         _("The line is not valid CSV (a quote is not closed)."))
            continue
        found.append(SheetRows(sheet, sheet_rows))
    if not found and not problems:
        problems.add(None, 0, None, "no_template_sheet",
                     _("The archive has no CSV file named after a template's sheet (such as 借款.csv)."))
    return found


def read_workbook(data: bytes, problems: Problems) -> list[SheetRows]:
    """The template sheets found in the file, their rows keyed by column; unreadable files and unknown or
    missing headers go to `problems`."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever a damaged or foreign file raises inside openpyxl: unreadable
        problems.add(None, 0, None, "file_unreadable",
                     _("The file is neither an Excel workbook (.xlsx) nor a .zip of CSV files that can be read."))
        return []
    found = []
    try:
        for worksheet in book.worksheets:
            sheet = SHEETS.get(worksheet.title.strip())
            if sheet is None:
                continue
            rows = worksheet.iter_rows(values_only=True)
            keys = _header(sheet, [cell_text(h) for h in next(rows, None) or ()], problems)
            sheet_rows = []
            for number, values in enumerate(rows, start=2):
                texts = {key: cell_text(v) for key, v in zip(keys, values) if key}
                if any(texts.values()):
                    sheet_rows.append((number, texts))
            found.append(SheetRows(sheet, sheet_rows))
    finally:
        book.close()
    if not found:
        problems.add(None, 0, None, "no_template_sheet",
                     _("The workbook has none of the templates' sheets; download a template and fill it."))
    return found
