"""What the ledger says about a business day: the movements the custodian bank should also show,
and the customers' total balance at the day's end.

The bank sees money cross between the platform and the outside world, which the ledger books as
transfers between the custodian clearing account (`platform:custodian_clearing`, the bank's side)
and a customer account: a recharge debits clearing and credits the customer (money in), a
withdrawal debits the customer and credits clearing (money out). Only what actually moved counts:
posted transfers that are not reservations. A withdrawal is first a reservation (pending) and moves
money when the reservation is posted, by a second transfer of kind withdrawal with the same
reference; a rejected one is voided and never reaches the bank. Movements inside the platform
(investments, disbursements, fees, repayments between customers) never touch clearing and are left out.
"""

from datetime import date, datetime

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from server.ledger.models import CUSTOMER, POSTED, LedgerAccount, LedgerTransfer
from server.ledger.service import CLEARING
from server.reconciliation.service import day_bounds

IN, OUT = "in", "out"


def clearing_account_id(db: Session) -> int | None:
    return db.scalar(select(LedgerAccount.id).where(LedgerAccount.code == CLEARING))


def _moved(transfer=LedgerTransfer):
    """A transfer that moved posted money (not a reservation, not voided)."""
    return and_(transfer.pending.is_(False), transfer.state == POSTED)


def day_movements_query(db: Session, day: date) -> Select | None:
    """The day's ledger movements between clearing and customers, as a query of the columns
    entry_id, transfer_id, reference, account (the customer), direction, amount_fen, at; None when
    the books have no clearing account yet."""
    clearing = clearing_account_id(db)
    if clearing is None:
        return None
    start, end = day_bounds(day)
    debit, credit = aliased(LedgerAccount), aliased(LedgerAccount)
    t = LedgerTransfer
    money_in = t.debit_account_id == clearing
    return (select(t.id.label("entry_id"), t.transfer_id.label("transfer_id"), t.reference.label("reference"),
                   case((money_in, credit.customer_ref), else_=debit.customer_ref).label("account"),
                   case((money_in, literal(IN)), else_=literal(OUT)).label("direction"),
                   t.amount_fen.label("amount_fen"), t.created_at.label("at"))
            .join(debit, debit.id == t.debit_account_id).join(credit, credit.id == t.credit_account_id)
            .where(t.created_at >= start, t.created_at < end, _moved(),
                   or_(and_(money_in, credit.kind == CUSTOMER),
                       and_(t.credit_account_id == clearing, debit.kind == CUSTOMER))))


def day_movements(db: Session, day: date) -> list[dict]:
    """The same movements as dictionaries, in id order (for reading and for the demo's sample file)."""
    query = day_movements_query(db, day)
    if query is None:
        return []
    return [dict(row._mapping) for row in db.execute(query.order_by(LedgerTransfer.id))]


def customers_total_at(db: Session, instant: datetime) -> int:
    """Every customer's balance (available + frozen, posted) summed, as it stood at `instant`: today's
    counters less what moved into or out of customer accounts since. Transfers between two customer
    accounts cancel out, so only the platform's side of each movement changes the total."""
    current = db.scalar(select(func.coalesce(func.sum(LedgerAccount.credits_posted - LedgerAccount.debits_posted), 0))
                        .where(LedgerAccount.kind == CUSTOMER))
    debit, credit = aliased(LedgerAccount), aliased(LedgerAccount)
    t = LedgerTransfer
    since = db.execute(
        select(func.coalesce(func.sum(case((credit.kind == CUSTOMER, t.amount_fen), else_=0)), 0),
               func.coalesce(func.sum(case((debit.kind == CUSTOMER, t.amount_fen), else_=0)), 0))
        .join(debit, debit.id == t.debit_account_id).join(credit, credit.id == t.credit_account_id)
        .where(t.created_at >= instant, _moved())).one()
    return int(current) - int(since[0]) + int(since[1])
