"""Administration: staff accounts, roles, separation of duties, sessions; every action and its refusals."""

import pytest

from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"


class Admin:
    """An administrator's signed-in client that confirms sensitive steps with a fresh code."""

    def __init__(self, client, username="admin"):
        self.client, self.username, self.step = client, username, 0
        answer = client.post(f"{API}/auth/login", json=sign_in_body(username))
        self.headers = {"Authorization": f"Bearer {answer.json()['tokens']['access_token']}"}
        self._step_up_token = None

    def step_up(self):
        if self._step_up_token is None:
            answer = self.client.post(f"{API}/auth/step-up", json={"otp_code": totp_code(self.username, 1)},
                                      headers=self.headers)
            assert answer.status_code == 200, answer.text
            self._step_up_token = answer.json()["step_up_token"]
        return self.headers | {"X-Step-Up-Token": self._step_up_token}

    def get(self, path, **kw):
        return self.client.get(f"{API}{path}", headers=self.headers, **kw)

    def call(self, method, path, sensitive=False, **kw):
        return self.client.request(method, f"{API}{path}", headers=self.step_up() if sensitive else self.headers, **kw)


@pytest.fixture
def admin(client):
    return Admin(client)


def _user(admin, username):
    page = admin.get("/users", params={"q": username}).json()
    return next(u for u in page["items"] if u["username"] == username)


def test_creating_a_user_shows_the_temporary_password_once_and_needs_step_up(admin, client):
    body = {"username": "li.na", "display_name": "李娜", "roles": ["finance_clerk"], "phone": "13912345678"}
    assert admin.call("POST", "/users", json=body).json()["code"] == "step_up_required"
    made = admin.call("POST", "/users", sensitive=True, json=body)
    assert made.status_code == 201
    created = made.json()
    assert created["user"]["roles"] == ["finance_clerk"] and created["user"]["must_change_password"]
    assert created["user"]["phone"] == "139****5678"  # the admin role has no pii.view
    step = client.post(f"{API}/auth/login", json={"username": "li.na", "password": created["temporary_password"]})
    assert step.json()["status"] == "password_change_required"
    audit = admin.get("/audit", params={"action": "staff.user_created", "object_id": str(created["user"]["id"])}).json()
    assert created["temporary_password"] not in str(audit)


def test_user_list_filters_by_role_state_and_text(admin):
    assert admin.get("/users").json()["total"] == 7
    assert [u["username"] for u in admin.get("/users", params={"role": "auditor"}).json()["items"]] == ["auditor"]
    assert admin.get("/users", params={"q": "fin"}).json()["total"] == 2
    assert admin.get("/users", params={"state": "disabled"}).json()["total"] == 0


def test_user_detail_explains_which_role_gives_each_permission(admin):
    detail = admin.get(f"/users/{_user(admin, 'risklead')['id']}").json()
    sources = {p["name"]: p["granted_by"] for p in detail["permissions"]}
    assert sources["loan.review.second"] == ["senior_risk_officer"]
    assert detail["conflicts"] == []


def test_disabling_a_user_ends_their_sessions_at_once(admin, client):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("service")).json()["tokens"]
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 200
    victim = _user(admin, "service")
    no_reason = admin.call("POST", f"/users/{victim['id']}/disable", json={"version": victim["version"], "reason": ""})
    assert no_reason.status_code == 422
    done = admin.call("POST", f"/users/{victim['id']}/disable", json={"version": victim["version"], "reason": "离职"})
    assert done.status_code == 200 and done.json()["state"] == "disabled"
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 401
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).status_code == 401
    enabled = admin.call("POST", f"/users/{victim['id']}/enable", json={"version": done.json()["version"]})
    assert enabled.json()["state"] == "active"


def test_an_administrator_cannot_disable_or_reset_or_regrant_themself(admin):
    me = _user(admin, "admin")
    for method, path, body, sensitive in [
        ("POST", f"/users/{me['id']}/disable", {"version": me["version"], "reason": "x"}, False),
        ("POST", f"/users/{me['id']}/reset-password", {"version": me["version"]}, True),
        ("POST", f"/users/{me['id']}/reset-totp", {"version": me["version"]}, True),
        ("PUT", f"/users/{me['id']}/roles", {"version": me["version"], "roles": ["admin", "auditor"]}, True),
    ]:
        answer = admin.call(method, path, sensitive=sensitive, json=body)
        assert answer.status_code == 403 and answer.json()["code"] == "self_service_forbidden", path


def test_unlocking_a_locked_account(admin, client):
    wrong = sign_in_body("finance") | {"password": "Wrong-password-1"}
    for _ in range(5):
        client.post(f"{API}/auth/login", json=wrong)
    locked = _user(admin, "finance")
    assert locked["state"] == "locked"
    assert admin.get("/users", params={"state": "locked"}).json()["total"] == 1
    assert admin.call("POST", f"/users/{locked['id']}/unlock").json()["state"] == "active"
    assert client.post(f"{API}/auth/login", json=sign_in_body("finance")).status_code == 200


def test_resetting_a_password_forces_a_change_and_ends_sessions(admin, client):
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("risk")).json()["tokens"]
    target = _user(admin, "risk")
    assert admin.call("POST", f"/users/{target['id']}/reset-password", json={"version": target["version"]}).status_code == 403
    answer = admin.call("POST", f"/users/{target['id']}/reset-password", sensitive=True, json={"version": target["version"]})
    assert answer.status_code == 200
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 401
    step = client.post(f"{API}/auth/login", json={"username": "risk", "password": answer.json()["temporary_password"],
                                                  "otp_code": totp_code("risk", 1)})
    assert step.json()["status"] == "password_change_required"


def test_resetting_the_device_leads_to_enrolment_at_next_sign_in(admin, client):
    target = _user(admin, "auditor")
    answer = admin.call("POST", f"/users/{target['id']}/reset-totp", sensitive=True, json={"version": target["version"]})
    assert answer.json()["totp_enrolled"] is False
    step = client.post(f"{API}/auth/login", json={"username": "auditor", "password": "Demo2026!Pass"}).json()
    assert step["status"] == "totp_enrollment_required" and step["otpauth_uri"]


def test_assigning_roles_needs_step_up_and_a_justification_for_conflicting_duties(admin, client):
    target = _user(admin, "finance")
    plain = {"version": target["version"], "roles": ["finance_clerk", "customer_service"]}
    assert admin.call("PUT", f"/users/{target['id']}/roles", json=plain).json()["code"] == "step_up_required"
    ok = admin.call("PUT", f"/users/{target['id']}/roles", sensitive=True, json=plain)
    assert ok.status_code == 200 and ok.json()["roles"] == ["finance_clerk", "customer_service"]

    conflicting = {"version": ok.json()["version"], "roles": ["finance_clerk", "finance_manager"]}
    refused = admin.call("PUT", f"/users/{target['id']}/roles", sensitive=True, json=conflicting)
    assert refused.status_code == 422 and refused.json()["code"] == "separation_of_duties"
    assert "sod.adjustment_maker_checker" in refused.text
    justified = admin.call("PUT", f"/users/{target['id']}/roles", sensitive=True,
                           json=conflicting | {"justification": "月末临时顶岗，主管休假（审批单 HR-2026-118）"})
    assert justified.status_code == 200
    detail = admin.get(f"/users/{target['id']}").json()
    assert [c["name"] for c in detail["conflicts"]] == ["sod.adjustment_maker_checker"]
    record = admin.get("/audit", params={"action": "staff.roles_assigned", "object_id": str(target["id"]),
                                         "sort": "-seq"}).json()["items"][0]
    assert record["after"]["justification"].startswith("月末临时顶岗")
    assert record["before"]["roles"] == ["finance_clerk", "customer_service"]
    # the user's new rights apply to their next request
    token = client.post(f"{API}/auth/login", json=sign_in_body("finance")).json()["tokens"]["access_token"]
    me = client.get(f"{API}/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert "funds.adjust.approve" in me["permissions"]


def test_a_stale_version_is_refused_with_the_current_state(admin):
    target = _user(admin, "service")
    first = admin.call("PATCH", f"/users/{target['id']}", json={"display_name": "周敏敏", "version": target["version"]})
    assert first.status_code == 200
    stale = admin.call("PATCH", f"/users/{target['id']}", json={"display_name": "周小敏", "version": target["version"]})
    assert stale.status_code == 409 and stale.json()["current"]["display_name"] == "周敏敏"


def test_signing_in_does_not_change_a_users_version(admin, client):
    before = _user(admin, "risk")["version"]
    client.post(f"{API}/auth/login", json=sign_in_body("risk"))
    assert _user(admin, "risk")["version"] == before


def test_roles_are_created_renamed_copied_edited_and_deleted(admin):
    made = admin.call("POST", "/roles", sensitive=True,
                      json={"name": "recon_viewer", "label_zh": "对账查看", "label_en": "Recon viewer",
                            "permissions": ["recon.read", "funds.read"]})
    assert made.status_code == 201 and made.json()["holders"] == 0
    role = made.json()
    renamed = admin.call("PATCH", f"/roles/{role['id']}", json={"label_zh": "对账只读", "label_en": "Recon read-only",
                                                                "version": role["version"]}).json()
    assert renamed["label_zh"] == "对账只读"
    copied = admin.call("POST", f"/roles/{role['id']}/copy", sensitive=True,
                        json={"name": "recon_viewer_2", "label_zh": "对账只读二", "label_en": "Recon read-only 2"}).json()
    assert copied["permissions"] == ["funds.read", "recon.read"]
    edited = admin.call("PUT", f"/roles/{copied['id']}/permissions", sensitive=True,
                        json={"permissions": ["recon.read"], "version": copied["version"]})
    assert edited.json()["permissions"] == ["recon.read"]
    unknown = admin.call("PUT", f"/roles/{copied['id']}/permissions", sensitive=True,
                         json={"permissions": ["recon.read", "god.mode"], "version": edited.json()["version"]})
    assert unknown.status_code == 422 and unknown.json()["code"] == "permission_unknown"
    assert admin.call("DELETE", f"/roles/{copied['id']}", params={"version": edited.json()["version"]}).status_code == 204
    bad_name = admin.call("POST", "/roles", sensitive=True, json={"name": "Bad Name", "label_zh": "x", "label_en": "x"})
    assert bad_name.json()["code"] == "role_name_invalid"


def test_a_role_held_by_users_cannot_be_deleted(admin):
    role = next(r for r in admin.get("/roles").json() if r["name"] == "auditor")
    answer = admin.call("DELETE", f"/roles/{role['id']}", params={"version": role["version"]})
    assert answer.status_code == 409 and answer.json()["code"] == "role_in_use"


def test_a_role_combining_conflicting_permissions_needs_a_justification(admin):
    body = {"name": "super_finance", "label_zh": "财务全能", "label_en": "Finance all-in-one",
            "permissions": ["funds.adjust.propose", "funds.adjust.approve"]}
    refused = admin.call("POST", "/roles", sensitive=True, json=body)
    assert refused.status_code == 422 and refused.json()["rules"][0]["name"] == "sod.adjustment_maker_checker"
    made = admin.call("POST", "/roles", sensitive=True, json=body | {"justification": "小型分支机构仅一名财务"})
    assert made.status_code == 201
    assert [c["name"] for c in made.json()["conflicts"]] == ["sod.adjustment_maker_checker"]


def test_the_separation_rules_are_listed_with_their_names(admin):
    rules = {r["name"]: r for r in admin.get("/separation-rules").json()}
    assert rules["sod.loan_two_reviews"]["kind"] == "per_object"
    assert rules["sod.adjustment_maker_checker"]["label_zh"] == "调账发起与审批分离"


def test_active_sessions_are_listed_and_can_be_revoked(client):
    admin = Admin(client)
    tokens = client.post(f"{API}/auth/login", json=sign_in_body("risklead")).json()["tokens"]
    sessions = admin.get("/sessions").json()
    assert {s["username"] for s in sessions["items"]} == {"admin", "risklead"}
    victim = next(s for s in sessions["items"] if s["username"] == "risklead")
    assert victim["client_addr"] and victim["started_at"].endswith("Z")
    revoked = admin.call("POST", f"/sessions/{victim['id']}/revoke").json()
    assert revoked["revoked_reason"] == "revoked_by_admin"
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 401
    assert {s["username"] for s in admin.get("/sessions").json()["items"]} == {"admin"}


def test_auditors_see_roles_but_cannot_administer(client):
    auditor = Admin(client, "auditor")
    assert auditor.get("/roles").status_code == 200
    assert auditor.get("/users").status_code == 403
    assert auditor.call("POST", "/roles", json={"name": "x_y", "label_zh": "x", "label_en": "x"}).status_code == 403


def test_a_user_changes_their_own_password_under_the_same_rules(client):
    me = Admin(client, "risk")
    wrong = me.call("POST", "/me/password", json={"current_password": "nope-nope-1", "new_password": "Another-2026-pw"})
    assert wrong.status_code == 401 and wrong.json()["code"] == "invalid_credentials"
    weak = me.call("POST", "/me/password", json={"current_password": "Demo2026!Pass", "new_password": "Demo2026!Pass"})
    assert weak.status_code == 422 and "password_reused" in {e["code"] for e in weak.json()["errors"]}
    done = me.call("POST", "/me/password", json={"current_password": "Demo2026!Pass", "new_password": "Another-2026-pw"})
    assert done.status_code == 204
    signed = client.post(f"{API}/auth/login", json={"username": "risk", "password": "Another-2026-pw",
                                                   "otp_code": totp_code("risk", 1)})
    assert signed.status_code == 200


def test_a_user_re_enrols_their_authenticator_after_confirming_with_the_old_one(client):
    import pyotp

    me = Admin(client, "auditor")
    assert me.call("POST", "/me/device").json()["code"] == "step_up_required"
    uri = me.call("POST", "/me/device", sensitive=True).json()["otpauth_uri"]
    secret = pyotp.parse_uri(uri).secret
    assert me.call("POST", "/me/device/confirmation", json={"otp_code": "000000"}).json()["code"] == "otp_invalid"
    assert me.call("POST", "/me/device/confirmation", json={"otp_code": totp_code("", secret=secret)}).status_code == 204
    old = client.post(f"{API}/auth/login", json=sign_in_body("auditor", 1))
    assert old.status_code == 401  # the old device's codes no longer work
    new = client.post(f"{API}/auth/login", json={"username": "auditor", "password": "Demo2026!Pass",
                                                "otp_code": totp_code("", 1, secret)})
    assert new.status_code == 200


def test_a_permission_taken_from_a_role_is_gone_on_the_holders_next_request(admin, client):
    token = client.post(f"{API}/auth/login", json=sign_in_body("finance")).json()["tokens"]["access_token"]
    clerk = {"Authorization": f"Bearer {token}"}
    assert client.get(f"{API}/reconciliation/profiles", headers=clerk).status_code == 200  # remembered from here on
    role = next(r for r in admin.get("/roles").json() if r["name"] == "finance_clerk")
    kept = [p for p in role["permissions"] if p != "recon.read"]
    edited = admin.call("PUT", f"/roles/{role['id']}/permissions", sensitive=True,
                        json={"permissions": kept, "version": role["version"]})
    assert edited.status_code == 200, edited.text
    assert client.get(f"{API}/reconciliation/profiles", headers=clerk).status_code == 403


def test_administration_refusals_read_chinese_by_default_and_english_when_asked(admin):
    me = admin.get("/me").json()
    auditor = next(r for r in admin.get("/roles").json() if r["name"] == "auditor")
    cases = [  # (method, path, json/params, sensitive, code, Chinese, English)
        ("POST", f"/users/{me['id']}/disable", {"json": {"version": me["version"], "reason": "x"}}, False,
         "self_service_forbidden", "不能停用自己的账户，请联系其他管理员。",
         "You cannot disable your own account; ask another administrator."),
        ("DELETE", f"/roles/{auditor['id']}", {"params": {"version": auditor["version"]}}, False, "role_in_use",
         "有 1 名用户拥有“审计”角色，请先取消他们的该角色。",
         "1 users hold the role “Auditor”; take it from them first."),
        ("POST", "/roles", {"json": {"name": "super_finance", "label_zh": "财务全能", "label_en": "Finance all-in-one",
                                     "permissions": ["funds.adjust.propose", "funds.adjust.approve"]}}, True,
         "separation_of_duties", "该角色将同时拥有不相容岗位分离规则要求分开的权限（“调账发起与审批分离”），须填写书面理由。",
         "This gives the role permissions that separation of duties keeps apart (“Adjustment maker and checker”); "
         "a written justification is required."),
    ]
    for method, path, body, sensitive, code, chinese, english in cases:
        headers = admin.step_up() if sensitive else admin.headers
        zh = admin.client.request(method, f"{API}{path}", headers=headers, **body).json()
        assert (zh["code"], zh["detail"]) == (code, chinese)
        en = admin.client.request(method, f"{API}{path}", headers=headers | {"Accept-Language": "en"}, **body).json()
        assert en["detail"] == english
