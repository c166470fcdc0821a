"""The demo blacklist: every kind and source, borrowers of the demo whose risk check and customer view show hits,
one removal waiting for the senior risk officer."""

from sqlalchemy import select

from server.loans.blacklist_demo import seed_blacklist
from server.loans.demo import seed_loans
from server.loans.models import Borrower, LoanApplication


def test_the_demo_holds_every_kind_and_source_hits_on_borrowers_in_review_and_a_pending_removal(platform, staff):
    from server.loans import blacklist

    with platform.db.write() as db:
        seed_loans(db, 600)
        made = seed_blacklist(db)
        db.commit()
    assert made == 12
    with platform.db.write() as db:
        assert seed_blacklist(db) == 0  # seeding twice adds nothing
    lead = staff("risklead")
    listed = lead.get("/loans/blacklist").json()
    assert {e["kind"] for e in listed} == {"id_number", "phone", "bank_card", "name"}
    assert {e["source"] for e in listed} == {"internal", "court", "partner"}
    pending = lead.get("/loans/blacklist", params={"removal": "pending"}).json()
    assert len(pending) == 1 and pending[0]["removal"]["requested_by_name"] == "李明"
    assert len(lead.get("/loans/blacklist", params={"include_removed": True}).json()) == len(listed) + 1
    waiting = {i["key"]: i["count"] for i in lead.get("/work/waiting").json()["items"]}
    assert waiting["blacklist_removals"] == 1
    with platform.db.read() as db:
        in_review = db.scalars(select(LoanApplication).where(LoanApplication.state == "submitted")).all()
        flagged = [a for a in in_review if any(h["rule"] == "blacklist" for h in a.risk_hits or [])]
        kinds = {k for a in flagged for h in a.risk_hits if h["rule"] == "blacklist" for k in h["params"]["keys"]}
        assert kinds == {"id_number", "phone", "bank_card", "name"}
        hit_customers = [b for b in db.scalars(select(Borrower).where(
            Borrower.id.in_({a.borrower_id for a in flagged}))) if blacklist.hits_for(db, b)]
        assert len(hit_customers) == 4
    detail = lead.get(f"/loans/applications/{flagged[0].id}").json()
    assert any(h["rule"] == "blacklist" for h in detail["risk"]["hits"]) and detail["borrower"]["blacklisted"]
