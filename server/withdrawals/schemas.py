from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from server.wire import Page, PositiveFen, StrictId, Version

Fen = int  # integer fen in an answer, never a float
CustomerRef = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")]


class WithdrawalRequest(BaseModel):
    request_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._\-]+$",
                            description="the customer side's id for this request: the same id again changes nothing")
    customer_ref: CustomerRef
    amount_fen: PositiveFen
    bank_card: str = Field(min_length=12, max_length=30, pattern=r"^[0-9 ]+$")


class FlagOut(BaseModel):
    code: str
    label_zh: str
    label_en: str
    explanation_zh: str
    explanation_en: str


class WithdrawalSummary(BaseModel):
    id: int
    number: str
    request_id: str
    customer_ref: str
    customer_name: str | None = Field(None, description="masked unless the reader holds pii.view; investors have "
                                                         "none yet")
    amount_fen: Fen
    bank_card: str = Field(description="always masked")
    state: str
    state_label_zh: str
    state_label_en: str
    flags: list[FlagOut]
    needs_second_approval: bool
    requested_at: datetime
    first_approver: str | None
    first_approved_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None = Field(description="shown to the customer")
    version: int


WithdrawalPage = Page[WithdrawalSummary]


class Balances(BaseModel):
    available_fen: Fen
    frozen_fen: Fen
    balance_fen: Fen


class RecentTransfer(BaseModel):
    id: int
    transfer_id: str
    kind: str
    state: str
    amount_fen: Fen
    debit_account: str | None
    credit_account: str | None
    reference: str | None
    created_at: datetime


class WithdrawalDetail(WithdrawalSummary):
    balances: Balances
    recent_transfers: list[RecentTransfer]
    first_approver_display_name: str | None = Field(None, description="the first approver's name (王芳)")
    decided_by_display_name: str | None = Field(None, description="the decider's name; none when paid automatically")
    allowed_actions: list[str]
    linked_to_you: bool
    second_approval_if_approved: bool
    review_above_fen: Fen
    second_approval_above_fen: Fen


class ApproveRequest(BaseModel):
    version: Version


class RejectRequest(BaseModel):
    version: Version
    reason: str = Field(min_length=1, max_length=500)


class BatchItem(BaseModel):
    id: StrictId
    version: Version


class BatchApprove(BaseModel):
    items: list[BatchItem] = Field(min_length=1, max_length=200)


class BatchReject(BatchApprove):
    reason: str = Field(min_length=1, max_length=500)


class BatchResult(BaseModel):
    id: int
    ok: bool
    state: str | None = None
    version: int | None = None
    code: str | None = None
    detail: str | None = None
    params: dict | None = None  # the refusal's values, for programs (detail is the sentence, in the request's language)


class LinkCreate(BaseModel):
    customer_ref: CustomerRef
    user_id: StrictId
    note: str = Field(default="", max_length=200)


class LinkOut(BaseModel):
    id: int
    customer_ref: str
    user_id: int
    username: str | None
    display_name: str | None
    note: str
    created_by: str
    created_at: datetime
    created_by_display_name: str | None = None  # the administrator's name (赵强)
    customer_name: str | None = Field(None, description="masked unless the reader holds pii.view; investors have "
                                                         "none yet")
