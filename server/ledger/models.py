"""Ledger accounts and transfers.

An account's balances are four counters on its row, changed in the same transaction as the
transfer rows that move them, so reading a balance reads one row however many transfers exist.
Transfers are never edited or deleted: a mistake is undone by a reversal, and the only change a
row ever sees is a reservation's state (pending -> posted | voided).
"""

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow

PLATFORM = "platform"
CUSTOMER = "customer"

POSTED, PENDING, VOIDED = "posted", "pending", "voided"

KINDS = ("recharge", "withdrawal", "invest", "disburse", "fee", "release", "repay_principal", "repay_interest",
         "penalty", "compensation", "adjustment", "reversal")


class LedgerAccount(Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (
        CheckConstraint("debits_posted >= 0 AND credits_posted >= 0 AND debits_pending >= 0 "
                        "AND credits_pending >= 0", name="counters_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)  # platform:fee_income, customer:<ref>:available
    kind: Mapped[str] = mapped_column(String(10))  # platform | customer
    customer_ref: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(100))
    may_go_negative: Mapped[bool] = mapped_column(Boolean, default=False)
    debits_posted: Mapped[int] = mapped_column(BigInteger, default=0)
    credits_posted: Mapped[int] = mapped_column(BigInteger, default=0)
    debits_pending: Mapped[int] = mapped_column(BigInteger, default=0)
    credits_pending: Mapped[int] = mapped_column(BigInteger, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @property
    def balance_fen(self) -> int:
        """Posted balance, credit-normal: what the customer owns, or what the platform account holds."""
        return self.credits_posted - self.debits_posted

    @property
    def spendable_fen(self) -> int:
        """Reserved (pending) debits are already promised elsewhere; pending credits are not yet here."""
        return self.credits_posted - self.debits_posted - self.debits_pending


class LedgerTransfer(Base):
    """One movement of `amount_fen` from the debit account to the credit account.

    `pending` marks a reservation (two-phase transfer): while its state is pending it moves only the
    pending counters. Posting it writes a second transfer (`pending_id` -> the reservation, state
    posted) which moves the posted counters; voiding writes one with state voided, which moves
    nothing. So the posted counters are always the sums of the non-reservation rows in state posted,
    and the pending counters the sums of reservations still pending.
    """

    __tablename__ = "ledger_transfers"
    __table_args__ = (
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint("debit_account_id <> credit_account_id", name="distinct_accounts"),
        Index("ix_ledger_transfers_debit_account_id_id", "debit_account_id", "id"),
        Index("ix_ledger_transfers_credit_account_id_id", "credit_account_id", "id"),
        Index("ix_ledger_transfers_reference_kind", "reference", "kind"),
        Index("ix_ledger_transfers_created_at", "created_at"),
        # Unique among the rows that set them (a reservation resolves once, a transfer is reversed at most once).
        # Partial, so a plain transfer, nearly every row, writes no NULL entry into either (migration 0029).
        Index("uq_ledger_transfers_pending_id", "pending_id", unique=True,
              sqlite_where=text("pending_id IS NOT NULL"), postgresql_where=text("pending_id IS NOT NULL")),
        Index("uq_ledger_transfers_reverses_id", "reverses_id", unique=True,
              sqlite_where=text("reverses_id IS NOT NULL"), postgresql_where=text("reverses_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[str] = mapped_column(String(64), unique=True)  # the caller's id: idempotency
    debit_account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    credit_account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10))  # posted | pending | voided
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set on the transfer that posts or voids a reservation (unique: see the indexes above).
    pending_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_transfers.id"), nullable=True)
    # Set on a reversal (unique: see the indexes above).
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_transfers.id"), nullable=True)
    reference: Mapped[str | None] = mapped_column(String(64), nullable=True)  # order number, loan number
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    details: Mapped[dict] = mapped_column("metadata", JSON, default=dict)


class LedgerDayFlow(Base):
    """The posted money of one kind on one Shanghai business day: the sum and count of the transfers that moved
    posted counters (not reservations), kept in the same transaction as the transfers, so a chart of 30 days reads
    60 rows however many millions of transfers the days hold (server/ledger/day_flows.py)."""

    __tablename__ = "ledger_day_flows"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    transfers: Mapped[int] = mapped_column(BigInteger, default=0)
