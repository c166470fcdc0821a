"""Opening balances go in through the ledger's own transfers from custodian clearing, only when they add up to
the custodian's stated figure; every other problem is named by sheet, row and column."""

from sqlalchemy import select

from server.ledger.models import LedgerAccount, LedgerTransfer
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS, XLSX, filled


def test_opening_balances_post_against_custodian_clearing_and_must_match_the_custodians_figure(staff, platform):
    admin = staff("admin")
    assert admin.post("/golive/imports", content=filled("customers", GOOD_CUSTOMERS),
                      headers=XLSX | admin.step_up_headers()).status_code == 201
    bad = {"balances": [["GL0001", "1000.00"], ["GL0001", "5"], ["NOBODY", "3"], ["风险准备金", "-1"]],
           "custodian": [["2026-12-31", "999"]]}
    answer = admin.post("/golive/imports/dry-run", content=filled("balances", bad), headers=XLSX).json()
    found = {(p["sheet"], p["row"], p["column"], p["code"]) for p in answer["problems"]}
    assert found == {("期初余额", 3, "账户", "account_repeated"), ("期初余额", 4, "账户", "account_unknown"),
                     ("期初余额", 5, "余额(元)", "amount_invalid"),
                     ("存管银行余额", 2, "存管账户余额(元)", "balances_do_not_add_up")}, found
    assert "¥1,000.00" in next(p["reason"] for p in answer["problems"] if p["code"] == "balances_do_not_add_up")

    good = {"balances": [["GL0001", "1000.00"], ["GL0101", "500"], ["风险准备金", "200.50"]],
            "custodian": [["2026-12-31", "1700.50"]]}
    with platform.db.read() as db:
        tried_before = db.scalar(select(LedgerTransfer.id).order_by(LedgerTransfer.id.desc()).limit(1))
    done = admin.post("/golive/imports", content=filled("balances", good), headers=XLSX | admin.step_up_headers())
    assert done.status_code == 201, done.text
    assert done.json()["totals"] == {"persons": 0, "companies": 0, "cards": 0, "staff": 0, "accounts": 3,
                                     "opening_total_fen": 170_050}
    with platform.db.read() as db:
        balance = {a.code: a.balance_fen for a in db.scalars(select(LedgerAccount))}
        posted = db.scalars(select(LedgerTransfer).where(LedgerTransfer.id > (tried_before or 0))).all()
    assert balance["customer:GL0001:available"] == 100_000 and balance["customer:GL0101:available"] == 50_000
    assert balance["platform:risk_reserve"] == 20_050
    assert {t.kind for t in posted} == {"adjustment"} and len(posted) == 3
    trial = staff("auditor").get("/ledger/trial-balance").json()
    assert trial["difference_fen"] == 0
    # The books are open now: opening balances again are refused, whatever the file.
    again = admin.post("/golive/imports/dry-run", content=filled("balances", {
        "balances": [["GL0002", "1"]], "custodian": [["2026-12-31", "1"]]}), headers=XLSX).json()
    assert {p["code"] for p in again["problems"]} == {"books_not_empty"}
