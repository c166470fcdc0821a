"""Customer search and the customer view (customer.read); the audited reveal of personal data (pii.view)."""

from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.customers import queries
from server.customers.search import search
from server.errors import ValidationFailed
from server.messages import _
from server.platform import Platform
from server.wire import ObjectId

router = APIRouter(prefix="/customers", tags=["customers"])
READ = "customer.read"

Match = Literal["number", "name", "phone", "id_number", "licence", "bank_card", "email", "application", "withdrawal",
                "none"]


class CustomerSummary(BaseModel):
    id: int
    number: str
    side: Literal["investor", "borrower"]
    kind: Literal["person", "company"]
    name: str = Field(description="masked (王*明) unless the reader holds pii.view")
    phone: str | None = Field(description="always masked; POST …/reveal for the value")
    id_number: str | None = Field(description="ID or business licence number, always masked")
    verified: bool
    login_locked: bool
    blacklisted: bool


class SearchAnswer(BaseModel):
    match: Match
    items: list[CustomerSummary]


class Card(BaseModel):
    id: int
    bank: str
    card: str = Field(description="always masked")
    is_default: bool
    added_at: datetime


class Balances(BaseModel):
    available_fen: int
    frozen_fen: int


class Security(BaseModel):
    login_locked: bool
    locked_reason: str | None
    locked_at: datetime | None
    locked_by_name: str | None
    last_sign_in_at: datetime | None
    login_password_set: bool
    withdrawal_password_set: bool
    withdrawal_failures: int
    withdrawals_locked_until: datetime | None


class BlacklistHit(BaseModel):
    entry_id: int
    kind: str
    reason: str
    source: str | None = None
    added_at: datetime


class Counts(BaseModel):
    transfers: int
    investments: int
    loans: int
    withdrawals: int
    notes: int


class CustomerDetail(CustomerSummary):
    email: str | None
    birth_date: date | None
    employer: str
    monthly_income_fen: int
    legal_representative: str | None
    registered_capital_fen: int | None
    related_party: str | None = Field(None, description="the relation of a related party of the platform (关联方), "
                                                        "or null; the monthly report discloses their loans apart")
    verified_at: datetime | None
    created_at: datetime
    version: int
    cards: list[Card]
    balances: Balances
    security: Security
    blacklist_hits: list[BlacklistHit]
    counts: Counts


class Transfer(BaseModel):
    id: int
    kind: str
    amount_fen: int
    direction: Literal["in", "out"]
    account: str = Field(description="the customer's account: available or frozen")
    at: datetime
    reference: str
    application_number: str | None


class TransferPage(BaseModel):
    total: int
    items: list[Transfer]


class InvestmentOut(BaseModel):
    application_id: int
    application_number: str
    amount_fen: int
    state: str = Field(description="frozen | posted | released")
    loan_state: str
    created_at: datetime
    annual_rate: str
    term_months: int
    expected_interest_fen: int = Field(description="the investment's share of the loan's scheduled interest")
    received_fen: int = Field(description="the investment's share of what the borrower has repaid")


class InstallmentOut(BaseModel):
    number: int
    due_date: date
    principal_fen: int
    interest_fen: int
    penalty_fen: int
    paid_fen: int
    paid_at: datetime | None
    state: str


class LoanOut(BaseModel):
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
    penalty_fen: int
    overdue_days: int
    bucket: Literal["M1", "M2", "M3", "M3+"] | None
    installments: list[InstallmentOut]


class WithdrawalOut(BaseModel):
    id: int
    number: str
    amount_fen: int
    state: str
    requested_at: datetime
    decided_at: datetime | None
    decided_by_name: str | None
    reason: str | None
    bank_card: str = Field(description="always masked")


class RevealBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(max_length=500)


class RevealedCard(BaseModel):
    id: int
    card: str


class Revealed(BaseModel):
    name: str
    id_number: str | None
    phone: str | None
    email: str | None
    cards: list[RevealedCard]


@router.get("", response_model=SearchAnswer)
def find_customers(q: str = Query(..., min_length=1, max_length=100), limit: int = Query(20, ge=1, le=100),
                   principal: Principal = Depends(requires(READ)), platform: Platform = Depends(get_platform)):
    """One search box: a customer, application (LN…) or withdrawal (WD…) number, a phone, an ID or business
    licence number, a bank card or an e-mail (exact), or the beginning of a name. `match` says what was found."""
    pii = queries.can_see_pii(principal)
    with platform.db.read() as db:
        found = search(db, q, limit)
        listed = queries.blacklisted(db, found.customers)
        return {"match": found.match, "items": [queries.summary_of(c, pii, c.id in listed) for c in found.customers]}


@router.get("/{customer_id}", response_model=CustomerDetail)
def customer(customer_id: ObjectId, principal: Principal = Depends(requires(READ)),
             platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return queries.customer_detail(db, queries.get_customer(db, customer_id), principal)


@router.get("/{customer_id}/transfers", response_model=TransferPage, dependencies=[Depends(requires(READ))])
def customer_transfers(customer_id: ObjectId, limit: int = Query(50, ge=1, le=500),
                       offset: int = Query(0, ge=0, le=10_000_000), platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return queries.transfers(db, queries.get_customer(db, customer_id), limit, offset)


@router.get("/{customer_id}/investments", response_model=list[InvestmentOut], dependencies=[Depends(requires(READ))])
def customer_investments(customer_id: ObjectId, platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return queries.investments(db, queries.get_customer(db, customer_id))


@router.get("/{customer_id}/loans", response_model=list[LoanOut], dependencies=[Depends(requires(READ))])
def customer_loans(customer_id: ObjectId, platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return queries.loans(db, queries.get_customer(db, customer_id))


@router.get("/{customer_id}/withdrawals", response_model=list[WithdrawalOut], dependencies=[Depends(requires(READ))])
def customer_withdrawals(customer_id: ObjectId, platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return queries.withdrawals(db, queries.get_customer(db, customer_id))


@router.post("/{customer_id}/reveal", response_model=Revealed)
def reveal(customer_id: ObjectId, body: RevealBody, cmd: Command = Depends(command("pii.view", replayable=False))):
    """The customer's personal data in full, for a holder of pii.view, with the reason; every reveal is audited."""
    if not body.reason.strip():
        raise ValidationFailed(_("Say why you need to see this customer's personal data."), code="reason_required")
    return cmd.run(lambda db, audit: queries.reveal(db, audit, customer_id, body.reason.strip()))
