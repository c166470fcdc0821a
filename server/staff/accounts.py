"""Administering staff accounts: the rules, without HTTP.

Self-service limits: an administrator cannot change their own roles, reset their own credentials
or disable themself; those go through another administrator.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.auth.models import AuthSession, Token
from server.auth.service import end_sessions
from server.db import text_filters
from server.db.base import utcnow
from server.db.versioning import bump, load_for_update
from server.errors import Forbidden, ValidationFailed
from server.messages import Word, _
from server.security import passwords
from server.notifications.outbox import mask_email
from server.security.masking import mask_phone
from server.security.pii import blind_index
from server.staff import separation
from server.staff.models import Role, User, UserRole
from server.staff.service import role_by_name, temporary_password


_SELF = {
    "disable": _("You cannot disable your own account; ask another administrator."),
    "reset_password": _("You cannot reset your own password here; ask another administrator."),
    "reset_device": _("You cannot reset your own one-time-code device here; ask another administrator."),
    "change_roles": _("You cannot change your own roles; ask another administrator."),
}


def _forbid_self(actor_id: int, user_id: int, what: str) -> None:
    if actor_id == user_id:
        raise Forbidden(_SELF[what], code="self_service_forbidden", params={"action": what})


def state_of(user: User, now: datetime | None = None) -> str:
    now = now or utcnow()
    if user.disabled:
        return "disabled"
    if user.locked_until and user.locked_until > now:
        return "locked"
    return "active"


def summary(user: User, can_see_pii: bool = False) -> dict:
    return {
        "id": user.id, "username": user.username, "display_name": user.display_name,
        "roles": [r.name for r in user.roles], "state": state_of(user),
        "locked_until": user.locked_until, "must_change_password": user.must_change_password,
        "totp_enrolled": bool(user.totp_secret), "created_at": user.created_at, "version": user.version,
        "phone": user.phone if can_see_pii else mask_phone(user.phone),
        "email": user.email if can_see_pii else mask_email(user.email),
    }


def permission_sources(user: User) -> list[dict]:
    """Each effective permission with the roles that give it."""
    sources: dict[str, list[str]] = {}
    for role in user.roles:
        for name in role.permission_names:
            sources.setdefault(name, []).append(role.name)
    return [{"name": name, "granted_by": roles} for name, roles in sorted(sources.items())]


def detail(db: Session, user: User, can_see_pii: bool) -> dict:
    sessions = db.scalars(select(AuthSession).where(AuthSession.user_id == user.id)
                          .order_by(AuthSession.started_at.desc()).limit(20)).all()
    return summary(user, can_see_pii) | {
        "permissions": permission_sources(user),
        "conflicts": [rule.as_dict() for rule in separation.conflicts(user.permission_names)],
        "sessions": [session_view(s, user) for s in sessions],
    }


def session_view(session: AuthSession, user: User) -> dict:
    return {"id": session.id, "user_id": user.id, "username": user.username, "display_name": user.display_name,
            "client_addr": session.client_addr,
            "user_agent": session.user_agent, "started_at": session.started_at, "last_seen_at": session.last_seen_at,
            "revoked_at": session.revoked_at, "revoked_reason": session.revoked_reason}


@dataclass
class UserFilter:
    role: str | None = None
    state: str | None = None  # active | disabled | locked
    q: str | None = None


USER_SORTS = {"username": User.username, "display_name": User.display_name, "created_at": User.created_at,
              "id": User.id}


def list_users(db: Session, f: UserFilter, sort: str, page: int, page_size: int) -> tuple[list[User], int]:
    now = utcnow()
    conds = []
    if f.role:
        conds.append(User.id.in_(select(UserRole.user_id).join(Role, Role.id == UserRole.role_id)
                                 .where(Role.name == f.role)))
    if f.state == "disabled":
        conds.append(User.disabled.is_(True))
    elif f.state == "locked":
        conds += [User.disabled.is_(False), User.locked_until > now]
    elif f.state == "active":
        conds += [User.disabled.is_(False), or_(User.locked_until.is_(None), User.locked_until <= now)]
    if f.q:
        conds.append(or_(text_filters.contains(User.username, f.q), text_filters.contains(User.display_name, f.q)))
    column = USER_SORTS[sort.lstrip("-")]
    total = db.scalar(select(func.count()).select_from(User).where(*conds))
    rows = db.scalars(select(User).where(*conds).order_by(column.desc() if sort.startswith("-") else column, User.id)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    return list(rows), total


def _justify(permissions: set[str], justification: str | None, subject: str) -> list[dict]:
    broken = separation.conflicts(permissions)
    if broken and not (justification and justification.strip()):
        rules = Word(", ".join(rule.name for rule in broken), ", ".join(f"“{rule.label_en}”" for rule in broken),
                     "、".join(f"“{rule.label_zh}”" for rule in broken))
        sentence = (_("This gives the role permissions that separation of duties keeps apart ({rules}); a written "
                      "justification is required.") if subject == "this role" else
                    _("This gives the user permissions that separation of duties keeps apart ({rules}); a written "
                      "justification is required."))
        raise ValidationFailed(sentence, code="separation_of_duties", params={"rules": rules},
                               rules=[rule.as_dict() for rule in broken])
    return [rule.as_dict() for rule in broken]


def create(db: Session, audit: Auditor, username: str, display_name: str, role_names: list[str],
           phone: str | None, justification: str | None, email: str | None = None) -> tuple[User, str]:
    from server.staff.service import create_user

    roles = [role_by_name(db, name) for name in role_names]
    broken = _justify({p for r in roles for p in r.permission_names}, justification, "this user")
    user, password = create_user(db, audit, username, display_name, role_names, phone, email)
    if broken:
        audit.record("staff.separation_justified", "user", user.id,
                     after={"rules": [b["name"] for b in broken], "justification": justification})
    return user, password


def edit(db: Session, audit: Auditor, user_id: int, version: int, display_name: str | None,
         phone: str | None, can_see_pii: bool, email: str | None = None) -> User:
    """None keeps a field; an empty phone or e-mail removes it. The audit keeps them masked."""
    user = load_for_update(db, User, user_id, version, lambda u: summary(u, can_see_pii), "user_not_found")
    before = {"display_name": user.display_name, "phone": mask_phone(user.phone), "email": mask_email(user.email)}
    if display_name is not None:
        user.display_name = display_name
    if phone is not None:
        user.phone = phone or None
        user.phone_index = blind_index(phone) if phone else None
    if email is not None:
        user.email = email.strip() or None
    bump(user)
    audit.record("staff.user_edited", "user", user.id, before=before,
                 after={"display_name": user.display_name, "phone": mask_phone(user.phone),
                        "email": mask_email(user.email)})
    return user


def set_disabled(db: Session, audit: Auditor, actor_id: int, user_id: int, version: int, disabled: bool,
                 reason: str | None) -> User:
    if disabled:
        _forbid_self(actor_id, user_id, "disable")
        if not (reason and reason.strip()):
            raise ValidationFailed(_("Say why the account is disabled."), code="reason_required")
    user = load_for_update(db, User, user_id, version, summary, "user_not_found")
    before = {"state": state_of(user)}
    user.disabled = disabled
    bump(user)
    ended = end_sessions(db, user.id, "account_disabled") if disabled else 0
    audit.record("staff.user_disabled" if disabled else "staff.user_enabled", "user", user.id, before=before,
                 after={"state": state_of(user), "reason": reason, "sessions_ended": ended})
    return user


def unlock(db: Session, audit: Auditor, user_id: int) -> User:
    user = load_for_update(db, User, user_id, None, summary, "user_not_found")
    before = {"state": state_of(user), "locked_until": user.locked_until.isoformat() if user.locked_until else None}
    user.locked_until, user.failed_logins = None, 0
    audit.record("staff.user_unlocked", "user", user.id, before=before, after={"state": state_of(user)})
    return user


def reset_password(db: Session, audit: Auditor, actor_id: int, user_id: int, version: int) -> tuple[User, str]:
    _forbid_self(actor_id, user_id, "reset_password")
    user = load_for_update(db, User, user_id, version, summary, "user_not_found")
    password = temporary_password()
    user.password_history = [*user.password_history, user.password_hash][-passwords.HISTORY:]
    user.password_hash = passwords.hash_password(password)
    user.must_change_password = True
    user.locked_until, user.failed_logins = None, 0
    bump(user)
    ended = end_sessions(db, user.id, "password_reset")
    audit.record("staff.password_reset", "user", user.id, after={"must_change_password": True, "sessions_ended": ended})
    return user, password


def reset_totp(db: Session, audit: Auditor, actor_id: int, user_id: int, version: int) -> User:
    _forbid_self(actor_id, user_id, "reset_device")
    user = load_for_update(db, User, user_id, version, summary, "user_not_found")
    user.totp_secret, user.totp_pending_secret, user.totp_last_step = None, None, None
    bump(user)
    ended = end_sessions(db, user.id, "totp_reset")
    audit.record("staff.totp_reset", "user", user.id, after={"totp_enrolled": False, "sessions_ended": ended})
    return user


def set_roles(db: Session, audit: Auditor, actor_id: int, user_id: int, version: int, role_names: list[str],
              justification: str | None) -> User:
    _forbid_self(actor_id, user_id, "change_roles")
    user = load_for_update(db, User, user_id, version, summary, "user_not_found")
    roles = [role_by_name(db, name) for name in dict.fromkeys(role_names)]
    broken = _justify({p for r in roles for p in r.permission_names}, justification, "this user")
    before = {"roles": [r.name for r in user.roles]}
    user.roles = roles
    bump(user)
    audit.record("staff.roles_assigned", "user", user.id, before=before,
                 after={"roles": [r.name for r in roles], "separation_conflicts": [b["name"] for b in broken],
                        "justification": justification if broken else None})
    return user


def list_sessions(db: Session, user_id: int | None, active_only: bool, page: int, page_size: int):
    conds = []
    if user_id is not None:
        conds.append(AuthSession.user_id == user_id)
    if active_only:
        conds.append(AuthSession.revoked_at.is_(None))
        # a session whose newest refresh token has expired is over too
        conds.append(AuthSession.id.in_(select(Token.session_id).where(Token.kind == "refresh",
                                                                        Token.expires_at > utcnow(),
                                                                        Token.used_at.is_(None))))
    total = db.scalar(select(func.count()).select_from(AuthSession).where(*conds))
    rows = db.execute(select(AuthSession, User).join(User, User.id == AuthSession.user_id).where(*conds)
                      .order_by(AuthSession.last_seen_at.desc(), AuthSession.id.desc())
                      .offset((page - 1) * page_size).limit(page_size)).all()
    return [session_view(s, u) for s, u in rows], total


def revoke_session(db: Session, audit: Auditor, session_id: int) -> dict:
    from server.errors import NotFound

    session = db.get(AuthSession, session_id, with_for_update=True)
    if session is None:
        raise NotFound(_("No such session."), code="session_not_found")
    user = db.get(User, session.user_id)
    if session.revoked_at is None:
        now = utcnow()
        session.revoked_at, session.revoked_reason = now, "revoked_by_admin"
        db.execute(update(Token).where(Token.session_id == session.id).values(expires_at=now))
    audit.record("auth.session_revoked", "session", session.id, after={"username": user.username})
    return session_view(session, user)


def staff_names(db: Session, usernames) -> dict[str, str]:
    """username -> the staff member's name (王芳), for the people an answer names beside their usernames."""
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    return dict(db.execute(select(User.username, User.display_name).where(User.username.in_(wanted))).all())
