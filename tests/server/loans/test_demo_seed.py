"""`seed-demo --loans N`: deterministic, realistic, every state present, readable through the API."""

from sqlalchemy import func, select

from server.loans.demo import seed_loans
from server.loans.lifecycle import State
from server.loans.models import LoanApplication


def _seed(platform, n):
    with platform.db.write() as db:
        seed_loans(db, n)
        db.commit()
    with platform.db.read() as db:
        return db.execute(select(LoanApplication.number, LoanApplication.state, LoanApplication.amount_fen)
                          .order_by(LoanApplication.id)).all()


def test_demo_loans_cover_every_state_and_are_the_same_every_time(make_platform):
    first = _seed(make_platform(), 3000)
    second = _seed(make_platform(), 3000)
    assert first == second
    assert {row.state for row in first} == {s.value for s in State}
    assert len({row.number for row in first}) == 3000


def test_demo_loans_are_listed_and_opened_through_the_api(platform, staff):
    _seed(platform, 500)
    lead = staff("risklead")
    page = lead.get("/loans/applications", params={"state": ["repaying"], "sort": "-amount"}).json()
    assert page["total"] > 100
    detail = lead.get(f"/loans/applications/{page['items'][0]['id']}").json()
    assert detail["borrower"]["id_number"] and len(detail["installments"]) == detail["term_months"] or \
        detail["method"] == "bullet"
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(LoanApplication)) == 500
