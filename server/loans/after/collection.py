"""Collection (催收): a loan's collector, the contacts with the borrower and the next action date.

Assigning needs loan.manage and a collector holding loan.collect; recording a contact needs loan.collect. Each
goes on the loan's timeline (loan_events) and into the audit log.

The lists show the borrower's phone masked to everyone, pii.view or not: the number to call is revealed for one
loan still owed on, to a holder of loan.collect, and every such reveal is audited with the loan it was for.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, NotFound, ValidationFailed
from server.loans.after import ageing
from server.loans.after.book import promise_state
from server.loans.after.models import CollectionCase, CollectionContact
from server.loans.lifecycle import state_word
from server.loans.models import LoanApplication, LoanEvent
from server.messages import _
from server.staff.accounts import staff_names
from server.staff.models import User

OUTCOMES = ("called", "no_answer", "promised", "disputed", "wrong_number")
# The timeline's action for each outcome (the console names them).
CONTACT_EVENTS = {o: f"collection_{o}" for o in OUTCOMES}


def _loan(db: Session, app_id: int) -> LoanApplication:
    app = db.get(LoanApplication, app_id, with_for_update=True, populate_existing=True)
    if app is None:
        raise NotFound(_("No such application."), code="application_not_found")
    return app


def _collectable(db: Session, app: LoanApplication) -> None:
    """Only a loan still owed on (being repaid, overdue or compensated) is collected."""
    if app.state not in [s.value for s in ageing.COLLECTED_STATES]:
        raise Conflict(_("Loan {number} is “{state}”; only a loan still owed on is collected."),
                       code="not_collectable", params={"number": app.number, "state": state_word(app.state)})


def _case(db: Session, app_id: int) -> CollectionCase:
    found = db.get(CollectionCase, app_id, with_for_update=True, populate_existing=True)
    if found is None:
        found = CollectionCase(application_id=app_id, version=1)
        db.add(found)
        db.flush()
    return found


def _event(db: Session, app: LoanApplication, actor: Principal, action: str, comment: str) -> None:
    db.add(LoanEvent(application_id=app.id, actor_id=actor.user_id, actor_name=actor.username, action=action,
                     from_state=app.state, to_state=app.state, comment=comment, at=utcnow()))


def view(db: Session, app_id: int, today: date | None = None) -> dict:
    today = today or clock.today()
    if db.get(LoanApplication, app_id) is None:
        raise NotFound(_("No such application."), code="application_not_found")
    case = db.get(CollectionCase, app_id)
    contacts = db.scalars(select(CollectionContact).where(CollectionContact.application_id == app_id)
                          .order_by(CollectionContact.id.desc())).all()
    names = staff_names(db, {c.by_username for c in contacts} | ({case.collector} if case and case.collector else set()))
    return {"application_id": app_id, "collector": case.collector if case else None,
            "collector_name": names.get(case.collector) if case and case.collector else None,
            "next_action_date": case.next_action_date if case else None, "version": case.version if case else 0,
            "contacts": [{"id": c.id, "at": c.at, "by": c.by_username, "by_name": names.get(c.by_username, c.by_username),
                          "outcome": c.outcome, "note": c.note, "promised_date": c.promised_date,
                          "promised_amount_fen": c.promised_amount_fen, "next_action_date": c.next_action_date,
                          "promise_state": promise_state(db, c, today) if c.outcome == "promised" else None}
                         for c in contacts]}


def collectors(db: Session) -> list[dict]:
    """The active staff who collect loans (hold loan.collect through a role), for the collector picker."""
    users = db.scalars(select(User).where(User.disabled.is_(False)).order_by(User.display_name, User.username))
    return [{"username": u.username, "display_name": u.display_name or u.username}
            for u in users if "loan.collect" in u.permission_names]


def assign(db: Session, audit: Auditor, actor: Principal, app_id: int, collector: str | None) -> dict:
    """Gives the loan to a collector (a staff member holding loan.collect), or takes it back (None)."""
    app = _loan(db, app_id)
    _collectable(db, app)
    name = None
    if collector is not None:
        user = db.scalar(select(User).where(User.username == collector))
        if user is None or user.disabled or "loan.collect" not in user.permission_names:
            raise ValidationFailed(_("{username} is not an active staff member who collects loans."),
                                   code="collector_invalid", params={"username": collector})
        name = user.display_name or user.username
    case = _case(db, app.id)
    before = case.collector
    if before == collector:
        audit.record("loan.collector_assigned", "loan_application", app.number,
                     before={"collector": before}, after={"collector": collector, "unchanged": True})
        return view(db, app.id)
    case.collector, case.assigned_by, case.assigned_at = collector, actor.username, utcnow()
    bump(case)
    _event(db, app, actor, "collector_assigned", name or "-")
    audit.record("loan.collector_assigned", "loan_application", app.number, before={"collector": before},
                 after={"collector": collector})
    return view(db, app.id)


def reveal_phone(db: Session, audit: Auditor, app_id: int) -> dict:
    """The borrower's registered phone, in full, to call about this loan."""
    from server.customers.models import Customer

    app = _loan(db, app_id)
    _collectable(db, app)
    borrower = db.get(Customer, app.borrower_id)
    phone = borrower.phone if borrower is not None else None
    audit.record("loan.collection_phone_revealed", "loan_application", app.number,
                 after={"customer": borrower.number if borrower is not None else None, "fields": ["phone"],
                        "purpose": "collection"})
    return {"application_id": app.id, "number": app.number, "phone": phone}


def record_contact(db: Session, audit: Auditor, actor: Principal, app_id: int, outcome: str, note: str,
                   promised_date: date | None, promised_amount_fen: int | None,
                   next_action_date: date | None) -> dict:
    if outcome not in OUTCOMES:
        raise ValidationFailed(_("A contact's outcome is called, no answer, promised, disputed or wrong number."),
                               code="outcome_invalid")
    today = clock.today()
    if outcome == "promised":
        if promised_date is None or not promised_amount_fen:
            raise ValidationFailed(_("A promise to pay needs the day and the amount."), code="promise_incomplete")
        if promised_date < today:
            raise ValidationFailed(_("A promise to pay is for today or a later day."), code="promise_date_past")
    elif promised_date is not None or promised_amount_fen is not None:
        raise ValidationFailed(_("Only a promise to pay has a day and an amount."), code="promise_unexpected")
    if next_action_date is not None and next_action_date < today:
        raise ValidationFailed(_("The next action is for today or a later day."), code="next_action_date_past")
    app = _loan(db, app_id)
    _collectable(db, app)
    case = _case(db, app.id)
    contact = CollectionContact(application_id=app.id, at=utcnow(), by_username=actor.username, outcome=outcome,
                                note=note.strip(), promised_date=promised_date,
                                promised_amount_fen=promised_amount_fen, next_action_date=next_action_date)
    db.add(contact)
    case.next_action_date = next_action_date or (promised_date if outcome == "promised" else case.next_action_date)
    bump(case)
    db.flush()
    _event(db, app, actor, CONTACT_EVENTS[outcome], note.strip())
    audit.record("loan.collection_contact", "loan_application", app.number,
                 after={"outcome": outcome, "note": note.strip(), "promised_date": promised_date and promised_date.isoformat(),
                        "promised_amount_fen": promised_amount_fen,
                        "next_action_date": next_action_date and next_action_date.isoformat()})
    return view(db, app.id)
