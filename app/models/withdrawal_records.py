"""Withdrawal requests (提现申请) as the console reads them: typed rows, never raw JSON. Money in int fen,
times in UTC (the views show them in Asia/Shanghai)."""

from datetime import datetime
from typing import NamedTuple

STATES = ("pending_review", "pending_second_approval", "paid", "rejected")
FLAGS = ("large", "new_bank_card", "soon_after_recharge", "many_today")


class WithdrawalFlag(NamedTuple):
    code: str
    label_zh: str
    label_en: str
    explanation_zh: str
    explanation_en: str


class WithdrawalRow(NamedTuple):
    id: int
    number: str
    request_id: str
    customer_ref: str
    amount_fen: int
    bank_card: str  # masked by the server
    state: str
    state_label_zh: str
    state_label_en: str
    flags: tuple[WithdrawalFlag, ...]
    needs_second_approval: bool
    requested_at: datetime | None
    first_approver: str | None
    first_approved_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None
    version: int
    customer_name: str | None = None  # masked by the server unless the user holds pii.view; investors have none


class RecentTransfer(NamedTuple):
    id: int
    transfer_id: str
    kind: str
    state: str
    amount_fen: int
    debit_account: str
    credit_account: str
    reference: str | None
    created_at: datetime | None


class WithdrawalDetail(NamedTuple):
    row: WithdrawalRow
    available_fen: int
    frozen_fen: int
    balance_fen: int
    recent_transfers: tuple[RecentTransfer, ...]
    allowed_actions: tuple[str, ...]
    linked_to_you: bool
    second_approval_if_approved: bool
    review_above_fen: int
    second_approval_above_fen: int
    first_approver_name: str | None = None  # the staff member's name (王芳), not the user name
    decided_by_name: str | None = None


class WithdrawalOutcome(NamedTuple):
    """One item of a batch: done (with the new state and version) or refused (with the server's code)."""

    id: int
    ok: bool
    state: str | None = None
    version: int | None = None
    code: str | None = None
    detail: str | None = None  # the server's sentence, in the console's language
    params: dict | None = None
