"""The record of every backup, made by the daily job or by `python -m server backup`: the console lists it and the
monitoring rule "no backup in 24 h" reads it."""

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime

RUNNING, SUCCEEDED, FAILED = "running", "succeeded", "failed"


class BackupRun(Base):
    __tablename__ = "backup_runs"
    # The rule asks for the latest good backup: (outcome, finished_at) answers without a scan.
    __table_args__ = (Index("ix_backup_runs_outcome_finished", "outcome", "finished_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trigger: Mapped[str] = mapped_column(String(12))  # schedule | command
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(12))  # running | succeeded | failed
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    path: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # what went wrong, in words (English)
    pruned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # removed by the retention
