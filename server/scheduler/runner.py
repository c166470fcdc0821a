"""The scheduler's loop: started with the server, stopped at its shutdown.

Every `Settings.scheduler_tick` the runner takes (or renews) the database lease `platform`; without it
it does nothing, so of several server processes on one database exactly one runs the jobs, and when
that one dies another takes over once its lease has expired (`Settings.scheduler_lease_ttl`). With
the lease it runs, job by job, the slots due since each job's last successful run (jobs.py says how
missed slots are caught up). A slot runs in one write transaction: its run record, the job's changes
and their audit records (actor `system`, client `scheduler`) commit together or not at all. A failed
slot is recorded as failed, audited, and tried again after `Settings.scheduler_retry_after`; the
job's later slots wait for it.

Time comes only from `server.clock`: a test drives `tick()` under a `FixedClock`, with no thread.
"""

import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from server import clock
from server.audit.service import Auditor
from server.platform import Platform
from server.scheduler import lease
from server.scheduler.jobs import JOBS, Job, JobContext, Slot
from server.scheduler.models import JobRun

log = logging.getLogger("server.scheduler")

LEASE_NAME = "platform"
SYSTEM = "system"  # the audit actor of every scheduled run (系统)
CLIENT = "scheduler"


@dataclass(frozen=True)
class RunResult:
    job: str
    slot: str
    outcome: str  # succeeded | failed | skipped (already done, here or by another runner)
    counts: dict | None = None
    error: str | None = None


def new_holder_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


class Scheduler:
    def __init__(self, platform: Platform, jobs: list[Job] | None = None, holder: str | None = None):
        self.platform = platform
        self.jobs = list(JOBS if jobs is None else jobs)
        self.holder = holder or new_holder_id()
        settings = platform.settings
        self.tick_seconds = settings.scheduler_tick.total_seconds()
        self.lease_ttl = settings.scheduler_lease_ttl
        self.retry_after = settings.scheduler_retry_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- one pass ---------------------------------------------------------------------------------

    def take_lease(self) -> bool:
        with self.platform.db.write() as db:
            held = lease.acquire(db, LEASE_NAME, self.holder, clock.now(), self.lease_ttl)
            db.commit()
        return held

    def tick(self) -> list[RunResult]:
        """Runs what is due now if this runner holds the lease; answers what ran."""
        results: list[RunResult] = []
        if not self.take_lease():
            return results
        for job in self.jobs:
            for slot in self.due(job):
                if self._stop.is_set() or not self.take_lease():  # renewed before each slot
                    return results
                result = self.run_slot(job, slot)
                results.append(result)
                if result.outcome == "failed":
                    break  # the job's later slots wait for this one
        return results

    def due(self, job: Job) -> list[Slot]:
        """The job's slots due now, oldest first; none while a failed slot waits for its retry."""
        now = clock.now()
        with self.platform.db.read() as db:
            last = db.scalar(select(func.max(JobRun.slot)).where(JobRun.job == job.name,
                                                                  JobRun.outcome == "succeeded"))
            failed = select(func.min(JobRun.slot)).where(JobRun.job == job.name, JobRun.outcome == "failed")
            first_failed = db.scalar(failed.where(JobRun.slot > last) if last is not None else failed)
            slots = job.schedule.due(now, last, first_failed)
            if slots:
                failed = db.scalar(select(JobRun).where(JobRun.job == job.name, JobRun.slot == slots[0].key,
                                                        JobRun.outcome == "failed"))
                if failed is not None and failed.finished_at + self.retry_after > now:
                    return []
        return slots

    def run_slot(self, job: Job, slot: Slot) -> RunResult:
        """Runs one slot of one job, once: a slot that succeeded before is skipped."""
        platform = self.platform
        try:
            with platform.db.write() as db:
                run = db.scalar(select(JobRun).where(JobRun.job == job.name, JobRun.slot == slot.key)
                                .with_for_update())
                if run is not None and run.outcome == "succeeded":
                    return RunResult(job.name, slot.key, "skipped", run.counts)
                if run is None:
                    run = JobRun(job=job.name, slot=slot.key, attempts=0)
                    db.add(run)
                run.business_day, run.as_of, run.holder = slot.business_day, slot.as_of, self.holder
                run.started_at, run.outcome, run.attempts = clock.now(), "succeeded", run.attempts + 1
                try:
                    db.flush()  # (job, slot) is unique: a runner racing us for it stops here
                except IntegrityError:
                    db.rollback()
                    return RunResult(job.name, slot.key, "skipped")
                audit = Auditor(db, None, SYSTEM, CLIENT, f"job:{job.name}:{slot.key}"[:64])
                counts = job.run(JobContext(db, audit, platform.settings, slot, platform))
                run.counts, run.error, run.finished_at = counts, None, clock.now()
                if job.audit_every_run or audit.pending:
                    audit.record("scheduler.job_run", "scheduler_job", f"{job.name}:{slot.key}",
                                 after={"job": job.name, "slot": slot.key,
                                        "business_day": slot.business_day.isoformat(), "as_of": slot.as_of.isoformat(),
                                        "counts": counts, "attempt": run.attempts})
                audit.seal()
                db.commit()
            log.info("job %s ran for %s: %s", job.name, slot.key, counts)
            return RunResult(job.name, slot.key, "succeeded", counts)
        except Exception as error:  # noqa: BLE001 - any failure of a job is recorded, never lost
            log.exception("job %s failed for %s", job.name, slot.key)
            text = f"{type(error).__name__}: {error}"[:2000]
            self._record_failure(job, slot, text)
            return RunResult(job.name, slot.key, "failed", error=text)

    def _record_failure(self, job: Job, slot: Slot, text: str) -> None:
        try:
            with self.platform.db.write() as db:
                run = db.scalar(select(JobRun).where(JobRun.job == job.name, JobRun.slot == slot.key)
                                .with_for_update())
                if run is not None and run.outcome == "succeeded":
                    return
                if run is None:
                    run = JobRun(job=job.name, slot=slot.key, attempts=0)
                    db.add(run)
                now = clock.now()
                run.business_day, run.as_of, run.holder = slot.business_day, slot.as_of, self.holder
                run.started_at = run.started_at or now
                run.outcome, run.error, run.finished_at, run.attempts = "failed", text, now, run.attempts + 1
                audit = Auditor(db, None, SYSTEM, CLIENT, f"job:{job.name}:{slot.key}"[:64])
                audit.record("scheduler.job_failed", "scheduler_job", f"{job.name}:{slot.key}",
                             after={"job": job.name, "slot": slot.key, "error": text[:500], "attempt": run.attempts})
                audit.seal()
                db.commit()
        except Exception:  # noqa: BLE001 - the database itself may be what failed; the log has it
            log.exception("could not record the failure of job %s for %s", job.name, slot.key)

    # --- the thread -------------------------------------------------------------------------------

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="scheduler", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - a database down for a moment must not end the loop
                log.exception("scheduler tick failed")
            self._stop.wait(self.tick_seconds)

    def stop(self, timeout: float = 30) -> None:
        """Ends the loop (a slot under way finishes first) and gives the lease up for another process."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        try:
            with self.platform.db.write() as db:
                lease.release(db, LEASE_NAME, self.holder, clock.now())
                db.commit()
        except Exception:  # noqa: BLE001 - at shutdown; the lease expires by itself
            log.exception("could not release the scheduler lease")
        self.write_checkpoint()

    def write_checkpoint(self) -> None:
        """Anchors the audit chain's end at shutdown (the hourly job does it while the server runs)."""
        from server.audit.checkpoints import append_checkpoint

        try:
            with self.platform.db.read() as db:
                append_checkpoint(db, self.platform.settings.audit_checkpoints_file)
        except Exception:  # noqa: BLE001 - at shutdown; the next start's hourly job writes one
            log.exception("could not write the audit checkpoint")
