"""What is wrong with an uploaded file, one problem at a time: the sheet, the row, the column and the reason.

The reason is an English template of the server catalog with named values; it is put in the reader's language
only when the answer is written (`as_dict`), as every server sentence is."""

from dataclasses import dataclass, field

from server.errors import ValidationFailed
from server.golive.columns import Column, Sheet
from server.messages import _, render

MAX_PROBLEMS_LISTED = 10_000  # a file bad on every row still gets an answer of sensible size


@dataclass(frozen=True)
class Problem:
    sheet: Sheet | None    # None: the file as a whole
    row: int               # the workbook's row number (1 is the header; 0 the sheet or file as a whole)
    column: Column | None  # None: the whole row
    code: str
    reason: str            # a catalog template
    params: dict = field(default_factory=dict)
    file: str = ""         # the CSV file the sheet came in (a .zip of CSV files): named instead of the sheet

    def as_dict(self, language: str) -> dict:
        english = language == "en"
        return {"sheet": self.file or ("" if self.sheet is None else (self.sheet.en if english else self.sheet.zh)),
                "row": self.row,
                "column": "" if self.column is None else (self.column.en if english else self.column.zh),
                "code": self.code, "params": {k: str(v) for k, v in self.params.items()},
                "reason": render(self.reason, language, self.params)}


class Problems:
    """The problems of one file, gathered while every sheet is checked (nothing stops at the first)."""

    def __init__(self):
        self.found: list[Problem] = []
        self.files: dict[str, str] = {}  # sheet key -> the CSV file it came in (row numbers are then its lines)

    def add(self, sheet, row, column, code, reason, /, **params) -> None:
        file = self.files.get(sheet.key, "") if sheet is not None else ""
        self.found.append(Problem(sheet, row, column, code, reason, params, file))

    def __bool__(self) -> bool:
        return bool(self.found)

    def __len__(self) -> int:
        return len(self.found)

    def listed(self, language: str) -> list[dict]:
        return [p.as_dict(language) for p in self.found[:MAX_PROBLEMS_LISTED]]


class ImportRefused(ValidationFailed):
    """422 import_refused: the file was not imported; every problem (sheet, row, column, reason) in
    `extra["problems"]`, in the request's language once `speak` is called."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__(_("The file was not imported: {count} problem(s); nothing was stored."),
                         code="import_refused", params={"count": len(problems)},
                         problems=problems.listed("en"), problem_count=len(problems))

    def speak(self, language: str) -> "ImportRefused":
        self.extra["problems"] = self.problems.listed(language)
        return self
