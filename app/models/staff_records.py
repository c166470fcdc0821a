"""Typed records of the administration area (staff accounts, roles, separation of duties, sessions);
the administration service returns these, views read them and never JSON."""

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

USER_STATES = ("active", "disabled", "locked")


class UserRow(NamedTuple):
    """One staff account as the user list shows it (a NamedTuple: lists of them stay cheap)."""
    id: int
    username: str
    display_name: str
    roles: tuple[str, ...]
    state: str  # active | disabled | locked
    locked_until: datetime | None
    must_change_password: bool
    totp_enrolled: bool
    created_at: datetime | None
    version: int
    phone: str | None
    email: str | None = None  # masked unless the reader holds pii.view, like the phone


class StaffSession(NamedTuple):
    id: int
    user_id: int
    username: str
    client_addr: str
    user_agent: str
    started_at: datetime | None
    last_seen_at: datetime | None
    revoked_at: datetime | None
    revoked_reason: str | None
    display_name: str = ""  # the staff member's name (王芳); the user name where the server sends none

    def who(self) -> str:
        return self.display_name or self.username


@dataclass(frozen=True)
class SeparationRule:
    """A separation-of-duties rule: `exclusive` rules must not meet in one person at all; `per_object`
    rules are enforced by their areas on each object and are listed for explanation only."""
    name: str
    label_zh: str
    label_en: str
    side_a: frozenset[str]
    side_b: frozenset[str]
    kind: str  # exclusive | per_object

    def broken_by(self, permissions) -> bool:
        held = set(permissions)
        return self.kind == "exclusive" and bool(self.side_a & held) and bool(self.side_b & held)

    def pairs_in(self, permissions) -> list[tuple[str, str]]:
        """The permission pairs of `permissions` that meet against this rule (for the warning text)."""
        held = set(permissions)
        return sorted((a, b) for a in self.side_a & held for b in self.side_b & held if a != b)

    def label(self, chinese: bool) -> str:
        return self.label_zh if chinese else self.label_en


def broken_rules(rules, permissions) -> list[SeparationRule]:
    """The exclusive rules that `permissions` break together (the client's warning; the server judges)."""
    return [rule for rule in rules if rule.broken_by(permissions)]


@dataclass(frozen=True)
class PermissionSource:
    name: str
    granted_by: tuple[str, ...]  # role names


@dataclass(frozen=True)
class UserDetail:
    user: UserRow
    permissions: tuple[PermissionSource, ...]
    conflicts: tuple[SeparationRule, ...]
    sessions: tuple[StaffSession, ...]


@dataclass(frozen=True)
class TemporaryPassword:
    """A new or reset account's temporary password: shown once, never stored by the server."""
    user: UserRow
    password: str


@dataclass(frozen=True)
class RoleRecord:
    id: int
    name: str
    label_zh: str
    label_en: str
    permissions: frozenset[str]
    version: int
    holders: int = 0
    approval_limit_fen: int | None = None  # integer fen; None: the role sets no limit of its own
    conflicts: tuple[SeparationRule, ...] = ()

    def label(self, chinese: bool) -> str:
        return self.label_zh if chinese else self.label_en


class StaffLink(NamedTuple):
    """A staff member linked to a customer account: they may never decide its withdrawals."""
    id: int
    customer_ref: str
    user_id: int
    username: str | None
    display_name: str | None
    note: str
    created_by: str
    created_at: datetime | None
    created_by_name: str | None = None  # the administrator's name (赵强)
    customer_name: str | None = None  # masked by the server unless the user holds pii.view; investors have none

    def staff_member(self) -> str:
        return self.display_name or self.username or str(self.user_id)
