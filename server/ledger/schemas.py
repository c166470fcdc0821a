from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_core import to_json

from server.wire import Page, PositiveFen
from server.wire import Fen as FenOrZero

Fen = int  # integer fen in an answer, never a float

OperationId = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._\-]+$",
                                   description="the caller's id of this movement; sending it again posts nothing new")]
CustomerRef = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")]
Reference = Annotated[str | None, Field(min_length=1, max_length=64, pattern=r"^[^\x00]+$")]
LoanRef = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[^\x00]+$")]
Amount = PositiveFen  # strict (server/wire.py): 100.0, "100" and true are refused, not read
OptionalAmount = FenOrZero


class CustomerMovement(BaseModel):
    operation_id: OperationId
    customer_ref: CustomerRef
    amount_fen: Amount
    reference: Reference = None


class InvestmentMovement(BaseModel):
    operation_id: OperationId
    investor_ref: CustomerRef
    loan_ref: LoanRef
    amount_fen: Amount


class DisbursementMovement(BaseModel):
    operation_id: OperationId
    loan_ref: LoanRef
    borrower_ref: CustomerRef
    fee_fen: OptionalAmount = 0


class ReleaseMovement(BaseModel):
    operation_id: OperationId
    loan_ref: LoanRef


class RepaymentMovement(BaseModel):
    operation_id: OperationId
    loan_ref: LoanRef
    borrower_ref: CustomerRef
    principal_fen: OptionalAmount = 0
    interest_fen: OptionalAmount = 0
    fee_fen: OptionalAmount = 0


class PenaltyMovement(BaseModel):
    operation_id: OperationId
    borrower_ref: CustomerRef
    amount_fen: Amount
    loan_ref: Reference = None


class CompensationMovement(BaseModel):
    operation_id: OperationId
    loan_ref: LoanRef
    amount_fen: Amount


class ReversalMovement(BaseModel):
    operation_id: OperationId
    transfer_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$")


class TransferOut(BaseModel):
    id: int
    transfer_id: str
    debit_account_id: int
    debit_account: str | None
    credit_account_id: int
    credit_account: str | None
    amount_fen: Fen
    kind: str
    state: str
    pending: bool
    pending_id: int | None
    reverses_id: int | None
    reference: str | None
    created_at: datetime
    metadata: dict[str, Any]
    debit_customer_name: str | None = Field(None, description="the customer's name, masked unless the reader holds "
                                                              "pii.view (lists only; investors have none yet)")
    credit_customer_name: str | None = Field(None, description="as debit_customer_name")


class MovementResult(BaseModel):
    operation_id: str
    transfers: list[TransferOut]


TransferPage = Page[TransferOut]


class StatementLine(TransferOut):
    change_fen: Fen = Field(description="positive when the account was credited")
    balance_after_fen: Fen


class AccountOut(BaseModel):
    id: int
    code: str
    kind: str
    customer_ref: str | None
    customer_name: str | None = Field(None, description="masked unless the reader holds pii.view; investors have "
                                                         "none yet")
    name: str
    may_go_negative: bool
    debits_posted_fen: Fen
    credits_posted_fen: Fen
    debits_pending_fen: Fen
    credits_pending_fen: Fen
    balance_fen: Fen
    spendable_fen: Fen
    version: int


AccountPage = Page[AccountOut]


class StatementPage(Page[StatementLine]):
    account: AccountOut


class CustomerBalances(BaseModel):
    customer_ref: str
    available_fen: Fen = Field(description="可用余额: what the customer may spend or withdraw now")
    frozen_fen: Fen = Field(description="冻结金额: reserved for investments not yet disbursed or released")
    balance_fen: Fen


class TrialBalance(Page[AccountOut]):
    debits_posted_fen: Fen
    credits_posted_fen: Fen
    difference_fen: Fen = Field(description="credits minus debits over all accounts: 0 in balanced books")
    pending_difference_fen: Fen
    customer_balances_fen: Fen


class BatchMovement(BaseModel):
    kind: Literal["recharge", "withdrawal", "investment"]
    operation_id: OperationId
    customer_ref: CustomerRef = Field(description="the customer whose money moves (the investor of an investment)")
    amount_fen: Amount
    reference: Reference = Field(None, description="the order number; for an investment, the loan (required)")

    @model_validator(mode="after")
    def _investment_names_its_loan(self):
        if self.kind == "investment" and not self.reference:
            raise ValueError("an investment names its loan in reference")
        return self


class MovementBatch(BaseModel):
    movements: list[BatchMovement] = Field(min_length=1, max_length=10_000)
    all_or_nothing: bool = Field(False, description="one refused movement refuses the batch: nothing posts")


class BatchItemResult(BaseModel):
    index: int
    operation_id: str
    status: Literal["posted", "replayed", "refused"]
    transfers: list[TransferOut]
    code: str | None = Field(None, description="why it was refused")
    message: str | None = Field(None, description="why it was refused, in the request's language")


class BatchResult(BaseModel):
    posted: int
    replayed: int
    refused: int
    results: list[BatchItemResult]


_NO_NAMES = {"debit_customer_name": None, "credit_customer_name": None}


def batch_result_json(result: dict) -> bytes:
    """A batch's answer as BatchResult writes it, from the route's dicts (transfer views as `transfer_view` makes
    them): pydantic's serialiser on plain values, without building two thousand models first (a third of the
    answer's cost). tests/server/ledger/test_batch.py checks the two agree."""
    return to_json({"posted": result["posted"], "replayed": result["replayed"], "refused": result["refused"],
                    "results": [{"index": r["index"], "operation_id": r["operation_id"], "status": r["status"],
                                 "transfers": [view | _NO_NAMES for view in r["transfers"]],
                                 "code": r.get("code"), "message": r.get("message")} for r in result["results"]]})
