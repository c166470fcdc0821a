"""Reading the ledger: transfers, accounts, statements with running balances, the trial balance.

Balances come from the counters on the account rows (one row per account, whatever the number
of transfers); only statements read transfers, through the (account, id) indexes.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, case, cast, func, or_, select
from sqlalchemy.orm import Session

from server.db.base import as_utc
from server.errors import NotFound
from server.messages import _
from server.ledger.models import CUSTOMER, POSTED, LedgerAccount, LedgerTransfer
from server.ledger.service import customer_account, transfer_views


def _sum(column):
    # PostgreSQL sums BIGINT into NUMERIC (Decimal in Python); money stays int.
    return cast(func.coalesce(func.sum(column), 0), BigInteger)


@dataclass(frozen=True)
class TransferFilter:
    account_id: int | None = None
    account_code: str | None = None
    customer_ref: str | None = None
    kinds: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    reference: str | None = None
    transfer_id: str | None = None


TRANSFER_SORTS = {"id": LedgerTransfer.id, "created_at": LedgerTransfer.created_at,
                  "amount": LedgerTransfer.amount_fen, "kind": LedgerTransfer.kind,
                  "reference": LedgerTransfer.reference}


def _touching(account_ids):
    return or_(LedgerTransfer.debit_account_id.in_(account_ids), LedgerTransfer.credit_account_id.in_(account_ids))


def transfer_conditions(f: TransferFilter) -> list:
    conds = []
    if f.account_id is not None:
        conds.append(_touching([f.account_id]))
    if f.account_code:
        conds.append(_touching(select(LedgerAccount.id).where(LedgerAccount.code == f.account_code)))
    if f.customer_ref:
        conds.append(_touching(select(LedgerAccount.id).where(LedgerAccount.customer_ref == f.customer_ref)))
    if f.kinds:
        conds.append(LedgerTransfer.kind.in_(f.kinds))
    if f.states:
        conds.append(LedgerTransfer.state.in_(f.states))
    if f.amount_min_fen is not None:
        conds.append(LedgerTransfer.amount_fen >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conds.append(LedgerTransfer.amount_fen <= f.amount_max_fen)
    if f.created_from:
        conds.append(LedgerTransfer.created_at >= as_utc(f.created_from))
    if f.created_to:
        conds.append(LedgerTransfer.created_at < as_utc(f.created_to))
    if f.reference:
        conds.append(LedgerTransfer.reference == f.reference)
    if f.transfer_id:
        conds.append(LedgerTransfer.transfer_id == f.transfer_id)
    return conds


def list_transfers(db: Session, f: TransferFilter, sort: str = "-id", page: int = 1, page_size: int = 50):
    conds = transfer_conditions(f)
    column = TRANSFER_SORTS[sort.lstrip("-")]
    descending = sort.startswith("-")
    order = [column.desc(), LedgerTransfer.id.desc()] if descending else [column.asc(), LedgerTransfer.id.asc()]
    total = db.scalar(select(func.count()).select_from(LedgerTransfer).where(*conds))
    rows = db.scalars(select(LedgerTransfer).where(*conds).order_by(*order)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    return transfer_views(db, rows), total


def customer_names(db: Session, refs, can_see_pii: bool) -> dict[str, str]:
    """The names the platform knows for these customer numbers (investors and borrowers), masked (王*明) unless
    the reader may see personal data."""
    from server.customers.models import Customer
    from server.security.masking import mask_name

    refs = sorted({r for r in refs if r})
    if not refs:
        return {}
    rows = db.execute(select(Customer.number, Customer.name).where(Customer.number.in_(refs))).all()
    return {number: name if can_see_pii else mask_name(name) for number, name in rows if name}


def _ref_of(code: str | None) -> str | None:
    parts = (code or "").split(":")
    return parts[1] if len(parts) == 3 and parts[0] == CUSTOMER else None


def with_customer_names(db: Session, transfers: list[dict], can_see_pii: bool) -> list[dict]:
    """Transfer views with the names of the customers whose accounts they touch (debit_customer_name,
    credit_customer_name), looked up once for the page."""
    names = customer_names(db, {_ref_of(t.get(side)) for t in transfers for side in ("debit_account", "credit_account")},
                           can_see_pii)
    return [t | {"debit_customer_name": names.get(_ref_of(t.get("debit_account"))),
                 "credit_customer_name": names.get(_ref_of(t.get("credit_account")))} for t in transfers]


def accounts_with_customer_names(db: Session, accounts: list[dict], can_see_pii: bool) -> list[dict]:
    names = customer_names(db, {a["customer_ref"] for a in accounts}, can_see_pii)
    return [a | {"customer_name": names.get(a["customer_ref"])} for a in accounts]


def account_view(a: LedgerAccount) -> dict:
    return {"id": a.id, "code": a.code, "kind": a.kind, "customer_ref": a.customer_ref, "name": a.name,
            "may_go_negative": a.may_go_negative, "debits_posted_fen": a.debits_posted,
            "credits_posted_fen": a.credits_posted, "debits_pending_fen": a.debits_pending,
            "credits_pending_fen": a.credits_pending, "balance_fen": a.balance_fen,
            "spendable_fen": a.spendable_fen, "version": a.version}


def get_account(db: Session, account_id: int) -> LedgerAccount:
    account = db.get(LedgerAccount, account_id)
    if account is None:
        raise NotFound(_("There is no ledger account with id {id}."), code="account_not_found", params={"id": account_id})
    return account


ACCOUNT_SORTS = {"id": LedgerAccount.id, "code": LedgerAccount.code, "kind": LedgerAccount.kind,
                 "balance": LedgerAccount.credits_posted - LedgerAccount.debits_posted}


def list_accounts(db: Session, kind: str | None = None, customer_ref: str | None = None, code: str | None = None,
                  sort: str = "code", page: int = 1, page_size: int = 50):
    conds = []
    if kind:
        conds.append(LedgerAccount.kind == kind)
    if customer_ref:
        conds.append(LedgerAccount.customer_ref == customer_ref)
    if code:
        conds.append(LedgerAccount.code == code)
    column = ACCOUNT_SORTS[sort.lstrip("-")]
    order = [column.desc(), LedgerAccount.id.desc()] if sort.startswith("-") else [column.asc(), LedgerAccount.id]
    total = db.scalar(select(func.count()).select_from(LedgerAccount).where(*conds))
    rows = db.scalars(select(LedgerAccount).where(*conds).order_by(*order)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    return [account_view(a) for a in rows], total


def customer_balances(db: Session, customer_ref: str) -> dict:
    """可用余额, 冻结金额 and what the customer may spend now, from two account rows."""
    codes = {side: customer_account(customer_ref, side) for side in ("available", "frozen")}
    accounts = {a.code: a for a in db.scalars(select(LedgerAccount).where(LedgerAccount.code.in_(codes.values())))}
    if not accounts:
        raise NotFound(_("Customer {customer} has no ledger accounts yet."), code="account_not_found",
                       params={"customer": customer_ref})
    available, frozen = accounts.get(codes["available"]), accounts.get(codes["frozen"])
    # Money being frozen is still on the available account as a reservation; count it once, as frozen.
    reserved = available.debits_pending if available else 0
    return {"customer_ref": customer_ref,
            "available_fen": available.spendable_fen if available else 0,
            "frozen_fen": reserved + (frozen.balance_fen if frozen else 0),
            "balance_fen": (available.balance_fen if available else 0) + (frozen.balance_fen if frozen else 0)}


def statement(db: Session, account_id: int, page: int = 1, page_size: int = 50, descending: bool = False,
              created_from: datetime | None = None, created_to: datetime | None = None):
    """The account's posted transfers with the balance after each, computed in SQL by a window sum
    over all of the account's posted transfers in posting (id) order, then filtered and paged, so a
    page in the middle or a date range still shows the true running balance."""
    account = get_account(db, account_id)
    signed = case((LedgerTransfer.credit_account_id == account.id, LedgerTransfer.amount_fen),
                  else_=-LedgerTransfer.amount_fen)
    lines = (select(LedgerTransfer.id.label("id"), signed.label("delta"),
                    cast(func.sum(signed).over(order_by=LedgerTransfer.id), BigInteger).label("running"))
             .where(_touching([account.id]), LedgerTransfer.state == POSTED, LedgerTransfer.pending.is_(False))
             .subquery())
    query = select(LedgerTransfer, lines.c.delta, lines.c.running).join(lines, lines.c.id == LedgerTransfer.id)
    if created_from:
        query = query.where(LedgerTransfer.created_at >= as_utc(created_from))
    if created_to:
        query = query.where(LedgerTransfer.created_at < as_utc(created_to))
    total = db.scalar(select(func.count()).select_from(query.subquery()))
    rows = db.execute(query.order_by(lines.c.id.desc() if descending else lines.c.id)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    views = transfer_views(db, [r[0] for r in rows])
    items = [view | {"change_fen": int(delta), "balance_after_fen": int(running)}
             for view, (_, delta, running) in zip(views, rows)]
    return account, items, total


def trial_balance(db: Session, page: int = 1, page_size: int = 200, kind: str | None = None) -> dict:
    """Every account's posted balance (paged) and the totals over all accounts: in double entry
    the debits equal the credits, so `difference_fen` is 0 unless the books are broken."""
    conds = [LedgerAccount.kind == kind] if kind else []
    total = db.scalar(select(func.count()).select_from(LedgerAccount).where(*conds))
    rows = db.scalars(select(LedgerAccount).where(*conds).order_by(LedgerAccount.kind.desc(), LedgerAccount.code)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    debits, credits, debits_pending, credits_pending = db.execute(select(
        _sum(LedgerAccount.debits_posted), _sum(LedgerAccount.credits_posted),
        _sum(LedgerAccount.debits_pending), _sum(LedgerAccount.credits_pending))).one()
    customers = db.scalar(select(_sum(LedgerAccount.credits_posted - LedgerAccount.debits_posted))
                          .where(LedgerAccount.kind == CUSTOMER))
    return {"items": [account_view(a) for a in rows], "total": total, "page": page, "page_size": page_size,
            "debits_posted_fen": int(debits), "credits_posted_fen": int(credits),
            "difference_fen": int(credits) - int(debits),
            "pending_difference_fen": int(credits_pending) - int(debits_pending),
            "customer_balances_fen": int(customers)}
