from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from server.audit.schemas import CheckpointOut
from server.reports.catalog import ACTIONS, AREA_PERMISSIONS

ReportName = Literal[tuple(AREA_PERMISSIONS)]


class PrintRequest(BaseModel):
    report: ReportName
    parameters: dict[str, str] = Field(default_factory=dict, max_length=20,
                                       description="the report's parameters as printed, e.g. {\"day\": \"2026-11-24\"}")
    action: Literal[ACTIONS]
    language: Literal["zh_CN", "en"] = "zh_CN"


class PrintOut(BaseModel):
    report: str
    action: str
    parameters: dict[str, str]
    printed_by: str
    printed_at: datetime


class ReportCutOff(BaseModel):
    """What every report states on its last page: when its data was read and the audit chain's anchor then."""
    data_as_of: datetime
    checkpoint: CheckpointOut | None = Field(None, description="the latest checkpoint; none written yet")


class WithdrawalReviewRow(BaseModel):
    id: int
    number: str
    customer_ref: str
    amount_fen: int
    bank_card: str = Field(description="always masked")
    state: str
    flags: list[dict[str, str]]
    requested_at: datetime
    first_approver: str | None
    first_approved_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None
    first_approver_display_name: str | None = Field(None, description="the first approver's name (王芳)")
    decided_by_display_name: str | None = Field(None, description="the decider's name")
    decided_automatically: bool = Field(False, description="paid without review: no flag held it (系统自动)")


class DecisionTotal(BaseModel):
    count: int
    amount_fen: int


class WithdrawalReviews(BaseModel):
    day: str
    decision: str
    items: list[WithdrawalReviewRow]
    totals: dict[str, DecisionTotal]


class MonthFigures(BaseModel):
    """One month's figures at its end, in fen or counts; the definitions are server/reports/monthly.py's."""

    month: str
    volume_fen: int
    loans_disbursed: int
    cumulative_volume_fen: int
    cumulative_loans: int = Field(description="累计借贷笔数: loans paid out up to the month's end")
    balance_fen: int
    interest_balance_fen: int = Field(description="利息余额: interest of the installments not yet received")
    loans_outstanding: int
    borrowers: int = Field(description="borrowers owing principal at the month's end")
    investors: int = Field(description="investors with principal receivable at the month's end")
    cumulative_borrowers: int
    cumulative_investors: int
    period_borrowers: int = Field(description="当期借款人数: borrowers of the loans paid out in the month")
    period_investors: int = Field(description="当期出借人数: investors in the loans paid out in the month")
    related_balance_fen: int = Field(description="关联关系借款余额: balance of loans with a related-party borrower "
                                                 "or investor")
    related_loans: int
    overdue_fen: int
    loans_overdue: int
    overdue_m3_fen: int
    loans_overdue_m3: int = Field(description="90天以上逾期笔数")
    compensation_fen: int
    cumulative_compensation_fen: int
    cumulative_compensated_loans: int
    top1_fen: int
    top10_fen: int
    lenders_due_fen: int = Field(description="all investors' receivable principal (the lender shares' denominator)")
    top1_lender_fen: int
    top10_lender_fen: int
    written_off_fen: int
    loans_written_off: int


class MonthlyOperations(BaseModel):
    month: str
    as_of: datetime = Field(description="the month's end (the next month's first local midnight), or now for the "
                                        "month still running; UTC")
    figures: MonthFigures
    trend: list[MonthFigures] = Field(description="the 12 months ending with `month`, oldest first")


class StaffRow(BaseModel):
    id: int
    username: str
    display_name: str
    state: str
    roles: list[dict[str, str]]
    permissions: list[str]
    conflicts: list[dict]


class StaffPermissions(BaseModel):
    state: str
    users: list[StaffRow]
    permission_labels: dict[str, dict[str, str]]
