"""The demo's review history reads as the reviewers made it: a rejection with its reason, a second review by
another officer, and a risk finding about overdue repayments only where the borrower's file has them."""

from sqlalchemy import select

from server.loans.demo import seed_loans
from server.loans.models import LoanApplication, LoanEvent
from server.loans.service import borrower_history


def _seed(platform, n=2000):
    with platform.db.write() as db:
        seed_loans(db, n)
        db.commit()


def test_the_overdue_finding_agrees_with_the_borrowers_file(platform):
    """It said "4 overdue repayments, longest 47 days" beside 逾期期数 0 / 最长逾期天数 0: the seed stamped the
    finding on every high-risk application; the borrower's file counts the installments."""
    _seed(platform)
    with platform.db.read() as db:
        high_risk = db.scalars(select(LoanApplication).where(
            LoanApplication.risk_grade == "HR", LoanApplication.state.in_(("submitted", "second_review", "rejected")))).all()
        assert high_risk
        found = 0
        for app in high_risk:
            history = borrower_history(db, app.borrower_id)
            overdue = [h for h in app.risk_hits if h["rule"] == "overdue_history"]
            if history["overdue_count"]:
                found += 1
                assert overdue[0]["params"] == {"count": history["overdue_count"],
                                                "longest_days": history["longest_overdue_days"]}
            else:
                assert not overdue, (app.number, history)


def test_a_rejected_application_carries_the_reviewers_reason(platform, staff):
    _seed(platform, 300)
    with platform.db.read() as db:
        rejected = db.scalars(select(LoanApplication).where(LoanApplication.state == "rejected")).all()
        assert rejected
        for app in rejected:
            events = db.scalars(select(LoanEvent).where(LoanEvent.application_id == app.id)
                                .order_by(LoanEvent.id)).all()
            last = events[-1]
            assert (last.action, last.to_state) == ("reject", "rejected") and last.comment
            if app.needs_second_review:
                assert [e.action for e in events] == ["submitted", "approve_first", "reject"]
                assert last.actor_name == "risklead" and events[1].to_state == "second_review"
    detail = staff("risk").get(f"/loans/applications/{rejected[0].id}").json()
    assert detail["timeline"][-1]["comment"] and detail["timeline"][-1]["action"] == "reject"
