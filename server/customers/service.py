"""Customer service's rules, without HTTP: notes, lock and unlock, password resets by a one-time code sent to the
customer, phone changes decided by a second person. Every change is audited; messages to the customer are queued
in the same transaction (server/notifications/outbox.py) and delivered after it commits."""

import secrets
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.customers.models import Customer
from server.customers.service_models import CustomerNote, PhoneChange, ResetCode
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, Forbidden, NotFound, ValidationFailed
from server.messages import _
from server.notifications import outbox
from server.security import passwords
from server.security.masking import mask_name, mask_phone
from server.security.pii import blind_index

CODE_TTL = timedelta(minutes=15)
CODE_ATTEMPTS = 5
WHICH = ("login", "withdrawal")
WHICH_ZH = {"login": "登录密码", "withdrawal": "提现密码"}
NOTE_MAX = 2000
REASON_MAX = 500


def _text(value: str | None, field: str, limit: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationFailed(_("Say why, in a few words."), code="reason_required" if field == "reason"
                               else f"{field}_required")
    if len(value) > limit:
        raise ValidationFailed(_("At most {limit} characters."), code="too_long", params={"limit": limit})
    return value


def get_customer(db: Session, customer_id: int, for_update: bool = False) -> Customer:
    customer = db.get(Customer, customer_id, with_for_update=for_update or None)
    if customer is None:
        raise NotFound(_("There is no customer with the id {id}."), code="customer_not_found", params={"id": customer_id})
    return customer


# --- notes ------------------------------------------------------------------------------------------

def note_view(note: CustomerNote) -> dict:
    return {"id": note.id, "at": note.at, "author_name": note.author_name, "text": note.text}


def list_notes(db: Session, customer_id: int) -> list[dict]:
    get_customer(db, customer_id)
    notes = db.scalars(select(CustomerNote).where(CustomerNote.customer_id == customer_id)
                       .order_by(CustomerNote.at.desc(), CustomerNote.id.desc()))
    return [note_view(n) for n in notes]


def add_note(db: Session, audit: Auditor, actor: Principal, customer_id: int, text: str) -> dict:
    customer = get_customer(db, customer_id)
    text = (text or "").strip()
    if not text:
        raise ValidationFailed(_("Write the note first."), code="note_empty")
    if len(text) > NOTE_MAX:
        raise ValidationFailed(_("At most {limit} characters."), code="too_long", params={"limit": NOTE_MAX})
    note = CustomerNote(customer_id=customer.id, at=clock.now(), author_id=actor.user_id,
                        author_name=actor.display_name or actor.username, text=text)
    db.add(note)
    db.flush()
    audit.record("customer.note_added", "customer", customer.number, after={"note_id": note.id, "length": len(text)})
    return note_view(note)


# --- lock and unlock ----------------------------------------------------------------------------------

def _security(customer: Customer) -> dict:
    return {"login_locked": customer.login_locked, "locked_reason": customer.locked_reason,
            "locked_at": customer.locked_at, "locked_by": customer.locked_by, "version": customer.version}


def _load(db: Session, customer_id: int, version: int | None) -> Customer:
    return load_for_update(db, Customer, customer_id, version, _security, "customer_not_found")


def lock(db: Session, audit: Auditor, actor: Principal, customer_id: int, version: int, reason: str) -> Customer:
    reason = _text(reason, "reason", REASON_MAX)
    customer = _load(db, customer_id, version)
    if customer.login_locked:
        raise Conflict(_("Customer {number}'s sign-in is locked already."), code="already_locked",
                       params={"number": customer.number}, current=_security(customer))
    customer.login_locked, customer.locked_reason = True, reason
    customer.locked_at, customer.locked_by = clock.now(), actor.username
    bump(customer)
    audit.record("customer.locked", "customer", customer.number, before={"login_locked": False},
                 after={"login_locked": True, "reason": reason})
    return customer


def unlock(db: Session, audit: Auditor, actor: Principal, customer_id: int, version: int, reason: str) -> Customer:
    reason = _text(reason, "reason", REASON_MAX)
    customer = _load(db, customer_id, version)
    if not customer.login_locked:
        raise Conflict(_("Customer {number}'s sign-in is not locked."), code="not_locked",
                       params={"number": customer.number}, current=_security(customer))
    before = {"login_locked": True, "reason": customer.locked_reason}
    customer.login_locked, customer.locked_reason, customer.locked_at, customer.locked_by = False, None, None, None
    bump(customer)
    audit.record("customer.unlocked", "customer", customer.number, before=before,
                 after={"login_locked": False, "reason": reason})
    return customer


# --- password resets -------------------------------------------------------------------------------------

def new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def start_reset(db: Session, audit: Auditor, actor: Principal, customer_id: int, which: str, channel: str) -> dict:
    """Makes a one-time code (only its hash kept), sends it to the customer's registered phone or e-mail and
    answers only where it went, masked. An earlier code of the same kind stops working."""
    if which not in WHICH:
        raise ValidationFailed(_("Say which password: the sign-in one or the withdrawal one."), code="which_invalid")
    customer = get_customer(db, customer_id, for_update=True)
    if channel == "sms":
        to = customer.phone
        if not to:
            raise Conflict(_("Customer {number} has no registered phone."), code="no_phone",
                           params={"number": customer.number})
        sent_to = mask_phone(to)
    elif channel == "email":
        to = customer.email
        if not to:
            raise Conflict(_("Customer {number} has no registered e-mail address."), code="no_email",
                           params={"number": customer.number})
        sent_to = outbox.mask_email(to)
    else:
        raise ValidationFailed(_("Send it by SMS or by e-mail."), code="channel_invalid")
    now = clock.now()
    db.execute(update(ResetCode).where(ResetCode.customer_id == customer.id, ResetCode.which == which,
                                       ResetCode.used_at.is_(None)).values(used_at=now))
    code = new_code()
    reset = ResetCode(customer_id=customer.id, which=which, channel=channel, code_hash=passwords.hash_password(code),
                      created_at=now, created_by=actor.username, expires_at=now + CODE_TTL, attempts=0)
    db.add(reset)
    db.flush()
    text = (f"【P2P平台】您正在重置{WHICH_ZH[which]}，验证码 {code}，{int(CODE_TTL.total_seconds() // 60)}分钟内有效。"
            f"工作人员不会向您索要验证码，请勿告诉他人。")
    outbox.queue(db, channel, to, text, subject="密码重置验证码" if channel == "email" else None,
                 purpose="password_reset", customer_id=customer.id)
    audit.record("customer.password_reset_started", "customer", customer.number,
                 after={"which": which, "channel": channel, "sent_to": sent_to, "expires_at": reset.expires_at.isoformat()})
    return {"sent_to": sent_to, "expires_at": reset.expires_at}


# --- phone changes (four eyes) ----------------------------------------------------------------------------

def normalise_phone(value: str) -> str:
    digits = "".join((value or "").split()).replace("-", "")
    if digits.startswith("+86"):
        digits = digits[3:]
    if not (digits.isdigit() and len(digits) == 11 and digits.startswith("1")):
        raise ValidationFailed(_("A mobile number is 11 digits starting with 1."), code="phone_invalid")
    return digits


def phone_change_view(change: PhoneChange, customer: Customer, can_see_pii: bool = False) -> dict:
    return {"id": change.id, "customer_id": customer.id, "customer_number": customer.number,
            "customer_name": customer.name if can_see_pii else mask_name(customer.name),
            "new_phone": change.new_phone if can_see_pii else mask_phone(change.new_phone), "reason": change.reason,
            "requested_by_name": change.requested_by_name, "requested_at": change.requested_at, "state": change.state,
            "decided_by_name": change.decided_by_name, "decided_at": change.decided_at,
            "decision_reason": change.decision_reason, "version": change.version}


def request_phone_change(db: Session, audit: Auditor, actor: Principal, customer_id: int, new_phone: str,
                         reason: str) -> tuple[PhoneChange, Customer]:
    phone = normalise_phone(new_phone)
    reason = _text(reason, "reason", REASON_MAX)
    customer = get_customer(db, customer_id, for_update=True)
    if customer.phone_index == blind_index(phone):
        raise Conflict(_("That is already customer {number}'s phone."), code="same_phone",
                       params={"number": customer.number})
    open_one = db.scalar(select(PhoneChange).where(PhoneChange.customer_id == customer.id,
                                                   PhoneChange.state == "pending"))
    if open_one is not None:
        raise Conflict(_("Customer {number} has a phone change waiting for approval already."),
                       code="phone_change_pending", params={"number": customer.number})
    change = PhoneChange(customer_id=customer.id, new_phone=phone, new_phone_index=blind_index(phone), reason=reason,
                         state="pending", requested_by_id=actor.user_id,
                         requested_by_name=actor.display_name or actor.username, requested_at=clock.now())
    db.add(change)
    db.flush()
    audit.record("customer.phone_change_requested", "customer", customer.number,
                 after={"change_id": change.id, "new_phone": mask_phone(phone), "reason": reason})
    return change, customer


def list_phone_changes(db: Session, state: str | None, can_see_pii: bool) -> list[dict]:
    query = select(PhoneChange, Customer).join(Customer, Customer.id == PhoneChange.customer_id)
    if state:
        query = query.where(PhoneChange.state == state)
    rows = db.execute(query.order_by(PhoneChange.requested_at.desc(), PhoneChange.id.desc()).limit(500)).all()
    return [phone_change_view(c, cu, can_see_pii) for c, cu in rows]


def _load_pending(db: Session, actor: Principal, change_id: int) -> tuple[PhoneChange, Customer]:
    change = db.get(PhoneChange, change_id, with_for_update=True, populate_existing=True)
    if change is None:
        raise NotFound(_("There is no phone change with the id {id}."), code="phone_change_not_found",
                       params={"id": change_id})
    customer = get_customer(db, change.customer_id, for_update=True)
    if change.state != "pending":
        raise Conflict(_("This phone change was decided already."), code="phone_change_decided",
                       current=phone_change_view(change, customer))
    if change.requested_by_id == actor.user_id:
        raise Forbidden(_("A phone change must be decided by someone other than the person who asked for it."),
                        code="separation_of_duties", rule="customer.phone_change.four_eyes")
    return change, customer


def approve_phone_change(db: Session, audit: Auditor, actor: Principal, change_id: int,
                         reason: str | None) -> tuple[PhoneChange, Customer]:
    change, customer = _load_pending(db, actor, change_id)
    reason = _text(reason, "reason", REASON_MAX, required=False) or None
    old_phone = customer.phone
    customer.phone, customer.phone_index = change.new_phone, change.new_phone_index
    bump(customer)
    now = clock.now()
    change.state, change.decided_by_id, change.decided_at = "approved", actor.user_id, now
    change.decided_by_name, change.decision_reason = actor.display_name or actor.username, reason
    bump(change)
    tail = change.new_phone[-4:]
    for to, dedupe in ((old_phone, "old"), (change.new_phone, "new")):
        if to:
            outbox.queue(db, "sms", to, f"【P2P平台】您的账户绑定手机号已变更为尾号 {tail} 的号码。如非本人操作，请立即联系客服。",
                         purpose="phone_change", customer_id=customer.id,
                         dedupe_key=f"phone_change:{change.id}:{dedupe}")
    audit.record("customer.phone_change_approved", "customer", customer.number,
                 before={"phone": mask_phone(old_phone)},
                 after={"change_id": change.id, "phone": mask_phone(change.new_phone), "reason": reason})
    return change, customer


def reject_phone_change(db: Session, audit: Auditor, actor: Principal, change_id: int,
                        reason: str) -> tuple[PhoneChange, Customer]:
    reason = _text(reason, "reason", REASON_MAX)
    change, customer = _load_pending(db, actor, change_id)
    change.state, change.decided_by_id, change.decided_at = "rejected", actor.user_id, clock.now()
    change.decided_by_name, change.decision_reason = actor.display_name or actor.username, reason
    bump(change)
    audit.record("customer.phone_change_rejected", "customer", customer.number,
                 after={"change_id": change.id, "new_phone": mask_phone(change.new_phone), "reason": reason})
    return change, customer


def count_notes(db: Session, customer_id: int) -> int:
    return db.scalar(select(func.count()).select_from(CustomerNote).where(CustomerNote.customer_id == customer_id))
