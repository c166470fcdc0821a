"""Money movements: each one a balanced set of transfers posted in one transaction.

Every movement takes the caller's operation id and derives its transfer ids from it
(`f"{op_id}:fee"`), so sending the same operation twice posts once: the second call finds the
transfers and answers them, moving nothing; the same id with other amounts is 409
`transfer_id_reused`.
"""

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from server.errors import Conflict, ValidationFailed
from server.messages import _
from server.notifications.movement_sms import tell_customers
from server.ledger.allocation import allocate
from server.ledger.models import PENDING, POSTED, LedgerAccount, LedgerTransfer
from server.ledger.service import (CLEARING, FEE_INCOME, PENALTY_INCOME, RISK_RESERVE, ResolveInput, TransferInput,
                                   customer_account, post_transfers, reverse)

# Short enough that every derived id (op id + ":principal:" + an account id) fits the 64 of a transfer id.
OPERATION_ID = re.compile(r"^[A-Za-z0-9._\-]{1,40}$")


def _op(op_id: str) -> str:
    if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
        raise ValidationFailed(_("An operation id is 1 to 40 letters, digits, “.”, “-” or “_”."),
                               code="invalid_operation_id")
    return op_id


def _reference(value: str | None) -> str | None:
    if value is not None and not 1 <= len(value) <= 64:
        raise ValidationFailed(_("A reference is 1 to 64 characters."), code="invalid_reference")
    return value


def _told(db: Session, posted):
    """Queues each customer's SMS about the movement in its own transaction (server/notifications/movement_sms.py)."""
    tell_customers(db, posted)
    return posted


def recharge(db: Session, op_id: str, customer_ref: str, amount_fen: int, reference: str | None = None):
    """充值: the bank received the customer's money; the customer's available balance grows."""
    return _told(db, post_transfers(db, [TransferInput(f"{_op(op_id)}:recharge", CLEARING,
                                                       customer_account(customer_ref), amount_fen, "recharge",
                                                       _reference(reference))]))


def withdraw(db: Session, op_id: str, customer_ref: str, amount_fen: int, reference: str | None = None):
    """提现: the money leaves for the customer's bank card (the review flow decides before this)."""
    return post_transfers(db, [TransferInput(f"{_op(op_id)}:withdrawal", customer_account(customer_ref), CLEARING,
                                             amount_fen, "withdrawal", _reference(reference))])


def invest(db: Session, op_id: str, investor_ref: str, loan_ref: str, amount_fen: int):
    """投资: freezes the investor's money for the loan as a reservation; it is no longer spendable,
    and becomes the borrower's at disbursement or the investor's again at release."""
    return _told(db, post_transfers(db, [TransferInput(f"{_op(op_id)}:freeze", customer_account(investor_ref),
                                                       customer_account(investor_ref, "frozen"), amount_fen, "invest",
                                                       _reference(loan_ref), pending=True)]))


def _reservations(db: Session, loan_ref: str) -> list[LedgerTransfer]:
    return list(db.scalars(select(LedgerTransfer).where(LedgerTransfer.reference == loan_ref,
                                                        LedgerTransfer.kind == "invest",
                                                        LedgerTransfer.pending.is_(True))
                           .order_by(LedgerTransfer.id)))


def _resolving(db: Session, op_id: str, loan_ref: str, tag: str) -> list[LedgerTransfer]:
    """The reservations this operation resolves: the ones it resolved already, if it ran before
    (so a replay neither misses them nor picks up an investment made since), else the pending ones."""
    reservations = _reservations(db, _reference(loan_ref))
    done_ids = set(db.scalars(select(LedgerTransfer.pending_id).where(
        LedgerTransfer.transfer_id.in_([f"{op_id}:{tag}:{r.id}" for r in reservations])))) if reservations else set()
    if done_ids:
        return [r for r in reservations if r.id in done_ids]
    pending = [r for r in reservations if r.state == PENDING]
    if not pending:
        raise Conflict(_("Loan {loan} has no pending investments."), code="nothing_pending", params={"loan": loan_ref})
    return pending


def disburse(db: Session, op_id: str, loan_ref: str, borrower_ref: str, fee_fen: int = 0):
    """放款: posts every pending investment of the loan (investor frozen) and pays it to the borrower's
    available balance, then takes the platform's fee from the borrower. One commit for all."""
    _op(op_id)
    borrower = customer_account(borrower_ref)
    if type(fee_fen) is not int or fee_fen < 0:
        raise ValidationFailed(_("A fee is a whole number of fen, zero or more."), code="invalid_amount")
    items = []
    for reservation in _resolving(db, op_id, loan_ref, "post"):
        frozen = db.get(LedgerAccount, reservation.credit_account_id)
        items.append(ResolveInput(f"{op_id}:post:{reservation.id}", reservation.transfer_id, post=True))
        items.append(TransferInput(f"{op_id}:pay:{reservation.id}", frozen.code, borrower, reservation.amount_fen,
                                   "disburse", loan_ref))
    if fee_fen:
        items.append(TransferInput(f"{op_id}:fee", borrower, FEE_INCOME, fee_fen, "fee", loan_ref))
    return _told(db, post_transfers(db, items))


def release(db: Session, op_id: str, loan_ref: str):
    """流标: voids every pending investment of the loan; the investors can spend the money again."""
    _op(op_id)
    return post_transfers(db, [ResolveInput(f"{op_id}:void:{r.id}", r.transfer_id, post=False)
                               for r in _resolving(db, op_id, loan_ref, "void")])


def investor_shares(db: Session, loan_ref: str) -> list[tuple[int, str, int]]:
    """(investor's frozen account id, investor ref, fen disbursed to the borrower from them) for the
    loan, in account id order: the order ties are broken in, and a stable part of transfer ids."""
    frozen = aliased(LedgerAccount)
    rows = db.execute(select(frozen.id, frozen.customer_ref, func.sum(LedgerTransfer.amount_fen))
                      .join(frozen, frozen.id == LedgerTransfer.debit_account_id)
                      .where(LedgerTransfer.reference == loan_ref, LedgerTransfer.kind == "disburse",
                             LedgerTransfer.state == POSTED)
                      .group_by(frozen.id, frozen.customer_ref).order_by(frozen.id)).all()
    if not rows:
        return _imported_shares(db, loan_ref)
    return [(account_id, ref, int(total)) for account_id, ref, total in rows]


def _imported_shares(db: Session, loan_ref: str) -> list[tuple[int, str, int]]:
    """The shares of a loan paid out before the platform went live (server/golive/loans.py): the ledger holds no
    disbursement of it (the opening balances carry what it moved), so its investors are its posted investments,
    keyed by their first investment's id (a stable part of transfer ids, as the frozen account's id is above)."""
    from server.loans.models import Investment, LoanApplication

    rows = db.execute(select(func.min(Investment.id), Investment.investor_ref, func.sum(Investment.amount_fen))
                      .join(LoanApplication, LoanApplication.id == Investment.application_id)
                      .where(LoanApplication.number == loan_ref, Investment.state == "posted")
                      .group_by(Investment.investor_ref).order_by(func.min(Investment.id))).all()
    return [(key, ref, int(total)) for key, ref, total in rows]


def _split(db: Session, loan_ref: str, total_fen: int) -> list[tuple[int, str, int]]:
    """(investor key, investor ref, part) with the parts summing to total_fen; zero parts left out."""
    shares = investor_shares(db, _reference(loan_ref))
    if not shares:
        raise Conflict(_("Loan {loan} has no disbursed investments to share."), code="no_investors", params={"loan": loan_ref})
    parts = allocate(total_fen, [fen for _, _, fen in shares])
    return [(key, ref, part) for (key, ref, _), part in zip(shares, parts) if part]


def _amount(value: int, allow_zero: bool = True) -> int:
    if type(value) is not int or value < 0 or (value == 0 and not allow_zero):
        raise ValidationFailed(_("An amount is a whole number of fen, zero or more.") if allow_zero
                               else _("An amount is a whole number of fen above zero."), code="invalid_amount")
    return value


def repay(db: Session, op_id: str, loan_ref: str, borrower_ref: str, principal_fen: int, interest_fen: int,
          fee_fen: int = 0):
    """还款: the borrower pays principal and interest to the investors, each split by their share of
    the loan (largest remainder, see allocation.py: the parts sum exactly to what was paid), and
    the platform's fee to fee income."""
    _op(op_id)
    borrower = customer_account(borrower_ref)
    if _amount(principal_fen) + _amount(interest_fen) + _amount(fee_fen) == 0:
        raise ValidationFailed(_("A repayment pays something."), code="invalid_amount")
    items = []
    for tag, kind, total in (("principal", "repay_principal", principal_fen), ("interest", "repay_interest", interest_fen)):
        if total:
            for key, ref, part in _split(db, loan_ref, total):
                items.append(TransferInput(f"{op_id}:{tag}:{key}", borrower, customer_account(ref), part, kind,
                                           loan_ref))
    if fee_fen:
        items.append(TransferInput(f"{op_id}:fee", borrower, FEE_INCOME, fee_fen, "fee", loan_ref))
    return _told(db, post_transfers(db, items))


def penalty(db: Session, op_id: str, borrower_ref: str, amount_fen: int, loan_ref: str | None = None):
    """罚息: the overdue borrower pays the penalty to the platform's penalty income."""
    return post_transfers(db, [TransferInput(f"{_op(op_id)}:penalty", customer_account(borrower_ref), PENALTY_INCOME,
                                             amount_fen, "penalty", _reference(loan_ref))])


def compensate(db: Session, op_id: str, loan_ref: str, amount_fen: int):
    """代偿: the risk reserve pays the investors of an overdue loan, split by their shares."""
    _op(op_id)
    _amount(amount_fen, allow_zero=False)
    return _told(db, post_transfers(db, [TransferInput(f"{op_id}:comp:{key}", RISK_RESERVE, customer_account(ref),
                                                       part, "compensation", loan_ref)
                                         for key, ref, part in _split(db, loan_ref, amount_fen)]))


def reverse_transfer(db: Session, op_id: str, transfer_id: str):
    """冲正: undoes one posted transfer with a transfer of kind reversal."""
    return [reverse(db, transfer_id, f"{_op(op_id)}:reversal")]
