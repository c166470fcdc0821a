"""The rules of reports: who may print which report, the print record, and the figures reports read."""

from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.errors import Forbidden, ValidationFailed
from server.messages import Word, _
from server.permissions import BY_NAME, permission_word, permissions_word
from server.reports.catalog import AREA_PERMISSIONS, NAMES, PRINT
from server.staff import separation
from server.staff.accounts import staff_names, state_of
from server.staff.models import User
from server.withdrawals.models import Withdrawal
from server.withdrawals.service import flag_views
from server.security.masking import mask_bank_card

SHANGHAI = clock.SHANGHAI


def check_may_print(principal: Principal, report: str) -> None:
    """report.print is checked on the route; this adds the report's own area permission."""
    needed = AREA_PERMISSIONS[report]
    if PRINT not in principal.permissions or not principal.permissions.intersection(needed):
        raise Forbidden(_("Printing {report} needs the permission “{print}” and one of {permissions}."),
                        code="permission_denied", permission=needed[0],
                        params={"report": Word(report, NAMES.get(report, report)), "print": permission_word(PRINT),
                                "permissions": permissions_word(needed)})


def record_print(audit: Auditor, principal: Principal, report: str, parameters: dict[str, str], action: str,
                 language: str) -> dict:
    """One audit record per report generated, printed or saved: who, which report, with which parameters."""
    audit.record(f"report.{action}", "report", report, after={"parameters": parameters, "language": language})
    return {"report": report, "action": action, "parameters": parameters, "printed_by": principal.username,
            "printed_at": utcnow()}


# --- business days ---------------------------------------------------------------------------------

def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed(_("The day must be YYYY-MM-DD, not “{text}”."), code="day_invalid",
                               params={"text": text}) from None


def parse_month(text: str) -> date:
    try:
        if len(text) != 7:
            raise ValueError
        return date.fromisoformat(text + "-01")
    except ValueError:
        raise ValidationFailed(_("The month must be YYYY-MM, not “{text}”."), code="month_invalid",
                               params={"text": text}) from None


def local_midnight_utc(day: date) -> datetime:
    return clock.day_start_utc(day)


# --- the day's withdrawal decisions --------------------------------------------------------------

def withdrawal_reviews(db: Session, day: date, decision: str) -> dict:
    """Withdrawals decided on `day` (Asia/Shanghai): paid or rejected, and those a first approver passed on to
    a second approval that day. The bank card is masked as everywhere."""
    start, end = local_midnight_utc(day), local_midnight_utc(day + timedelta(days=1))
    decided = (Withdrawal.decided_at >= start) & (Withdrawal.decided_at < end)
    first = (Withdrawal.first_approved_at >= start) & (Withdrawal.first_approved_at < end)
    query = select(Withdrawal).where(or_(decided, first & (Withdrawal.state == "pending_second_approval")))
    if decision in ("paid", "rejected"):
        query = select(Withdrawal).where(decided, Withdrawal.state == decision)
    rows = db.scalars(query.order_by(Withdrawal.decided_at, Withdrawal.first_approved_at, Withdrawal.id)).all()
    staff = staff_names(db, [u for w in rows for u in (w.first_approver_name, w.decided_by_name)])
    items, totals = [], {}
    for w in rows:
        items.append({"id": w.id, "number": w.number, "customer_ref": w.customer_ref, "amount_fen": w.amount_fen,
                      "bank_card": mask_bank_card(w.bank_card), "state": w.state, "flags": flag_views(w),
                      "requested_at": w.requested_at, "first_approver": w.first_approver_name,
                      "first_approved_at": w.first_approved_at, "decided_by": w.decided_by_name,
                      "decided_at": w.decided_at, "reject_reason": w.reject_reason,
                      "first_approver_display_name": staff.get(w.first_approver_name),
                      "decided_by_display_name": staff.get(w.decided_by_name),
                      # paid at the request, no reviewer (withdrawals/service.py, withdrawal.auto_approved)
                      "decided_automatically": w.decided_at is not None and w.decided_by_name is None
                      and w.first_approver_name is None and w.state == "paid"})
        total = totals.setdefault(w.state, {"count": 0, "amount_fen": 0})
        total["count"] += 1
        total["amount_fen"] += w.amount_fen
    return {"day": day.isoformat(), "decision": decision, "items": items, "totals": totals}


# --- staff and their permissions -----------------------------------------------------------------

def staff_permissions(db: Session, state: str) -> dict:
    users = db.scalars(select(User).order_by(User.username)).all()
    now = utcnow()
    rows = []
    for user in users:
        user_state = state_of(user, now)
        if state == "active" and user_state != "active":
            continue
        permissions = sorted(user.permission_names)
        rows.append({"id": user.id, "username": user.username, "display_name": user.display_name,
                     "state": user_state,
                     "roles": [{"name": r.name, "label_zh": r.label_zh, "label_en": r.label_en} for r in user.roles],
                     "permissions": permissions,
                     "conflicts": [rule.as_dict() for rule in separation.conflicts(set(permissions))]})
    labels = {name: {"zh": p.label_zh, "en": p.label_en} for name, p in BY_NAME.items()}
    return {"state": state, "users": rows, "permission_labels": labels}
