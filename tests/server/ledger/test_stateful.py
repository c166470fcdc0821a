"""Random sequences of every money movement against a real database session, with the books
checked after each step: debits equal credits, counters equal the sums of the transfers, no
customer below zero, frozen money neither spendable nor lost, replays move nothing."""

import itertools
import time

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from server.errors import Conflict, NotFound
from server.ledger import movements, queries
from server.ledger.allocation import allocate
from tests.server.ledger.conftest import assert_books_balance, counters

INVESTORS = ("I0", "I1", "I2")
BORROWER = "B"
LOANS = ("L0", "L1")
_runs = itertools.count()
amounts = st.integers(1, 5_000)


def machine_for(platform):
    class LedgerMachine(RuleBasedStateMachine):
        """The model: what each customer may spend and has frozen, and each loan's investments.
        Every run uses fresh customer and loan references, so one database serves all runs."""

        def __init__(self):
            super().__init__()
            run = next(_runs)
            self.ref = lambda name: f"s{run}-{name}"
            self.spendable = {c: 0 for c in INVESTORS + (BORROWER,)}
            self.frozen = dict.fromkeys(INVESTORS, 0)
            self.pending = {loan: [] for loan in LOANS}  # (investor, amount) not yet disbursed or released
            self.shares = {loan: {} for loan in LOANS}  # investor -> fen disbursed
            self.closed = set()
            self.frozen_order = []  # investors in the order their frozen accounts were opened (the ledger's tie order)
            self.done = []  # (operation, transfer ids) of accepted operations, for replays
            self.ops = itertools.count()

        def _run(self, name, call):
            """Runs one movement in its own transaction, as the command path does."""
            op_id = f"{self.ref('op')}-{next(self.ops)}-{name}"
            with platform.db.write() as db:
                try:
                    transfers = call(db, op_id)
                except Conflict as refused:
                    db.rollback()
                    return refused
                ids = [t.transfer_id for t in transfers]
                db.commit()
            self.done.append((lambda db, call=call, op_id=op_id: call(db, op_id), ids))
            return ids

        @rule(customer=st.sampled_from(INVESTORS + (BORROWER,)), amount=amounts)
        def recharge(self, customer, amount):
            self._run("recharge", lambda db, op: movements.recharge(db, op, self.ref(customer), amount))
            self.spendable[customer] += amount

        @rule(customer=st.sampled_from(INVESTORS + (BORROWER,)), amount=amounts)
        def withdraw(self, customer, amount):
            result = self._run("withdraw", lambda db, op: movements.withdraw(db, op, self.ref(customer), amount))
            if amount <= self.spendable[customer]:
                assert isinstance(result, list)
                self.spendable[customer] -= amount
            else:
                assert isinstance(result, Conflict) and result.code == "insufficient_funds"
                assert result.extra["available_fen"] == self.spendable[customer]

        @rule(investor=st.sampled_from(INVESTORS), loan=st.sampled_from(LOANS), amount=amounts)
        def invest(self, investor, loan, amount):
            if loan in self.closed:
                return
            result = self._run("invest", lambda db, op: movements.invest(db, op, self.ref(investor), self.ref(loan), amount))
            if amount <= self.spendable[investor]:
                assert isinstance(result, list)
                self.spendable[investor] -= amount
                self.frozen[investor] += amount
                self.pending[loan].append((investor, amount))
                if investor not in self.frozen_order:
                    self.frozen_order.append(investor)
            else:
                assert isinstance(result, Conflict) and result.code == "insufficient_funds"

        @rule(loan=st.sampled_from(LOANS), fee_percent=st.integers(0, 5))
        def disburse(self, loan, fee_percent):
            total = sum(a for _, a in self.pending[loan])
            fee = total * fee_percent // 100
            result = self._run("disburse", lambda db, op: movements.disburse(db, op, self.ref(loan), self.ref(BORROWER), fee))
            if loan in self.closed or not self.pending[loan]:
                assert isinstance(result, Conflict) and result.code == "nothing_pending"
                return
            assert isinstance(result, list)
            for investor, amount in self.pending[loan]:
                self.frozen[investor] -= amount
                self.shares[loan][investor] = self.shares[loan].get(investor, 0) + amount
            self.spendable[BORROWER] += total - fee
            self.pending[loan] = []
            self.closed.add(loan)

        @rule(loan=st.sampled_from(LOANS))
        def release(self, loan):
            result = self._run("release", lambda db, op: movements.release(db, op, self.ref(loan)))
            if loan in self.closed or not self.pending[loan]:
                assert isinstance(result, Conflict) and result.code == "nothing_pending"
                return
            for investor, amount in self.pending[loan]:
                self.frozen[investor] -= amount
                self.spendable[investor] += amount
            self.pending[loan] = []
            self.closed.add(loan)

        def _pay_investors(self, loan, total):
            investors = [i for i in self.frozen_order if i in self.shares[loan]]
            for investor, part in zip(investors, allocate(total, [self.shares[loan][i] for i in investors])):
                self.spendable[investor] += part

        @precondition(lambda self: any(self.shares.values()))
        @rule(data=st.data(), principal=st.integers(0, 3_000), interest=st.integers(0, 500), fee=st.integers(0, 50))
        def repay(self, data, principal, interest, fee):
            loan = data.draw(st.sampled_from([loan for loan in LOANS if self.shares[loan]]))
            if principal + interest + fee == 0:
                return
            result = self._run("repay", lambda db, op: movements.repay(db, op, self.ref(loan), self.ref(BORROWER),
                                                                       principal, interest, fee))
            if principal + interest + fee > self.spendable[BORROWER]:
                # refused as a whole: the first part the borrower cannot cover stops everything
                assert isinstance(result, Conflict) and result.code == "insufficient_funds"
                return
            assert isinstance(result, list)
            self.spendable[BORROWER] -= principal + interest + fee
            self._pay_investors(loan, principal)
            self._pay_investors(loan, interest)

        @rule(amount=st.integers(1, 300))
        def penalty(self, amount):
            result = self._run("penalty", lambda db, op: movements.penalty(db, op, self.ref(BORROWER), amount))
            if amount <= self.spendable[BORROWER]:
                assert isinstance(result, list)
                self.spendable[BORROWER] -= amount
            else:
                assert isinstance(result, Conflict) and result.code == "insufficient_funds"

        @precondition(lambda self: any(self.shares.values()))
        @rule(data=st.data(), amount=amounts)
        def compensate(self, data, amount):
            loan = data.draw(st.sampled_from([loan for loan in LOANS if self.shares[loan]]))
            assert isinstance(self._run("compensate", lambda db, op: movements.compensate(db, op, self.ref(loan), amount)),
                              list)
            self._pay_investors(loan, amount)

        @precondition(lambda self: self.done)
        @rule(data=st.data())
        def replay(self, data):
            again, ids = data.draw(st.sampled_from(self.done))
            with platform.db.write() as db:
                before = counters(db)
                assert [t.transfer_id for t in again(db)] == ids
                db.flush()
                assert counters(db) == before
                db.rollback()

        @invariant()
        def books_balance(self):
            with platform.db.read() as db:
                assert_books_balance(db)

        @invariant()
        def customers_have_what_the_model_says(self):
            with platform.db.read() as db:
                for customer in self.spendable:
                    try:
                        seen = queries.customer_balances(db, self.ref(customer))
                    except NotFound:  # no account opened yet
                        seen = {"available_fen": 0, "frozen_fen": 0}
                    assert seen["available_fen"] == self.spendable[customer] >= 0
                    assert seen["frozen_fen"] == self.frozen.get(customer, 0)

    return LedgerMachine


@pytest.mark.parametrize("backend", ["sqlite"])
def test_random_money_movements_keep_the_books_balanced(platform):
    started = time.perf_counter()
    run_state_machine_as_test(machine_for(platform), settings=settings(
        max_examples=40, stateful_step_count=30, deadline=None, database=None,
        suppress_health_check=list(HealthCheck)))
    print(f"stateful ledger test: {time.perf_counter() - started:.1f} s")
