"""Staff reach a customer from any key they are given: number, name (prefix), phone, ID or licence number, bank card,
e-mail, application or withdrawal number; values are masked unless the reader holds pii.view, and a reveal is
audited with its reason."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from server.audit.models import AuditRecord
from server.customers.models import Customer, CustomerCard
from server.security.pii import blind_index

PHONE, ID_NUMBER, CARD, EMAIL = "13912345678", "11010119900307123X", "6217000011112222333", "nana.ouyang@example.cn"
LICENCE = "91330106MA2H7KLQ5B"


def _plant(db) -> dict:
    now = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
    person = Customer(number="IV9001", side="investor", kind="person", name="欧阳娜娜", id_number=ID_NUMBER,
                      id_number_index=blind_index(ID_NUMBER), phone=PHONE, phone_index=blind_index(PHONE), email=EMAIL,
                      email_index=blind_index(EMAIL), verified=True, verified_at=now, created_at=now)
    person.cards.append(CustomerCard(bank="招商银行", card=CARD, card_index=blind_index(CARD), is_default=True))
    company = Customer(number="BR90000001", side="borrower", kind="company", name="杭州欧阳科技有限公司",
                       id_number=LICENCE, id_number_index=blind_index(LICENCE), legal_representative="欧阳锋",
                       registered_capital_fen=500_000_000, created_at=now)
    db.add_all([person, company])
    db.flush()
    return {"person": person.id, "company": company.id}


@pytest.fixture
def planted(platform):
    with platform.db.write() as db:
        ids = _plant(db)
        db.commit()
    return ids


@pytest.mark.parametrize("text,match", [
    ("IV9001", "number"), ("iv9001", "number"), (PHONE, "phone"), ("139 1234 5678", "phone"), ("+8613912345678", "phone"),
    (ID_NUMBER, "id_number"), (ID_NUMBER.lower(), "id_number"), (CARD, "bank_card"), ("6217 0000 1111 2222 333", "bank_card"),
    (EMAIL, "email"), ("Nana.Ouyang@example.cn", "email"), ("欧阳娜", "name"), ("欧阳娜娜", "name")])
def test_each_key_finds_the_customer_masked_for_customer_service(staff, planted, text, match):
    answer = staff("service").get("/customers", params={"q": text})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["match"] == match
    assert [c["id"] for c in body["items"]] == [planted["person"]]
    found = body["items"][0]
    assert found == {"id": planted["person"], "number": "IV9001", "side": "investor", "kind": "person",
                     "name": "欧**娜", "phone": "139****5678", "id_number": "110101********123X", "verified": True,
                     "login_locked": False, "blacklisted": False}


def test_a_licence_number_finds_the_company_and_names_match_by_prefix_only(staff, planted):
    service = staff("service")
    company = service.get("/customers", params={"q": LICENCE}).json()
    assert company["match"] == "licence" and [c["id"] for c in company["items"]] == [planted["company"]]
    by_prefix = service.get("/customers", params={"q": "杭州欧阳"}).json()
    assert by_prefix["match"] == "name" and [c["number"] for c in by_prefix["items"]] == ["BR90000001"]
    assert service.get("/customers", params={"q": "阳娜娜"}).json() == {"match": "none", "items": []}
    assert service.get("/customers", params={"q": "13900000000"}).json() == {"match": "none", "items": []}
    # a value's neighbour is not found: exact match only
    assert service.get("/customers", params={"q": PHONE[:-1] + "9"}).json()["items"] == []


def test_application_and_withdrawal_numbers_find_their_customer(platform, staff, demo_money):
    lead = staff("risklead")
    app = lead.get("/loans/applications", params={"state": ["repaying"]}).json()["items"][0]
    found = lead.get("/customers", params={"q": app["number"]}).json()
    assert found["match"] == "application" and [c["id"] for c in found["items"]] == [app["borrower_id"]]
    withdrawal = staff("finance").get("/withdrawals", params={"state": ["rejected"]}).json()["items"][0]
    found = lead.get("/customers", params={"q": withdrawal["number"]}).json()
    assert found["match"] == "withdrawal" and [c["number"] for c in found["items"]] == [withdrawal["customer_ref"]]


def test_the_senior_risk_officer_sees_names_and_reveals_the_rest_with_a_reason_on_the_audit_log(platform, staff, planted):
    lead = staff("risklead")
    found = lead.get("/customers", params={"q": PHONE}).json()["items"][0]
    assert found["name"] == "欧阳娜娜" and found["phone"] == "139****5678"
    assert lead.post(f"/customers/{planted['person']}/reveal", {"reason": "  "}).status_code == 422
    revealed = lead.post(f"/customers/{planted['person']}/reveal", {"reason": "客户来电核对身份"})
    assert revealed.status_code == 200, revealed.text
    body = revealed.json()
    assert (body["name"], body["phone"], body["id_number"], body["email"]) == ("欧阳娜娜", PHONE, ID_NUMBER, EMAIL)
    assert [c["card"] for c in body["cards"]] == [CARD]
    with platform.db.read() as db:
        records = db.scalars(select(AuditRecord).where(AuditRecord.action == "pii.revealed",
                                                       AuditRecord.object_type == "customer")).all()
    assert [(r.object_id, r.actor_name) for r in records] == [(str(planted["person"]), "risklead")]
    assert "客户来电核对身份" in str(records[0].after)
    assert PHONE not in str(records[0].after) and ID_NUMBER not in str(records[0].after)


def test_without_the_permissions_search_view_and_reveal_are_refused(staff, planted):
    admin = staff("admin")  # no customer.read
    for path in ("/customers?q=IV9001", f"/customers/{planted['person']}",
                 f"/customers/{planted['person']}/transfers", f"/customers/{planted['person']}/loans"):
        refused = admin.get(path)
        assert refused.status_code == 403 and refused.json()["code"] == "permission_denied", path
    refused = staff("service").post(f"/customers/{planted['person']}/reveal", {"reason": "好奇"})
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    assert staff("service").get("/customers/999999").status_code == 404


@pytest.fixture
def demo_money(platform):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.withdrawals.demo import seed_withdrawals

    with platform.db.write() as db:
        seed_loans(db, 90)
        seed_ledger(db, per_state=15)
        seed_withdrawals(db)
        db.commit()
