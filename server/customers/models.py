"""Customers: investors (出借人, IV…) and borrowers (借款人, BR…), persons and companies, in one table, with their
bank cards and their sign-in security.

Names stay in clear (searched by prefix); identity or licence numbers, phones, e-mails and card numbers are
encrypted, each with a blind index beside it (declared on the encrypted column, so `rotate-pii-key` re-keys it).
Values moved from the former `borrowers` table keep their ciphertext: the columns still read that purpose.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db.base import Base, UtcDateTime, utcnow
from server.security.pii import EncryptedText

SIDES = ("investor", "borrower")
KINDS = ("person", "company")


class Customer(Base):
    __tablename__ = "customers"
    # Prefix search by name compares bytes (codepoints), as PostgreSQL's pattern operators and SQLite's BINARY do,
    # whatever the database's collation: name ~>=~ x AND name ~<~ (x with its last character's successor).
    __table_args__ = (Index("ix_customers_name_prefix", "name", postgresql_ops={"name": "varchar_pattern_ops"}),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    side: Mapped[str] = mapped_column(String(10), index=True)  # investor | borrower
    kind: Mapped[str] = mapped_column(String(10))  # person | company
    name: Mapped[str] = mapped_column(String(100), index=True)
    # The ID number of a person, the business licence number (unified social credit code) of a company.
    id_number: Mapped[str | None] = mapped_column(
        EncryptedText("customer.id_number", index="id_number_index", reads=("borrower.id_number",)), nullable=True)
    id_number_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(
        EncryptedText("customer.phone", index="phone_index", reads=("borrower.phone",)), nullable=True)
    phone_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    email: Mapped[str | None] = mapped_column(EncryptedText("customer.email", index="email_index"), nullable=True)
    email_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    monthly_income_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    monthly_debt_payments_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    employer: Mapped[str] = mapped_column(String(200), default="")
    legal_representative: Mapped[str | None] = mapped_column(String(100), nullable=True)  # companies
    registered_capital_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # companies
    # A related party of the platform (its shareholders, staff, their relatives, companies they control): the
    # disclosure guideline asks for the loans of related parties apart. The relation in words, or none.
    related_party: Mapped[str | None] = mapped_column(String(200), nullable=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)  # 实名认证
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Sign-in security (the customer side's; staff see it as state, never as values).
    login_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    locked_by: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a staff user name
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    login_password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    withdrawal_password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    withdrawal_failures: Mapped[int] = mapped_column(Integer, default=0)
    withdrawals_locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    cards: Mapped[list["CustomerCard"]] = relationship(order_by="CustomerCard.id", lazy="select",
                                                        cascade="all, delete-orphan")

    @property
    def default_card(self) -> "CustomerCard | None":
        cards = self.cards
        return next((c for c in cards if c.is_default), cards[0] if cards else None)

    # The loan code's view of a borrower's card (one card, the default one).
    @property
    def bank_card(self) -> str | None:
        card = self.default_card
        return card.card if card else None

    @property
    def bank_card_index(self) -> str | None:
        card = self.default_card
        return card.card_index if card else None


class CustomerCard(Base):
    __tablename__ = "customer_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    bank: Mapped[str] = mapped_column(String(60), default="")
    card: Mapped[str] = mapped_column(EncryptedText("customer.card", index="card_index", reads=("borrower.bank_card",)))
    card_index: Mapped[str] = mapped_column(String(64), index=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CustomerRelation(Base):
    """A period in which a customer was a related party of the platform (关联方), with the relation in words.

    The monthly disclosure counts related parties' loans at each month end, so the mark keeps its history: a
    relation recorded today does not rewrite the months before the day it began, and one that ended still counts
    in the months it covered. `customers.related_party` holds the relation of the open period, for the views."""
    __tablename__ = "customer_relations"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    relation: Mapped[str] = mapped_column(String(200))
    since: Mapped[datetime] = mapped_column(UtcDateTime)  # the start of the Shanghai day it began
    until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # when it was cleared or changed
    # Who recorded and who ended it; null for marks made before the history was kept (revision 0025).
    marked_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ended_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
