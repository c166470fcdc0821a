"""Deterministic demo withdrawals in every state, for the demo investors that the ledger demo recharged.

Runs after `seed_ledger`; requests go through the real rules (reservation, flags), and the decisions are
taken by the demo finance staff (陈静 the clerk, 刘洋 the manager). The clerk is linked to one customer's
account, so the console shows a request they may not decide. Seeding twice makes nothing new.
"""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.ledger import queries
from server.staff.models import User
from server.withdrawals import service
from server.withdrawals.models import Withdrawal, WithdrawalStaffLink
from server.withdrawals.rules import WithdrawalPolicy

LINKED_CUSTOMER = "IV0007"
REASONS = ("银行卡户名与账户实名不一致", "Bank card holder differs from the account holder")


def _principal(db: Session, username: str) -> Principal | None:
    user = db.scalar(select(User).where(User.username == username))
    if user is None:
        return None
    return Principal(user.id, user.username, user.display_name, 0, (), frozenset(user.permission_names))


def _card(n: int) -> str:
    return f"6222021{n:012d}"


def seed_withdrawals(db: Session, policy: WithdrawalPolicy | None = None) -> int:
    """Returns how many requests were made (0 when they are there already or nobody has money)."""
    if db.scalar(select(func.count()).select_from(Withdrawal).where(Withdrawal.request_id.startswith("demo-wd-"))):
        return 0
    clerk, manager = _principal(db, "finance"), _principal(db, "finlead")
    if clerk is None or manager is None:
        return 0
    policy = policy or WithdrawalPolicy.from_environment()
    audit = Auditor(db, None, "system", "cli", "seed-demo-withdrawals")

    def spendable(ref: str) -> int:
        try:
            return queries.customer_balances(db, ref)["available_fen"]
        except Exception:
            return 0

    investors = [f"IV{n:04d}" for n in range(1, 41)]
    rich = sorted((ref for ref in investors if ref != LINKED_CUSTOMER and spendable(ref) > 0), key=spendable, reverse=True)
    if len(rich) < 12:
        return 0
    made = 0

    def ask(ref: str, n: int, amount_fen: int, card: int):
        nonlocal made
        amount_fen = max(100, min(amount_fen, spendable(ref) // 2))
        made += 1
        return service.request_withdrawal(db, audit, policy, service.RequestInput(
            f"demo-wd-{ref}-{n}", ref, amount_fen, _card(card)))

    big, others = rich[:4], rich[4:]  # the richest can ask for more than the manager's threshold
    # pending review: a new card soon after the recharge, large ones
    ask(others[0], 1, 800_000, 1)
    ask(others[1], 1, 12_000_000, 2)
    ask(others[2], 1, 4_500_000, 3)
    ask(others[3], 1, 7_000_000, 4)
    # approved by the clerk, then a second small one to the same card pays itself, a third is "many today"
    first = ask(others[4], 1, 300_000, 5)
    service.approve(db, audit, policy, clerk, first.id, first.version)
    ask(others[4], 2, 200_000, 5)
    ask(others[4], 3, 150_000, 5)
    # rejected, the money available again
    rejected = ask(others[5], 1, 600_000, 6)
    service.reject(db, audit, clerk, rejected.id, rejected.version, REASONS[0])
    # above the manager's threshold: one waits for the second approval, one was approved by both
    waiting = ask(big[0], 1, 26_000_000, 7)
    service.approve(db, audit, policy, clerk, waiting.id, waiting.version)
    done = ask(big[1], 1, 23_000_000, 8)
    service.approve(db, audit, policy, clerk, done.id, done.version)
    service.approve(db, audit, policy, manager, done.id, done.version)
    ask(big[2], 1, 21_000_000, 9)
    # the clerk is linked to this customer: the request is theirs to leave alone
    if not db.scalar(select(WithdrawalStaffLink.id).where(WithdrawalStaffLink.customer_ref == LINKED_CUSTOMER)):
        service.link_staff(db, audit, manager, LINKED_CUSTOMER, clerk.user_id, "员工本人账户")
    if spendable(LINKED_CUSTOMER) > 0:
        ask(LINKED_CUSTOMER, 1, 900_000, 10)
    audit.seal()
    return made
