"""Customers (客户) as the console reads them: investors (IV…) and borrowers (BR…), their accounts, money movements,
investments, loans, withdrawals, service notes and sign-in security; phone changes and the demo outbox.
Typed records, never raw JSON. Money in int fen, times in UTC (the views show them in Asia/Shanghai); personal
data masked by the server unless the user holds pii.view."""

from dataclasses import dataclass, field
from datetime import date, datetime

SIDES = ("investor", "borrower")
KINDS = ("person", "company")
MATCHES = ("number", "name", "phone", "id_number", "licence", "bank_card", "application", "withdrawal", "none")


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    number: str
    side: str  # investor | borrower
    kind: str  # person | company
    name: str
    phone: str | None
    id_number: str | None
    verified: bool
    login_locked: bool
    blacklisted: bool


@dataclass(frozen=True)
class SearchResult:
    match: str  # what the text was taken for: number, name, phone, id_number, ... or none
    items: tuple[CustomerSummary, ...]


@dataclass(frozen=True)
class BankCard:
    id: int
    bank: str
    card: str  # masked unless revealed
    is_default: bool
    added_at: datetime | None


@dataclass(frozen=True)
class Security:
    login_locked: bool
    locked_reason: str | None
    locked_at: datetime | None
    locked_by_name: str | None
    last_sign_in_at: datetime | None
    login_password_set: bool
    withdrawal_password_set: bool
    withdrawal_failures: int
    withdrawals_locked_until: datetime | None


@dataclass(frozen=True)
class BlacklistHit:
    entry_id: int
    kind: str  # id_number | phone | bank_card | name
    reason: str
    source: str  # internal | court | partner
    added_at: datetime | None


@dataclass(frozen=True)
class CustomerDetail:
    summary: CustomerSummary
    email: str | None
    birth_date: date | None
    employer: str | None
    monthly_income_fen: int | None
    legal_representative: str | None
    registered_capital_fen: int | None
    verified_at: datetime | None
    created_at: datetime | None
    version: int
    cards: tuple[BankCard, ...]
    available_fen: int
    frozen_fen: int
    security: Security
    blacklist_hits: tuple[BlacklistHit, ...]
    counts: dict[str, int] = field(default_factory=dict)  # transfers, investments, loans, withdrawals, notes
    related_party: str | None = None  # the relation to the platform of a related party (关联方), else None

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def number(self) -> str:
        return self.summary.number


@dataclass(frozen=True)
class CustomerTransfer:
    id: int
    kind: str
    amount_fen: int
    direction: str  # in | out
    account: str
    at: datetime | None
    reference: str | None
    application_number: str | None
    transfer_id: str | None = None  # the ledger's own id, when the server sends it


@dataclass(frozen=True)
class TransferPage:
    total: int
    items: tuple[CustomerTransfer, ...]


@dataclass(frozen=True)
class Investment:
    """state: frozen (the listing is funding), posted (lent to the borrower), released (the listing expired)."""

    application_id: int
    application_number: str
    amount_fen: int
    state: str
    created_at: datetime | None
    annual_rate: str
    term_months: int
    expected_interest_fen: int
    received_fen: int
    loan_state: str | None = None  # the loan's own state (repaying, overdue, settled...) once the money is lent


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: date | None
    principal_fen: int
    interest_fen: int
    penalty_fen: int
    paid_fen: int
    paid_at: datetime | None
    state: str


@dataclass(frozen=True)
class Loan:
    id: int
    number: str
    state: str
    amount_fen: int
    term_months: int
    annual_rate: str
    method: str
    disbursed_at: datetime | None
    outstanding_principal_fen: int
    overdue_fen: int
    overdue_days: int
    bucket: str | None  # None | M1 | M2 | M3 | M3+
    installments: tuple[Installment, ...]


@dataclass(frozen=True)
class CustomerWithdrawal:
    id: int
    number: str
    amount_fen: int
    state: str
    requested_at: datetime | None
    decided_at: datetime | None
    decided_by_name: str | None
    reason: str | None


@dataclass(frozen=True)
class Revealed:
    name: str
    id_number: str | None
    phone: str | None
    email: str | None
    cards: dict[int, str]  # card id -> full number


@dataclass(frozen=True)
class Note:
    id: int
    at: datetime | None
    author_name: str
    text: str


@dataclass(frozen=True)
class PasswordReset:
    sent_to: str  # masked phone or e-mail
    expires_at: datetime | None


@dataclass(frozen=True)
class PhoneChange:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    new_phone: str  # masked
    reason: str
    requested_by_name: str
    requested_at: datetime | None
    state: str  # pending | approved | rejected
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    channel: str  # sms | email
    to: str  # masked
    text: str
    state: str  # queued | sent | failed
    attempts: int
    created_at: datetime | None
    sent_at: datetime | None
