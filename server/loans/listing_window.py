"""The end of a listing's window: a listing not fully funded by its deadline fails (流标).

The deadline is set when the loan is listed (`listed_at + LoanPolicy.funding_period`, 7 days by
default). The scheduler's `listing_window` job calls `expire_unfunded` as of its slot's time; each
such listing becomes `expired`, and every investor's money frozen for it is released through the
ledger (the reservations voided), in the same transaction, as the manual `expire` action does.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.db.versioning import bump
from server.ledger import movements as ledger
from server.loans.lifecycle import State
from server.loans.models import Investment, LoanApplication, LoanEvent


def release_investments(db: Session, app: LoanApplication) -> int:
    """The investors' frozen money for this loan is theirs to spend again; answers the fen released."""
    frozen = list(db.scalars(select(Investment).where(Investment.application_id == app.id,
                                                      Investment.state == "frozen")))
    for investment in frozen:
        investment.state = "released"
    if frozen:
        ledger.release(db, f"loan-release-{app.number}", app.number)
    return sum(i.amount_fen for i in frozen)


def expire_unfunded(db: Session, audit: Auditor, as_of: datetime) -> dict:
    """Every listing whose window closed at or before `as_of` without full funding fails. Listings
    are taken in id order and locked; one already expired (an earlier run, or an officer) is no
    longer listed and is left alone, so a second run changes nothing."""
    due = db.scalars(select(LoanApplication)
                     .where(LoanApplication.state == State.LISTED, LoanApplication.funding_deadline <= as_of)
                     .order_by(LoanApplication.id).with_for_update()).all()
    released_fen = 0
    for app in due:
        released = release_investments(db, app)
        released_fen += released
        app.state = State.EXPIRED
        bump(app)
        comment = f"funding window ended {app.funding_deadline.isoformat()}"
        db.add(LoanEvent(application_id=app.id, actor_id=None, actor_name="system", action="expire",
                         from_state=State.LISTED, to_state=State.EXPIRED, comment=comment, at=clock.now()))
        audit.record("loan.expire", "loan_application", app.number, before={"state": State.LISTED.value},
                     after={"state": State.EXPIRED.value, "reason": "funding_window_ended",
                            "funded_fen": app.funded_fen, "released_fen": released})
    return {"listings_expired": len(due), "released_fen": released_fen}
