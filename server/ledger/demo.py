"""Deterministic demo money that agrees with the demo loans: investors recharge; loans open for funding are
half funded (frozen), fully funded loans are frozen in full, and every loan past disbursement was funded and
paid out to its borrower (minus the platform's fee); settled loans were repaid to their investors, overdue
ones paid penalties or were compensated from the risk reserve; some money has been withdrawn. So every
money action the console offers on a demo loan (disburse, expire, repay, compensate) finds its money.

Everything goes through the ledger's own rules (balanced, overdraft-checked, idempotent). The bulk of it
is posted in a few large batches, so the demo database is ready in seconds; `per_state` bounds how many
loans of each state get money (a million-loan benchmark database does not need it for all of them).
"""

import random
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from server.ledger import day_flows, movements
from server.ledger.models import LedgerTransfer
from server.ledger.service import CLEARING, FEE_INCOME, ResolveInput, TransferInput, customer_account, post_transfers
from server.loans.lifecycle import State
from server.loans.models import Borrower, Investment, LoanApplication, LoanEvent
from server.loans.policy import LoanPolicy

INVESTORS = 200
DISBURSED = (State.REPAYING, State.OVERDUE, State.SETTLED, State.COMPENSATED, State.WRITTEN_OFF)


def _loans(db: Session, states, limit: int) -> list[tuple[int, str, str, str, int]]:
    rows = db.execute(select(LoanApplication.id, LoanApplication.number, LoanApplication.state, Borrower.number,
                             LoanApplication.amount_fen)
                      .join(Borrower, Borrower.id == LoanApplication.borrower_id)
                      .where(LoanApplication.state.in_([s.value for s in states])).order_by(LoanApplication.id)
                      .limit(limit)).all()
    return [tuple(r) for r in rows]


def _investors_for(rng: random.Random, investors: list[str], cash: dict[str, int], shares: list[int]) -> list[str] | None:
    """Distinct investors who can each pay their share of a loan in full, or None when there are not enough.

    A loan past disbursement is always funded in full (its amount is what the borrower owes back): a share
    skipped because its investor's money had run out left the borrower short, and the demo repayment of the
    full amount then overdrew the borrower (`seed-demo --loans 5000` and more: 200 investors' money does not
    fund 1,500 loans of each state). An investor short of money is replaced by one who has it; the draw is the
    same as before while nobody is short, so smaller demo databases do not change.
    """
    chosen = rng.sample(investors, len(shares))
    for k, share in enumerate(shares):
        if cash[chosen[k]] < share:
            spare = [ref for ref in investors if ref not in chosen and cash[ref] >= share]
            if not spare:
                return None
            chosen[k] = rng.choice(spare)
    return chosen


def _ended_at(db: Session, app_ids: list[int]) -> dict[int, datetime]:
    """When each loan was settled, or compensated (its first event into that state)."""
    ended = {app_id: at for app_id, at in db.execute(select(LoanApplication.id, LoanApplication.settled_at).where(
        LoanApplication.id.in_(app_ids), LoanApplication.settled_at.is_not(None)))}
    for app_id, at in db.execute(select(LoanEvent.application_id, func.min(LoanEvent.at)).where(
            LoanEvent.application_id.in_(app_ids), LoanEvent.to_state == State.COMPENSATED.value)
            .group_by(LoanEvent.application_id)):
        ended[app_id] = at
    return ended


def _redate(db: Session, transfers, when: datetime | None) -> None:
    if when is not None:
        day_flows.redate(db, [t.id for t in transfers], when)


def seed_ledger(db: Session, seed: int = 2026, per_state: int = 1500, policy: LoanPolicy | None = None) -> int:
    """Returns how many transfers were posted (0 when the demo money is there already)."""
    if db.scalar(select(LedgerTransfer.id).where(LedgerTransfer.transfer_id == "demo-recharge-IV0001:recharge")):
        return 0  # seeded already
    policy = policy or LoanPolicy()
    rng = random.Random(seed)
    investors = [f"IV{n:04d}" for n in range(1, INVESTORS + 1)]
    cash = {ref: rng.randrange(2_000_000, 10_000_000) * 100 for ref in investors}  # 2 to 10 million yuan each
    posted = len(post_transfers(db, [TransferInput(f"demo-recharge-{ref}:recharge", CLEARING, customer_account(ref),
                                                   cash[ref], "recharge", f"CZ{ref}") for ref in investors]))

    loans = []
    for state in (State.LISTED, State.FUNDED, *DISBURSED):
        loans += _loans(db, (state,), per_state)
    freezes, investments, funded, investor_of = [], [], {}, {}
    for app_id, number, state, _borrower, amount in loans:
        target = amount // 2 if state == State.LISTED else amount
        parts = rng.randrange(3, 7)
        shares = [target // parts] * parts
        shares[-1] += target - sum(shares)
        chosen = _investors_for(rng, investors, cash, shares)
        if chosen is None:
            continue  # the investors' money has run out for this loan: it gets none, like loans beyond per_state
        for k, (ref, share) in enumerate(zip(chosen, shares)):
            cash[ref] -= share
            investor_of[f"demo-invest-{number}-{k}:freeze"] = ref
            freezes.append(TransferInput(f"demo-invest-{number}-{k}:freeze", customer_account(ref),
                                         customer_account(ref, "frozen"), share, "invest", number, pending=True))
            investments.append({"application_id": app_id, "investor_ref": ref, "amount_fen": share,
                                "state": "frozen" if state in (State.LISTED, State.FUNDED) else "posted"})
            funded[app_id] = funded.get(app_id, 0) + share
    reservations = post_transfers(db, freezes)
    posted += len(reservations)
    db.execute(insert(Investment), investments)
    for app_id, number, state, _borrower, _amount in loans:
        if state == State.LISTED:
            db.execute(update(LoanApplication).where(LoanApplication.id == app_id).values(funded_fen=funded.get(app_id, 0)))

    # Disbursement of every loan past it: the freezes posted to the borrower, the fee to the platform.
    by_loan: dict[str, list] = {}
    for reservation in reservations:
        by_loan.setdefault(reservation.reference, []).append(reservation)
    payouts = []
    disbursed = [loan for loan in loans if loan[2] in DISBURSED]
    for _app_id, number, _state, borrower, _amount in disbursed:
        total = 0
        for r in by_loan.get(number, []):
            frozen_code = customer_account(investor_of[r.transfer_id], "frozen")
            payouts.append(ResolveInput(f"demo-disburse-{number}:post:{r.id}", r.transfer_id, post=True))
            payouts.append(TransferInput(f"demo-disburse-{number}:pay:{r.id}", frozen_code, customer_account(borrower),
                                         r.amount_fen, "disburse", number))
            total += r.amount_fen
        if total:
            payouts.append(TransferInput(f"demo-disburse-{number}:fee", customer_account(borrower), FEE_INCOME,
                                         total * policy.service_fee_bp // 10_000, "fee", number))
    posted += len(post_transfers(db, payouts))

    # Settled loans were repaid in full; some overdue ones paid penalties, compensated ones the reserve covered.
    # Every loan here was paid out in full (less the fee), so what its borrower pays back never overdraws them:
    # the top-up brings the fee and the interest, the penalty is far less than the payout.
    # The money moved when the loans' history says (the settlement, the compensation's event), not at seeding: the
    # monthly report reads the ledger as it stood at each month's end.
    ended = _ended_at(db, [loan[0] for loan in disbursed])
    for app_id, number, state, borrower, amount in disbursed:
        if number not in by_loan:
            continue
        if state == State.SETTLED and rng.random() < 0.3:
            interest = amount * 8 // 100
            fee = amount * policy.service_fee_bp // 10_000
            posted += len(movements.recharge(db, f"demo-topup-{number}", borrower, interest + fee))
            moved = movements.repay(db, f"demo-repay-{number}", number, borrower, amount, interest)
            posted += len(moved)
            _redate(db, moved, ended.get(app_id))
        elif state == State.OVERDUE and rng.random() < 0.5:
            posted += len(movements.penalty(db, f"demo-penalty-{number}", borrower, amount // 200, number))
        elif state == State.COMPENSATED:
            moved = movements.compensate(db, f"demo-compensate-{number}", number, amount // 2)
            posted += len(moved)
            _redate(db, moved, ended.get(app_id))
    for ref in investors[::5]:  # some investors have taken money out
        amount = min(cash[ref], rng.randrange(5_000, 50_000) * 100)
        if amount:
            posted += len(movements.withdraw(db, f"demo-withdraw-{ref}", ref, amount, f"TX{ref}"))
            cash[ref] -= amount
    return posted

