"""Large batches through `post_transfers` (the path the demo seeding and bulk postings take), on SQLite
and PostgreSQL: the same rules as single postings, checked against what is stored."""

import random

import pytest
from sqlalchemy import func, select

from server.errors import Conflict, ValidationFailed
from server.ledger.models import LedgerAccount, LedgerTransfer
from server.ledger.service import CLEARING, ResolveInput, TransferInput, customer_account, post_transfers
from tests.server.ledger.conftest import assert_books_balance, counters

CUSTOMERS = [f"BK{n:03d}" for n in range(40)]


def recharges(prefix: str, count: int, amount: int = 1_000) -> list[TransferInput]:
    return [TransferInput(f"{prefix}-{n}", CLEARING, customer_account(CUSTOMERS[n % len(CUSTOMERS)]), amount + n,
                          "recharge", f"PO-{n}", details={"n": n} if n % 7 == 0 else {}) for n in range(count)]


def stored(db) -> int:
    return db.scalar(select(func.count()).select_from(LedgerTransfer))


def test_a_large_batch_is_stored_exactly_as_answered(platform):
    with platform.db.write() as db:
        answered = post_transfers(db, recharges("big", 3_000))
        db.commit()
    with platform.db.read() as db:
        rows = {t.transfer_id: t for t in db.scalars(select(LedgerTransfer))}
        assert len(rows) == 3_000
        for t in answered:
            row = rows[t.transfer_id]
            assert (row.id, row.debit_account_id, row.credit_account_id, row.amount_fen, row.kind, row.state,
                    row.pending, row.reference, row.details) == (t.id, t.debit_account_id, t.credit_account_id,
                                                                 t.amount_fen, t.kind, t.state, t.pending, t.reference,
                                                                 t.details)
            assert row.created_at == t.created_at and row.created_at.utcoffset().total_seconds() == 0
            assert t.credit_account == db.get(LedgerAccount, t.credit_account_id).code
        assert_books_balance(db)
        assert sum(t.amount_fen for t in answered) == -db.scalar(
            select(LedgerAccount.credits_posted - LedgerAccount.debits_posted).where(LedgerAccount.code == CLEARING))


def test_posting_a_batch_again_answers_the_first_result_and_moves_nothing(platform):
    with platform.db.write() as db:
        first = post_transfers(db, recharges("again", 500))
        db.commit()
        before = counters(db)
    with platform.db.write() as db:
        again = post_transfers(db, recharges("again", 500))
        db.commit()
        assert [t.id for t in again] == [t.id for t in first]
        assert counters(db) == before and stored(db) == 500


def test_a_batch_mixing_replays_and_new_transfers_posts_only_the_new_ones(platform):
    with platform.db.write() as db:
        first = post_transfers(db, recharges("mix", 300))
        db.commit()
    items = recharges("mix", 600)  # the first 300 again, then 300 new
    random.Random(5).shuffle(items)
    with platform.db.write() as db:
        answered = post_transfers(db, items)
        db.commit()
        old = {t.transfer_id: t.id for t in first}
        assert [t.transfer_id for t in answered] == [i.transfer_id for i in items]
        assert all(t.id == old[t.transfer_id] for t in answered if t.transfer_id in old)
        assert stored(db) == 600
        assert_books_balance(db)


def test_a_batch_of_several_pages_whose_last_transfer_was_sent_before_posts_the_others_once(platform):
    # 4,500 rows are three INSERT statements on SQLite: the first two are stored before the third meets the
    # transfer sent before, and must not stay stored twice
    with platform.db.write() as db:
        [sent] = post_transfers(db, recharges("pages", 4_500)[-1:])
        db.commit()
    with platform.db.write() as db:
        answered = post_transfers(db, recharges("pages", 4_500), replayed := set())
        db.commit()
        assert replayed == {4_499} and answered[-1].id == sent.id
        assert len({t.id for t in answered}) == 4_500 and stored(db) == 4_500
        assert_books_balance(db)


def test_a_transfer_id_sent_before_for_another_amount_refuses_a_batch_of_several_pages(platform):
    with platform.db.write() as db:
        post_transfers(db, [TransferInput("pages-4499", CLEARING, customer_account("BK000"), 1, "recharge")])
        db.commit()
    with platform.db.write() as db:
        with pytest.raises(Conflict) as refused:
            post_transfers(db, recharges("pages", 4_500))
        assert refused.value.code == "transfer_id_reused"
        db.commit()
        assert stored(db) == 1  # the refused batch's first two pages are not kept
        assert_books_balance(db)


def test_the_same_transfer_id_twice_in_one_batch_is_refused_and_nothing_is_stored(platform):
    items = recharges("dup", 200)
    with platform.db.write() as db:
        with pytest.raises(ValidationFailed) as refused:
            post_transfers(db, items + [items[17]])
        assert refused.value.code == "duplicate_transfer_id"
        db.commit()
        assert stored(db) == 0


def test_an_overdraft_anywhere_in_a_batch_refuses_the_whole_batch(platform):
    with platform.db.write() as db:
        post_transfers(db, recharges("fund", 40, amount=10_000))
        db.commit()
        before, count = counters(db), stored(db)
    # 1,000 withdrawals the money covers, then one that overdraws BK005 by one fen, then more
    spend = [TransferInput(f"spend-{n}", customer_account(CUSTOMERS[n % 40]), CLEARING, 10, "withdrawal")
             for n in range(1_000)]
    available = 10_005 - 25 * 10  # BK005 got 10,000 + 5 and gives 25 x 10 in the first 1,000
    spend.append(TransferInput("spend-over", customer_account("BK005"), CLEARING, available + 1, "withdrawal"))
    spend += [TransferInput(f"spend-after-{n}", customer_account("BK006"), CLEARING, 1, "withdrawal")
              for n in range(100)]
    with platform.db.write() as db:
        with pytest.raises(Conflict) as refused:
            post_transfers(db, spend)
        assert refused.value.code == "insufficient_funds"
        assert refused.value.extra["account"] == "customer:BK005:available"
        assert refused.value.extra["available_fen"] == available
        db.commit()  # even a caller that commits anyway stores nothing of the refused batch
        assert counters(db) == before and stored(db) == count
    with platform.db.write() as db:  # exactly the money left is fine
        post_transfers(db, spend[:1_000] + [TransferInput("spend-all", customer_account("BK005"), CLEARING,
                                                          available, "withdrawal")])
        db.commit()
        assert_books_balance(db)
        assert db.scalar(select(LedgerAccount.credits_posted - LedgerAccount.debits_posted).where(
            LedgerAccount.code == customer_account("BK005"))) == 0


def test_reservations_posted_and_voided_in_batches_keep_the_counters_exact(platform):
    with platform.db.write() as db:
        post_transfers(db, recharges("cash", 40, amount=100_000))
        reservations = post_transfers(db, [
            TransferInput(f"hold-{n}", customer_account(CUSTOMERS[n % 40]), customer_account(CUSTOMERS[n % 40], "frozen"),
                          1_000, "invest", "LN-1", pending=True) for n in range(400)])
        db.commit()
        assert all(r.state == "pending" for r in reservations)
    with platform.db.write() as db:
        resolved = post_transfers(db, [ResolveInput(f"done-{n}", r.transfer_id, post=n % 3 != 0)
                                       for n, r in enumerate(reservations)])
        db.commit()
        assert [t.pending_id for t in resolved] == [r.id for r in reservations]
        states = dict(db.execute(select(LedgerTransfer.transfer_id, LedgerTransfer.state)
                                 .where(LedgerTransfer.pending.is_(True))).all())
        assert states == {r.transfer_id: ("voided" if n % 3 == 0 else "posted") for n, r in enumerate(reservations)}
        assert_books_balance(db)
    with platform.db.write() as db:  # resolving again with new ids is refused, whole batch
        before = counters(db)
        with pytest.raises(Conflict) as refused:
            post_transfers(db, [ResolveInput("late-1", reservations[1].transfer_id, post=True)])
        assert refused.value.code == "transfer_not_pending"
        assert counters(db) == before


def test_one_reservation_resolved_twice_in_one_batch_is_refused(platform):
    with platform.db.write() as db:
        post_transfers(db, recharges("cash", 1, amount=5_000))
        hold = post_transfers(db, [TransferInput("hold", customer_account(CUSTOMERS[0]),
                                                 customer_account(CUSTOMERS[0], "frozen"), 5_000, "invest",
                                                 pending=True)])[0]
        db.commit()
        before, count = counters(db), stored(db)
    with platform.db.write() as db:
        with pytest.raises(Conflict) as refused:
            post_transfers(db, [ResolveInput("post", hold.transfer_id, post=True),
                                ResolveInput("void", hold.transfer_id, post=False)])
        assert refused.value.code == "transfer_not_pending"
        db.commit()
        assert counters(db) == before and stored(db) == count


def test_one_transfer_reversed_twice_in_one_batch_is_refused(platform):
    with platform.db.write() as db:
        post_transfers(db, recharges("cash", 1, amount=5_000))
        db.commit()
        count = stored(db)
    back = TransferInput("back-1", customer_account(CUSTOMERS[0]), CLEARING, 5_000, "reversal", reverses="cash-0")
    with platform.db.write() as db:
        with pytest.raises(Conflict) as refused:
            post_transfers(db, [back, TransferInput("back-2", back.debit, back.credit, 5_000, "reversal",
                                                    reverses="cash-0")])
        assert refused.value.code == "not_reversible"
        db.commit()
        assert stored(db) == count
    with platform.db.write() as db:
        assert post_transfers(db, [back])[0].reverses_id is not None
        db.commit()
        assert_books_balance(db)


def test_accounts_the_session_loaded_before_show_the_new_counters(ledger):
    post_transfers(ledger, recharges("one", 1, amount=700))
    account = ledger.scalar(select(LedgerAccount).where(LedgerAccount.code == customer_account(CUSTOMERS[0])))
    assert account.balance_fen == 700
    post_transfers(ledger, [TransferInput("two", CLEARING, account.code, 300, "recharge")])
    assert account.balance_fen == 1_000 and account.version == 3


def test_a_bulk_posting_is_stored_whole_and_leaves_the_pool_with_the_default_page_cache(platform):
    items = recharges("bulk10k", 10_000, amount=1)
    with platform.db.write() as db:
        answered = post_transfers(db, items)
        db.commit()
    assert [t.id for t in answered] == sorted(t.id for t in answered) and len({t.id for t in answered}) == 10_000
    with platform.db.read() as db:
        assert stored(db) == 10_000
        assert_books_balance(db)
    if platform.db.dialect != "sqlite":
        return
    engine = platform.db.engine
    held = [engine.connect() for _ in range(engine.pool.checkedin())]  # every pooled connection, the writer's too
    try:
        assert {c.exec_driver_sql("PRAGMA cache_size").scalar() for c in held} == {-2000}
    finally:
        for c in held:
            c.close()
