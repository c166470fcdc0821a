"""An uploaded workbook read into rows of cell texts, by template sheet.

Cells become text the way a person typed them: a whole number Excel stored as a float loses its ".0", a date
cell becomes YYYY-MM-DD. Headers are matched by their Chinese or English words (with or without the other
language in brackets), so a column may move or a platform may write English headers. Sheets the templates do
not know (the 说明 sheet among them) are skipped."""

import io
import re
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


def read_workbook(data: bytes, problems: Problems) -> list[SheetRows]:
    """The template sheets found in the file, their rows keyed by column; unreadable files and unknown or
    missing headers go to `problems`."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever a damaged or foreign file raises inside openpyxl: unreadable
        problems.add(None, 0, None, "file_unreadable", _("The file is not an Excel workbook (.xlsx) that can be read."))
        return []
    found = []
    try:
        for worksheet in book.worksheets:
            sheet = SHEETS.get(worksheet.title.strip())
            if sheet is None:
                continue
            rows = worksheet.iter_rows(values_only=True)
            header = next(rows, None) or ()
            keys = [_header_key(sheet, cell_text(h)) if cell_text(h) else None for h in header]
            for position, text in enumerate(header):
                if cell_text(text) and keys[position] is None:
                    problems.add(sheet, 1, None, "column_unknown", _("The column “{header}” is not one of this sheet's."),
                                 header=cell_text(text))
            for column in sheet.columns:
                if column.required and column.key not in keys:
                    problems.add(sheet, 1, column, "column_missing", _("The sheet has no column “{header}”."),
                                 header=column.header)
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
