"""The security rules fire on planted conditions (audit records as the sign-in path writes them, or the real sign-in
and step-up over HTTP) and stay quiet on normal ones."""

from datetime import datetime, time, timedelta

import pytest

from server import clock
from server.monitoring.evaluation import evaluate
from tests.server.monitoring.conftest import alerts_of, audit_as

pytestmark = pytest.mark.clock


def _failures(platform, username, n, address="10.0.0.7"):
    for _ in range(n):
        audit_as(platform, username, "auth.sign_in_failed", after={"reason": "invalid_credentials"}, address=address)


def _keys(platform, rule):
    return {a.fold_key: a for a in alerts_of(platform, rule)}


def test_five_failed_sign_ins_of_one_account_in_ten_minutes(platform, moment, no_alerts):
    evaluate(platform)
    moment.advance(timedelta(seconds=10))
    _failures(platform, "risk", 4)
    _failures(platform, "finance", 2)
    moment.advance(timedelta(minutes=5))
    _failures(platform, "finance", 3)  # 5 in 5 minutes
    moment.advance(timedelta(seconds=10))
    evaluate(platform)
    assert set(_keys(platform, "failed_sign_ins_account")) == {"account:finance"}
    moment.advance(timedelta(minutes=6))  # risk's 4 are now older than 10 minutes
    _failures(platform, "risk", 1)
    moment.advance(timedelta(seconds=10))
    evaluate(platform)
    assert set(_keys(platform, "failed_sign_ins_account")) == {"account:finance"}


def test_twenty_failed_sign_ins_from_one_address(platform, moment, no_alerts):
    evaluate(platform)
    moment.advance(timedelta(seconds=10))
    for n in range(20):
        audit_as(platform, None, "auth.sign_in_failed", object_id=f"guess{n}", after={"reason": "unknown_user"},
                 address="203.0.113.9")
    for n in range(19):
        audit_as(platform, None, "auth.sign_in_failed", object_id=f"guess{n}", after={"reason": "unknown_user"},
                 address="203.0.113.10")
    for n in range(60):  # three times the threshold: someone is guessing
        audit_as(platform, None, "auth.sign_in_failed", object_id=f"guess{n}", after={"reason": "unknown_user"},
                 address="203.0.113.11")
    moment.advance(timedelta(seconds=10))
    evaluate(platform)
    found = _keys(platform, "failed_sign_ins_address")
    assert set(found) == {"address:203.0.113.9", "address:203.0.113.11"}
    assert found["address:203.0.113.9"].params == {"address": "203.0.113.9", "count": 20, "minutes": 10}
    assert found["address:203.0.113.9"].severity == "warning"
    assert found["address:203.0.113.11"].severity == "critical"


def test_a_locked_staff_account_through_the_real_sign_in(platform, moment, no_alerts, client):
    from tests.support.platforms import sign_in_body

    evaluate(platform)
    moment.advance(timedelta(seconds=10))
    answer = client.post("/api/v1/auth/login", json=sign_in_body("service"))
    assert answer.status_code == 200  # a normal sign-in is no alert
    for _ in range(platform.settings.lock_after_failures):
        client.post("/api/v1/auth/login", json=sign_in_body("auditor") | {"password": "Wrong-password-1"})
    moment.advance(timedelta(seconds=10))
    evaluate(platform)
    assert set(_keys(platform, "staff_account_locked")) == {"account:auditor"}
    assert _keys(platform, "staff_account_locked")["account:auditor"].params == {"username": "auditor", "name": "孙丽"}


def test_failed_step_ups_are_told_from_failed_sign_ins(platform, moment, no_alerts, client, staff):
    from tests.support.platforms import sign_in_body

    lead = staff("risklead")
    evaluate(platform)
    moment.advance(timedelta(seconds=10))
    for _ in range(3):  # wrong codes at sign-in: not step-ups
        client.post("/api/v1/auth/login", json=sign_in_body("finlead") | {"otp_code": "000000"})
    for _ in range(3):
        assert lead.post("/auth/step-up", {"otp_code": "000000"}).status_code == 401
    moment.advance(timedelta(seconds=10))
    evaluate(platform)
    found = _keys(platform, "failed_step_ups")
    assert set(found) == {"account:risklead"}
    assert found["account:risklead"].params == {"username": "risklead", "name": "张伟", "count": 3, "minutes": 10}


def test_staff_actions_at_night_fold_per_person_and_night(platform, moment, no_alerts):
    today = clock.today()
    moment.set(datetime.combine(today, time(21, 50), clock.SHANGHAI))
    evaluate(platform)
    audit_as(platform, "finance", "ledger.recharge", "ledger_operation", "op-1")  # 21:50: working hours
    moment.set(datetime.combine(today, time(21, 59), clock.SHANGHAI))
    evaluate(platform)
    assert alerts_of(platform, "after_hours_actions") == []
    moment.set(datetime.combine(today, time(23, 30), clock.SHANGHAI))
    audit_as(platform, "finance", "ledger.recharge", "ledger_operation", "op-2")
    audit_as(platform, None, "scheduler.job_run", "scheduler_job", "x")  # the system is not staff
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    moment.set(datetime.combine(today + timedelta(days=1), time(2, 0), clock.SHANGHAI))  # the same night
    audit_as(platform, "finance", "ledger.recharge", "ledger_operation", "op-3")
    audit_as(platform, "finance", "auth.token_refreshed", "session", "7")  # the console keeps itself signed in
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "after_hours_actions")
    assert alert.fold_key == f"user:finance:night:{today.isoformat()}" and alert.count == 2
    assert alert.params == {"username": "finance", "name": "陈静", "night": today.isoformat(), "start_hour": 22,
                            "end_hour": 7}
    assert [a["object_id"] for a in alert.evidence["actions"]] == ["op-3"]
    moment.set(datetime.combine(today + timedelta(days=1), time(8, 0), clock.SHANGHAI))
    audit_as(platform, "finance", "ledger.recharge", "ledger_operation", "op-4")  # morning: working hours
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    assert alerts_of(platform, "after_hours_actions")[0].count == 2
