"""Compensation (代偿) and write-off (坏账核销): proposed by one person (loan.manage) with a reason, decided by
another (four eyes) holding loan.compensation.approve or loan.write_off.approve, with a fresh one-time code
(the route checks it).

An approved compensation posts the ledger's compensation movement (the risk reserve pays the investors the
principal not yet repaid and the interest already due, split by their shares) and the loan becomes
compensated; what the borrower pays afterwards goes back to the reserve (recovery.py). An approved write-off
makes the loan written off, counted as bad debt.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, Forbidden, NotFound, ValidationFailed
from server.ledger import movements as ledger
from server.loans.after import ageing
from server.loans.after.models import LoanProposal
from server.loans.lifecycle import State, state_word
from server.loans.models import LoanApplication, LoanEvent
from server.loans.policy import LoanPolicy
from server.messages import _
from server.permissions import permission_word
from server.security.masking import mask_name
from server.staff.accounts import staff_names

KINDS = ("compensation", "write_off")
APPROVER = {"compensation": "loan.compensation.approve", "write_off": "loan.write_off.approve"}
SOURCES = {"compensation": (State.OVERDUE,), "write_off": (State.OVERDUE, State.COMPENSATED)}
TARGET = {"compensation": State.COMPENSATED, "write_off": State.WRITTEN_OFF}


def view(db: Session, proposal: LoanProposal, principal: Principal, names: dict | None = None,
         app: LoanApplication | None = None) -> dict:
    app = app or db.get(LoanApplication, proposal.application_id)
    if names is None:
        names = staff_names(db, {proposal.proposed_by, proposal.decided_by})
    pii = "pii.view" in principal.permissions
    return {"id": proposal.id, "kind": proposal.kind, "application_id": app.id, "number": app.number,
            "borrower_name": app.borrower_name if pii else mask_name(app.borrower_name), "loan_state": app.state,
            "amount_fen": proposal.amount_fen, "reason": proposal.reason, "proposed_by": proposal.proposed_by,
            "proposed_by_name": names.get(proposal.proposed_by, proposal.proposed_by),
            "proposed_at": proposal.proposed_at, "state": proposal.state, "decided_by": proposal.decided_by,
            "decided_by_name": names.get(proposal.decided_by, proposal.decided_by) if proposal.decided_by else None,
            "decided_at": proposal.decided_at, "decision_reason": proposal.decision_reason,
            "version": proposal.version}


def listing(db: Session, principal: Principal, kind: str | None, state: str | None) -> list[dict]:
    stmt = select(LoanProposal).order_by(LoanProposal.proposed_at.desc(), LoanProposal.id.desc()).limit(500)
    if kind:
        stmt = stmt.where(LoanProposal.kind == kind)
    if state:
        stmt = stmt.where(LoanProposal.state == state)
    rows = db.scalars(stmt).all()
    names = staff_names(db, {p.proposed_by for p in rows} | {p.decided_by for p in rows if p.decided_by})
    apps = {a.id: a for a in db.scalars(select(LoanApplication).where(
        LoanApplication.id.in_({p.application_id for p in rows})))} if rows else {}
    return [view(db, p, principal, names, apps[p.application_id]) for p in rows]


def _event(db: Session, app: LoanApplication, actor: Principal, action: str, from_state, to_state, comment: str):
    db.add(LoanEvent(application_id=app.id, actor_id=actor.user_id, actor_name=actor.username, action=action,
                     from_state=from_state, to_state=to_state, comment=comment, at=utcnow()))


def _amount(db: Session, kind: str, app: LoanApplication, today: date) -> int:
    """Compensation: what the investors are owed. Write-off: what the borrower still owes of principal and the
    interest already due (to the investors, or to the risk reserve after compensation)."""
    return ageing.owed_to_investors(db, app.id, today)


def propose(db: Session, audit: Auditor, policy: LoanPolicy, actor: Principal, app_id: int, kind: str,
            reason: str) -> LoanProposal:
    if not reason.strip():
        raise ValidationFailed(_("A reason is required."), code="reason_required")
    app = db.get(LoanApplication, app_id, with_for_update=True, populate_existing=True)
    if app is None:
        raise NotFound(_("No such application."), code="application_not_found")
    if app.state not in [s.value for s in SOURCES[kind]]:
        sentence = (_("Only an overdue loan is compensated; loan {number} is “{state}”.") if kind == "compensation"
                    else _("Only an overdue or compensated loan is written off; loan {number} is “{state}”."))
        raise Conflict(sentence, code="invalid_transition", params={"number": app.number, "state": state_word(app.state)})
    today = clock.today()
    if kind == "compensation":
        position = ageing.positions(db, today, [app.id]).get(app.id)
        days = position.overdue_days if position else 0
        if days < policy.compensation_after_days:
            raise Conflict(_("Loan {number} is {days} days overdue; compensation is proposed from {limit} days."),
                           code="not_overdue_long_enough",
                           params={"number": app.number, "days": days, "limit": policy.compensation_after_days})
    pending = db.scalar(select(LoanProposal).where(LoanProposal.application_id == app.id, LoanProposal.kind == kind,
                                                   LoanProposal.state == "pending"))
    if pending is not None:
        raise Conflict(_("Loan {number} already has a proposal waiting for a decision."), code="proposal_pending",
                       params={"number": app.number, "proposal_id": pending.id})
    proposal = LoanProposal(kind=kind, application_id=app.id, amount_fen=_amount(db, kind, app, today),
                            reason=reason.strip(), proposed_by=actor.username, proposed_by_id=actor.user_id,
                            proposed_at=utcnow(), state="pending", version=1)
    db.add(proposal)
    db.flush()
    _event(db, app, actor, f"{kind}_proposed", app.state, app.state, reason.strip())
    audit.record("loan.compensation_proposed" if kind == "compensation" else "loan.write_off_proposed",
                 "loan_application", app.number,
                 after={"proposal": proposal.id, "amount_fen": proposal.amount_fen, "reason": proposal.reason})
    return proposal


def _decidable(db: Session, actor: Principal, proposal_id: int, version: int | None) -> LoanProposal:
    proposal = load_for_update(db, LoanProposal, proposal_id, version, lambda p: {"id": p.id, "state": p.state,
                                                                                   "version": p.version},
                               "proposal_not_found")
    needed = APPROVER[proposal.kind]
    if needed not in actor.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied", permission=needed,
                        params={"permission": permission_word(needed)})
    if proposal.state != "pending":
        raise Conflict(_("This proposal has been decided already."), code="proposal_decided",
                       current={"id": proposal.id, "state": proposal.state, "version": proposal.version})
    if proposal.proposed_by_id == actor.user_id or proposal.proposed_by == actor.username:
        raise Forbidden(_("The proposer cannot decide their own proposal; another person must."),
                        code="separation_of_duties", rule="sod.loan_proposal")
    return proposal


def approve(db: Session, audit: Auditor, actor: Principal, proposal_id: int, version: int | None,
            reason: str | None) -> LoanProposal:
    proposal = _decidable(db, actor, proposal_id, version)
    app = db.get(LoanApplication, proposal.application_id, with_for_update=True, populate_existing=True)
    if app.state not in [s.value for s in SOURCES[proposal.kind]]:
        raise Conflict(_("Loan {number} is “{state}” now; the proposal can only be rejected."),
                       code="invalid_transition", params={"number": app.number, "state": state_word(app.state)})
    before = app.state
    if proposal.kind == "compensation":
        owed = ageing.owed_to_investors(db, app.id, clock.today())  # what is owed now, after any payment since
        if owed:
            ledger.compensate(db, f"loan-compensate-{app.number}", app.number, owed)
        proposal.amount_fen = owed
    target = TARGET[proposal.kind]
    app.state = target
    bump(app)
    proposal.state, proposal.decided_by, proposal.decided_by_id = "approved", actor.username, actor.user_id
    proposal.decided_at, proposal.decision_reason = utcnow(), (reason or "").strip() or None
    bump(proposal)
    _event(db, app, actor, "compensate" if proposal.kind == "compensation" else "write_off", before, target,
           proposal.reason)
    audit.record("loan.compensation_approved" if proposal.kind == "compensation" else "loan.write_off_approved",
                 "loan_application", app.number, before={"state": before},
                 after={"state": target.value, "proposal": proposal.id, "amount_fen": proposal.amount_fen,
                        "proposed_by": proposal.proposed_by, "reason": proposal.reason})
    return proposal


def reject(db: Session, audit: Auditor, actor: Principal, proposal_id: int, version: int | None,
           reason: str) -> LoanProposal:
    if not reason.strip():
        raise ValidationFailed(_("A reason is required."), code="reason_required")
    proposal = _decidable(db, actor, proposal_id, version)
    app = db.get(LoanApplication, proposal.application_id)
    proposal.state, proposal.decided_by, proposal.decided_by_id = "rejected", actor.username, actor.user_id
    proposal.decided_at, proposal.decision_reason = utcnow(), reason.strip()
    bump(proposal)
    _event(db, app, actor, f"{proposal.kind}_rejected", app.state, app.state, reason.strip())
    audit.record("loan.compensation_rejected" if proposal.kind == "compensation" else "loan.write_off_rejected",
                 "loan_application", app.number, after={"proposal": proposal.id, "reason": reason.strip()})
    return proposal


def get(db: Session, proposal_id: int) -> LoanProposal:
    found = db.get(LoanProposal, proposal_id)
    if found is None:
        raise NotFound(_("No such proposal."), code="proposal_not_found")
    return found
