"""The reconciliation day (对账日): its bounds, its status, what the workspace shows, the calendar, and
closing it (日终). The other rules live beside this module, one concept each: `imports.py` (statements),
`runs.py` (the automatic passes), `resolution.py` (manual match, timing), `proposals.py` (adjusting
entries), `items.py` (lists), `profiles.py` (column layouts), `ledger_side.py` (what the ledger says).

Every change to a day goes through `day_for_change`, which locks the day's row and refuses a closed
day, so changes to one day are serialised and none reaches a closed one.
"""

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, StaleVersion, ValidationFailed
from server.messages import _
from server.staff.accounts import staff_names
from server.reconciliation.models import (LEDGER, BANK, OPEN, PENDING, PROPOSED, ReconDay, ReconItem, ReconProposal,
                                          ReconStatement)

SHANGHAI = clock.SHANGHAI
CATEGORIES = ("matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate")
NOT_STARTED, OPEN_DAY, RECONCILED, CLOSED = "not_started", "open", "reconciled", "closed"
MAX_CALENDAR_DAYS = 400


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The business day in Asia/Shanghai, midnight to midnight, as UTC instants [start, end)."""
    start = clock.day_start_utc(day)
    return start, start + timedelta(days=1)


def business_day(at: datetime) -> date:
    return clock.business_day(at)


def find_day(db: Session, day: date) -> ReconDay | None:
    return db.scalar(select(ReconDay).where(ReconDay.day == day))


def day_for_change(db: Session, day: date) -> ReconDay:
    """The day's row, created on first use and locked for the rest of the transaction; a closed day
    refuses every change (409 day_closed)."""
    row = find_day(db, day)
    if row is None:
        row = ReconDay(day=day, version=1)
        db.add(row)
        db.flush()
    row = db.get(ReconDay, row.id, with_for_update=True, populate_existing=True)
    refuse_if_closed(row)
    return row


def refuse_if_closed(row: ReconDay | None) -> None:
    if row is not None and row.closed_at is not None:
        raise Conflict(_("{day} was closed by {user}; a closed day accepts no change."), code="day_closed",
                       params={"day": row.day.isoformat(), "user": row.closed_by})


def _counts(db: Session, day_ids: list[int]) -> dict[int, dict]:
    """Per day: statements, open items (count and amount) and pending proposals, in three grouped queries."""
    out = {d: {"statements": 0, "open_count": 0, "open_amount_fen": 0, "pending_proposals": 0} for d in day_ids}
    if not day_ids:
        return out
    for day_id, n in db.execute(select(ReconStatement.day_id, func.count())
                                .where(ReconStatement.day_id.in_(day_ids), ReconStatement.withdrawn_at.is_(None))
                                .group_by(ReconStatement.day_id)):
        out[day_id]["statements"] = n
    for day_id, n, amount in db.execute(
            select(ReconItem.day_id, func.count(), func.coalesce(func.sum(ReconItem.amount_fen), 0))
            .where(ReconItem.day_id.in_(day_ids), ReconItem.state == OPEN).group_by(ReconItem.day_id)):
        out[day_id]["open_count"], out[day_id]["open_amount_fen"] = n, int(amount)
    for day_id, n in db.execute(select(ReconProposal.day_id, func.count())
                                .where(ReconProposal.day_id.in_(day_ids), ReconProposal.state == PENDING)
                                .group_by(ReconProposal.day_id)):
        out[day_id]["pending_proposals"] = n
    return out


def status_of(row: ReconDay | None, counts: dict) -> str:
    if row is None or counts["statements"] == 0:
        return CLOSED if row is not None and row.closed_at else NOT_STARTED
    if row.closed_at is not None:
        return CLOSED
    if row.run_at is None or counts["open_count"] or counts["pending_proposals"]:
        return OPEN_DAY
    return RECONCILED



def statement_view(s: ReconStatement, day: date, names: dict[str, str] | None = None) -> dict:
    names = names or {}
    return {"id": s.id, "day": day, "filename": s.filename, "sha256": s.sha256, "encoding": s.encoding,
            "profile": s.profile, "line_count": s.line_count, "in_fen": s.in_fen, "out_fen": s.out_fen,
            "reported_balance_fen": s.reported_balance_fen, "imported_by": s.imported_by,
            "imported_by_name": names.get(s.imported_by),
            "imported_at": s.imported_at, "withdrawn_at": s.withdrawn_at, "withdrawn_by": s.withdrawn_by,
            "withdrawn_by_name": names.get(s.withdrawn_by), "withdraw_reason": s.withdraw_reason}


def summary(db: Session, day_id: int | None) -> dict:
    """{category: {"ledger": {count, amount_fen}, "bank": {...}}} over the day's items, zeros included."""
    out = {c: {side: {"count": 0, "amount_fen": 0} for side in (LEDGER, BANK)} for c in CATEGORIES}
    if day_id is None:
        return out
    rows = db.execute(select(ReconItem.category, ReconItem.side, func.count(),
                             func.coalesce(func.sum(ReconItem.amount_fen), 0))
                      .where(ReconItem.day_id == day_id, ReconItem.category.is_not(None))
                      .group_by(ReconItem.category, ReconItem.side))
    for category, side, n, amount in rows:
        out.setdefault(category, {s: {"count": 0, "amount_fen": 0} for s in (LEDGER, BANK)})
        out[category][side] = {"count": n, "amount_fen": int(amount)}
    return out


def day_view(db: Session, day: date, row: ReconDay | None = None) -> dict:
    """What the day's workspace shows (DayOut)."""
    row = row if row is not None else find_day(db, day)
    counts = _counts(db, [row.id])[row.id] if row is not None else _counts(db, [])
    counts = counts or {"statements": 0, "open_count": 0, "open_amount_fen": 0, "pending_proposals": 0}
    statements = db.scalars(select(ReconStatement).where(ReconStatement.day_id == row.id)
                            .order_by(ReconStatement.id)).all() if row is not None else []
    ledger_total = row.ledger_customers_fen if row is not None else None
    reported = row.custodian_reported_fen if row is not None else None
    names = staff_names(db, [row.closed_by if row is not None else None]
                        + [u for s in statements for u in (s.imported_by, s.withdrawn_by)])
    return {"day": day, "status": status_of(row, counts), "version": row.version if row is not None else 0,
            "statements": [statement_view(s, day, names) for s in statements],
            "run_at": row.run_at if row is not None else None,
            "summary": summary(db, row.id if row is not None else None),
            "balance": {"ledger_customers_fen": ledger_total, "custodian_reported_fen": reported,
                        "difference_fen": (reported - ledger_total
                                           if reported is not None and ledger_total is not None else None)},
            "open_count": counts["open_count"], "open_amount_fen": counts["open_amount_fen"],
            "pending_proposals": counts["pending_proposals"],
            "closed_by": row.closed_by if row is not None else None,
            "closed_by_name": names.get(row.closed_by) if row is not None else None,
            "closed_at": row.closed_at if row is not None else None}


def calendar(db: Session, first: date, last: date) -> list[dict]:
    """Every day from `first` to `last` with its status; days never touched are not_started."""
    if last < first:
        raise ValidationFailed(_("The range ends before it starts."), code="range_invalid")
    if (last - first).days >= MAX_CALENDAR_DAYS:
        raise ValidationFailed(_("A calendar covers at most {days} days."), code="range_too_long",
                               params={"days": MAX_CALENDAR_DAYS})
    rows = {r.day: r for r in db.scalars(select(ReconDay).where(ReconDay.day >= first, ReconDay.day <= last))}
    counts = _counts(db, [r.id for r in rows.values()])
    empty = {"statements": 0, "open_count": 0, "open_amount_fen": 0, "pending_proposals": 0}
    out = []
    for n in range((last - first).days + 1):
        day = first + timedelta(days=n)
        row = rows.get(day)
        c = counts[row.id] if row is not None else empty
        out.append({"day": day, "status": status_of(row, c), "statements": c["statements"],
                    "open_count": c["open_count"], "open_amount_fen": c["open_amount_fen"]})
    return out


def check_version(row: ReconDay, version: int, db: Session) -> None:
    if row.version != version:
        raise StaleVersion(_("Someone else changed this day first; here is the current state."),
                           current=day_view(db, row.day, row))


def close_day(db: Session, audit: Auditor, actor: Principal, day: date, version: int) -> ReconDay:
    """日终: only a day that was run, with nothing open and no adjusting entry waiting; final afterwards."""
    row = day_for_change(db, day)
    check_version(row, version, db)
    counts = _counts(db, [row.id])[row.id]
    proposed = db.scalar(select(func.count()).select_from(ReconItem).where(ReconItem.day_id == row.id,
                                                                           ReconItem.state == PROPOSED))
    if counts["statements"] == 0 or row.run_at is None:
        raise Conflict(_("{day} has no statement run yet; import the statement and run it first."),
                       code="day_not_reconciled", params={"day": day.isoformat()}, current=day_view(db, day, row))
    if counts["open_count"] or counts["pending_proposals"] or proposed:
        raise Conflict(_("{day} still has {open} open difference(s) and {pending} adjusting entry(ies) waiting for "
                         "approval."), code="day_not_reconciled",
                       params={"day": day.isoformat(), "open": counts["open_count"],
                               "pending": counts["pending_proposals"]}, current=day_view(db, day, row))
    row.closed_at, row.closed_by, row.closed_by_id = utcnow(), actor.username, actor.user_id
    bump(row)
    states = dict(db.execute(select(ReconItem.state, func.count()).where(ReconItem.day_id == row.id)
                             .group_by(ReconItem.state)).all())
    audit.record("recon.day_closed", "recon_day", day.isoformat(),
                 after={"items_by_state": states, "ledger_customers_fen": row.ledger_customers_fen,
                        "custodian_reported_fen": row.custodian_reported_fen})
    return row
