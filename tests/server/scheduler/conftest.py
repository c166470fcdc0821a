"""The scheduler's tests drive `Scheduler.tick()` under a FixedClock (no thread, no waiting), on a
real database of each backend; loans are made through the real API as in the loan tests."""

from contextlib import ExitStack
from datetime import date, datetime, time, timezone

import pytest
from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.loans.models import Installment, LoanApplication, LoanEvent
from server.platform import Platform
from server.scheduler.models import JobRun
from tests.server.loans.conftest import apply, balances, fund  # noqa: F401 - the loan tests' fixtures


def shanghai(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), clock.SHANGHAI)


class TestClock(clock.FixedClock):
    """The server's clock in the test's hand from its first `set` on: what the test does before (signing
    in, making loans through the API) runs on the real time."""

    def __init__(self):
        super().__init__(datetime(2000, 1, 1, tzinfo=timezone.utc))
        self._using, self._active = ExitStack(), False

    def set(self, moment: datetime) -> None:
        self.at = moment.astimezone(timezone.utc)
        if not self._active:
            self._using.enter_context(clock.use(self))
            self._active = True

    def close(self) -> None:
        self._using.close()


@pytest.fixture
def server_clock():
    c = TestClock()
    yield c
    c.close()


@pytest.fixture
def fixed_clock(server_clock):
    """The server's clock standing at 2026-12-02 09:00 Shanghai from the start, until the test moves it."""
    server_clock.set(shanghai(date(2026, 12, 2), 9))
    return server_clock


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


def loan(platform, app_id: int) -> dict:
    """A loan as the database has it (read without the API, whose tokens live on the real time)."""
    with platform.db.read() as db:
        app = db.get(LoanApplication, app_id)
        return {"state": app.state, "funded_fen": app.funded_fen,
                "installments": [{"state": i.state, "penalty_fen": i.penalty_fen} for i in db.scalars(
                    select(Installment).where(Installment.application_id == app_id).order_by(Installment.number))],
                "timeline": [{"action": e.action, "actor": e.actor_name} for e in db.scalars(
                    select(LoanEvent).where(LoanEvent.application_id == app_id).order_by(LoanEvent.id))]}


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
