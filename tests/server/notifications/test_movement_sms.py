"""Every movement of a customer's money queues an SMS in Chinese in the movement's own transaction, with the
amount and the available balance in yuan; a replayed movement queues nothing more."""

from tests.server.customers.service_support import front_end, make_customer, outbox_messages
from tests.server.withdrawals.conftest import Reviewer


def _move(fe, kind, body):
    answer = fe.post(f"/ledger/movements/{kind}", body)
    assert answer.status_code == 200, answer.text
    return answer


def _texts(platform, customer_id):
    return [m.text for m in outbox_messages(platform, customer_id)]


def test_a_recharge_tells_the_customer_once_with_the_amount_and_balance(platform, client):
    c = make_customer(platform, phone="13800001111")
    fe = front_end(platform, client)
    body = {"operation_id": "rc-sms-1", "customer_ref": c["number"], "amount_fen": 1234_56}
    _move(fe, "recharge", body)
    _move(fe, "recharge", body)  # the same operation again: posts nothing, tells nothing
    (message,) = outbox_messages(platform, c["id"])
    assert message.recipient == "13800001111" and message.channel == "sms"
    assert message.text == "【P2P平台】您的账户充值 1,234.56 元已到账，可用余额 1,234.56 元。"


def test_an_investment_and_its_repayment_are_told_to_the_investor(platform, client):
    investor = make_customer(platform, phone="13800002222")
    borrower = make_customer(platform, phone="13800003333", side="borrower", name="李强")
    fe = front_end(platform, client)
    _move(fe, "recharge", {"operation_id": "rc-inv", "customer_ref": investor["number"], "amount_fen": 10_000_00})
    _move(fe, "investment", {"operation_id": "inv-1", "investor_ref": investor["number"], "loan_ref": "LN20261203001",
                             "amount_fen": 6_000_00})
    _move(fe, "disbursement", {"operation_id": "disb-1", "loan_ref": "LN20261203001",
                               "borrower_ref": borrower["number"]})
    _move(fe, "recharge", {"operation_id": "rc-bor", "customer_ref": borrower["number"], "amount_fen": 600_00})
    _move(fe, "repayment", {"operation_id": "rep-1", "loan_ref": "LN20261203001", "borrower_ref": borrower["number"],
                            "principal_fen": 500_00, "interest_fen": 60_00})
    assert _texts(platform, investor["id"]) == [
        "【P2P平台】您的账户充值 10,000.00 元已到账，可用余额 10,000.00 元。",
        "【P2P平台】您已投资 6,000.00 元（借款 LN20261203001），资金已冻结待放款，可用余额 4,000.00 元。",
        "【P2P平台】您投资的借款 LN20261203001 收到还款 560.00 元（本金 500.00 元，利息 60.00 元），可用余额 4,560.00 元。",
    ]


def test_a_withdrawal_rejected_and_one_paid_are_told_with_the_balance(platform, client):
    c = make_customer(platform, phone="13800004444")
    fe = front_end(platform, client)
    _move(fe, "recharge", {"operation_id": "rc-wd", "customer_ref": c["number"], "amount_fen": 1_000_00})
    ask = {"customer_ref": c["number"], "bank_card": "6222021234567890"}
    reviewer = Reviewer(client, "finlead")
    first = fe.post("/withdrawals", ask | {"request_id": "wd-sms-1", "amount_fen": 200_00}).json()
    assert first["state"] == "pending_review"  # a new card
    assert reviewer.reject(first, "银行卡户名与账户实名不一致").status_code == 200
    second = fe.post("/withdrawals", ask | {"request_id": "wd-sms-2", "amount_fen": 300_00}).json()
    assert second["state"] == "pending_review"
    assert reviewer.approve(second).status_code == 200
    assert _texts(platform, c["id"])[1:] == [
        f"【P2P平台】您的提现 200.00 元（{first['number']}）未通过审核，原因：银行卡户名与账户实名不一致。"
        "资金已退回，可用余额 1,000.00 元。",
        f"【P2P平台】您的提现 300.00 元（{second['number']}）已出款至尾号 7890 的银行卡，可用余额 700.00 元。",
    ]


def test_movements_of_references_that_are_not_customers_tell_no_one(platform, client):
    fe = front_end(platform, client)
    _move(fe, "recharge", {"operation_id": "rc-none", "customer_ref": "IV00000777", "amount_fen": 100})
    assert outbox_messages(platform) == []
