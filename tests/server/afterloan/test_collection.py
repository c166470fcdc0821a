"""Collection: assignment to a collector, contacts and promises on the timeline and in the audit log; broken
promises rise to the top of the overdue list."""

from datetime import timedelta

from tests.server.afterloan.conftest import TODAY


def test_a_senior_officer_assigns_a_collector_who_holds_the_collection_permission(staff, loan, plant, audit_records):
    made = loan()
    plant(made["id"], 15)
    lead, risk = staff("risklead"), staff("risk")
    path = f"/loans/applications/{made['id']}/collection/assignment"
    assert risk.post(path, {"collector": "risk"}).json()["code"] == "permission_denied"  # no loan.manage
    refused = lead.post(path, {"collector": "finance"})  # finance does not collect
    assert refused.status_code == 422 and refused.json()["code"] == "collector_invalid"
    assigned = lead.post(path, {"collector": "risk"})
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["collector"] == "risk" and assigned.json()["collector_name"] == "李明"
    item = next(i for i in lead.get("/loans/overdue").json()["items"] if i["application_id"] == made["id"])
    assert item["collector"] == "risk" and item["collector_name"] == "李明"
    assert [i["application_id"] for i in risk.get("/loans/overdue", params={"mine": "true"}).json()["items"]] == [made["id"]]
    assert lead.get("/loans/overdue", params={"mine": "true"}).json()["items"] == []
    [record] = audit_records("loan.collector_assigned", made["number"])
    assert record.actor_name == "risklead" and record.after["collector"] == "risk"
    timeline = lead.get(f"/loans/applications/{made['id']}").json()["timeline"]
    assert (timeline[-1]["action"], timeline[-1]["comment"]) == ("collector_assigned", "李明")


def test_a_collector_records_contacts_with_the_next_action_date_on_the_timeline(staff, loan, plant, audit_records):
    made = loan()
    plant(made["id"], 20)
    risk = staff("risk")
    path = f"/loans/applications/{made['id']}/collection/contacts"
    assert staff("service").post(path, {"outcome": "called"}).json()["code"] == "permission_denied"  # no loan.collect
    assert risk.post(path, {"outcome": "promised", "note": "x"}).json()["code"] == "promise_incomplete"
    assert risk.post(path, {"outcome": "called", "promised_amount_fen": 100}).json()["code"] == "promise_unexpected"
    past = risk.post(path, {"outcome": "no_answer", "next_action_date": (TODAY - timedelta(days=1)).isoformat()})
    assert past.json()["code"] == "next_action_date_past"
    assert risk.post(path, {"outcome": "shouted"}).status_code == 422
    first = risk.post(path, {"outcome": "no_answer", "note": "无人接听", "next_action_date": (TODAY + timedelta(days=1)).isoformat()})
    assert first.status_code == 201, first.text
    promised = risk.post(path, {"outcome": "promised", "note": "本周五前还清", "promised_date": (TODAY + timedelta(days=2)).isoformat(),
                                "promised_amount_fen": 50_000})
    body = promised.json()
    assert [c["outcome"] for c in body["contacts"]] == ["promised", "no_answer"]  # newest first
    assert body["contacts"][0]["by_name"] == "李明" and body["contacts"][0]["promise_state"] == "open"
    assert body["next_action_date"] == (TODAY + timedelta(days=2)).isoformat()  # the promised day, none given
    assert staff("service").get(f"/loans/applications/{made['id']}/collection").json() == body
    timeline = staff("risklead").get(f"/loans/applications/{made['id']}").json()["timeline"]
    assert [(e["action"], e["comment"]) for e in timeline[-2:]] == [("collection_no_answer", "无人接听"),
                                                                  ("collection_promised", "本周五前还清")]
    records = audit_records("loan.collection_contact", made["number"])
    assert [r.after["outcome"] for r in records] == ["no_answer", "promised"]
    assert records[1].after["promised_amount_fen"] == 50_000


def test_a_retried_contact_with_the_same_key_is_recorded_once(staff, loan, plant, client):
    made = loan()
    plant(made["id"], 5)
    risk = staff("risk")
    path = f"/api/v1/loans/applications/{made['id']}/collection/contacts"
    headers = risk.headers | {"Idempotency-Key": "contact-once"}
    first = client.post(path, headers=headers, json={"outcome": "called", "note": "已联系"})
    second = client.post(path, headers=headers, json={"outcome": "called", "note": "已联系"})
    assert first.status_code == second.status_code == 201 and second.headers.get("Idempotent-Replay") == "true"
    assert len(risk.get(f"/loans/applications/{made['id']}/collection").json()["contacts"]) == 1


def test_broken_promises_come_first_then_the_longest_overdue_and_kept_ones_are_told_apart(
        staff, loan, plant, fund, next_day):
    broken, long_open, kept = loan(), loan(), loan()
    plant(broken["id"], 10)
    plant(long_open["id"], 45)
    plant(kept["id"], 40)  # two installments overdue: it pays one of them
    risk = staff("risk")
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    for made, day, amount in ((broken, TODAY.isoformat(), 100_000), (long_open, (TODAY + timedelta(days=5)).isoformat(), 10),
                              (kept, tomorrow, 300_000)):
        answer = risk.post(f"/loans/applications/{made['id']}/collection/contacts",
                           {"outcome": "promised", "promised_date": day, "promised_amount_fen": amount})
        assert answer.status_code == 201, answer.text
    fund(kept["borrower"]["number"], 500_000)
    assert staff("risklead").post(f"/loans/applications/{kept['id']}/installments/1/repayment").status_code == 200
    signed_in = next_day(1)  # the broken promise's day has passed without the money
    items = [i for i in signed_in("risk").get("/loans/overdue").json()["items"]
             if i["application_id"] in (broken["id"], long_open["id"], kept["id"])]
    assert [(i["application_id"], i["promise"]["state"]) for i in items] == [
        (broken["id"], "broken"), (long_open["id"], "open"), (kept["id"], "kept")]
    assert [i["overdue_days"] for i in items] == [11, 46, 10]  # kept: its oldest unpaid installment is the second


def test_the_collector_picker_lists_the_active_staff_who_collect(staff):
    listed = staff("risklead").get("/loans/collectors")
    assert listed.status_code == 200, listed.text
    names = {c["username"]: c["display_name"] for c in listed.json()}
    assert names["risk"] == "李明" and names["risklead"] == "张伟"
    assert "finance" not in names and "service" not in names  # they do not collect
    assert staff("risk").get("/loans/collectors").json()["code"] == "permission_denied"  # no loan.manage
