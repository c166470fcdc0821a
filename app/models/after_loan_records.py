"""After-loan management (贷后管理), the blacklist (黑名单) and the work waiting for the signed-in user, as the
console reads them: typed records, never raw JSON. Money in int fen, times in UTC, days as dates (Shanghai's)."""

from dataclasses import dataclass
from datetime import date, datetime

from app.models.records import parse_time

BUCKETS = ("M1", "M2", "M3", "M3+")
OUTCOMES = ("called", "no_answer", "promised", "disputed", "wrong_number")
BLACKLIST_KINDS = ("id_number", "phone", "bank_card", "name")
BLACKLIST_SOURCES = ("internal", "court", "partner")


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True)
class Listing:
    """A loan approved, open for investors, or fully funded and waiting for its disbursement."""

    id: int
    number: str
    borrower_name: str
    amount_fen: int
    funded_fen: int
    investors: int
    listed_at: datetime | None
    funding_deadline: datetime | None
    state: str
    version: int = 0

    @property
    def fully_funded(self) -> bool:
        return self.state == "funded" or (self.amount_fen > 0 and self.funded_fen >= self.amount_fen)


@dataclass(frozen=True)
class RepaymentDue:
    application_id: int
    number: str
    borrower_name: str
    installment_number: int
    due_date: date | None
    due_fen: int
    paid_fen: int
    state: str  # due | partial | paid


@dataclass(frozen=True)
class BucketTotal:
    count: int
    amount_fen: int


@dataclass(frozen=True)
class Promise:
    date: date | None
    amount_fen: int
    state: str  # open | kept | broken


@dataclass(frozen=True)
class OverdueLoan:
    application_id: int
    number: str
    borrower_id: int | None
    borrower_name: str
    borrower_phone: str
    overdue_days: int
    bucket: str
    overdue_fen: int
    penalty_fen: int
    collector: str | None
    collector_name: str | None
    next_action_date: date | None
    promise: Promise | None
    compensation_state: str | None
    write_off_state: str | None

    @property
    def broken_promise(self) -> bool:
        return self.promise is not None and self.promise.state == "broken"


@dataclass(frozen=True)
class OverdueBoard:
    buckets: dict[str, BucketTotal]
    items: list[OverdueLoan]


@dataclass(frozen=True)
class CollectionContact:
    id: int
    at: datetime | None
    by_name: str
    outcome: str
    note: str
    promised_date: date | None
    promised_amount_fen: int | None
    next_action_date: date | None


@dataclass(frozen=True)
class Collection:
    collector: str | None
    collector_name: str | None
    contacts: list[CollectionContact]


@dataclass(frozen=True)
class Collector:
    """A member of staff who may collect (holds loan.collect)."""

    username: str
    display_name: str


@dataclass(frozen=True)
class Proposal:
    id: int
    kind: str  # compensation | write_off
    application_id: int
    number: str
    borrower_name: str
    amount_fen: int
    reason: str
    proposed_by_name: str
    proposed_at: datetime | None
    state: str  # pending | approved | rejected
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None


@dataclass(frozen=True)
class Removal:
    state: str  # pending | approved | rejected
    requested_by_name: str
    requested_at: datetime | None
    reason: str
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None = None
    requested_by: str | None = None  # the user name: the requester never decides


@dataclass(frozen=True)
class BlacklistEntry:
    id: int
    kind: str
    value: str  # masked unless the user holds pii.view
    reason: str
    source: str
    added_by_name: str
    added_at: datetime | None
    removal: Removal | None
    active: bool = True

    @property
    def pending_removal(self) -> bool:
        return self.removal is not None and self.removal.state == "pending"


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    reason: str


@dataclass(frozen=True)
class ImportResult:
    added: int
    problems: list[ImportProblem]
    dry_run: bool


@dataclass(frozen=True)
class WaitingItem:
    key: str
    count: int
    label: str


def listing(d: dict) -> Listing:
    return Listing(int(d["id"]), d["number"], d.get("borrower_name") or "", int(d.get("amount_fen") or 0),
                   int(d.get("funded_fen") or 0), int(d.get("investors") or 0), parse_time(d.get("listed_at")),
                   parse_time(d.get("funding_deadline")), d["state"], int(d.get("version") or 0))


def repayment(d: dict) -> RepaymentDue:
    return RepaymentDue(int(d["application_id"]), d["number"], d.get("borrower_name") or "",
                        int(d["installment_number"]), parse_day(d.get("due_date")), int(d.get("due_fen") or 0),
                        int(d.get("paid_fen") or 0), d["state"])


def overdue_loan(d: dict) -> OverdueLoan:
    p = d.get("promise")
    promise = Promise(parse_day(p.get("date")), int(p.get("amount_fen") or 0), p["state"]) if p else None
    return OverdueLoan(int(d["application_id"]), d["number"], d.get("borrower_id"), d.get("borrower_name") or "",
                       d.get("borrower_phone") or "", int(d.get("overdue_days") or 0), d.get("bucket") or "",
                       int(d.get("overdue_fen") or 0), int(d.get("penalty_fen") or 0), d.get("collector"),
                       d.get("collector_name"), parse_day(d.get("next_action_date")), promise,
                       d.get("compensation_state"), d.get("write_off_state"))


def overdue_board(d: dict) -> OverdueBoard:
    buckets = {b: BucketTotal(int((d.get("buckets") or {}).get(b, {}).get("count") or 0),
                              int((d.get("buckets") or {}).get(b, {}).get("amount_fen") or 0)) for b in BUCKETS}
    return OverdueBoard(buckets, [overdue_loan(i) for i in d.get("items") or []])


def contact(d: dict) -> CollectionContact:
    amount = d.get("promised_amount_fen")
    return CollectionContact(int(d["id"]), parse_time(d.get("at")), d.get("by_name") or "", d["outcome"],
                             d.get("note") or "", parse_day(d.get("promised_date")),
                             int(amount) if amount is not None else None, parse_day(d.get("next_action_date")))


def collection(d: dict) -> Collection:
    return Collection(d.get("collector"), d.get("collector_name"), [contact(c) for c in d.get("contacts") or []])


def proposal(d: dict) -> Proposal:
    return Proposal(int(d["id"]), d["kind"], int(d["application_id"]), d.get("number") or "",
                    d.get("borrower_name") or "", int(d.get("amount_fen") or 0), d.get("reason") or "",
                    d.get("proposed_by_name") or "", parse_time(d.get("proposed_at")), d["state"],
                    d.get("decided_by_name"), parse_time(d.get("decided_at")), d.get("decision_reason"))


def blacklist_entry(d: dict) -> BlacklistEntry:
    r = d.get("removal")
    removal = Removal(r["state"], r.get("requested_by_name") or "", parse_time(r.get("requested_at")),
                      r.get("reason") or "", r.get("decided_by_name"), parse_time(r.get("decided_at")),
                      r.get("decision_reason"), r.get("requested_by")) if r else None
    return BlacklistEntry(int(d["id"]), d["kind"], d.get("value") or "", d.get("reason") or "",
                          d.get("source") or "internal", d.get("added_by_name") or "", parse_time(d.get("added_at")),
                          removal, bool(d.get("active", True)))
