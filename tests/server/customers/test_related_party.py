"""The related-party mark (关联方) through the real API: the finance manager marks a customer from a day, gives the
mark another relation, ends it; each step is version-checked, audited, safe to retry, kept as a period, and refused
with a sentence when it makes no sense (no relation, a day after today, the same relation twice, nothing to end)."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from server import clock
from server.customers.models import CustomerRelation
from tests.server.customers.service_support import audit_actions, make_customer


def _periods(platform, customer_id):
    with platform.db.read() as db:
        return [(p.relation, p.since, p.until, p.marked_by, p.ended_by) for p in db.scalars(
            select(CustomerRelation).where(CustomerRelation.customer_id == customer_id).order_by(CustomerRelation.id))]


@pytest.mark.clock  # "since" is a Shanghai day before or on today
def test_the_finance_manager_marks_changes_and_ends_a_related_party_as_periods(platform, staff):
    c = make_customer(platform, side="borrower")
    finlead = staff("finlead")
    since = clock.today() - timedelta(days=40)
    marked = finlead.post(f"/customers/{c['id']}/related-party",
                          {"relation": "平台股东的配偶", "since": since.isoformat(), "reason": "2026年股东名册",
                           "version": c["version"]})
    assert marked.status_code == 200, marked.text
    assert marked.json()["related_party"] == "平台股东的配偶" and marked.json()["version"] == c["version"] + 1
    assert staff("service").get(f"/customers/{c['id']}").json()["related_party"] == "平台股东的配偶"

    changed = finlead.post(f"/customers/{c['id']}/related-party",
                           {"relation": "平台员工", "reason": "入职", "version": marked.json()["version"]})
    assert changed.status_code == 200, changed.text
    ended = finlead.post(f"/customers/{c['id']}/related-party",
                         {"relation": None, "reason": "离职", "version": changed.json()["version"]})
    assert ended.status_code == 200, ended.text
    assert ended.json()["related_party"] is None
    (first, f_since, f_until, f_by, f_end), (second, s_since, s_until, _s_by, s_end) = _periods(platform, c["id"])
    assert (first, second, f_by, f_end, s_end) == ("平台股东的配偶", "平台员工", "finlead", "finlead", "finlead")
    assert f_since == clock.day_start_utc(since) and f_until == s_since and s_since <= s_until <= clock.now()
    assert audit_actions(platform, c["number"]) == ["customer.related_party_marked", "customer.related_party_marked",
                                                    "customer.related_party_cleared"]


@pytest.mark.clock
def test_a_mark_that_makes_no_sense_is_refused_with_a_sentence_and_changes_nothing(platform, staff):
    c = make_customer(platform)
    finlead = staff("finlead")
    url = f"/customers/{c['id']}/related-party"
    body = {"relation": "平台员工", "reason": "入职登记", "version": c["version"]}
    tomorrow = (clock.today() + timedelta(days=1)).isoformat()
    for change, code in (({"relation": "  "}, "relation_required"), ({"reason": ""}, "reason_required"),
                         ({"since": tomorrow}, "since_in_future"), ({"relation": None}, "not_related_party"),
                         ({"version": c["version"] + 5}, "stale_version")):
        answer = finlead.post(url, body | change)
        assert answer.status_code in (409, 422) and answer.json()["code"] == code, answer.text
        assert answer.json()["detail"] and "_" not in answer.json()["detail"].split()[0]
    assert finlead.post(url, body | {"relation": "x" * 201}).status_code == 422
    assert _periods(platform, c["id"]) == [] and audit_actions(platform, c["number"]) == []
    assert finlead.post(url, body).status_code == 200
    twice = finlead.post(url, body | {"version": c["version"] + 1})
    assert twice.status_code == 409 and twice.json()["code"] == "related_party_unchanged"
    assert "平台员工" in twice.json()["detail"]


def test_only_the_holder_of_the_permission_marks_and_a_retry_changes_nothing_more(platform, staff):
    c = make_customer(platform)
    url = f"/customers/{c['id']}/related-party"
    body = {"relation": "平台员工", "reason": "入职登记", "version": c["version"]}
    for username in ("service", "risklead", "finance", "admin"):
        refused = staff(username).post(url, body)
        assert refused.status_code == 403 and refused.json()["code"] == "permission_denied", username
    finlead = staff("finlead")
    key = {"Idempotency-Key": "related-once-1"}
    first = finlead.post(url, body, headers=key)
    again = finlead.post(url, body, headers=key)
    assert first.status_code == again.status_code == 200 and again.headers.get("Idempotent-Replay") == "true"
    assert again.json() == first.json()
    assert len(_periods(platform, c["id"])) == 1
    assert audit_actions(platform, c["number"]) == ["customer.related_party_marked"]
