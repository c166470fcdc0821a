"""What can be wrong with a statement file: a problem per line and field, and the refusal that lists them all."""

from __future__ import annotations

from dataclasses import dataclass

# Stable codes (the client translates them; the English text is for logs and API readers).
CODES: dict[str, str] = {
    "empty_file": "The file is empty.",
    "not_a_statement": "The file is not a statement this reader understands (CSV or .xlsx workbook).",
    "image_file": "The file is an image, not a statement.",
    "pdf_file": "The file is a PDF document, not a statement.",
    "archive_file": "The file is an archive or an Office document other than an .xlsx workbook, not a statement.",
    "executable_file": "The file is a program, not a statement.",
    "old_excel_file": "The file is an old Excel .xls workbook; save it as .xlsx or CSV and import that.",
    "undecodable": "Bytes that are not valid text in the chosen encoding.",
    "unknown_encoding": "The encoding asked for is not one this reader knows.",
    "mixed_encoding": "A line is in another encoding than the rest of the file (UTF-8 inside a GBK file).",
    "garbled_text": "A field holds characters no bank writes (private-use or replacement characters).",
    "nul_character": "A field holds a NUL byte.",
    "no_header": "No column header row was found.",
    "missing_column": "The header row lacks a column the mapping needs.",
    "duplicate_column": "Two header columns have the same name.",
    "wrong_column_count": "The line has another number of fields than the header row.",
    "missing_value": "A required field is empty.",
    "bad_amount": "The amount is not a number.",
    "too_many_decimals": "The amount has more than 2 decimal places.",
    "zero_amount": "The amount is zero; every line must move money.",
    "amount_too_large": "The amount is too large.",
    "both_debit_and_credit": "Both the debit and the credit column hold an amount.",
    "negative_amount": "A negative amount where the layout expects a positive one.",
    "unknown_direction": "The direction value is not one the mapping knows.",
    "bad_date": "The date (or date and time) is not a valid date.",
    "bad_time": "The time is not a valid time of day.",
    "outside_day": "The line is dated outside the day the statement is imported for.",
    "duplicate_serial_in_file": "The same bank serial number appears twice in the file.",
    "totals_mismatch": "The file's totals line disagrees with its lines.",
    "data_after_totals": "Lines follow the totals line.",
    "no_lines": "The file has a header but no statement lines.",
}


@dataclass(frozen=True)
class Problem:
    line: int            # 1-based line number in the file (row number for a workbook)
    column: str | None   # the header text of the field, None when the problem is the whole line or file
    code: str            # one of CODES
    message: str         # English sentence naming the value and what is wrong with it

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "code": self.code, "message": self.message}


class StatementRefused(Exception):
    """The file is refused whole; `problems` holds every problem found, sorted by line."""

    def __init__(self, problems: list[Problem]):
        # Stable sort: within a line the reader already lists problems in column order.
        self.problems = sorted(problems, key=lambda p: p.line)
        first = self.problems[0] if self.problems else None
        summary = f"{len(self.problems)} problem(s)"
        if first is not None:
            summary += f"; first at line {first.line}: {first.message}"
        super().__init__(f"Statement refused: {summary}")
