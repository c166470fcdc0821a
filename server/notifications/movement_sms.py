"""An SMS to the customer on every movement of their money (recharge, investment, repayment or compensation
received, withdrawal paid or rejected), queued in the movement's own transaction, in Chinese, with the amount and
the available balance after it in yuan.

Each SMS carries a key made from its transfers, so a replayed movement (the same operation id again) queues
nothing more. Customers without a registered phone (or references that are not customers) get nothing.
"""

import json
from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.customers.models import Customer
from server.db.driver_sql import DriverSQL
from server.ledger.models import LedgerAccount
from server.notifications import outbox

SIGNATURE = "【P2P平台】"


def yuan(fen: int) -> str:
    """12345 -> 123.45 (the SMS says 元 after it)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


class _Customer(NamedTuple):
    id: int
    number: str
    phone: str | None


# Only what an SMS needs, as rows rather than Customer objects, through the driver (server/db/driver_sql.py): every
# movement asks. The phone is decrypted by its column's own type.
_ONE, _MANY = "SELECT id, number, phone FROM customers WHERE number = {0}", "SELECT id, number, phone FROM customers"
_SQL = DriverSQL(one=_ONE, many=_MANY + " WHERE number IN (SELECT value FROM json_each({0}))",
                 many_pg=_MANY + " WHERE number = ANY({0})")
_PHONE = Customer.__table__.c.phone.type


def _customers(db: Session, refs) -> dict:
    """Customer rows (`id`, `number`, `phone`) by number."""
    refs = sorted(set(refs))
    if not refs:
        return {}
    if db.new or db.dirty or db.deleted:
        db.flush()  # as the session's execute would; the query itself goes on its connection, without the ORM
    driver, sql, dialect = _SQL.on(db)
    if len(refs) == 1:
        rows = driver.execute(sql["one"], (refs[0],))
    elif dialect.name == "sqlite":
        rows = driver.execute(sql["many"], (json.dumps(refs),))
    else:
        rows = driver.execute(sql["many_pg"], (refs,))
    return {number: _Customer(id_, number, None if phone is None else _PHONE.decrypt(phone))
            for id_, number, phone in rows.fetchall()}


def available_fen(db: Session, ref: str) -> int:
    account = db.scalar(select(LedgerAccount).where(LedgerAccount.code == f"customer:{ref}:available")
                        .execution_options(populate_existing=True))
    return account.spendable_fen if account else 0


def _ref(code: str | None) -> str | None:
    parts = (code or "").split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "customer" and parts[2] == "available" else None


def _queue(db: Session, customer, text: str, key: str) -> None:
    if customer is None or not customer.phone:
        return
    outbox.queue(db, "sms", customer.phone, SIGNATURE + text, purpose="movement", customer_id=customer.id,
                 dedupe_key=key)


def tell_customers(db: Session, posted) -> None:
    """Queues the SMS of the customers whose available money the posted transfers moved (`posted`: what
    `post_transfers` answered)."""
    recharges, investments, received = [], [], defaultdict(lambda: defaultdict(int))
    first_id: dict[tuple, int] = {}
    for t in posted:
        if t.kind == "recharge" and t.pending_id is None and _ref(t.credit_account):
            recharges.append(t)
        elif t.kind == "invest" and t.pending and _ref(t.debit_account):  # the reservation, not its posting
            investments.append(t)
        elif t.kind in ("repay_principal", "repay_interest", "compensation") and _ref(t.credit_account):
            key = (_ref(t.credit_account), t.reference or "")
            received[key][t.kind] += t.amount_fen
            first_id[key] = min(first_id.get(key, t.id), t.id)
    refs = ([_ref(t.credit_account) for t in recharges] + [_ref(t.debit_account) for t in investments]
            + [ref for ref, _loan in received])
    if not refs:
        return
    customers = _customers(db, refs)
    if not customers:
        return
    for t in recharges:
        ref = _ref(t.credit_account)
        if ref in customers:
            _queue(db, customers[ref], f"您的账户充值 {yuan(t.amount_fen)} 元已到账，可用余额 {yuan(available_fen(db, ref))} 元。",
                   f"movement:{t.id}")
    for t in investments:
        ref = _ref(t.debit_account)
        if ref in customers:
            loan = f"（借款 {t.reference}）" if t.reference else ""
            _queue(db, customers[ref], f"您已投资 {yuan(t.amount_fen)} 元{loan}，资金已冻结待放款，"
                                       f"可用余额 {yuan(available_fen(db, ref))} 元。", f"movement:{t.id}")
    for (ref, loan), parts in received.items():
        if ref not in customers:
            continue
        total = sum(parts.values())
        loan_words = f"借款 {loan} " if loan else ""
        if parts.get("compensation"):
            what = f"您投资的{loan_words}由平台代偿 {yuan(total)} 元"
        else:
            what = (f"您投资的{loan_words}收到还款 {yuan(total)} 元（本金 {yuan(parts.get('repay_principal', 0))} 元，"
                    f"利息 {yuan(parts.get('repay_interest', 0))} 元）")
        _queue(db, customers[ref], f"{what}，可用余额 {yuan(available_fen(db, ref))} 元。",
               f"movement:{first_id[(ref, loan)]}:{ref}")


def tell_withdrawal(db: Session, customer_ref: str, number: str, amount_fen: int, card: str | None,
                    paid: bool, reason: str | None = None) -> None:
    """The withdrawal paid out (the money left for the card) or rejected (the money is available again)."""
    customer = _customers(db, [customer_ref]).get(customer_ref)
    if customer is None:
        return
    balance = yuan(available_fen(db, customer_ref))
    if paid:
        tail = f"尾号 {card[-4:]} 的" if card else ""
        text = f"您的提现 {yuan(amount_fen)} 元（{number}）已出款至{tail}银行卡，可用余额 {balance} 元。"
    else:
        text = (f"您的提现 {yuan(amount_fen)} 元（{number}）未通过审核，原因：{reason or '—'}。"
                f"资金已退回，可用余额 {balance} 元。")
    _queue(db, customer, text, f"withdrawal:{number}:{'paid' if paid else 'rejected'}")
