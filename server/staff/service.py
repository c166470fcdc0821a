"""Staff accounts and roles: the rules, without HTTP."""

import secrets
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.db.versioning import bump, load_for_update
from server.errors import NotFound, ValidationFailed
from server.messages import _
from server.platform import Platform
from server.permissions import DEMO_ROLES
from server.security import passwords
from server.security.pii import blind_index
from server.staff.models import Role, RolePermission, User


def ensure_standard_roles(db: Session) -> list[Role]:
    """Create the standard roles that do not exist yet; roles an administrator edited stay as they are."""
    existing = set(db.scalars(select(Role.name)))
    created = []
    for definition in DEMO_ROLES:
        if definition.name in existing:
            continue
        role = Role(name=definition.name, label_zh=definition.label_zh, label_en=definition.label_en,
                    permissions=[RolePermission(permission=p) for p in definition.permissions])
        db.add(role)
        created.append(role)
    db.flush()
    return created


def role_by_name(db: Session, name: str) -> Role:
    role = db.scalar(select(Role).where(Role.name == name))
    if role is None:
        raise NotFound(_("There is no role named “{role}”."), code="role_not_found", params={"role": str(name)})
    return role


def temporary_password() -> str:
    """Random, meets every password rule, and unambiguous to read out (no 0/O, 1/l)."""
    letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
    digits = "23456789"
    body = [secrets.choice(letters + digits) for _ in range(12)] + [secrets.choice(letters), secrets.choice(digits)]
    secrets.SystemRandom().shuffle(body)
    return "".join(body)


def create_user(db: Session, audit: Auditor, username: str, display_name: str, role_names: list[str],
                phone: str | None = None, email: str | None = None) -> tuple[User, str]:
    if not username or any(c not in string.ascii_letters + string.digits + "._-" for c in username):
        raise ValidationFailed(_("A user name uses letters, digits, “.”, “_” and “-” only."), code="username_invalid")
    if db.scalar(select(User.id).where(User.username == username)):
        raise ValidationFailed(_("The user name “{username}” is taken."), code="username_taken",
                               params={"username": username})
    roles = [role_by_name(db, name) for name in role_names]
    password = temporary_password()
    user = User(username=username, display_name=display_name or username, password_hash=passwords.hash_password(password),
                password_history=[], must_change_password=True, roles=roles, phone=phone,
                phone_index=blind_index(phone) if phone else None, email=(email or "").strip() or None)
    db.add(user)
    db.flush()
    from server.notifications.outbox import mask_email

    audit.record("staff.user_created", "user", user.id,
                 after={"username": username, "roles": role_names, "phone": _masked_phone(phone),
                        "email": mask_email(user.email)})
    return user, password


def _masked_phone(phone):
    from server.security.masking import mask_phone

    return mask_phone(phone)


def seed_demo(db: Session, audit: Auditor) -> list[str]:
    """The demo staff: one user per demo role, with the fixed password and TOTP secrets of the README."""
    ensure_standard_roles(db)
    created = []
    for account in DEMO_ACCOUNTS:
        existing = db.scalar(select(User).where(User.username == account.username))
        if existing is not None:
            if existing.email is None and existing.totp_secret == account.totp_secret:
                # A demo database made before staff had e-mails: the demo account gets its recovery address.
                existing.email = account.email
                if existing.phone is None:
                    existing.phone, existing.phone_index = account.mobile, blind_index(account.mobile)
                from server.notifications.outbox import mask_email

                audit.record("staff.user_edited", "user", existing.id,
                             after={"email": mask_email(existing.email), "phone": _masked_phone(existing.phone),
                                    "demo": True})
            continue
        user = User(username=account.username, display_name=account.display_name,
                    password_hash=passwords.hash_password(DEMO_PASSWORD), password_history=[],
                    must_change_password=False, totp_secret=account.totp_secret,
                    roles=[role_by_name(db, account.role)], email=account.email, phone=account.mobile,
                    phone_index=blind_index(account.mobile))
        db.add(user)
        db.flush()
        audit.record("staff.user_created", "user", user.id, after={"username": account.username,
                                                                  "roles": [account.role], "demo": True})
        created.append(account.username)
    return created


def get_user(db: Session, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound(_("No such user."), code="user_not_found")
    return user


def me_view(user: User) -> dict:
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "roles": [{"name": r.name, "label_zh": r.label_zh, "label_en": r.label_en} for r in user.roles],
        "permissions": sorted(user.permission_names),
        "version": user.version,
        "totp_enrolled": bool(user.totp_secret),
    }


def update_display_name(db: Session, audit: Auditor, user_id: int, display_name: str, version: int) -> dict:
    user = load_for_update(db, User, user_id, version, me_view, "user_not_found")
    before = {"display_name": user.display_name}
    user.display_name = display_name
    bump(user)
    audit.record("staff.profile_updated", "user", user.id, before=before, after={"display_name": display_name})
    return me_view(user)


def list_roles(db: Session) -> list[Role]:
    return list(db.scalars(select(Role).order_by(Role.id)))


def change_own_password(db: Session, platform: Platform, audit: Auditor, user_id: int, session_id: int,
                        current_password: str, new_password: str) -> None:
    """Self-service: the current password proves it is the user (a wrong one counts towards the account lock
    like a sign-in failure); the password rules apply as at first sign-in. Every failure is recorded; a change
    ends the user's other sessions."""
    from server.auth.service import check_password_again, end_sessions, set_password
    from server.errors import Refused, Unauthorized

    user = load_for_update(db, User, user_id, None, me_view, "user_not_found")
    check_password_again(db, platform, user, current_password, audit, "password_change", "auth.password_change_failed",
                         Unauthorized(_("The current password is wrong."), code="invalid_credentials"))
    try:
        set_password(db, user, new_password, audit, "staff.own_password_changed")
    except ValidationFailed as refused:
        audit.record("auth.password_change_failed", "user", user.id,
                     after={"reason": "password_rules", "rules": [e.code for e in refused.errors]})
        raise Refused(refused) from None
    bump(user)
    ended = end_sessions(db, user.id, "password_changed", keep_session_id=session_id)
    audit.record("auth.sessions_ended", "user", user.id, after={"reason": "password_changed", "sessions_ended": ended})


def begin_totp_reenrolment(db: Session, audit: Auditor, user_id: int) -> str:
    """A new pending device secret; the old device keeps working until the new one is confirmed."""
    from server.security import one_time_codes

    user = load_for_update(db, User, user_id, None, me_view, "user_not_found")
    user.totp_pending_secret = one_time_codes.new_secret()
    audit.record("staff.totp_reenrolment_started", "user", user.id)
    return one_time_codes.provisioning_uri(user.totp_pending_secret, user.username)


def confirm_totp_reenrolment(db: Session, audit: Auditor, user_id: int, otp_code: str) -> None:
    from server.errors import Conflict, Unauthorized
    from server.security import one_time_codes

    user = load_for_update(db, User, user_id, None, me_view, "user_not_found")
    if not user.totp_pending_secret:
        raise Conflict(_("Start the re-enrolment first."), code="no_pending_device")
    try:
        step = one_time_codes.accept(user.totp_pending_secret, otp_code, None)
    except (one_time_codes.CodeInvalid, one_time_codes.CodeReused):
        raise Unauthorized(_("The code does not match the new device; check its clock."), code="otp_invalid") from None
    user.totp_secret, user.totp_pending_secret, user.totp_last_step = user.totp_pending_secret, None, step
    bump(user)
    audit.record("staff.totp_reenrolled", "user", user.id)
