"""Withdrawing a statement (撤回对账文件): a file imported for the wrong day, or the wrong file, taken back by a
finance manager while the day is open, with a reason (step-up and audit on the command path).

Its lines leave the day: they are deleted (the file can be imported again and is kept nowhere else; the
statement's row stays, marked withdrawn by whom, when and why, and the audit record carries its hash, counts
and totals). Every match that held one of its lines is undone, automatic or by hand, so the other side's items
are open again; then the day's results are recomputed by a run of the automatic passes when the day had been
run and other statements remain, or cleared when none does. A line in an adjusting entry (proposed or adjusted)
holds the statement: the proposal must be rejected first; an adjusted one cannot be undone (409 statement_in_use).
Withdrawing a statement withdrawn already changes nothing and answers the day as it is (the attempt is audited).
"""

from datetime import date

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, NotFound, ValidationFailed
from server.messages import _
from server.reconciliation import runs
from server.reconciliation.models import MANUAL, OPEN, PROPOSED, ADJUSTED, ReconDay, ReconItem, ReconStatement
from server.reconciliation.service import day_for_change


def live_statements(db: Session, day_id: int) -> int:
    return db.scalar(select(func.count()).select_from(ReconStatement).where(
        ReconStatement.day_id == day_id, ReconStatement.withdrawn_at.is_(None)))


def withdraw_statement(db: Session, audit: Auditor, actor: Principal, day: date, statement_id: int,
                       reason: str) -> ReconDay:
    reason = reason.strip()
    if not reason:
        raise ValidationFailed(_("Say why the statement is withdrawn."), code="reason_required")
    row = day_for_change(db, day)
    statement = db.get(ReconStatement, statement_id, with_for_update=True, populate_existing=True)
    if statement is None or statement.day_id != row.id:
        raise NotFound(_("{day} has no statement {id}."), code="statement_not_found",
                       params={"day": day.isoformat(), "id": statement_id})
    if statement.withdrawn_at is not None:   # withdrawn already: nothing changes, the attempt is on record
        audit.record("recon.statement_withdrawal_repeated", "recon_statement", statement.id,
                     after={"withdrawn_at": statement.withdrawn_at.isoformat(), "withdrawn_by": statement.withdrawn_by})
        return row
    of_statement = ReconItem.statement_id == statement.id
    held = db.scalar(select(func.count()).select_from(ReconItem).where(of_statement,
                                                                       ReconItem.state.in_((PROPOSED, ADJUSTED))))
    if held:
        raise Conflict(_("{count} line(s) of {filename} are in an adjusting entry; reject the proposal first (an "
                         "approved adjustment cannot be undone)."), code="statement_in_use",
                       params={"count": held, "filename": statement.filename}, lines=held)

    # The matches holding one of its lines are undone, on both sides; items pointing at a line forget it.
    lines = select(ReconItem.id).where(of_statement).scalar_subquery()
    groups = select(ReconItem.group_id).where(of_statement, ReconItem.group_id.is_not(None)).scalar_subquery()
    others = (ReconItem.day_id == row.id, or_(ReconItem.statement_id.is_(None), ~of_statement))
    undone_by_hand = db.scalar(select(func.count()).select_from(ReconItem).where(
        *others, ReconItem.group_id.in_(groups), ReconItem.match_pass == MANUAL))
    undone = db.execute(update(ReconItem).where(*others, ReconItem.group_id.in_(groups)).values(
        state=OPEN, category=None, match_pass=None, group_id=None, counterpart_id=None)
        .execution_options(synchronize_session=False)).rowcount
    db.execute(update(ReconItem).where(*others, ReconItem.counterpart_id.in_(lines)).values(counterpart_id=None)
               .execution_options(synchronize_session=False))
    removed = db.execute(delete(ReconItem).where(of_statement).execution_options(synchronize_session=False)).rowcount

    statement.withdrawn_at, statement.withdrawn_by, statement.withdrawn_by_id = utcnow(), actor.username, actor.user_id
    statement.withdraw_reason = reason[:500]
    was_run = row.run_at is not None
    bump(row)
    db.flush()
    db.expire_all()  # rows changed under the ORM's feet
    remaining = live_statements(db, row.id)
    audit.record("recon.statement_withdrawn", "recon_statement", statement.id,
                 before={"day": day.isoformat(), "filename": statement.filename, "sha256": statement.sha256,
                         "line_count": statement.line_count, "in_fen": statement.in_fen,
                         "out_fen": statement.out_fen},
                 after={"reason": reason[:500], "lines_removed": removed, "items_reopened": undone,
                        "matches_by_hand_undone": undone_by_hand, "statements_left": remaining})
    if remaining and was_run:
        return runs.run_day(db, audit, actor, day)
    # Nothing left to match against (or never run): the day waits for a statement and a run.
    db.execute(update(ReconItem).where(ReconItem.day_id == row.id, ReconItem.state == OPEN)
               .values(category=None, counterpart_id=None).execution_options(synchronize_session=False))
    row = db.get(ReconDay, row.id, populate_existing=True)
    row.run_at = None
    return row
