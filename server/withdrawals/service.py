"""Withdrawal requests and their review: the rules, without HTTP.

A request reserves the money at once (a pending ledger transfer customer available -> custodian
clearing, kind "withdrawal"), so it can be neither spent twice nor lost. Approval posts that
reservation (the money leaves for the bank), rejection voids it (the money is available again).
Every decision locks the request row and checks its version, so of two reviewers acting at the
same moment exactly one succeeds; the other gets 409 with the request as it is now.
"""

import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, Forbidden, NotFound, ValidationFailed
from server.messages import Word, _
from server.permissions import permission_word
from server.ledger import queries as ledger_queries
from server.ledger.models import LedgerAccount, LedgerTransfer
from server.ledger.service import CLEARING, ResolveInput, TransferInput, customer_account, post_transfers
from server.monitoring.pauses import check_withdrawals_open
from server.notifications.movement_sms import tell_withdrawal
from server.security.masking import mask_bank_card
from server.security.pii import blind_index
from server.withdrawals.models import Withdrawal, WithdrawalStaffLink
from server.withdrawals.rules import FLAGS, OPEN_STATES, STATE_LABELS, State, WithdrawalPolicy

REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,40}$")
REVIEW = "funds.withdrawal.review"
APPROVE_LARGE = "funds.withdrawal.approve_large"
LINKED_RULE = "sod.withdrawal_linked_account"


@dataclass(frozen=True)
class RequestInput:
    request_id: str
    customer_ref: str
    amount_fen: int
    bank_card: str


def normalise_card(card: str) -> str:
    digits = "".join(card.split())
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        raise ValidationFailed(_("A bank card number is 12 to 19 digits."), code="bank_card_invalid")
    return digits


def _flags(w: Withdrawal) -> list[str]:
    return [code for code in FLAGS if getattr(w, f"flag_{code}")]


def _transfer_ids(w: Withdrawal) -> tuple[str, str]:
    base = w.reservation_transfer_id.rsplit(":", 1)[0]
    return f"{base}:pay", f"{base}:void"


def _next_number(db: Session, when: datetime) -> str:
    prefix = f"WD{clock.business_day(when):%Y%m%d}"
    last = db.scalar(select(func.max(Withdrawal.number)).where(Withdrawal.number.startswith(prefix)))
    return f"{prefix}{(int(last[len(prefix):]) + 1 if last else 1):06d}"


# --- the request from the customer side -----------------------------------------------------------

def _same_request(w: Withdrawal, data: RequestInput, card_index: str) -> bool:
    return (w.customer_ref == data.customer_ref and w.amount_fen == data.amount_fen
            and w.bank_card_index == card_index)


def _replay(w: Withdrawal, data: RequestInput, card_index: str) -> Withdrawal:
    if not _same_request(w, data, card_index):
        raise Conflict(_("The request id {request_id} was already used for another withdrawal."),
                       code="request_id_reused", params={"request_id": data.request_id}, current=summary(w))
    return w


def compute_flags(db: Session, policy: WithdrawalPolicy, customer_ref: str, amount_fen: int, card_index: str,
                  now: datetime) -> dict[str, bool]:
    """The named rules, from what the platform knows when the request arrives (called under the
    customer's account lock, so two requests of one customer see each other)."""
    earlier = select(Withdrawal).where(Withdrawal.customer_ref == customer_ref)
    known_card = db.scalar(select(func.count()).select_from(
        earlier.where(Withdrawal.bank_card_index == card_index, Withdrawal.state != State.REJECTED).subquery()))
    account_id = db.scalar(select(LedgerAccount.id).where(LedgerAccount.code == customer_account(customer_ref)))
    last_recharge = db.scalar(select(func.max(LedgerTransfer.created_at)).where(
        LedgerTransfer.credit_account_id == account_id, LedgerTransfer.kind == "recharge",
        LedgerTransfer.state == "posted")) if account_id else None
    soon = False
    if last_recharge is not None:
        last_recharge = last_recharge if last_recharge.tzinfo else last_recharge.replace(tzinfo=timezone.utc)
        if now - last_recharge <= policy.recharge_window:
            since = db.scalar(select(func.count()).select_from(
                earlier.where(Withdrawal.requested_at >= last_recharge).subquery()))
            soon = since == 0
    day_start = clock.day_start_utc(clock.business_day(now))
    today = db.scalar(select(func.count()).select_from(earlier.where(Withdrawal.requested_at >= day_start).subquery()))
    return {"large": amount_fen > policy.review_above_fen, "new_bank_card": known_card == 0,
            "soon_after_recharge": soon, "many_today": today + 1 >= policy.many_per_day}


def request_withdrawal(db: Session, audit: Auditor, policy: WithdrawalPolicy, data: RequestInput,
                       now: datetime | None = None) -> Withdrawal:
    """Reserves the money and files the request; with no rule flag it is paid at once.
    The same request id again answers the request as it is and moves nothing."""
    if not isinstance(data.request_id, str) or not REQUEST_ID.match(data.request_id):
        raise ValidationFailed(_("A request id is 1 to 40 letters, digits, “.”, “-” or “_”."), code="request_id_invalid")
    if type(data.amount_fen) is not int or data.amount_fen <= 0:
        raise ValidationFailed(_("The amount is a whole number of fen above zero."), code="amount_invalid")
    card = normalise_card(data.bank_card)
    card_index = blind_index(card)
    source = customer_account(data.customer_ref)
    existing = db.scalar(select(Withdrawal).where(Withdrawal.request_id == data.request_id))
    if existing is not None:
        w = _replay(existing, data, card_index)
        audit.record("withdrawal.request_replayed", "withdrawal", w.number, after={"request_id": data.request_id})
        return w
    check_withdrawals_open(db)  # a monitoring callback may have paused every withdrawal
    now = now or utcnow()
    reservation_id = f"wd.{data.request_id}:reserve"
    # Takes the locks on the customer's account (and clearing): from here on this customer's
    # requests are serialised, so the flags and the replay check below see every earlier one.
    post_transfers(db, [TransferInput(reservation_id, source, CLEARING, data.amount_fen, "withdrawal",
                                      reference=data.request_id, pending=True)])
    existing = db.scalar(select(Withdrawal).where(Withdrawal.request_id == data.request_id)
                         .execution_options(populate_existing=True))
    if existing is not None:  # a twin request committed while we waited for the lock
        w = _replay(existing, data, card_index)
        audit.record("withdrawal.request_replayed", "withdrawal", w.number, after={"request_id": data.request_id})
        return w
    flags = compute_flags(db, policy, data.customer_ref, data.amount_fen, card_index, now)
    # Numbers are taken under the clearing account's lock, which every request holds: no two alike.
    w = Withdrawal(number=_next_number(db, now), request_id=data.request_id,
                   customer_ref=data.customer_ref, amount_fen=data.amount_fen, bank_card=card,
                   bank_card_index=card_index, state=State.PENDING_REVIEW, requested_at=now,
                   reservation_transfer_id=reservation_id, needs_second_approval=False,
                   **{f"flag_{code}": value for code, value in flags.items()})
    db.add(w)
    db.flush()
    after = {"customer_ref": w.customer_ref, "amount_fen": w.amount_fen, "bank_card": mask_bank_card(card),
             "flags": _flags(w), "state": w.state}
    audit.record("withdrawal.requested", "withdrawal", w.number, after=after)
    if not any(flags.values()):
        _pay(db, w)
        w.decided_at = now
        audit.record("withdrawal.auto_approved", "withdrawal", w.number, before={"state": State.PENDING_REVIEW},
                     after={"state": w.state, "bank_card": mask_bank_card(card)})
    return w


# --- review ---------------------------------------------------------------------------------------

def linked_staff(db: Session, customer_ref: str) -> set[int]:
    return set(db.scalars(select(WithdrawalStaffLink.user_id).where(WithdrawalStaffLink.customer_ref == customer_ref)))


def _check_not_linked(db: Session, actor: Principal, w: Withdrawal) -> None:
    if actor.user_id in linked_staff(db, w.customer_ref):
        raise Forbidden(_("You are linked to this customer's account and cannot decide its withdrawals."),
                        code="separation_of_duties", rule=LINKED_RULE)


def state_word(state: str) -> Word:
    """The state as a word of a sentence ("already paid" / “已出款”)."""
    label_zh, label_en = STATE_LABELS[State(state)]
    return Word(state, label_en.lower(), label_zh)


def _load_open(db: Session, withdrawal_id: int, version: int, action: str) -> Withdrawal:
    w = load_for_update(db, Withdrawal, withdrawal_id, version, summary, "withdrawal_not_found")
    if w.state not in OPEN_STATES:
        sentence = (_("Withdrawal {number} is already {state}; it can no longer be approved.") if action == "approved"
                    else _("Withdrawal {number} is already {state}; it can no longer be rejected."))
        raise Conflict(sentence, code="invalid_transition", params={"number": w.number, "state": state_word(w.state)},
                       current=summary(w))
    return w


def _pay(db: Session, w: Withdrawal) -> None:
    pay_id, _void_id = _transfer_ids(w)
    post_transfers(db, [ResolveInput(pay_id, w.reservation_transfer_id, post=True)])
    w.state = State.PAID
    tell_withdrawal(db, w.customer_ref, w.number, w.amount_fen, w.bank_card, paid=True)


def approve(db: Session, audit: Auditor, policy: WithdrawalPolicy, actor: Principal, withdrawal_id: int,
            version: int) -> Withdrawal:
    """First approval of a request above the second threshold moves it to the finance manager;
    otherwise approval posts the reservation: the money leaves for the customer's card."""
    if REVIEW not in actor.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied", permission=REVIEW,
                        params={"permission": permission_word(REVIEW)})
    w = _load_open(db, withdrawal_id, version, "approved")
    _check_not_linked(db, actor, w)
    check_withdrawals_open(db)
    before = {"state": w.state}
    now = utcnow()
    if w.state == State.PENDING_REVIEW and w.amount_fen > policy.second_approval_above_fen:
        w.state, w.needs_second_approval = State.PENDING_SECOND_APPROVAL, True
        w.first_approver_id, w.first_approver_name, w.first_approved_at = actor.user_id, actor.username, now
        action = "withdrawal.first_approved"
    else:
        if w.state == State.PENDING_SECOND_APPROVAL:
            if APPROVE_LARGE not in actor.permissions:
                raise Forbidden(_("The second approval needs the permission “{permission}”."), code="permission_denied",
                                permission=APPROVE_LARGE, params={"permission": permission_word(APPROVE_LARGE)})
            if actor.user_id == w.first_approver_id:
                raise Forbidden(_("The second approval must come from someone other than the first approver."),
                                code="separation_of_duties", rule="withdrawal.two_approvers")
        else:
            w.first_approver_id, w.first_approver_name, w.first_approved_at = actor.user_id, actor.username, now
        _pay(db, w)
        w.decided_by_id, w.decided_by_name, w.decided_at = actor.user_id, actor.username, now
        action = "withdrawal.approved"
    bump(w)
    audit.record(action, "withdrawal", w.number, before=before,
                 after={"state": w.state, "amount_fen": w.amount_fen, "bank_card": mask_bank_card(w.bank_card)})
    return w


def reject(db: Session, audit: Auditor, actor: Principal, withdrawal_id: int, version: int, reason: str) -> Withdrawal:
    """Voids the reservation: the money is available to the customer again; the reason is shown to them."""
    if REVIEW not in actor.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied", permission=REVIEW,
                        params={"permission": permission_word(REVIEW)})
    if not (reason and reason.strip()):
        raise ValidationFailed(_("Say why: the customer sees the reason."), code="reason_required")
    w = _load_open(db, withdrawal_id, version, "rejected")
    _check_not_linked(db, actor, w)
    if w.state == State.PENDING_SECOND_APPROVAL:
        if APPROVE_LARGE not in actor.permissions:
            raise Forbidden(_("Deciding a second approval needs the permission “{permission}”."), code="permission_denied",
                            permission=APPROVE_LARGE, params={"permission": permission_word(APPROVE_LARGE)})
        if actor.user_id == w.first_approver_id:
            raise Forbidden(_("The second decision must come from someone other than the first approver."),
                            code="separation_of_duties", rule="withdrawal.two_approvers")
    before = {"state": w.state}
    _pay_id, void_id = _transfer_ids(w)
    post_transfers(db, [ResolveInput(void_id, w.reservation_transfer_id, post=False)])
    w.state, w.reject_reason = State.REJECTED, reason.strip()
    tell_withdrawal(db, w.customer_ref, w.number, w.amount_fen, w.bank_card, paid=False, reason=w.reject_reason)
    w.decided_by_id, w.decided_by_name, w.decided_at = actor.user_id, actor.username, utcnow()
    bump(w)
    audit.record("withdrawal.rejected", "withdrawal", w.number, before=before,
                 after={"state": w.state, "reason": w.reject_reason, "amount_fen": w.amount_fen,
                        "bank_card": mask_bank_card(w.bank_card)})
    return w


# --- linked staff ---------------------------------------------------------------------------------

def link_staff(db: Session, audit: Auditor, actor: Principal, customer_ref: str, user_id: int,
               note: str = "") -> WithdrawalStaffLink:
    from server.staff.models import User

    customer_account(customer_ref)  # validates the reference
    user = db.get(User, user_id)
    if user is None:
        raise NotFound(_("No such staff user."), code="user_not_found")
    link = db.scalar(select(WithdrawalStaffLink).where(WithdrawalStaffLink.customer_ref == customer_ref,
                                                       WithdrawalStaffLink.user_id == user_id))
    if link is None:
        link = WithdrawalStaffLink(customer_ref=customer_ref, user_id=user_id, note=note, created_by=actor.username)
        db.add(link)
        db.flush()
    audit.record("withdrawal.staff_linked", "withdrawal_staff_link", link.id,
                 after={"customer_ref": customer_ref, "user_id": user_id, "username": user.username, "note": note})
    return link


def unlink_staff(db: Session, audit: Auditor, link_id: int) -> None:
    """Ends a link (the employee left, the relative is no longer one); the audit keeps what it was."""
    link = db.get(WithdrawalStaffLink, link_id)
    if link is None:
        raise NotFound(_("No such link between a staff member and a customer."), code="link_not_found")
    audit.record("withdrawal.staff_unlinked", "withdrawal_staff_link", link.id,
                 before={"customer_ref": link.customer_ref, "user_id": link.user_id, "note": link.note})
    db.delete(link)


def link_view(db: Session, link: WithdrawalStaffLink, can_see_pii: bool = False) -> dict:
    from server.staff.models import User

    user = db.get(User, link.user_id)
    creator = db.scalar(select(User.display_name).where(User.username == link.created_by))
    name = ledger_queries.customer_names(db, [link.customer_ref], can_see_pii).get(link.customer_ref)
    return {"id": link.id, "customer_ref": link.customer_ref, "customer_name": name, "user_id": link.user_id,
            "username": user.username if user else None, "display_name": user.display_name if user else None,
            "note": link.note, "created_by": link.created_by, "created_by_display_name": creator,
            "created_at": link.created_at}


def list_links(db: Session, customer_ref: str | None = None, can_see_pii: bool = False) -> list[dict]:
    query = select(WithdrawalStaffLink).order_by(WithdrawalStaffLink.id)
    if customer_ref:
        query = query.where(WithdrawalStaffLink.customer_ref == customer_ref)
    return [link_view(db, link, can_see_pii) for link in db.scalars(query.limit(1000))]


# --- views ----------------------------------------------------------------------------------------

def flag_views(w: Withdrawal) -> list[dict]:
    return [asdict(FLAGS[code]) for code in _flags(w)]


def summary(w: Withdrawal) -> dict:
    """What every answer shows; the bank card is always masked."""
    label_zh, label_en = STATE_LABELS[State(w.state)]
    return {"id": w.id, "number": w.number, "request_id": w.request_id, "customer_ref": w.customer_ref,
            "amount_fen": w.amount_fen, "bank_card": mask_bank_card(w.bank_card), "state": w.state,
            "state_label_zh": label_zh, "state_label_en": label_en, "flags": flag_views(w),
            "needs_second_approval": w.needs_second_approval, "requested_at": w.requested_at,
            "first_approver": w.first_approver_name, "first_approved_at": w.first_approved_at,
            "decided_by": w.decided_by_name, "decided_at": w.decided_at, "reject_reason": w.reject_reason,
            "version": w.version}


def get(db: Session, withdrawal_id: int) -> Withdrawal:
    w = db.get(Withdrawal, withdrawal_id)
    if w is None:
        raise NotFound(_("No such withdrawal."), code="withdrawal_not_found")
    return w


def allowed_actions(db: Session, w: Withdrawal, principal: Principal) -> list[str]:
    if w.state not in OPEN_STATES or REVIEW not in principal.permissions:
        return []
    if principal.user_id in linked_staff(db, w.customer_ref):
        return []
    if w.state == State.PENDING_SECOND_APPROVAL and (
            APPROVE_LARGE not in principal.permissions or principal.user_id == w.first_approver_id):
        return []
    return ["approve", "reject"]


def detail(db: Session, w: Withdrawal, principal: Principal, policy: WithdrawalPolicy) -> dict:
    try:
        balances = ledger_queries.customer_balances(db, w.customer_ref)
    except NotFound:
        balances = {"customer_ref": w.customer_ref, "available_fen": 0, "frozen_fen": 0, "balance_fen": 0}
    recent, _ = ledger_queries.list_transfers(db, ledger_queries.TransferFilter(customer_ref=w.customer_ref),
                                              "-id", 1, 10)
    linked = principal.user_id in linked_staff(db, w.customer_ref)
    name = ledger_queries.customer_names(db, [w.customer_ref], "pii.view" in principal.permissions).get(w.customer_ref)
    from server.staff.accounts import staff_names

    staff = staff_names(db, [w.first_approver_name, w.decided_by_name])
    return summary(w) | {
        "customer_name": name, "first_approver_display_name": staff.get(w.first_approver_name),
        "decided_by_display_name": staff.get(w.decided_by_name),
        "balances": {k: balances[k] for k in ("available_fen", "frozen_fen", "balance_fen")},
        "recent_transfers": [{k: t[k] for k in ("id", "transfer_id", "kind", "state", "amount_fen", "debit_account",
                                                "credit_account", "reference", "created_at")} for t in recent],
        "allowed_actions": allowed_actions(db, w, principal),
        "linked_to_you": linked,
        "second_approval_if_approved": (w.state == State.PENDING_REVIEW
                                        and w.amount_fen > policy.second_approval_above_fen),
        "review_above_fen": policy.review_above_fen, "second_approval_above_fen": policy.second_approval_above_fen,
    }


@dataclass(frozen=True)
class ListFilter:
    states: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    customer_ref: str | None = None
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None


SORTS = {"requested_at": Withdrawal.requested_at, "amount": Withdrawal.amount_fen, "number": Withdrawal.number,
         "customer_ref": Withdrawal.customer_ref, "state": Withdrawal.state}


def conditions(f: ListFilter, with_states: bool = True) -> list:
    conds = []
    if with_states and f.states:
        conds.append(Withdrawal.state.in_(f.states))
    if f.flags:
        conds.append(or_(*[getattr(Withdrawal, f"flag_{code}").is_(True) for code in f.flags]))
    if f.customer_ref:
        conds.append(Withdrawal.customer_ref == f.customer_ref)
    if f.amount_min_fen is not None:
        conds.append(Withdrawal.amount_fen >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conds.append(Withdrawal.amount_fen <= f.amount_max_fen)
    return conds


def list_withdrawals(db: Session, f: ListFilter, sort: str, page: int, page_size: int, can_see_pii: bool = False):
    conds = conditions(f)
    column = SORTS[sort.lstrip("-")]
    descending = sort.startswith("-")
    order = [column.desc(), Withdrawal.id.desc()] if descending else [column.asc(), Withdrawal.id.asc()]
    total = db.scalar(select(func.count()).select_from(Withdrawal).where(*conds))
    rows = db.scalars(select(Withdrawal).where(*conds).order_by(*order)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    names = ledger_queries.customer_names(db, [w.customer_ref for w in rows], can_see_pii)
    return [summary(w) | {"customer_name": names.get(w.customer_ref)} for w in rows], total


def counts_by_state(db: Session, f: ListFilter = ListFilter()) -> dict[str, int]:
    rows = db.execute(select(Withdrawal.state, func.count()).where(*conditions(f, with_states=False))
                      .group_by(Withdrawal.state)).all()
    counts = {state.value: 0 for state in State}
    counts.update({state: count for state, count in rows})
    return counts
