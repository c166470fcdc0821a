"""Loan applications: submission, the risk assessment, review under the lifecycle, and after.

The rules, without HTTP: a database session, the caller's identity and plain values in; typed
records or domain errors out.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db import text_filters
from server.db.base import as_utc, utcnow
from server.db.planner_hints import not_indexed
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, Forbidden, NotFound, ValidationFailed
from server.customers.models import CustomerCard
from server.loans import blacklist, repayments, risk
from server.loans.documents import view as document_view
from server.loans.listing_window import release_investments
from server.loans.lifecycle import (REVIEW_STATES, TRANSITIONS, State, action_word, allowed_actions, permission_for,
                                    state_word)
from server.loans.models import (UNPAID, Borrower, Installment, Investment, LoanApplication,
                                 LoanDocument, LoanEvent)
from server.ledger import movements as ledger
from server.loans.policy import LoanPolicy
from server.loans.schedules import Method, penalty_fen, schedule
from server.messages import _, render
from server.permissions import permission_word
from server.security.masking import mask_bank_card, mask_id_number, mask_name, mask_phone
from server.security.pii import blind_index

OPEN_STATES = (State.SUBMITTED, State.SECOND_REVIEW, State.RETURNED, State.APPROVED, State.LISTED, State.FUNDED)
OWING_STATES = (State.REPAYING, State.OVERDUE)
_ID_NUMBER = re.compile(r"^(\d{17}[\dX]|[0-9A-Z]{18})$")


@dataclass
class BorrowerInput:
    kind: str
    name: str
    id_number: str
    phone: str | None = None
    bank_card: str | None = None
    birth_date: date | None = None
    monthly_income_fen: int = 0
    monthly_debt_payments_fen: int = 0
    employer: str = ""


@dataclass
class ApplicationInput:
    amount_fen: int
    term_months: int
    annual_rate: Decimal
    method: Method
    purpose: str = ""
    guarantee: str = ""


def _today() -> date:
    return clock.today()  # business dates are Asia/Shanghai's


# --- borrowers -----------------------------------------------------------------------------------

def create_borrower(db: Session, audit: Auditor, data: BorrowerInput) -> Borrower:
    id_number = data.id_number.strip().upper()
    if data.kind not in ("person", "company"):
        raise ValidationFailed(_("A borrower is a person or a company."), code="borrower_kind_invalid")
    if not _ID_NUMBER.match(id_number):
        raise ValidationFailed(_("The ID number (or unified social credit code) must be 18 characters."),
                               code="id_number_invalid")
    index = blind_index(id_number)
    existing = db.scalar(select(Borrower).where(Borrower.id_number_index == index, Borrower.side == "borrower"))
    if existing:  # one borrower per identity: the caller opens the one on file (a retry carries its Idempotency-Key)
        raise Conflict(_("A borrower with this ID number is already on file: {number}."), code="borrower_exists",
                       params={"number": existing.number}, current={"id": existing.id, "number": existing.number})
    number = f"BR{(db.scalar(select(func.max(Borrower.id))) or 0) + 1:08d}"
    borrower = Borrower(number=number, side="borrower", kind=data.kind, name=data.name, id_number=id_number,
                        id_number_index=index, phone=data.phone,
                        phone_index=blind_index(data.phone) if data.phone else None,
                        birth_date=data.birth_date, monthly_income_fen=data.monthly_income_fen,
                        monthly_debt_payments_fen=data.monthly_debt_payments_fen, employer=data.employer)
    if data.bank_card:
        borrower.cards.append(CustomerCard(card=data.bank_card, card_index=blind_index(data.bank_card), is_default=True))
    db.add(borrower)
    db.flush()
    audit.record("loan.borrower_created", "borrower", borrower.number,
                 after={"name": mask_name(data.name), "id_number": mask_id_number(id_number), "kind": data.kind})
    return borrower


def borrower_view(db: Session, borrower: Borrower, can_see_pii: bool) -> dict:
    """Identity number, phone and card are always masked here; a holder of pii.view reveals them
    with `reveal_borrower`, which is audited. Names are shown in full to pii.view holders only."""
    history = borrower_history(db, borrower.id)
    return {
        "id": borrower.id, "number": borrower.number, "kind": borrower.kind,
        "name": borrower.name if can_see_pii else mask_name(borrower.name),
        "id_number": mask_id_number(borrower.id_number), "phone": mask_phone(borrower.phone),
        "bank_card": mask_bank_card(borrower.bank_card),
        "age": age_of(borrower.birth_date), "monthly_income_fen": borrower.monthly_income_fen,
        "monthly_debt_payments_fen": borrower.monthly_debt_payments_fen, "employer": borrower.employer,
        "legal_representative": borrower.legal_representative, "registered_capital_fen": borrower.registered_capital_fen,
        "blacklisted": bool(blacklist_hits(db, borrower)), "masked": True, "can_reveal": can_see_pii, **history,
    }


def reveal_borrower(db: Session, audit: Auditor, borrower_id: int, purpose: str) -> dict:
    borrower = db.get(Borrower, borrower_id)
    if borrower is None:
        raise NotFound(_("No such borrower."), code="borrower_not_found")
    audit.record("pii.revealed", "borrower", borrower.number,
                 after={"fields": ["name", "id_number", "phone", "bank_card"], "purpose": purpose})
    return {"name": borrower.name, "id_number": borrower.id_number, "phone": borrower.phone,
            "bank_card": borrower.bank_card}


def age_of(birth: date | None) -> int | None:
    if birth is None:
        return None
    today = _today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def borrower_history(db: Session, borrower_id: int) -> dict:
    loans = db.execute(select(LoanApplication.state, func.count()).where(LoanApplication.borrower_id == borrower_id)
                       .group_by(LoanApplication.state)).all()
    by_state = {state: count for state, count in loans}
    late = db.execute(
        select(Installment.due_date, Installment.paid_at, Installment.state)
        .join(LoanApplication, LoanApplication.id == Installment.application_id)
        .where(LoanApplication.borrower_id == borrower_id)
        .where(or_(Installment.state == "overdue", Installment.paid_at.is_not(None)))).all()
    overdue_days = []
    for due, paid_at, state in late:
        until = clock.business_day(paid_at) if paid_at else _today()
        if state == "overdue" or until > due:
            overdue_days.append((until - due).days)
    owed = db.scalar(select(func.coalesce(func.sum(Installment.principal_fen), 0))
                     .join(LoanApplication, LoanApplication.id == Installment.application_id)
                     .where(LoanApplication.borrower_id == borrower_id, LoanApplication.state.in_(OWING_STATES),
                            Installment.state != "paid"))
    return {"loans_total": sum(by_state.values()), "loans_settled": by_state.get(State.SETTLED, 0),
            "overdue_count": len([d for d in overdue_days if d > 0]),
            "longest_overdue_days": max(overdue_days, default=0), "platform_balance_fen": int(owed or 0)}


# --- blacklist (the rules: server/loans/blacklist.py) ------------------------------------------

def blacklist_hits(db: Session, borrower: Borrower) -> list[str]:
    return blacklist.hit_kinds(db, borrower)


# --- applications --------------------------------------------------------------------------------

def _next_number(db: Session, when: datetime) -> str:
    day = clock.business_day(when).strftime("%Y%m%d")
    prefix = f"LN{day}"
    last = db.scalar(select(func.max(LoanApplication.number)).where(LoanApplication.number.startswith(prefix)))
    return f"{prefix}{(int(last[len(prefix):]) + 1 if last else 1):06d}"


def _event(db: Session, app: LoanApplication, actor: Principal | None, action: str, from_state, to_state, comment=""):
    db.add(LoanEvent(application_id=app.id, actor_id=actor.user_id if actor else None,
                     actor_name=actor.username if actor else SYSTEM, action=action,
                     from_state=from_state, to_state=to_state, comment=comment or ""))


def submit(db: Session, audit: Auditor, policy: LoanPolicy, borrower_id: int, data: ApplicationInput,
           actor: Principal | None = None) -> LoanApplication:
    borrower = db.get(Borrower, borrower_id)
    if borrower is None:
        raise NotFound(_("No such borrower."), code="borrower_not_found")
    if data.amount_fen <= 0:
        raise ValidationFailed(_("The amount must be positive."), code="amount_invalid")
    if not 1 <= data.term_months <= 60:
        raise ValidationFailed(_("The term is 1 to 60 months."), code="term_invalid")
    if not Decimal("0") <= data.annual_rate < Decimal("1"):
        raise ValidationFailed(_("The annual rate is a fraction between 0 and 1 (0.096 for 9.6%)."), code="rate_invalid")
    now = utcnow()
    app = LoanApplication(number=_next_number(db, now), borrower_id=borrower.id, borrower_name=borrower.name,
                          amount_fen=data.amount_fen, term_months=data.term_months, annual_rate=data.annual_rate,
                          method=Method(data.method).value, purpose=data.purpose, guarantee=data.guarantee,
                          state=State.SUBMITTED, submitted_at=now, overrides=[])
    db.add(app)
    db.flush()
    _assess(db, policy, app)
    _event(db, app, actor, "submitted", None, State.SUBMITTED)
    audit.record("loan.submitted", "loan_application", app.number,
                 after={"amount_fen": app.amount_fen, "grade": app.risk_grade, "score": app.risk_score})
    return app


def facts_for(db: Session, app: LoanApplication) -> risk.Facts:
    borrower = db.get(Borrower, app.borrower_id)
    history = borrower_history(db, borrower.id)
    others = db.scalar(select(func.count()).select_from(LoanApplication).where(
        LoanApplication.borrower_id == borrower.id, LoanApplication.id != app.id,
        LoanApplication.state.in_(OPEN_STATES)))
    documents = tuple(sorted(set(db.scalars(select(LoanDocument.kind).where(LoanDocument.application_id == app.id)))))
    return risk.Facts(borrower_type=borrower.kind, age=age_of(borrower.birth_date),
                      monthly_income_fen=borrower.monthly_income_fen,
                      monthly_debt_payments_fen=borrower.monthly_debt_payments_fen, amount_fen=app.amount_fen,
                      annual_rate=Decimal(app.annual_rate), term_months=app.term_months, method=Method(app.method),
                      platform_balance_fen=history["platform_balance_fen"], all_platforms_balance_fen=None,
                      blacklist_hits=tuple(blacklist_hits(db, borrower)), other_open_applications=others,
                      overdue_count=history["overdue_count"], longest_overdue_days=history["longest_overdue_days"],
                      documents=documents)


def _assess(db: Session, policy: LoanPolicy, app: LoanApplication) -> risk.Assessment:
    result = risk.assess(facts_for(db, app), policy.risk)
    app.risk_score, app.risk_grade, app.assessed_at = result.score, result.grade, utcnow()
    app.risk_hits = [h.as_dict() for h in result.hits]
    return result


def get_application(db: Session, app_id: int) -> LoanApplication:
    app = db.get(LoanApplication, app_id)
    if app is None:
        raise NotFound(_("No such application."), code="application_not_found")
    return app


def reassess(db: Session, audit: Auditor, policy: LoanPolicy, actor: Principal, app_id: int) -> LoanApplication:
    app = load_for_update(db, LoanApplication, app_id, None, lambda a: summary(a, False), "application_not_found")
    before = {"score": app.risk_score, "grade": app.risk_grade}
    _assess(db, policy, app)
    bump(app)
    _event(db, app, actor, "reassessed", app.state, app.state, f"{before['grade']} → {app.risk_grade}")
    audit.record("loan.reassessed", "loan_application", app.number, before=before,
                 after={"score": app.risk_score, "grade": app.risk_grade})
    return app


def _unresolved_blocks(app: LoanApplication) -> list[dict]:
    overridden = {o["rule"] for o in app.overrides or []}
    return [h for h in app.risk_hits or [] if h["blocking"] and h["rule"] not in overridden]


def override_rule(db: Session, audit: Auditor, actor: Principal, app_id: int, version: int, rule: str,
                  reason: str) -> LoanApplication:
    if "loan.override_rule" not in actor.permissions:
        raise Forbidden(_("Overriding a risk rule needs the permission “{permission}”."), code="permission_denied",
                        permission="loan.override_rule", params={"permission": permission_word("loan.override_rule")})
    if not reason.strip():
        raise ValidationFailed(_("An override needs a written reason."), code="reason_required")
    app = load_for_update(db, LoanApplication, app_id, version, lambda a: summary(a, False), "application_not_found")
    if app.state not in REVIEW_STATES:
        raise Conflict(_("Rules can be overridden only while the application is in review."), code="invalid_transition",
                       current=summary(app, False))
    if rule not in {h["rule"] for h in _unresolved_blocks(app)}:
        raise ValidationFailed(_("“{rule}” is not an open blocking rule of this application."), code="rule_not_blocking",
                               params={"rule": risk.rule_word(rule)})
    app.overrides = [*(app.overrides or []), {"rule": rule, "reason": reason, "by": actor.username,
                                              "at": utcnow().isoformat()}]
    bump(app)
    _event(db, app, actor, "rule_overridden", app.state, app.state, f"{rule}: {reason}")
    audit.record("loan.rule_overridden", "loan_application", app.number, after={"rule": rule, "reason": reason})
    return app


def transition(db: Session, audit: Auditor, policy: LoanPolicy, actor: Principal, app_id: int, action: str,
               version: int, reason: str | None = None, comment: str | None = None) -> LoanApplication:
    if action not in TRANSITIONS:
        raise NotFound(_("There is no action “{action}”."), code="action_unknown", params={"action": action})
    app = load_for_update(db, LoanApplication, app_id, version, lambda a: summary(a, False), "application_not_found")
    state = State(app.state)
    t = TRANSITIONS[action]
    if state not in t.sources:
        raise Conflict(_("An application in the state “{state}” cannot take the action “{action}”."),
                       code="invalid_transition", current=summary(app, False),
                       params={"state": state_word(state), "action": action_word(action)})
    needed = permission_for(action, state)
    if needed not in actor.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied", permission=needed,
                        params={"permission": permission_word(needed)})
    if t.reason_required and not (reason and reason.strip()):
        raise ValidationFailed(_("A reason is required."), code="reason_required")
    target = t.target
    if action == "approve_first":
        blocks = _unresolved_blocks(app)
        if blocks:
            raise Conflict(_("Blocking risk rules must be overridden before approval: {rules}."), code="blocking_rules",
                           current=summary(app, False), params={"rules": risk.rules_word([b["rule"] for b in blocks])})
        app.first_reviewer_id = actor.user_id
        limit = approval_limit_fen(db, actor.user_id, policy)
        app.needs_second_review = app.amount_fen > limit or app.risk_grade in ("E", "HR")
        target = State.SECOND_REVIEW if app.needs_second_review else State.APPROVED
    elif action == "approve_second" or (state is State.SECOND_REVIEW and action in ("reject", "return")):
        if actor.user_id == app.first_reviewer_id:
            raise Forbidden(_("The first reviewer cannot do the second review of the same application."),
                            code="separation_of_duties", rule="sod.loan_two_reviews")
        app.second_reviewer_id = actor.user_id
    elif action == "list":
        app.listed_at = utcnow()
        app.funding_deadline = app.listed_at + policy.funding_period
    elif action == "expire":
        release_investments(db, app)  # the same release as the scheduler's end of a listing window
    elif action == "disburse":
        _disburse(db, app, policy)
    elif action == "compensate":
        _compensate(db, app)
    elif action == "resubmit":
        app.first_reviewer_id = app.second_reviewer_id = None
        _assess(db, policy, app)
    if target in (State.APPROVED, State.REJECTED, State.RETURNED):
        app.decided_at = utcnow()
    app.state = target
    bump(app)
    text = reason or comment or ""
    _event(db, app, actor, action, state, target, text)
    audit.record(f"loan.{action}", "loan_application", app.number, before={"state": state.value},
                 after={"state": target.value, "reason": reason, "comment": comment})
    return app


def approval_limit_fen(db: Session, user_id: int, policy: LoanPolicy) -> int:
    """What this officer approves alone: the highest limit among their reviewing roles, or the
    platform's threshold where none of those roles sets one."""
    from server.staff.models import Role, RolePermission, UserRole

    limits = db.scalars(select(Role.approval_limit_fen).join(UserRole, UserRole.role_id == Role.id)
                        .join(RolePermission, RolePermission.role_id == Role.id)
                        .where(UserRole.user_id == user_id, RolePermission.permission == "loan.review.first",
                               Role.approval_limit_fen.is_not(None))).all()
    return max(limits) if limits else policy.second_review_above_fen


def assign(db: Session, audit: Auditor, actor: Principal, app_id: int, version: int, officer_id: int | None) -> LoanApplication:
    """An officer claims an application (officer_id = themself), or a senior officer assigns or
    releases it (officer_id of a colleague, or None)."""
    from server.staff.models import User

    app = load_for_update(db, LoanApplication, app_id, version, lambda a: summary(a, False), "application_not_found")
    if app.state not in REVIEW_STATES:
        raise Conflict(_("Only applications in review are assigned."), code="invalid_transition", current=summary(app, False))
    if officer_id != actor.user_id and "loan.review.second" not in actor.permissions:
        raise Forbidden(_("Assigning to someone else needs the permission “{permission}”."), code="permission_denied",
                        permission="loan.review.second", params={"permission": permission_word("loan.review.second")})
    if officer_id is not None:
        officer = db.get(User, officer_id)
        if officer is None or officer.disabled or not ({"loan.review.first", "loan.review.second"} & officer.permission_names):
            raise ValidationFailed(_("Applications are assigned to active reviewing officers only."), code="officer_invalid")
    before = app.assigned_to_id
    app.assigned_to_id = officer_id
    bump(app)
    _event(db, app, actor, "assigned", app.state, app.state, f"→ {officer_id or '-'}")
    audit.record("loan.assigned", "loan_application", app.number, before={"assigned_to_id": before},
                 after={"assigned_to_id": officer_id})
    return app


def workload(db: Session) -> list[dict]:
    """Open review work per officer: what is assigned to each, and what waits unassigned."""
    from server.staff.models import User

    rows = db.execute(select(LoanApplication.assigned_to_id, LoanApplication.state, func.count())
                      .where(LoanApplication.state.in_(REVIEW_STATES))
                      .group_by(LoanApplication.assigned_to_id, LoanApplication.state)).all()
    names = {u.id: (u.username, u.display_name) for u in db.scalars(select(User))}
    table: dict = {}
    for officer_id, state, count in rows:
        entry = table.setdefault(officer_id, {"officer_id": officer_id,
                                              "username": names.get(officer_id, (None, None))[0],
                                              "display_name": names.get(officer_id, (None, None))[1],
                                              "submitted": 0, "second_review": 0})
        entry[state] += count
    return sorted(table.values(), key=lambda e: (e["officer_id"] is not None, e["username"] or ""))


def invest(db: Session, audit: Auditor, actor: Principal, app_id: int, investor_ref: str, amount_fen: int) -> LoanApplication:
    """An investor's bid: recorded against the listing, the investor's money frozen in the ledger in the same
    transaction; the last one to fill the listing makes it fully funded."""
    app = load_for_update(db, LoanApplication, app_id, None, lambda a: summary(a, False), "application_not_found")
    if app.state != State.LISTED:
        raise Conflict(_("Only a listing open for funding takes investments."), code="invalid_transition",
                       current=summary(app, False))
    if app.funding_deadline is not None and clock.now() >= as_utc(app.funding_deadline):
        # The window is over even when the five-minutely job has not yet marked the listing 流标.
        raise Conflict(_("This listing's funding window has ended; it takes no more investments."),
                       code="funding_window_closed", current=summary(app, False))
    room = app.amount_fen - app.funded_fen
    if not 0 < amount_fen <= room:
        raise ValidationFailed(_("An investment must be between ¥0.01 and the open amount {open_amount}."),
                               code="amount_invalid", params={"open_amount": risk.yuan(room), "open_fen": room})
    investment = Investment(application_id=app.id, investor_ref=investor_ref, amount_fen=amount_fen, state="frozen")
    db.add(investment)
    db.flush()
    # The money side: the investor's available balance is frozen for this loan (refused when short).
    ledger.invest(db, f"loan-invest-{investment.id}", investor_ref, app.number, amount_fen)
    app.funded_fen += amount_fen
    before = app.state
    if app.funded_fen == app.amount_fen:
        app.state = State.FUNDED
        _event(db, app, actor, "fully_funded", before, State.FUNDED)
    bump(app)
    audit.record("loan.invested", "loan_application", app.number,
                 after={"investor": investor_ref, "amount_fen": amount_fen, "funded_fen": app.funded_fen})
    return app


def _disburse(db: Session, app: LoanApplication, policy: LoanPolicy) -> None:
    """放款: the investors' frozen money goes to the borrower, less the platform's service fee."""
    app.disbursed_at = utcnow()
    for inv in db.scalars(select(Investment).where(Investment.application_id == app.id, Investment.state == "frozen")):
        inv.state = "posted"
    borrower = db.get(Borrower, app.borrower_id)
    ledger.disburse(db, f"loan-disburse-{app.number}", app.number, borrower.number,
                    fee_fen=app.amount_fen * policy.service_fee_bp // 10_000)
    start = clock.business_day(app.disbursed_at)
    for row in schedule(app.amount_fen, Decimal(app.annual_rate), app.term_months, Method(app.method), start):
        db.add(Installment(application_id=app.id, number=row.number, due_date=row.due_date,
                           principal_fen=row.principal_fen, interest_fen=row.interest_fen, state="due"))


def _compensate(db: Session, app: LoanApplication) -> None:
    """代偿: the risk reserve pays the investors what the borrower still owes: the principal not yet repaid
    and the interest of the installments already overdue, split by their shares."""
    rows = db.scalars(select(Installment).where(Installment.application_id == app.id, Installment.state != "paid")).all()
    owed = sum(r.principal_fen for r in rows) + sum(r.interest_fen for r in rows if r.state == "overdue")
    if owed:
        ledger.compensate(db, f"loan-compensate-{app.number}", app.number, owed)


def repay(db: Session, audit: Auditor, actor: Principal, app_id: int, number: int) -> LoanApplication:
    """Pays one installment in full (with its penalty); the last one settles the loan."""
    app = load_for_update(db, LoanApplication, app_id, None, lambda a: summary(a, False), "application_not_found")
    if app.state == State.COMPENSATED:  # the investors were paid off: what the borrower pays goes to the reserve
        from server.loans.after.recovery import recover

        return recover(db, audit, actor, app, number)
    if app.state not in OWING_STATES:
        raise Conflict(_("Only a loan being repaid takes repayments."), code="invalid_transition", current=summary(app, False))
    row = db.scalar(select(Installment).where(Installment.application_id == app.id, Installment.number == number))
    if row is None or row.state == "paid":
        raise Conflict(_("Installment {number} is not open."), code="installment_not_open", params={"number": number})
    # The money first: the borrower pays principal and interest to the investors, the penalty to the
    # platform; a borrower without the money is refused (409 insufficient_funds) and nothing changes.
    # What a partial receipt before (the after-loan desk's, interest first) paid already is not asked again.
    borrower = db.get(Borrower, app.borrower_id)
    paid = row.paid_fen or 0
    interest = max(row.interest_fen - paid, 0)
    principal = max(row.principal_fen - max(paid - row.interest_fen, 0), 0)
    ledger.repay(db, f"loan-repay-{app.number}-{number}", app.number, borrower.number, principal, interest)
    if row.penalty_fen:
        ledger.penalty(db, f"loan-penalty-{app.number}-{number}", borrower.number, row.penalty_fen, app.number)
    row.paid_fen, row.paid_at, row.state = paid + principal + interest + row.penalty_fen, utcnow(), "paid"
    repayments.record(db, row, row.paid_at, principal, interest, row.penalty_fen)
    before = app.state
    open_rows = db.scalar(select(func.count()).select_from(Installment).where(
        Installment.application_id == app.id, Installment.state != "paid"))
    still_overdue = db.scalar(select(func.count()).select_from(Installment).where(
        Installment.application_id == app.id, Installment.state == "overdue"))
    if not open_rows:
        app.state, app.settled_at = State.SETTLED, utcnow()
    elif app.state == State.OVERDUE and not still_overdue:
        app.state = State.REPAYING
    bump(app)
    _event(db, app, actor, "repaid", before, app.state, f"#{number}")
    audit.record("loan.repaid", "loan_application", app.number, before={"state": before},
                 after={"installment": number, "paid_fen": row.paid_fen, "state": app.state})
    return app


def detect_overdue(db: Session, audit: Auditor, policy: LoanPolicy, today: date | None = None) -> int:
    """Marks installments past their due date overdue, accrues penalty interest, and moves their loans
    to overdue. Safe to run repeatedly (penalties are recomputed, not added)."""
    today = today or _today()
    rows = db.scalars(select(Installment).join(LoanApplication, LoanApplication.id == Installment.application_id)
                      .where(not_indexed(LoanApplication.state).in_(OWING_STATES), UNPAID,
                             Installment.due_date < today)).all()
    moved = 0
    for row in rows:
        row.state = "overdue"
        row.penalty_fen = penalty_fen(row.principal_fen + row.interest_fen, (today - row.due_date).days,
                                      policy.penalty_daily_rate)
        app = db.get(LoanApplication, row.application_id)
        if app.state == State.REPAYING:
            app.state = State.OVERDUE
            bump(app)
            _event(db, app, None, "mark_overdue", State.REPAYING, State.OVERDUE, f"#{row.number} due {row.due_date}")
            moved += 1
    audit.record("loan.overdue_detected", "loans", today.isoformat(), after={"installments": len(rows), "loans": moved})
    return moved


# --- views ---------------------------------------------------------------------------------------

def summary(app: LoanApplication, can_see_pii: bool) -> dict:
    return {"id": app.id, "number": app.number, "borrower_id": app.borrower_id,
            "borrower_name": app.borrower_name if can_see_pii else mask_name(app.borrower_name),
            "amount_fen": app.amount_fen, "term_months": app.term_months, "annual_rate": str(app.annual_rate),
            "method": app.method, "state": app.state, "risk_score": app.risk_score, "risk_grade": app.risk_grade,
            "submitted_at": app.submitted_at, "needs_second_review": app.needs_second_review,
            "assigned_to_id": app.assigned_to_id, "funded_fen": app.funded_fen, "version": app.version}


CUSTOMER, SYSTEM = "customer", "system"  # the actors of a timeline that are not staff


def _staff_names(db: Session, ids: set[int], usernames: set[str]) -> dict:
    """Display names of the staff who acted, by id and by user name."""
    from server.staff.models import User

    names: dict = {}
    wanted = [c for c in (User.id.in_(ids) if ids else None,
                          User.username.in_(usernames - {CUSTOMER, SYSTEM}) if usernames - {CUSTOMER, SYSTEM} else None)
              if c is not None]
    if wanted:
        for user in db.scalars(select(User).where(or_(*wanted))):
            names[user.id] = names[user.username] = user.display_name or user.username
    return names


def actor_label(event: LoanEvent, staff_names: dict, language: str) -> str:
    """Who acted, as people say it: the customer, the system, or the staff member's name."""
    if event.actor_id is None and event.actor_name == CUSTOMER:
        return render(_("Customer"), language)
    if event.actor_id is None and event.actor_name == SYSTEM:
        return render(_("System"), language)
    return staff_names.get(event.actor_name) or staff_names.get(event.actor_id) or event.actor_name


_OVERRIDE_COMMENT = re.compile(r"^([a-z_]+): (.*)$", re.DOTALL)
_ASSIGNED_COMMENT = re.compile(r"^→ (\d+|-)$")
_OVERDUE_COMMENT = re.compile(r"^#(\d+) due (\d{4}-\d{2}-\d{2})$")
_INSTALLMENT_COMMENT = re.compile(r"^#(\d+)$")
_EXPIRED_COMMENT = re.compile(r"^funding window ended (\S+)$")


def event_comment(event: LoanEvent, staff_names: dict, language: str) -> str:
    """The timeline's comment as people read it: what the staff member wrote, or what the platform noted, in
    words ("利率上限：…", "分派给 李明", "第 3 期，应还日 2026-11-20")."""
    text = event.comment or ""
    if event.action == "rule_overridden" and (match := _OVERRIDE_COMMENT.match(text)):
        return render(_("{rule}; the reason: {reason}"), language, {"rule": risk.rule_word(match[1]), "reason": match[2]})
    if event.action == "assigned" and (match := _ASSIGNED_COMMENT.match(text)):
        if match[1] == "-":
            return render(_("Released to the team queue"), language)
        return render(_("Assigned to {name}"), language, {"name": staff_names.get(int(match[1]), match[1])})
    if event.action == "mark_overdue" and (match := _OVERDUE_COMMENT.match(text)):
        return render(_("Installment {number}, due {date}"), language, {"number": match[1], "date": match[2]})
    if event.action == "expire" and (match := _EXPIRED_COMMENT.match(text)):
        try:
            ended = datetime.fromisoformat(match[1]).astimezone(clock.SHANGHAI).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return text
        return render(_("The funding window ended at {time}."), language, {"time": ended})
    if event.action in ("repaid", "recovered") and (match := _INSTALLMENT_COMMENT.match(text)):
        return render(_("Installment {number}"), language, {"number": match[1]})
    return text


def detail(db: Session, app: LoanApplication, principal: Principal, policy: LoanPolicy,
           language: str = "zh_CN") -> dict:
    """The application's file; its risk findings and the timeline's actors in `language`."""
    can_see_pii = "pii.view" in principal.permissions
    borrower = db.get(Borrower, app.borrower_id)
    events = db.scalars(select(LoanEvent).where(LoanEvent.application_id == app.id).order_by(LoanEvent.id)).all()
    docs = db.scalars(select(LoanDocument).where(LoanDocument.application_id == app.id).order_by(LoanDocument.id)).all()
    installments = db.scalars(select(Installment).where(Installment.application_id == app.id)
                              .order_by(Installment.number)).all()
    assigned = {int(m[1]) for e in events if e.action == "assigned" and (m := _ASSIGNED_COMMENT.match(e.comment or ""))
                and m[1] != "-"}
    staff_names = _staff_names(db, {e.actor_id for e in events if e.actor_id is not None} | assigned,
                               {e.actor_name for e in events} | {o.get("by", "") for o in app.overrides or []})
    actions = allowed_actions(State(app.state), principal.permissions)
    if app.first_reviewer_id == principal.user_id:
        actions = [a for a in actions if not (app.state == State.SECOND_REVIEW and a in ("approve_second", "reject", "return"))]
    return summary(app, can_see_pii) | {
        "purpose": app.purpose, "guarantee": app.guarantee, "borrower": borrower_view(db, borrower, can_see_pii),
        "risk": {"score": app.risk_score, "grade": app.risk_grade,
                 "hits": [risk.hit_view(h, language) for h in app.risk_hits or []],
                 "assessed_at": app.assessed_at,
                 "overrides": [{**o, "by_name": staff_names.get(o.get("by"), o.get("by"))} for o in app.overrides or []],
                 "unresolved_blocks": [h["rule"] for h in _unresolved_blocks(app)]},
        "first_reviewer_id": app.first_reviewer_id, "second_reviewer_id": app.second_reviewer_id,
        "listed_at": app.listed_at, "funding_deadline": app.funding_deadline, "disbursed_at": app.disbursed_at,
        "settled_at": app.settled_at,
        "timeline": [{"at": e.at, "actor": e.actor_name, "actor_label": actor_label(e, staff_names, language),
                      "action": e.action, "from_state": e.from_state, "to_state": e.to_state,
                      "comment": event_comment(e, staff_names, language)} for e in events],
        "documents": [document_view(d, can_see_pii) for d in docs],
        "installments": [{"number": i.number, "due_date": i.due_date, "principal_fen": i.principal_fen,
                          "interest_fen": i.interest_fen, "penalty_fen": i.penalty_fen, "paid_fen": i.paid_fen,
                          "state": i.state} for i in installments],
        "allowed_actions": actions,
        # What the caller's own approval would do, so the console can say so before they press it.
        "second_review_if_approved": "approve_first" in actions and (
            app.amount_fen > approval_limit_fen(db, principal.user_id, policy) or app.risk_grade in ("E", "HR")),
    }


@dataclass
class QueueFilter:
    scope: str = "all"  # mine | team | all
    states: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None
    submitted_from: datetime | None = None
    submitted_to: datetime | None = None
    officer_id: int | None = None
    q: str | None = None


SORTS = {"submitted_at": LoanApplication.submitted_at, "amount": LoanApplication.amount_fen,
         "number": LoanApplication.number, "borrower": LoanApplication.borrower_name,
         "grade": LoanApplication.risk_grade, "score": LoanApplication.risk_score, "state": LoanApplication.state,
         "term": LoanApplication.term_months, "rate": LoanApplication.annual_rate}


def queue_conditions(f: QueueFilter, principal: Principal) -> list:
    conds = []
    if f.scope == "mine":
        reviewable = []
        if "loan.review.first" in principal.permissions:
            reviewable.append(LoanApplication.state == State.SUBMITTED)
        if "loan.review.second" in principal.permissions:
            reviewable.append((LoanApplication.state == State.SECOND_REVIEW)
                              & or_(LoanApplication.first_reviewer_id.is_(None),
                                    LoanApplication.first_reviewer_id != principal.user_id))
        conds.append(or_(*reviewable) if reviewable else LoanApplication.id < 0)
        conds.append(or_(LoanApplication.assigned_to_id.is_(None), LoanApplication.assigned_to_id == principal.user_id))
    elif f.scope == "team":
        conds.append(LoanApplication.state.in_(REVIEW_STATES))
    if f.states:
        conds.append(LoanApplication.state.in_(f.states))
    if f.grades:
        conds.append(LoanApplication.risk_grade.in_(f.grades))
    if f.amount_min_fen is not None:
        conds.append(LoanApplication.amount_fen >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conds.append(LoanApplication.amount_fen <= f.amount_max_fen)
    if f.submitted_from:
        conds.append(LoanApplication.submitted_at >= as_utc(f.submitted_from))
    if f.submitted_to:
        conds.append(LoanApplication.submitted_at < as_utc(f.submitted_to))
    if f.officer_id:
        conds.append(or_(LoanApplication.first_reviewer_id == f.officer_id,
                         LoanApplication.second_reviewer_id == f.officer_id,
                         LoanApplication.assigned_to_id == f.officer_id))
    if f.q:
        text = f.q.strip()
        conds.append(LoanApplication.number == text.upper() if text.upper().startswith("LN")
                     else text_filters.starts_with(LoanApplication.borrower_name, text))
    return conds


# What a queue row shows (`summary`): the page reads these columns alone, not the whole application with its JSON.
_SUMMARY_COLUMNS = (LoanApplication.id, LoanApplication.number, LoanApplication.borrower_id,
                    LoanApplication.borrower_name, LoanApplication.amount_fen, LoanApplication.term_months,
                    LoanApplication.annual_rate, LoanApplication.method, LoanApplication.state,
                    LoanApplication.risk_score, LoanApplication.risk_grade, LoanApplication.submitted_at,
                    LoanApplication.needs_second_review, LoanApplication.assigned_to_id, LoanApplication.funded_fen,
                    LoanApplication.version)


def queue(db: Session, principal: Principal, f: QueueFilter, sort: str, page: int, page_size: int):
    """One page of the queue (rows with `summary`'s attributes) and the exact total of what the filter matches.

    The total rides on the page's statement as an uncorrelated subquery, computed once: one round trip to the
    database instead of two. A page past the end has no row to carry it, and only then is it counted apart."""
    conds = queue_conditions(f, principal)
    column = SORTS[sort.lstrip("-")]
    descending = sort.startswith("-")
    order = [column.desc() if descending else column.asc(), LoanApplication.id.desc() if descending else LoanApplication.id]
    counted = select(func.count()).select_from(LoanApplication).where(*conds)
    rows = db.execute(select(*_SUMMARY_COLUMNS, counted.correlate(None).scalar_subquery().label("queue_total"))
                      .where(*conds).order_by(*order).offset((page - 1) * page_size).limit(page_size)).all()
    if rows:
        return rows, rows[0].queue_total
    return [], 0 if page == 1 else db.scalar(counted)


def counts_by_state(db: Session, principal: Principal, f: QueueFilter) -> dict[str, int]:
    conds = queue_conditions(QueueFilter(**{**f.__dict__, "states": ()}), principal)
    rows = db.execute(select(LoanApplication.state, func.count()).where(*conds).group_by(LoanApplication.state)).all()
    return {state: count for state, count in rows}
