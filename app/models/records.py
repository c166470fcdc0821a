"""Typed records the services return; views read these, never JSON."""

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    access_expires_at: datetime | None = None
    refresh_expires_at: datetime | None = None


@dataclass(frozen=True)
class SignInStep:
    status: str  # ok | password_change_required | totp_enrollment_required
    tokens: Tokens | None = None
    challenge: str | None = None
    otpauth_uri: str | None = None


@dataclass(frozen=True)
class RoleRef:
    name: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class Me:
    id: int
    username: str
    display_name: str
    roles: tuple[RoleRef, ...]
    permissions: frozenset[str]
    version: int

    def can(self, *permissions: str) -> bool:
        return any(p in self.permissions for p in permissions)


@dataclass(frozen=True)
class Permission:
    name: str
    area: str
    label_zh: str
    label_en: str
    description_zh: str
    description_en: str
    sensitive: bool


@dataclass(frozen=True)
class PasswordRule:
    code: str
    en: str
    zh: str


# Rows of long lists are NamedTuples of plain values: CPython stops tracking such tuples in its cyclic
# garbage collector, so a list scrolled to 100,000 rows does not make every full collection scan them
# (measured: a 130 ms GUI stall with frozen dataclasses, see bench/loan_queue_client.py).
class AuditRecord(NamedTuple):
    id: int
    seq: int
    at: datetime
    actor_name: str
    action: str
    object_type: str
    object_id: str
    before: dict | None
    after: dict | None
    client_addr: str
    request_id: str
    object_label: str | None = None  # what the object is called (王芳 for user 5), from the server
    actor_label: str | None = None  # the staff member's display name


@dataclass(frozen=True)
class AuditCheckpoint:
    """The audit chain's latest anchor outside the database: an hourly (or shutdown) checkpoint, or the
    epoch a restore from a backup opened."""

    kind: str  # "checkpoint" or "epoch"
    at: datetime
    seq: int
    backup: str | None = None
    hash: str | None = None  # the chain's hash at that record (reports print it whole)


def checkpoint_record(latest: dict | None) -> AuditCheckpoint | None:
    """The API's CheckpointOut as a record (None: no checkpoint written yet)."""
    if latest is None:
        return None
    return AuditCheckpoint(latest["kind"], parse_time(latest["at"]), latest["seq"], latest.get("backup"),
                           latest.get("hash"))


@dataclass(frozen=True)
class ChainCheck:
    """The audit log's hash chain, checked by the server from the first record to the last."""

    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Page:
    items: list
    total: int
    page: int
    page_size: int


@dataclass(frozen=True)
class Health:
    ok: bool
    version: str = ""
    detail: str = ""


class ApplicationRow(NamedTuple):
    id: int
    number: str
    borrower_name: str
    amount_fen: int
    term_months: int
    annual_rate: str
    method: str
    state: str
    risk_score: int | None
    risk_grade: str | None
    submitted_at: datetime | None
    needs_second_review: bool
    version: int


@dataclass(frozen=True)
class ApplicationFile:
    """One application as its reviewer reads it (the server has masked personal data already)."""

    row: ApplicationRow
    purpose: str
    borrower: dict
    risk: dict
    timeline: list
    installments: list
    documents: list
    allowed_actions: list
    guarantee: str = ""
    second_review_if_approved: bool = False  # the signed-in officer's approval would go to second review


@dataclass(frozen=True)
class ScheduleLine:
    number: int
    due_date: str  # ISO date, as the contract states it (no time of day, no zone)
    principal_fen: int
    interest_fen: int
    penalty_fen: int = 0
    paid_fen: int = 0
    state: str = ""  # empty for a proposed schedule


@dataclass(frozen=True)
class BatchOutcome:
    id: int
    ok: bool
    code: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class RevealedBorrower:
    name: str
    id_number: str
    phone: str | None
    bank_card: str | None


class LedgerAccountRow(NamedTuple):
    id: int
    code: str
    kind: str  # platform | customer
    customer_ref: str | None
    name: str
    balance_fen: int
    spendable_fen: int
    debits_posted_fen: int
    credits_posted_fen: int
    debits_pending_fen: int
    credits_pending_fen: int
    customer_name: str | None = None  # masked by the server unless the user holds pii.view; investors have none


class TransferRow(NamedTuple):
    id: int
    transfer_id: str
    debit_account: str
    credit_account: str
    amount_fen: int
    kind: str
    state: str  # posted | pending | voided
    reference: str | None
    created_at: datetime | None
    change_fen: int | None = None  # statement lines only: + credited, - debited
    balance_after_fen: int | None = None
    debit_customer_name: str | None = None  # the customers' names (masked by the server), where it knows them
    credit_customer_name: str | None = None


@dataclass(frozen=True)
class TrialBalance:
    accounts: list  # LedgerAccountRow
    debits_posted_fen: int
    credits_posted_fen: int
    difference_fen: int  # credits minus debits over all accounts: 0 in balanced books
    pending_difference_fen: int
    customer_balances_fen: int
