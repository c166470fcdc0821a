"""A day's reconciliation through the API: the automatic passes, matching by hand, timing carried to the
next day, adjusting entries under four eyes, closing the day, and the calendar."""

from datetime import timedelta

import pytest

from tests.server.reconciliation.conftest import (R, Line, at, by_reference, grant, items, statement_csv, today,
                                                  upload)

pytestmark = pytest.mark.clock  # the day reconciled is Shanghai's today
YUAN = 100


@pytest.fixture
def day_with_differences(books, person):
    """Today's books and the custodian's file, with one of each kind of result."""
    day = today()
    books.recharge("IV0001", 5_000 * YUAN, "CZ1")        # at the bank as booked: exact
    books.recharge("IV0002", 3_000 * YUAN, "CZ2")        # the bank says 2,999.00: amount differs
    books.withdraw("IV0001", 1_000 * YUAN, "TX3")        # not at the bank yet: ledger only
    books.recharge("IV0004", 800 * YUAN, "CZ4")          # the bank lost the order number: window
    books.recharge("IV0006", 1_000 * YUAN, "CZ6")        # settled in two parts: many to one
    books.recharge("IV0007", 700 * YUAN, "CZ7")          # the bank names another account: by hand
    lines = [Line("B1", "CZ1", "IV0001", 5_000 * YUAN, at(day, 9)),
             Line("B2", "CZ2", "IV0002", 2_999 * YUAN, at(day, 9, 30)),
             Line("B4", "", "IV0004", 800 * YUAN, at(day, 10)),
             Line("B61", "CZ6", "IV0006", 600 * YUAN, at(day, 11)),
             Line("B62", "CZ6", "IV0006", 400 * YUAN, at(day, 11, 1)),
             Line("B7", "WRONG7", "IV0077", 700 * YUAN, at(day, 12)),
             Line("B8", "", "IV0008", 12_345, at(day, 13), "来账")]
    clerk = person("finance")
    answer = upload(clerk, day, statement_csv(lines, balance_fen=9_600 * YUAN))
    assert answer.status_code == 201, answer.text
    run = clerk.post(f"{R}/days/{day.isoformat()}/run")
    assert run.status_code == 200, run.text
    return day, run.json()


def test_a_run_puts_every_item_in_its_category_with_its_counterparts_and_checks_the_balance(day_with_differences,
                                                                                            person):
    day, d = day_with_differences
    clerk = person("finance")
    ledger, bank_rows = by_reference(items(clerk, day, "ledger")), items(clerk, day, "bank")
    bank = by_reference(bank_rows)
    assert {k: (v["category"], v["match_pass"]) for k, v in ledger.items()} == {
        "CZ1": ("matched", "exact"), "CZ2": ("amount_differs", None), "TX3": ("ledger_only", None),
        "CZ4": ("matched", "window"), "CZ6": ("matched", "many_to_one"), "CZ7": ("ledger_only", None)}
    assert ledger["CZ1"]["state"] == "matched" and ledger["TX3"]["state"] == "open"
    assert ledger["TX3"]["direction"] == "out" and ledger["CZ1"]["direction"] == "in"
    bank_by_serial = {v["serial"]: v for v in bank_rows}
    assert bank_by_serial["B7"]["category"] == "bank_only" and bank_by_serial["B8"]["category"] == "bank_only"
    split = sorted(bank_by_serial[s]["id"] for s in ("B61", "B62"))
    assert sorted(ledger["CZ6"]["counterpart_ids"]) == split
    assert bank_by_serial["B61"]["counterpart_ids"] == [ledger["CZ6"]["id"]]
    assert ledger["CZ2"]["counterpart_ids"] == [bank["CZ2"]["id"]]
    assert d["summary"]["matched"] == {"ledger": {"count": 3, "amount_fen": 6_800 * YUAN},
                                       "bank": {"count": 4, "amount_fen": 6_800 * YUAN}}
    assert d["summary"]["bank_only"]["bank"] == {"count": 2, "amount_fen": 700 * YUAN + 12_345}
    assert d["status"] == "open" and d["open_count"] == 6 and d["pending_proposals"] == 0
    # Customers hold 5,000 + 3,000 - 1,000 + 800 + 1,000 + 700 yuan; the bank reports 9,600.
    assert d["balance"] == {"ledger_customers_fen": 9_500 * YUAN, "custodian_reported_fen": 9_600 * YUAN,
                            "difference_fen": 100 * YUAN}
    only_open = clerk.get(f"{R}/days/{day.isoformat()}/items",
                          params={"side": "bank", "state": "open", "q": "b", "sort": "-amount_fen"}).json()
    assert [i["serial"] for i in only_open["items"]] == ["B2", "B7", "B8"] and only_open["total"] == 3
    ranked = clerk.get(f"{R}/days/{day.isoformat()}/items/ledger/{ledger['CZ7']['id']}/candidates").json()
    assert ranked[0]["serial"] == "B7"  # same amount, in, the nearest


def test_a_match_by_hand_needs_equal_totals_and_a_rerun_keeps_it(day_with_differences, person):
    day, _ = day_with_differences
    clerk = person("finance")
    ledger, bank = by_reference(items(clerk, day, "ledger")), by_reference(items(clerk, day, "bank"))
    b7, b8 = bank["WRONG7"]["id"], next(v["id"] for v in bank.values() if v["serial"] == "B8")
    path = f"{R}/days/{day.isoformat()}/matches"
    differs = clerk.post(path, {"ledger_ids": [ledger["CZ7"]["id"]], "bank_ids": [b8], "note": ""})
    assert differs.status_code == 422 and differs.json()["code"] == "amounts_differ"
    assert "¥700.00" in differs.json()["detail"] and "¥123.45" in differs.json()["detail"]
    assert differs.json()["detail"].startswith("账务方合计 ¥") and "勾对要求两边合计相等" in differs.json()["detail"]
    english = clerk.client.post(f"/api/v1{path}", headers=clerk.headers | {"accept-language": "en"},
                                json={"ledger_ids": [ledger["CZ7"]["id"]], "bank_ids": [b8], "note": ""})
    assert english.json()["detail"].startswith("The ledger side totals ¥") and english.json()["params"]["bank"]
    many = clerk.post(path, {"ledger_ids": [ledger["CZ7"]["id"], ledger["TX3"]["id"]], "bank_ids": [b7, b8]})
    assert many.status_code == 422 and many.json()["code"] == "match_shape"
    taken = clerk.post(path, {"ledger_ids": [ledger["CZ1"]["id"]], "bank_ids": [b7]})
    assert taken.status_code == 409 and taken.json()["code"] == "item_not_open"
    wrong_side = clerk.post(path, {"ledger_ids": [b7], "bank_ids": [b8]})
    assert wrong_side.status_code == 404 and wrong_side.json()["code"] == "item_not_found"

    ok = clerk.post(path, {"ledger_ids": [ledger["CZ7"]["id"]], "bank_ids": [b7], "note": "银行子账户号录错"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["open_count"] == 4
    rerun = clerk.post(f"{R}/days/{day.isoformat()}/run")
    assert rerun.status_code == 200 and rerun.json()["open_count"] == 4
    after = by_reference(items(clerk, day, "ledger"))["CZ7"]
    assert (after["state"], after["match_pass"], after["counterpart_ids"], after["note"]) == (
        "matched", "manual", [b7], "银行子账户号录错")
    assert by_reference(items(clerk, day, "ledger"))["CZ1"]["match_pass"] == "exact"  # automatic ones redone alike


def test_a_ledger_item_marked_timing_is_carried_into_the_next_days_run(books, person):
    clerk = person("finance")
    day = today()
    yesterday = day - timedelta(days=1)
    recharged = books.recharge("IV0001", 900 * YUAN, "CZ8")
    in_flight = books.withdraw("IV0001", 200 * YUAN, "TX9")
    books.backdate([recharged, in_flight], at(yesterday, 16))
    assert upload(clerk, yesterday, statement_csv([Line("Y1", "CZ8", "IV0001", 900 * YUAN, at(yesterday, 16))]),
                  "y.csv").status_code == 201
    assert clerk.post(f"{R}/days/{yesterday.isoformat()}/run").json()["open_count"] == 1
    tx9 = by_reference(items(clerk, yesterday, "ledger"))["TX9"]
    timing = clerk.post(f"{R}/days/{yesterday.isoformat()}/timing",
                        {"items": [{"side": "ledger", "id": tx9["id"]}], "note": "银行次日出款"})
    assert timing.status_code == 200 and timing.json()["open_count"] == 0 and timing.json()["status"] == "reconciled"
    assert by_reference(items(clerk, yesterday, "ledger"))["TX9"]["state"] == "timing"
    again = clerk.post(f"{R}/days/{yesterday.isoformat()}/timing", {"items": [{"side": "ledger", "id": tx9["id"]}]})
    assert again.status_code == 409 and again.json()["code"] == "item_not_open"

    # The day has a movement of its own as well: it is stored new, beside the carried copy.
    books.backdate([books.recharge("IV0002", 300 * YUAN, "CZ10")], at(day, 10))
    assert upload(clerk, day, statement_csv([Line("T1", "TX9", "IV0001", -200 * YUAN, at(day, 9), "提现"),
                                             Line("T2", "CZ10", "IV0002", 300 * YUAN, at(day, 10))]),
                  "t.csv").status_code == 201
    run = clerk.post(f"{R}/days/{day.isoformat()}/run").json()
    assert run["status"] == "reconciled" and run["summary"]["matched"]["ledger"]["count"] == 2
    ledger = by_reference(items(clerk, day, "ledger"))
    carried = ledger["TX9"]
    assert (carried["category"], carried["carried_from_day"]) == ("matched", yesterday.isoformat())
    assert carried["note"] is None and carried["id"] != tx9["id"]  # the console words it from carried_from_day
    assert ledger["CZ10"]["category"] == "matched" and ledger["CZ10"]["carried_from_day"] is None


def test_an_adjusting_entry_is_approved_by_someone_else_with_step_up_and_posts_to_suspense(
        day_with_differences, person, platform):
    day, _ = day_with_differences
    clerk, manager = person("finance"), person("finlead")
    bank = by_reference(items(clerk, day, "bank"))
    b8 = next(v for v in bank.values() if v["serial"] == "B8")
    proposed = clerk.post(f"{R}/days/{day.isoformat()}/proposals",
                          {"items": [{"side": "bank", "id": b8["id"]}], "reason": "客户线下转账，平台未入账，挂账待查"})
    assert proposed.status_code == 201, proposed.text
    p = proposed.json()
    assert (p["state"], p["amount_fen"], p["direction"], p["proposed_by"]) == ("pending", 12_345, "in", "finance")
    assert by_reference(items(clerk, day, "bank"))[b8["serial"]]["state"] == "proposed"
    assert clerk.post(f"/reconciliation/proposals/{p['id']}/approve", {"version": p["version"]}).status_code == 403

    no_step_up = manager.post(f"{R}/proposals/{p['id']}/approve", {"version": p["version"]})
    assert no_step_up.status_code == 403 and no_step_up.json()["code"] == "step_up_required"
    approve = f"/api/v1{R}/proposals/{p['id']}/approve"
    stale = manager.client.post(approve, json={"version": p["version"] + 1},
                                headers=manager.headers | manager.step_up_headers())
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    done = manager.client.post(approve, json={"version": p["version"]},
                               headers=manager.headers | manager.step_up_headers())
    assert done.status_code == 200, done.text
    assert (done.json()["state"], done.json()["transfer_id"], done.json()["decided_by"]) == (
        "approved", f"recon-adj-{p['id']}", "finlead")
    assert by_reference(items(clerk, day, "bank"))[b8["serial"]]["state"] == "adjusted"
    trial = manager.get("/ledger/trial-balance", params={"kind": "platform"}).json()
    assert trial["difference_fen"] == 0
    accounts = {a["code"]: a for a in trial["items"]}
    assert accounts["platform:suspense"]["balance_fen"] == 12_345
    again = manager.client.post(approve, json={"version": done.json()["version"]},
                                headers=manager.headers | manager.step_up_headers())
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"

    # Four eyes: a manager who may also propose can never decide their own proposal.
    grant(platform, "finlead", "funds.adjust.propose")
    ledger = by_reference(items(clerk, day, "ledger"))
    own = manager.post(f"{R}/days/{day.isoformat()}/proposals",
                       {"items": [{"side": "ledger", "id": ledger["CZ2"]["id"]},
                                  {"side": "bank", "id": bank["CZ2"]["id"]}], "reason": "银行少入账1元"})
    assert own.status_code == 201 and (own.json()["amount_fen"], own.json()["direction"]) == (1 * YUAN, "out")
    refused = manager.client.post(f"/api/v1{R}/proposals/{own.json()['id']}/approve",
                                  json={"version": own.json()["version"]},
                                  headers=manager.headers | manager.step_up_headers())
    assert refused.status_code == 403 and refused.json()["code"] == "four_eyes"
    also = manager.post(f"{R}/proposals/{own.json()['id']}/reject", {"version": own.json()["version"], "reason": "x"})
    assert also.status_code == 403 and also.json()["code"] == "four_eyes"
    listed = clerk.get(f"{R}/proposals", params={"state": "pending", "day": day.isoformat()}).json()
    assert [x["id"] for x in listed] == [own.json()["id"]]


def test_a_rejected_proposal_gives_the_items_back(day_with_differences, person):
    day, _ = day_with_differences
    clerk, manager = person("finance"), person("finlead")
    ledger = by_reference(items(clerk, day, "ledger"))
    p = clerk.post(f"{R}/days/{day.isoformat()}/proposals",
                   {"items": [{"side": "ledger", "id": ledger["TX3"]["id"]}], "reason": "提现失败"}).json()
    assert (p["amount_fen"], p["direction"]) == (1_000 * YUAN, "in")  # the books paid out what the bank did not
    no_reason = manager.post(f"{R}/proposals/{p['id']}/reject", {"version": p["version"], "reason": ""})
    assert no_reason.status_code == 422
    rejected = manager.post(f"{R}/proposals/{p['id']}/reject", {"version": p["version"], "reason": "应为在途，次日到账"})
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    assert rejected.json()["decision_reason"] == "应为在途，次日到账"
    assert by_reference(items(clerk, day, "ledger"))["TX3"]["state"] == "open"


def test_a_day_closes_only_when_nothing_is_open_and_then_accepts_no_change(day_with_differences, person):
    day, d = day_with_differences
    clerk, manager = person("finance"), person("finlead")
    close = f"/api/v1{R}/days/{day.isoformat()}/close"
    early = manager.client.post(close, json={"version": d["version"]}, headers=manager.headers | manager.step_up_headers())
    assert early.status_code == 409 and early.json()["code"] == "day_not_reconciled"
    ledger, bank = by_reference(items(clerk, day, "ledger")), by_reference(items(clerk, day, "bank"))
    b8 = next(v for v in bank.values() if v["serial"] == "B8")
    clerk.post(f"{R}/days/{day.isoformat()}/matches", {"ledger_ids": [ledger["CZ7"]["id"]],
                                                       "bank_ids": [bank["WRONG7"]["id"]]})
    timing = [{"side": "ledger", "id": ledger["TX3"]["id"]}, {"side": "bank", "id": b8["id"]}]
    assert clerk.post(f"{R}/days/{day.isoformat()}/timing", {"items": timing}).status_code == 200
    p = clerk.post(f"{R}/days/{day.isoformat()}/proposals",
                   {"items": [{"side": "ledger", "id": ledger["CZ2"]["id"]},
                              {"side": "bank", "id": bank["CZ2"]["id"]}], "reason": "手续费差异"}).json()
    waiting = clerk.get(f"{R}/days/{day.isoformat()}").json()
    assert waiting["open_count"] == 0 and waiting["pending_proposals"] == 1 and waiting["status"] == "open"
    pending = manager.client.post(close, json={"version": waiting["version"]},
                                  headers=manager.headers | manager.step_up_headers())
    assert pending.status_code == 409 and pending.json()["code"] == "day_not_reconciled"
    assert manager.client.post(f"/api/v1{R}/proposals/{p['id']}/approve", json={"version": p["version"]},
                               headers=manager.headers | manager.step_up_headers()).status_code == 200
    ready = clerk.get(f"{R}/days/{day.isoformat()}").json()
    assert ready["status"] == "reconciled"
    assert manager.post(f"{R}/days/{day.isoformat()}/close", {"version": ready["version"]}).json()["code"] == \
        "step_up_required"
    stale = manager.client.post(close, json={"version": ready["version"] - 1},
                                headers=manager.headers | manager.step_up_headers())
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    closed = manager.client.post(close, json={"version": ready["version"]},
                                 headers=manager.headers | manager.step_up_headers())
    assert closed.status_code == 200, closed.text
    assert (closed.json()["status"], closed.json()["closed_by"]) == ("closed", "finlead")

    changes = [
        upload(clerk, day, statement_csv([Line("Z1", "CZ99", "IV0001", 100, at(day, 20))]), "late.csv"),
        clerk.post(f"{R}/days/{day.isoformat()}/run"),
        clerk.post(f"{R}/days/{day.isoformat()}/matches", {"ledger_ids": [ledger["CZ1"]["id"]],
                                                           "bank_ids": [bank["CZ1"]["id"]]}),
        clerk.post(f"{R}/days/{day.isoformat()}/timing", {"items": [{"side": "ledger", "id": ledger["CZ1"]["id"]}]}),
        clerk.post(f"{R}/days/{day.isoformat()}/proposals", {"items": [{"side": "ledger", "id": ledger["CZ1"]["id"]}],
                                                             "reason": "x"}),
        manager.client.post(f"/api/v1{R}/proposals/{p['id']}/approve", json={"version": p["version"] + 1},
                            headers=manager.headers | manager.step_up_headers()),
        manager.post(f"{R}/proposals/{p['id']}/reject", {"version": p["version"] + 1, "reason": "x"}),
        manager.client.post(close, json={"version": closed.json()["version"]},
                            headers=manager.headers | manager.step_up_headers()),
    ]
    assert [(c.status_code, c.json()["code"]) for c in changes] == [(409, "day_closed")] * len(changes)
    assert clerk.get(f"{R}/days/{day.isoformat()}").json()["version"] == closed.json()["version"]


def test_the_calendar_tells_each_days_status(day_with_differences, person):
    day, _ = day_with_differences
    clerk = person("finance")
    days = clerk.get(f"{R}/days", params={"from": (day - timedelta(days=2)).isoformat(), "to": day.isoformat()})
    assert days.status_code == 200
    assert [(x["status"], x["statements"], x["open_count"]) for x in days.json()] == [
        ("not_started", 0, 0), ("not_started", 0, 0), ("open", 1, 6)]
    assert days.json()[2]["open_amount_fen"] > 0
    backwards = clerk.get(f"{R}/days", params={"from": day.isoformat(), "to": (day - timedelta(days=1)).isoformat()})
    assert backwards.status_code == 422


def test_one_ledger_item_matches_several_bank_lines_by_hand(books, person):
    clerk, day = person("finance"), today()
    books.recharge("IV0041", 1_000 * YUAN, "CZ41")
    lines = [Line("M1", "BANKREF1", "IV9041", 600 * YUAN, at(day, 9)),
             Line("M2", "BANKREF2", "IV9041", 400 * YUAN, at(day, 15))]
    assert upload(clerk, day, statement_csv(lines)).status_code == 201
    clerk.post(f"{R}/days/{day.isoformat()}/run")
    ledger, bank = items(clerk, day, "ledger"), items(clerk, day, "bank")
    assert [i["category"] for i in ledger + bank] == ["ledger_only", "bank_only", "bank_only"]
    answer = clerk.post(f"{R}/days/{day.isoformat()}/matches",
                        {"ledger_ids": [ledger[0]["id"]], "bank_ids": [b["id"] for b in bank], "note": "分笔到账"})
    assert answer.status_code == 200 and answer.json()["status"] == "reconciled"
    after = items(clerk, day, "ledger")[0]
    assert sorted(after["counterpart_ids"]) == sorted(b["id"] for b in bank) and after["group_id"] == ledger[0]["id"]
    assert all(b["counterpart_ids"] == [ledger[0]["id"]] for b in items(clerk, day, "bank"))
