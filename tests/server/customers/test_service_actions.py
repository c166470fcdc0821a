"""Customer service through the real API: notes, lock and unlock, password resets, phone changes (four eyes)."""

import re

from fastapi.testclient import TestClient

from server.app import create_app
from server.customers.customer_side import find_customer
from server.notifications.settings import NotificationSettings
from tests.server.customers.service_support import audit_actions, customer, make_customer, outbox_messages
from tests.support.loopback_gateways import SmsReceiver


def test_service_leaves_notes_and_everyone_who_reads_customers_sees_them(platform, staff):
    c = make_customer(platform)
    answer = staff("service").post(f"/customers/{c['id']}/notes", {"text": "客户来电询问提现到账时间，已解释T+1。"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["author_name"] == "周敏"
    notes = staff("finance").get(f"/customers/{c['id']}/notes").json()
    assert [n["text"] for n in notes] == ["客户来电询问提现到账时间，已解释T+1。"]
    assert audit_actions(platform, c["number"]) == ["customer.note_added"]


def test_a_note_needs_words_and_the_permission(platform, staff):
    c = make_customer(platform)
    empty = staff("service").post(f"/customers/{c['id']}/notes", {"text": "   "})
    assert empty.status_code == 422 and empty.json()["code"] == "note_empty"
    refused = staff("finance").post(f"/customers/{c['id']}/notes", {"text": "x"})
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    assert staff("admin").get(f"/customers/{c['id']}/notes").status_code == 403
    assert staff("service").get("/customers/999999/notes").status_code == 404


def test_lock_and_unlock_with_a_reason_and_the_version_read(platform, staff):
    c = make_customer(platform)
    locked = staff("service").post(f"/customers/{c['id']}/lock", {"reason": "客户报告手机丢失", "version": c["version"]})
    assert locked.status_code == 200, locked.text
    body = locked.json()
    assert body["login_locked"] is True and body["security"]["locked_reason"] == "客户报告手机丢失"
    assert body["security"]["locked_by_name"] == "周敏"
    assert body["version"] == c["version"] + 1
    stale = staff("service").post(f"/customers/{c['id']}/unlock", {"reason": "找回手机", "version": c["version"]})
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    assert stale.json()["current"]["login_locked"] is True
    twice = staff("service").post(f"/customers/{c['id']}/lock", {"reason": "再锁", "version": body["version"]})
    assert twice.status_code == 409 and twice.json()["code"] == "already_locked"
    unlocked = staff("service").post(f"/customers/{c['id']}/unlock", {"reason": "核实身份后解锁", "version": body["version"]})
    assert unlocked.status_code == 200 and unlocked.json()["login_locked"] is False
    assert audit_actions(platform, c["number"]) == ["customer.locked", "customer.unlocked"]
    no_reason = staff("service").post(f"/customers/{c['id']}/lock", {"reason": " ", "version": unlocked.json()["version"]})
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "reason_required"
    refused = staff("finance").post(f"/customers/{c['id']}/lock", {"reason": "x", "version": 3})
    assert refused.status_code == 403


def test_a_retried_lock_with_the_same_key_changes_nothing_more(platform, staff):
    c = make_customer(platform)
    service = staff("service")
    headers = service.headers | {"Idempotency-Key": "lock-once-1"}
    body = {"reason": "疑似盗号", "version": c["version"]}
    first = service.client.post(f"/api/v1/customers/{c['id']}/lock", json=body, headers=headers)
    again = service.client.post(f"/api/v1/customers/{c['id']}/lock", json=body, headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replay") == "true" and again.json() == first.json()
    assert audit_actions(platform, c["number"]) == ["customer.locked"]


def test_a_password_reset_sends_a_code_to_the_registered_phone_that_staff_never_see(make_platform):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=NotificationSettings(
            sms_gateway="http", sms_gateway_url=receiver.url, immediate=True))
        c = make_customer(platform, phone="13912345678")
        with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
            from tests.server.conftest import Staff

            answer = Staff(client, "service").post(f"/customers/{c['id']}/password-resets",
                                                   {"which": "login", "channel": "sms"})
            assert answer.status_code == 201, answer.text
            assert answer.json()["sent_to"] == "139****5678" and "expires_at" in answer.json()
            (sms,) = receiver.wait(1)
            assert sms["to"] == "13912345678"
            code = re.search(r"验证码 (\d{6})", sms["text"])[1]
            assert code not in answer.text
            assert code not in str(audit_actions(platform, c["number"]))
            assert audit_actions(platform, c["number"]) == ["customer.password_reset_started"]


def test_a_reset_by_email_answers_the_masked_address_and_refuses_without_one(platform, staff):
    c = make_customer(platform, email="wang.fang@example.com")
    answer = staff("service").post(f"/customers/{c['id']}/password-resets", {"which": "withdrawal", "channel": "email"})
    assert answer.status_code == 201 and answer.json()["sent_to"] == "w***@example.com"
    (message,) = outbox_messages(platform, c["id"])
    assert message.channel == "email" and "提现密码" in message.text
    no_mail = make_customer(platform, email=None)
    refused = staff("service").post(f"/customers/{no_mail['id']}/password-resets", {"which": "login", "channel": "email"})
    assert refused.status_code == 409 and refused.json()["code"] == "no_email"
    assert staff("finance").post(f"/customers/{c['id']}/password-resets",
                                 {"which": "login", "channel": "sms"}).status_code == 403


def test_a_phone_change_waits_for_a_second_person_then_tells_both_numbers(platform, staff):
    c = make_customer(platform, phone="13800138000")
    asked = staff("service").post(f"/customers/{c['id']}/phone-changes",
                                  {"new_phone": "139 0000 1111", "reason": "客户持身份证到营业厅申请换号"})
    assert asked.status_code == 201, asked.text
    change = asked.json()
    assert change["state"] == "pending" and change["new_phone"] == "139****1111"
    assert change["requested_by_name"] == "周敏"
    pending = staff("risklead").get("/phone-changes?state=pending").json()
    assert [p["id"] for p in pending] == [change["id"]]
    assert staff("service").post(f"/phone-changes/{change['id']}/approve", {}).status_code == 403
    approved = staff("risklead").post(f"/phone-changes/{change['id']}/approve", {"reason": "资料核对无误"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "approved" and approved.json()["decided_by_name"] == "张伟"
    assert customer(platform, c["id"]).phone == "13900001111"
    with platform.db.read() as db:
        assert find_customer(db, "13900001111").id == c["id"]
        assert find_customer(db, "13800138000") is None
    texts = {m.recipient: m.text for m in outbox_messages(platform, c["id"])}
    assert set(texts) == {"13800138000", "13900001111"} and "1111" in texts["13800138000"]
    assert audit_actions(platform, c["number"]) == ["customer.phone_change_requested", "customer.phone_change_approved"]
    again = staff("risklead").post(f"/phone-changes/{change['id']}/reject", {"reason": "x"})
    assert again.status_code == 409 and again.json()["code"] == "phone_change_decided"


def test_the_requester_cannot_approve_their_own_phone_change(platform, staff):
    c = make_customer(platform)
    change = staff("risklead").post(f"/customers/{c['id']}/phone-changes",
                                    {"new_phone": "13700001234", "reason": "客户来电"}).json()
    own = staff("risklead").post(f"/phone-changes/{change['id']}/approve", {})
    assert own.status_code == 403 and own.json()["code"] == "separation_of_duties"
    assert customer(platform, c["id"]).phone == "13800138000"
    rejected = staff("risklead").post(f"/phone-changes/{change['id']}/reject", {"reason": "本人不可审批"})
    assert rejected.status_code == 403
    assert staff("finance").get("/phone-changes").status_code == 403


def test_a_rejected_phone_change_keeps_the_phone_and_needs_a_reason(platform, staff):
    c = make_customer(platform)
    change = staff("service").post(f"/customers/{c['id']}/phone-changes",
                                   {"new_phone": "13700001234", "reason": "客户来电"}).json()
    assert staff("service").post(f"/customers/{c['id']}/phone-changes",
                                 {"new_phone": "13700004321", "reason": "再次"}).json()["code"] == "phone_change_pending"
    no_reason = staff("risklead").post(f"/phone-changes/{change['id']}/reject", {"reason": ""})
    assert no_reason.status_code == 422
    rejected = staff("risklead").post(f"/phone-changes/{change['id']}/reject", {"reason": "无法核实本人身份"})
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    assert customer(platform, c["id"]).phone == "13800138000"
    bad = staff("service").post(f"/customers/{c['id']}/phone-changes", {"new_phone": "12345", "reason": "x"})
    assert bad.status_code == 422 and bad.json()["code"] == "phone_invalid"


def test_every_service_action_is_refused_without_its_permission(platform, staff):
    c = make_customer(platform)
    change = staff("service").post(f"/customers/{c['id']}/phone-changes",
                                   {"new_phone": "13700001234", "reason": "客户来电"}).json()
    refused = [
        ("finance", f"/customers/{c['id']}/notes", {"text": "x"}),
        ("finance", f"/customers/{c['id']}/lock", {"reason": "x", "version": 1}),
        ("finance", f"/customers/{c['id']}/unlock", {"reason": "x", "version": 1}),
        ("finance", f"/customers/{c['id']}/password-resets", {"which": "login", "channel": "sms"}),
        ("finance", f"/customers/{c['id']}/phone-changes", {"new_phone": "13700004321", "reason": "x"}),
        ("service", f"/phone-changes/{change['id']}/approve", {}),
        ("service", f"/phone-changes/{change['id']}/reject", {"reason": "x"}),
        ("risk", f"/phone-changes/{change['id']}/approve", {}),
    ]
    for username, path, body in refused:
        answer = staff(username).post(path, body)
        assert (answer.status_code, answer.json()["code"]) == (403, "permission_denied"), (username, path)
    assert customer(platform, c["id"]).login_locked is False
    assert audit_actions(platform, c["number"]) == ["customer.phone_change_requested"]
