"""Administration (系统管理): staff accounts, roles and their permissions, separation of duties, sessions,
and each user's own password and authenticator. Typed methods over the platform API; they run off the
GUI thread (views call them through the task runner).

Sensitive calls take a step-up token (from `step_up(code)`) and send it as `X-Step-Up-Token`; the
server answers 403 `step_up_required` without one. Granting a combination that breaks a separation
rule needs a written justification: without it the server answers 422 `separation_of_duties`, and
`rules_of(error)` names the rules it broke."""

from app.models.records import Page, parse_time
from app.models.staff_records import (PermissionSource, RoleRecord, SeparationRule, StaffLink, StaffSession,
                                      TemporaryPassword, UserDetail, UserRow)
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1"
STEP_UP_HEADER = "X-Step-Up-Token"
_KEEP = object()  # "leave this field as it is" (PATCH), distinct from None ("remove it")


def _user(d: dict) -> UserRow:
    return UserRow(d["id"], d["username"], d["display_name"], tuple(d["roles"]), d["state"],
                   parse_time(d.get("locked_until")), bool(d["must_change_password"]), bool(d["totp_enrolled"]),
                   parse_time(d.get("created_at")), d["version"], d.get("phone"), d.get("email"))


def _rule(d: dict) -> SeparationRule:
    return SeparationRule(d["name"], d["label_zh"], d["label_en"], frozenset(d["side_a"]), frozenset(d["side_b"]),
                          d["kind"])


def _session(d: dict) -> StaffSession:
    return StaffSession(d["id"], d["user_id"], d["username"], d["client_addr"], d.get("user_agent") or "",
                        parse_time(d.get("started_at")), parse_time(d.get("last_seen_at")),
                        parse_time(d.get("revoked_at")), d.get("revoked_reason"), d.get("display_name") or "")


def _role(d: dict) -> RoleRecord:
    return RoleRecord(d["id"], d["name"], d["label_zh"], d["label_en"], frozenset(d["permissions"]), d["version"],
                      d.get("holders", 0), d.get("approval_limit_fen"), tuple(_rule(r) for r in d.get("conflicts", ())))


def _link(d: dict) -> StaffLink:
    return StaffLink(d["id"], d["customer_ref"], d["user_id"], d.get("username"), d.get("display_name"),
                     d.get("note") or "", d["created_by"], parse_time(d.get("created_at")),
                     d.get("created_by_display_name"), d.get("customer_name"))


def _stepped(token: str) -> dict:
    return {STEP_UP_HEADER: token}


def _justified(body: dict, justification: str | None) -> dict:
    if justification and justification.strip():
        body["justification"] = justification.strip()
    return body


def rules_of(error: BaseException) -> list[SeparationRule]:
    """The separation rules a refused grant would break (422 `separation_of_duties`), else []."""
    if isinstance(error, errors.ValidationFailed) and error.code == "separation_of_duties":
        return [_rule(r) for r in error.body.get("rules") or []]
    return []


def needs_justification(error: BaseException) -> bool:
    return isinstance(error, errors.ValidationFailed) and error.code == "separation_of_duties"


class Administration:
    def __init__(self, api: ApiClient):
        self.api = api

    # --- step-up -----------------------------------------------------------------------------------

    def step_up(self, otp_code: str) -> str:
        """Exchanges a fresh one-time code for a step-up token (valid for a few minutes, this session only)."""
        return self.api.request("POST", f"{API}/auth/step-up", json={"otp_code": otp_code},
                                idempotent=False)["step_up_token"]

    # --- staff accounts ----------------------------------------------------------------------------

    def users_page(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        """filters: role, state (active | disabled | locked), q; sort: username, display_name, created_at, id
        (a `-` prefix for descending)."""
        params = {k: v for k, v in filters.items() if k in ("role", "state", "q") and v}
        data = self.api.request("GET", f"{API}/users",
                                params=params | {"sort": sort, "page": page, "page_size": page_size})
        return Page([_user(u) for u in data["items"]], data["total"], data["page"], data["page_size"])

    def user_count(self, **filters) -> int:
        return self.users_page(filters, "id", 1, 1).total

    def user(self, user_id: int) -> UserDetail:
        d = self.api.request("GET", f"{API}/users/{user_id}")
        return UserDetail(_user(d), tuple(PermissionSource(p["name"], tuple(p["granted_by"])) for p in d["permissions"]),
                          tuple(_rule(r) for r in d["conflicts"]), tuple(_session(s) for s in d["sessions"]))

    def recent_activity(self, username: str, count: int = 20) -> Page:
        """What the user did lately, from the audit log (needs audit.read)."""
        return self.api.audit_page({"actor": username}, "-at", 1, count)

    def create_user(self, username: str, display_name: str, roles: list[str], phone: str | None, step_up: str,
                    justification: str | None = None, email: str | None = None) -> TemporaryPassword:
        body = _justified({"username": username, "display_name": display_name, "roles": list(roles),
                           "phone": phone or None, "email": email or None}, justification)
        d = self.api.request("POST", f"{API}/users", json=body, headers=_stepped(step_up))
        return TemporaryPassword(_user(d["user"]), d["temporary_password"])

    def edit_user(self, user_id: int, version: int, display_name: str | None = None, phone=_KEEP,
                  email=_KEEP) -> UserRow:
        """Fields left out stay as they are; an empty e-mail removes it."""
        body: dict = {"version": version}
        if display_name is not None:
            body["display_name"] = display_name
        if phone is not _KEEP:
            body["phone"] = phone or None
        if email is not _KEEP:
            body["email"] = email or ""
        return _user(self.api.request("PATCH", f"{API}/users/{user_id}", json=body))

    def disable_user(self, user_id: int, version: int, reason: str) -> UserRow:
        """Disables the account and ends its sessions at once."""
        return _user(self.api.request("POST", f"{API}/users/{user_id}/disable",
                                      json={"version": version, "reason": reason}))

    def enable_user(self, user_id: int, version: int) -> UserRow:
        return _user(self.api.request("POST", f"{API}/users/{user_id}/enable", json={"version": version}))

    def unlock_user(self, user_id: int) -> UserRow:
        return _user(self.api.request("POST", f"{API}/users/{user_id}/unlock"))

    def reset_password(self, user_id: int, version: int, step_up: str) -> TemporaryPassword:
        d = self.api.request("POST", f"{API}/users/{user_id}/reset-password", json={"version": version},
                             headers=_stepped(step_up))
        return TemporaryPassword(_user(d["user"]), d["temporary_password"])

    def reset_totp(self, user_id: int, version: int, step_up: str) -> UserRow:
        return _user(self.api.request("POST", f"{API}/users/{user_id}/reset-totp", json={"version": version},
                                      headers=_stepped(step_up)))

    def set_roles(self, user_id: int, version: int, roles: list[str], step_up: str,
                  justification: str | None = None) -> UserRow:
        body = _justified({"version": version, "roles": list(roles)}, justification)
        return _user(self.api.request("PUT", f"{API}/users/{user_id}/roles", json=body, headers=_stepped(step_up)))

    # --- roles -------------------------------------------------------------------------------------

    def roles(self) -> list[RoleRecord]:
        return [_role(r) for r in self.api.request("GET", f"{API}/roles")]

    def create_role(self, name: str, label_zh: str, label_en: str, permissions: list[str], step_up: str,
                    justification: str | None = None) -> RoleRecord:
        body = _justified({"name": name, "label_zh": label_zh, "label_en": label_en,
                           "permissions": sorted(permissions)}, justification)
        return _role(self.api.request("POST", f"{API}/roles", json=body, headers=_stepped(step_up)))

    def rename_role(self, role_id: int, version: int, label_zh: str, label_en: str,
                    approval_limit_fen=_KEEP) -> RoleRecord:
        """`approval_limit_fen`: integer fen, None to remove the role's own limit, omitted to keep it."""
        body = {"label_zh": label_zh, "label_en": label_en, "version": version}
        if approval_limit_fen is not _KEEP:
            body["approval_limit_fen"] = approval_limit_fen
        return _role(self.api.request("PATCH", f"{API}/roles/{role_id}", json=body))

    def copy_role(self, role_id: int, name: str, label_zh: str, label_en: str, step_up: str,
                  justification: str | None = None) -> RoleRecord:
        body = _justified({"name": name, "label_zh": label_zh, "label_en": label_en}, justification)
        return _role(self.api.request("POST", f"{API}/roles/{role_id}/copy", json=body, headers=_stepped(step_up)))

    def delete_role(self, role_id: int, version: int) -> None:
        """Refused with 409 `role_in_use` while anyone holds the role."""
        self.api.request("DELETE", f"{API}/roles/{role_id}", params={"version": version})

    def set_role_permissions(self, role_id: int, version: int, permissions, step_up: str,
                             justification: str | None = None) -> RoleRecord:
        body = _justified({"permissions": sorted(permissions), "version": version}, justification)
        return _role(self.api.request("PUT", f"{API}/roles/{role_id}/permissions", json=body,
                                      headers=_stepped(step_up)))

    def separation_rules(self) -> list[SeparationRule]:
        return [_rule(r) for r in self.api.request("GET", f"{API}/separation-rules")]

    # --- sessions ----------------------------------------------------------------------------------

    def sessions(self, page: int = 1, page_size: int = 50, user_id: int | None = None,
                 active: bool = True) -> Page:
        params = {"page": page, "page_size": page_size, "active": str(active).lower()}
        if user_id is not None:
            params["user_id"] = user_id
        data = self.api.request("GET", f"{API}/sessions", params=params)
        return Page([_session(s) for s in data["items"]], data["total"], data["page"], data["page_size"])

    def revoke_session(self, session_id: int) -> StaffSession:
        return _session(self.api.request("POST", f"{API}/sessions/{session_id}/revoke"))

    # --- the signed-in user's own account ----------------------------------------------------------

    def change_own_password(self, current_password: str, new_password: str) -> None:
        """The password rules apply (422 with one error per rule broken); a wrong current password is 401."""
        self.api.request("POST", f"{API}/me/password",
                         json={"current_password": current_password, "new_password": new_password})

    def start_device_enrolment(self, step_up: str) -> str:
        """Starts replacing the authenticator (confirmed with the current one): the new device's otpauth URI."""
        return self.api.request("POST", f"{API}/me/device", headers=_stepped(step_up),
                                idempotent=False)["otpauth_uri"]

    def confirm_device(self, otp_code: str) -> None:
        """A code from the new device; from then on only the new device's codes work."""
        self.api.request("POST", f"{API}/me/device/confirmation", json={"otp_code": otp_code})

    # --- staff linked to customer accounts (never deciding their withdrawals) -----------------------

    def staff_links(self, customer_ref: str | None = None) -> list[StaffLink]:
        params = {"customer_ref": customer_ref} if customer_ref else {}
        return [_link(d) for d in self.api.request("GET", f"{API}/withdrawals/links", params=params)]

    def link_staff(self, customer_ref: str, user_id: int, note: str) -> StaffLink:
        return _link(self.api.request("POST", f"{API}/withdrawals/links",
                                      json={"customer_ref": customer_ref, "user_id": user_id, "note": note}))

    def unlink_staff(self, link_id: int, step_up: str) -> None:
        self.api.request("DELETE", f"{API}/withdrawals/links/{link_id}", headers=_stepped(step_up))
