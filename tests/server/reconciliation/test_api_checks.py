"""What a planted day showed (issue 12): money on another account is a difference of its own, a line re-sent
under a new serial is a duplicate naming its twin, a statement dated another day is refused, a statement of an
open day can be withdrawn by a finance manager, and posting money is kept apart from resolving differences.

Days here are fixed dates (the ledger's movements are moved onto them), so nothing depends on today."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from server.audit.models import AuditRecord
from server.reconciliation.models import ReconDay, ReconItem
from server.staff.separation import RULES, conflicts
from server.permissions import DEMO_ROLES
from tests.server.reconciliation.conftest import R, Line, at, by_reference, items, statement_csv, upload

YUAN = 100
DAY = date(2026, 11, 20)


def _run(who, day=DAY):
    answer = who.post(f"{R}/days/{day.isoformat()}/run")
    assert answer.status_code == 200, answer.text
    return answer.json()


def _booked(books, *movements, day=DAY):
    """Recharges (account, yuan, order number) booked on `day` at 09:00."""
    ids = [books.recharge(account, amount * YUAN, reference) for account, amount, reference in movements]
    books.backdate(ids, at(day, 9))
    return ids


# account differs --------------------------------------------------------------------------------------------------

def test_right_order_number_and_amount_on_another_account_stays_open_as_account_differs(books, person):
    _booked(books, ("IV0001", 5_000, "CZ1"), ("IV0002", 800, "CZ2"))
    clerk = person("finance")
    lines = [Line("B1", "CZ1", "IV0099", 5_000 * YUAN, at(DAY, 9, 1)),   # another customer's sub-account
             Line("B2", "CZ2", "IV0002", 800 * YUAN, at(DAY, 9, 2))]
    assert upload(clerk, DAY, statement_csv(lines)).status_code == 201
    d = _run(clerk)
    ledger, bank = by_reference(items(clerk, DAY, "ledger")), by_reference(items(clerk, DAY, "bank"))
    assert (ledger["CZ1"]["category"], ledger["CZ1"]["state"]) == ("account_differs", "open")
    assert (bank["CZ1"]["category"], bank["CZ1"]["state"]) == ("account_differs", "open")
    assert ledger["CZ1"]["counterpart_ids"] == [bank["CZ1"]["id"]]
    assert ledger["CZ2"]["category"] == "matched"
    assert d["summary"]["account_differs"] == {"ledger": {"count": 1, "amount_fen": 5_000 * YUAN},
                                               "bank": {"count": 1, "amount_fen": 5_000 * YUAN}}
    assert d["open_count"] == 2 and d["status"] == "open"
    listed = items(clerk, DAY, "bank", category="account_differs")
    assert [i["serial"] for i in listed] == ["B1"]
    # After review the clerk matches it by hand; it is no longer open.
    done = clerk.post(f"{R}/days/{DAY.isoformat()}/matches",
                      {"ledger_ids": [ledger["CZ1"]["id"]], "bank_ids": [bank["CZ1"]["id"]], "note": "银行入错子账户，已核实"})
    assert done.status_code == 200, done.text
    assert done.json()["open_count"] == 0


# duplicates -------------------------------------------------------------------------------------------------------

def _duplicate_of(clerk, serial, twin_serial):
    bank = {i["serial"]: i for i in items(clerk, DAY, "bank")}
    copy, twin = bank[serial], bank[twin_serial]
    assert (copy["category"], copy["state"]) == ("duplicate", "open")
    assert copy["counterpart_ids"] == [twin["id"]] and twin["category"] == "matched"
    offered = clerk.get(f"{R}/days/{DAY.isoformat()}/items/bank/{copy['id']}/candidates")
    assert offered.status_code == 200, offered.text
    first, second = offered.json()[:2]
    assert (first["id"], first["side"]) == (twin["id"], "bank")          # its twin first,
    assert second["side"] == "ledger" and second["id"] in twin["counterpart_ids"]   # then what the twin matched
    return copy, twin


def test_a_line_resent_under_a_new_serial_in_the_same_file_is_a_duplicate_of_its_matched_twin(books, person):
    _booked(books, ("IV0002", 800, "CZ2"))
    clerk = person("finance")
    lines = [Line("B1", "CZ2", "IV0002", 800 * YUAN, at(DAY, 10)), Line("B7", "CZ2", "IV0002", 800 * YUAN, at(DAY, 10))]
    assert upload(clerk, DAY, statement_csv(lines)).status_code == 201
    d = _run(clerk)
    _duplicate_of(clerk, "B7", "B1")
    assert d["summary"]["duplicate"]["bank"] == {"count": 1, "amount_fen": 800 * YUAN}
    assert d["summary"]["bank_only"]["bank"]["count"] == 0


def test_a_line_resent_in_a_second_file_of_the_day_is_a_duplicate_and_withdrawing_the_first_file_clears_it(
        books, person, platform):
    _booked(books, ("IV0002", 800, "CZ2"))
    clerk, manager = person("finance"), person("finlead")
    first = upload(clerk, DAY, statement_csv([Line("B1", "CZ2", "IV0002", 800 * YUAN, at(DAY, 10))]), "a.csv")
    second = upload(clerk, DAY, statement_csv([Line("B9", "CZ2", "IV0002", 800 * YUAN, at(DAY, 10)),
                                               Line("B10", "", "IV0003", 123, at(DAY, 11))]), "b.csv")
    assert first.status_code == 201 and second.status_code == 201
    _run(clerk)
    _duplicate_of(clerk, "B9", "B1")

    # The first file withdrawn: the day is recomputed and the line of the second file is the match now.
    answer = manager.client.post(f"/api/v1{R}/days/{DAY.isoformat()}/statements/{first.json()['id']}/withdraw",
                                 json={"reason": "重复导入的对账文件"}, headers=manager.headers | manager.step_up_headers())
    assert answer.status_code == 200, answer.text
    bank = {i["serial"]: i for i in items(clerk, DAY, "bank")}
    assert set(bank) == {"B9", "B10"} and bank["B9"]["category"] == "matched"
    assert answer.json()["summary"]["duplicate"]["bank"]["count"] == 0


# line dates -------------------------------------------------------------------------------------------------------

def test_lines_dated_outside_the_day_are_refused_with_their_line_and_the_nights_postings_are_accepted(
        person, platform):
    clerk = person("finance")
    night = DAY + timedelta(days=1)
    wrong = [Line("D1", "CZ1", "IV0001", 100, at(DAY, 9)),
             Line("D2", "CZ2", "IV0002", 200, at(night, 0, 40)),           # after the night's postings
             Line("D3", "CZ3", "IV0003", 300, at(DAY - timedelta(days=1), 23, 59))]   # the day before
    refused = upload(clerk, DAY, statement_csv(wrong))
    assert refused.status_code == 422, refused.text
    body = refused.json()
    assert body["code"] == "statement_refused" and body["problem_count"] == 2
    assert [(p["line"], p["column"], p["code"]) for p in body["problems"]] == [(5, "交易时间", "outside_day"),
                                                                                (6, "交易时间", "outside_day")]
    assert "2026-11-21 00:30" in body["detail"] and "2026-11-21 00:40:00" in body["problems"][0]["message"]
    # No Accept-Language: Chinese, the values in params beside the sentence.
    assert body["detail"].startswith("对账单被拒收：有 2 行的日期不在 2026-11-20")
    assert body["problems"][0]["message"] == "该行的记账时间为 2026-11-21 00:40:00，不在 2026-11-20（也不在夜间入账截止时间 2026-11-21 00:30 之前）。"
    assert body["problems"][0]["params"] == {"at": "2026-11-21 00:40:00", "day": "2026-11-20", "until": "2026-11-21 00:30"}
    english = upload(clerk, DAY, statement_csv(wrong), language="en").json()
    assert english["detail"].startswith("The statement was refused: 2 line(s) are dated outside 2026-11-20")
    assert english["problems"][1]["message"].startswith("The line is booked at 2026-11-19 23:59:00, not on 2026-11-20")
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(ReconItem)) == 0
        assert db.scalar(select(func.count()).select_from(AuditRecord)
                         .where(AuditRecord.action == "recon.statement_refused")) == 2  # once per language asked
    night_postings = [Line("D1", "CZ1", "IV0001", 100, at(DAY, 0, 0)), Line("D2", "CZ2", "IV0002", 200, at(night, 0, 29))]
    assert upload(clerk, DAY, statement_csv(night_postings)).status_code == 201


# withdrawing a statement ------------------------------------------------------------------------------------------

def _withdraw(who, statement_id, reason="导入到了错误的日期", day=DAY, step_up=True):
    headers = who.headers | (who.step_up_headers() if step_up else {})
    return who.client.post(f"/api/v1{R}/days/{day.isoformat()}/statements/{statement_id}/withdraw",
                           json={"reason": reason}, headers=headers)


def test_a_finance_manager_withdraws_a_statement_with_a_reason_and_the_same_file_can_come_again(
        books, person, platform):
    _booked(books, ("IV0001", 5_000, "CZ1"), ("IV0007", 700, "CZ7"))
    clerk, manager = person("finance"), person("finlead")
    data = statement_csv([Line("B1", "CZ1", "IV0001", 5_000 * YUAN, at(DAY, 9)),
                          Line("B7", "WRONG", "IV0077", 700 * YUAN, at(DAY, 12))])
    statement = upload(clerk, DAY, data).json()
    _run(clerk)
    ledger, bank = by_reference(items(clerk, DAY, "ledger")), {i["serial"]: i for i in items(clerk, DAY, "bank")}
    by_hand = clerk.post(f"{R}/days/{DAY.isoformat()}/matches",
                         {"ledger_ids": [ledger["CZ7"]["id"]], "bank_ids": [bank["B7"]["id"]], "note": ""})
    assert by_hand.status_code == 200, by_hand.text

    assert _withdraw(clerk, statement["id"]).status_code == 403                       # a clerk may not
    assert _withdraw(manager, statement["id"], step_up=False).json()["code"] == "step_up_required"
    assert _withdraw(manager, statement["id"], reason="").status_code == 422           # a reason is required
    assert _withdraw(manager, 999_999).status_code == 404
    answer = _withdraw(manager, statement["id"])
    assert answer.status_code == 200, answer.text
    d = answer.json()
    assert d["status"] == "not_started" and d["run_at"] is None
    assert d["statements"][0]["withdrawn_by"] == "finlead" and d["statements"][0]["withdraw_reason"] == "导入到了错误的日期"
    assert items(clerk, DAY, "bank") == []
    ledger = by_reference(items(clerk, DAY, "ledger"))
    assert {r: (i["state"], i["category"], i["match_pass"]) for r, i in ledger.items()} == {
        "CZ1": ("open", None, None), "CZ7": ("open", None, None)}   # the matches, by hand too, are undone
    # Idempotent: a second withdrawal changes nothing (the attempt is on record, the withdrawal once).
    assert _withdraw(manager, statement["id"]).status_code == 200
    with platform.db.read() as db:
        records = db.scalars(select(AuditRecord).where(AuditRecord.action == "recon.statement_withdrawn")).all()
        assert len(records) == 1 and records[0].actor_name == "finlead"
        assert records[0].after["reason"] == "导入到了错误的日期" and records[0].after["lines_removed"] == 2
        assert records[0].after["matches_by_hand_undone"] == 1
    # The same file, again (for the right day, or this one): accepted, and the day runs as before.
    assert upload(clerk, DAY, data).status_code == 201
    assert _run(clerk)["summary"]["matched"]["ledger"]["count"] == 1


def test_a_statement_of_a_closed_day_or_with_a_line_in_an_adjustment_cannot_be_withdrawn(books, person, platform):
    clerk, manager = person("finance"), person("finlead")
    statement = upload(clerk, DAY, statement_csv([Line("B8", "", "IV0008", 12_345, at(DAY, 13))])).json()
    _run(clerk)
    line = items(clerk, DAY, "bank")[0]
    proposed = clerk.post(f"{R}/days/{DAY.isoformat()}/proposals",
                          {"items": [{"side": "bank", "id": line["id"]}], "reason": "银行来账平台未记账"})
    assert proposed.status_code == 201, proposed.text
    held = _withdraw(manager, statement["id"])
    assert held.status_code == 409 and held.json()["code"] == "statement_in_use"
    with platform.db.write() as db:
        db.execute(update(ReconDay).where(ReconDay.day == DAY).values(closed_by="finlead", closed_at=at(DAY, 20)))
        db.commit()
    closed = _withdraw(manager, statement["id"])
    assert closed.status_code == 409 and closed.json()["code"] == "day_closed"


# separation of duties ---------------------------------------------------------------------------------------------

def test_posting_money_and_resolving_differences_are_separated_duties():
    rule = next(r for r in RULES if r.name == "sod.posting_vs_reconciliation")
    assert rule.kind == "exclusive" and rule.label_zh == "记账与对账差异处理分离"
    assert [r.name for r in conflicts({"funds.movement.post", "recon.resolve"})] == ["sod.posting_vs_reconciliation"]
    assert [r.name for r in conflicts({"funds.movement.post", "funds.adjust.propose"})] == [
        "sod.posting_vs_reconciliation"]
    assert conflicts({"funds.movement.post", "recon.read", "recon.import"}) == []
    # No standard role breaks an exclusive rule; the finance manager may withdraw statements.
    assert all(conflicts(set(role.permissions)) == [] for role in DEMO_ROLES)
    manager = next(role for role in DEMO_ROLES if role.name == "finance_manager")
    assert "recon.withdraw_statement" in manager.permissions


def test_a_role_that_posts_money_and_resolves_differences_needs_a_justification(client):
    from tests.server.test_administration import Admin

    admin = Admin(client)
    body = {"name": "posting_clerk", "label_zh": "记账兼对账", "label_en": "Posting and reconciling",
            "permissions": ["funds.movement.post", "recon.resolve"]}
    refused = admin.call("POST", "/roles", sensitive=True, json=body)
    assert refused.status_code == 422 and [r["name"] for r in refused.json()["rules"]] == [
        "sod.posting_vs_reconciliation"]
    made = admin.call("POST", "/roles", sensitive=True, json=body | {"justification": "系统对接测试专用，两周后撤销"})
    assert made.status_code == 201
    assert [c["name"] for c in made.json()["conflicts"]] == ["sod.posting_vs_reconciliation"]
