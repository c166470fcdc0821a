"""The ledger's lists as server-paged tables: accounts, transfers, and an account's statement.
Amounts from integer fen, right-aligned in a tabular font; money going out in red with a minus sign."""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from app.models.paged_table import Column, PagedTableModel
from app.services.formatting import local_time, yuan
from app.services.language import current_is_chinese

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

NEGATIVE = "#b42318"
TRANSFER_KINDS = {
    "recharge": ("充值", "Recharge"), "withdrawal": ("提现", "Withdrawal"), "invest": ("投资冻结", "Investment"),
    "disburse": ("放款", "Disbursement"), "fee": ("手续费", "Fee"), "release": ("解冻", "Release"),
    "repay_principal": ("还本", "Principal repaid"), "repay_interest": ("付息", "Interest paid"),
    "penalty": ("罚息", "Penalty interest"), "compensation": ("代偿", "Compensation"),
    "adjustment": ("调账", "Adjustment"), "reversal": ("冲正", "Reversal"),
}
TRANSFER_STATES = {"posted": ("已入账", "Posted"), "pending": ("冻结中", "Pending"), "voided": ("已作废", "Voided")}
PLATFORM_ACCOUNTS = {
    "platform:custodian_clearing": ("存管清算户", "Custodian clearing"), "platform:fee_income": ("平台服务费", "Fee income"),
    "platform:risk_reserve": ("风险准备金", "Risk reserve"), "platform:penalty_income": ("罚息收入", "Penalty income"),
    "platform:suspense": ("挂账", "Suspense"),
}
CUSTOMER_SIDES = {"available": ("可用余额", "available"), "frozen": ("冻结金额", "frozen")}
# What a customer number says the customer is, where the platform knows no name (investors have none yet).
CUSTOMER_KINDS = (("BR", ("借款人", "Borrower")), ("IV", ("投资人", "Investor")))


def _pick(table: dict, code: str) -> str:
    zh, en = table.get(code, (code, code))
    return zh if current_is_chinese() else en


def kind_label(kind: str) -> str:
    return _pick(TRANSFER_KINDS, kind)


def state_label(state: str) -> str:
    return _pick(TRANSFER_STATES, state)


def customer_label(ref: str, name: str | None = None) -> str:
    """'王*明 BR00000001' (the name as the server sends it, masked unless the user may see it) or, without a name,
    what the number is: '投资人 IV0035' / 'Investor IV0035'."""
    if name:
        return f"{name} {ref}"
    zh, en = next((words for prefix, words in CUSTOMER_KINDS if ref.startswith(prefix)), ("客户", "Customer"))
    return f"{zh if current_is_chinese() else en} {ref}"


def account_label(code: str, customer_name: str | None = None) -> str:
    """'customer:IV0001:frozen' -> '投资人 IV0001 · 冻结金额' ('王*明 BR00000001 · 可用余额' with a name); platform
    accounts by their names ('风险准备金')."""
    if code in PLATFORM_ACCOUNTS:
        return _pick(PLATFORM_ACCOUNTS, code)
    parts = code.split(":")
    if len(parts) == 3 and parts[0] == "customer":
        return f"{customer_label(parts[1], customer_name)} · {_pick(CUSTOMER_SIDES, parts[2])}"
    return code


def _red_if_negative(value: int | None) -> str | None:
    return NEGATIVE if value is not None and value < 0 else None


def _kind_label(account) -> str:
    if account.kind == "platform":
        return translate("LedgerTables", "Platform account")
    return translate("LedgerTables", "Customer account")


def accounts_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(translate("LedgerTables", "Account"), lambda a: account_label(a.code, a.customer_name), "code"),
        Column(translate("LedgerTables", "Type"), _kind_label, "kind"),
        Column(translate("LedgerTables", "Balance"), lambda a: yuan(a.balance_fen), "balance", right=True, mono=True,
               colour=lambda a: _red_if_negative(a.balance_fen)),
        Column(translate("LedgerTables", "Spendable"), lambda a: yuan(a.spendable_fen) if a.kind == "customer" else "—",
               right=True, mono=True),
        Column(translate("LedgerTables", "Frozen (pending)"), lambda a: yuan(a.debits_pending_fen), right=True,
               mono=True),
        Column(translate("LedgerTables", "Debits"), lambda a: yuan(a.debits_posted_fen), right=True, mono=True),
        Column(translate("LedgerTables", "Credits"), lambda a: yuan(a.credits_posted_fen), right=True, mono=True),
    ]
    return PagedTableModel(columns, fetch_page, runner, "code", parent)


def _transfer_columns() -> list[Column]:
    return [
        Column(translate("LedgerTables", "Time"), lambda t: local_time(t.created_at, seconds=True), "created_at",
               mono=True),
        Column(translate("LedgerTables", "Type"), lambda t: kind_label(t.kind), "kind"),
        Column(translate("LedgerTables", "Amount"), lambda t: yuan(t.amount_fen), "amount", right=True, mono=True),
        Column(translate("LedgerTables", "From (debit)"), lambda t: account_label(t.debit_account, t.debit_customer_name)),
        Column(translate("LedgerTables", "To (credit)"), lambda t: account_label(t.credit_account, t.credit_customer_name)),
        Column(translate("LedgerTables", "State"), lambda t: state_label(t.state)),
        Column(translate("LedgerTables", "Reference"), lambda t: t.reference or "", "reference", mono=True),
        Column(translate("LedgerTables", "Transfer ID"), lambda t: t.transfer_id, mono=True),
    ]


def transfers_model(fetch_page, runner, parent=None) -> PagedTableModel:
    return PagedTableModel(_transfer_columns(), fetch_page, runner, "-id", parent)


def statement_model(fetch_page, runner, parent=None) -> PagedTableModel:
    time, kind, _amount, debit, credit, _state, reference, transfer_id = _transfer_columns()
    # A statement is in posting order only (its running balance depends on it).
    time, kind, reference = replace(time, sort_key="id"), replace(kind, sort_key=None), replace(reference, sort_key=None)
    columns = [time, kind,
               Column(translate("LedgerTables", "Change"),
                      lambda t: yuan(t.change_fen) if t.change_fen is not None else "—", right=True, mono=True,
                      colour=lambda t: _red_if_negative(t.change_fen)),
               Column(translate("LedgerTables", "Balance after"),
                      lambda t: yuan(t.balance_after_fen) if t.balance_after_fen is not None else "—", right=True,
                      mono=True, colour=lambda t: _red_if_negative(t.balance_after_fen)),
               debit, credit, reference, transfer_id]
    return PagedTableModel(columns, fetch_page, runner, "id", parent)
