"""Roles: named sets of permissions an administrator defines. The rules, without HTTP."""

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.db.versioning import bump, load_for_update
from server.errors import Conflict, ValidationFailed
from server.messages import Word, _
from server.permissions import unknown_permissions
from server.staff import separation
from server.staff.accounts import _justify
from server.staff.models import Role, RolePermission, UserRole

_NAME = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


def holders(db: Session, role_id: int) -> int:
    return db.scalar(select(func.count()).select_from(UserRole).where(UserRole.role_id == role_id))


def view(db: Session, role: Role) -> dict:
    return {"id": role.id, "name": role.name, "label_zh": role.label_zh, "label_en": role.label_en,
            "permissions": role.permission_names, "version": role.version, "holders": holders(db, role.id),
            "approval_limit_fen": role.approval_limit_fen,
            "conflicts": [rule.as_dict() for rule in separation.conflicts(set(role.permission_names))]}


def _check_name(db: Session, name: str) -> None:
    if not _NAME.match(name or ""):
        raise ValidationFailed(_("A role name is 2 to 64 lower-case letters, digits and “_”, starting with a letter."),
                               code="role_name_invalid")
    if db.scalar(select(Role.id).where(Role.name == name)):
        raise ValidationFailed(_("A role named “{role}” exists already."), code="role_name_taken", params={"role": name})


def _check_permissions(permissions: list[str]) -> list[str]:
    unknown = unknown_permissions(permissions)
    if unknown:
        raise ValidationFailed(_("Unknown permissions: {permissions}."), code="permission_unknown",
                               params={"permissions": ", ".join(map(str, unknown))})
    return sorted(set(permissions))


def create(db: Session, audit: Auditor, name: str, label_zh: str, label_en: str, permissions: list[str],
           justification: str | None) -> Role:
    _check_name(db, name)
    permissions = _check_permissions(permissions)
    broken = _justify(set(permissions), justification, "this role")
    role = Role(name=name, label_zh=label_zh, label_en=label_en,
                permissions=[RolePermission(permission=p) for p in permissions])
    db.add(role)
    db.flush()
    audit.record("staff.role_created", "role", role.id,
                 after={"name": name, "permissions": permissions, "separation_conflicts": [b["name"] for b in broken],
                        "justification": justification if broken else None})
    return role


_UNSET = object()


def rename(db: Session, audit: Auditor, role_id: int, version: int, label_zh: str, label_en: str,
           approval_limit_fen=_UNSET) -> Role:
    """Labels and, when given, the approval limit (None removes it: the platform threshold applies)."""
    role = load_for_update(db, Role, role_id, version, lambda r: view(db, r), "role_not_found")
    before = {"label_zh": role.label_zh, "label_en": role.label_en, "approval_limit_fen": role.approval_limit_fen}
    role.label_zh, role.label_en = label_zh, label_en
    if approval_limit_fen is not _UNSET:
        role.approval_limit_fen = approval_limit_fen
    bump(role)
    audit.record("staff.role_edited", "role", role.id, before=before,
                 after={"label_zh": label_zh, "label_en": label_en, "approval_limit_fen": role.approval_limit_fen})
    return role


def copy(db: Session, audit: Auditor, role_id: int, name: str, label_zh: str, label_en: str,
         justification: str | None) -> Role:
    source = load_for_update(db, Role, role_id, None, lambda r: view(db, r), "role_not_found")
    return create(db, audit, name, label_zh, label_en, source.permission_names, justification)


def set_permissions(db: Session, audit: Auditor, role_id: int, version: int, permissions: list[str],
                    justification: str | None) -> Role:
    role = load_for_update(db, Role, role_id, version, lambda r: view(db, r), "role_not_found")
    permissions = _check_permissions(permissions)
    broken = _justify(set(permissions), justification, "this role")
    before = role.permission_names
    role.permissions = [RolePermission(permission=p) for p in permissions]
    bump(role)
    audit.record("staff.role_permissions_changed", "role", role.id, before={"permissions": before},
                 after={"permissions": permissions, "added": sorted(set(permissions) - set(before)),
                        "removed": sorted(set(before) - set(permissions)),
                        "separation_conflicts": [b["name"] for b in broken],
                        "justification": justification if broken else None})
    db.flush()
    db.refresh(role)
    return role


def delete(db: Session, audit: Auditor, role_id: int, version: int) -> None:
    role = load_for_update(db, Role, role_id, version, lambda r: view(db, r), "role_not_found")
    count = holders(db, role.id)
    if count:
        raise Conflict(_("{count} users hold the role “{role}”; take it from them first."), code="role_in_use",
                       params={"count": count, "role": Word(role.name, role.label_en or role.name, role.label_zh or role.name)},
                       current=view(db, role))
    audit.record("staff.role_deleted", "role", role.id, before={"name": role.name, "permissions": role.permission_names})
    db.delete(role)
