"""POST /ledger/movements/batch: many customer-side movements in one command, each under its own operation id:
posted, replayed (sent before: nothing moves) or refused with its reason; all or nothing on request; one audit
record per movement; the books balance after every batch."""

from sqlalchemy import func, select

from server.audit.models import AuditRecord
from server.ledger.models import LedgerTransfer
from tests.server.ledger.conftest import assert_books_balance

BATCH = "/ledger/movements/batch"


def recharge(op, ref, fen, kind="recharge", reference=None):
    item = {"kind": kind, "operation_id": op, "customer_ref": ref, "amount_fen": fen}
    return item | ({"reference": reference} if reference else {})


def balances(staff, ref):
    return staff("finlead").get(f"/ledger/customers/{ref}/balances").json()


def test_a_batch_posts_each_movement_and_audits_each_one(poster, staff, platform):
    items = [recharge(f"B1-{n}", f"BC{n % 5}", 1_000 + n) for n in range(200)]
    items += [recharge("B1-w", "BC0", 500, "withdrawal"), recharge("B1-i", "BC1", 300, "investment", "LN-1")]
    answer = poster.post(BATCH, {"movements": items})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["posted"], body["replayed"], body["refused"]) == (202, 0, 0)
    assert [r["index"] for r in body["results"]] == list(range(202))
    assert body["results"][0]["transfers"][0]["transfer_id"] == "B1-0:recharge"
    assert body["results"][-1]["transfers"][0]["pending"] is True  # an investment freezes the money
    assert balances(staff, "BC0")["available_fen"] == sum(1_000 + n for n in range(0, 200, 5)) - 500
    assert balances(staff, "BC1")["frozen_fen"] == 300
    with platform.db.read() as db:
        audited = db.scalars(select(AuditRecord.object_id).where(AuditRecord.action.like("ledger.%"))
                             .order_by(AuditRecord.seq)).all()
        assert audited == [i["operation_id"] for i in items]
        assert_books_balance(db)


def test_sending_a_batch_again_moves_nothing_and_says_replayed(poster, staff, platform):
    items = [recharge(f"B2-{n}", "BC9", 100) for n in range(10)]
    assert poster.post(BATCH, {"movements": items[:4]}).json()["posted"] == 4
    again = poster.post(BATCH, {"movements": items}).json()
    assert (again["posted"], again["replayed"]) == (6, 4)
    assert [r["status"] for r in again["results"][:5]] == ["replayed"] * 4 + ["posted"]
    assert balances(staff, "BC9")["available_fen"] == 1_000
    keyed = poster.post(BATCH, {"movements": items[:2]}, headers={"Idempotency-Key": "batch-k"})
    replay = poster.post(BATCH, {"movements": items[:2]}, headers={"Idempotency-Key": "batch-k"})
    assert replay.headers.get("Idempotent-Replay") == "true" and replay.json() == keyed.json()
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(LedgerTransfer)
                         .where(LedgerTransfer.transfer_id.like("B2-%"))) == 10


def test_a_refused_movement_is_named_with_its_reason_and_the_others_post(poster, staff, platform):
    items = [recharge("B3-a", "BD1", 1_000), recharge("B3-b", "BD2", 5_000, "withdrawal"),  # BD2 has nothing
             recharge("B3-c", "BD1", 400, "withdrawal")]
    body = poster.post(BATCH, {"movements": items}, headers={"Accept-Language": "zh-CN"}).json()
    assert (body["posted"], body["replayed"], body["refused"]) == (2, 0, 1)
    refused = body["results"][1]
    assert refused["status"] == "refused" and refused["transfers"] == []
    assert refused["code"] == "insufficient_funds", refused
    assert "余额" in refused["message"] or "不足" in refused["message"], refused["message"]
    assert balances(staff, "BD1")["available_fen"] == 600
    with platform.db.read() as db:
        assert_books_balance(db)


def test_all_or_nothing_refuses_the_whole_batch_naming_the_movement(poster, staff, platform):
    items = [recharge("B4-a", "BE1", 1_000), recharge("B4-b", "BE2", 5_000, "withdrawal")]
    answer = poster.post(BATCH, {"movements": items, "all_or_nothing": True})
    assert answer.status_code == 409 and answer.json()["code"] == "batch_refused"
    assert answer.json()["index"] == 1 and answer.json()["item_code"] == "insufficient_funds"
    assert "B4-b" in answer.json()["detail"]
    with platform.db.read() as db:  # B4-a was posted in a savepoint before B4-b was refused: rolled back whole
        assert db.scalar(select(func.count()).select_from(LedgerTransfer)
                         .where(LedgerTransfer.transfer_id.like("B4-%"))) == 0
        assert_books_balance(db)


def test_a_batch_is_checked_before_anything_moves(poster, staff):
    twice = poster.post(BATCH, {"movements": [recharge("B5", "A", 1), recharge("B5", "A", 2)]})
    assert twice.status_code == 422 and twice.json()["code"] == "duplicate_operation_id"
    too_many = poster.post(BATCH, {"movements": [recharge(f"B6-{n}", "A", 1) for n in range(10_001)]})
    assert too_many.status_code == 422
    no_loan = poster.post(BATCH, {"movements": [recharge("B7", "A", 1, "investment")]})
    assert no_loan.status_code == 422
    float_amount = poster.post(BATCH, {"movements": [recharge("B8", "A", 1.5)]})
    assert float_amount.status_code == 422
    refused = staff("finlead").post(BATCH, {"movements": [recharge("B9", "A", 1)]})  # funds.read only
    assert refused.status_code == 403


def test_the_audit_records_of_a_batch_continue_the_chain_and_verify(poster, platform):
    from server.audit.service import verify_chain

    items = [recharge(f"B9-{n}", f"BE{n % 3}", 100 + n, reference=f"单号-{n}" if n % 2 else None) for n in range(50)]
    assert poster.post(BATCH, {"movements": items}).json()["posted"] == 50
    with platform.db.read() as db:
        assert verify_chain(db).ok
        after = db.scalars(select(AuditRecord.after).where(AuditRecord.object_id == "B9-1")).one()
        assert after["reference"] == "单号-1" and after["batch"] is True and after["transfers"][0]["amount_fen"] == 101


def test_the_answer_is_what_the_declared_model_writes(poster):
    from server.ledger.schemas import BatchResult

    items = [recharge("B10-a", "BF1", 1_000, reference="PO-单"), recharge("B10-b", "BF2", 5_000, "withdrawal"),
             recharge("B10-c", "BF1", 300, "investment", "LN-9")]
    body = poster.post(BATCH, {"movements": items}).json()
    assert body["refused"] == 1 and body["results"][2]["transfers"][0]["pending"] is True
    assert body == BatchResult.model_validate(body).model_dump(mode="json")
    assert set(body["results"][0]["transfers"][0]) == set(BatchResult.model_json_schema()["$defs"]["TransferOut"]
                                                          ["properties"])
