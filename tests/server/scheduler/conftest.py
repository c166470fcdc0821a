"""The scheduler's tests drive `Scheduler.tick()` under a FixedClock (no thread, no waiting), on a
real database of each backend; loans are made through the real API as in the loan tests."""

from datetime import date, datetime, time, timezone

import pytest
from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.platform import Platform
from server.scheduler.models import JobRun
from tests.server.loans.conftest import apply, balances, fund  # noqa: F401 - the loan tests' fixtures


def shanghai(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), clock.SHANGHAI)


class TestClock(clock.FixedClock):
    def set(self, moment: datetime) -> None:
        self.at = moment.astimezone(timezone.utc)


@pytest.fixture
def fixed_clock():
    """The server's clock, standing still until the test moves it (starts 2026-12-02 09:00 Shanghai)."""
    with clock.use(TestClock(shanghai(date(2026, 12, 2), 9))) as c:
        yield c


@pytest.fixture
def second_process(platform):
    """Another process's view of the same database: its own engine and connections."""
    other = Platform.open(platform.settings)
    yield other
    other.db.dispose()


def runs(platform, job: str | None = None) -> list[JobRun]:
    with platform.db.read() as db:
        stmt = select(JobRun).order_by(JobRun.id)
        return list(db.scalars(stmt.where(JobRun.job == job) if job else stmt))


def audit_records(platform, **where) -> list[AuditRecord]:
    with platform.db.read() as db:
        stmt = select(AuditRecord).order_by(AuditRecord.seq)
        for name, value in where.items():
            stmt = stmt.where(getattr(AuditRecord, name) == value)
        return list(db.scalars(stmt))


@pytest.fixture
def disbursed_loan(staff, apply, fund):  # noqa: F811
    """A 1.2M-fen, three-month, equal-principal loan fully funded by one investor and paid out."""

    def make(investor: str) -> dict:
        lead = staff("risklead")
        app = staff("risk").act(apply(amount_fen=1_200_000, term=3, method="equal_principal"), "approve_first").json()
        app = lead.act(app, "list").json()
        fund(investor, 1_200_000)
        app = lead.post(f"/loans/applications/{app['id']}/investments",
                        {"investor_ref": investor, "amount_fen": 1_200_000}).json()
        disbursed = lead.act(app, "disburse").json()
        assert disbursed["state"] == "repaying", disbursed
        return disbursed

    return make
