"""Finance reads customers by name with their number: the ledger's accounts and transfers and the withdrawal queue
carry the customer's name (borrower or investor), masked for staff without pii.view."""


def test_accounts_transfers_and_withdrawals_name_the_borrower_masked(platform, staff):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.withdrawals.demo import seed_withdrawals

    with platform.db.write() as db:
        seed_loans(db, 60)
        seed_ledger(db)
        seed_withdrawals(db)
        db.commit()
    finance = staff("finance")
    accounts = finance.get("/ledger/accounts", params={"kind": "customer", "page_size": 200}).json()["items"]
    borrower = next(a for a in accounts if a["customer_ref"].startswith("BR"))
    assert borrower["customer_name"] and "*" in borrower["customer_name"]
    investor = next(a for a in accounts if a["customer_ref"].startswith("IV"))
    assert investor["customer_name"] and "*" in investor["customer_name"]
    transfers = finance.get("/ledger/transfers", params={"customer_ref": borrower["customer_ref"]}).json()["items"]
    named = [t for t in transfers if borrower["customer_ref"] in (t["debit_account"] + t["credit_account"])]
    assert named and all(borrower["customer_name"] in (t["debit_customer_name"], t["credit_customer_name"])
                         for t in named)
    statement = finance.get(f"/ledger/accounts/{borrower['id']}/statement").json()
    assert statement["account"]["customer_name"] == borrower["customer_name"]
    queue = finance.get("/withdrawals", params={"state": ["paid", "rejected", "pending_review"]}).json()["items"]
    for w in queue:
        assert w["customer_name"] and "*" in w["customer_name"], w
    if queue:
        detail = finance.get(f"/withdrawals/{queue[0]['id']}").json()
        assert detail["customer_name"] == queue[0]["customer_name"]
