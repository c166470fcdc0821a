"""What the platform holds, written into the same templates the import reads, so that an export imported into an
empty platform gives the same customers, cards, staff and trial balance (round trip).

Amounts are written as yuan text from integer fen (never through a float); ID and card numbers in clear, as the
import needs them: an export is personal data, and the route and the command line that make one audit it."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from server import clock
from server.customers.models import Customer
from server.golive.columns import NO, YES
from server.golive.template import workbook_bytes
from server.ledger.models import CUSTOMER, LedgerAccount
from server.ledger.service import CLEARING
from server.staff.models import User

SIDE_WORDS = {"investor": "出借人", "borrower": "借款人"}
PLATFORM_WORDS = {"platform:fee_income": "平台服务费", "platform:risk_reserve": "风险准备金",
                  "platform:penalty_income": "罚息收入"}
BATCH = 5_000


def yuan_text(fen: int | None) -> str:
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def _yes(value: bool) -> str:
    return YES if value else NO


def _customers(db: Session) -> dict[str, list[list]]:
    persons, companies, cards = [], [], []
    query = select(Customer).options(selectinload(Customer.cards)).order_by(Customer.id).execution_options(
        yield_per=BATCH)
    for c in db.scalars(query):
        side = SIDE_WORDS[c.side]
        if c.kind == "person":
            persons.append([c.number, side, c.name, c.id_number or "", c.phone or "", c.email or "",
                            c.birth_date.isoformat() if c.birth_date else "", yuan_text(c.monthly_income_fen or None),
                            c.employer or "", _yes(c.verified)])
        else:
            companies.append([c.number, side, c.name, c.id_number or "", c.legal_representative or "",
                              yuan_text(c.registered_capital_fen), c.phone or "", c.email or "", _yes(c.verified)])
        for card in c.cards:
            cards.append([c.number, card.bank, card.card, _yes(card.is_default)])
    return {"persons": persons, "companies": companies, "cards": cards}


def _staff(db: Session) -> dict[str, list[list]]:
    rows = [[u.username, u.display_name, "、".join(r.name for r in u.roles), u.phone or "", u.email or ""]
            for u in db.scalars(select(User).where(User.disabled.is_(False)).order_by(User.id))]
    return {"staff": rows}


def _balances(db: Session, as_of: date) -> dict[str, list[list]]:
    rows, clearing = [], 0
    for account in db.scalars(select(LedgerAccount).order_by(LedgerAccount.id)):
        if account.code == CLEARING:
            clearing = account.balance_fen
        elif account.kind == CUSTOMER and account.code.endswith(":available") and account.balance_fen:
            rows.append([account.customer_ref, yuan_text(account.balance_fen)])
        elif account.code in PLATFORM_WORDS and account.balance_fen:
            rows.append([PLATFORM_WORDS[account.code], yuan_text(account.balance_fen)])
    # Custodian clearing is credit-normal on the platform's side: the money the custodian holds is its debit.
    return {"balances": rows, "custodian": [[as_of.isoformat(), yuan_text(-clearing)]]}


def export_bytes(db: Session, kind: str) -> tuple[bytes, dict]:
    """The workbook of `kind` filled with what the platform holds, and its row counts (for the audit record)."""
    if kind == "customers":
        rows = _customers(db)
    elif kind == "staff":
        rows = _staff(db)
    else:
        rows = _balances(db, clock.now().date())
    return workbook_bytes(kind, rows), {key: len(value) for key, value in rows.items()}
