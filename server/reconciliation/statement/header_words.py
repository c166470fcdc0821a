"""Guessing the column mapping of a bank no built-in layout knows, from the words of its header row.

Banks name the same field differently (交易金额 / 发生额 / 金额, 流水号 / 交易流水号 / 银行流水号 ...). Each field
has its words here, most telling first; a header cell equal to one of them (as headers compare: no spaces,
full-width brackets or unit suffix) is an exact match, a cell containing one (本笔交易金额) a partial one. The
guess is shown to the clerk to confirm, never used on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from .mapping import normalize_header

# field -> its words, most telling first. "date" and "time" become booked_at / booked_time (see guess_mapping).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "serial": ("银行流水号", "交易流水号", "流水号", "银行交易流水号", "核心流水号", "银行流水", "交易序号", "流水",
               "交易参考号", "参考号", "凭证号"),
    "order_no": ("平台订单号", "商户订单号", "订单号", "业务订单号", "交易订单号", "商户流水号", "平台流水号", "外部流水号",
                 "第三方流水号", "请求流水号", "业务流水号", "业务编号"),
    "account": ("子账户", "子账号", "账号", "账户", "存管账号", "虚拟账号", "电子账号", "电子账户", "客户账号", "银行账号",
                "子账户账号", "对方账号", "对手账号", "对方账户", "卡号"),
    "amount": ("交易金额", "发生额", "金额", "交易额", "变动金额", "入出金额"),
    "debit": ("借方发生额", "借方金额", "支出", "支出金额", "付款金额", "出账金额", "借方", "支取金额"),
    "credit": ("贷方发生额", "贷方金额", "收入", "收入金额", "收款金额", "入账金额", "贷方", "存入金额"),
    "direction": ("借贷标志", "收付方向", "交易方向", "借贷方向", "收支方向", "收付标志", "借贷", "收付", "资金方向",
                  "方向", "收支"),
    "date": ("交易日期", "记账日期", "入账日期", "日期", "交易日", "记账日", "会计日期"),
    "time": ("交易时间", "记账时间", "入账时间", "时间", "交易日期时间", "记账日期时间", "交易时刻"),
    "summary": ("摘要", "交易摘要", "备注", "用途", "附言", "说明", "交易说明", "交易用途", "摘要说明"),
}

# A header holding one of these is never an amount, whatever else it says (余额 is the balance after the line).
_NOT_AN_AMOUNT = ("余额", "笔数", "币种", "汇率", "账号", "户名")
_PARTIAL_MIN = 2   # a word of at least two characters may be found inside a longer header
REQUIRED = ("serial", "account", "booked_at", "amount")   # "amount": an amount column, or debit and credit

_NORMALIZED = {name: [normalize_header(w) for w in words] for name, words in SYNONYMS.items()}
ALL_WORDS = frozenset(w for words in _NORMALIZED.values() for w in words)


@dataclass(frozen=True)
class GuessedField:
    field: str       # a ColumnMapping field: serial, order_no, account, amount, debit, credit, direction,
                     # booked_at, booked_time, summary
    column: str      # the header text as the file has it
    certainty: str   # "exact": the header is one of the field's words; "partial": it contains one


@dataclass(frozen=True)
class MappingGuess:
    fields: tuple[GuessedField, ...]
    missing: tuple[str, ...]   # required fields no column was found for ("amount": neither amount nor debit+credit)

    @property
    def complete(self) -> bool:
        return not self.missing

    def mapping(self) -> dict:
        """The guess as ColumnMapping fields (None where no column was found)."""
        found = {f.field: f.column for f in self.fields}
        names = ("serial", "order_no", "account", "amount", "debit", "credit", "direction", "booked_at",
                 "booked_time", "summary")
        return {name: found.get(name) for name in names} | {"direction_values": {}}


def _candidates(header: list[str]) -> list[tuple[int, int, str, int]]:
    """(0 exact / 1 partial, rank of the word, field, column index) for every field a header cell may be."""
    found = []
    for index, text in enumerate(header):
        cell = normalize_header(text)
        if not cell:
            continue
        for name, words in _NORMALIZED.items():
            if cell in words:
                found.append((0, words.index(cell), name, index))
                continue
            if name in ("amount", "debit", "credit") and any(w in cell for w in _NOT_AN_AMOUNT):
                continue
            rank = next((r for r, word in enumerate(words) if len(word) >= _PARTIAL_MIN and word in cell), None)
            if rank is not None:
                found.append((1, rank, name, index))
    return sorted(found)


def guess_mapping(header: list[str]) -> MappingGuess:
    """Each field's best column (exact matches before partial ones, the more telling word first, each column
    used once); 交易日期 with 交易时间 become date and time, a lone 交易时间 holds both; 借方/贷方 (支出/收入)
    columns make a debit/credit layout, else an amount column (with a direction column when there is one)."""
    chosen: dict[str, tuple[int, int]] = {}   # field -> (column index, exact 0 / partial 1)
    used: set[int] = set()
    for partial, _rank, name, index in _candidates(header):
        if name not in chosen and index not in used:
            chosen[name] = (index, partial)
            used.add(index)

    def take(name: str) -> tuple[int, int] | None:
        return chosen.get(name)

    fields: dict[str, tuple[int, int]] = {}
    for name in ("serial", "order_no", "account", "summary"):
        if take(name):
            fields[name] = take(name)
    date, time = take("date"), take("time")
    if date and time:
        fields["booked_at"], fields["booked_time"] = date, time
    elif date or time:
        fields["booked_at"] = date or time
    debit, credit = take("debit"), take("credit")
    if debit and credit:
        fields["debit"], fields["credit"] = debit, credit
    elif take("amount"):
        fields["amount"] = take("amount")
        if take("direction"):
            fields["direction"] = take("direction")
    missing = tuple(name for name in REQUIRED if name not in fields and not (
        name == "amount" and "debit" in fields))
    guessed = tuple(GuessedField(name, header[index].strip(), "partial" if partial else "exact")
                    for name, (index, partial) in sorted(fields.items(), key=lambda kv: kv[1][0]))
    return MappingGuess(guessed, missing)
