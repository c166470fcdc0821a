"""The risk check and the customer view show blacklist hits: by ID number, phone or card (a block), by name alone (a
warning: many people share a name)."""

from tests.server.blacklist.conftest import post

BORROWER = {"kind": "person", "name": "欧阳娜娜", "id_number": "110101199001011234", "phone": "13912345678",
            "bank_card": "6222021234567890123", "birth_date": "1990-01-01", "monthly_income_fen": 3_000_000,
            "monthly_debt_payments_fen": 0, "employer": "某科技公司"}


def _apply(lead, **fields):
    made = lead.post("/loans/borrowers", BORROWER | fields)
    assert made.status_code == 201, made.text
    answer = lead.post("/loans/applications", {"borrower_id": made.json()["id"], "amount_fen": 1_000_000,
                                               "term_months": 12, "annual_rate": "0.10",
                                               "method": "equal_installment", "purpose": "经营周转"})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _blacklist_hit(who, app, language="zh-CN"):
    detail = who.client.get(f"/api/v1/loans/applications/{app['id']}",
                            headers=who.headers | {"Accept-Language": language}).json()
    return next((h for h in detail["risk"]["hits"] if h["rule"] == "blacklist"), None), detail


def test_a_name_on_the_blacklist_is_a_warning_in_the_risk_check(staff, add_entry):
    add_entry("name", "欧阳娜娜", reason="骗贷团伙成员", source="partner")
    lead = staff("risklead")
    app = _apply(lead)
    hit, detail = _blacklist_hit(lead, app)
    assert hit is not None and hit["params"] == {"keys": ["name"]} and not hit["blocking"]
    assert "姓名" in hit["finding"]
    assert "blacklist" not in detail["risk"]["unresolved_blocks"]
    english, _detail = _blacklist_hit(lead, app, "en")
    assert english["finding"] == "On the blacklist by name."


def test_an_id_number_on_the_blacklist_blocks_and_names_every_key_that_matched(staff, add_entry):
    add_entry("id_number", BORROWER["id_number"])
    add_entry("name", BORROWER["name"])
    lead = staff("risklead")
    app = _apply(lead)
    hit, detail = _blacklist_hit(lead, app, "en")
    assert hit["blocking"] and hit["params"] == {"keys": ["id_number", "name"]}
    assert hit["finding"] == "On the blacklist by ID number, name."
    assert "blacklist" in detail["risk"]["unresolved_blocks"] and detail["borrower"]["blacklisted"]


def test_a_removed_entry_no_longer_hits(staff, add_entry, second_lead):
    entry = add_entry("phone", BORROWER["phone"])
    post(second_lead, f"/loans/blacklist/{entry['id']}/removal", {"reason": "号码已变更"})
    assert staff("risklead").post(f"/loans/blacklist/{entry['id']}/removal/approve", {}).status_code == 200
    app = _apply(staff("risklead"))
    assert _blacklist_hit(staff("risklead"), app)[0] is None


def test_hits_for_a_customer_name_each_matching_entry(staff, add_entry, platform):
    """hits_for(db, customer), as the customer view calls it: by ID number, phone, any card, name."""
    from server.loans import blacklist
    from server.loans.models import Borrower

    card = add_entry("bank_card", BORROWER["bank_card"], reason="盗刷", source="internal")
    name = add_entry("name", BORROWER["name"], reason="冒名", source="partner")
    add_entry("phone", "13800000000")  # someone else's
    app = _apply(staff("risklead"))
    with platform.db.read() as db:
        customer = db.get(Borrower, app["borrower_id"])
        hits = blacklist.hits_for(db, customer)
    assert [(h["entry_id"], h["kind"], h["reason"], h["source"]) for h in hits] == [
        (card["id"], "bank_card", "盗刷", "internal"), (name["id"], "name", "冒名", "partner")]
    assert all(h["added_at"] for h in hits)
