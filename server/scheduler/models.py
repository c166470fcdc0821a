"""The scheduler's tables: who holds the lease to run jobs, and every run of every job."""

from datetime import date, datetime

from sqlalchemy import JSON, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime


class SchedulerLease(Base):
    """One row per scheduler: the process that holds it runs the jobs until `expires_at`, and renews
    it while it lives; another process takes it over only once it has expired (lease.py)."""

    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(100))  # host:pid:random, one per running scheduler
    acquired_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class JobRun(Base):
    """One slot of one job (a business day for a daily job, a period's start for a periodic one).

    A slot succeeds once: its row, the job's changes and their audit records are committed together,
    and the (job, slot) pair is unique, so a slot run twice, by one runner or two, changes nothing the
    second time. A failed attempt leaves the row `failed` with the error and is tried again later."""

    __tablename__ = "scheduler_job_runs"
    __table_args__ = (UniqueConstraint("job", "slot", name="uq_scheduler_job_runs_job_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(40))
    slot: Mapped[str] = mapped_column(String(32))  # 2026-12-02 (daily) or 2026-12-02T08:05Z (periodic)
    business_day: Mapped[date] = mapped_column(Date)  # the Shanghai day the slot belongs to
    as_of: Mapped[datetime] = mapped_column(UtcDateTime)  # the moment the job computes for
    holder: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(12))  # succeeded | failed
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    counts: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
