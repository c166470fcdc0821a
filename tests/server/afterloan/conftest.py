"""After-loan tests on a planted book: loans made through the real API (borrower, review, listing, investment,
disbursement), then their due dates moved so each is exactly as overdue as the test needs, as of a fixed
Shanghai day on the platform's clock. Staff sign in on that clock; moving it a day needs fresh sign-ins."""

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from server import clock
from server.audit.models import AuditRecord
from server.loans.models import Installment
from tests.server.conftest import Staff
from tests.server.loans.conftest import apply, balances, fund  # noqa: F401 - the loan tests' fixtures

API = "/api/v1"
# 2026-12-02 16:30 UTC is already 2026-12-03 00:30 in Shanghai: "today" is the 3rd.
NOW = datetime(2026, 12, 2, 16, 30, tzinfo=timezone.utc)
TODAY = date(2026, 12, 3)
_investors = itertools.count(1)


@pytest.fixture(autouse=True)
def platform_clock():
    with clock.use(clock.FixedClock(NOW)) as fixed:
        yield fixed


@pytest.fixture
def next_day(platform_clock, client):
    """Moves the platform's clock on by `days` and answers fresh sign-ins (the old tokens have expired)."""

    def move(days: int = 1):
        platform_clock.advance(timedelta(days=days))
        signed_in = {}
        return lambda username: signed_in.setdefault(username, None) or signed_in.__setitem__(
            username, Staff(client, username)) or signed_in[username]

    return move


@pytest.fixture
def loan(staff, apply, fund):  # noqa: F811
    """A disbursed loan (equal principal, 1.2M fen over `term` months unless told), funded by `investors`."""

    def make(amount_fen=1_200_000, term=3, investors=1, method="equal_principal") -> dict:
        lead = staff("risklead")
        app = staff("risk").act(apply(amount_fen=amount_fen, term=term, method=method), "approve_first").json()
        app = lead.act(app, "list").json()
        share = amount_fen // investors
        for k in range(investors):
            ref = f"AL{next(_investors):05d}"
            part = share if k < investors - 1 else amount_fen - share * (investors - 1)
            fund(ref, part)
            app = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": ref, "amount_fen": part}).json()
        done = lead.act(app, "disburse")
        assert done.status_code == 200 and done.json()["state"] == "repaying", done.text
        return done.json()

    return make


@pytest.fixture
def plant(platform):
    """Moves a loan's due dates so its first installment fell due `days` before today (monthly after it)."""

    def move(app_id: int, days: int, first: int = 1) -> list[date]:
        with platform.db.write() as db:
            rows = db.scalars(select(Installment).where(Installment.application_id == app_id)
                              .order_by(Installment.number)).all()
            shift = (TODAY - timedelta(days=days)) - rows[first - 1].due_date
            for row in rows:
                row.due_date = row.due_date + shift
            db.commit()
            return [r.due_date for r in rows]

    return move


@pytest.fixture
def detect(staff):
    """The daily overdue job's rule, run through its manual route as of the platform's today."""

    def run(person=None):
        answer = (person or staff("risklead")).post("/loans/overdue-detection")
        assert answer.status_code == 200, answer.text
        return answer.json()

    return run


@pytest.fixture
def audit_records(platform):
    def read(action: str, object_id: str | None = None) -> list[AuditRecord]:
        with platform.db.read() as db:
            stmt = select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.seq)
            if object_id:
                stmt = stmt.where(AuditRecord.object_id == object_id)
            return list(db.scalars(stmt))

    return read


@pytest.fixture
def installments(platform):
    def read(app_id: int) -> list[Installment]:
        with platform.db.read() as db:
            return list(db.scalars(select(Installment).where(Installment.application_id == app_id)
                                   .order_by(Installment.number)))

    return read
