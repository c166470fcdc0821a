"""What waits for a user's decision, counted: one small indexed COUNT per kind of work the user's permissions
make theirs, in one read transaction. Polled every 30 seconds by every console, so nothing here reads a list.

A kind is the user's when they hold its permission; four-eyes work proposed or asked for by the user is not
theirs to decide and is left out of their count (the same rule the decision applies).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.loans.lifecycle import State
from server.loans.models import BlacklistRemoval, LoanApplication
from server.messages import _, render
from server.reconciliation.models import OPEN, PENDING, ReconDay, ReconItem, ReconProposal
from server.withdrawals.models import Withdrawal
from server.withdrawals.rules import State as WithdrawalState


@dataclass(frozen=True)
class Kind:
    key: str
    permission: str
    label: str  # an English text of the catalog
    count: Callable[[Session, Principal, date], int]


def _count(db: Session, stmt) -> int:
    return int(db.scalar(stmt) or 0)


def _my_queue(db: Session, p: Principal, today: date) -> int:
    """Applications assigned to me that wait for their first review."""
    return _count(db, select(func.count()).select_from(LoanApplication).where(
        LoanApplication.assigned_to_id == p.user_id, LoanApplication.state == State.SUBMITTED.value))


def _second_reviews(db: Session, p: Principal, today: date) -> int:
    """Applications in second review that I did not review first, unassigned or assigned to me (as my queue)."""
    return _count(db, select(func.count()).select_from(LoanApplication).where(
        LoanApplication.state == State.SECOND_REVIEW.value,
        or_(LoanApplication.first_reviewer_id.is_(None), LoanApplication.first_reviewer_id != p.user_id),
        or_(LoanApplication.assigned_to_id.is_(None), LoanApplication.assigned_to_id == p.user_id)))


def _withdrawals(db: Session, p: Principal, today: date) -> int:
    return _count(db, select(func.count()).select_from(Withdrawal).where(
        Withdrawal.state == WithdrawalState.PENDING_REVIEW.value))


def _large_withdrawals(db: Session, p: Principal, today: date) -> int:
    """Awaiting the second approval, first approved by someone else."""
    return _count(db, select(func.count()).select_from(Withdrawal).where(
        Withdrawal.state == WithdrawalState.PENDING_SECOND_APPROVAL.value,
        or_(Withdrawal.first_approver_id.is_(None), Withdrawal.first_approver_id != p.user_id)))


def _differences(db: Session, p: Principal, today: date) -> int:
    """Open differences of the days run and not closed."""
    open_days = select(ReconDay.id).where(ReconDay.closed_at.is_(None), ReconDay.run_at.is_not(None))
    return _count(db, select(func.count()).select_from(ReconItem).where(
        ReconItem.day_id.in_(open_days), ReconItem.state == OPEN, ReconItem.category.is_not(None)))


def _adjustments(db: Session, p: Principal, today: date) -> int:
    return _count(db, select(func.count()).select_from(ReconProposal).where(
        ReconProposal.state == PENDING,
        or_(ReconProposal.proposed_by_id.is_(None), ReconProposal.proposed_by_id != p.user_id)))


def _blacklist_removals(db: Session, p: Principal, today: date) -> int:
    return _count(db, select(func.count()).select_from(BlacklistRemoval).where(
        BlacklistRemoval.state == "pending", BlacklistRemoval.requested_by != p.username))


def _proposals(kind: str):
    def count(db: Session, p: Principal, today: date) -> int:
        from server.loans.after.models import LoanProposal

        return _count(db, select(func.count()).select_from(LoanProposal).where(
            LoanProposal.state == "pending", LoanProposal.kind == kind, LoanProposal.proposed_by != p.username))

    return count


def _phone_changes(db: Session, p: Principal, today: date) -> int:
    from server.customers.service_models import PhoneChange

    return _count(db, select(func.count()).select_from(PhoneChange).where(
        PhoneChange.state == "pending",
        or_(PhoneChange.requested_by_id.is_(None), PhoneChange.requested_by_id != p.user_id)))


def _collection_due(db: Session, p: Principal, today: date) -> int:
    """My collection cases of loans still owed on whose next action is today or earlier, or whose latest promise to
    pay is broken. A collector holds a few dozen cases: the promises are checked for those only."""
    from server.loans.after import ageing
    from server.loans.after.book import latest_promises
    from server.loans.after.models import CollectionCase, CollectionContact

    rows = db.execute(select(CollectionCase.application_id, CollectionCase.next_action_date)
                      .join(LoanApplication, LoanApplication.id == CollectionCase.application_id)
                      .where(CollectionCase.collector == p.username,
                             LoanApplication.state.in_([s.value for s in ageing.COLLECTED_STATES]))).all()
    due = {app_id for app_id, next_day in rows if next_day is not None and next_day <= today}
    rest = [app_id for app_id, _next in rows if app_id not in due]
    if rest:  # only a promise whose day has passed can be broken: check the latest promise of those loans only
        rest = list(db.scalars(select(CollectionContact.application_id).distinct().where(
            CollectionContact.application_id.in_(rest), CollectionContact.outcome == "promised",
            CollectionContact.promised_date < today)))
    if rest:
        due |= {app_id for app_id, promise in latest_promises(db, rest, today).items() if promise["state"] == "broken"}
    return len(due)


def _alerts(db: Session, p: Principal, today: date) -> int:
    """Open (not yet acknowledged) alerts of the areas the user sees (server/monitoring/alert_views.py)."""
    from server.monitoring.alert_views import visible_areas
    from server.monitoring.models import OPEN, Alert

    return _count(db, select(func.count()).select_from(Alert).where(
        Alert.state == OPEN, Alert.area.in_(visible_areas(p.permissions))))


KINDS: tuple[Kind, ...] = (
    Kind("my_queue", "loan.review.first", _("My first reviews"), _my_queue),
    Kind("second_reviews", "loan.review.second", _("Second reviews"), _second_reviews),
    Kind("withdrawals", "funds.withdrawal.review", _("Withdrawals to review"), _withdrawals),
    Kind("large_withdrawals", "funds.withdrawal.approve_large", _("Large withdrawals to approve"), _large_withdrawals),
    Kind("differences", "recon.resolve", _("Open reconciliation differences"), _differences),
    Kind("adjustments", "funds.adjust.approve", _("Adjusting entries to approve"), _adjustments),
    Kind("compensations", "loan.compensation.approve", _("Compensations to approve"), _proposals("compensation")),
    Kind("write_offs", "loan.write_off.approve", _("Write-offs to approve"), _proposals("write_off")),
    Kind("blacklist_removals", "loan.blacklist", _("Blacklist removals to decide"), _blacklist_removals),
    Kind("phone_changes", "customer.phone_change.approve", _("Phone changes to approve"), _phone_changes),
    Kind("collection_due", "loan.collect", _("Collections due"), _collection_due),
    Kind("alerts", "alert.manage", _("Open alerts"), _alerts),
)


def waiting(db: Session, principal: Principal, language: str, today: date | None = None) -> list[dict]:
    """[{key, count, label}] for every kind the user's permissions make theirs (a count of 0 included), in the
    order above."""
    today = today or clock.today()
    return [{"key": k.key, "count": k.count(db, principal, today), "label": render(k.label, language)}
            for k in KINDS if k.permission in principal.permissions]
