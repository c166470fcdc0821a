"""The after-loan lists: listings with their funding, repayments due in a window, overdue loans by bucket.

Reads only; every answer masks the borrower's name unless the reader holds pii.view, and the phone always, as the
customer search does: the number to call is revealed for one loan, audited (collection.reveal_phone).
"""

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.loans.after import ageing
from server.loans.after.models import CollectionCase, CollectionContact, LoanProposal
from server.loans.lifecycle import State
from server.loans.models import Borrower, Installment, Investment, LoanApplication
from server.security.masking import mask_name, mask_phone
from server.staff.accounts import staff_names

LISTING_STATES = (State.APPROVED, State.LISTED, State.FUNDED)
DISBURSED_STATES = (State.REPAYING, State.OVERDUE, State.SETTLED, State.COMPENSATED, State.WRITTEN_OFF)


def _pii(principal: Principal) -> bool:
    return "pii.view" in principal.permissions


def _name(app: LoanApplication, principal: Principal) -> str:
    return app.borrower_name if _pii(principal) else mask_name(app.borrower_name)


# --- listings (发标, 满标, 放款, 流标) ---------------------------------------------------------------

def listings(db: Session, principal: Principal) -> list[dict]:
    """Approved loans waiting to be listed, listings open for funding, fully funded loans waiting for their
    disbursement: fully funded first, then the listings whose windows end soonest, then the approved."""
    order = case((LoanApplication.state == State.FUNDED, 0), (LoanApplication.state == State.LISTED, 1), else_=2)
    apps = db.scalars(select(LoanApplication).where(LoanApplication.state.in_([s.value for s in LISTING_STATES]))
                      .order_by(order, LoanApplication.funding_deadline, LoanApplication.id).limit(2000)).all()
    ids = [a.id for a in apps]
    money: dict[int, tuple[int, int]] = {}
    if ids:
        for app_id, investors, frozen in db.execute(
                select(Investment.application_id, func.count(func.distinct(Investment.investor_ref)),
                       func.coalesce(func.sum(case((Investment.state == "frozen", Investment.amount_fen), else_=0)), 0))
                .where(Investment.application_id.in_(ids), Investment.state != "released")
                .group_by(Investment.application_id)):
            money[app_id] = (int(investors), int(frozen))
    return [{"id": a.id, "number": a.number, "borrower_id": a.borrower_id, "borrower_name": _name(a, principal),
             "amount_fen": a.amount_fen, "funded_fen": a.funded_fen, "frozen_fen": money.get(a.id, (0, 0))[1],
             "investors": money.get(a.id, (0, 0))[0], "listed_at": a.listed_at, "funding_deadline": a.funding_deadline,
             "state": a.state, "term_months": a.term_months, "annual_rate": str(a.annual_rate), "version": a.version}
            for a in apps]


# --- repayments due ------------------------------------------------------------------------------

def repayments(db: Session, principal: Principal, window: str, today: date | None = None) -> list[dict]:
    """Installments due today (window "today") or from today through the next six days ("7days"), Shanghai's
    days, with what was received: due, partly received (partial) or received (paid)."""
    today = today or clock.today()
    last = today if window == "today" else today + timedelta(days=6)
    rows = db.execute(select(Installment, LoanApplication)
                      .join(LoanApplication, LoanApplication.id == Installment.application_id)
                      .where(Installment.due_date >= today, Installment.due_date <= last,
                             LoanApplication.state.in_([s.value for s in DISBURSED_STATES]))
                      .order_by(Installment.due_date, LoanApplication.number, Installment.number).limit(5000)).all()
    items = []
    for row, app in rows:
        due = row.principal_fen + row.interest_fen + (row.penalty_fen or 0)
        paid = row.paid_fen or 0
        state = "paid" if row.state == "paid" or paid >= due else ("partial" if paid > 0 else "due")
        items.append({"application_id": app.id, "number": app.number, "borrower_id": app.borrower_id,
                      "borrower_name": _name(app, principal), "installment_number": row.number,
                      "due_date": row.due_date, "principal_fen": row.principal_fen, "interest_fen": row.interest_fen,
                      "penalty_fen": row.penalty_fen or 0, "due_fen": due, "paid_fen": paid, "paid_at": row.paid_at,
                      "state": state, "loan_state": app.state})
    return items


# --- overdue loans -------------------------------------------------------------------------------

def _phones(db: Session, borrower_ids) -> dict[int, str | None]:
    """The borrowers' registered phones (decrypted here; masked by the caller)."""
    if not borrower_ids:
        return {}
    return {b.id: b.phone for b in db.scalars(select(Borrower).where(Borrower.id.in_(list(borrower_ids))))}


def paid_between(db: Session, app_id: int, since, until_day: date) -> int:
    """What the borrower paid on the loan's installments from `since` to the end of `until_day` (Shanghai)."""
    end = clock.day_start_utc(until_day + timedelta(days=1))
    return int(db.scalar(select(func.coalesce(func.sum(Installment.paid_fen), 0)).where(
        Installment.application_id == app_id, Installment.paid_at.is_not(None), Installment.paid_at >= since,
        Installment.paid_at < end)) or 0)


def promise_state(db: Session, contact: CollectionContact, today: date) -> str:
    """kept: the promised amount was paid by the promised day; broken: the day has passed without it; open."""
    paid = paid_between(db, contact.application_id, contact.at, contact.promised_date)
    if paid >= (contact.promised_amount_fen or 0):
        return "kept"
    return "broken" if today > contact.promised_date else "open"


def latest_promises(db: Session, app_ids, today: date) -> dict[int, dict]:
    """Each loan's latest promise to pay with its state."""
    if not app_ids:
        return {}
    latest = (select(CollectionContact.application_id, func.max(CollectionContact.id).label("id"))
              .where(CollectionContact.application_id.in_(list(app_ids)), CollectionContact.outcome == "promised")
              .group_by(CollectionContact.application_id).subquery())
    found = {}
    for contact in db.scalars(select(CollectionContact).join(latest, latest.c.id == CollectionContact.id)):
        found[contact.application_id] = {"date": contact.promised_date, "amount_fen": contact.promised_amount_fen,
                                         "state": promise_state(db, contact, today), "contact_id": contact.id}
    return found


def proposal_states(db: Session, app_ids) -> dict[tuple[int, str], str]:
    """(loan, kind) -> the state of its latest proposal of that kind."""
    if not app_ids:
        return {}
    latest = (select(LoanProposal.application_id, LoanProposal.kind, func.max(LoanProposal.id).label("id"))
              .where(LoanProposal.application_id.in_(list(app_ids)))
              .group_by(LoanProposal.application_id, LoanProposal.kind).subquery())
    return {(p.application_id, p.kind): p.state
            for p in db.scalars(select(LoanProposal).join(latest, latest.c.id == LoanProposal.id))}


def _chunked(ids, size=500):
    ids = list(ids)
    for first in range(0, len(ids), size):
        yield ids[first:first + size]


def overdue(db: Session, principal: Principal, bucket: str | None = None, mine: bool = False,
            today: date | None = None) -> dict:
    """Overdue loans as of today (Shanghai): the counts and amounts per bucket, and the loans, broken promises
    first, then the longest overdue. `mine`: only the loans the caller collects."""
    today = today or clock.today()
    found = ageing.positions(db, today)
    cases: dict[int, CollectionCase] = {}
    apps: dict[int, LoanApplication] = {}
    for chunk in _chunked(found):
        cases.update({c.application_id: c for c in db.scalars(
            select(CollectionCase).where(CollectionCase.application_id.in_(chunk)))})
        apps.update({a.id: a for a in db.scalars(select(LoanApplication).where(LoanApplication.id.in_(chunk)))})
    if mine:
        found = {k: v for k, v in found.items() if cases.get(k) and cases[k].collector == principal.username}
    buckets = {name: {"count": 0, "amount_fen": 0, "penalty_fen": 0} for name in ageing.BUCKETS}
    for position in found.values():
        buckets[position.bucket]["count"] += 1
        buckets[position.bucket]["amount_fen"] += position.overdue_fen
        buckets[position.bucket]["penalty_fen"] += position.penalty_fen
    chosen = [p for p in found.values() if bucket is None or p.bucket == bucket]
    ids = [p.application_id for p in chosen]
    promises, proposals, phones, principal_left = {}, {}, {}, {}
    for chunk in _chunked(ids):
        promises.update(latest_promises(db, chunk, today))
        proposals.update(proposal_states(db, chunk))
        phones.update(_phones(db, {apps[i].borrower_id for i in chunk}))
        principal_left.update(ageing.outstanding_principal_fen(db, chunk))
    names = staff_names(db, {c.collector for c in cases.values() if c.collector})
    items = []
    for p in chosen:
        app, case_ = apps[p.application_id], cases.get(p.application_id)
        promise = promises.get(app.id)
        phone = phones.get(app.borrower_id)
        items.append({
            "application_id": app.id, "number": app.number, "borrower_id": app.borrower_id,
            "borrower_name": _name(app, principal), "borrower_phone": mask_phone(phone),
            "state": app.state, "overdue_days": p.overdue_days, "bucket": p.bucket, "overdue_fen": p.overdue_fen,
            "penalty_fen": p.penalty_fen, "overdue_installments": p.installments, "oldest_due_date": p.oldest_due,
            "outstanding_principal_fen": principal_left.get(app.id, 0),
            "collector": case_.collector if case_ else None,
            "collector_name": names.get(case_.collector) if case_ and case_.collector else None,
            "next_action_date": case_.next_action_date if case_ else None,
            "promise": {k: promise[k] for k in ("date", "amount_fen", "state")} if promise else None,
            "compensation_state": proposals.get((app.id, "compensation")),
            "write_off_state": proposals.get((app.id, "write_off")), "version": app.version})
    items.sort(key=lambda i: (0 if i["promise"] and i["promise"]["state"] == "broken" else 1, -i["overdue_days"],
                              i["number"]))
    return {"as_of": today, "buckets": buckets, "bad_debt": bad_debt(db), "items": items}


def bad_debt(db: Session) -> dict:
    """坏账: loans written off, with the principal they still owed."""
    ids = list(db.scalars(select(LoanApplication.id).where(LoanApplication.state == State.WRITTEN_OFF)))
    left: dict[int, int] = defaultdict(int)
    for chunk in _chunked(ids):
        left.update(ageing.outstanding_principal_fen(db, chunk))
    return {"count": len(ids), "amount_fen": sum(left.values())}
