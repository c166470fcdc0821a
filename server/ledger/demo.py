"""Deterministic demo money: investors recharge and withdraw, invest in loans that are open for funding
(frozen), fund and receive the repayments of loans being repaid, and overdue loans pay penalties or are
compensated from the risk reserve, so that the console's Funds screen shows every kind of movement.

Everything goes through the ledger's own movements (balanced, idempotent, overdraft-checked), with
operation ids that say what they are, so seeding twice posts nothing new.
"""

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.ledger import movements
from server.loans.models import Borrower, LoanApplication

INVESTORS = 40


def _loans(db: Session, state: str, limit: int) -> list[tuple[str, str, int]]:
    rows = db.execute(select(LoanApplication.number, Borrower.number, LoanApplication.amount_fen)
                      .join(Borrower, Borrower.id == LoanApplication.borrower_id)
                      .where(LoanApplication.state == state).order_by(LoanApplication.id).limit(limit)).all()
    return [tuple(r) for r in rows]


def seed_ledger(db: Session, seed: int = 2026) -> int:
    """Returns how many movements were made (0 when the demo money is there already)."""
    rng = random.Random(seed)
    made = 0
    investors = [f"IV{n:04d}" for n in range(1, INVESTORS + 1)]
    cash = {}
    for ref in investors:
        cash[ref] = rng.randrange(100_000, 800_000) * 100  # 100,000 to 800,000 yuan
        before = len(movements.recharge(db, f"demo-recharge-{ref}", ref, cash[ref], f"CZ{ref}"))
        made += before

    def fund(loan: str, amount: int, op: str) -> bool:
        """Investors put up the whole amount in four to six parts; skipped when they cannot."""
        parts = rng.randrange(4, 7)
        chosen = rng.sample(investors, parts)
        shares = [amount // parts] * parts
        shares[-1] += amount - sum(shares)
        if any(cash[ref] < share for ref, share in zip(chosen, shares)):
            return False
        for ref, share in zip(chosen, shares):
            movements.invest(db, f"demo-{op}-{loan}-{ref}", ref, loan, share)
            cash[ref] -= share
        return True

    for loan, _borrower, amount in _loans(db, "listed", 12):
        if fund(loan, amount // 2, "invest"):  # half funded so far
            made += 1
    for state in ("repaying", "overdue", "settled"):
        for loan, borrower, amount in _loans(db, state, 10):
            if not fund(loan, amount, "fund"):
                continue
            movements.disburse(db, f"demo-disburse-{loan}", loan, borrower, fee_fen=amount // 100)  # 1% fee
            principal, interest = amount // 12, amount * 8 // 1200  # about one month at 8% a year
            movements.repay(db, f"demo-repay1-{loan}", loan, borrower, principal, interest)
            if state == "overdue":
                movements.penalty(db, f"demo-penalty-{loan}", borrower, principal * 5 // 1000, loan)
                movements.compensate(db, f"demo-compensate-{loan}", loan, principal)
            else:
                movements.withdraw(db, f"demo-cashout-{loan}", borrower, amount // 2, f"TX{loan}")
            made += 4
    for ref in investors[::4]:  # every fourth investor has taken money out
        amount = min(cash[ref], rng.randrange(5_000, 50_000) * 100)
        if amount:
            movements.withdraw(db, f"demo-withdraw-{ref}", ref, amount, f"TX{ref}")
            cash[ref] -= amount
            made += 1
    return made
