"""Which ledger movements the bank should also show, and the customers' total at a day's end, on a real
database session (the rules without HTTP)."""

from datetime import timedelta

import pytest

from server.ledger import movements
from server.ledger.service import CLEARING, ResolveInput, TransferInput, customer_account, post_transfers
from server.reconciliation.ledger_side import customers_total_at, day_movements
from server.reconciliation.service import day_bounds
from tests.server.reconciliation.conftest import at, today

pytestmark = pytest.mark.clock  # the days are today and yesterday, Shanghai's


def test_only_money_that_crossed_between_clearing_and_a_customer_counts(platform):
    day = today()
    with platform.db.write() as db:
        movements.recharge(db, "r1", "C1", 10_000, "CZ1")
        movements.invest(db, "i1", "C1", "LN1", 3_000)            # inside the platform: not at the bank
        post_transfers(db, [TransferInput("w1:reserve", customer_account("C1"), CLEARING, 2_000, "withdrawal",
                                          reference="W1", pending=True),
                            TransferInput("w2:reserve", customer_account("C1"), CLEARING, 1_000, "withdrawal",
                                          reference="W2", pending=True)])
        post_transfers(db, [ResolveInput("w1:pay", "w1:reserve", post=True),     # paid: money out
                            ResolveInput("w2:void", "w2:reserve", post=False)])  # rejected: never left
        moved = day_movements(db, day)
        assert [(m["reference"], m["account"], m["direction"], m["amount_fen"]) for m in moved] == [
            ("CZ1", "C1", "in", 10_000), ("W1", "C1", "out", 2_000)]
        assert day_movements(db, day - timedelta(days=1)) == []
        db.rollback()


def test_the_customers_total_is_taken_as_it_stood_at_the_days_end(platform, books):
    day = today()
    yesterday = day - timedelta(days=1)
    old = books.recharge("C2", 50_000, "CZ-old")
    books.backdate([old], at(yesterday, 10))
    books.recharge("C3", 7_000, "CZ-new")
    books.withdraw("C2", 1_000, "TX-new")
    with platform.db.read() as db:
        assert customers_total_at(db, day_bounds(yesterday)[1]) == 50_000
        assert customers_total_at(db, day_bounds(day)[1]) == 56_000
