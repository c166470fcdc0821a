"""Staff members and their roles from the staff template: checked (user names free and well formed, every role
known by its code or its Chinese or English name), then inserted.

An imported staff member has no password anyone knows (a random one, hashed and thrown away) and must change it:
an administrator resets each one from 员工账户 and hands the temporary password over, as for a new account."""

import secrets
import string
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.golive.columns import STAFF
from server.golive.problems import Problems
from server.golive.values import check_cell, check_email, check_phone, parse_row
from server.golive.workbook import SheetRows
from server.messages import _
from server.security import passwords
from server.security.pii import blind_index
from server.staff.models import Role, User

_USERNAME_LETTERS = set(string.ascii_letters + string.digits + "._-")
_ROLE_SEPARATORS = str.maketrans({"、": ",", "，": ",", ";": ",", "；": ","})


@dataclass
class StaffPlan:
    members: list[dict] = field(default_factory=list)  # username, display_name, role ids, phone, email

    @property
    def totals(self) -> dict:
        return {"staff": len(self.members)}


def _roles_by_word(db: Session) -> dict[str, Role]:
    words = {}
    for role in db.scalars(select(Role)):
        for word in (role.name, role.label_zh, role.label_en):
            words[word.strip().lower()] = role
    return words


def check(db: Session, sheets: dict[str, SheetRows], problems: Problems) -> StaffPlan:
    plan = StaffPlan()
    rows = sheets.get(STAFF.key)
    if not rows:
        return plan
    roles = _roles_by_word(db)
    taken = set(db.scalars(select(User.username)))
    seen: dict[str, int] = {}
    for number, texts in rows.rows:
        values, good = parse_row(STAFF, number, texts, problems)
        username = values["username"] or ""
        good = all((good, check_cell(problems, STAFF, number, "phone", check_phone, values["phone"]),
                    check_cell(problems, STAFF, number, "email", check_email, values["email"])))
        if not username:
            pass  # reported as required
        elif not set(username) <= _USERNAME_LETTERS:
            problems.add(STAFF, number, STAFF.column("username"), "username_invalid",
                         _("A user name uses letters, digits, “.”, “_” and “-” only."))
            good = False
        elif username in seen:
            problems.add(STAFF, number, STAFF.column("username"), "username_repeated",
                         _("The user name “{username}” is in row {row} already."), username=username, row=seen[username])
            good = False
        elif username in taken:
            problems.add(STAFF, number, STAFF.column("username"), "username_taken",
                         _("The user name “{username}” is taken."), username=username)
            good = False
        seen.setdefault(username, number)
        role_ids = []
        for word in filter(None, (w.strip() for w in (values["roles"] or "").translate(_ROLE_SEPARATORS).split(","))):
            role = roles.get(word.lower())
            if role is None:
                problems.add(STAFF, number, STAFF.column("roles"), "role_unknown",
                             _("There is no role named “{role}”."), role=word)
                good = False
            elif role.id not in role_ids:
                role_ids.append(role.id)
        if good:
            plan.members.append({"username": username, "display_name": values["display_name"], "role_ids": role_ids,
                                 "phone": values["phone"], "email": values["email"]})
    return plan


def apply(db: Session, plan: StaffPlan) -> None:
    roles = {role.id: role for role in db.scalars(select(Role))}
    # One hash for all: nobody knows the password, and hashing is deliberately slow.
    unknown_password = passwords.hash_password(secrets.token_urlsafe(24))
    for member in plan.members:
        db.add(User(username=member["username"], display_name=member["display_name"], password_hash=unknown_password,
                    password_history=[], must_change_password=True, roles=[roles[i] for i in member["role_ids"]],
                    phone=member["phone"], phone_index=blind_index(member["phone"]) if member["phone"] else None,
                    email=member["email"]))
    db.flush()
