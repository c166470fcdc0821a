"""The customer side's rules, without HTTP: signing in, confirming a password reset with its code, setting the
withdrawal password, asking for a withdrawal with it.

Customers' passwords: at least 8 characters, neither only digits nor only letters, and the withdrawal password
differs from the sign-in password. Five wrong withdrawal passwords in a row stop withdrawals for 24 hours.
"""

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.customers.models import Customer
from server.customers.service_models import CustomerSession, ResetCode
from server.customers.service import CODE_ATTEMPTS, normalise_phone
from server.errors import (Conflict, DomainError, FieldError, Locked, Refused, Unauthorized, ValidationFailed)
from server.messages import _
from server.security import passwords
from server.security.pii import blind_index
from server.security.tokens import new_token, token_digest
from server.withdrawals import service as withdrawals
from server.withdrawals.rules import WithdrawalPolicy

MIN_LENGTH = 8
SESSION_TTL = timedelta(hours=2)
WITHDRAWAL_FAILURES_LOCK = 5
WITHDRAWAL_LOCK = timedelta(hours=24)
# Verified against when the customer is unknown, so that an unknown login takes as long as a wrong password.
_DUMMY_HASH = passwords.hash_password("not-a-customer-password-0")


def _invalid_credentials() -> Unauthorized:
    return Unauthorized(_("The customer number or phone, or the password, is wrong."), code="invalid_credentials")


def password_problems(password: str, field: str, other_hash: str | None = None) -> list[FieldError]:
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(FieldError(field, "password_too_short", _("At least {min_length} characters."),
                                   {"min_length": MIN_LENGTH}))
    if password.isdigit():
        problems.append(FieldError(field, "password_only_digits", _("Not only digits.")))
    if password.isalpha():
        problems.append(FieldError(field, "password_only_letters", _("Not only letters.")))
    if other_hash and passwords.verify_password(other_hash, password):
        problems.append(FieldError(field, "password_same_as_other",
                                   _("The withdrawal password must differ from the sign-in password.")))
    return problems


def check_password(password: str, field: str, other_hash: str | None = None) -> None:
    problems = password_problems(password or "", field, other_hash)
    if problems:
        raise ValidationFailed(_("The new password does not meet the password rules."), code="password_rules",
                               errors=problems)


def find_customer(db: Session, login: str) -> Customer | None:
    """By customer number (IV…/BR…) or registered phone."""
    login = (login or "").strip()
    if not login:
        return None
    customer = db.scalar(select(Customer).where(Customer.number == login.upper()))
    if customer is not None:
        return customer
    try:
        phone = normalise_phone(login)
    except DomainError:
        return None
    return db.scalar(select(Customer).where(Customer.phone_index == blind_index(phone)).limit(1))


def sign_in(db: Session, audit: Auditor, login: str, password: str) -> dict:
    customer = find_customer(db, login)
    if customer is None or not customer.login_password_hash:
        passwords.verify_password(_DUMMY_HASH, password or "")
        raise _invalid_credentials()
    if not passwords.verify_password(customer.login_password_hash, password or ""):
        audit.record("customer.sign_in_failed", "customer", customer.number, after={"reason": "wrong_password"})
        raise Refused(_invalid_credentials())
    if customer.login_locked:
        audit.record("customer.sign_in_failed", "customer", customer.number, after={"reason": "locked"})
        raise Refused(Locked(_("This account is locked; please contact customer service."), code="customer_locked"))
    now = clock.now()
    customer.last_sign_in_at = now
    token = new_token()
    session = CustomerSession(customer_id=customer.id, token_digest=token_digest(token), created_at=now,
                              expires_at=now + SESSION_TTL)
    db.add(session)
    db.flush()
    audit.record("customer.signed_in", "customer", customer.number, after={"session_id": session.id})
    return {"session_token": token, "expires_at": session.expires_at,
            "customer": {"id": customer.id, "number": customer.number, "name": customer.name}}


def session_customer(db: Session, token: str | None, for_update: bool = True) -> tuple[CustomerSession, Customer]:
    """The signed-in customer of a customer-side session token (401 when absent, expired or ended)."""
    if not token:
        raise Unauthorized(_("The customer is not signed in."), code="customer_session_invalid")
    session = db.scalar(select(CustomerSession).where(CustomerSession.token_digest == token_digest(token)))
    if session is None or session.revoked_at is not None or session.expires_at <= clock.now():
        raise Unauthorized(_("The customer is not signed in."), code="customer_session_invalid")
    customer = db.get(Customer, session.customer_id, with_for_update=for_update or None, populate_existing=True)
    if customer.login_locked:
        raise Locked(_("This account is locked; please contact customer service."), code="customer_locked")
    return session, customer


def sign_out(db: Session, audit: Auditor, token: str | None) -> None:
    session, customer = session_customer(db, token, for_update=False)
    session.revoked_at = clock.now()
    audit.record("customer.signed_out", "customer", customer.number, after={"session_id": session.id})


def confirm_reset(db: Session, audit: Auditor, login: str, which: str, code: str, new_password: str) -> None:
    """Sets the new password when the code is right, unexpired and not used up; a wrong code counts."""
    customer = find_customer(db, login)
    wrong = ValidationFailed(_("The code is wrong or no longer valid; ask for a new one."), code="code_invalid")
    if customer is None:
        raise wrong
    db.refresh(customer, with_for_update=True)
    reset = db.scalar(select(ResetCode).where(ResetCode.customer_id == customer.id, ResetCode.which == which,
                                              ResetCode.used_at.is_(None))
                      .order_by(ResetCode.id.desc()).limit(1).with_for_update())
    now = clock.now()
    if reset is None or reset.attempts >= CODE_ATTEMPTS:
        raise wrong
    if reset.expires_at <= now:
        raise ValidationFailed(_("The code has expired; ask for a new one."), code="code_expired")
    if not passwords.verify_password(reset.code_hash, (code or "").strip()):
        reset.attempts += 1
        audit.record("customer.reset_code_failed", "customer", customer.number,
                     after={"which": which, "attempts": reset.attempts})
        raise Refused(wrong)
    other = customer.login_password_hash if which == "withdrawal" else customer.withdrawal_password_hash
    check_password(new_password, "new_password", other)
    if which == "login":
        customer.login_password_hash = passwords.hash_password(new_password)
    else:
        customer.withdrawal_password_hash = passwords.hash_password(new_password)
    reset.used_at = now
    audit.record("customer.password_reset_done", "customer", customer.number, after={"which": which})


def _withdrawals_open(customer: Customer, now: datetime) -> None:
    until = customer.withdrawals_locked_until
    if until is not None and until > now:
        raise Locked(_("Withdrawals are stopped until {until} after five wrong withdrawal passwords."),
                     code="withdrawals_locked", params={"until": until.isoformat().replace("+00:00", "Z")},
                     retry_after=int((until - now).total_seconds()))


def _check_withdrawal_password(customer: Customer, audit: Auditor, password: str) -> None:
    now = clock.now()
    _withdrawals_open(customer, now)
    if not customer.withdrawal_password_hash:
        raise Conflict(_("Set a withdrawal password first."), code="withdrawal_password_not_set")
    if passwords.verify_password(customer.withdrawal_password_hash, password or ""):
        customer.withdrawal_failures = 0
        return
    customer.withdrawal_failures = (customer.withdrawal_failures or 0) + 1
    audit.record("customer.withdrawal_password_failed", "customer", customer.number,
                 after={"failures": customer.withdrawal_failures})
    if customer.withdrawal_failures >= WITHDRAWAL_FAILURES_LOCK:
        customer.withdrawal_failures = 0
        customer.withdrawals_locked_until = now + WITHDRAWAL_LOCK
        audit.record("customer.withdrawals_locked", "customer", customer.number,
                     after={"until": customer.withdrawals_locked_until.isoformat()})
        raise Refused(Locked(_("Five wrong withdrawal passwords: withdrawals are stopped for 24 hours."),
                             code="withdrawals_locked",
                             retry_after=int(WITHDRAWAL_LOCK.total_seconds())))
    raise Refused(Unauthorized(_("The withdrawal password is wrong ({left} tries left)."),
                               code="withdrawal_password_wrong",
                               params={"left": WITHDRAWAL_FAILURES_LOCK - customer.withdrawal_failures}))


def set_withdrawal_password(db: Session, audit: Auditor, token: str | None, new_password: str,
                            current_password: str | None) -> None:
    """The first withdrawal password, or a new one (then the current one is asked, and a wrong one counts)."""
    _session, customer = session_customer(db, token)
    changing = customer.withdrawal_password_hash is not None
    if changing:
        _check_withdrawal_password(customer, audit, current_password or "")
    check_password(new_password, "new_password", customer.login_password_hash)
    customer.withdrawal_password_hash = passwords.hash_password(new_password)
    audit.record("customer.withdrawal_password_set", "customer", customer.number, after={"changed": changing})


def request_withdrawal(db: Session, audit: Auditor, policy: WithdrawalPolicy, token: str | None, request_id: str,
                       amount_fen: int, withdrawal_password: str, card_id: int | None) -> dict:
    """Checks the withdrawal password, then files the request through the withdrawals' own path."""
    _session, customer = session_customer(db, token)
    _check_withdrawal_password(customer, audit, withdrawal_password)
    cards = customer.cards
    card = next((c for c in cards if c.id == card_id), None) if card_id is not None else customer.default_card
    if card is None:
        raise Conflict(_("Add a bank card before asking for a withdrawal."), code="no_bank_card")
    w = withdrawals.request_withdrawal(db, audit, policy, withdrawals.RequestInput(
        request_id, customer.number, amount_fen, card.card))
    return withdrawals.summary(w)
