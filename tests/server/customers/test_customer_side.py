"""The customer side through the real API: the front end's service credential plus the customer's session."""

import re
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from server import clock
from server.app import create_app
from server.notifications.settings import NotificationSettings
from tests.server.conftest import API, Staff
from tests.server.customers.service_support import (FRONT_END, audit_actions, customer, front_end, make_customer)
from tests.server.ledger.conftest import grant_movements
from tests.support.loopback_gateways import SmsReceiver

PASSWORD = "Kehu2026pass"
WITHDRAWAL = "Tixian8899"
NOON = datetime(2027, 1, 4, 4, 0, tzinfo=timezone.utc)  # after the real time: one-time codes only move forward


def sign_in(fe: Staff, login: str, password: str = PASSWORD):
    return fe.post("/customer-side/sessions", {"login": login, "password": password})


def as_customer(fe: Staff, token: str) -> dict:
    return fe.headers | {"X-Customer-Session": token}


def post(fe: Staff, path: str, body: dict, token: str, **headers):
    return fe.client.post(f"{API}/customer-side{path}", json=body, headers=as_customer(fe, token) | headers)


def test_a_customer_signs_in_by_number_or_phone_and_the_time_is_recorded(platform, client):
    c = make_customer(platform, phone="13811112222", login_password=PASSWORD)
    fe = front_end(platform, client)
    by_number = sign_in(fe, c["number"])
    assert by_number.status_code == 201, by_number.text
    assert by_number.json()["customer"]["number"] == c["number"] and by_number.json()["session_token"]
    assert sign_in(fe, "138 1111 2222").status_code == 201
    assert customer(platform, c["id"]).last_sign_in_at is not None
    wrong = sign_in(fe, c["number"], "Wrong2026pass")
    unknown = sign_in(fe, "IV00000000", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["code"] == unknown.json()["code"] == "invalid_credentials"
    assert audit_actions(platform, c["number"]) == ["customer.signed_in", "customer.signed_in",
                                                    "customer.sign_in_failed"]


def test_a_locked_customer_is_refused_at_sign_in_and_on_an_open_session(platform, client, staff):
    c = make_customer(platform, login_password=PASSWORD, withdrawal_password=WITHDRAWAL)
    fe = front_end(platform, client)
    token = sign_in(fe, c["number"]).json()["session_token"]
    assert staff("service").post(f"/customers/{c['id']}/lock", {"reason": "疑似盗号", "version": c["version"]}).status_code == 200
    refused = sign_in(fe, c["number"])
    assert refused.status_code == 423 and refused.json()["code"] == "customer_locked"
    open_session = post(fe, "/withdrawals", {"request_id": "wd-locked-1", "amount_fen": 100,
                                             "withdrawal_password": WITHDRAWAL}, token)
    assert open_session.status_code == 423


def test_the_customer_side_needs_the_front_ends_credential(platform, staff):
    c = make_customer(platform, login_password=PASSWORD)
    answer = staff("service").post("/customer-side/sessions", {"login": c["number"], "password": PASSWORD})
    assert answer.status_code == 403 and answer.json()["code"] == "permission_denied"
    for path in ("/customer-side/password-resets/confirm", "/customer-side/withdrawal-password",
                 "/customer-side/withdrawals", "/customer-side/sessions/end"):
        assert staff("risk").post(path, {}).status_code in (403, 422)
    assert staff(FRONT_END).post("/customer-side/withdrawal-password", {"new_password": WITHDRAWAL}).status_code == 403


def test_a_reset_code_from_the_loopback_gateway_sets_a_new_sign_in_password(make_platform):
    with SmsReceiver() as receiver:
        platform = make_platform(notifications=NotificationSettings(
            sms_gateway="http", sms_gateway_url=receiver.url, immediate=True))
        c = make_customer(platform, phone="13955556666", login_password=PASSWORD)
        grant_movements(platform, FRONT_END)
        with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
            fe, service = Staff(client, FRONT_END), Staff(client, "service")
            assert service.post(f"/customers/{c['id']}/password-resets",
                                {"which": "login", "channel": "sms"}).status_code == 201
            code = re.search(r"验证码 (\d{6})", receiver.wait(1)[0]["text"])[1]
            wrong_code = "000000" if code != "000000" else "111111"
            confirm = {"login": c["number"], "which": "login", "new_password": "NewPass2026"}
            wrong = fe.post("/customer-side/password-resets/confirm", confirm | {"code": wrong_code})
            assert wrong.status_code == 422 and wrong.json()["code"] == "code_invalid"
            weak = fe.post("/customer-side/password-resets/confirm", confirm | {"code": code, "new_password": "12345678"})
            assert weak.status_code == 422
            assert [e["code"] for e in weak.json()["errors"]] == ["password_only_digits"]
            done = fe.post("/customer-side/password-resets/confirm", confirm | {"code": code})
            assert done.status_code == 204, done.text
            assert sign_in(fe, c["number"], "NewPass2026").status_code == 201
            assert sign_in(fe, c["number"]).status_code == 401
            used = fe.post("/customer-side/password-resets/confirm", confirm | {"code": code})
            assert used.status_code == 422 and used.json()["code"] == "code_invalid"
            assert "customer.reset_code_failed" in audit_actions(platform, c["number"])
            assert "customer.password_reset_done" in audit_actions(platform, c["number"])


def test_a_reset_code_expires_and_allows_five_tries(platform, client, staff):
    c = make_customer(platform, login_password=PASSWORD)
    fe = front_end(platform, client)
    with clock.use(clock.FixedClock(NOON)) as now:
        service = Staff(client, "service")
        assert service.post(f"/customers/{c['id']}/password-resets", {"which": "login", "channel": "sms"}).status_code == 201
        body = {"login": c["number"], "which": "login", "new_password": "NewPass2026"}
        from tests.server.customers.service_support import outbox_messages

        code = re.search(r"验证码 (\d{6})", outbox_messages(platform, c["id"])[-1].text)[1]
        now.advance(timedelta(minutes=16))
        fe = Staff(client, FRONT_END)
        expired = fe.post("/customer-side/password-resets/confirm", body | {"code": code})
        assert expired.status_code == 422 and expired.json()["code"] == "code_expired"
        service = Staff(client, "service")
        service.post(f"/customers/{c['id']}/password-resets", {"which": "login", "channel": "sms"})
        code = re.search(r"验证码 (\d{6})", outbox_messages(platform, c["id"])[-1].text)[1]
        wrong_code = "000000" if code != "000000" else "111111"
        for _ in range(5):
            assert fe.post("/customer-side/password-resets/confirm", body | {"code": wrong_code}).status_code == 422
        spent = fe.post("/customer-side/password-resets/confirm", body | {"code": code})
        assert spent.status_code == 422 and spent.json()["code"] == "code_invalid"


@pytest.mark.parametrize("password, codes", [
    ("short1", ["password_too_short"]),
    ("12345678", ["password_only_digits"]),
    ("abcdefgh", ["password_only_letters"]),
    (PASSWORD, ["password_same_as_other"]),
])
def test_the_withdrawal_password_rules_are_said_field_by_field(platform, client, password, codes):
    c = make_customer(platform, login_password=PASSWORD)
    fe = front_end(platform, client)
    token = sign_in(fe, c["number"]).json()["session_token"]
    answer = post(fe, "/withdrawal-password", {"new_password": password}, token, **{"Accept-Language": "zh-CN"})
    assert answer.status_code == 422 and answer.json()["code"] == "password_rules"
    assert [e["code"] for e in answer.json()["errors"]] == codes
    assert all(e["message"] for e in answer.json()["errors"])
    assert customer(platform, c["id"]).withdrawal_password_hash is None


def _recharge(fe: Staff, number: str, amount_fen: int) -> None:
    answer = fe.post("/ledger/movements/recharge", {"operation_id": f"rc-{number}", "customer_ref": number,
                                                    "amount_fen": amount_fen})
    assert answer.status_code == 200, answer.text


def test_a_withdrawal_asked_with_the_withdrawal_password_goes_through_the_withdrawal_path(platform, client):
    c = make_customer(platform, login_password=PASSWORD)
    fe = front_end(platform, client)
    _recharge(fe, c["number"], 500_00)
    token = sign_in(fe, c["number"]).json()["session_token"]
    assert post(fe, "/withdrawal-password", {"new_password": WITHDRAWAL}, token).status_code == 204
    not_set_first = post(fe, "/withdrawal-password", {"new_password": "Other2026x"}, token)
    assert not_set_first.status_code == 401  # changing it asks the current one
    body = {"request_id": "wd-side-1", "amount_fen": 100_00, "withdrawal_password": WITHDRAWAL}
    headers = {"Idempotency-Key": "wd-side-key-1"}
    first = post(fe, "/withdrawals", body, token, **headers)
    assert first.status_code == 201, first.text
    assert first.json()["customer_ref"] == c["number"] and first.json()["number"].startswith("WD")
    again = post(fe, "/withdrawals", body, token, **headers)
    assert again.status_code == 201 and again.headers.get("Idempotent-Replay") == "true"
    assert again.json()["id"] == first.json()["id"]
    assert "withdrawal.requested" not in audit_actions(platform, c["number"])  # recorded on the withdrawal
    assert audit_actions(platform, c["number"]).count("customer.withdrawal_password_set") == 1


def test_five_wrong_withdrawal_passwords_stop_withdrawals_for_24_hours(platform, client):
    c = make_customer(platform, login_password=PASSWORD, withdrawal_password=WITHDRAWAL)
    with clock.use(clock.FixedClock(NOON)) as now:
        fe = front_end(platform, client)
        _recharge(fe, c["number"], 500_00)
        token = sign_in(fe, c["number"]).json()["session_token"]
        wrong = {"request_id": "wd-wrong", "amount_fen": 10_00, "withdrawal_password": "NotIt2026x"}
        for left in (4, 3, 2, 1):
            answer = post(fe, "/withdrawals", wrong, token)
            assert answer.status_code == 401 and answer.json()["code"] == "withdrawal_password_wrong"
            assert answer.json()["params"]["left"] == left
        fifth = post(fe, "/withdrawals", wrong, token)
        assert fifth.status_code == 423 and fifth.json()["code"] == "withdrawals_locked"
        assert customer(platform, c["id"]).withdrawals_locked_until == NOON + timedelta(hours=24)
        right = {"request_id": "wd-right", "amount_fen": 10_00, "withdrawal_password": WITHDRAWAL}
        still = post(fe, "/withdrawals", right, token)
        assert still.status_code == 423 and still.json()["code"] == "withdrawals_locked"
        now.advance(timedelta(hours=23, minutes=59))
        fe = Staff(client, FRONT_END)
        token = sign_in(fe, c["number"]).json()["session_token"]
        assert post(fe, "/withdrawals", right, token).status_code == 423
        now.advance(timedelta(minutes=1))
        fe = Staff(client, FRONT_END)
        token = sign_in(fe, c["number"]).json()["session_token"]
        assert post(fe, "/withdrawals", right, token).status_code == 201
        actions = audit_actions(platform, c["number"])
        assert actions.count("customer.withdrawal_password_failed") == 5
        assert actions.count("customer.withdrawals_locked") == 1
