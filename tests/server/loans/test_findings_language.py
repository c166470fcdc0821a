"""Risk findings, the timeline's actors and the loans' refusals read in the reader's language: Chinese when the
request names none, English when it asks; the codes and parameters stay the same for programs."""

API = "/api/v1"


def english(user) -> dict:
    return {**user.headers, "Accept-Language": "en"}


def test_findings_read_chinese_by_default_and_english_when_asked_with_the_same_code_and_params(staff, apply, client):
    app = apply(amount_fen=3_000_000, rate="0.20")
    risk = staff("risk")
    chinese = risk.get(f"/loans/applications/{app['id']}").json()
    in_english = client.get(f"{API}/loans/applications/{app['id']}", headers=english(risk)).json()
    zh = {h["rule"]: h for h in chinese["risk"]["hits"]}["rate_cap"]
    en = {h["rule"]: h for h in in_english["risk"]["hits"]}["rate_cap"]
    assert zh["finding"] == "年化利率 20.00% 超过上限 12.00%。" and zh["label"] == "利率上限"
    assert en["finding"] == "The annual rate of 20.00% is above the cap of 12.00%." and en["label"] == "Interest rate cap"
    assert zh["code"] == en["code"] == "rate_above_cap"
    assert zh["params"] == en["params"] and zh["finding_en"] == en["finding"] and en["finding_zh"] == zh["finding"]
    assert {k: float(v) for k, v in zh["params"].items()} == {"annual_rate": 0.2, "cap_rate": 0.12}


def test_the_timeline_names_the_staff_member_and_the_system_in_words(staff, apply, client):
    app = apply(amount_fen=3_000_000)
    risk = staff("risk")
    approved = risk.act(risk.get(f"/loans/applications/{app['id']}").json(), "approve_first").json()
    assert [(e["actor"], e["actor_label"]) for e in approved["timeline"]] == [("risklead", "张伟"), ("risk", "李明")]


def test_a_loan_refusal_reads_chinese_by_default_and_english_when_asked(staff, apply, client):
    app = apply(amount_fen=3_000_000, rate="0.20")
    risk = staff("risk")
    detail = risk.get(f"/loans/applications/{app['id']}").json()
    refused = risk.act(detail, "approve_first")
    assert refused.status_code == 409 and refused.json()["code"] == "blocking_rules"
    assert refused.json()["detail"] == "审批通过前须先豁免拦截规则：利率上限。"
    again = client.post(f"{API}/loans/applications/{app['id']}/actions/approve_first", headers=english(risk),
                        json={"version": detail["version"]})
    assert again.json()["detail"] == "Blocking risk rules must be overridden before approval: Interest rate cap."
    assert again.json()["params"] == {"rules": "rate_cap"}
    wrong_state = risk.act(detail, "approve_second")
    assert wrong_state.status_code in (403, 409)
    listed = client.post(f"{API}/loans/applications/{app['id']}/actions/list", headers=english(risk),
                         json={"version": detail["version"]})
    assert listed.status_code == 409 and listed.json()["params"] == {"state": "submitted", "action": "list"}
    assert listed.json()["detail"] == ("An application in the state “Submitted” cannot take the action "
                                       "“open for funding”.")
    listed_zh = risk.post(f"/loans/applications/{app['id']}/actions/list", {"version": detail["version"]})
    assert listed_zh.json()["detail"] == "状态为“已提交”的申请不能执行“发布募集”。"


def test_validation_of_a_submission_reads_chinese(staff, apply):
    lead = staff("risklead")
    refused = lead.post("/loans/blacklist/999999/removal", {"reason": "x"})
    assert refused.status_code == 404 and refused.json()["detail"] == "没有这个有效的黑名单条目。"


def test_the_timeline_words_what_the_platform_noted_and_overrides_name_who(staff, apply, client):
    app = apply(amount_fen=3_000_000, rate="0.20")
    lead = staff("risklead")
    detail = lead.get(f"/loans/applications/{app['id']}").json()
    overridden = lead.post(f"/loans/applications/{app['id']}/overrides",
                           {"version": detail["version"], "rule": "rate_cap", "reason": "担保充足"}).json()
    assert overridden["timeline"][-1]["comment"] == "利率上限；理由：担保充足"
    assert overridden["risk"]["overrides"][0]["by_name"] == "张伟"
    in_english = client.get(f"{API}/loans/applications/{app['id']}", headers=english(lead)).json()
    assert in_english["timeline"][-1]["comment"] == "Interest rate cap; the reason: 担保充足"
    assigned = lead.post(f"/loans/applications/{app['id']}/assignment",
                         {"version": overridden["version"], "officer_id": lead.get("/me").json()["id"]})
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["timeline"][-1]["comment"] == "分派给 张伟"
