"""What can be wrong with a statement file: a problem per line and field, and the refusal that lists them all."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.messages import _, render

# Stable codes, each with a general sentence of the catalog (a problem's own message names the value).
CODES: dict[str, str] = {
    "empty_file": _("The file is empty."),
    "not_a_statement": _("The file is not a statement this reader understands (a CSV file or an Excel workbook)."),
    "image_file": _("The file is an image, not a statement."),
    "pdf_file": _("The file is a PDF document, not a statement."),
    "archive_file": _("The file is an archive or an Office document other than an Excel workbook, not a statement."),
    "executable_file": _("The file is a program, not a statement."),
    "old_excel_file": _("The file is an old Excel workbook (.xls); save it in Excel as a current workbook or as CSV and import that."),
    "undecodable": _("Bytes that are not valid text in the chosen encoding."),
    "unknown_encoding": _("The encoding asked for is not one this reader knows."),
    "mixed_encoding": _("A line is in another encoding than the rest of the file (UTF-8 inside a GBK file)."),
    "garbled_text": _("A field holds characters no bank writes (private-use or replacement characters)."),
    "nul_character": _("A field holds a NUL byte."),
    "no_header": _("No column header row was found."),
    "missing_column": _("The header row lacks a column the mapping needs."),
    "duplicate_column": _("Two header columns have the same name."),
    "wrong_column_count": _("The line has another number of fields than the header row."),
    "missing_value": _("A required field is empty."),
    "bad_amount": _("The amount is not a number."),
    "too_many_decimals": _("The amount has more than 2 decimal places."),
    "zero_amount": _("The amount is zero; every line must move money."),
    "amount_too_large": _("The amount is too large."),
    "both_debit_and_credit": _("Both the debit and the credit column hold an amount."),
    "negative_amount": _("A negative amount where the layout expects a positive one."),
    "unknown_direction": _("The direction value is not one the mapping knows."),
    "bad_date": _("The date (or date and time) is not a valid date."),
    "bad_time": _("The time is not a valid time of day."),
    "outside_day": _("The line is dated outside the day the statement is imported for."),
    "duplicate_serial_in_file": _("The same bank serial number appears twice in the file."),
    "totals_mismatch": _("The file's totals line disagrees with its lines."),
    "data_after_totals": _("Lines follow the totals line."),
    "no_lines": _("The file has a header but no statement lines."),
}


@dataclass(frozen=True)
class Problem:
    line: int            # 1-based line number in the file (row number for a workbook)
    column: str | None   # the header text of the field, None when the problem is the whole line or file
    code: str            # one of CODES
    message: str         # an English template of the catalog naming the value and what is wrong with it
    params: dict = field(default_factory=dict)  # the template's named values

    def sentence(self, language: str = "en") -> str:
        """The problem in `language` (zh_CN, en), its values filled (a `Word` value in that language too)."""
        return render(self.message, language, self.params)

    def as_dict(self, language: str = "en") -> dict:
        """The problem as an answer carries it: code and params for programs, the sentence for people."""
        return {"line": self.line, "column": self.column, "code": self.code, "params": self.params,
                "message": self.sentence(language)}


class StatementRefused(Exception):
    """The file is refused whole; `problems` holds every problem found, sorted by line."""

    def __init__(self, problems: list[Problem]):
        # Stable sort: within a line the reader already lists problems in column order.
        self.problems = sorted(problems, key=lambda p: p.line)
        first = self.problems[0] if self.problems else None
        summary = f"{len(self.problems)} problem(s)"
        if first is not None:
            summary += f"; first at line {first.line}: {first.sentence()}"
        super().__init__(f"Statement refused: {summary}")
