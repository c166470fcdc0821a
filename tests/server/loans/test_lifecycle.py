"""The loan lifecycle: every transition and refusal, separation of duties, lost-update protection."""

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"


def test_a_small_clean_application_is_approved_by_one_officer(staff, apply):
    app = apply(amount_fen=3_000_000)
    assert app["state"] == "submitted" and app["risk_grade"] == "A" and app["number"].startswith("LN")
    risk = staff("risk")
    detail = risk.get(f"/loans/applications/{app['id']}").json()
    assert "approve_first" in detail["allowed_actions"] and "approve_second" not in detail["allowed_actions"]
    approved = risk.act(detail, "approve_first", comment="资料齐全")
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["state"] == "approved" and not body["needs_second_review"]
    assert [(e["action"], e["actor"]) for e in body["timeline"]] == [("submitted", "risklead"), ("approve_first", "risk")]
    assert body["timeline"][-1]["comment"] == "资料齐全"


def test_above_the_threshold_a_second_reviewer_must_approve_and_never_the_first(staff, apply, client):
    app = apply(amount_fen=8_000_000)
    lead = staff("risklead")
    first = lead.act(app, "approve_first").json()
    assert first["state"] == "second_review" and first["needs_second_review"]
    refused = lead.act(first, "approve_second")
    assert refused.status_code == 403 and refused.json()["code"] == "separation_of_duties"
    assert "approve_second" not in lead.get(f"/loans/applications/{app['id']}").json()["allowed_actions"]
    risk = staff("risk")
    assert risk.act(first, "approve_second").json()["code"] == "permission_denied"  # no loan.review.second
    # another senior officer does the second review
    other = _second_senior(client)
    done = other.act(first, "approve_second")
    assert done.status_code == 200 and done.json()["state"] == "approved"


def _second_senior(client):
    """A second senior risk officer, created through the admin API."""
    from tests.server.conftest import Staff

    admin = Staff(client, "admin")
    step = client.post(f"{API}/auth/step-up", json={"otp_code": _code("admin", 1)}, headers=admin.headers).json()
    made = client.post(f"{API}/users", headers=admin.headers | {"X-Step-Up-Token": step["step_up_token"]},
                       json={"username": "wang.lei", "display_name": "王磊", "roles": ["senior_risk_officer"]}).json()
    temporary = made["temporary_password"]
    challenge = client.post(f"{API}/auth/login", json={"username": "wang.lei", "password": temporary}).json()["challenge"]
    enrol = client.post(f"{API}/auth/password", json={"challenge": challenge, "new_password": "Second-review-2026"}).json()
    import pyotp

    secret = pyotp.parse_uri(enrol["otpauth_uri"]).secret
    tokens = client.post(f"{API}/auth/totp/enroll", json={"challenge": enrol["challenge"],
                                                          "otp_code": totp_code("", secret=secret)}).json()["tokens"]
    staff = Staff.__new__(Staff)
    staff.client, staff.username = client, "wang.lei"
    staff.headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    return staff


def _code(user, steps):
    from tests.support.platforms import totp_code

    return totp_code(user, steps)


def test_the_file_tells_each_officer_whether_their_approval_goes_to_second_review(staff, apply):
    small, large = apply(amount_fen=3_000_000), apply(amount_fen=8_000_000)
    risk = staff("risk")
    assert risk.get(f"/loans/applications/{small['id']}").json()["second_review_if_approved"] is False
    assert risk.get(f"/loans/applications/{large['id']}").json()["second_review_if_approved"] is True
    # customer service cannot approve at all, so nothing would go anywhere
    assert staff("service").get(f"/loans/applications/{large['id']}").json()["second_review_if_approved"] is False
    assert risk.act(large, "approve_first").json()["state"] == "second_review"  # as announced


def test_high_risk_grade_goes_to_second_review_even_when_small(staff, apply):
    app = apply(amount_fen=1_000_000, birth_date="1950-01-01", monthly_income_fen=0)  # age and no income: grade E
    assert app["risk_grade"] in ("E", "HR")
    assert staff("risk").act(app, "approve_first").json()["state"] == "second_review"


def test_reject_and_return_need_a_reason(staff, apply):
    risk = staff("risk")
    app = apply()
    bare = risk.act(app, "reject")
    assert bare.status_code == 422 and bare.json()["code"] == "reason_required"
    rejected = risk.act(app, "reject", reason="收入证明不实").json()
    assert rejected["state"] == "rejected" and rejected["timeline"][-1]["comment"] == "收入证明不实"
    again = risk.act(rejected, "approve_first")
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"
    assert again.json()["current"]["state"] == "rejected"

    other = apply()
    returned = risk.act(other, "return", reason="请补充银行流水").json()
    assert returned["state"] == "returned"
    resubmitted = staff("risklead").act(returned, "resubmit").json()
    assert resubmitted["state"] == "submitted"


def test_blocking_rules_stop_approval_until_overridden_with_a_reason(staff, apply):
    app = apply(amount_fen=3_000_000, rate="0.20")  # above the 12% cap
    assert "rate_cap" in app["risk"]["unresolved_blocks"]
    risk, lead = staff("risk"), staff("risklead")
    blocked = risk.act(app, "approve_first")
    assert blocked.status_code == 409 and blocked.json()["code"] == "blocking_rules"
    no_right = risk.post(f"/loans/applications/{app['id']}/overrides",
                         {"version": app["version"], "rule": "rate_cap", "reason": "x"})
    assert no_right.status_code == 403
    overridden = lead.post(f"/loans/applications/{app['id']}/overrides",
                           {"version": app["version"], "rule": "rate_cap", "reason": "监管窗口期存量合同，合规部批复 2026-31"})
    assert overridden.status_code == 200
    detail = overridden.json()
    assert detail["risk"]["unresolved_blocks"] == [] and detail["risk"]["overrides"][0]["by"] == "risklead"
    assert risk.act(detail, "approve_first").status_code == 200
    audit = staff("auditor").get("/audit", params={"action": "loan.rule_overridden"}).json()
    assert audit["total"] == 1 and audit["items"][0]["after"]["reason"].startswith("监管窗口期")


def test_a_stale_version_is_refused_with_the_current_state(staff, apply):
    app = apply()
    risk = staff("risk")
    assert risk.act(app, "return", reason="补充材料").status_code == 200
    stale = risk.act(app, "reject", reason="另一位同事的拒绝")
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    assert stale.json()["current"]["state"] == "returned"


def test_two_officers_approving_at_the_same_moment_exactly_one_succeeds(live_url, platform):
    """Over real HTTP, on SQLite and PostgreSQL: several approvals of the same version race."""
    def session(user, steps=0):
        tokens = requests.post(f"{live_url}{API}/auth/login", json=sign_in_body(user, steps), timeout=30).json()["tokens"]
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        return s

    lead = session("risklead")
    borrower = lead.post(f"{live_url}{API}/loans/borrowers", json={
        "kind": "person", "name": "李娜", "id_number": "11010119900307663X", "monthly_income_fen": 3_000_000,
        "birth_date": "1990-03-07"}, timeout=30).json()
    app = lead.post(f"{live_url}{API}/loans/applications", json={
        "borrower_id": borrower["id"], "amount_fen": 2_000_000, "term_months": 6, "annual_rate": "0.08",
        "method": "equal_principal"}, timeout=30).json()
    officers = [session("risk"), session("risklead", 1), lead, session("risk", 1)]

    def approve(s):
        return s.post(f"{live_url}{API}/loans/applications/{app['id']}/actions/approve_first",
                      json={"version": app["version"]}, timeout=30).status_code

    with ThreadPoolExecutor(len(officers)) as pool:
        statuses = sorted(pool.map(approve, officers))
    assert statuses.count(200) == 1 and all(s == 409 for s in statuses if s != 200), statuses
    final = lead.get(f"{live_url}{API}/loans/applications/{app['id']}", timeout=30).json()
    assert final["state"] == "approved" and final["version"] == app["version"] + 1
    assert [e["action"] for e in final["timeline"]].count("approve_first") == 1


def test_after_approval_listing_funding_disbursement_repayment_and_settlement(staff, apply, fund, balances):
    lead = staff("risklead")
    app = apply(amount_fen=1_200_000, term=3, method="equal_principal")
    app = staff("risk").act(app, "approve_first").json()
    listed = lead.act(app, "list").json()
    assert listed["state"] == "listed" and listed["funding_deadline"]
    fund("INV001", 700_000)
    fund("INV002", 600_000)
    over = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "INV001", "amount_fen": 1_200_001})
    assert over.status_code == 422
    half = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "INV001", "amount_fen": 600_000}).json()
    assert half["state"] == "listed" and half["funded_fen"] == 600_000
    assert balances("INV001") == {"customer_ref": "INV001", "available_fen": 100_000, "frozen_fen": 600_000,
                                  "balance_fen": 700_000}
    full = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "INV002", "amount_fen": 600_000}).json()
    assert full["state"] == "funded"
    repaying = lead.act(full, "disburse").json()
    assert repaying["state"] == "repaying"
    assert [i["principal_fen"] for i in repaying["installments"]] == [400_000, 400_000, 400_000]
    borrower = repaying["borrower"]["number"]
    assert balances(borrower)["available_fen"] == 1_200_000 - 12_000  # less the 1% service fee
    assert balances("INV001")["frozen_fen"] == 0 and balances("INV001")["balance_fen"] == 100_000
    interest = sum(i["interest_fen"] for i in repaying["installments"])
    fund(borrower, 12_000 + interest)  # what the loan costs beyond what it brought
    for number in (1, 2, 3):
        paid = lead.post(f"/loans/applications/{app['id']}/installments/{number}/repayment").json()
    assert paid["state"] == "settled" and paid["settled_at"]
    assert lead.post(f"/loans/applications/{app['id']}/installments/1/repayment").status_code == 409
    # every fen came back: the investors hold their principal and the interest, the borrower nothing
    assert balances(borrower)["balance_fen"] == 0
    assert balances("INV001")["balance_fen"] + balances("INV002")["balance_fen"] == 100_000 + 1_200_000 + interest


def test_an_investor_without_the_money_is_refused_and_nothing_is_recorded(staff, apply, fund):
    lead = staff("risklead")
    app = lead.act(staff("risk").act(apply(), "approve_first").json(), "list").json()
    fund("POOR1", 500)
    refused = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "POOR1", "amount_fen": 1000})
    assert refused.status_code == 409 and refused.json()["code"] == "insufficient_funds"
    assert lead.get(f"/loans/applications/{app['id']}").json()["funded_fen"] == 0


def test_a_borrower_without_the_money_cannot_repay_and_the_installment_stays_open(staff, apply, fund, balances):
    lead = staff("risklead")
    app = lead.act(staff("risk").act(apply(amount_fen=1_200_000, term=3), "approve_first").json(), "list").json()
    fund("RICH1", 1_200_000)
    app = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "RICH1", "amount_fen": 1_200_000}).json()
    app = lead.act(app, "disburse").json()
    borrower = app["borrower"]["number"]
    with_money = balances(borrower)["available_fen"]
    for number in (1, 2):
        assert lead.post(f"/loans/applications/{app['id']}/installments/{number}/repayment").status_code == 200
    short = lead.post(f"/loans/applications/{app['id']}/installments/3/repayment")
    assert short.status_code == 409 and short.json()["code"] == "insufficient_funds"
    after = lead.get(f"/loans/applications/{app['id']}").json()
    assert after["installments"][2]["state"] == "due" and after["state"] == "repaying"
    assert balances(borrower)["available_fen"] < with_money


def test_an_unfunded_listing_expires_and_releases_its_investments(staff, apply, fund, balances):
    lead = staff("risklead")
    app = staff("risk").act(apply(), "approve_first").json()
    listed = lead.act(app, "list").json()
    fund("INV9", 1000)
    funded = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "INV9", "amount_fen": 1000}).json()
    assert balances("INV9")["available_fen"] == 0
    expired = lead.act(funded, "expire").json()
    assert expired["state"] == "expired"
    assert balances("INV9") == {"customer_ref": "INV9", "available_fen": 1000, "frozen_fen": 0, "balance_fen": 1000}


@pytest.mark.clock  # the window's end is compared with the server's time now
def test_a_listing_past_its_funding_window_takes_no_more_money_before_the_job_marks_it(staff, apply, fund, balances,
                                                                                     platform):
    from datetime import timedelta

    from server import clock
    from server.loans.models import LoanApplication

    lead = staff("risklead")
    listed = lead.act(staff("risk").act(apply(), "approve_first").json(), "list").json()
    fund("LATE1", 2_000)
    assert lead.post(f"/loans/applications/{listed['id']}/investments",
                     {"investor_ref": "LATE1", "amount_fen": 1_000}).status_code == 200
    with platform.db.write() as db:  # the window ended a minute ago; the five-minutely job has not run yet
        db.get(LoanApplication, listed["id"]).funding_deadline = clock.now() - timedelta(minutes=1)
        db.commit()
    late = lead.post(f"/loans/applications/{listed['id']}/investments", {"investor_ref": "LATE1", "amount_fen": 1_000})
    assert late.status_code == 409 and late.json()["code"] == "funding_window_closed"
    assert lead.get(f"/loans/applications/{listed['id']}").json()["funded_fen"] == 1_000
    assert balances("LATE1") == {"customer_ref": "LATE1", "available_fen": 1_000, "frozen_fen": 1_000,
                                 "balance_fen": 2_000}


def test_overdue_detection_accrues_penalty_and_payment_returns_the_loan_to_repaying(staff, apply, platform, fund):
    from datetime import date, timedelta

    from server.audit.service import Auditor
    from server.loans import service

    lead = staff("risklead")
    app = staff("risk").act(apply(amount_fen=1_200_000, term=3, method="equal_principal"), "approve_first").json()
    app = lead.act(app, "list").json()
    fund("I", 1_200_000)
    app = lead.post(f"/loans/applications/{app['id']}/investments", {"investor_ref": "I", "amount_fen": 1_200_000}).json()
    app = lead.act(app, "disburse").json()
    first_due = date.fromisoformat(app["installments"][0]["due_date"])
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "job", "overdue")
        assert service.detect_overdue(db, audit, platform.settings.loan_policy, first_due + timedelta(days=10)) == 1
        audit.seal()
        db.commit()
    overdue = lead.get(f"/loans/applications/{app['id']}").json()
    assert overdue["state"] == "overdue"
    row = overdue["installments"][0]
    assert row["state"] == "overdue" and row["penalty_fen"] == round((400_000 + row["interest_fen"]) * 0.0005 * 10)
    back = lead.post(f"/loans/applications/{app['id']}/installments/1/repayment").json()
    assert back["state"] == "repaying" and back["installments"][0]["paid_fen"] == 400_000 + row["interest_fen"] + row["penalty_fen"]


def test_withdrawal_by_the_borrower_and_write_off_need_reasons(staff, apply):
    lead = staff("risklead")
    app = apply()
    assert lead.act(app, "withdraw").json()["code"] == "reason_required"
    assert lead.act(app, "withdraw", reason="借款人来电撤回").json()["state"] == "withdrawn"


def test_batch_reject_applies_one_reason_and_reports_each_result(staff, apply):
    risk = staff("risk")
    a, b, c = apply(), apply(), apply()
    risk.act(c, "return", reason="先退回")
    answer = risk.post("/loans/applications/batch/reject", {"items": [{"id": a["id"], "version": a["version"]},
                                                                      {"id": b["id"], "version": b["version"]},
                                                                      {"id": c["id"], "version": c["version"]}],
                                                            "reason": "批量：资料不全"})
    assert answer.status_code == 200
    results = {r["id"]: r for r in answer.json()}
    assert results[a["id"]]["ok"] and results[b["id"]]["ok"]
    assert not results[c["id"]]["ok"] and results[c["id"]]["code"] == "stale_version"
    assert risk.get(f"/loans/applications/{a['id']}").json()["state"] == "rejected"
    assert risk.get(f"/loans/applications/{c['id']}").json()["state"] == "returned"


def test_a_roles_approval_limit_bounds_what_its_officer_approves_alone(staff, apply, client):
    from tests.server.test_administration import Admin

    admin = Admin(client)
    role = next(r for r in admin.get("/roles").json() if r["name"] == "risk_officer")
    assert role["approval_limit_fen"] is None
    edited = admin.call("PATCH", f"/roles/{role['id']}", json={"label_zh": role["label_zh"], "label_en": role["label_en"],
                                                               "approval_limit_fen": 2_000_000, "version": role["version"]})
    assert edited.status_code == 200 and edited.json()["approval_limit_fen"] == 2_000_000
    risk = staff("risk")
    assert risk.act(apply(amount_fen=2_000_000), "approve_first").json()["state"] == "approved"
    assert risk.act(apply(amount_fen=2_000_001), "approve_first").json()["state"] == "second_review"
    audit = admin.get("/audit", params={"action": "staff.role_edited"}).json()["items"][0]
    assert audit["before"]["approval_limit_fen"] is None and audit["after"]["approval_limit_fen"] == 2_000_000


# Compensation and write-off are proposed and approved by two people: tests/server/afterloan/test_compensation.py.


def test_a_second_borrower_with_an_id_number_on_file_is_refused_with_the_one_on_file(staff):
    lead = staff("risklead")
    body = {"kind": "person", "name": "李娜", "id_number": "11010119850307002X", "phone": "13900000077",
            "birth_date": "1985-03-07", "monthly_income_fen": 2_000_000, "monthly_debt_payments_fen": 0,
            "employer": "某公司"}
    first = lead.post("/loans/borrowers", body)
    assert first.status_code == 201, first.text
    again = lead.post("/loans/borrowers", body | {"name": "李娜娜"}, headers={"Accept-Language": "zh-CN"})
    assert again.status_code == 409 and again.json()["code"] == "borrower_exists", again.text
    assert first.json()["number"] in again.json()["detail"] and "已" in again.json()["detail"]
    assert again.json()["current"]["id"] == first.json()["id"]
