"""Staff password recovery: a code to the registered e-mail (and mobile, where an SMS gateway exists), then a
new password under the rules and a fresh one-time code from the authenticator. The rules, without HTTP.

Nothing here tells who has an account: `start` answers the same for every user name (a known one, an unknown
one, one without an address), and `confirm` says "expired" or "already used" only to someone who typed the very
code that was sent. A user who cannot recover (a disabled account, no authenticator yet) learns why by e-mail,
not from the answer. An administrator's reset (server/staff/accounts.py) stays for a lost e-mail.
"""

import math
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server import clock
from server.access import RequestMeta
from server.audit.service import Auditor
from server.auth.service import _accept_code, end_sessions, set_password
from server.db.versioning import bump
from server.demo_accounts import DEMO_ACCOUNTS
from server.errors import Forbidden, Locked, NotFound, RateLimited, Refused, Unauthorized, ValidationFailed
from server.messages import _, render
from server.notifications import outbox
from server.notifications.models import OutboxMessage
from server.platform import Platform
from server.rate_limits import SharedWindow
from server.security import passwords
from server.security.masking import mask_phone
from server.staff.models import User
from server.staff.recovery_models import OPEN, SUPERSEDED, USED, VOIDED, StaffRecoveryCode

CODE_TTL = timedelta(minutes=10)
MAX_WRONG_CODES = 5
WINDOW_SECONDS = 15 * 60
STARTS_PER_USERNAME = 3  # per 15 minutes, whether or not the account exists
STARTS_PER_RECIPIENT = 3  # codes to one e-mail address or mobile per 15 minutes (several accounts may share one)
STARTS_PER_ADDRESS = 10  # starts from one client address per 15 minutes
PURPOSE = "staff_recovery"

# Checking a code against this keeps an unknown user name as slow as a known one.
_DUMMY_HASH = passwords.hash_password("000000")

START_ANSWER = _("If the account has a registered e-mail address or mobile number, a recovery code was sent to it. "
                 "It is valid for {minutes} minutes.")


def _limiters(platform: Platform) -> dict[str, SharedWindow]:
    """The platform's recovery limiters, counted in the database (made on first use, kept with the platform)."""
    limiters = getattr(platform, "_recovery_limiters", None)
    if limiters is None:
        limiters = {"username": SharedWindow(platform.db, "recovery_username", STARTS_PER_USERNAME, WINDOW_SECONDS),
                    "recipient": SharedWindow(platform.db, "recovery_recipient", STARTS_PER_RECIPIENT, WINDOW_SECONDS),
                    "address": SharedWindow(platform.db, "recovery_address", STARTS_PER_ADDRESS, WINDOW_SECONDS)}
        platform._recovery_limiters = limiters
    return limiters


def _too_many(wait: float) -> RateLimited:
    seconds = max(1, math.ceil(wait))
    return RateLimited(_("Too many recovery requests; wait {minutes} minutes and try again."),
                       params={"minutes": -(-seconds // 60)}, headers={"Retry-After": str(seconds)},
                       retry_after=seconds)


def limit_start(platform: Platform, username: str, client_addr: str) -> None:
    """3 starts per user name and 10 per client address in 15 minutes; the same for every user name."""
    limiters = _limiters(platform)
    for name, key in (("address", client_addr), ("username", username.strip().lower())):
        wait = limiters[name].hit(key)
        if wait is not None:
            raise _too_many(wait)


def new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def _find_user(db: Session, username: str) -> User | None:
    return db.scalar(select(User).where(User.username == username.strip()))


def _auditor(db: Session, user: User | None, username: str, meta: RequestMeta) -> Auditor:
    return Auditor(db, user.id if user else None, user.username if user else username.strip()[:64] or "?",
                   meta.client_addr, meta.request_id)


def _recipients(platform: Platform, user: User) -> list[tuple[str, str]]:
    """(channel, address) for the user's registered e-mail, and mobile when SMS goes to a real gateway."""
    found = []
    if user.email:
        found.append(("email", user.email))
    if user.phone and platform.settings.notifications.sms_gateway == "http":
        found.append(("sms", user.phone))
    return found


def _masked(channel: str, to: str) -> str:
    return outbox.mask_email(to) if channel == "email" else mask_phone(to)


def start(db: Session, platform: Platform, username: str, language: str, meta: RequestMeta) -> str:
    """Sends a recovery code where the account has an address; answers the one sentence every caller gets."""
    user = _find_user(db, username)
    audit = _auditor(db, user, username, meta)
    answer = _start(db, platform, user, username, language, audit)
    audit.seal()
    return answer


def _start(db: Session, platform: Platform, user: User | None, username: str, language: str, audit: Auditor) -> str:
    now = clock.now()
    minutes = int(CODE_TTL.total_seconds() // 60)
    answer = render(START_ANSWER, language, {"minutes": minutes})
    if user is None:
        passwords.hash_password(new_code())  # as slow as making a real code
        audit.record("staff.recovery_started", "user", username.strip()[:64] or "?",
                     after={"sent": False, "reason": "unknown_user"})
        return answer
    recipients = _recipients(platform, user)
    limiter = _limiters(platform)["recipient"]
    recipients = [(channel, to) for channel, to in recipients if limiter.hit(f"{channel}:{to.lower()}", db) is None]
    if not recipients:
        passwords.hash_password(new_code())
        audit.record("staff.recovery_started", "user", user.id,
                     after={"sent": False, "reason": "no_address" if not _recipients(platform, user)
                            else "address_rate_limited"})
        return answer
    if user.disabled or not user.totp_secret:
        # No code: it could not be used. The owner of the address learns why; the caller learns nothing.
        passwords.hash_password(new_code())
        reason = "account_disabled" if user.disabled else "no_authenticator"
        text = render(_("Someone asked to recover the password of the back-office account {username}. This account "
                        "is disabled, so its password cannot be recovered: ask an administrator.") if user.disabled
                      else _("Someone asked to recover the password of the back-office account {username}. This "
                             "account has no authenticator yet, so its password cannot be recovered: ask an "
                             "administrator for a temporary password."), language, {"username": user.username})
        sent = []
        for channel, to in recipients:
            if channel == "email":
                outbox.queue(db, channel, to, text, subject=render(_("Password recovery"), language),
                             purpose=PURPOSE)
                sent.append(_masked(channel, to))
        audit.record("staff.recovery_started", "user", user.id,
                     after={"sent": False, "reason": reason, "told": sent})
        return answer
    db.execute(update(StaffRecoveryCode).where(StaffRecoveryCode.user_id == user.id, StaffRecoveryCode.state == OPEN)
               .values(state=SUPERSEDED, ended_at=now))
    code = new_code()
    sent_to = ", ".join(_masked(channel, to) for channel, to in recipients)
    row = StaffRecoveryCode(user_id=user.id, code_hash=passwords.hash_password(code), sent_to=sent_to[:200],
                            state=OPEN, failed_attempts=0, created_at=now, expires_at=now + CODE_TTL)
    db.add(row)
    db.flush()
    params = {"username": user.username, "code": code, "minutes": minutes}
    for channel, to in recipients:
        if channel == "email":
            text = render(_("Your password recovery code for the back-office account {username} is {code}. It is "
                            "valid for {minutes} minutes and works once. Nobody from the platform will ever ask you "
                            "for it. If you did not ask for it, tell an administrator."), language, params)
            outbox.queue(db, channel, to, text, subject=render(_("Password recovery code"), language),
                         purpose=PURPOSE, dedupe_key=f"{PURPOSE}:{row.id}:email")
        else:
            text = render(_("Back-office password recovery code {code}, valid for {minutes} minutes. Never tell "
                            "anyone."), language, params)
            outbox.queue(db, channel, to, text, purpose=PURPOSE, dedupe_key=f"{PURPOSE}:{row.id}:sms")
    audit.record("staff.recovery_started", "user", user.id,
                 after={"sent": True, "sent_to": sent_to, "expires_at": row.expires_at.isoformat()})
    return answer


def _wrong_code() -> Unauthorized:
    return Unauthorized(_("The recovery code is wrong. Check it, or ask for a new code."), code="recovery_code_invalid")


def _locked_error(user: User, now: datetime) -> Locked:
    retry = max(int((user.locked_until - now).total_seconds()), 1)
    return Locked(_("The account is locked after too many failed attempts: wait {minutes} minutes, or ask an "
                    "administrator to unlock it."), params={"minutes": retry // 60 + 1}, retry_after=retry,
                  headers={"Retry-After": str(retry)})


def _refuse(audit: Auditor, user: User, reason: str, error) -> Refused:
    after = {"reason": reason}
    if isinstance(error, ValidationFailed):
        after["rules"] = [e.code for e in error.errors]
    audit.record("staff.recovery_failed", "user", user.id, after=after)
    audit.seal()
    return Refused(error)


def confirm(db: Session, platform: Platform, username: str, code: str, new_password: str, otp_code: str,
            meta: RequestMeta) -> None:
    """Sets the new password when the code is the current one, the password meets the rules and the one-time
    code is fresh; then every session of the user ends and the code is spent. Failures that count (a wrong code,
    a wrong one-time code) are kept: they raise `Refused`."""
    now = clock.now()
    code = (code or "").strip().replace(" ", "")
    user = _find_user(db, username)
    audit = _auditor(db, user, username, meta)
    if user is None:
        passwords.verify_password(_DUMMY_HASH, code)
        audit.record("staff.recovery_failed", "user", username.strip()[:64] or "?", after={"reason": "unknown_user"})
        audit.seal()
        raise Refused(_wrong_code())
    rows = db.scalars(select(StaffRecoveryCode).where(StaffRecoveryCode.user_id == user.id,
                                                      StaffRecoveryCode.created_at > now - timedelta(days=1))
                      .order_by(StaffRecoveryCode.id.desc()).limit(5).with_for_update()).all()
    matched = next((row for row in rows if code.isdigit() and len(code) == 6
                    and passwords.verify_password(row.code_hash, code)), None)
    if matched is None:
        if not rows:
            passwords.verify_password(_DUMMY_HASH, code)
        current = next((row for row in rows if row.state == OPEN and row.expires_at > now), None)
        if current is not None:
            current.failed_attempts += 1
            if current.failed_attempts >= MAX_WRONG_CODES:
                current.state, current.ended_at = VOIDED, now
                raise _refuse(audit, user, "too_many_wrong_codes", Unauthorized(
                    _("Too many wrong codes: this recovery code no longer works. Ask for a new code."),
                    code="recovery_code_voided"))
        raise _refuse(audit, user, "wrong_code", _wrong_code())
    if matched.state == USED:
        raise _refuse(audit, user, "code_reused", Unauthorized(
            _("This recovery code was used already; a code works once. Ask for a new code."),
            code="recovery_code_used"))
    if matched.state == SUPERSEDED:
        raise _refuse(audit, user, "code_superseded", Unauthorized(
            _("A newer recovery code was sent after this one; use the newest code."), code="recovery_code_superseded"))
    if matched.state == VOIDED:
        raise _refuse(audit, user, "code_voided", Unauthorized(
            _("Too many wrong codes: this recovery code no longer works. Ask for a new code."),
            code="recovery_code_voided"))
    if matched.expires_at <= now:
        raise _refuse(audit, user, "code_expired", Unauthorized(
            _("This recovery code has expired (a code is valid for {minutes} minutes). Ask for a new code."),
            code="recovery_code_expired", params={"minutes": int(CODE_TTL.total_seconds() // 60)}))
    # The caller holds the code sent to the account's address: now the account's own state may be told.
    if user.disabled:
        raise _refuse(audit, user, "account_disabled", Forbidden(
            _("This account is disabled, so its password cannot be recovered; ask an administrator."),
            code="account_disabled"))
    if user.locked_until and user.locked_until > now:
        raise _refuse(audit, user, "account_locked", _locked_error(user, now))
    if not user.totp_secret:
        raise _refuse(audit, user, "no_authenticator", Forbidden(
            _("This account has no authenticator yet, so its password cannot be recovered; ask an administrator "
              "for a temporary password."), code="no_authenticator"))
    problems = passwords.rule_violations(new_password, user.username, [*user.password_history, user.password_hash])
    if problems:
        raise _refuse(audit, user, "password_rules", ValidationFailed(
            _("The new password does not meet the password rules."), code="password_rules", errors=problems))
    _accept_code(db, platform, user, otp_code, audit, now,
                 Unauthorized(_("The one-time code from the authenticator is wrong or has expired."),
                              code="otp_invalid"))
    set_password(db, user, new_password, audit, "staff.password_recovered")
    matched.state, matched.ended_at = USED, now
    user.failed_logins = 0
    bump(user)
    ended = end_sessions(db, user.id, "password_recovered")
    audit.record("auth.sessions_ended", "user", user.id, after={"reason": "password_recovered",
                                                                 "sessions_ended": ended})
    audit.seal()


_CODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


def demo_code(db: Session, platform: Platform, username: str) -> dict:
    """The newest recovery code sent to a demo account, for the local demo platform's sign-in dialog.

    Only while e-mail goes to the demo outbox, and only for a demo account that still has the authenticator
    secret the README publishes: whoever can read this could sign in as that account anyway."""
    nothing = NotFound(_("No recovery code was sent to this account in the demo."), code="no_demo_code")
    if platform.settings.notifications.email_gateway != "demo":
        raise nothing
    account = next((a for a in DEMO_ACCOUNTS if a.username == username.strip()), None)
    user = _find_user(db, username) if account else None
    if user is None or user.totp_secret != account.totp_secret:
        raise nothing
    row = db.scalar(select(StaffRecoveryCode).where(StaffRecoveryCode.user_id == user.id)
                    .order_by(StaffRecoveryCode.id.desc()).limit(1))
    if row is None or row.state != OPEN:
        raise nothing
    message = db.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == f"{PURPOSE}:{row.id}:email"))
    found = _CODE.search(message.text.replace(user.username, "")) if message else None
    if found is None:
        raise nothing
    return {"code": found.group(1), "sent_to": outbox.mask_email(message.recipient), "expires_at": row.expires_at}
