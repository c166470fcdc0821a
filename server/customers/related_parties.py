"""Marking a customer as a related party of the platform (关联方) and ending the mark, without HTTP.

The information-disclosure guideline asks for related parties' loans apart, month by month; the monthly report reads
the periods kept here (server/reports/month_books.py), so a mark carries the day its relation began (a past day
when the platform learns of it late, never a future one) and a cleared mark still counts in the months it covered.
Every change is audited and version-checked against the customer."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.customers.models import Customer, CustomerRelation
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, ValidationFailed
from server.messages import _

RELATION_MAX = 200
REASON_MAX = 500


def _view(customer: Customer) -> dict:
    return {"related_party": customer.related_party, "version": customer.version}


def _words(value: str | None, code: str, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationFailed(_("Say why, in a few words.") if code == "reason_required"
                               else _("Say how the customer is related to the platform."), code=code)
    if len(value) > limit:
        raise ValidationFailed(_("At most {limit} characters."), code="too_long", params={"limit": limit})
    return value


def _open_period(db: Session, customer_id: int) -> CustomerRelation | None:
    return db.scalar(select(CustomerRelation).where(CustomerRelation.customer_id == customer_id,
                                                    CustomerRelation.until.is_(None)))


def mark(db: Session, audit: Auditor, actor: Principal, customer_id: int, version: int, relation: str,
         since: date | None, reason: str) -> Customer:
    """Marks the customer related from `since` (a Shanghai business day, today when not given); a customer marked
    already with another relation gets the new one from today, the old period ending now."""
    relation = _words(relation, "relation_required", RELATION_MAX)
    reason = _words(reason, "reason_required", REASON_MAX)
    customer = load_for_update(db, Customer, customer_id, version, _view, "customer_not_found")
    today = clock.today()
    if since is not None and since > today:
        raise ValidationFailed(_("A relation cannot begin after today ({today})."), code="since_in_future",
                               params={"today": today.isoformat()})
    current = _open_period(db, customer.id)
    if current is not None and current.relation == relation:
        raise Conflict(_("Customer {number} is marked already as a related party: {relation}."),
                       code="related_party_unchanged", params={"number": customer.number, "relation": relation},
                       current=_view(customer))
    now = clock.now()
    begins = clock.day_start_utc(since or today)
    if current is not None:
        # A changed relation: the old one ends now, the new one cannot reach back before it.
        current.until, current.ended_by = now, actor.username
        begins = max(begins, now)
    elif db.scalar(select(CustomerRelation.id).where(CustomerRelation.customer_id == customer.id,
                                                     CustomerRelation.until > begins).limit(1)) is not None:
        raise Conflict(_("Customer {number} was marked as a related party after {since}: a new relation begins "
                         "after the last one ended."), code="related_party_overlap",
                       params={"number": customer.number, "since": (since or today).isoformat()},
                       current=_view(customer))
    db.add(CustomerRelation(customer_id=customer.id, relation=relation, since=begins, marked_by=actor.username))
    before = customer.related_party
    customer.related_party = relation
    bump(customer)
    audit.record("customer.related_party_marked", "customer", customer.number, before={"related_party": before},
                 after={"related_party": relation, "since": clock.business_day(begins).isoformat(), "reason": reason})
    return customer


def clear(db: Session, audit: Auditor, actor: Principal, customer_id: int, version: int, reason: str) -> Customer:
    """Ends the customer's relation now: the months before keep counting it."""
    reason = _words(reason, "reason_required", REASON_MAX)
    customer = load_for_update(db, Customer, customer_id, version, _view, "customer_not_found")
    current = _open_period(db, customer.id)
    if current is None:
        raise Conflict(_("Customer {number} is not marked as a related party."), code="not_related_party",
                       params={"number": customer.number}, current=_view(customer))
    current.until, current.ended_by = max(clock.now(), current.since), actor.username
    before = customer.related_party
    customer.related_party = None
    bump(customer)
    audit.record("customer.related_party_cleared", "customer", customer.number, before={"related_party": before},
                 after={"related_party": None, "reason": reason})
    return customer


@dataclass(frozen=True)
class Period:
    customer_id: int
    number: str
    since: datetime
    until: datetime | None

    def covers(self, moment: datetime) -> bool:
        return self.since < moment and (self.until is None or self.until >= moment)


def periods(db: Session, until: datetime) -> list[Period]:
    """Every relation that had begun before `until`."""
    return [Period(cid, number, since, ended) for cid, number, since, ended in db.execute(
        select(CustomerRelation.customer_id, Customer.number, CustomerRelation.since, CustomerRelation.until)
        .join(Customer, Customer.id == CustomerRelation.customer_id).where(CustomerRelation.since < until))]
