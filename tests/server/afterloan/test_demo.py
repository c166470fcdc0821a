"""The demo's after-loan book: every situation the after-loan screens show, relative to the seed's today."""

from server.ledger import queries
from server.ledger.demo import seed_ledger
from server.loans.after.demo import seed_after_loan
from server.loans.demo import seed_loans


def test_the_demo_holds_every_after_loan_situation(platform, staff):
    with platform.db.write() as db:
        seed_loans(db, 300)
        seed_ledger(db)
        made = seed_after_loan(db)
        assert seed_after_loan(db) == {}  # a second seed plants nothing
        db.commit()
    assert made["overdue"] == 12 and made["proposals"] == 4
    lead = staff("risklead")
    overdue = lead.get("/loans/overdue").json()
    assert all(overdue["buckets"][b]["count"] > 0 for b in ("M1", "M2", "M3", "M3+")), overdue["buckets"]
    promises = {i["promise"]["state"] for i in overdue["items"] if i["promise"]}
    assert promises == {"open", "kept", "broken"}
    assert overdue["items"][0]["promise"]["state"] == "broken"
    assert {i["collector_name"] for i in overdue["items"] if i["collector"]} == {"李明", "张伟"}
    assert any(i["state"] == "compensated" and i["compensation_state"] == "approved" for i in overdue["items"])
    assert overdue["bad_debt"]["count"] >= 1
    pending = staff("finlead").get("/loans/proposals", params={"state": "pending"}).json()
    assert sorted(p["kind"] for p in pending) == ["compensation", "write_off"]
    today = lead.get("/loans/repayments").json()
    assert {"paid", "partial", "due"} <= {r["state"] for r in today}
    listings = lead.get("/loans/listings").json()
    deadlines = [r["funding_deadline"] for r in listings if r["state"] == "listed"]
    assert deadlines and len(set(deadlines)) == len(deadlines)
    assert any(r["state"] == "listed" and 0 < r["funded_fen"] < r["amount_fen"] for r in listings)
    assert any(r["state"] == "funded" for r in listings)
    with platform.db.read() as db:
        assert queries.trial_balance(db)["difference_fen"] == 0


def test_borrowers_who_spent_their_loans_bring_the_money_before_the_demo_repays_for_them(platform):
    """`seed-demo --loans 50000` stopped with "Not enough in customer BR…'s available balance": in a large demo a
    borrower has spent the loan when the after-loan book repays an installment for them. They now bring the rest
    to the bank first (a recharge), and the books still balance."""
    from sqlalchemy import select

    from server.ledger import movements
    from server.ledger.models import LedgerAccount, LedgerTransfer

    with platform.db.write() as db:
        seed_loans(db, 300)
        seed_ledger(db)
        spendable = [(a.customer_ref, a.spendable_fen) for a in db.scalars(
            select(LedgerAccount).where(LedgerAccount.code.like("customer:BR%:available")))]
        for ref, amount in spendable:
            if amount > 0:
                movements.withdraw(db, f"test-spent-{ref}", ref, amount)
        made = seed_after_loan(db)
        db.commit()
    assert made["overdue"] == 12
    with platform.db.read() as db:
        books = queries.trial_balance(db, page_size=1)
        topups = db.scalars(select(LedgerTransfer.kind).where(LedgerTransfer.reference.like("DEMO-TOPUP-%"))).all()
    assert books["difference_fen"] == 0 and books["pending_difference_fen"] == 0
    assert topups and set(topups) == {"recharge"}
