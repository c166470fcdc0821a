"""What goes over the wire for reconciliation. Money is integer fen; times are UTC; days are
YYYY-MM-DD business days in Asia/Shanghai."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from server.wire import Page, StrictId, Version

Side = Literal["ledger", "bank"]
Direction = Literal["in", "out"]
ItemId = StrictId
Note = Annotated[str, Field(max_length=500)]
Header = Annotated[str, Field(min_length=1, max_length=100)]


class MappingIn(BaseModel):
    """A bank's columns, by the header texts of its file (None where the file has no such column).
    Amounts come either from one `amount` column with a `direction` column, or from `debit` and
    `credit` columns; `direction_values` says how the direction column reads, e.g. {"贷": "in", "借": "out"}."""

    serial: Header
    order_no: Header | None = None
    account: Header
    amount: Header | None = None
    debit: Header | None = None
    credit: Header | None = None
    direction: Header | None = None
    booked_at: Header
    booked_time: Header | None = None
    summary: Header | None = None
    direction_values: dict[Annotated[str, Field(min_length=1, max_length=20)], Direction] = Field(
        default_factory=dict, max_length=20)


class ProfileOut(BaseModel):
    name: str
    builtin: bool
    mapping: MappingIn


class ProfileSave(BaseModel):
    mapping: MappingIn


class GuessedField(BaseModel):
    field: Literal["serial", "order_no", "account", "amount", "debit", "credit", "direction", "booked_at",
                   "booked_time", "summary"]
    column: str
    certainty: Literal["exact", "partial"] = Field(description="exact: the header is one of the field's words "
                                                              "(交易金额, 发生额 …); partial: it contains one")


class MappingGuessOut(BaseModel):
    """The column mapping guessed from the header's words, for the clerk to confirm."""

    fields: list[GuessedField]
    missing: list[Literal["serial", "account", "booked_at", "amount"]] = Field(
        description="required fields no column was found for (amount: neither an amount nor debit and credit)")
    complete: bool


class PreviewOut(BaseModel):
    encoding: str
    encodings_possible: list[str]
    rows: list[list[str]]
    header_line: int | None
    profile_guess: str | None
    mapping_guess: MappingGuessOut | None = None


class StatementOut(BaseModel):
    id: int
    day: date
    filename: str
    sha256: str
    encoding: str
    profile: str | None
    line_count: int
    in_fen: int
    out_fen: int
    reported_balance_fen: int | None
    imported_by: str
    imported_by_name: str | None = Field(None, description="the staff member's name")
    imported_at: datetime
    withdrawn_at: datetime | None = Field(None, description="set when a finance manager withdrew the statement: "
                                                            "its lines left the day")
    withdrawn_by: str | None = None
    withdrawn_by_name: str | None = None
    withdraw_reason: str | None = None


class SideFigures(BaseModel):
    count: int
    amount_fen: int


class CategoryFigures(BaseModel):
    ledger: SideFigures
    bank: SideFigures


class BalanceOut(BaseModel):
    ledger_customers_fen: int | None = Field(description="customers' total in the ledger at the day's end, "
                                                         "taken at the last run")
    custodian_reported_fen: int | None = Field(description="the custodian's reported total, when its statement states it")
    difference_fen: int | None = Field(description="reported minus ledger")


class DayOut(BaseModel):
    day: date
    status: Literal["not_started", "open", "reconciled", "closed"]
    version: int = Field(description="0 for a day never touched")
    statements: list[StatementOut]
    run_at: datetime | None
    summary: dict[str, CategoryFigures]
    balance: BalanceOut
    open_count: int
    open_amount_fen: int
    pending_proposals: int
    closed_by: str | None
    closed_by_name: str | None = None
    closed_at: datetime | None


class CalendarDay(BaseModel):
    day: date
    status: Literal["not_started", "open", "reconciled", "closed"]
    statements: int
    open_count: int
    open_amount_fen: int


class ItemOut(BaseModel):
    id: int
    side: Side
    category: str | None = Field(description="null until the day is run")
    state: Literal["open", "matched", "timing", "proposed", "adjusted"]
    reference: str | None
    serial: str | None = Field(description="the bank's serial; for a ledger item its transfer id")
    account: str
    direction: Direction
    amount_fen: int
    at: datetime
    match_pass: str | None = Field(description="exact | window | many_to_one | manual")
    group_id: int | None
    counterpart_ids: list[int]
    note: str | None
    line_no: int | None = Field(None, description="bank lines: the line in the statement file")
    summary: str | None = Field(None, description="bank lines: the statement's summary text")
    carried_from_day: date | None = Field(None, description="a ledger item carried from the day before as timing")


ItemPage = Page[ItemOut]


class ManualMatch(BaseModel):
    ledger_ids: list[ItemId] = Field(min_length=1, max_length=50)
    bank_ids: list[ItemId] = Field(min_length=1, max_length=50)
    note: Note = ""


class ItemRef(BaseModel):
    side: Side
    id: ItemId


class TimingMark(BaseModel):
    items: list[ItemRef] = Field(min_length=1, max_length=200)
    note: Note = ""


class ProposalIn(BaseModel):
    items: list[ItemRef] = Field(min_length=1, max_length=50)
    reason: Annotated[str, Field(min_length=1, max_length=500)]


class ProposalOut(BaseModel):
    id: int
    day: date
    state: Literal["pending", "approved", "rejected"]
    amount_fen: int
    direction: Direction = Field(description="in: the bank holds more than the books (clearing is debited); "
                                             "out: less (clearing is credited)")
    items: list[ItemRef]
    reason: str
    proposed_by: str
    proposed_by_name: str | None = Field(None, description="the staff member's name")
    proposed_at: datetime
    decided_by: str | None
    decided_by_name: str | None = None
    decided_at: datetime | None
    decision_reason: str | None
    transfer_id: str | None
    version: int


class ApproveIn(BaseModel):
    version: Version


class RejectIn(BaseModel):
    version: Version
    reason: Annotated[str, Field(min_length=1, max_length=500)]


class WithdrawIn(BaseModel):
    reason: Annotated[str, Field(min_length=1, max_length=500)]


class CloseIn(BaseModel):
    version: Version
