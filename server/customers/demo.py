"""Deterministic demo customers: the borrowers of the demo loans (made with them, by `server.loans.demo`) and the
demo investors IV0001…IV0200 the ledger demo recharges, with Chinese names, phones, ID numbers, e-mails and
cards; some companies on both sides; some not yet verified (实名认证); one whose sign-in is locked.

Rows go in by bulk inserts (plain values: the columns' EncryptedText type encrypts them on insert).
"""

import random
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from server.customers.models import Customer, CustomerCard
from server.security.pii import active_ring

INVESTORS = 200
LOCKED_INVESTOR = "IV0013"
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行", "浦发银行", "兴业银行"]
INVESTOR_COMPANIES = ["投资管理有限公司", "贸易有限公司", "实业有限公司"]


def bank_for(rng: random.Random) -> str:
    return rng.choice(BANKS)


def company_extras(rng: random.Random) -> dict:
    """A company's legal representative and registered capital."""
    from server.loans.demo import GIVEN, SURNAMES

    return {"legal_representative": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))),
            "registered_capital_fen": rng.choice([100, 200, 500, 1000, 3000, 5000]) * 10_000 * 100}


def insert_customers(db: Session, customers: list[dict], cards: list[dict], chunk: int = 20_000) -> None:
    """Bulk-insert customer rows (with explicit ids) and their cards, then move PostgreSQL's id sequence past them."""
    for i in range(0, len(customers), chunk):
        db.execute(insert(Customer.__table__), customers[i:i + chunk])
    for i in range(0, len(cards), chunk):
        db.execute(insert(CustomerCard.__table__), cards[i:i + chunk])
    advance_sequences(db)


def advance_sequences(db: Session) -> None:
    if db.get_bind().dialect.name == "postgresql":
        for table in ("customers", "customer_cards"):
            db.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"))


def seed_investors(db: Session, now: datetime, seed: int = 2026) -> int:
    """IV0001…IV0200 as customers (none made when IV0001 exists). Returns how many were made."""
    from server.loans.demo import CITIES, GIVEN, SURNAMES, _id_number

    if db.scalar(select(Customer.id).where(Customer.number == "IV0001")):
        return 0
    rng = random.Random(seed + 11)
    ring = active_ring()
    first_id = (db.scalar(select(func.max(Customer.id))) or 0) + 1
    rows, cards = [], []
    for n in range(1, INVESTORS + 1):
        number = f"IV{n:04d}"
        company = n % 25 == 0
        id_number, birth = _id_number(rng)
        if company:
            name = rng.choice(CITIES) + rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(INVESTOR_COMPANIES)
            id_number = f"91{rng.randrange(10**15):015d}Y"
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
        email = f"iv{n:04d}@example.cn" if n % 3 == 0 else None
        created = now - timedelta(days=rng.randrange(60, 1200))
        verified = n % 17 != 5  # IV0005, IV0022, … have not finished 实名认证
        customer_id = first_id + n - 1
        row = {"id": customer_id, "number": number, "side": "investor", "kind": "company" if company else "person",
               "name": name, "id_number": id_number, "id_number_index": ring.blind_index(id_number),
               "phone": phone, "phone_index": ring.blind_index(phone),
               "email": email, "email_index": ring.blind_index(email) if email else None,
               "birth_date": None if company else birth, "monthly_income_fen": 0, "monthly_debt_payments_fen": 0,
               "employer": "" if company else rng.choice(CITIES) + "某单位",
               "legal_representative": None, "registered_capital_fen": None,
               "verified": verified, "verified_at": created + timedelta(hours=2) if verified else None,
               "login_locked": number == LOCKED_INVESTOR,
               "locked_reason": "客户来电：手机丢失，申请冻结登录" if number == LOCKED_INVESTOR else None,
               "locked_at": now - timedelta(days=2) if number == LOCKED_INVESTOR else None,
               "locked_by": "service" if number == LOCKED_INVESTOR else None,
               "last_sign_in_at": now - timedelta(hours=rng.randrange(1, 24 * 60)) if verified else None,
               "withdrawal_failures": 0, "created_at": created, "version": 1}
        if company:
            row.update(company_extras(rng))
        rows.append(row)
        for k in range(1 if n % 4 else 2):
            card = f"6217{rng.randrange(10**15):015d}"
            cards.append({"customer_id": customer_id, "bank": bank_for(rng), "card": card,
                          "card_index": ring.blind_index(card), "is_default": k == 0,
                          "added_at": created + timedelta(days=k * 30)})
    insert_customers(db, rows, cards)
    return len(rows)
