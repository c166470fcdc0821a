"""Entries by ID number, phone, bank card or name, with reason and source; looked up by loan.read or customer.read,
masked unless pii.view; maintained by loan.blacklist; removal asked by one person and decided by another."""

import uuid

from tests.server.blacklist.conftest import audit_actions, post

ID_NUMBER = "110101199001011234"


def test_each_kind_goes_on_the_blacklist_normalised_with_its_source(staff, add_entry):
    by_id = add_entry("id_number", "1101 0119 9001 0112 3x", source="court")
    phone = add_entry("phone", "+86 139-1234-5678", source="partner")
    card = add_entry("bank_card", "6222 0212 3456 7890 123", source="internal")
    name = add_entry("name", " 欧阳 娜娜 ", source="internal")
    assert (by_id["value"], phone["value"], card["value"], name["value"]) == (
        "11010119900101123X", "13912345678", "6222021234567890123", "欧阳 娜娜")  # risklead holds pii.view
    assert by_id["source"] == "court" and phone["source"] == "partner" and by_id["added_by_name"] == "张伟"
    assert by_id["removal"] is None and by_id["active"] and not by_id["masked"]
    listed = staff("risklead").get("/loans/blacklist").json()
    assert [e["id"] for e in listed] == [name["id"], card["id"], phone["id"], by_id["id"]]


def test_values_are_masked_unless_the_reader_holds_pii_view(staff, add_entry):
    add_entry("id_number", ID_NUMBER)
    add_entry("phone", "13912345678")
    add_entry("bank_card", "6222021234567890123")
    add_entry("name", "欧阳娜娜")
    for reader in ("risk", "service", "finance"):  # loan.read, loan.read + customer.read, customer.read
        answer = staff(reader).get("/loans/blacklist")
        assert answer.status_code == 200, (reader, answer.text)
        assert sorted(e["value"] for e in answer.json()) == sorted(
            ["110101********1234", "139****5678", "6222 **** **** 0123", "欧**娜"]), reader
        assert all(e["masked"] for e in answer.json())
    clear = staff("risklead").get("/loans/blacklist").json()
    assert {e["value"] for e in clear} == {ID_NUMBER, "13912345678", "6222021234567890123", "欧阳娜娜"}
    refused = staff("admin").get("/loans/blacklist")
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"


def test_a_lookup_finds_a_value_exactly_whatever_its_kind_or_words_of_the_reason(staff, add_entry):
    entry = add_entry("id_number", ID_NUMBER, reason="骗贷团伙成员")
    add_entry("phone", "13912345678", reason="冒用他人身份")
    risk = staff("risk")
    assert [e["id"] for e in risk.get("/loans/blacklist", params={"q": "110101199001011234"}).json()] == [entry["id"]]
    assert [e["id"] for e in risk.get("/loans/blacklist", params={"q": "骗贷"}).json()] == [entry["id"]]
    assert risk.get("/loans/blacklist", params={"q": "110101199001019999"}).json() == []


def test_bad_values_are_refused_in_words_and_a_value_listed_twice_is_a_conflict(staff, add_entry):
    lead = staff("risklead")
    bad = post(lead, "/loans/blacklist", {"kind": "phone", "value": "12345", "reason": "x"},
                    headers={"Accept-Language": "zh-CN"})
    assert bad.status_code == 422 and bad.json()["code"] == "blacklist_value_invalid"
    assert "11" in bad.json()["detail"] and "phone" not in bad.json()["detail"]
    card = post(lead, "/loans/blacklist", {"kind": "bank_card", "value": "6222abc", "reason": "x"},
                     headers={"Accept-Language": "en"})
    assert card.json()["detail"] == "A bank card number is 12 to 19 digits."
    assert lead.post("/loans/blacklist", {"kind": "email", "value": "a@b.c", "reason": "x"}).status_code == 422
    assert lead.post("/loans/blacklist", {"kind": "name", "value": "王五", "reason": "x",
                                          "source": "rumour"}).status_code == 422
    add_entry("id_number", ID_NUMBER)
    again = post(lead, "/loans/blacklist", {"kind": "id_number", "value": ID_NUMBER.lower(), "reason": "again"},
                      headers={"Accept-Language": "en"})
    assert again.status_code == 409 and again.json()["detail"] == "This ID number is on the blacklist already."
    assert staff("risk").post("/loans/blacklist", {"kind": "name", "value": "王五", "reason": "x"}).status_code == 403


def test_adding_is_audited_and_safe_to_retry(staff, platform):
    lead = staff("risklead")
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"kind": "name", "value": "王五", "reason": "合作机构通报", "source": "partner"}
    first = post(lead, "/loans/blacklist", body, headers=key)
    second = post(lead, "/loans/blacklist", body, headers=key)
    assert first.status_code == second.status_code == 201 and second.headers.get("Idempotent-Replay") == "true"
    assert first.json()["id"] == second.json()["id"] and len(lead.get("/loans/blacklist").json()) == 1
    assert audit_actions(platform, "blacklist_entry") == [("loan.blacklist_added", "risklead")]


def test_removal_is_asked_by_one_person_and_decided_by_another(staff, add_entry, second_lead, platform):
    entry = add_entry("id_number", ID_NUMBER)
    lead = staff("risklead")
    asked = lead.post(f"/loans/blacklist/{entry['id']}/removal", {"reason": "法院已撤销失信记录"})
    assert asked.status_code == 200, asked.text
    removal = asked.json()["removal"]
    assert removal["state"] == "pending" and removal["requested_by_name"] == "张伟" and asked.json()["active"]
    again = lead.post(f"/loans/blacklist/{entry['id']}/removal", {"reason": "再来一次"})
    assert again.status_code == 409 and again.json()["code"] == "removal_pending"
    own = post(lead, f"/loans/blacklist/{entry['id']}/removal/approve", {}, headers={"Accept-Language": "en"})
    assert own.status_code == 403 and own.json()["code"] == "four_eyes"
    assert "someone other than the person who asked" in own.json()["detail"]
    assert staff("risk").post(f"/loans/blacklist/{entry['id']}/removal/approve", {}).status_code == 403
    assert [e["id"] for e in lead.get("/loans/blacklist", params={"removal": "pending"}).json()] == [entry["id"]]
    done = second_lead.post(f"/loans/blacklist/{entry['id']}/removal/approve", {"reason": "已核实"})
    assert done.status_code == 200, done.text
    assert not done.json()["active"] and done.json()["removal"]["state"] == "approved"
    assert done.json()["removal"]["decided_by_name"] == "王磊"
    assert lead.get("/loans/blacklist").json() == []
    kept = lead.get("/loans/blacklist", params={"include_removed": True}).json()
    assert [e["id"] for e in kept] == [entry["id"]] and kept[0]["removed_at"]
    gone = second_lead.post(f"/loans/blacklist/{entry['id']}/removal/approve", {})
    assert gone.status_code == 404
    assert audit_actions(platform, "blacklist_entry") == [
        ("loan.blacklist_added", "risklead"), ("loan.blacklist_removal_requested", "risklead"),
        ("loan.blacklist_removed", "wang.lei")]
    # the value can go on the list again once it is off
    assert lead.post("/loans/blacklist", {"kind": "id_number", "value": ID_NUMBER, "reason": "又一次"}).status_code == 201


def test_a_rejected_removal_keeps_the_entry_and_needs_a_reason(staff, add_entry, second_lead, platform):
    entry = add_entry("phone", "13912345678")
    second_lead.post(f"/loans/blacklist/{entry['id']}/removal", {"reason": "客户申诉"})
    lead = staff("risklead")
    assert lead.post(f"/loans/blacklist/{entry['id']}/removal/reject", {}).status_code == 422
    rejected = lead.post(f"/loans/blacklist/{entry['id']}/removal/reject", {"reason": "申诉材料不足"})
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["active"] and rejected.json()["removal"]["state"] == "rejected"
    assert rejected.json()["removal"]["decision_reason"] == "申诉材料不足"
    assert lead.post(f"/loans/blacklist/{entry['id']}/removal/approve", {}).json()["code"] == "removal_not_pending"
    assert ("loan.blacklist_removal_rejected", "risklead") in audit_actions(platform, "blacklist_entry")
    # a new request may follow a rejected one
    assert second_lead.post(f"/loans/blacklist/{entry['id']}/removal", {"reason": "补充材料"}).status_code == 200
