"""The platform's periodic jobs and when each runs.

A job is a name, a schedule and a function of one slot. A schedule turns the clock into slots:
`Daily(at)` has one slot per Shanghai business day, due at `at` Shanghai time; `Every(interval)` one
per period (aligned on the Unix epoch in UTC). Each job's function gets a `JobContext` (a write
session, an auditor acting as the system, the platform's settings, the slot) and answers a few
counts for the run's record; the runner commits. Later work (monitoring rules, backups) adds its
jobs to `JOBS` here, or with `register()`.

Missed slots after a restart (runner.py asks `due` with the last slot that succeeded and the first
that failed after it):
- A daily job runs once for every missed business day, oldest first, each computing as of its own
  day (at most `catch_up_days` of them; older days are not replayed). Overdue detection recomputes
  each installment's state and penalty as of the day it is given rather than adding a day's
  interest, so replaying the days in order leaves the books exactly as running only the last day
  would; the replay is for the record: every business day has its run, its counts and its audit
  entry, and "did the overdue job run for the 3rd" always has an answer.
- A periodic job runs once, for the latest period: its work looks at the whole state as of that
  moment (every listing whose window has ended by then), so replaying the missed periods one by one
  would find nothing the last one does not.
A job with no earlier run to follow (a new database) starts from the latest slot: history before the
scheduler existed is not replayed. A failed daily slot is retried before the days after it run.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.config import Settings

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Slot:
    key: str  # unique per job: 2026-12-02 (daily), 2026-12-02T08:05:00Z (periodic)
    business_day: date  # the Shanghai day it belongs to
    as_of: datetime  # the moment it was due, in UTC


@dataclass(frozen=True)
class Daily:
    """Once a Shanghai business day, at `at` Shanghai time."""

    at: time
    catch_up_days: int = 31

    @property
    def _offset(self) -> timedelta:
        return timedelta(hours=self.at.hour, minutes=self.at.minute, seconds=self.at.second)

    def slot(self, day: date) -> Slot:
        return Slot(day.isoformat(), day, clock.day_start_utc(day) + self._offset)

    def due(self, now: datetime, last_key: str | None, failed_key: str | None = None) -> list[Slot]:
        """The slots due by `now` after `last_key` (the last that succeeded), oldest first, from
        `failed_key` (the first failed since) where there is one."""
        latest = clock.business_day(now - self._offset)  # the last day whose `at` has come
        if failed_key is not None and (last_key is None or failed_key > last_key):
            first = date.fromisoformat(failed_key)
        elif last_key is not None:
            first = date.fromisoformat(last_key) + timedelta(days=1)
        else:
            first = latest
        first = max(first, latest - timedelta(days=self.catch_up_days - 1))
        return [self.slot(first + timedelta(days=n)) for n in range((latest - first).days + 1)]


@dataclass(frozen=True)
class Every:
    """Once every `interval`; a restart runs only the latest period missed."""

    interval: timedelta

    def due(self, now: datetime, last_key: str | None, failed_key: str | None = None) -> list[Slot]:
        """The latest period, unless it has run; an earlier failed period is not retried, the latest
        one does its work."""
        start = EPOCH + ((now - EPOCH) // self.interval) * self.interval
        key = start.strftime("%Y-%m-%dT%H:%M:%SZ")
        if last_key is not None and last_key >= key:
            return []
        return [Slot(key, clock.business_day(start), start)]


@dataclass
class JobContext:
    db: Session
    audit: Auditor  # acting as the system
    settings: Settings
    slot: Slot
    platform: object = None  # the platform the runner serves (the monitoring rules read its figures)


@dataclass(frozen=True)
class Job:
    name: str  # at most 40 characters: the runs' key and the audit's object id
    schedule: Daily | Every
    run: Callable[[JobContext], dict]
    label_zh: str
    label_en: str
    # False: a run that wrote no audit record of its own (changed nothing worth one) leaves no "job ran" record
    # either, only its row in the runs' table (the monitoring job runs every minute).
    audit_every_run: bool = True


# --- the jobs -------------------------------------------------------------------------------------

def overdue_and_penalties(ctx: JobContext) -> dict:
    """逾期检测与罚息: installments unpaid after their due date become overdue as of the slot's business
    day, with penalty interest from the day after the due date (LoanPolicy.penalty_daily_rate); their
    loans move to overdue. The service's own rule, the one the manual POST also runs."""
    from server.loans import service as loans
    from server.loans.models import Installment, LoanApplication

    moved = loans.detect_overdue(ctx.db, ctx.audit, ctx.settings.loan_policy, ctx.slot.business_day)
    count, penalty = ctx.db.execute(
        select(func.count(), func.coalesce(func.sum(Installment.penalty_fen), 0))
        .join(LoanApplication, LoanApplication.id == Installment.application_id)
        .where(Installment.state == "overdue", LoanApplication.state.in_(loans.OWING_STATES))).one()
    return {"loans_moved": moved, "installments_overdue": int(count), "penalty_fen": int(penalty)}


def listing_window(ctx: JobContext) -> dict:
    """流标: listings whose funding window ended by the slot's time without full funding expire, and
    their investors' frozen money is released."""
    from server.loans.listing_window import expire_unfunded

    return expire_unfunded(ctx.db, ctx.audit, ctx.slot.as_of)


def audit_checkpoint(ctx: JobContext) -> dict:
    """审计链检查点: anchors the audit chain's end outside the database (server/audit/checkpoints.py), so
    that records cut off the end are named by verify-audit."""
    from server.audit.checkpoints import append_checkpoint

    entry = append_checkpoint(ctx.db, ctx.settings.audit_checkpoints_file)
    return {"seq": entry["seq"]}


JOBS: list[Job] = [
    # Just after midnight: the day before was the borrower's last day to pay.
    Job("overdue", Daily(time(0, 5)), overdue_and_penalties, "逾期检测与罚息", "Overdue detection and penalty interest"),
    # A window ends at the minute it was listed, seven days later: look every five minutes.
    Job("listing_window", Every(timedelta(minutes=5)), listing_window, "募集期结束（流标）",
        "End of listing windows (failed funding)"),
    # At least hourly; the server's stop writes one too (runner.py).
    Job("audit_checkpoint", Every(timedelta(hours=1)), audit_checkpoint, "审计链检查点",
        "Audit chain checkpoint"),
]


def register(job: Job) -> Job:
    """Adds a job to the scheduler (later work: monitoring rules, backups)."""
    if any(j.name == job.name for j in JOBS):
        raise ValueError(f"a job named {job.name!r} is registered already")
    JOBS.append(job)
    return job
