"""Withdrawal requests (提现申请) and the staff linked to a customer's account.

The money itself lives in the ledger: a request reserves it (a pending transfer from the customer's
available account to custodian clearing) and approval posts, rejection voids that reservation.
Rule flags are stored as columns, computed once when the request arrives, so the queue filters on
them with plain indexes on every database.
"""

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.security.pii import EncryptedText


class Withdrawal(Base):
    __tablename__ = "withdrawals"
    __table_args__ = (
        Index("ix_withdrawals_state_requested_at", "state", "requested_at"),
        Index("ix_withdrawals_customer_ref_requested_at", "customer_ref", "requested_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # WD + Shanghai date + sequence
    request_id: Mapped[str] = mapped_column(String(40), unique=True)  # the customer side's id: idempotency
    customer_ref: Mapped[str] = mapped_column(String(32))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    bank_card: Mapped[str] = mapped_column(EncryptedText("withdrawal.bank_card", index="bank_card_index"))
    bank_card_index: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(24))
    flag_large: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_new_bank_card: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_soon_after_recharge: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_many_today: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_second_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    reservation_transfer_id: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    first_approver_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_approver_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    first_approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_by_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    reject_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class WithdrawalStaffLink(Base):
    """A staff member linked to a customer account (an employee who is also a customer, a relative):
    they may never decide that customer's withdrawals (sod.withdrawal_linked_account)."""

    __tablename__ = "withdrawal_staff_links"
    __table_args__ = (UniqueConstraint("customer_ref", "user_id", name="uq_withdrawal_staff_links_customer_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_ref: Mapped[str] = mapped_column(String(32), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
