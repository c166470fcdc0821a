"""rotate-pii-key re-keys the blind indexes as well as the ciphertext: after a rotation a customer is still found by
phone, ID number and card (and a blacklist entry still hits), while the hashes of the old index key no longer match
anything; the earlier keys stay in the ring."""

import shutil

from fastapi.testclient import TestClient
from sqlalchemy import Text, select, type_coerce

from server.app import create_app
from server.customers.models import Customer, CustomerCard
from server.db.models import metadata
from server.security import pii
from tests.server.conftest import Staff

PHONE, ID_NUMBER, CARD = "13722223333", "330106198807154321", "6217123412341234123"


def test_after_rotation_search_finds_by_phone_id_and_card_and_old_hashes_match_nothing(make_platform, tmp_path):
    make_platform()  # the session's demo database and key ring
    keys = tmp_path / "own-keys.json"  # a copy: the session's other tests keep the shared ring as it was
    shutil.copyfile(pii.active_ring().path, keys)
    platform = make_platform(pii_keys_file=keys)
    ring = pii.active_ring()
    assert ring.path == keys.resolve()
    old_hash = {v: ring.blind_index(v) for v in (PHONE, ID_NUMBER, CARD)}
    with platform.db.write() as db:
        customer = Customer(number="IV9100", side="investor", kind="person", name="钱多多", phone=PHONE,
                            phone_index=old_hash[PHONE], id_number=ID_NUMBER, id_number_index=old_hash[ID_NUMBER])
        customer.cards.append(CustomerCard(bank="中国银行", card=CARD, card_index=old_hash[CARD], is_default=True))
        db.add(customer)
        db.commit()
        customer_id = customer.id

    with TestClient(create_app(platform=platform), base_url="http://testserver") as client:
        lead = Staff(client, "risklead")
        phone = lead.post(f"/customers/{customer_id}/reveal", {"reason": "加入黑名单"}).json()["phone"]
        assert lead.post("/loans/blacklist", {"kind": "phone", "value": phone, "reason": "测试轮换",
                                              "source": "internal"}).status_code == 201
        before_keys = set(ring.keys)

        kid, count = pii.rotate_key(platform.db.engine, metadata)

        assert kid not in before_keys and before_keys < set(ring.keys) and count >= 3
        assert ring.active_index != "i1" and "i1" in ring.index_keys
        reloaded = pii.KeyRing.load_or_create(keys)  # what a restarted server reads
        assert (reloaded.active, reloaded.active_index) == (ring.active, ring.active_index)
        for text, match in ((PHONE, "phone"), (ID_NUMBER, "id_number"), (CARD, "bank_card")):
            found = lead.get("/customers", params={"q": text}).json()
            assert found["match"] == match and [c["id"] for c in found["items"]] == [customer_id], text
        view = lead.get(f"/customers/{customer_id}").json()
        assert view["blacklisted"] and [h["kind"] for h in view["blacklist_hits"]] == ["phone"]
        assert lead.post(f"/customers/{customer_id}/reveal", {"reason": "核对"}).json()["phone"] == PHONE

    with platform.db.read() as db:
        stored = db.scalar(select(Customer).where(Customer.id == customer_id))
        assert stored.phone_index == reloaded.blind_index(PHONE) != old_hash[PHONE]
        for column, value in ((Customer.phone_index, PHONE), (Customer.id_number_index, ID_NUMBER)):
            assert db.scalar(select(Customer.id).where(column == old_hash[value])) is None
        assert db.scalar(select(CustomerCard.id).where(CustomerCard.card_index == old_hash[CARD])) is None
        raw = db.execute(select(type_coerce(Customer.phone, Text)).where(Customer.id == customer_id)).scalar()
    assert raw.split(":")[1] == ring.active  # re-encrypted with the new key
