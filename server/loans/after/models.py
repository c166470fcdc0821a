"""The tables of after-loan management: who collects a loan, every collection contact, and the proposals of
compensation and write-off that a second person decides."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow


class CollectionCase(Base):
    """One row per loan under collection: its collector (a staff member's user name) and the next action date."""

    __tablename__ = "loan_collection_cases"

    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), primary_key=True)
    collector: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    assigned_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assigned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    next_action_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class CollectionContact(Base):
    """A contact with the borrower: called, no answer, promised to pay (date, amount), disputed, wrong number."""

    __tablename__ = "loan_collection_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    by_username: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(1000), default="")
    promised_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    promised_amount_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    next_action_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class LoanProposal(Base):
    """A compensation (代偿) or write-off (坏账核销) proposed by one person and decided by another."""

    __tablename__ = "loan_proposals"
    __table_args__ = (Index("ix_loan_proposals_state_kind", "state", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # compensation | write_off
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(1000))
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    proposed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | approved | rejected
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
