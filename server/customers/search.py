"""Finding a customer from one line of text: a customer number (IV…, BR…), an application (LN…) or withdrawal (WD…)
number, a phone, an ID or business licence number, a bank card, an e-mail (all exact, through the blind indexes
stored beside the encrypted values), or the beginning of a name.

The text's shape says what it can be; every plausible kind is tried in order and the first that finds someone
answers (18 digits are an ID number or a card; 11 digits starting with 1 a phone or a card). Each lookup is one
indexed query: exact values by their keyed hash, names by a range over the name's bytes (PostgreSQL's pattern
operators on a varchar_pattern_ops index, SQLite's BINARY order), so the answer takes milliseconds at a million
customers.
"""

import re
from dataclasses import dataclass

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session, selectinload

from server.customers.models import Customer, CustomerCard
from server.security.pii import blind_index

_NUMBER = re.compile(r"^(IV|BR)[0-9A-Z]{1,18}$")
_APPLICATION = re.compile(r"^LN\d{6,22}$")
_WITHDRAWAL = re.compile(r"^WD\d{6,22}$")
_DIGITS = re.compile(r"^\d+$")
_ID_OR_LICENCE = re.compile(r"^(\d{15}|\d{17}[\dX]|[0-9A-Z]{18})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEPARATORS = re.compile(r"[\s\-]")


@dataclass
class Found:
    match: str  # number | name | phone | id_number | licence | bank_card | email | application | withdrawal | none
    customers: list[Customer]


def _with_cards(stmt):
    return stmt.options(selectinload(Customer.cards))


def _by_number(db: Session, number: str, limit: int) -> list[Customer]:
    return list(db.scalars(_with_cards(select(Customer).where(Customer.number == number).limit(limit))))


def _by_index(db: Session, column, value: str, limit: int) -> list[Customer]:
    return list(db.scalars(_with_cards(select(Customer).where(column == blind_index(value))
                                       .order_by(Customer.id).limit(limit))))


def _by_card(db: Session, card: str, limit: int) -> list[Customer]:
    owners = select(CustomerCard.customer_id).where(CustomerCard.card_index == blind_index(card))
    return list(db.scalars(_with_cards(select(Customer).where(Customer.id.in_(owners)).order_by(Customer.id)
                                       .limit(limit))))


def _by_application(db: Session, number: str, limit: int) -> list[Customer]:
    from server.loans.models import LoanApplication

    owner = select(LoanApplication.borrower_id).where(LoanApplication.number == number)
    return list(db.scalars(_with_cards(select(Customer).where(Customer.id.in_(owner)).limit(limit))))


def _by_withdrawal(db: Session, number: str, limit: int) -> list[Customer]:
    from server.withdrawals.models import Withdrawal

    owner = select(Withdrawal.customer_ref).where(Withdrawal.number == number)
    return list(db.scalars(_with_cards(select(Customer).where(Customer.number.in_(owner)).limit(limit))))


def name_prefix_condition(db: Session, prefix: str):
    """Names starting with `prefix`: prefix <= name < prefix with its last character's successor, compared by
    code points (bytes of UTF-8), which an index serves on both databases."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    if db.get_bind().dialect.name == "postgresql":
        return (Customer.name.op("~>=~")(prefix), Customer.name.op("~<~")(upper)), literal_column(
            "customers.name USING ~<~")
    return (Customer.name >= prefix, Customer.name < upper), Customer.name


def _by_name(db: Session, prefix: str, limit: int) -> list[Customer]:
    conditions, order = name_prefix_condition(db, prefix)
    return list(db.scalars(_with_cards(select(Customer).where(*conditions).order_by(order, Customer.id)
                                       .limit(limit))))


def search(db: Session, text: str, limit: int = 20) -> Found:
    raw = (text or "").strip()
    if not raw:
        return Found("none", [])
    compact = _SEPARATORS.sub("", raw).upper()
    attempts = []
    if _NUMBER.match(compact):
        attempts.append(("number", lambda: _by_number(db, compact, limit)))
    if _APPLICATION.match(compact):
        attempts.append(("application", lambda: _by_application(db, compact, limit)))
    if _WITHDRAWAL.match(compact):
        attempts.append(("withdrawal", lambda: _by_withdrawal(db, compact, limit)))
    if _EMAIL.match(raw):
        attempts.append(("email", lambda: _by_index(db, Customer.email_index, raw, limit)))
    phone = compact[3:] if compact.startswith("+86") else compact[2:] if len(compact) == 13 and compact.startswith(
        "86") else compact
    if _DIGITS.match(phone) and len(phone) == 11 and phone.startswith("1"):
        attempts.append(("phone", lambda: _by_index(db, Customer.phone_index, phone, limit)))
    if _ID_OR_LICENCE.match(compact):
        attempts.append(("id_number", lambda: _by_index(db, Customer.id_number_index, compact, limit)))
    if _DIGITS.match(compact) and 12 <= len(compact) <= 19:
        attempts.append(("bank_card", lambda: _by_card(db, compact, limit)))
    if not attempts or not _DIGITS.match(compact):
        # Anything else may be the start of a name (张, 张伟, 杭州, a company's name).
        attempts.append(("name", lambda: _by_name(db, raw, limit)))
    for match, run in attempts:
        found = run()
        if found:
            if match == "id_number" and all(c.kind == "company" for c in found):
                match = "licence"
            return Found(match, found)
    return Found("none", [])
