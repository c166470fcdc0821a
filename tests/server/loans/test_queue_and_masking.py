"""The review queues (paged, filtered, sorted on the server) and what each role sees of personal data."""


def test_my_queue_holds_what_i_can_act_on_and_the_team_queue_everything_in_review(staff, apply):
    small, large = apply(amount_fen=1_000_000), apply(amount_fen=9_000_000)
    risk, lead = staff("risk"), staff("risklead")
    lead.act(large, "approve_first")  # now in second review, first reviewed by risklead
    mine_risk = {a["number"] for a in risk.get("/loans/applications", params={"scope": "mine"}).json()["items"]}
    assert mine_risk == {small["number"]}
    mine_lead = {a["number"] for a in lead.get("/loans/applications", params={"scope": "mine"}).json()["items"]}
    assert large["number"] not in mine_lead  # risklead did its first review
    team = lead.get("/loans/applications", params={"scope": "team"}).json()
    assert team["total"] == 2
    counts = lead.get("/loans/applications/counts", params={"scope": "team"}).json()
    assert counts == {"submitted": 1, "second_review": 1}


def test_filters_and_sorting_happen_on_the_server(staff, apply):
    for amount in (1_000_000, 2_500_000, 4_000_000):
        apply(amount_fen=amount)
    lead = staff("risklead")
    page = lead.get("/loans/applications", params={"amount_min_fen": 2_000_000, "sort": "-amount"}).json()
    assert [a["amount_fen"] for a in page["items"]] == [4_000_000, 2_500_000] and page["total"] == 2
    paged = lead.get("/loans/applications", params={"sort": "amount", "page": 2, "page_size": 2}).json()
    assert [a["amount_fen"] for a in paged["items"]] == [4_000_000] and paged["total"] == 3
    by_state = lead.get("/loans/applications", params={"state": ["submitted"], "grade": ["A"]}).json()
    assert by_state["total"] == 3
    one = page["items"][0]["number"]
    assert lead.get("/loans/applications", params={"q": one}).json()["items"][0]["number"] == one
    assert lead.get("/loans/applications", params={"q": "张"}).json()["total"] == 3
    assert lead.get("/loans/applications", params={"sort": "password"}).status_code == 422


def test_a_page_past_the_end_is_empty_and_still_tells_the_total(staff, apply):
    # The total comes with the page's rows; a page without rows must count on its own.
    for amount in (1_000_000, 2_500_000, 4_000_000):
        apply(amount_fen=amount)
    lead = staff("risklead")
    past = lead.get("/loans/applications", params={"sort": "amount", "page": 3, "page_size": 2}).json()
    assert past["items"] == [] and past["total"] == 3 and past["page"] == 3
    last = lead.get("/loans/applications", params={"sort": "amount", "page": 2, "page_size": 2}).json()
    assert [a["amount_fen"] for a in last["items"]] == [4_000_000] and last["total"] == 3
    nothing = lead.get("/loans/applications", params={"amount_min_fen": 5_000_000}).json()
    assert nothing["items"] == [] and nothing["total"] == 0


def test_applications_of_one_amount_are_paged_in_id_order_under_the_amount_sort(staff, apply):
    # Loans ask for round amounts, so many share one: the id breaks the tie, and pages neither repeat nor skip
    # (PostgreSQL reads this order from the (state, amount_fen, id) index, SQLite from (state, amount_fen)).
    same = [apply(amount_fen=5_000_000)["id"] for _ in range(3)]
    larger = apply(amount_fen=6_000_000)["id"]
    lead = staff("risklead")

    def ids(sort: str) -> list[int]:
        pages = [lead.get("/loans/applications", params={"state": ["submitted"], "amount_min_fen": 5_000_000,
                                                          "sort": sort, "page": n, "page_size": 2}).json()
                 for n in (1, 2)]
        assert all(p["total"] == 4 for p in pages)
        return [a["id"] for p in pages for a in p["items"]]

    assert ids("-amount") == [larger, *sorted(same, reverse=True)]
    assert ids("amount") == [*sorted(same), larger]


def test_personal_data_is_masked_and_only_pii_view_can_reveal_it_audited(staff, apply):
    app = apply()
    lead, risk = staff("risklead"), staff("risk")  # risklead holds pii.view, risk does not
    shown = lead.get(f"/loans/applications/{app['id']}").json()["borrower"]
    assert shown["masked"] and shown["can_reveal"] and shown["name"] == "张伟"
    revealed = lead.post(f"/loans/borrowers/{app['borrower_id']}/reveal", {"purpose": "初审核对身份"})
    assert revealed.status_code == 200
    clear = revealed.json()
    assert shown["id_number"] == clear["id_number"][:6] + "********" + clear["id_number"][-4:]
    assert shown["phone"] == clear["phone"][:3] + "****" + clear["phone"][-4:]
    assert shown["bank_card"] == clear["bank_card"][:4] + " **** **** " + clear["bank_card"][-4:]
    record = staff("auditor").get("/audit", params={"action": "pii.revealed"}).json()["items"][0]
    assert record["actor_name"] == "risklead" and record["after"]["purpose"] == "初审核对身份"
    assert clear["id_number"] not in str(record)

    masked = risk.get(f"/loans/applications/{app['id']}").json()
    assert masked["borrower"]["name"] == "张*" and masked["borrower_name"] == "张*"
    assert not masked["borrower"]["can_reveal"]
    assert risk.post(f"/loans/borrowers/{app['borrower_id']}/reveal", {}).status_code == 403
    service_view = staff("service").get(f"/loans/borrowers/{app['borrower_id']}").json()
    assert "*" in service_view["id_number"] and "*" in service_view["name"]


def test_blacklisted_borrowers_are_blocked_and_the_list_is_kept_with_reasons(staff, apply):
    lead = staff("risklead")
    first = apply()
    borrower = lead.get(f"/loans/borrowers/{first['borrower_id']}").json()
    phone = lead.post(f"/loans/borrowers/{first['borrower_id']}/reveal", {"purpose": "加入黑名单"}).json()["phone"]
    entry = lead.post("/loans/blacklist", {"kind": "phone", "value": phone, "reason": "涉嫌多头借贷欺诈"})
    assert entry.status_code == 201 and entry.json()["value"] == phone  # the senior officer holds pii.view
    assert staff("risk").post("/loans/blacklist", {"kind": "phone", "value": "1", "reason": "x"}).status_code == 403
    again = apply(borrower=borrower)
    assert again["risk"]["unresolved_blocks"] == ["blacklist", "stacked_applications"]
    assert again["risk_grade"] == "HR"
    asked = lead.post(f"/loans/blacklist/{entry.json()['id']}/removal", {"reason": "核实为误报"})
    assert asked.json()["removal"]["state"] == "pending"  # a second person decides (tests/server/blacklist)
    assert [e["id"] for e in lead.get("/loans/blacklist").json()] == [entry.json()["id"]]


def test_schedule_preview_without_a_loan(staff):
    preview = staff("risk").post("/loans/schedule-preview", {"amount_fen": 10_000_000, "term_months": 12,
                                                             "annual_rate": "0.12", "method": "equal_installment",
                                                             "start": "2026-01-31"}).json()
    assert preview["total_principal_fen"] == 10_000_000 and len(preview["rows"]) == 12
    assert preview["rows"][0]["total_fen"] == 888_488 and preview["rows"][0]["due_date"] == "2026-02-28"


def test_officers_claim_seniors_assign_and_see_the_teams_workload(staff, apply):
    a, b = apply(), apply()
    risk, lead = staff("risk"), staff("risklead")
    me = risk.get("/me").json()
    claimed = risk.post(f"/loans/applications/{a['id']}/assignment", {"version": a["version"], "officer_id": me["id"]})
    assert claimed.status_code == 200 and claimed.json()["assigned_to_id"] == me["id"]
    lead_id = lead.get("/me").json()["id"]
    not_mine = risk.post(f"/loans/applications/{b['id']}/assignment", {"version": b["version"], "officer_id": lead_id})
    assert not_mine.status_code == 403
    assigned = lead.post(f"/loans/applications/{b['id']}/assignment", {"version": b["version"], "officer_id": lead_id})
    assert assigned.json()["timeline"][-1]["action"] == "assigned"
    # risk's own queue no longer shows what is assigned to risklead
    mine = {x["id"] for x in risk.get("/loans/applications", params={"scope": "mine"}).json()["items"]}
    assert a["id"] in mine and b["id"] not in mine
    load = {row["username"]: row for row in lead.get("/loans/workload").json()}
    assert load["risk"]["submitted"] == 1 and load["risklead"]["submitted"] == 1
    assert risk.get("/loans/workload").status_code == 403
    finance_id = staff("finance").get("/me").json()["id"]
    refused = lead.post(f"/loans/applications/{a['id']}/assignment",
                        {"version": claimed.json()["version"], "officer_id": finance_id})
    assert refused.status_code == 422 and refused.json()["code"] == "officer_invalid"


def test_demo_borrowers_keep_real_identity_numbers_masked_and_revealable(staff, platform):
    """Found in the console: seeding encrypted personal data twice, so it showed masked ciphertext."""
    import re

    from server.loans.demo import seed_loans

    with platform.db.write() as db:
        seed_loans(db, 30)
        db.commit()
    lead = staff("risklead")
    first = lead.get("/loans/applications", params={"sort": "number", "page_size": 1}).json()["items"][0]
    borrower = lead.get(f"/loans/applications/{first['id']}").json()["borrower"]
    assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", borrower["id_number"]) or borrower["kind"] == "company"
    assert re.fullmatch(r"1\d{2}\*{4}\d{4}", borrower["phone"])
    shown = lead.post(f"/loans/borrowers/{borrower['id']}/reveal", {"purpose": "review"}).json()
    assert re.fullmatch(r"[\dX]{18}", shown["id_number"]) and re.fullmatch(r"1\d{10}", shown["phone"])
    assert re.fullmatch(r"6222\d{15}", shown["bank_card"])
