"""Compensation (代偿) and write-off (坏账核销): proposed by one person, approved by another with a fresh code,
posted through the ledger (the trial balance stays balanced), recoveries back to the risk reserve."""

from server.ledger import queries


def _reserve(platform) -> tuple[int, int]:
    with platform.db.read() as db:
        trial = queries.trial_balance(db)
        reserve = next((a["balance_fen"] for a in trial["items"] if a["code"] == "platform:risk_reserve"), 0)
        return reserve, trial["difference_fen"]


def _grant(platform, role: str, permission: str) -> None:
    """Gives a demo role one more permission (a second person who both proposes and approves)."""
    from sqlalchemy import select

    from server.staff.models import Role, RolePermission

    with platform.db.write() as db:
        role_id = db.scalar(select(Role.id).where(Role.name == role))
        db.add(RolePermission(role_id=role_id, permission=permission))
        db.commit()


def test_compensation_is_proposed_past_the_configured_age_and_approved_by_another_person_with_a_fresh_code(
        staff, loan, plant, detect, platform, fund, client, audit_records):
    young, old = loan(), loan(investors=2)
    plant(young["id"], 29)
    plant(old["id"], 31)
    detect()
    lead, finlead = staff("risklead"), staff("finlead")
    too_young = lead.post(f"/loans/applications/{young['id']}/compensation", {"reason": "逾期较久"})
    assert too_young.status_code == 409 and too_young.json()["code"] == "not_overdue_long_enough"
    assert finlead.post(f"/loans/applications/{old['id']}/compensation", {"reason": "x"}).json()["code"] == "permission_denied"
    proposed = lead.post(f"/loans/applications/{old['id']}/compensation", {"reason": "逾期超过30天，启动代偿"})
    assert proposed.status_code == 201, proposed.text
    proposal = proposed.json()
    assert proposal["state"] == "pending" and proposal["kind"] == "compensation" and proposal["proposed_by_name"] == "张伟"
    again = lead.post(f"/loans/applications/{old['id']}/compensation", {"reason": "再次"})
    assert again.status_code == 409 and again.json()["code"] == "proposal_pending"
    assert [p["id"] for p in finlead.get("/loans/proposals", params={"state": "pending"}).json()] == [proposal["id"]]
    assert staff("risk").get("/loans/proposals").status_code == 403
    item = next(i for i in lead.get("/loans/overdue").json()["items"] if i["application_id"] == old["id"])
    assert item["compensation_state"] == "pending"

    approve = f"/loans/proposals/{proposal['id']}/approve"
    assert lead.post(f"/loans/proposals/{proposal['id']}/reject", {"reason": "不同意"}).json()["code"] == "permission_denied"
    assert staff("service").get(f"/loans/proposals/{proposal['id']}").status_code == 403
    assert lead.post(approve, {}).json()["code"] == "permission_denied"  # the proposer's role cannot approve
    without = finlead.post(approve, {})
    assert without.status_code == 403 and without.json()["code"] == "step_up_required"
    reserve_before, _ = _reserve(platform)
    headers = finlead.headers | finlead.step_up_headers() | {"Idempotency-Key": "approve-comp-1"}
    approved = client.post(f"/api/v1{approve}", headers=headers, json={})
    assert approved.status_code == 200, approved.text
    replay = client.post(f"/api/v1{approve}", headers=headers, json={})
    assert replay.headers.get("Idempotent-Replay") == "true" and replay.json() == approved.json()
    decided = approved.json()
    assert decided["state"] == "approved" and decided["decided_by_name"] == "刘洋" and decided["loan_state"] == "compensated"
    reserve_after, difference = _reserve(platform)
    assert reserve_before - reserve_after == decided["amount_fen"] > 0 and difference == 0  # paid once, balanced
    assert finlead.post(approve, {}, headers=finlead.step_up_headers()).json()["code"] == "proposal_decided"
    detail = lead.get(f"/loans/applications/{old['id']}").json()
    assert detail["state"] == "compensated" and detail["timeline"][-1]["action"] == "compensate"
    [record] = audit_records("loan.compensation_approved", old["number"])
    assert record.actor_name == "finlead" and record.after["proposed_by"] == "risklead"
    assert audit_records("loan.compensation_proposed", old["number"])

    # the borrower pays later: the money goes back to the risk reserve, the books stay balanced
    first = detail["installments"][0]
    owed = first["principal_fen"] + first["interest_fen"]
    fund(detail["borrower"]["number"], first["penalty_fen"])  # what the payout did not bring
    recovered = lead.post(f"/loans/applications/{old['id']}/installments/1/repayment")
    assert recovered.status_code == 200, recovered.text
    assert recovered.json()["state"] == "compensated" and recovered.json()["timeline"][-1]["action"] == "recovered"
    reserve_back, difference = _reserve(platform)
    assert reserve_back - reserve_after == owed and difference == 0
    assert audit_records("loan.recovered", old["number"])[0].after["to_risk_reserve_fen"] == owed


def test_the_proposer_never_approves_their_own_proposal(staff, loan, plant, detect, platform, audit_records):
    _grant(platform, "finance_manager", "loan.manage")
    made = loan()
    plant(made["id"], 45)
    detect()
    finlead = staff("finlead")
    proposal = finlead.post(f"/loans/applications/{made['id']}/compensation", {"reason": "代偿"}).json()
    refused = finlead.post(f"/loans/proposals/{proposal['id']}/approve", {}, headers=finlead.step_up_headers())
    assert refused.status_code == 403 and refused.json()["code"] == "separation_of_duties"
    assert finlead.get(f"/loans/proposals/{proposal['id']}").json()["state"] == "pending"
    assert audit_records("refused.separation_of_duties")
    rejected = finlead.post(f"/loans/proposals/{proposal['id']}/reject", {"reason": "自己不能驳回"})
    assert rejected.json()["code"] == "separation_of_duties"


def test_a_write_off_is_rejected_with_a_reason_then_approved_and_counted_as_bad_debt(
        staff, loan, plant, detect, audit_records):
    made = loan()
    plant(made["id"], 100)
    detect()
    lead, finlead = staff("risklead"), staff("finlead")
    bad_before = lead.get("/loans/overdue").json()["bad_debt"]
    assert lead.post(f"/loans/applications/{made['id']}/write-off", {"reason": ""}).status_code == 422
    first = lead.post(f"/loans/applications/{made['id']}/write-off", {"reason": "借款人失联，核销"}).json()
    path = f"/loans/proposals/{first['id']}"
    assert finlead.post(f"{path}/reject", {}).status_code == 422  # a rejection says why
    rejected = finlead.post(f"{path}/reject", {"reason": "先走诉讼程序"})
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    assert rejected.json()["decision_reason"] == "先走诉讼程序"
    assert audit_records("loan.write_off_rejected", made["number"])
    second = lead.post(f"/loans/applications/{made['id']}/write-off", {"reason": "诉讼无果，核销"}).json()
    assert finlead.post(f"/loans/proposals/{second['id']}/approve", {}).json()["code"] == "step_up_required"
    approved = finlead.post(f"/loans/proposals/{second['id']}/approve", {"version": second["version"]},
                            headers=finlead.step_up_headers())
    assert approved.status_code == 200 and approved.json()["loan_state"] == "written_off"
    overdue = lead.get("/loans/overdue").json()
    assert made["id"] not in {i["application_id"] for i in overdue["items"]}
    assert overdue["bad_debt"]["count"] == bad_before["count"] + 1
    assert overdue["bad_debt"]["amount_fen"] == bad_before["amount_fen"] + 1_200_000  # nothing of it was repaid
    assert audit_records("loan.write_off_approved", made["number"])[0].actor_name == "finlead"
    assert lead.get(f"/loans/applications/{made['id']}").json()["timeline"][-1]["action"] == "write_off"


def test_compensation_and_write_off_cannot_be_taken_directly_as_lifecycle_actions(staff, loan, plant, detect):
    made = loan()
    plant(made["id"], 40)
    detect()
    lead = staff("risklead")
    detail = lead.get(f"/loans/applications/{made['id']}").json()
    assert "compensate" not in detail["allowed_actions"] and "write_off" not in detail["allowed_actions"]
    assert lead.act(detail, "compensate").status_code == 422
    assert lead.act(detail, "write_off", reason="x").status_code == 422
