"""What the go-live import answers over the wire."""

from datetime import datetime

from pydantic import BaseModel


class ProblemOut(BaseModel):
    sheet: str   # the sheet's name in the request's language ("" for the file as a whole)
    row: int     # the workbook's row (1 the header; 0 the sheet or file as a whole)
    column: str  # the column's name in the request's language ("" for the whole row)
    code: str
    params: dict[str, str]
    reason: str  # the sentence, in the request's language


class ImportOut(BaseModel):
    dry_run: bool
    imported: bool
    sha256: str
    totals: dict[str, int]  # rows by kind: persons, companies, cards, staff …
    problem_count: int
    problems: list[ProblemOut]


class RunOut(BaseModel):
    id: int
    sha256: str
    filename: str
    totals: dict[str, int]
    imported_by: str
    imported_at: datetime


class KindOut(BaseModel):
    kind: str
    label_zh: str
    label_en: str
    sheets: list[str]
