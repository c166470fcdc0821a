"""Persons, companies and their bank cards from the customers template: every row checked against the others
and against the platform, then all inserted at once.

Checks: the format of every cell (ID numbers with their checksum, credit codes, phones, cards), a customer
number used twice in the file or taken on the platform, the same ID number twice, a card of a customer neither
in the file nor on the platform, a card on file twice, two default cards for one customer.

Rows go in by bulk inserts of plain values (the EncryptedText columns encrypt them), as the demo seeds them:
a hundred thousand customers take seconds, not the minutes of one ORM object each."""

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.customers.models import Customer, CustomerCard
from server.golive.columns import CARDS, COMPANIES, PERSONS, SIDE_WORDS
from server.golive.problems import Problems
from server.golive.values import (check_card, check_cell, check_credit_code, check_customer_number, check_email,
                                  check_id_number, check_phone, parse_row)
from server.golive.workbook import SheetRows
from server.messages import Word, _
from server.security.pii import active_ring

CHUNK = 5_000  # rows per insert and numbers per IN (…) query: under SQLite's bound-parameter limit


@dataclass
class CustomersPlan:
    customers: list[dict] = field(default_factory=list)  # column values, without ids
    cards: list[dict] = field(default_factory=list)      # with "customer_number" instead of the id

    @property
    def totals(self) -> dict:
        return {"persons": sum(1 for c in self.customers if c["kind"] == "person"),
                "companies": sum(1 for c in self.customers if c["kind"] == "company"),
                "cards": len(self.cards)}


def _existing(db: Session, column, values: list[str]) -> set[str]:
    found = set()
    for i in range(0, len(values), CHUNK):
        found.update(db.scalars(select(column).where(column.in_(values[i:i + CHUNK]))))
    return found


def check(db: Session, sheets: dict[str, SheetRows], problems: Problems) -> CustomersPlan:
    plan = CustomersPlan()
    ring = active_ring()
    seen_numbers: dict[str, tuple] = {}
    seen_ids: dict[str, tuple] = {}
    candidates = []  # every row with a number, good or not: the platform's numbers are checked for all
    for data_sheet, kind in ((PERSONS, "person"), (COMPANIES, "company")):
        rows = sheets.get(data_sheet.key)
        for number, texts in rows.rows if rows else ():
            values, good = parse_row(data_sheet, number, texts, problems)
            id_number = (values["id_number"] or "").upper()
            good = all((good, check_cell(problems, data_sheet, number, "number", check_customer_number, values["number"]),
                        check_cell(problems, data_sheet, number, "id_number",
                                   check_id_number if kind == "person" else check_credit_code, id_number),
                        check_cell(problems, data_sheet, number, "phone", check_phone, values["phone"]),
                        check_cell(problems, data_sheet, number, "email", check_email, values["email"])))
            customer_number = values["number"]
            if customer_number is None:
                continue
            if customer_number in seen_numbers:
                sheet, row = seen_numbers[customer_number]
                problems.add(data_sheet, number, data_sheet.column("number"), "number_repeated",
                             _("The customer number {number} is used in {sheet} row {row} already."),
                             number=customer_number, sheet=Word(sheet.key, sheet.en, sheet.zh), row=row)
                good = False
            seen_numbers.setdefault(customer_number, (data_sheet, number))
            index = ring.blind_index(id_number) if id_number else None
            if index in seen_ids:
                sheet, row = seen_ids[index]
                problems.add(data_sheet, number, data_sheet.column("id_number"), "id_number_repeated",
                             _("The same ID number is in {sheet} row {row} already."),
                             sheet=Word(sheet.key, sheet.en, sheet.zh), row=row)
                good = False
            if index:
                seen_ids.setdefault(index, (data_sheet, number))
            candidates.append({"_row": (data_sheet, number), "number": customer_number, "id_number_index": index})
            if not good:
                continue
            verified = bool(values["verified"])
            plan.customers.append({
                "_row": (data_sheet, number), "number": customer_number, "side": SIDE_WORDS[values["side"]],
                "kind": kind, "name": values["name"], "id_number": id_number, "id_number_index": index,
                "phone": values["phone"], "phone_index": ring.blind_index(values["phone"]) if values["phone"] else None,
                "email": values["email"], "email_index": ring.blind_index(values["email"]) if values["email"] else None,
                "birth_date": values.get("birth_date"), "monthly_income_fen": values.get("monthly_income_fen") or 0,
                "monthly_debt_payments_fen": 0, "employer": values.get("employer") or "",
                "legal_representative": values.get("legal_representative"),
                "registered_capital_fen": values.get("registered_capital_fen"), "verified": verified})
    _refuse_taken(db, candidates, problems)
    _check_cards(db, sheets, plan, seen_numbers, problems)
    return plan


def _refuse_taken(db: Session, candidates: list[dict], problems: Problems) -> None:
    """A customer number or ID number the platform holds already is a problem of the row (the import adds,
    it never overwrites)."""
    taken_numbers = _existing(db, Customer.number, [c["number"] for c in candidates])
    taken_ids = _existing(db, Customer.id_number_index, [c["id_number_index"] for c in candidates if c["id_number_index"]])
    for customer in candidates:
        sheet, row = customer["_row"]
        if customer["number"] in taken_numbers:
            problems.add(sheet, row, sheet.column("number"), "number_taken",
                         _("The platform has a customer numbered {number} already."), number=customer["number"])
        if customer["id_number_index"] in taken_ids:
            problems.add(sheet, row, sheet.column("id_number"), "id_number_taken",
                         _("The platform has a customer with this ID number already."))


def _check_cards(db: Session, sheets: dict[str, SheetRows], plan: CustomersPlan, in_file: dict, problems: Problems):
    rows = sheets.get(CARDS.key)
    if not rows:
        return
    ring = active_ring()
    parsed = []
    for number, texts in rows.rows:
        values, good = parse_row(CARDS, number, texts, problems)
        if check_cell(problems, CARDS, number, "card", check_card, values["card"]) and good:
            parsed.append((number, values))
    wanted = sorted({v["customer_number"] for _n, v in parsed} - set(in_file))
    on_platform = _existing(db, Customer.number, wanted)
    taken_cards = _existing(db, CustomerCard.card_index, [ring.blind_index(v["card"]) for _n, v in parsed])
    seen_cards: dict[str, int] = {}
    defaults: dict[str, int] = {}
    for number, values in parsed:
        owner, index = values["customer_number"], ring.blind_index(values["card"])
        if owner not in in_file and owner not in on_platform:
            problems.add(CARDS, number, CARDS.column("customer_number"), "customer_unknown",
                         _("There is no customer numbered {number} in this file or on the platform."), number=owner)
        if index in seen_cards:
            problems.add(CARDS, number, CARDS.column("card"), "card_repeated",
                         _("The same card is in row {row} already."), row=seen_cards[index])
        elif index in taken_cards:
            problems.add(CARDS, number, CARDS.column("card"), "card_taken",
                         _("The platform holds this card already."))
        seen_cards.setdefault(index, number)
        if values["is_default"]:
            if owner in defaults:
                problems.add(CARDS, number, CARDS.column("is_default"), "default_card_repeated",
                             _("Customer {number} has a default card in row {row} already."), number=owner,
                             row=defaults[owner])
            defaults.setdefault(owner, number)
        plan.cards.append({"customer_number": owner, "bank": values["bank"], "card": values["card"],
                           "card_index": index, "is_default": bool(values["is_default"])})
    # A customer given cards but no default one: the first of their cards in the file is the default.
    firsts = {}
    for card in plan.cards:
        firsts.setdefault(card["customer_number"], card)
    for owner, card in firsts.items():
        if owner not in defaults and owner in in_file:
            card["is_default"] = True


def apply(db: Session, plan: CustomersPlan) -> None:
    now = clock.now()
    first_id = (db.scalar(select(func.max(Customer.id))) or 0) + 1
    ids = {}
    rows = []
    for offset, customer in enumerate(plan.customers):
        row = {k: v for k, v in customer.items() if k != "_row"}
        row.update(id=first_id + offset, created_at=now, verified_at=now if row["verified"] else None,
                   login_locked=False, withdrawal_failures=0, version=1)
        ids[row["number"]] = row["id"]
        rows.append(row)
    missing = sorted({c["customer_number"] for c in plan.cards} - set(ids))
    for i in range(0, len(missing), CHUNK):
        ids.update(db.execute(select(Customer.number, Customer.id).where(Customer.number.in_(missing[i:i + CHUNK]))).all())
    cards = [{"customer_id": ids[c["customer_number"]], "bank": c["bank"], "card": c["card"],
              "card_index": c["card_index"], "is_default": c["is_default"], "added_at": now} for c in plan.cards]
    from server.customers.demo import insert_customers

    insert_customers(db, rows, cards, CHUNK)
