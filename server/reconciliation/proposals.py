"""Adjusting entries (调账) for differences nobody can match: a clerk proposes, someone else approves.

The entry is posted between suspense (挂账) and custodian clearing, never a customer's account:
clearing is the platform's mirror of the money at the bank, so a difference between the bank and the
books is, first of all, a difference in clearing; who it belongs to is what the investigation finds
out, and until then it waits in suspense. Touching a customer's balance on a guess could also hide
money from them or overdraw them. So:
- direction "in" (the bank holds more than the books, e.g. a line only at the bank): debit clearing,
  credit suspense;
- direction "out" (the bank holds less, e.g. a recharge the bank never received): debit suspense,
  credit clearing.
The amount is the items' net difference (bank in − bank out) − (ledger in − ledger out). The transfer
id is derived from the proposal id (`recon-adj-<id>`), so an approval retried after a lost answer
posts once.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, Forbidden, NotFound, StaleVersion, ValidationFailed
from server.messages import _
from server.permissions import permission_word
from server.ledger.service import CLEARING, SUSPENSE, TransferInput, post_transfers
from server.reconciliation.models import (ADJUSTED, APPROVED, BANK, OPEN, PENDING, PROPOSED, REJECTED, ReconDay,
                                          ReconItem, ReconProposal)
from server.reconciliation.resolution import load_items, require_open, signed, yuan
from server.staff.accounts import staff_names
from server.reconciliation.service import day_for_change

APPROVE = "funds.adjust.approve"


def transfer_id_of(proposal: ReconProposal) -> str:
    return f"recon-adj-{proposal.id}"


def proposal_view(db: Session, p: ReconProposal, day: date | None = None) -> dict:
    day = day or db.scalar(select(ReconDay.day).where(ReconDay.id == p.day_id))
    names = staff_names(db, [p.proposed_by, p.decided_by])
    return {"id": p.id, "day": day, "state": p.state, "amount_fen": p.amount_fen, "direction": p.direction,
            "items": p.items, "reason": p.reason, "proposed_by": p.proposed_by, "proposed_at": p.proposed_at,
            "proposed_by_name": names.get(p.proposed_by), "decided_by_name": names.get(p.decided_by),
            "decided_by": p.decided_by, "decided_at": p.decided_at, "decision_reason": p.decision_reason,
            "transfer_id": p.transfer_id, "version": p.version}


def propose(db: Session, audit: Auditor, actor: Principal, day: date, refs: list[tuple[str, int]],
            reason: str) -> ReconProposal:
    if not reason.strip():
        raise ValidationFailed(_("Say why the books should be adjusted."), code="reason_required")
    row = day_for_change(db, day)
    items = load_items(db, row, refs)
    require_open(items, "proposed for adjustment")
    net = sum(signed(i) for i in items if i.side == BANK) - sum(signed(i) for i in items if i.side != BANK)
    if net == 0:
        raise ValidationFailed(_("These items balance each other: match them instead of adjusting."),
                               code="nothing_to_adjust")
    p = ReconProposal(day_id=row.id, state=PENDING, amount_fen=abs(net), direction="in" if net > 0 else "out",
                      items=[{"side": s, "id": i} for s, i in refs], reason=reason.strip(),
                      proposed_by=actor.username, proposed_by_id=actor.user_id, proposed_at=utcnow(), version=1)
    db.add(p)
    db.flush()
    for item in items:
        item.state, item.proposal_id = PROPOSED, p.id
    bump(row)
    audit.record("recon.adjustment_proposed", "recon_proposal", p.id,
                 after={"day": day.isoformat(), "amount_fen": p.amount_fen, "direction": p.direction,
                        "items": p.items, "reason": p.reason})
    return p


_DECIDED = {APPROVED: _("The proposal was approved already."), REJECTED: _("The proposal was rejected already.")}


def _decidable(db: Session, actor: Principal, proposal_id: int, version: int) -> tuple[ReconProposal, ReconDay]:
    """The proposal and its day, both locked (the day first: every writer locks a day before its
    items and proposals), checked for version, state and the four-eyes rule."""
    if APPROVE not in actor.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied",
                        params={"permission": permission_word(APPROVE)}, permission=APPROVE)
    day_id = db.scalar(select(ReconProposal.day_id).where(ReconProposal.id == proposal_id))
    if day_id is None:
        raise NotFound(_("No adjusting entry proposal {id}."), code="proposal_not_found", params={"id": proposal_id})
    row = day_for_change(db, db.get(ReconDay, day_id).day)
    p = db.get(ReconProposal, proposal_id, with_for_update=True, populate_existing=True)
    if p.version != version:
        raise StaleVersion(_("Someone else decided or changed this proposal first; here it is now."),
                           current=proposal_view(db, p, row.day))
    if p.state != PENDING:
        raise Conflict(_DECIDED.get(p.state, _("The proposal was decided already.")), code="invalid_transition",
                       params={"state": p.state},
                       current=proposal_view(db, p, row.day))
    if p.proposed_by_id == actor.user_id:
        raise Forbidden(_("Four eyes: an adjusting entry is decided by someone other than the person who proposed it."),
                        code="four_eyes", rule="sod.adjustment_maker_checker")
    return p, row


def _items_of(db: Session, p: ReconProposal) -> list[ReconItem]:
    return list(db.scalars(select(ReconItem).where(ReconItem.proposal_id == p.id).with_for_update()))


def approve(db: Session, audit: Auditor, actor: Principal, proposal_id: int, version: int) -> ReconProposal:
    p, row = _decidable(db, actor, proposal_id, version)
    debit, credit = (CLEARING, SUSPENSE) if p.direction == "in" else (SUSPENSE, CLEARING)
    transfer = post_transfers(db, [TransferInput(transfer_id_of(p), debit, credit, p.amount_fen, "adjustment",
                                                 reference=f"RECON-{row.day:%Y%m%d}-{p.id}",
                                                 details={"proposal_id": p.id, "reason": p.reason})])[0]
    for item in _items_of(db, p):
        item.state = ADJUSTED
    p.state, p.transfer_id = APPROVED, transfer.transfer_id
    p.decided_by, p.decided_by_id, p.decided_at = actor.username, actor.user_id, utcnow()
    bump(p)
    bump(row)
    audit.record("recon.adjustment_approved", "recon_proposal", p.id,
                 before={"state": PENDING},
                 after={"state": APPROVED, "transfer_id": p.transfer_id, "debit": debit, "credit": credit,
                        "amount_fen": p.amount_fen, "amount": yuan(p.amount_fen), "proposed_by": p.proposed_by})
    return p


def reject(db: Session, audit: Auditor, actor: Principal, proposal_id: int, version: int, reason: str) -> ReconProposal:
    if not reason.strip():
        raise ValidationFailed(_("Say why the proposal is rejected."), code="reason_required")
    p, row = _decidable(db, actor, proposal_id, version)
    for item in _items_of(db, p):
        item.state, item.proposal_id = OPEN, None
    p.state, p.decision_reason = REJECTED, reason.strip()
    p.decided_by, p.decided_by_id, p.decided_at = actor.username, actor.user_id, utcnow()
    bump(p)
    bump(row)
    audit.record("recon.adjustment_rejected", "recon_proposal", p.id, before={"state": PENDING},
                 after={"state": REJECTED, "reason": p.decision_reason, "proposed_by": p.proposed_by})
    return p


def list_proposals(db: Session, state: str | None, day: date | None) -> list[dict]:
    query = select(ReconProposal, ReconDay.day).join(ReconDay, ReconDay.id == ReconProposal.day_id)
    if state:
        query = query.where(ReconProposal.state == state)
    if day:
        query = query.where(ReconDay.day == day)
    rows = db.execute(query.order_by(ReconProposal.id.desc()).limit(500)).all()
    return [proposal_view(db, p, d) for p, d in rows]
