"""Reconciliation tables: the business day, the statements imported for it, the items of both sides
with their matching result, adjusting-entry proposals and saved column profiles.

Both sides live in one table (`recon_items`, `side` = ledger | bank) so that listing, manual
matching, timing marks and proposals treat a difference the same way whichever side it is on.
Bank lines are stored as read from the file; ledger items are copies of the day's ledger transfers
between custodian clearing and customer accounts, made when the day is run (the ledger itself is
never touched by reconciliation except through an approved adjusting entry).
"""

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow

LEDGER, BANK = "ledger", "bank"

# Item states: open (a difference waiting for someone), matched (automatically or by hand), timing
# (expected on the next day's file), proposed (an adjusting entry waits for approval), adjusted.
OPEN, MATCHED, TIMING, PROPOSED, ADJUSTED = "open", "matched", "timing", "proposed", "adjusted"
STATES = (OPEN, MATCHED, TIMING, PROPOSED, ADJUSTED)
MANUAL = "manual"  # match_pass of a match made by hand: a re-run keeps it

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


class ReconDay(Base):
    __tablename__ = "recon_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)  # the Asia/Shanghai business day
    run_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    run_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The balance check as of the day's end, taken at the last run.
    ledger_customers_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    custodian_reported_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReconStatement(Base):
    """A statement imported for a day. A finance manager may withdraw one of an open day (imported for the wrong
    day, say): its lines leave the day, the row stays with who withdrew it, when and why."""

    __tablename__ = "recon_statements"
    __table_args__ = (
        # The same file is imported once, unless withdrawn: then it may come again (for the right day).
        Index("uq_recon_statements_sha256_live", "sha256", unique=True,
              sqlite_where=text("withdrawn_at IS NULL"), postgresql_where=text("withdrawn_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("recon_days.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    encoding: Mapped[str] = mapped_column(String(32))
    profile: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)
    line_count: Mapped[int] = mapped_column(Integer)
    in_fen: Mapped[int] = mapped_column(BigInteger)
    out_fen: Mapped[int] = mapped_column(BigInteger)
    reported_balance_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    withdrawn_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    withdrawn_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    withdraw_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)


_BANK_ONLY = f"side = '{BANK}'"


class ReconItem(Base):
    __tablename__ = "recon_items"
    __table_args__ = (
        Index("ix_recon_items_day_id_side_state", "day_id", "side", "state"),
        # Partial indexes (revision 0028): a row outside an index's condition costs it nothing when a million bank
        # lines are stored or a run writes their results. Serials are looked up for bank lines only (a file's
        # serials against those stored before); groups by a known group id; entry ids exist on ledger items only.
        Index("ix_recon_items_serial", "serial", sqlite_where=text(_BANK_ONLY), postgresql_where=text(_BANK_ONLY)),
        Index("ix_recon_items_group_id", "group_id", sqlite_where=text("group_id IS NOT NULL"),
              postgresql_where=text("group_id IS NOT NULL")),
        # A ledger transfer appears once per day (bank lines have no entry_id: NULLs never collide).
        Index("uq_recon_items_day_id_entry_id", "day_id", "entry_id", unique=True,
              sqlite_where=text("entry_id IS NOT NULL"), postgresql_where=text("entry_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The three keys below are foreign keys on SQLite; PostgreSQL checks them once per statement by triggers
    # (revision 0030, server/db/parent_checks.py): a million lines are stored without a million lookups.
    day_id: Mapped[int] = mapped_column(ForeignKey("recon_days.id"))
    side: Mapped[str] = mapped_column(String(6))  # ledger | bank
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("recon_statements.id"), nullable=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_transfers.id"), nullable=True)
    # A ledger item marked timing on the day before, brought into this day's run.
    carried_from_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    serial: Mapped[str | None] = mapped_column(String(64), nullable=True)  # bank serial; ledger transfer_id
    reference: Mapped[str | None] = mapped_column(String(64), nullable=True)  # platform order number
    account: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(3))  # in | out, seen from the custodian
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    summary: Mapped[str | None] = mapped_column(String(200), nullable=True)
    category: Mapped[str | None] = mapped_column(String(16), nullable=True)  # null until the day is run
    state: Mapped[str] = mapped_column(String(10), default=OPEN)
    match_pass: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # A match group is named by the smallest ledger item id in it: unique across days, stable across runs.
    group_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counterpart_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    proposal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)


class ReconProposal(Base):
    """An adjusting entry to suspense proposed for some open items; decided by someone else."""

    __tablename__ = "recon_proposals"
    __table_args__ = (Index("ix_recon_proposals_state_day_id", "state", "day_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("recon_days.id"))
    state: Mapped[str] = mapped_column(String(10), default=PENDING)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    direction: Mapped[str] = mapped_column(String(3))  # in: the bank holds more than the books; out: less
    items: Mapped[list] = mapped_column(JSON, default=list)  # [{"side", "id"}]
    reason: Mapped[str] = mapped_column(String(500))
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    proposed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    transfer_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReconProfile(Base):
    """A bank's column layout saved under a name, for the import wizard."""

    __tablename__ = "recon_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
