"""Ledger tests: the service on a real database session, and the routes as a poster of movements.

No demo role holds funds.movement.post (the customer side of the platform does); the tests give
the finance clerk an extra, test-only role that holds it.
"""

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import func, select

from server.audit.service import Auditor
from server.clock import business_day
from server.ledger.models import PENDING, POSTED, LedgerAccount, LedgerDayFlow, LedgerTransfer
from server.staff.models import Role, RolePermission, User
from tests.server.conftest import Staff

POSTER = "finance"


def grant_movements(platform, username: str = POSTER) -> None:
    with platform.db.write() as db:
        role = Role(name="ledger_poster_for_tests", label_zh="记账（测试）", label_en="Ledger poster (tests)",
                    permissions=[RolePermission(permission="funds.movement.post")])
        user = db.scalar(select(User).where(User.username == username))
        user.roles.append(role)
        audit = Auditor(db, None, "system", "test", "test")
        audit.record("test.role_granted", "user", username)
        audit.seal()
        db.commit()


@pytest.fixture
def poster(platform, client) -> Staff:
    grant_movements(platform)
    return Staff(client, POSTER)


@pytest.fixture
def ledger(platform):
    """A write session; the test commits what it wants to keep (as the command path would)."""
    with platform.db.write() as db:
        yield db


def recomputed_counters(db) -> dict[int, tuple[int, int, int, int]]:
    """Each account's four counters summed again from ledger_transfers (the slow way, for checking
    the fast one): posted = non-reservation rows in state posted; pending = reservations still pending."""
    sums = {a: [0, 0, 0, 0] for a in db.scalars(select(LedgerAccount.id))}
    posted = (LedgerTransfer.pending.is_(False)) & (LedgerTransfer.state == POSTED)
    pending = (LedgerTransfer.pending.is_(True)) & (LedgerTransfer.state == PENDING)
    for slot, side, condition in ((0, LedgerTransfer.debit_account_id, posted),
                                  (1, LedgerTransfer.credit_account_id, posted),
                                  (2, LedgerTransfer.debit_account_id, pending),
                                  (3, LedgerTransfer.credit_account_id, pending)):
        for account_id, total in db.execute(select(side, func.sum(LedgerTransfer.amount_fen)).where(condition)
                                            .group_by(side)):
            sums[account_id][slot] = int(total)
    return {a: tuple(s) for a, s in sums.items()}


def counters(db) -> dict[int, tuple[int, int, int, int]]:
    return {a.id: (a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending)
            for a in db.scalars(select(LedgerAccount).execution_options(populate_existing=True))}


def recomputed_day_flows(db) -> dict[tuple[date, str], tuple[int, int]]:
    """Each Shanghai day's posted money per kind summed again from ledger_transfers (the slow way)."""
    sums: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, amount, at in db.execute(select(LedgerTransfer.kind, LedgerTransfer.amount_fen,
                                              LedgerTransfer.created_at)
                                       .where(LedgerTransfer.pending.is_(False), LedgerTransfer.state == POSTED)):
        total = sums[(business_day(at), kind)]
        total[0] += amount
        total[1] += 1
    return {key: tuple(total) for key, total in sums.items()}


def day_flows(db) -> dict[tuple[date, str], tuple[int, int]]:
    return {(day, kind): (int(amount), int(count)) for day, kind, amount, count in db.execute(
        select(LedgerDayFlow.day, LedgerDayFlow.kind, LedgerDayFlow.amount_fen, LedgerDayFlow.transfers))
        if count}


def assert_books_balance(db) -> None:
    assert counters(db) == recomputed_counters(db)
    assert day_flows(db) == recomputed_day_flows(db)
    totals = db.execute(select(func.sum(LedgerAccount.debits_posted), func.sum(LedgerAccount.credits_posted),
                               func.sum(LedgerAccount.debits_pending), func.sum(LedgerAccount.credits_pending))).one()
    assert int(totals[0] or 0) == int(totals[1] or 0) and int(totals[2] or 0) == int(totals[3] or 0)
    negative = db.scalars(select(LedgerAccount.code).where(
        LedgerAccount.may_go_negative.is_(False),
        LedgerAccount.credits_posted - LedgerAccount.debits_posted - LedgerAccount.debits_pending < 0)).all()
    assert negative == []

