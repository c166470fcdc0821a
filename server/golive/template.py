"""The empty workbook of a template kind: a 说明 (instructions) sheet describing every column in Chinese and
English, then one sheet per kind of row with its headers, one example row, and Excel's data validation where
Excel has one (lists of choices, dates, amounts, text lengths). The same writer fills the export."""

import csv
import io
import zipfile
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from server.golive.columns import (CHOICE, DATE, DIGITS, INTEGER, KIND_NAMES, KINDS, PERCENT, TEXT, YES_NO, YUAN, Column,
                                   Sheet)

INSTRUCTIONS = "说明"
EXAMPLE_NOTE_ZH = "第2行是示例，导入前请删除或覆盖。"
VALIDATED_ROWS = 1_048_576  # the whole sheet: Excel applies a validation range lazily
_BOLD = Font(bold=True)
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_OPTIONAL_FILL = PatternFill("solid", fgColor="E2EFDA")


def _instructions(book: Workbook, kind: str) -> None:
    sheet = book.active
    sheet.title = INSTRUCTIONS
    zh, en = KIND_NAMES[kind]
    sheet.append([f"上线数据导入模板：{zh}", f"Go-live import template: {en}"])
    sheet.append(["先“试导入”查看全部问题，再“导入”：全部成功或全部不导入；同一文件只能导入一次。",
                  "Try it first (dry run) to see every problem, then import: all rows or none; a file imports once."])
    sheet.append(["金额以元填写，最多两位小数；日期为YYYY-MM-DD；身份证号、银行卡号等长数字请设为文本格式。",
                  "Amounts in yuan with at most two decimals; dates as YYYY-MM-DD; long numbers (ID, card) as text."])
    sheet.append([EXAMPLE_NOTE_ZH, "Row 2 of each sheet is an example: delete or overwrite it before importing."])
    sheet.append([])
    sheet.append(["工作表 (Sheet)", "列 (Column)", "必填 (Required)", "格式 (Format)", "格式说明 (Format, English)",
                  "示例 (Example)"])
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD
    for data_sheet in KINDS[kind]:
        for column in data_sheet.columns:
            sheet.append([f"{data_sheet.zh} ({data_sheet.en})", column.header,
                          "必填 (required)" if column.required else "选填 (optional)", column.format_zh,
                          column.format_en, column.example])
    for letter, width in zip("ABCDEF", (22, 34, 16, 48, 60, 24)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A7"


def _validation(column: Column) -> DataValidation | None:
    """Excel's own check of a column, where Excel has one (the import checks everything again)."""
    prompt = f"{column.format_zh}\n{column.format_en}"[:255]
    if column.kind in (CHOICE, YES_NO):
        rule = DataValidation(type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True)
    elif column.kind == DATE:
        rule = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(2100,12,31)",
                              allow_blank=True)
    elif column.kind == YUAN:
        rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    elif column.kind == PERCENT:
        rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
    elif column.kind == INTEGER:
        rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1", allow_blank=True)
    elif column.kind in (TEXT, DIGITS) and column.max_length:
        rule = DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(column.max_length),
                              allow_blank=True)
    else:
        return None
    rule.error, rule.errorTitle = prompt[:225], column.zh[:32]
    rule.prompt, rule.promptTitle = prompt, column.zh[:32]
    rule.showErrorMessage = rule.showInputMessage = True
    return rule


def _data_sheet(book: Workbook, data_sheet: Sheet, rows: Iterable[list] | None) -> None:
    sheet = book.create_sheet(data_sheet.zh)
    sheet.append([c.header for c in data_sheet.columns])
    for index, column in enumerate(data_sheet.columns, start=1):
        letter = get_column_letter(index)
        head = sheet.cell(row=1, column=index)
        head.font, head.fill = _BOLD, _REQUIRED_FILL if column.required else _OPTIONAL_FILL
        sheet.column_dimensions[letter].width = max(14, len(column.header) + 4)
        if column.kind in (TEXT, DIGITS):
            # Text format, so that Excel keeps an ID or card number's every digit and its leading zeros.
            sheet.column_dimensions[letter].number_format = "@"
        rule = _validation(column)
        if rule is not None:
            rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"
    if rows is None:  # the empty template: one example row
        sheet.append([c.example for c in data_sheet.columns])
        return
    for row in rows:
        sheet.append(row)


def workbook_bytes(kind: str, rows_by_sheet: dict[str, Iterable[list]] | None = None) -> bytes:
    """The template of `kind` as .xlsx bytes: empty (one example row per sheet) or, for an export, filled with
    `rows_by_sheet` (sheet key -> rows of cell texts in the columns' order)."""
    book = Workbook(write_only=False)
    _instructions(book, kind)
    for data_sheet in KINDS[kind]:
        _data_sheet(book, data_sheet, None if rows_by_sheet is None else rows_by_sheet.get(data_sheet.key, []))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SHEET_ROWS = 1_048_576  # what an Excel worksheet holds, its header among them


def csv_zip_bytes(kind: str, rows_by_sheet: dict[str, Iterable[list]]) -> bytes:
    """The template of `kind` as a .zip of CSV files, for a kind with more rows than a worksheet holds: one file
    per sheet named after it (借款.csv), UTF-8 with a BOM (so that Excel opens it as such), the same headers."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for data_sheet in KINDS[kind]:
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow([c.header for c in data_sheet.columns])
            writer.writerows(rows_by_sheet.get(data_sheet.key, []))
            archive.writestr(f"{data_sheet.zh}.csv", "\ufeff" + text.getvalue())
    return out.getvalue()
