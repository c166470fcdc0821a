"""The real server process runs the jobs by itself, and hands its lease back when it stops."""

import time
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from server import clock
from server.scheduler.models import SchedulerLease
from tests.server.test_command_line import _start


@pytest.mark.clock  # the server runs on the real time: the slots are today's
def test_python_m_server_run_runs_the_jobs_and_records_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    started = clock.now()
    process, _ = _start(["--database-url", url, "run", "--port", "0"], tmp_path)
    engine = create_engine(url)
    try:
        deadline, done = time.monotonic() + 60, set()
        while time.monotonic() < deadline and done != JOBS:
            with engine.connect() as connection:
                done = set(connection.scalars(text(
                    "SELECT job FROM scheduler_job_runs WHERE outcome = 'succeeded'")))
            time.sleep(0.2)
        assert done == JOBS
        with engine.connect() as connection:
            actors = set(connection.execute(text(
                "SELECT actor_name, client_addr FROM audit_records WHERE action = 'scheduler.job_run'")))
            assert actors == {("system", "scheduler")}
            day = connection.scalar(text("SELECT slot FROM scheduler_job_runs WHERE job = 'overdue'"))
            # the last Shanghai day whose 00:05 has come (either side of it, should the test straddle it)
            assert day in {clock.business_day(t - timedelta(minutes=5)).isoformat() for t in (started, clock.now())}
        with Session(engine) as db:
            lease = db.scalar(select(SchedulerLease))
            assert lease.holder.split(":")[1] == str(process.pid) and lease.expires_at > clock.now()
    finally:
        process.terminate()
        process.wait(30)
    with Session(engine) as db:  # a clean stop gives the lease up: another process need not wait for it
        assert db.scalar(select(SchedulerLease)).expires_at <= clock.now()
    engine.dispose()


JOBS = {"overdue", "listing_window", "audit_checkpoint", "notifications", "monitoring", "backup"}  # every job runs once


def test_python_m_server_run_with_no_scheduler_runs_no_jobs(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    process, base = _start(["--database-url", url, "run", "--port", "0", "--no-scheduler"], tmp_path)
    try:
        time.sleep(2)  # a scheduler would have run its first slots at once
        engine = create_engine(url)
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM scheduler_job_runs")) == 0
        engine.dispose()
    finally:
        process.terminate()
        process.wait(30)
