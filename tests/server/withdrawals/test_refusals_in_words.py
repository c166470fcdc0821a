"""Funds' refusals read as sentences in the reader's language (Chinese when the request names none, English when
it asks), states, accounts and permissions in words, their codes kept in `params` for programs."""

from tests.server.conftest import API

YUAN = 100


def _detail(staff, method, path, language=None, **kw):
    headers = staff.headers | ({"Accept-Language": language} if language else {})
    answer = staff.client.request(method, f"{API}{path}", headers=headers | kw.pop("extra_headers", {}), **kw)
    return answer.status_code, answer.json()


def test_a_decided_withdrawal_refuses_in_chinese_by_default_and_in_english_when_asked(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("L1", 1_000 * YUAN)
    w = customer_side.withdrawal("L1", 100 * YUAN)
    paid = finance.approve(w).json()
    body = {"version": paid["version"], "reason": "资料不全"}
    status, zh = _detail(finance, "POST", f"/withdrawals/{w['id']}/reject", json=body)
    assert status == 409 and zh["code"] == "invalid_transition"
    assert zh["detail"] == f"提现申请 {w['number']} 的状态已是“已出款”，不能再拒绝。"
    assert zh["params"] == {"number": w["number"], "state": "paid"}  # the code, for programs
    _status, en = _detail(finance, "POST", f"/withdrawals/{w['id']}/reject", "en", json=body)
    assert en["detail"] == f"Withdrawal {w['number']} is already paid; it can no longer be rejected."


def test_not_enough_money_names_the_account_in_words_and_the_amounts_in_yuan(customer_side):
    customer_side.recharge("L2", 700 * YUAN)
    body = {"request_id": "req-L2-words", "customer_ref": "L2", "amount_fen": 800 * YUAN,
            "bank_card": "6222 0212 3456 7890"}
    status, zh = _detail(customer_side.staff, "POST", "/withdrawals", json=body)
    assert status == 409 and zh["code"] == "insufficient_funds"
    assert zh["detail"] == "客户 L2 的可用余额不足：可用 ¥700.00，需要 ¥800.00。"
    assert zh["params"]["account"] == "customer:L2:available"
    _status, en = _detail(customer_side.staff, "POST", "/withdrawals", "en", json=body)
    assert en["detail"] == "Not enough in customer L2's available balance: ¥700.00 available, ¥800.00 needed."


def test_a_clerk_refused_the_second_approval_reads_the_permission_in_words(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("L3", 1_000_000 * YUAN)
    w = customer_side.withdrawal("L3", 250_000 * YUAN)
    first = finance.approve(w).json()
    step_up = finance.step_up_headers()
    status, zh = _detail(finance, "POST", f"/withdrawals/{w['id']}/approve", json={"version": first["version"]},
                         extra_headers=step_up)
    assert status == 403 and zh["detail"] == "复核审批需要“大额提现审批”权限。"
    assert zh["params"] == {"permission": "funds.withdrawal.approve_large"}
    _status, en = _detail(finance, "POST", f"/withdrawals/{w['id']}/approve", "en",
                          json={"version": first["version"]}, extra_headers=step_up)
    assert en["detail"] == "The second approval needs the permission “Approve large withdrawals”."


def test_a_batch_refusal_reads_in_the_language_asked_for_with_its_params(customer_side, reviewer):
    finance = reviewer("finance")
    customer_side.recharge("L4", 1_000 * YUAN)
    w = customer_side.withdrawal("L4", 100 * YUAN)
    paid = finance.approve(w).json()
    items = [{"id": w["id"], "version": paid["version"]}]
    for language, sentence in ((None, f"提现申请 {w['number']} 的状态已是“已出款”，不能再拒绝。"),
                               ("en", f"Withdrawal {w['number']} is already paid; it can no longer be rejected.")):
        status, results = _detail(finance, "POST", "/withdrawals/batch/reject", language,
                                  json={"items": items, "reason": "资料不全"})
        assert status == 200 and results[0]["detail"] == sentence
        assert results[0]["params"] == {"number": w["number"], "state": "paid"}


def test_the_ledger_refuses_an_unknown_account_in_chinese(reviewer):
    finance = reviewer("finance")
    status, zh = _detail(finance, "GET", "/ledger/customers/NOBODY/balances")
    assert status == 404 and zh["detail"] == "客户 NOBODY 尚无账户。"
    _status, en = _detail(finance, "GET", "/ledger/customers/NOBODY/balances", "en")
    assert en["detail"] == "Customer NOBODY has no ledger accounts yet."
