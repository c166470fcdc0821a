"""Column mappings: which header of a bank's file holds which statement field, and the built-in layouts.

Sign convention (the custodian's book of the platform's customer money):
- "in"  = money into the custodian account (a customer's recharge 充值), the bank's 贷方 (credit) / 收;
- "out" = money paid out of it (a withdrawal 提现), the bank's 借方 (debit) / 付.
Per layout:
- signed amount (no direction column, no debit/credit): positive = in, negative (or in parentheses) = out;
  `direction_values` may turn this round with {"+": "out", "-": "in"};
- debit/credit split: an amount in the credit column (贷方发生额) = in, in the debit column (借方发生额) = out;
  exactly one of the two holds a non-zero amount, and it is not negative;
- direction column (借贷标志 / 收付方向): the value is looked up in `direction_values` (or the common Chinese
  words when that is empty); the amount is positive (a negative amount is accepted only on an "out" line).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from server.messages import _

# Words banks use for the direction of a movement, when a mapping gives none of its own.
DEFAULT_DIRECTION_VALUES: dict[str, str] = {
    "收": "in", "收入": "in", "收款": "in", "入": "in", "入账": "in", "贷": "in", "贷方": "in", "存入": "in",
    "C": "in", "CR": "in", "IN": "in", "+": "in",
    "付": "out", "支出": "out", "付款": "out", "出": "out", "出账": "out", "借": "out", "借方": "out", "支取": "out",
    "D": "out", "DR": "out", "OUT": "out", "-": "out",
}


class MappingInvalid(ValueError):
    """A column mapping that cannot read a statement: an English template of the catalog and its params."""

    def __init__(self, template: str, params: dict | None = None):
        super().__init__(template.format_map(params or {}))
        self.template, self.params = template, params or {}


_NEEDS = {"serial": _("A column mapping needs the column of the bank serial number."),
          "account": _("A column mapping needs the column of the account."),
          "booked_at": _("A column mapping needs the column of the date.")}


@dataclass(frozen=True)
class ColumnMapping:
    """Names are the file's header texts (after strip), or None when the file lacks the field."""
    serial: str
    order_no: str | None
    account: str
    amount: str | None
    debit: str | None
    credit: str | None
    direction: str | None
    booked_at: str
    booked_time: str | None
    summary: str | None
    # how `direction` values read, e.g. {"收": "in", "贷": "in", "付": "out", "借": "out"}
    direction_values: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        for name in ("serial", "account", "booked_at"):
            if not getattr(self, name):
                raise MappingInvalid(_NEEDS[name])
        if self.amount is None and (self.debit is None or self.credit is None):
            raise MappingInvalid(_("A column mapping needs either an amount column or both debit and credit "
                                   "columns."))
        if self.amount is not None and (self.debit is not None or self.credit is not None):
            raise MappingInvalid(_("A column mapping has either an amount column or debit and credit columns, not "
                                   "both."))
        if self.direction is not None and self.amount is None:
            raise MappingInvalid(_("A direction column goes with a single amount column."))
        bad = {v for v in self.direction_values.values() if v not in ("in", "out")}
        if bad:
            raise MappingInvalid(_("Each direction value must mean money in or money out, not “{values}”."),
                                 {"values": ", ".join(sorted(bad))})

    def __hash__(self):  # direction_values is a dict; hash what identifies the layout
        return hash(tuple((f.name, str(getattr(self, f.name))) for f in fields(self)))

    @property
    def layout(self) -> str:
        """"signed", "split" (debit/credit columns) or "direction"."""
        if self.amount is None:
            return "split"
        return "direction" if self.direction is not None else "signed"

    def roles(self) -> dict[str, str]:
        """Role -> header name for every column this mapping reads."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "direction_values" and value is not None:
                out[f.name] = value
        return out

    def direction_lookup(self) -> dict[str, str]:
        values = self.direction_values or DEFAULT_DIRECTION_VALUES
        return {normalize_value(k): v for k, v in values.items()}

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ColumnMapping":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise MappingInvalid(_("The mapping has fields this reader does not know: {fields}."),
                                 {"fields": ", ".join(sorted(unknown))})
        values = {k: data.get(k) for k in known if k != "direction_values"}
        return cls(**values, direction_values=dict(data.get("direction_values") or {}))


BUILTIN_PROFILES: dict[str, ColumnMapping] = {
    # Signed amount, date and time in one column: + in, - out.
    "generic": ColumnMapping(
        serial="银行流水号", order_no="平台订单号", account="子账户", amount="交易金额", debit=None, credit=None,
        direction=None, booked_at="交易时间", booked_time=None, summary="摘要"),
    # Debit/credit split with separate date and time columns (ICBC-style 借方发生额/贷方发生额).
    "icbc": ColumnMapping(
        serial="银行流水号", order_no="商户订单号", account="账号", amount=None, debit="借方发生额",
        credit="贷方发生额", direction=None, booked_at="交易日期", booked_time="交易时间", summary="摘要"),
    # Amount with a 借/贷 flag (CCB-style), date and time in separate columns.
    "ccb": ColumnMapping(
        serial="银行流水号", order_no="平台订单号", account="子账户", amount="交易金额", debit=None, credit=None,
        direction="借贷标志", booked_at="交易日期", booked_time="交易时间", summary="摘要",
        direction_values={"借": "out", "贷": "in"}),
    # Amount with a 收/付 direction (CMB-style), date and time in one column.
    "cmb": ColumnMapping(
        serial="银行流水号", order_no="商户订单号", account="子账户", amount="交易金额", debit=None, credit=None,
        direction="收付方向", booked_at="交易时间", booked_time=None, summary="摘要",
        direction_values={"收": "in", "付": "out"}),
}

# Header texts that mark a row as the column row even when no mapping fits it whole.
KNOWN_HEADER_WORDS = frozenset({
    "银行流水号", "流水号", "交易流水号", "平台订单号", "商户订单号", "订单号", "账号", "子账户", "子账号", "账户",
    "借贷标志", "收付方向", "交易方向", "交易金额", "金额", "发生额", "借方发生额", "贷方发生额", "借方金额",
    "贷方金额", "交易日期", "交易时间", "记账日期", "摘要", "备注", "用途", "余额", "对方户名", "对方账号",
    "币种",
})

_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "\u3000": " ", "：": ":"})
_UNIT_SUFFIX = re.compile(r"\((?:元|人民币|RMB|CNY)\)$", re.IGNORECASE)


def normalize_header(text: str) -> str:
    """Header texts compare without spaces, full-width brackets or a unit suffix such as (元)."""
    text = (text or "").translate(_FULL_WIDTH)
    text = re.sub(r"\s+", "", text).strip("*\"'")
    return _UNIT_SUFFIX.sub("", text)


def normalize_value(text: str) -> str:
    return re.sub(r"\s+", "", (text or "").translate(_FULL_WIDTH)).upper()


def header_score(mapping: ColumnMapping, header: list[str]) -> tuple[int, int]:
    """(names present, names missing) of the mapping's columns in a header row."""
    present = {normalize_header(h) for h in header}
    names = [normalize_header(n) for n in mapping.roles().values()]
    found = sum(1 for n in names if n in present)
    return found, len(names) - found


def guess_profile(header: list[str]) -> str | None:
    """The built-in profile that finds all its columns in the header, preferring the one that reads most of them."""
    best, best_found = None, -1
    for name, mapping in BUILTIN_PROFILES.items():
        found, missing = header_score(mapping, header)
        if missing == 0 and found > best_found:
            best, best_found = name, found
    return best


def closest_profile(header: list[str]) -> str:
    """The built-in profile that finds most of its columns (for reporting what is missing)."""
    def closeness(name: str) -> tuple[int, int]:
        found, missing = header_score(BUILTIN_PROFILES[name], header)
        return found, -missing
    return max(BUILTIN_PROFILES, key=closeness)
