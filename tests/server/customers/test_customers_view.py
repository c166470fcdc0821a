"""The customer view on the demo's data: profile, cards, balances from the ledger, sign-in security, blacklist hits,
money movements page by page, investments with expected interest, loans with schedules and overdue buckets,
withdrawals with their decisions."""

import pytest
from sqlalchemy import func, select

from server.ledger import queries as ledger_queries
from server.loans.after.ageing import bucket_of
from server.loans.models import Investment, LoanApplication


def plant_book(platform) -> None:
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.withdrawals.demo import seed_withdrawals

    with platform.db.write() as db:
        seed_loans(db, 300)
        seed_ledger(db, per_state=20)
        seed_withdrawals(db)
        db.commit()


@pytest.fixture
def platform(make_platform):
    """Every test here reads the same book: a copy of a template it was planted on once a day, not planted again
    for each test (seconds each)."""
    return make_platform(book=plant_book)


@pytest.fixture
def demo(platform):
    return platform


def _id(staff, number) -> int:
    return staff("service").get("/customers", params={"q": number}).json()["items"][0]["id"]


def test_an_investor_shows_profile_cards_balances_security_and_counts(demo, staff):
    service = staff("service")
    investor = service.get(f"/customers/{_id(staff, 'IV0013')}")
    assert investor.status_code == 200, investor.text
    view = investor.json()
    assert view["side"] == "investor" and "*" in view["name"] and "*" in view["phone"]
    assert view["cards"] and all("*" in c["card"] for c in view["cards"]) and sum(c["is_default"] for c in view["cards"]) == 1
    security = view["security"]
    assert view["login_locked"] and security["login_locked"] and security["locked_reason"]
    assert security["locked_by_name"] == "周敏" and security["login_password_set"] is False
    with demo.db.read() as db:
        balances = ledger_queries.customer_balances(db, "IV0013")
        invested = db.scalar(select(func.count()).select_from(Investment).where(Investment.investor_ref == "IV0013"))
    assert view["balances"] == {"available_fen": balances["available_fen"], "frozen_fen": balances["frozen_fen"]}
    assert view["counts"]["investments"] == invested and view["counts"]["transfers"] >= 1
    assert view["counts"]["loans"] == 0


def test_transfers_come_page_by_page_newest_first_with_their_direction(demo, staff):
    service = staff("service")
    with demo.db.read() as db:
        busiest = db.execute(select(Investment.investor_ref, func.count()).where(Investment.state == "posted")
                             .group_by(Investment.investor_ref).order_by(func.count().desc()).limit(1)).one()[0]
    customer_id = _id(staff, busiest)
    total = service.get(f"/customers/{customer_id}").json()["counts"]["transfers"]
    first = service.get(f"/customers/{customer_id}/transfers", params={"limit": 3}).json()
    second = service.get(f"/customers/{customer_id}/transfers", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == total >= 4
    ids = [t["id"] for t in first["items"] + second["items"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    every = service.get(f"/customers/{customer_id}/transfers", params={"limit": 500}).json()["items"]
    recharge = next(t for t in every if t["kind"] == "recharge")
    assert (recharge["direction"], recharge["account"]) == ("in", "available")
    invest = next(t for t in every if t["kind"] == "disburse")
    assert invest["direction"] == "out" and invest["application_number"].startswith("LN")


def test_investments_show_the_expected_interest_of_their_share(demo, staff):
    with demo.db.read() as db:
        ref = db.scalar(select(Investment.investor_ref).where(Investment.state == "posted").limit(1))
    items = staff("service").get(f"/customers/{_id(staff, ref)}/investments").json()
    assert items
    posted = [i for i in items if i["state"] == "posted"]
    assert posted and all(i["expected_interest_fen"] > 0 for i in posted)
    one = posted[0]
    assert one["expected_interest_fen"] < one["amount_fen"] and one["received_fen"] >= 0
    assert one["application_number"].startswith("LN") and one["annual_rate"].startswith("0.")


def test_loans_show_schedules_and_the_overdue_bucket(demo, staff):
    with demo.db.read() as db:
        borrower_ids = db.scalars(select(LoanApplication.borrower_id).where(LoanApplication.state == "overdue")).all()
    service = staff("service")
    overdue = []
    for borrower_id in borrower_ids:
        for loan in service.get(f"/customers/{borrower_id}/loans").json():
            if loan["overdue_days"] > 0:
                overdue.append(loan)
    assert overdue
    for loan in overdue:
        assert loan["bucket"] == bucket_of(loan["overdue_days"]) and loan["overdue_fen"] > 0
        assert loan["installments"] and loan["outstanding_principal_fen"] > 0
        assert any(i["state"] != "paid" for i in loan["installments"])
    detail = service.get(f"/customers/{borrower_ids[0]}").json()
    assert detail["side"] == "borrower" and detail["counts"]["loans"] >= 1 and detail["verified"]


def test_withdrawals_name_who_decided_and_why(demo, staff):
    finance = staff("finance")
    rejected = finance.get("/withdrawals", params={"state": ["rejected"]}).json()["items"][0]
    items = staff("service").get(f"/customers/{_id(staff, rejected['customer_ref'])}/withdrawals").json()
    mine = next(w for w in items if w["id"] == rejected["id"])
    assert mine["state"] == "rejected" and mine["reason"] and mine["decided_by_name"] == "陈静"
    assert mine["decided_at"] and "*" in mine["bank_card"]


def test_a_customer_whose_phone_is_on_the_blacklist_shows_the_hit(demo, staff):
    lead = staff("risklead")
    customer_id = _id(staff, "IV0002")
    phone = lead.post(f"/customers/{customer_id}/reveal", {"reason": "加入黑名单"}).json()["phone"]
    added = lead.post("/loans/blacklist", {"kind": "phone", "value": phone, "reason": "涉嫌欺诈",
                                           "source": "internal"})
    assert added.status_code == 201, added.text
    view = staff("service").get(f"/customers/{customer_id}").json()
    assert view["blacklisted"] and [h["kind"] for h in view["blacklist_hits"]] == ["phone"]
    assert view["blacklist_hits"][0]["reason"] == "涉嫌欺诈"
    found = staff("service").get("/customers", params={"q": "IV0002"}).json()["items"][0]
    assert found["blacklisted"]


def test_the_demo_holds_customers_in_every_situation(demo, staff):
    from server.customers.models import Customer

    from sqlalchemy.orm import selectinload

    with demo.db.read() as db:
        customers = db.scalars(select(Customer).options(selectinload(Customer.cards)).order_by(Customer.id)).all()
    investors = [c for c in customers if c.side == "investor"]
    borrowers = [c for c in customers if c.side == "borrower"]
    assert len(investors) == 200 and all(c.name and c.phone and c.id_number and c.cards for c in investors)
    assert {c.kind for c in investors} == {c.kind for c in borrowers} == {"person", "company"}
    companies = [c for c in customers if c.kind == "company"]
    assert all(c.legal_representative and c.registered_capital_fen for c in companies)
    assert [c.number for c in customers if c.login_locked] == ["IV0013"]
    assert any(not c.verified for c in investors) and all(c.verified for c in borrowers)
    assert any(c.email for c in investors) and any(len(c.cards) > 1 for c in investors)
    found = staff("service").get("/customers", params={"q": investors[0].name[:1]}).json()
    assert found["match"] == "name" and found["items"]
