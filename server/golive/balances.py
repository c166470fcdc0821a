"""Opening balances (期初余额) through the ledger's own transfers: each account's balance on the go-live day comes
from custodian clearing, so that the books balance as they would had the money been recharged, and the
clearing account then holds what the custodian's statement says the platform's custodian account holds.

Checks: an account that is neither a customer (in this file or on the platform) nor a platform account, the same
account twice, an account that holds money on the platform already (opening balances open empty books), and the
total that does not equal the custodian's stated figure (or no stated figure at all).

No customer is told: the transfers are posted by `post_transfers` itself, not by the recharge movement that
sends an SMS. Their kind is `adjustment` with the reference golive:<the file's hash>."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.golive.columns import BALANCES, CUSTODIAN, PLATFORM_ACCOUNT_WORDS
from server.golive.problems import Problems
from server.golive.values import parse_row
from server.golive.workbook import SheetRows
from server.ledger.models import LedgerAccount
from server.ledger.service import CLEARING, TransferInput, customer_account, platform_account, post_transfers, yuan
from server.messages import _

CHUNK = 5_000


@dataclass
class BalancesPlan:
    opening: list[tuple[str, int]] = field(default_factory=list)  # (ledger account code, balance in fen)
    stated_fen: int | None = None
    as_of: date | None = None

    @property
    def totals(self) -> dict:
        return {"accounts": len(self.opening), "opening_total_fen": sum(b for _a, b in self.opening)} \
            if self.opening or self.stated_fen is not None else {}


def _customers_on_platform(db: Session, numbers: list[str]) -> set[str]:
    from server.customers.models import Customer

    found = set()
    for i in range(0, len(numbers), CHUNK):
        found.update(db.scalars(select(Customer.number).where(Customer.number.in_(numbers[i:i + CHUNK]))))
    return found


def check(db: Session, sheets: dict[str, SheetRows], customers_in_file: set[str], problems: Problems) -> BalancesPlan:
    plan = BalancesPlan()
    rows, custodian = sheets.get(BALANCES.key), sheets.get(CUSTODIAN.key)
    if not rows and not custodian:
        return plan
    parsed = []
    for number, texts in rows.rows if rows else ():
        values, good = parse_row(BALANCES, number, texts, problems)
        if good:
            parsed.append((number, values))
    on_platform = _customers_on_platform(db, sorted({v["account"] for _n, v in parsed} - customers_in_file
                                                    - set(PLATFORM_ACCOUNT_WORDS)))
    seen: dict[str, int] = {}
    for number, values in parsed:
        word = values["account"]
        if word in PLATFORM_ACCOUNT_WORDS:
            code = platform_account(PLATFORM_ACCOUNT_WORDS[word])
        elif word in customers_in_file or word in on_platform:
            code = customer_account(word)
        else:
            problems.add(BALANCES, number, BALANCES.column("account"), "account_unknown",
                         _("“{account}” is neither a customer in this file or on the platform nor a platform "
                           "account."), account=word)
            continue
        if code in seen:
            problems.add(BALANCES, number, BALANCES.column("account"), "account_repeated",
                         _("The account {account} has a balance in row {row} already."), account=word, row=seen[code])
            continue
        seen[code] = number
        if values["balance_fen"]:
            plan.opening.append((code, values["balance_fen"]))
    _refuse_accounts_in_use(db, seen, problems)
    stated = [(n, *parse_row(CUSTODIAN, n, texts, problems)) for n, texts in (custodian.rows if custodian else ())]
    if len(stated) != 1:
        problems.add(CUSTODIAN, 0, None, "custodian_figure_missing",
                     _("Give the custodian account's balance on the go-live day, in one row."))
        return plan
    number, values, good = stated[0]
    if not good:
        return plan
    plan.stated_fen, plan.as_of = values["stated_fen"], values["as_of"]
    total = sum(b for _a, b in plan.opening)
    if total != plan.stated_fen:
        problems.add(CUSTODIAN, number, CUSTODIAN.column("stated_fen"), "balances_do_not_add_up",
                     _("The opening balances add up to {total}, the custodian states {stated}: they differ by "
                       "{difference}."), total=yuan(total), stated=yuan(plan.stated_fen),
                     difference=yuan(total - plan.stated_fen))
    return plan


def _refuse_accounts_in_use(db: Session, rows_by_code: dict[str, int], problems: Problems) -> None:
    codes = sorted(rows_by_code) + [CLEARING]
    for i in range(0, len(codes), CHUNK):
        for code, debits, credits in db.execute(select(
                LedgerAccount.code, LedgerAccount.debits_posted, LedgerAccount.credits_posted)
                .where(LedgerAccount.code.in_(codes[i:i + CHUNK]))):
            if not (debits or credits):
                continue
            if code == CLEARING:
                problems.add(CUSTODIAN, 0, None, "books_not_empty",
                             _("The platform's books hold money already; opening balances open empty books."))
            else:
                problems.add(BALANCES, rows_by_code[code], BALANCES.column("account"), "account_in_use",
                             _("This account holds money on the platform already."))


def apply(db: Session, plan: BalancesPlan, sha256: str) -> None:
    reference = f"golive:{sha256[:16]}"
    post_transfers(db, [TransferInput(f"golive-{sha256[:16]}:open:{n}", CLEARING, code, amount, "adjustment", reference,
                                      details={"opening_balance": True, "as_of": plan.as_of.isoformat()})
                        for n, (code, amount) in enumerate(plan.opening, start=1)])
