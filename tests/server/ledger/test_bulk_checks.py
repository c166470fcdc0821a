"""A large batch is checked column by column first, and only item by item when that test fails; and
its posting pauses the cyclic garbage collector. Neither may change what a batch answers or refuses."""

import gc

import pytest

from server.errors import Conflict, ValidationFailed
from server.ledger.service import (CLEARING, MAX_TRANSFER_FEN, ResolveInput, TransferInput, customer_account,
                                   post_transfers)
from tests.server.ledger.test_bulk import recharges, stored

BAD = {  # one malformed item, and the refusal a batch holding it gets
    "invalid_transfer_id": [TransferInput("bad id", CLEARING, customer_account("A"), 1, "recharge"),
                            TransferInput("", CLEARING, customer_account("A"), 1, "recharge"),
                            TransferInput("x" * 65, CLEARING, customer_account("A"), 1, "recharge"),
                            TransferInput(7, CLEARING, customer_account("A"), 1, "recharge"),
                            ResolveInput("fine", "bad pending id", post=True)],
    "invalid_amount": [TransferInput("a", CLEARING, customer_account("A"), 0, "recharge"),
                       TransferInput("a", CLEARING, customer_account("A"), -5, "recharge"),
                       TransferInput("a", CLEARING, customer_account("A"), MAX_TRANSFER_FEN + 1, "recharge"),
                       TransferInput("a", CLEARING, customer_account("A"), 1.0, "recharge"),
                       TransferInput("a", CLEARING, customer_account("A"), True, "recharge")],
    "invalid_kind": [TransferInput("a", CLEARING, customer_account("A"), 1, "gift"),
                     TransferInput("a", CLEARING, customer_account("A"), 1, ["recharge"])],
    "same_account": [TransferInput("a", CLEARING, CLEARING, 1, "recharge")],
    "invalid_reference": [TransferInput("a", CLEARING, customer_account("A"), 1, "recharge", "r" * 65)],
}


@pytest.mark.parametrize("code,bad", [(code, bad) for code, items in BAD.items() for bad in items])
def test_one_malformed_item_in_a_large_batch_is_refused_as_it_would_be_alone(platform, code, bad):
    items = recharges("ok", 1_500)
    with platform.db.write() as db:
        with pytest.raises(ValidationFailed) as alone:
            post_transfers(db, [bad])
        assert alone.value.code == code
        with pytest.raises(ValidationFailed) as in_batch:
            post_transfers(db, items[:1_234] + [bad] + items[1_234:])
        assert (in_batch.value.code, str(in_batch.value)) == (alone.value.code, str(alone.value))
        db.commit()
        assert stored(db) == 0


def test_the_first_malformed_item_is_the_one_named(platform):
    items = recharges("ok", 1_500)
    items[700] = TransferInput("first", CLEARING, CLEARING, 1, "recharge")
    items[900] = TransferInput("second", CLEARING, customer_account("A"), 0, "recharge")
    with platform.db.write() as db:
        with pytest.raises(ValidationFailed) as refused:
            post_transfers(db, items)
        assert refused.value.code == "same_account"


def test_an_id_the_column_test_doubts_but_the_rule_accepts_is_posted(platform):
    # `$` in the id rule lets one trailing newline through; the quick test is stricter and defers.
    items = recharges("ok", 1_500) + [TransferInput("late\n", CLEARING, customer_account("A"), 1, "recharge")]
    with platform.db.write() as db:
        assert post_transfers(db, items)[-1].transfer_id == "late\n"
        db.commit()
        assert stored(db) == 1_501


def test_the_collector_runs_again_after_a_large_batch_posted_or_refused(platform):
    assert gc.isenabled()
    with platform.db.write() as db:
        post_transfers(db, recharges("ok", 1_500))
        assert gc.isenabled()
        spend = [TransferInput(f"over-{n}", customer_account("BK001"), CLEARING, 10**9, "withdrawal")
                 for n in range(1_500)]
        with pytest.raises(Conflict):
            post_transfers(db, spend)
        assert gc.isenabled()
        gc.disable()
        try:  # a caller that turned it off keeps it off
            post_transfers(db, recharges("more", 1_500))
            assert not gc.isenabled()
        finally:
            gc.enable()
