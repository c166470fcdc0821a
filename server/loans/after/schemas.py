"""What after-loan management sends and takes over the wire: fen integers, UTC times, Shanghai days."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from server.wire import BusinessDate, PositiveFen, Version

Fen = int
Bucket = Literal["M1", "M2", "M3", "M3+"]
Outcome = Literal["called", "no_answer", "promised", "disputed", "wrong_number"]
ProposalKind = Literal["compensation", "write_off"]
ProposalState = Literal["pending", "approved", "rejected"]


class ListingOut(BaseModel):
    id: int
    number: str
    borrower_id: int
    borrower_name: str
    amount_fen: Fen
    funded_fen: Fen
    frozen_fen: Fen
    investors: int
    listed_at: datetime | None
    funding_deadline: datetime | None
    state: str
    term_months: int
    annual_rate: str
    version: int


class RepaymentOut(BaseModel):
    application_id: int
    number: str
    borrower_id: int
    borrower_name: str
    installment_number: int
    due_date: date
    principal_fen: Fen
    interest_fen: Fen
    penalty_fen: Fen
    due_fen: Fen
    paid_fen: Fen
    paid_at: datetime | None
    state: Literal["due", "partial", "paid"]
    loan_state: str


class BucketOut(BaseModel):
    count: int
    amount_fen: Fen
    penalty_fen: Fen


class BadDebtOut(BaseModel):
    count: int
    amount_fen: Fen


class PromiseOut(BaseModel):
    date: date
    amount_fen: Fen
    state: Literal["open", "kept", "broken"]


class OverdueItem(BaseModel):
    application_id: int
    number: str
    borrower_id: int
    borrower_name: str
    borrower_phone: str | None = Field(description="always masked; POST …/collection/phone for the number to call")
    state: str
    overdue_days: int
    bucket: Bucket
    overdue_fen: Fen
    penalty_fen: Fen
    overdue_installments: int
    oldest_due_date: date
    outstanding_principal_fen: Fen
    collector: str | None
    collector_name: str | None
    next_action_date: date | None
    promise: PromiseOut | None
    compensation_state: ProposalState | None
    write_off_state: ProposalState | None
    version: int


class OverdueOut(BaseModel):
    as_of: date
    buckets: dict[str, BucketOut]
    bad_debt: BadDebtOut
    items: list[OverdueItem]


class ContactOut(BaseModel):
    id: int
    at: datetime
    by: str
    by_name: str
    outcome: Outcome
    note: str
    promised_date: date | None
    promised_amount_fen: Fen | None
    next_action_date: date | None
    promise_state: Literal["open", "kept", "broken"] | None


class CollectorOut(BaseModel):
    username: str
    display_name: str


class CollectionOut(BaseModel):
    application_id: int
    collector: str | None
    collector_name: str | None
    next_action_date: date | None
    version: int
    contacts: list[ContactOut]


class AssignmentRequest(BaseModel):
    collector: str | None = Field(max_length=64, description="the collector's user name; null takes the loan back")


class RevealedPhone(BaseModel):
    application_id: int
    number: str
    phone: str | None = Field(description="the borrower's registered phone, in full")


class ContactRequest(BaseModel):
    outcome: Outcome
    note: str = Field(default="", max_length=1000)
    promised_date: BusinessDate | None = None
    promised_amount_fen: PositiveFen | None = None
    next_action_date: BusinessDate | None = None


class ProposalRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=1000)


class DecisionRequest(BaseModel):
    version: Version | None = None
    reason: str | None = Field(default=None, max_length=1000)


class RejectionRequest(BaseModel):
    version: Version | None = None
    reason: str = Field(min_length=1, max_length=1000)


class ProposalOut(BaseModel):
    id: int
    kind: ProposalKind
    application_id: int
    number: str
    borrower_name: str
    loan_state: str
    amount_fen: Fen
    reason: str
    proposed_by: str
    proposed_by_name: str
    proposed_at: datetime
    state: ProposalState
    decided_by: str | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_reason: str | None
    version: int
