"""The blacklist, loan applications with their timeline, documents, investments and installments.

Borrowers are customers (server/customers/models.py); `Borrower` stays the loan code's name for them."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, literal_column,
                        text)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db.base import Base, UtcDateTime, utcnow
from server.customers.models import Customer
from server.security.pii import EncryptedText

Borrower = Customer  # a borrower is a customer of the borrowing side


class BlacklistEntry(Base):
    """One value on the blacklist: an ID number, a phone, a bank card or a name (and, from before revision 0014,
    a borrower's number). The value is encrypted, with its keyed hash (blind index) beside it for lookups and a
    mask for people without pii.view. Entries from before 0014 kept only the hash and the mask: their `value` is
    NULL (a hash cannot be turned back into its value)."""

    __tablename__ = "blacklist_entries"
    __table_args__ = (Index("ix_blacklist_entries_kind_index", "kind", "value_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # id_number | phone | bank_card | name (| borrower: before 0014)
    value: Mapped[str | None] = mapped_column(EncryptedText("blacklist.value", index="value_index"),
                                              nullable=True)
    value_index: Mapped[str] = mapped_column(String(64), index=True)  # keyed hash, or the borrower number
    value_masked: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(16), default="internal", server_default="internal")  # internal | court | partner
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    removed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    removal_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)


class BlacklistRemoval(Base):
    """A request to take an entry off the blacklist, decided by a second holder of loan.blacklist."""

    __tablename__ = "blacklist_removals"
    __table_args__ = (Index("ix_blacklist_removals_state_entry", "state", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("blacklist_entries.id"), index=True)
    state: Mapped[str] = mapped_column(String(10))  # pending | approved | rejected
    reason: Mapped[str] = mapped_column(String(500))
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)


class LoanApplication(Base):
    __tablename__ = "loan_applications"
    __table_args__ = (
        Index("ix_loan_applications_state_submitted", "state", "submitted_at"),
        Index("ix_loan_applications_state_amount", "state", "amount_fen"),  # small (deduplicated): for counts
        # The queue's order by amount (ties broken by id) read from the index: many loans share a round amount.
        Index("ix_loan_applications_state_amount_id", "state", "amount_fen", "id"),
        Index("ix_loan_applications_grade_submitted", "risk_grade", "submitted_at"),
        Index("ix_loan_applications_reviewer_state", "first_reviewer_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    borrower_name: Mapped[str] = mapped_column(String(100), index=True)  # copied for queue search and sort
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    term_months: Mapped[int] = mapped_column(Integer)
    annual_rate: Mapped[Decimal] = mapped_column(Numeric(8, 6))
    method: Mapped[str] = mapped_column(String(24))
    purpose: Mapped[str] = mapped_column(String(500), default="")
    guarantee: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    risk_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    risk_grade: Mapped[str | None] = mapped_column(String(4), nullable=True)
    risk_hits: Mapped[list | None] = mapped_column(JSON, nullable=True)
    assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    overrides: Mapped[list] = mapped_column(JSON, default=list)  # [{rule, reason, by, at}]
    needs_second_review: Mapped[bool] = mapped_column(Boolean, default=False)
    assigned_to_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    first_reviewer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    second_reviewer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    listed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    funding_deadline: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    funded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    disbursed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    events: Mapped[list["LoanEvent"]] = relationship(order_by="LoanEvent.id", lazy="select")


class LoanEvent(Base):
    """The timeline: every action on an application with who, when and the comment."""

    __tablename__ = "loan_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")


class LoanDocument(Base):
    __tablename__ = "loan_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # id_card | income_proof | contract | other
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Investment(Base):
    __tablename__ = "loan_investments"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    investor_ref: Mapped[str] = mapped_column(String(40), index=True)  # the investor's customer number
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(12))  # frozen | posted | released
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Installment(Base):
    __tablename__ = "loan_installments"
    # Past-due and overdue work (overdue detection, the after-loan overdue list, the home screen's buckets) reads the
    # few unpaid installments, not the millions paid: a partial index holds only those. Queries must say UNPAID
    # (below) in the index's own words, a literal, for SQLite to use it.
    __table_args__ = (Index("ix_loan_installments_unpaid_due", "due_date", "application_id",
                            sqlite_where=text("state <> 'paid'"), postgresql_where=text("state <> 'paid'")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    principal_fen: Mapped[int] = mapped_column(BigInteger)
    interest_fen: Mapped[int] = mapped_column(BigInteger)
    penalty_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="due")  # due | paid | overdue


class Repayment(Base):
    """One receipt on an installment: when it came and how it splits. An installment keeps only its last `paid_at`
    and a running `paid_fen`; these rows keep every receipt, so the books at any month's end can be rebuilt
    (the monthly report reads them). `kind` says who received it: the investors (repayment) or, on a compensated
    loan, the risk reserve (recovery)."""

    __tablename__ = "loan_repayments"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("loan_applications.id"), index=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("loan_installments.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    principal_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    penalty_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    kind: Mapped[str] = mapped_column(String(12), default="repayment")  # repayment | recovery


# The partial index's condition as a query term (a literal, not a bound parameter: SQLite uses a partial index
# only when the query states its condition in the same words).
UNPAID = Installment.state != literal_column("'paid'")
