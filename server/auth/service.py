"""Sign-in, tokens and step-up: the rules, without HTTP.

Failures that must leave a trace (a failed attempt counted, an account locked, a reused refresh
token revoking its session) raise `errors.Refused`.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from server.access import Principal, RequestMeta
from server.audit.service import Auditor
from server.auth.models import AuthSession, Token
from server.db.base import utcnow
from server.messages import _
from server.errors import DomainError, Forbidden, Locked, Refused, Unauthorized, ValidationFailed
from server.platform import Platform
from server.security import one_time_codes, passwords
from server.security.tokens import new_token, token_digest
from server.staff.models import User

# Verifying against this keeps a sign-in for an unknown user as slow as one for a known user.
_DUMMY_HASH = passwords.hash_password("not a real password 0")


@dataclass
class IssuedTokens:
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    token_type: str = "bearer"


@dataclass
class SignInStep:
    status: str  # ok | password_change_required | totp_enrollment_required
    tokens: IssuedTokens | None = None
    challenge: str | None = None
    otpauth_uri: str | None = None


def _auditor(db: Session, user: User | None, username: str, meta: RequestMeta) -> Auditor:
    return Auditor(db, user.id if user else None, user.username if user else username[:64], meta.client_addr,
                   meta.request_id)


def _issue(db: Session, kind: str, user_id: int, ttl: timedelta, session_id: int | None = None,
           purpose: str | None = None, not_after: datetime | None = None) -> tuple[str, datetime]:
    token, now = new_token(), utcnow()
    expires = now + ttl if not_after is None else min(now + ttl, not_after)
    db.add(Token(digest=token_digest(token), kind=kind, user_id=user_id, session_id=session_id, issued_at=now,
                 expires_at=expires, purpose=purpose))
    return token, expires


def _session_end(platform: Platform, session: AuthSession) -> datetime:
    """When a session ends however often it is refreshed: its tokens never outlive this."""
    return session.started_at + platform.settings.session_max_lifetime


def _token_pair(db: Session, platform: Platform, session: AuthSession) -> IssuedTokens:
    end = _session_end(platform, session)
    access, access_exp = _issue(db, "access", session.user_id, platform.settings.access_token_ttl, session.id,
                                not_after=end)
    refresh, refresh_exp = _issue(db, "refresh", session.user_id, platform.settings.refresh_token_ttl, session.id,
                                  not_after=end)
    return IssuedTokens(access, access_exp, refresh, refresh_exp)


def _start_session(db: Session, platform: Platform, user: User, meta: RequestMeta) -> IssuedTokens:
    now = utcnow()
    session = AuthSession(user_id=user.id, client_addr=meta.client_addr, user_agent=meta.user_agent,
                          started_at=now, last_seen_at=now)
    db.add(session)
    db.flush()
    return _token_pair(db, platform, session)


def end_sessions(db: Session, user_id: int, reason: str, keep_session_id: int | None = None) -> int:
    """Ends the user's open sessions at once (all but `keep_session_id`): their access, refresh and step-up
    tokens stop working, and so do the user's pending sign-in steps. Answers how many sessions ended."""
    now = utcnow()
    sessions = [AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)]
    tokens = [Token.user_id == user_id, Token.expires_at > now]
    if keep_session_id is not None:
        sessions.append(AuthSession.id != keep_session_id)
        tokens.append(or_(Token.session_id.is_(None), Token.session_id != keep_session_id))
    ended = db.execute(update(AuthSession).where(*sessions).values(revoked_at=now, revoked_reason=reason)).rowcount
    db.execute(update(Token).where(*tokens).values(expires_at=now))
    return ended


def _locked(user: User, now: datetime) -> bool:
    return bool(user.locked_until and user.locked_until > now)


def _next_step(db: Session, platform: Platform, user: User, meta: RequestMeta, audit: Auditor) -> SignInStep:
    """After the password (and code, where enrolled) are right: what the user must do next."""
    if user.must_change_password:
        challenge, _ = _issue(db, "challenge", user.id, platform.settings.challenge_ttl, purpose="change_password")
        return SignInStep("password_change_required", challenge=challenge)
    if not user.totp_secret:
        if not user.totp_pending_secret:
            user.totp_pending_secret = one_time_codes.new_secret()
        challenge, _ = _issue(db, "challenge", user.id, platform.settings.challenge_ttl, purpose="enroll_totp")
        return SignInStep("totp_enrollment_required", challenge=challenge,
                          otpauth_uri=one_time_codes.provisioning_uri(user.totp_pending_secret, user.username))
    tokens = _start_session(db, platform, user, meta)
    audit.record("auth.signed_in", "user", user.id, after={"username": user.username})
    return SignInStep("ok", tokens=tokens)


def _wrong_sign_in() -> Unauthorized:
    """One answer for a wrong user name, password or one-time code: it never tells that the password was right."""
    return Unauthorized(_("The user name, password or one-time code is wrong."), code="invalid_credentials")


def _count_failure(db: Session, platform: Platform, user: User, audit: Auditor, action: str, reason: str,
                   now: datetime, error: DomainError) -> Refused:
    """Counts a failed attempt towards the account lock and records it (`action`, with the real reason); answers
    the refusal to raise: `error`, or the lock's answer when this attempt locks the account, which ends the
    user's open sessions."""
    user.failed_logins += 1
    audit.record(action, "user", user.id, after={"reason": reason, "failures": user.failed_logins})
    if user.failed_logins >= platform.settings.lock_after_failures:
        user.locked_until = now + platform.settings.lock_duration
        user.failed_logins = 0
        ended = end_sessions(db, user.id, "account_locked")
        audit.record("auth.account_locked", "user", user.id,
                     after={"until": user.locked_until.isoformat(), "sessions_ended": ended})
        error = _locked_error(user, now)
    audit.seal()
    return Refused(error)


def _refuse_locked(user: User, audit: Auditor, attempt: str, now: datetime) -> Refused:
    """An attempt on a locked account: refused, not counted, recorded."""
    audit.record("auth.locked_account_attempt", "user", user.id,
                 after={"attempt": attempt, "until": user.locked_until.isoformat()})
    audit.seal()
    return Refused(_locked_error(user, now))


def _accept_code(db: Session, platform: Platform, user: User, otp_code: str, audit: Auditor, now: datetime,
                 wrong: DomainError, reason: str = "otp_invalid") -> None:
    """Checks the user's one-time code and remembers its step; a wrong code counts as a failed attempt
    (answered `wrong`), a reused one does not (it is the user's own code, typed twice)."""
    try:
        user.totp_last_step = one_time_codes.accept(user.totp_secret or "", otp_code, user.totp_last_step)
    except one_time_codes.CodeReused:
        raise Unauthorized(_("This one-time code was already used; wait for the next one."), code="otp_reused")
    except one_time_codes.CodeInvalid:
        raise _count_failure(db, platform, user, audit, "auth.sign_in_failed", reason, now, wrong) from None


def _locked_error(user: User, now: datetime) -> Locked:
    retry = max(int((user.locked_until - now).total_seconds()), 1)
    return Locked(_("Too many failed attempts: the account is locked for {minutes} more minutes."),
                  params={"minutes": retry // 60 + 1}, retry_after=retry, headers={"Retry-After": str(retry)})


def sign_in(db: Session, platform: Platform, username: str, password: str, otp_code: str | None,
            meta: RequestMeta) -> SignInStep:
    now = utcnow()
    user = db.scalar(select(User).where(User.username == username))
    audit = _auditor(db, user, username, meta)
    if user is None:
        passwords.verify_password(_DUMMY_HASH, password)
        if not otp_code:
            raise Unauthorized(_("Enter the one-time code from your authenticator."), code="otp_required")
        audit.record("auth.sign_in_failed", "user", username[:64], after={"reason": "unknown_user"})
        audit.seal()
        raise Refused(_wrong_sign_in())
    if _locked(user, now):
        raise _refuse_locked(user, audit, "sign_in", now)
    if user.totp_secret and not otp_code:
        raise Unauthorized(_("Enter the one-time code from your authenticator."), code="otp_required")
    if not passwords.verify_password(user.password_hash, password):
        raise _count_failure(db, platform, user, audit, "auth.sign_in_failed", "invalid_credentials", now,
                             _wrong_sign_in())
    if user.totp_secret:
        _accept_code(db, platform, user, otp_code, audit, now, _wrong_sign_in())
    if user.disabled:
        raise Forbidden(_("This account is disabled; ask an administrator."), code="account_disabled")
    user.failed_logins = 0
    user.locked_until = None
    step = _next_step(db, platform, user, meta, audit)
    if not audit.pending:
        audit.record("auth.sign_in_step", "user", user.id, after={"status": step.status})
    audit.seal()
    return step


def _consume_challenge(db: Session, challenge: str, purpose: str) -> User:
    token = db.scalar(select(Token).where(Token.digest == token_digest(challenge or ""), Token.kind == "challenge"))
    if token is None or token.used_at or token.purpose != purpose or token.expires_at <= utcnow():
        raise Unauthorized(_("This sign-in step has expired; sign in again."), code="challenge_invalid")
    user = db.get(User, token.user_id)
    if user is None or user.disabled:
        raise Unauthorized(_("This sign-in step has expired; sign in again."), code="challenge_invalid")
    return token, user


def set_password(db: Session, user: User, new_password: str, audit: Auditor, action: str) -> None:
    problems = passwords.rule_violations(new_password, user.username, [*user.password_history, user.password_hash])
    if problems:
        raise ValidationFailed(_("The new password does not meet the password rules."), code="password_rules",
                               errors=problems)
    user.password_history = [*user.password_history, user.password_hash][-passwords.HISTORY:]
    user.password_hash = passwords.hash_password(new_password)
    user.must_change_password = False
    audit.record(action, "user", user.id, after={"username": user.username})


def change_password_with_challenge(db: Session, platform: Platform, challenge: str, new_password: str,
                                   meta: RequestMeta) -> SignInStep:
    token, user = _consume_challenge(db, challenge, "change_password")
    audit = _auditor(db, user, user.username, meta)
    set_password(db, user, new_password, audit, "auth.password_changed")
    token.used_at = utcnow()
    step = _next_step(db, platform, user, meta, audit)
    audit.seal()
    return step


def enroll_totp(db: Session, platform: Platform, challenge: str, otp_code: str, meta: RequestMeta) -> SignInStep:
    token, user = _consume_challenge(db, challenge, "enroll_totp")
    if not user.totp_pending_secret:
        raise Unauthorized(_("This sign-in step has expired; sign in again."), code="challenge_invalid")
    try:
        step = one_time_codes.accept(user.totp_pending_secret, otp_code, None)
    except (one_time_codes.CodeInvalid, one_time_codes.CodeReused):
        raise Unauthorized(_("The one-time code does not match; check the authenticator's clock."), code="otp_invalid")
    user.totp_secret, user.totp_pending_secret, user.totp_last_step = user.totp_pending_secret, None, step
    token.used_at = utcnow()
    audit = _auditor(db, user, user.username, meta)
    audit.record("auth.totp_enrolled", "user", user.id)
    result = _next_step(db, platform, user, meta, audit)
    audit.seal()
    return result


def refresh(db: Session, platform: Platform, refresh_token: str, meta: RequestMeta) -> IssuedTokens:
    now = utcnow()
    token = db.scalar(select(Token).where(Token.digest == token_digest(refresh_token or ""), Token.kind == "refresh"))
    if token is None:
        raise Unauthorized(_("The session has ended; sign in again."), code="token_invalid")
    session = db.get(AuthSession, token.session_id)
    user = db.get(User, token.user_id)
    # Claim the token atomically: of two requests presenting it, exactly one wins.
    claimed = db.execute(update(Token).where(Token.id == token.id, Token.used_at.is_(None)).values(used_at=now)).rowcount
    if not claimed:
        if session.revoked_at is None:
            session.revoked_at, session.revoked_reason = now, "refresh_token_reused"
            db.execute(update(Token).where(Token.session_id == session.id, Token.kind.in_(["access", "refresh", "step_up"]))
                       .values(expires_at=now))
            audit = _auditor(db, user, user.username if user else "?", meta)
            audit.record("auth.refresh_token_reused", "session", session.id,
                         after={"revoked": True, "client_addr": meta.client_addr})
            audit.seal()
        raise Refused(Unauthorized(_("This session was ended because its refresh token was used twice; sign in again."),
                                   code="token_reused"))
    if (token.expires_at <= now or now >= _session_end(platform, session) or session.revoked_at or user is None
            or user.disabled or _locked(user, now)):
        raise Unauthorized(_("The session has ended; sign in again."), code="token_invalid")
    session.last_seen_at = now
    tokens = _token_pair(db, platform, session)
    audit = _auditor(db, user, user.username, meta)
    audit.record("auth.token_refreshed", "session", session.id,
                 after={"refresh_expires_at": tokens.refresh_expires_at.isoformat()})
    audit.seal()
    return tokens


def authenticate(platform: Platform, access_token: str) -> tuple[Principal, datetime]:
    """The principal an access token stands for, and when the token expires."""
    now = utcnow()
    with platform.db.read() as db:
        row = db.execute(
            select(Token, AuthSession, User)
            .join(AuthSession, AuthSession.id == Token.session_id)
            .join(User, User.id == Token.user_id)
            .where(Token.digest == token_digest(access_token), Token.kind == "access")
        ).first()
        if row is None:
            raise Unauthorized(_("Sign in first."), code="token_invalid")
        token, session, user = row
        if token.expires_at <= now or session.revoked_at or user.disabled or _locked(user, now):
            raise Unauthorized(_("The session has expired; it will be refreshed or you sign in again."), code="token_invalid")
        principal = Principal(user.id, user.username, user.display_name, session.id,
                              tuple(r.name for r in user.roles), frozenset(user.permission_names))
        stale = (now - session.last_seen_at) > timedelta(minutes=1)
        expires_at = token.expires_at
    if stale:
        # At most one small write a minute per session, so listing sessions shows activity.
        with platform.db.write() as db:
            db.execute(update(AuthSession).where(AuthSession.id == session.id).values(last_seen_at=now))
            db.commit()
    return principal, expires_at


def sign_out(db: Session, principal: Principal, audit: Auditor) -> None:
    now = utcnow()
    session = db.get(AuthSession, principal.session_id)
    session.revoked_at, session.revoked_reason = now, "signed_out"
    db.execute(update(Token).where(Token.session_id == session.id).values(expires_at=now))
    audit.record("auth.signed_out", "session", session.id)


def check_password_again(db: Session, platform: Platform, user: User, password: str, audit: Auditor, attempt: str,
                         failed_action: str, wrong: DomainError) -> None:
    """A signed-in user's password asked again (the idle lock, changing one's own password): refused while the
    account is locked; a wrong one counts towards the lock like a sign-in failure, recorded as `failed_action`."""
    now = utcnow()
    if _locked(user, now):
        raise _refuse_locked(user, audit, attempt, now)
    if not passwords.verify_password(user.password_hash, password):
        raise _count_failure(db, platform, user, audit, failed_action, "invalid_credentials", now, wrong)
    user.failed_logins = 0


def verify_password(db: Session, platform: Platform, principal: Principal, password: str, audit: Auditor) -> None:
    """The idle lock's check: failures count towards the account lock like sign-in failures."""
    user = db.get(User, principal.user_id)
    check_password_again(db, platform, user, password, audit, "verify_password", "auth.sign_in_failed",
                         Unauthorized(_("The password is wrong."), code="invalid_credentials"))
    audit.record("auth.unlocked", "session", principal.session_id)


def step_up(db: Session, platform: Platform, principal: Principal, otp_code: str, audit: Auditor) -> tuple[str, datetime]:
    user = db.get(User, principal.user_id)
    now = utcnow()
    if _locked(user, now):
        raise _refuse_locked(user, audit, "step_up", now)
    _accept_code(db, platform, user, otp_code, audit, now,
                 Unauthorized(_("The one-time code is wrong or has expired."), code="otp_invalid"),
                 "step_up_otp_invalid")  # the monitoring's failed step-ups rule tells these from sign-ins
    token, expires = _issue(db, "step_up", user.id, platform.settings.step_up_ttl, principal.session_id)
    audit.record("auth.step_up", "session", principal.session_id)
    return token, expires


def step_up_valid(platform: Platform, principal: Principal, token: str) -> bool:
    with platform.db.read() as db:
        row = db.scalar(select(Token).where(Token.digest == token_digest(token), Token.kind == "step_up"))
        return bool(row and row.session_id == principal.session_id and row.expires_at > utcnow())
