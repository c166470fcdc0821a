from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from server.loans.schedules import Method
from server.wire import BusinessDate, Day, LoanAmountFen, Page, StrictId, TermMonths, Version
from server.wire import Fen as MoneyIn

Fen = int  # integer fen in an answer, never a float (requests use the strict types of server/wire.py)


class BorrowerCreate(BaseModel):
    kind: str = Field(pattern="^(person|company)$")
    name: str = Field(min_length=1, max_length=100)
    id_number: str = Field(min_length=18, max_length=18)
    phone: str | None = Field(default=None, max_length=20, pattern=r"^[0-9+\- ]*$")
    bank_card: str | None = Field(default=None, max_length=30, pattern=r"^[0-9 ]*$")
    birth_date: Day | None = None
    monthly_income_fen: MoneyIn = 0
    monthly_debt_payments_fen: MoneyIn = 0
    employer: str = Field(default="", max_length=200)


class BorrowerOut(BaseModel):
    id: int
    number: str
    kind: str
    name: str
    id_number: str
    phone: str | None
    bank_card: str | None
    age: int | None
    monthly_income_fen: Fen
    monthly_debt_payments_fen: Fen
    employer: str
    # a company's own registration (its 统一社会信用代码 is its id_number); null for a person
    legal_representative: str | None = None
    registered_capital_fen: Fen | None = None
    blacklisted: bool
    masked: bool
    can_reveal: bool
    loans_total: int
    loans_settled: int
    overdue_count: int
    longest_overdue_days: int
    platform_balance_fen: Fen


class ApplicationCreate(BaseModel):
    borrower_id: StrictId
    amount_fen: LoanAmountFen
    term_months: TermMonths
    annual_rate: Decimal = Field(ge=0, lt=1, max_digits=8, decimal_places=6,
                                 description="a fraction: 0.096 for 9.6% a year, fees included")
    method: Method
    purpose: str = Field(default="", max_length=500)
    guarantee: str = Field(default="", max_length=500)


class ApplicationSummary(BaseModel):
    id: int
    number: str
    borrower_id: int
    borrower_name: str
    amount_fen: Fen
    term_months: int
    annual_rate: str
    method: str
    state: str
    risk_score: int | None
    risk_grade: str | None
    submitted_at: datetime
    needs_second_review: bool
    assigned_to_id: int | None
    funded_fen: Fen
    version: int


ApplicationPage = Page[ApplicationSummary]


class RuleHitOut(BaseModel):
    rule: str
    code: str | None = Field(description="the finding's code; null for a finding kept as the English text it was "
                                         "stored in before findings had codes")
    params: dict[str, Any] = Field(description="the finding's values: amounts in fen (*_fen), rates and shares as "
                                               "fractions (*_rate, *_share), kinds as codes")
    label: str = Field(description="the rule's name in the request's language")
    label_zh: str
    label_en: str
    finding: str = Field(description="the finding's sentence in the request's language")
    finding_zh: str = Field(description="the sentence in Chinese, for a document printed in Chinese")
    finding_en: str = Field(description="the sentence in English, for a document printed in English")
    blocking: bool


class RiskOut(BaseModel):
    score: int | None
    grade: str | None
    hits: list[RuleHitOut]
    assessed_at: datetime | None
    overrides: list[dict[str, Any]]
    unresolved_blocks: list[str]


class TimelineEntry(BaseModel):
    at: datetime
    actor: str = Field(description="the staff member's user name, or customer or system")
    actor_label: str = Field(description="who acted, in the request's language: 客户, 系统 or the staff member's name")
    action: str
    from_state: str | None
    to_state: str | None
    comment: str


class DocumentOut(BaseModel):
    id: int
    kind: str
    filename: str
    content_type: str
    size: int
    masked: bool = False  # an identity document the caller cannot view (no pii.view): its content is refused


class InstallmentOut(BaseModel):
    number: int
    due_date: date
    principal_fen: Fen
    interest_fen: Fen
    penalty_fen: Fen
    paid_fen: Fen
    state: str


class ApplicationDetail(ApplicationSummary):
    purpose: str
    guarantee: str
    borrower: BorrowerOut
    risk: RiskOut
    first_reviewer_id: int | None
    second_reviewer_id: int | None
    listed_at: datetime | None
    funding_deadline: datetime | None
    disbursed_at: datetime | None
    settled_at: datetime | None
    timeline: list[TimelineEntry]
    documents: list[DocumentOut]
    installments: list[InstallmentOut]
    allowed_actions: list[str]
    second_review_if_approved: bool


class TransitionRequest(BaseModel):
    version: Version
    reason: str | None = Field(default=None, max_length=1000)
    comment: str | None = Field(default=None, max_length=2000)


class BatchTransitionRequest(BaseModel):
    items: list[dict[str, StrictId]] = Field(min_length=1, max_length=200,
                                        description="[{id, version}] of the applications to act on")
    reason: str = Field(min_length=1, max_length=1000)


class BatchResult(BaseModel):
    id: int
    ok: bool
    code: str | None = None
    detail: str | None = None


class OverrideRequest(BaseModel):
    version: Version
    rule: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=1000)


class InvestmentRequest(BaseModel):
    investor_ref: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$",
                              description="the investor's customer number, as the ledger knows it")
    amount_fen: LoanAmountFen


class ScheduleRequest(BaseModel):
    amount_fen: LoanAmountFen
    term_months: TermMonths
    annual_rate: Decimal = Field(ge=0, lt=1, max_digits=8, decimal_places=6)
    method: Method
    start: BusinessDate | None = None


class ScheduleRow(BaseModel):
    number: int
    due_date: date
    principal_fen: Fen
    interest_fen: Fen
    total_fen: Fen
    remaining_principal_fen: Fen


class ScheduleOut(BaseModel):
    rows: list[ScheduleRow]
    total_principal_fen: Fen
    total_interest_fen: Fen


class RevealRequest(BaseModel):
    purpose: str = Field(default="review", max_length=200)


class RevealedBorrower(BaseModel):
    name: str
    id_number: str
    phone: str | None
    bank_card: str | None


class AssignRequest(BaseModel):
    version: Version
    officer_id: StrictId | None = Field(default=None, description="null releases the application")


class WorkloadRow(BaseModel):
    officer_id: int | None
    username: str | None
    display_name: str | None
    submitted: int
    second_review: int
