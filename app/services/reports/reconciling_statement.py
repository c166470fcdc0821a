"""余额调节表 The reconciling statement of a reconciliation day: the custodian's reported balance and the ledger's
customer balance, each brought to an adjusted balance by the items still in transit, side by side:

    bank side                                   book side (the platform's ledger)
    银行对账单余额                                 企业账面余额
    加：企业已收银行未收 (ledger-only money in)      加：银行已收企业未收 (bank-only money in)
    减：企业已付银行未付 (ledger-only money out)     减：银行已付企业未付 (bank-only money out)
    调节后余额                                     调节后余额

An item is in transit while it is open, marked as timing or waiting for its adjusting entry; one matched by hand
or adjusted is settled. Every item of one side that its twin on the other side does not settle goes on the other
side's column: an item the ledger has and the bank does not (平台有银行无, the ledger's half of 金额不符 or 账户不符)
adjusts the bank's balance, and the other way round. Both adjusted balances agree when the open items explain
the whole difference; what they do not explain is printed as the remaining difference, never hidden. All in fen.
"""

from dataclasses import dataclass, field

IN_TRANSIT = ("open", "timing", "proposed")


@dataclass(frozen=True)
class ItemGroup:
    """The open items of one category on one side, moving money one way."""

    category: str  # ledger_only, bank_only, amount_differs, account_differs, duplicate
    count: int
    amount_fen: int


@dataclass
class StatementSide:
    balance_fen: int
    adds: list[ItemGroup] = field(default_factory=list)
    subtracts: list[ItemGroup] = field(default_factory=list)

    @property
    def added_fen(self) -> int:
        return sum(g.amount_fen for g in self.adds)

    @property
    def subtracted_fen(self) -> int:
        return sum(g.amount_fen for g in self.subtracts)

    @property
    def adjusted_fen(self) -> int:
        return self.balance_fen + self.added_fen - self.subtracted_fen


@dataclass
class ReconcilingStatement:
    bank: StatementSide  # starts from the custodian's reported balance
    book: StatementSide  # starts from the customers' money in the ledger

    @property
    def remaining_difference_fen(self) -> int:
        """Bank's adjusted balance minus the book's: zero when the items in transit explain everything."""
        return self.bank.adjusted_fen - self.book.adjusted_fen


def _groups(items: list[dict], side: str, direction: str) -> list[ItemGroup]:
    found: dict[str, list[int]] = {}
    for item in items:
        if item.get("side") == side and item.get("direction") == direction and item.get("state") in IN_TRANSIT:
            count_fen = found.setdefault(str(item.get("category") or ""), [0, 0])
            count_fen[0] += 1
            count_fen[1] += int(item.get("amount_fen") or 0)
    return [ItemGroup(category, count, fen) for category, (count, fen) in sorted(found.items())]


def reconciling_statement(balance: dict, items: list[dict]) -> ReconcilingStatement | None:
    """The statement of a day from its balance check (the API's DayOut.balance) and its differences (ItemOut);
    None when the custodian's statement reports no balance to start from."""
    reported, ledger = balance.get("custodian_reported_fen"), balance.get("ledger_customers_fen")
    if reported is None or ledger is None:
        return None
    # What the ledger has and the bank has not yet adjusts the bank's balance, and the other way round.
    bank = StatementSide(int(reported), _groups(items, "ledger", "in"), _groups(items, "ledger", "out"))
    book = StatementSide(int(ledger), _groups(items, "bank", "in"), _groups(items, "bank", "out"))
    return ReconcilingStatement(bank, book)
