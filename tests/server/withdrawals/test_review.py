"""Withdrawal review (提现审核): the rule flags, automatic payment, approval with step-up and the
manager's second approval, linked staff, rejection, versions, replays and batches."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from server.audit.models import AuditRecord
from server.audit.service import Auditor
from server.db.base import utcnow
from server.withdrawals import service
from server.withdrawals.rules import WithdrawalPolicy
from tests.server.conftest import API
from tests.server.withdrawals.conftest import balances, flags

YUAN = 100
CARD_A, CARD_B = "6222 0212 3456 7890", "6217 0000 1111 2222 333"


def test_a_request_reserves_the_money_and_a_first_withdrawal_after_a_recharge_waits_for_review(
        customer_side, reviewer, platform):
    finance = reviewer("finance")
    customer_side.recharge("C1", 10_000 * YUAN)
    w = customer_side.withdrawal("C1", 3_000 * YUAN, CARD_A)
    assert w["state"] == "pending_review"
    assert flags(w) == {"new_bank_card", "soon_after_recharge"}
    assert w["bank_card"] == "6222 **** **** 7890"
    assert balances(finance, "C1")["available_fen"] == 7_000 * YUAN
    assert balances(finance, "C1")["frozen_fen"] == 3_000 * YUAN
    with platform.db.read() as db:
        audit = db.scalar(select(AuditRecord).where(AuditRecord.action == "withdrawal.requested"))
        assert audit.after["bank_card"] == "6222 **** **** 7890" and "3456" not in str(audit.after)
    detail = finance.get(f"/withdrawals/{w['id']}").json()
    assert detail["bank_card"] == "6222 **** **** 7890"
    assert {f["label_zh"] for f in detail["flags"]} == {"新银行卡", "充值后即提现"}
    assert detail["balances"]["available_fen"] == 7_000 * YUAN
    assert [t["kind"] for t in detail["recent_transfers"]] == ["withdrawal", "recharge"]
    assert detail["allowed_actions"] == ["approve", "reject"]


def test_a_small_request_to_a_known_card_is_paid_at_once_and_the_third_of_the_day_is_flagged(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C2", 10_000 * YUAN)
    first = customer_side.withdrawal("C2", 1_000 * YUAN, CARD_A)
    assert finance.approve(first).json()["state"] == "paid"
    second = customer_side.withdrawal("C2", 500 * YUAN, CARD_A)
    assert second["flags"] == [] and second["state"] == "paid"
    third = customer_side.withdrawal("C2", 200 * YUAN, CARD_A)
    assert flags(third) == {"many_today"} and third["state"] == "pending_review"
    assert balances(finance, "C2") | {"customer_ref": "C2"} == {
        "customer_ref": "C2", "available_fen": 8_300 * YUAN, "frozen_fen": 200 * YUAN, "balance_fen": 8_500 * YUAN}
    posted = finance.get("/ledger/transfers", params={"customer_ref": "C2", "kind": "withdrawal",
                                                      "state": "posted"}).json()
    assert sorted(t["amount_fen"] for t in posted["items"] if not t["pending"]) == [500 * YUAN, 1_000 * YUAN]


def test_a_large_amount_and_a_card_never_used_before_are_flagged(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C3", 100_000 * YUAN)
    first = customer_side.withdrawal("C3", 100 * YUAN, CARD_A)
    finance.approve(first)
    assert flags(customer_side.withdrawal("C3", 100 * YUAN, CARD_B)) == {"new_bank_card"}
    customer_side.recharge("C4", 200_000 * YUAN)
    assert "large" not in flags(customer_side.withdrawal("C4", 50_000 * YUAN))  # above, not at, the threshold
    assert "large" in flags(customer_side.withdrawal("C4", 50_000 * YUAN + 1))


@pytest.mark.clock  # the request is made 25 hours after now
def test_a_recharge_more_than_a_day_before_does_not_flag_the_withdrawal(customer_side, platform):
    customer_side.recharge("C6", 1_000 * YUAN)
    with platform.db.write() as db:
        audit = Auditor(db, None, "test", "test", "test")
        data = service.RequestInput("late-1", "C6", 100 * YUAN, CARD_A)
        w = service.request_withdrawal(db, audit, WithdrawalPolicy(), data, now=utcnow() + timedelta(hours=25))
        assert not w.flag_soon_after_recharge and w.flag_new_bank_card
        again = service.compute_flags(db, WithdrawalPolicy(), "C6", 100, w.bank_card_index, utcnow())
        assert again["soon_after_recharge"] is False  # not the first withdrawal since the recharge any more
        db.rollback()


def test_approval_needs_a_fresh_one_time_code(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C7", 1_000 * YUAN)
    w = customer_side.withdrawal("C7", 100 * YUAN)
    refused = finance.approve(w, step_up=False)
    assert refused.status_code == 403 and refused.json()["code"] == "step_up_required"
    approved = finance.approve(w)
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "paid" and approved.json()["decided_by"] == "finance"
    assert balances(finance, "C7") | {"customer_ref": None} == {
        "customer_ref": None, "available_fen": 900 * YUAN, "frozen_fen": 0, "balance_fen": 900 * YUAN}


def test_above_the_second_threshold_a_different_manager_gives_the_second_approval(customer_side, reviewer):
    finance, finlead = reviewer("finance"), reviewer("finlead")
    customer_side.recharge("C8", 1_000_000 * YUAN)
    w = customer_side.withdrawal("C8", 250_000 * YUAN)
    detail = finance.get(f"/withdrawals/{w['id']}").json()
    assert detail["second_approval_if_approved"] is True
    first = finance.approve(w).json()
    assert first["state"] == "pending_second_approval" and first["first_approver"] == "finance"
    assert first["allowed_actions"] == []  # the clerk holds no approve_large
    again = finance.approve(first)
    assert again.status_code == 403 and again.json()["code"] == "permission_denied"
    paid = finlead.approve(first)
    assert paid.status_code == 200 and paid.json()["state"] == "paid" and paid.json()["decided_by"] == "finlead"

    other = customer_side.withdrawal("C8", 210_000 * YUAN)
    first = finlead.approve(other).json()
    assert first["state"] == "pending_second_approval"
    twice = finlead.approve(first)
    assert twice.status_code == 403 and twice.json()["code"] == "separation_of_duties"
    assert finance.get(f"/withdrawals/{other['id']}").json()["state"] == "pending_second_approval"


def test_a_staff_member_linked_to_the_customer_can_neither_approve_nor_reject(customer_side, reviewer):
    finance, admin = reviewer("finance"), reviewer("admin")
    finance_id = finance.get("/me").json()["id"]
    link = admin.post("/withdrawals/links", {"customer_ref": "C9", "user_id": finance_id, "note": "本人账户"})
    assert link.status_code == 201, link.text
    assert [l["username"] for l in admin.get("/withdrawals/links", params={"customer_ref": "C9"}).json()] == ["finance"]
    audit = admin.get("/audit", params={"action": "withdrawal.staff_linked"}).json()
    assert audit["total"] == 1
    customer_side.recharge("C9", 1_000 * YUAN)
    w = customer_side.withdrawal("C9", 100 * YUAN)
    assert finance.get(f"/withdrawals/{w['id']}").json()["allowed_actions"] == []
    for answer in (finance.approve(w), finance.reject(w)):
        assert answer.status_code == 403
        assert answer.json()["code"] == "separation_of_duties"
        assert answer.json()["rule"] == "sod.withdrawal_linked_account"
    assert reviewer("finlead").approve(w).json()["state"] == "paid"


def test_ending_a_link_lets_the_staff_member_decide_again_and_is_audited(customer_side, reviewer):
    finance, admin = reviewer("finance"), reviewer("admin")
    finance_id = finance.get("/me").json()["id"]
    link = admin.post("/withdrawals/links", {"customer_ref": "C11", "user_id": finance_id, "note": "亲属"}).json()
    customer_side.recharge("C11", 1_000 * YUAN)
    w = customer_side.withdrawal("C11", 100 * YUAN)
    assert finance.approve(w).status_code == 403
    assert finance.delete(f"/withdrawals/links/{link['id']}").status_code == 403  # admin.users only
    ended_with = admin.headers | admin.step_up_headers()
    assert admin.client.delete(f"{API}/withdrawals/links/{link['id']}", headers=ended_with).status_code == 204
    assert admin.client.delete(f"{API}/withdrawals/links/{link['id']}", headers=ended_with).status_code == 404
    assert admin.get("/withdrawals/links", params={"customer_ref": "C11"}).json() == []
    ended = admin.get("/audit", params={"action": "withdrawal.staff_unlinked"}).json()["items"]
    assert ended[0]["before"]["customer_ref"] == "C11" and ended[0]["before"]["user_id"] == finance_id
    assert finance.approve(w).json()["state"] == "paid"


def test_rejecting_releases_the_money_and_keeps_the_reason_for_the_customer(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C10", 1_000 * YUAN)
    w = customer_side.withdrawal("C10", 400 * YUAN)
    blank = finance.reject(w, reason="   ")
    assert blank.status_code == 422 and blank.json()["code"] == "reason_required"
    rejected = finance.reject(w)
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["state"] == "rejected" and rejected.json()["reject_reason"] == "银行卡户名与账户实名不一致"
    assert balances(finance, "C10")["available_fen"] == 1_000 * YUAN
    assert balances(finance, "C10")["frozen_fen"] == 0


def test_a_stale_version_or_a_decided_request_is_409_with_the_current_state(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C11", 1_000 * YUAN)
    w = customer_side.withdrawal("C11", 100 * YUAN)
    assert finance.approve(w).status_code == 200
    stale = finance.reject(w)
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    assert stale.json()["current"]["state"] == "paid"
    decided = finance.reject(stale.json()["current"])
    assert decided.status_code == 409 and decided.json()["code"] == "invalid_transition"
    assert decided.json()["current"]["state"] == "paid"


def test_the_same_request_id_answers_the_first_request_and_moves_nothing(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("C12", 1_000 * YUAN)
    first = customer_side.ask("C12", 300 * YUAN, request_id="app-42")
    again = customer_side.ask("C12", 300 * YUAN, request_id="app-42")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert balances(finance, "C12")["available_fen"] == 700 * YUAN
    other = customer_side.ask("C12", 301 * YUAN, request_id="app-42")
    assert other.status_code == 409 and other.json()["code"] == "request_id_reused"
    broke = customer_side.ask("C12", 800 * YUAN)
    assert broke.status_code == 409 and broke.json()["code"] == "insufficient_funds"
    assert finance.get("/withdrawals", params={"customer_ref": "C12"}).json()["total"] == 1


def test_batch_reject_and_batch_approve_act_on_each_request_on_its_own(customer_side, reviewer):
    finance = reviewer("finance")
    for ref in ("B1", "B2", "B3", "B4"):
        customer_side.recharge(ref, 1_000 * YUAN)
    ws = [customer_side.withdrawal(ref, 100 * YUAN) for ref in ("B1", "B2", "B3", "B4")]
    stale = ws[1] | {"version": ws[1]["version"] + 1}
    items = [{"id": w["id"], "version": w["version"]} for w in (ws[0], stale)]
    rejected = finance.post("/withdrawals/batch/reject", {"items": items, "reason": "资料不全"})
    assert rejected.status_code == 200, rejected.text
    assert [(r["ok"], r["code"]) for r in rejected.json()] == [(True, None), (False, "stale_version")]
    items = [{"id": w["id"], "version": w["version"]} for w in ws[1:]]
    no_code = finance.post("/withdrawals/batch/approve", {"items": items})
    assert no_code.status_code == 403 and no_code.json()["code"] == "step_up_required"
    approved = finance.client.post("/api/v1/withdrawals/batch/approve", json={"items": items},
                                   headers=finance.headers | finance.step_up_headers())
    assert [(r["ok"], r["state"]) for r in approved.json()] == [(True, "paid")] * 3
    assert balances(finance, "B1")["available_fen"] == 1_000 * YUAN
    assert balances(finance, "B4")["available_fen"] == 900 * YUAN


def test_the_queue_filters_by_state_flag_and_amount_and_counts_by_state(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("Q1", 200_000 * YUAN)
    small = customer_side.withdrawal("Q1", 100 * YUAN)
    large = customer_side.withdrawal("Q1", 60_000 * YUAN)
    finance.reject(small)
    pending = finance.get("/withdrawals", params={"state": "pending_review"}).json()
    assert [w["id"] for w in pending["items"]] == [large["id"]] and pending["total"] == 1
    assert finance.get("/withdrawals", params={"flag": "large"}).json()["total"] == 1
    assert finance.get("/withdrawals", params={"amount_max_fen": 100 * YUAN}).json()["items"][0]["id"] == small["id"]
    by_amount = finance.get("/withdrawals", params={"sort": "-amount", "page_size": 1}).json()
    assert by_amount["items"][0]["id"] == large["id"] and by_amount["page_size"] == 1 and by_amount["total"] == 2
    assert finance.get("/withdrawals/counts").json() == {"pending_review": 1, "pending_second_approval": 0,
                                                         "paid": 0, "rejected": 1}


def test_the_demo_has_requests_in_every_state_and_seeding_twice_makes_nothing(platform, reviewer):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.withdrawals.demo import LINKED_CUSTOMER, seed_withdrawals

    with platform.db.write() as db:
        seed_loans(db, 60)
        seed_ledger(db)
        assert seed_withdrawals(db) >= 12
        assert seed_withdrawals(db) == 0
        db.commit()
    finance = reviewer("finance")
    counts = finance.get("/withdrawals/counts").json()
    assert all(counts[state] > 0 for state in ("pending_review", "pending_second_approval", "paid", "rejected")), counts
    linked = finance.get("/withdrawals", params={"customer_ref": LINKED_CUSTOMER}).json()["items"][0]
    assert finance.get(f"/withdrawals/{linked['id']}").json()["linked_to_you"] is True
