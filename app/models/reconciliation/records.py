"""Reconciliation (对账) as the console reads it: days, their statements and figures, the lines of either side,
the adjusting-entry proposals, and what the import wizard needs (profiles, previews, problems). Typed
records, never raw JSON; money in int fen, times in UTC (the views show them in Asia/Shanghai)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

DAY_STATUSES = ("not_started", "open", "reconciled", "closed")
CATEGORIES = ("matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate")
SIDES = ("ledger", "bank")
ITEM_STATES = ("open", "matched", "timing", "proposed", "adjusted")
PROPOSAL_STATES = ("pending", "approved", "rejected")
MAPPING_FIELDS = ("serial", "order_no", "account", "amount", "debit", "credit", "direction", "booked_at",
                  "booked_time", "summary")
REQUIRED_MAPPING_FIELDS = ("serial", "account", "booked_at")


@dataclass(frozen=True)
class DayRow:
    """One business day (Asia/Shanghai) in the calendar."""

    day: date
    status: str
    statements: int
    open_count: int
    open_amount_fen: int


@dataclass(frozen=True)
class StatementInfo:
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
    imported_at: datetime | None
    withdrawn_at: datetime | None = None  # a finance manager withdrew it: its lines left the day
    withdrawn_by: str | None = None
    withdraw_reason: str | None = None
    imported_by_name: str | None = None   # the staff member's name (王芳); the username when the server sent none
    withdrawn_by_name: str | None = None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def importer(self) -> str:
        return self.imported_by_name or self.imported_by

    @property
    def withdrawer(self) -> str:
        return self.withdrawn_by_name or self.withdrawn_by or ""


@dataclass(frozen=True)
class SideFigures:
    count: int = 0
    amount_fen: int = 0


@dataclass(frozen=True)
class CategoryFigures:
    ledger: SideFigures = SideFigures()
    bank: SideFigures = SideFigures()


@dataclass(frozen=True)
class BalanceCheck:
    """The customers' money in the ledger against the custodian's reported total (difference: reported minus
    ledger)."""

    ledger_customers_fen: int | None
    custodian_reported_fen: int | None
    difference_fen: int | None


@dataclass(frozen=True)
class Day:
    day: date
    status: str
    version: int
    statements: tuple[StatementInfo, ...]
    run_at: datetime | None
    summary: dict[str, CategoryFigures]
    balance: BalanceCheck
    open_count: int
    pending_proposals: int
    closed_by: str | None
    closed_at: datetime | None
    closed_by_name: str | None = None

    @property
    def closer(self) -> str:
        return self.closed_by_name or self.closed_by or ""

    def figures(self, category: str) -> CategoryFigures:
        return self.summary.get(category, CategoryFigures())


class Item(NamedTuple):
    """A ledger entry or a bank line of the day, with where reconciliation put it."""

    id: int
    side: str  # ledger | bank
    category: str
    state: str  # open | matched | timing | proposed | adjusted
    reference: str | None
    serial: str | None
    account: str
    direction: str  # in | out
    amount_fen: int
    at: datetime | None
    match_pass: str | None
    group_id: int | None
    counterpart_ids: tuple[int, ...]
    note: str | None
    line_no: int | None = None  # bank lines: the line in the statement file
    summary: str | None = None  # bank lines: the statement's summary text
    carried_from_day: date | None = None  # a timing difference brought over from that day


@dataclass(frozen=True)
class ProposalItem:
    side: str
    id: int


@dataclass(frozen=True)
class Proposal:
    """An adjusting entry to the suspense account, waiting for (or past) the manager's decision."""

    id: int
    day: date
    state: str  # pending | approved | rejected
    amount_fen: int
    direction: str
    items: tuple[ProposalItem, ...]
    reason: str
    proposed_by: str
    proposed_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    transfer_id: str | None
    version: int
    proposed_by_name: str | None = None   # the staff member's name; the username when the server sent none
    decided_by_name: str | None = None

    @property
    def proposer(self) -> str:
        return self.proposed_by_name or self.proposed_by

    @property
    def decider(self) -> str:
        return self.decided_by_name or self.decided_by or ""


@dataclass(frozen=True)
class ColumnMapping:
    """Which of the file's header texts holds each field (None: the file has no such column)."""

    serial: str | None = None
    order_no: str | None = None
    account: str | None = None
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    direction: str | None = None
    booked_at: str | None = None
    booked_time: str | None = None
    summary: str | None = None
    direction_values: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {name: getattr(self, name) for name in MAPPING_FIELDS} | {"direction_values": dict(self.direction_values)}

    @classmethod
    def from_json(cls, data: dict) -> "ColumnMapping":
        return cls(**{name: data.get(name) or None for name in MAPPING_FIELDS},
                   direction_values=dict(data.get("direction_values") or {}))

    def missing(self) -> list[str]:
        """The fields a statement cannot do without that are not mapped yet (an amount, or debit and credit)."""
        gaps = [name for name in REQUIRED_MAPPING_FIELDS if not getattr(self, name)]
        if not self.amount and not (self.debit and self.credit):
            gaps.append("amount")
        return gaps


@dataclass(frozen=True)
class StatementProfile:
    name: str
    builtin: bool
    mapping: ColumnMapping


@dataclass(frozen=True)
class GuessedColumn:
    field: str       # one of MAPPING_FIELDS
    column: str      # the file's header text
    certainty: str   # "exact": the header is one of the field's usual words; "partial": it contains one


@dataclass(frozen=True)
class MappingGuess:
    """The server's guess of a file's columns from its header's words, for the clerk to confirm."""

    columns: tuple[GuessedColumn, ...]
    missing: tuple[str, ...]   # required fields without a column ("amount": neither amount nor debit and credit)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{c.field: c.column for c in self.columns if c.field in MAPPING_FIELDS})


@dataclass(frozen=True)
class StatementPreview:
    encoding: str
    encodings_possible: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    header_line: int | None  # 1-based line of the header in the file, when found
    profile_guess: str | None
    mapping_guess: MappingGuess | None = None

    @property
    def header(self) -> tuple[str, ...]:
        if self.header_line is None or not 0 < self.header_line <= len(self.rows):
            return ()
        return tuple(cell.strip() for cell in self.rows[self.header_line - 1])


@dataclass(frozen=True)
class StatementProblem:
    """One reason the file was refused: where (1-based line, column) and why (a stable code)."""

    line: int
    column: str | None
    code: str
    message: str
