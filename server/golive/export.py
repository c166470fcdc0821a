"""What the platform holds, written into the same templates the import reads, so that an export imported into an
empty platform gives the same customers, cards, staff and trial balance (round trip).

Amounts are written as yuan text from integer fen (never through a float); ID and card numbers in clear, as the
import needs them: an export is personal data, and the route and the command line that make one audit it."""

import io
import zipfile
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from server import clock
from server.customers.models import Customer
from server.golive.columns import LOAN_STATE_WORDS, METHOD_WORDS, NO, YES
from server.golive.template import SHEET_ROWS, csv_zip_bytes, workbook_bytes
from server.ledger.models import CUSTOMER, LedgerAccount
from server.ledger.service import CLEARING
from server.loans import blacklist
from server.loans.after.models import LoanProposal
from server.loans.models import BlacklistEntry, Installment, Investment, LoanApplication
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


METHOD_TEXT = {code: word for word, code in METHOD_WORDS.items()}
STATE_TEXT = {code: word for word, code in LOAN_STATE_WORDS.items()}
BLACKLIST_KIND_TEXT = {"id_number": "身份证号", "phone": "手机号", "bank_card": "银行卡号", "name": "姓名"}
BLACKLIST_SOURCE_TEXT = {"internal": "内部", "court": "法院失信名单", "partner": "合作方"}


def percent_text(rate) -> str:
    """A rate as the percentage the template asks for: 0.096 -> “9.6”."""
    return format((Decimal(rate) * 100).normalize(), "f")


def _day(moment) -> str:
    return clock.business_day(moment).isoformat() if moment is not None else ""


def _loans(db: Session) -> dict[str, list[list]]:
    """The loans paid out in the states the template takes (being repaid, overdue, settled, compensated, written
    off, with the decisions that closed them), their installments
    with what was paid and when (the day of the last receipt), and their investors' holdings (the principal each
    lent). Read with plain column queries, a loan at a time in id order, not as ORM objects."""
    loans, numbers = [], {}
    for app_id, number, borrower, amount, rate, term, method, disbursed_at, state, purpose in db.execute(
            select(LoanApplication.id, LoanApplication.number, Customer.number, LoanApplication.amount_fen,
                   LoanApplication.annual_rate, LoanApplication.term_months, LoanApplication.method,
                   LoanApplication.disbursed_at, LoanApplication.state, LoanApplication.purpose)
            .join(Customer, Customer.id == LoanApplication.borrower_id)
            .where(LoanApplication.disbursed_at.is_not(None), LoanApplication.state.in_(tuple(STATE_TEXT)))
            .order_by(LoanApplication.id).execution_options(yield_per=BATCH)):
        numbers[app_id] = number
        loans.append([number, borrower, yuan_text(amount), percent_text(rate), str(term), METHOD_TEXT[method],
                      _day(disbursed_at), STATE_TEXT[state], purpose or "", "", "", "", ""])
    # The approved compensation and write-off of each loan (its last of each kind), in the four columns after
    # the purpose: day and amount of the compensation, then of the write-off.
    rows = {app_id: row for app_id, row in zip(numbers, loans)}
    for app_id, kind, decided_at, amount in db.execute(
            select(LoanProposal.application_id, LoanProposal.kind, LoanProposal.decided_at, LoanProposal.amount_fen)
            .where(LoanProposal.state == "approved").order_by(LoanProposal.id)):
        if app_id in rows:
            at = 9 if kind == "compensation" else 11
            rows[app_id][at:at + 2] = [_day(decided_at), yuan_text(amount)]
    installments = []
    for app_id, number, due, principal, interest, penalty, paid, paid_at in db.execute(
            select(Installment.application_id, Installment.number, Installment.due_date, Installment.principal_fen,
                   Installment.interest_fen, Installment.penalty_fen, Installment.paid_fen, Installment.paid_at)
            .order_by(Installment.application_id, Installment.number).execution_options(yield_per=BATCH)):
        if app_id in numbers:
            installments.append([numbers[app_id], str(number), due.isoformat(), yuan_text(principal),
                                 yuan_text(interest), yuan_text(penalty or None), yuan_text(paid or None),
                                 _day(paid_at) if paid else ""])
    holdings = []
    for app_id, investor, amount in db.execute(
            select(Investment.application_id, Investment.investor_ref, func.sum(Investment.amount_fen))
            .where(Investment.state == "posted").group_by(Investment.application_id, Investment.investor_ref)
            .order_by(Investment.application_id, func.min(Investment.id))):
        if app_id in numbers:
            holdings.append([investor, numbers[app_id], yuan_text(int(amount))])
    return {"loans": loans, "installments": installments, "holdings": holdings}


def _blacklist(db: Session) -> dict[str, list[list]]:
    """The active entries whose value is kept (entries from before revision 0014 kept only a hash: they cannot be
    written out, and are left out)."""
    rows = [[BLACKLIST_KIND_TEXT[e.kind], e.value, e.reason, BLACKLIST_SOURCE_TEXT.get(e.source, e.source)]
            for e in db.scalars(select(BlacklistEntry).where(BlacklistEntry.removed_at.is_(None),
                                                             BlacklistEntry.value.is_not(None),
                                                             BlacklistEntry.kind.in_(blacklist.KINDS))
                                .order_by(BlacklistEntry.id))]
    return {"blacklist": rows}


def export_bytes(db: Session, kind: str, as_zip: bool = False) -> tuple[bytes, dict]:
    """The workbook of `kind` filled with what the platform holds, and its row counts (for the audit record); a .zip
    of CSV files instead when asked, or when a sheet has more rows than a worksheet holds."""
    if kind == "customers":
        rows = _customers(db)
    elif kind == "staff":
        rows = _staff(db)
    elif kind == "loans":
        rows = _loans(db)
    elif kind == "blacklist":
        rows = _blacklist(db)
    else:
        rows = _balances(db, clock.today())
    counts = {key: len(value) for key, value in rows.items()}
    if as_zip or max(counts.values(), default=0) >= SHEET_ROWS:
        return csv_zip_bytes(kind, rows), counts
    return workbook_bytes(kind, rows), counts


def is_zip_of_csv(data: bytes) -> bool:
    """Whether an export came out as a .zip of CSV files (an .xlsx is a zip too, with its own parts)."""
    if data[:4] != b"PK\x03\x04":
        return False
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "[Content_Types].xml" not in archive.namelist()
