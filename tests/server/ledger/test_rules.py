"""The ledger's rules at the service layer, on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import func, select
from hypothesis import given, strategies as st

from server.errors import Conflict, NotFound, ValidationFailed
from server.ledger import movements, queries
from server.ledger.allocation import allocate
from server.ledger.models import LedgerAccount
from server.ledger.service import (CLEARING, TransferInput, customer_account, post_pending, post_transfers, reverse,
                                   void_pending)
from tests.server.ledger.conftest import assert_books_balance


def balances(db, ref):
    return queries.customer_balances(db, ref)


def test_a_withdrawal_larger_than_the_balance_is_refused_with_the_money_available(ledger):
    movements.recharge(ledger, "r1", "INV1", 10_000)
    with pytest.raises(Conflict) as refused:
        movements.withdraw(ledger, "w1", "INV1", 10_001)
    assert refused.value.code == "insufficient_funds"
    assert refused.value.extra["account"] == "customer:INV1:available"
    assert refused.value.extra["available_fen"] == 10_000
    movements.withdraw(ledger, "w2", "INV1", 10_000)
    assert balances(ledger, "INV1")["available_fen"] == 0


def test_a_batch_is_all_or_nothing(platform):
    with platform.db.write() as db:
        movements.recharge(db, "r1", "A", 500)
        db.commit()
    with platform.db.write() as db:
        with pytest.raises(Conflict):
            post_transfers(db, [TransferInput("t1", customer_account("A"), CLEARING, 300, "withdrawal"),
                                TransferInput("t2", customer_account("A"), CLEARING, 300, "withdrawal")])
    with platform.db.read() as db:
        assert balances(db, "A")["available_fen"] == 500
        assert queries.list_transfers(db, queries.TransferFilter(transfer_id="t1"))[1] == 0


def test_sending_the_same_transfer_twice_posts_it_once(ledger):
    first = movements.recharge(ledger, "r1", "A", 700, reference="PO-1")
    again = movements.recharge(ledger, "r1", "A", 700, reference="PO-1")
    assert [t.id for t in again] == [t.id for t in first]
    assert balances(ledger, "A")["available_fen"] == 700
    assert queries.list_transfers(ledger, queries.TransferFilter(customer_ref="A"))[1] == 1


def test_a_transfer_id_reused_with_other_fields_is_refused(ledger):
    movements.recharge(ledger, "r1", "A", 700)
    for other in (dict(amount_fen=701), dict(customer_ref="B"), dict(reference="PO-2")):
        with pytest.raises(Conflict) as refused:
            movements.recharge(ledger, "r1", **({"customer_ref": "A", "amount_fen": 700} | other))
        assert refused.value.code == "transfer_id_reused"
        assert refused.value.current["amount_fen"] == 700
    assert balances(ledger, "A")["available_fen"] == 700


def test_frozen_money_cannot_be_spent_and_is_not_lost(ledger):
    movements.recharge(ledger, "r1", "A", 1_000)
    movements.invest(ledger, "i1", "A", "LN1", 600)
    assert balances(ledger, "A") == {"customer_ref": "A", "available_fen": 400, "frozen_fen": 600, "balance_fen": 1_000}
    with pytest.raises(Conflict) as refused:
        movements.withdraw(ledger, "w1", "A", 401)
    assert refused.value.extra["available_fen"] == 400
    with pytest.raises(Conflict):
        movements.invest(ledger, "i2", "A", "LN2", 401)
    movements.release(ledger, "rel", "LN1")
    assert balances(ledger, "A") == {"customer_ref": "A", "available_fen": 1_000, "frozen_fen": 0, "balance_fen": 1_000}
    assert_books_balance(ledger)


def test_a_reservation_is_posted_or_voided_once(ledger):
    movements.recharge(ledger, "r1", "A", 1_000)
    movements.invest(ledger, "i1", "A", "LN1", 300)
    movements.invest(ledger, "i2", "A", "LN2", 300)
    posted = post_pending(ledger, "i1:freeze", "i1:post")
    assert posted.state == "posted" and posted.pending_id is not None
    assert post_pending(ledger, "i1:freeze", "i1:post").id == posted.id  # the same request again: a replay
    for again in (lambda: post_pending(ledger, "i1:freeze", "i1:post-again"),
                  lambda: void_pending(ledger, "i1:freeze", "i1:void")):
        with pytest.raises(Conflict) as refused:
            again()
        assert refused.value.code == "transfer_not_pending" and refused.value.current["state"] == "posted"
    voided = void_pending(ledger, "i2:freeze", "i2:void")
    assert voided.state == "voided"
    with pytest.raises(Conflict) as refused:
        post_pending(ledger, "i2:freeze", "i2:post")
    assert refused.value.code == "transfer_not_pending"
    with pytest.raises(NotFound):
        post_pending(ledger, "no-such", "x")
    # 300 went to the frozen account, 300 came back: 700 spendable, 300 frozen (posted)
    assert balances(ledger, "A") == {"customer_ref": "A", "available_fen": 700, "frozen_fen": 300, "balance_fen": 1_000}
    assert_books_balance(ledger)


def test_a_reversal_undoes_a_posted_transfer_once_and_leaves_it_in_place(ledger):
    original = movements.recharge(ledger, "r1", "A", 900)[0]
    undone = reverse(ledger, "r1:recharge", "r1:reversal")
    assert (undone.kind, undone.amount_fen, undone.reverses_id) == ("reversal", 900, original.id)
    assert (undone.debit_account_id, undone.credit_account_id) == (original.credit_account_id, original.debit_account_id)
    assert original.state == "posted"
    assert balances(ledger, "A")["balance_fen"] == 0
    assert reverse(ledger, "r1:recharge", "r1:reversal").id == undone.id  # replay
    for again in ("r1:reversal-2",):
        with pytest.raises(Conflict) as refused:
            reverse(ledger, "r1:recharge", again)
        assert refused.value.code == "not_reversible"
    with pytest.raises(Conflict):
        reverse(ledger, "r1:reversal", "r1:reversal-of-reversal")


def test_a_reversal_cannot_overdraw_the_customer(ledger):
    movements.recharge(ledger, "r1", "A", 900)
    movements.withdraw(ledger, "w1", "A", 500)
    with pytest.raises(Conflict) as refused:
        reverse(ledger, "r1:recharge", "r1:reversal")
    assert refused.value.code == "insufficient_funds"


def test_malformed_movements_are_refused_before_touching_the_books(ledger):
    for bad in (lambda: movements.recharge(ledger, "r1", "A", 0), lambda: movements.recharge(ledger, "r1", "A", -5),
                lambda: movements.recharge(ledger, "r1", "A", 1.5), lambda: movements.recharge(ledger, "r1", "A", True),
                lambda: movements.recharge(ledger, "bad id!", "A", 5), lambda: movements.recharge(ledger, "r", "A:B", 5),
                lambda: post_transfers(ledger, [TransferInput("t", CLEARING, CLEARING, 5, "adjustment")]),
                lambda: post_transfers(ledger, [TransferInput("t", CLEARING, "platform:nowhere", 5, "adjustment")]),
                lambda: post_transfers(ledger, [TransferInput("t", CLEARING, customer_account("A"), 5, "gift")])):
        with pytest.raises((ValidationFailed, NotFound)):
            bad()
    assert ledger.query(LedgerAccount).filter(LedgerAccount.kind == "customer").count() == 0


def test_disbursement_pays_the_borrower_minus_the_fee_and_a_replay_moves_nothing(ledger):
    for n, ref in enumerate(("A", "B")):
        movements.recharge(ledger, f"r{n}", ref, 10_000)
        movements.invest(ledger, f"i{n}", ref, "LN1", 5_000)
    paid = movements.disburse(ledger, "d1", "LN1", "BOR", fee_fen=150)
    assert sorted(t.kind for t in paid) == ["disburse", "disburse", "fee", "invest", "invest"]
    assert balances(ledger, "BOR")["available_fen"] == 9_850
    assert balances(ledger, "A") == {"customer_ref": "A", "available_fen": 5_000, "frozen_fen": 0, "balance_fen": 5_000}
    movements.recharge(ledger, "r9", "C", 1_000)
    movements.invest(ledger, "i9", "C", "LN1", 1_000)  # arrives after the disbursement
    assert [t.id for t in movements.disburse(ledger, "d1", "LN1", "BOR", fee_fen=150)] == [t.id for t in paid]
    assert balances(ledger, "C")["frozen_fen"] == 1_000  # the replay did not take it
    with pytest.raises(Conflict) as refused:
        movements.disburse(ledger, "d1", "LN1", "BOR", fee_fen=151)
    assert refused.value.code == "transfer_id_reused"
    assert_books_balance(ledger)


def test_a_repayment_is_split_to_the_fen_among_three_equal_investors(ledger):
    for n, ref in enumerate(("A", "B", "C")):
        movements.recharge(ledger, f"r{n}", ref, 1_000)
        movements.invest(ledger, f"i{n}", ref, "LN1", 1_000)
    movements.disburse(ledger, "d1", "LN1", "BOR")
    parts = movements.repay(ledger, "p1", "LN1", "BOR", principal_fen=1_001, interest_fen=11, fee_fen=3)
    by_kind = {}
    for t in parts:
        by_kind.setdefault(t.kind, []).append(t.amount_fen)
    # 1,001 / 3 = 333.67 each: floor 333 each, the 2 fen left go to the first two by account order
    assert by_kind == {"repay_principal": [334, 334, 333], "repay_interest": [4, 4, 3], "fee": [3]}
    assert [balances(ledger, r)["available_fen"] for r in ("A", "B", "C")] == [338, 338, 336]
    assert balances(ledger, "BOR")["available_fen"] == 3_000 - 1_015
    assert_books_balance(ledger)


def test_compensation_pays_the_investors_by_share_from_the_risk_reserve(ledger):
    movements.recharge(ledger, "r1", "A", 2_000)
    movements.recharge(ledger, "r2", "B", 1_000)
    movements.invest(ledger, "i1", "A", "LN1", 2_000)
    movements.invest(ledger, "i2", "B", "LN1", 1_000)
    movements.disburse(ledger, "d1", "LN1", "BOR")
    paid = movements.compensate(ledger, "c1", "LN1", 1_000)
    assert [t.amount_fen for t in paid] == [667, 333] and {t.kind for t in paid} == {"compensation"}
    reserve = ledger.query(LedgerAccount).filter_by(code="platform:risk_reserve").one()
    assert reserve.balance_fen == -1_000


def test_the_trial_balance_sums_to_zero(ledger):
    movements.recharge(ledger, "r1", "A", 5_000)
    movements.recharge(ledger, "r2", "BOR", 500)
    movements.invest(ledger, "i1", "A", "LN1", 4_000)
    movements.disburse(ledger, "d1", "LN1", "BOR", fee_fen=40)
    movements.repay(ledger, "p1", "LN1", "BOR", 1_000, 30, 5)
    movements.penalty(ledger, "pen", "BOR", 7, "LN1")
    movements.compensate(ledger, "c1", "LN1", 99)
    movements.withdraw(ledger, "w1", "A", 100)
    trial = queries.trial_balance(ledger)
    assert trial["difference_fen"] == 0 and trial["pending_difference_fen"] == 0
    assert trial["debits_posted_fen"] == trial["credits_posted_fen"] > 0
    assert sum(a["balance_fen"] for a in trial["items"]) == 0
    clearing = next(a for a in trial["items"] if a["code"] == "platform:custodian_clearing")
    # the bank holds exactly what the customers own, as the custodian sees it
    assert trial["customer_balances_fen"] == -clearing["balance_fen"] - sum(
        a["balance_fen"] for a in trial["items"] if a["kind"] == "platform" and a["code"] != clearing["code"])


def test_the_statement_shows_the_running_balance_on_every_page(ledger):
    movements.recharge(ledger, "r1", "A", 1_000)
    for n in range(5):
        movements.withdraw(ledger, f"w{n}", "A", 100 + n)
    movements.invest(ledger, "i1", "A", "LN1", 50)  # a reservation: not a posted line
    account_id = ledger.query(LedgerAccount.id).filter_by(code="customer:A:available").scalar()
    _, first, total = queries.statement(ledger, account_id, page=1, page_size=4)
    _, second, _ = queries.statement(ledger, account_id, page=2, page_size=4)
    assert total == 6
    assert [line["balance_after_fen"] for line in first + second] == [1_000, 900, 799, 697, 594, 490]
    assert [line["change_fen"] for line in first + second] == [1_000, -100, -101, -102, -103, -104]
    _, newest, _ = queries.statement(ledger, account_id, page=1, page_size=1, descending=True)
    assert newest[0]["balance_after_fen"] == 490 == queries.account_view(ledger.get(LedgerAccount, account_id))["balance_fen"]


def test_transfers_are_filtered_and_sorted_by_the_database(ledger):
    movements.recharge(ledger, "r1", "A", 1_000, reference="PO-A")
    movements.recharge(ledger, "r2", "B", 2_000, reference="PO-B")
    movements.withdraw(ledger, "w1", "A", 300)
    f = queries.TransferFilter
    assert queries.list_transfers(ledger, f(customer_ref="A"))[1] == 2
    assert queries.list_transfers(ledger, f(kinds=("recharge",), amount_min_fen=1_500))[0][0]["transfer_id"] == "r2:recharge"
    assert queries.list_transfers(ledger, f(reference="PO-A"))[0][0]["credit_account"] == "customer:A:available"
    assert queries.list_transfers(ledger, f(account_code=CLEARING))[1] == 3
    items, total = queries.list_transfers(ledger, f(), sort="amount", page=1, page_size=2)
    assert total == 3 and [t["amount_fen"] for t in items] == [300, 1_000]


@given(total=st.integers(0, 10**12), weights=st.lists(st.integers(0, 10**9), min_size=1, max_size=30)
       .filter(lambda w: sum(w) > 0))
def test_largest_remainder_parts_sum_exactly_and_stay_within_a_fen_of_the_exact_share(total, weights):
    parts = allocate(total, weights)
    assert sum(parts) == total
    whole = sum(weights)
    for part, weight in zip(parts, weights):
        assert part * whole - total * weight < whole and total * weight - part * whole < whole
        assert weight or part == 0


def test_thirds_of_an_odd_amount():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(101, [1, 1, 1]) == [34, 34, 33]
    assert allocate(1, [1, 1, 1]) == [1, 0, 0]
    assert allocate(10, [0, 3, 0]) == [0, 10, 0]


def test_the_database_lets_a_reservation_resolve_once_and_a_transfer_be_reversed_once(ledger):
    """The rule behind post_pending and reverse, kept by the database itself (the unique pending_id and reverses_id):
    two rows naming the same reservation or the same reversed transfer are refused; rows naming none are many."""
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from server.ledger.models import LedgerTransfer

    movements.recharge(ledger, "r1", "U1", 1_000)
    movements.recharge(ledger, "r2", "U1", 1_000)
    first = ledger.scalar(select(LedgerTransfer).where(LedgerTransfer.transfer_id == "r1:recharge"))
    row = dict(debit_account_id=first.credit_account_id, credit_account_id=first.debit_account_id, amount_fen=1,
               kind="reversal", state="posted", pending=False, created_at=first.created_at, details={})
    for column in ("reverses_id", "pending_id"):
        ledger.execute(insert(LedgerTransfer), [row | {"transfer_id": f"{column}-1", column: first.id}])
        with pytest.raises(IntegrityError):
            with ledger.begin_nested():
                ledger.execute(insert(LedgerTransfer), [row | {"transfer_id": f"{column}-2", column: first.id}])
    assert ledger.scalar(select(func.count()).select_from(LedgerTransfer).where(
        LedgerTransfer.pending_id.is_(None), LedgerTransfer.reverses_id.is_(None))) >= 2
