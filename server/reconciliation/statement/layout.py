"""Where things are in a statement file: the column row, the header block above it (the reported balance),
and the totals line (and any footer) below the statement lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header_words import ALL_WORDS
from .mapping import KNOWN_HEADER_WORDS, ColumnMapping, normalize_header
from server.messages import _

from .problems import Problem
from .values import FULL_WIDTH, amount_fen_scalar

_KNOWN = {normalize_header(w) for w in KNOWN_HEADER_WORDS} | ALL_WORDS
_FW = str.maketrans(FULL_WIDTH)


def header_matches(cells: list[str], mapping: ColumnMapping | None) -> int:
    names = {normalize_header(c) for c in cells if c}
    if mapping is not None:
        wanted = {normalize_header(n) for n in mapping.roles().values()}
        return len(names & wanted)
    return len(names & _KNOWN)


def find_header(rows: list[tuple[int, list[str]]], mapping: ColumnMapping | None) -> int | None:
    """Index (in rows) of the column row: the first row holding the mapping's serial column and at least two of
    its names; without a mapping, the first holding at least three header words banks use."""
    if mapping is not None:
        serial = normalize_header(mapping.serial)
        for index, (_, cells) in enumerate(rows):
            if serial in {normalize_header(c) for c in cells} and header_matches(cells, mapping) >= 2:
                return index
        best = max(range(len(rows)), key=lambda i: header_matches(rows[i][1], mapping), default=None)
        if best is not None and header_matches(rows[best][1], mapping) >= 3:
            return best
    for index, (_, cells) in enumerate(rows):
        if header_matches(cells, None) >= 3:
            return index
    return None


# The custodian's reported total of the customers' money, as header blocks and footers state it.
_BALANCE_LABEL = re.compile(
    r"(期末余额|账户总余额|总余额|余额合计|期末总余额|客户总余额|子账户余额合计|存管总余额|日终余额)\s*(?:\((?:元|人民币)\))?"
    r"[\s:,\t|;\"]*([^\s:,\t|;\"]?[-+(]?[0-9][0-9,]*(?:\.[0-9]+)?\)?|[^,\t|;\"]*)")


def reported_balance(rows: list[tuple[int, list[str]]]) -> tuple[int | None, list[Problem]]:
    """The reported balance in fen from 'label: amount' in one cell, or the label then the amount in the next
    cell (also when an unquoted thousands separator has split the amount over cells)."""
    for line, cells in rows:
        text = ",".join(cells).translate(_FW)
        found = _BALANCE_LABEL.search(text)
        if not found:
            continue
        value = found.group(2).strip().rstrip(",")
        fen = amount_fen_scalar(value)
        if fen is None:
            return None, [Problem(line, found.group(1), "bad_amount",
                                  _("The reported balance '{value}' after {label} is not an exact amount in yuan."),
                                  {"value": value, "label": found.group(1)})]
        return fen, []
    return None, []


_TOTALS_START = re.compile(r"^(合计|总计|汇总|共计|小计|本页合计|本日合计|当日合计|total)", re.IGNORECASE)
_FOOTER_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{2,16}[:：]")


def is_totals_row(cells: list[str]) -> bool:
    first = next((c for c in cells if c.strip()), "")
    return bool(_TOTALS_START.match(first.strip()))


def is_footer_row(cells: list[str]) -> bool:
    """A labelled note after the lines ('打印时间：…', '期末余额：…'), at most two cells filled."""
    filled = [c for c in cells if c.strip()]
    return 0 < len(filled) <= 2 and bool(_FOOTER_LABEL.match(filled[0].strip()))


@dataclass
class DeclaredTotals:
    count: int | None = None
    in_fen: int | None = None
    out_fen: int | None = None
    net_fen: int | None = None     # a signed layout's single total under the amount column
    gross_fen: int | None = None   # a direction layout's single total under the amount column
    line: int | None = None
    stated_at: dict = field(default_factory=dict)   # figure ("count", "in_fen", ...) -> (line, column or None)

    def where(self, figure: str) -> tuple[int, str | None]:
        return self.stated_at.get(figure, (self.line, None))

    def state(self, figure: str, value: int, line: int, column: str | None = None) -> None:
        setattr(self, figure, value)
        self.stated_at[figure] = (line, column)


_NUM = r"([-+(]?[0-9][0-9,]*(?:\.[0-9]+)?\)?)"
_COUNT_PATTERNS = (
    re.compile(r"(?:总笔数|交易笔数|合计笔数|笔数)\s*[:：]?\s*(\d+)"),
    re.compile(r"共\s*(\d+)\s*笔"),
    re.compile(r"(?:合计|总计|共计)\s*[:：]?\s*(\d+)\s*笔"),
    re.compile(r"(\d+)\s*笔"),
)
_IN_COUNT = re.compile(r"(?:收入|贷方|收款|入账)笔数\s*[:：]?\s*(\d+)")
_OUT_COUNT = re.compile(r"(?:支出|借方|付款|出账)笔数\s*[:：]?\s*(\d+)")
_IN_SUM = re.compile(r"(?:收入|贷方|收款|入账)(?:发生额|金额|总额)?(?:合计|总计|总额)?(?:金额)?\s*(?:\(元\))?\s*[:：]?\s*" + _NUM)
_OUT_SUM = re.compile(r"(?:支出|借方|付款|出账)(?:发生额|金额|总额)?(?:合计|总计|总额)?(?:金额)?\s*(?:\(元\))?\s*[:：]?\s*" + _NUM)


def _fen_or_problem(text: str, line: int, column: str | None, problems: list[Problem]) -> int | None:
    fen = amount_fen_scalar(text)
    if fen is None:
        problems.append(Problem(line, column, "bad_amount",
                                _("The total '{value}' in the totals line is not an exact amount in yuan."),
                                {"value": text}))
    return fen


def declared_totals(rows: list[tuple[int, list[str]]], header: list[str], mapping: ColumnMapping,
                    labelled_only: bool = False) -> tuple[DeclaredTotals, list[Problem]]:
    """What the totals line(s) state: a count of lines and sums, from labelled text ('笔数：3', '收入：1,000.00')
    or from cells under the amount / debit / credit columns. With `labelled_only` (the header block above the
    column row) only labelled text counts, and only a line that states something is the totals line."""
    totals = DeclaredTotals()
    problems: list[Problem] = []
    position = {normalize_header(h): i for i, h in enumerate(header)}
    for line, cells in rows:
        text = " ".join(c for c in cells if c.strip()).translate(_FW)
        if labelled_only and not any(p.search(text) for p in (*_COUNT_PATTERNS[:2], _IN_COUNT, _OUT_COUNT, _IN_SUM, _OUT_SUM)):
            continue
        totals.line = totals.line or line
        in_count = sum(int(m) for m in _IN_COUNT.findall(text))
        out_count = sum(int(m) for m in _OUT_COUNT.findall(text))
        if _IN_COUNT.search(text) or _OUT_COUNT.search(text):
            totals.state("count", (totals.count or 0) + in_count + out_count, line)
        else:
            for pattern in _COUNT_PATTERNS:
                found = pattern.search(text)
                if found:
                    totals.state("count", int(found.group(1)), line)
                    break
        stripped = _IN_COUNT.sub("", _OUT_COUNT.sub("", text))
        for pattern, attr in ((_IN_SUM, "in_fen"), (_OUT_SUM, "out_fen")):
            found = pattern.search(stripped)
            if found:
                value = _fen_or_problem(found.group(1), line, None, problems)
                if value is not None:
                    totals.state(attr, value, line)

        if labelled_only:
            continue

        def cell(name: str | None) -> str:
            index = position.get(normalize_header(name)) if name else None
            return cells[index].strip() if index is not None and index < len(cells) else ""

        if mapping.layout == "split":
            for name, attr in ((mapping.credit, "in_fen"), (mapping.debit, "out_fen")):
                if cell(name):
                    value = _fen_or_problem(cell(name), line, name, problems)
                    if value is not None:
                        totals.state(attr, value, line, name)
        elif cell(mapping.amount):
            value = _fen_or_problem(cell(mapping.amount), line, mapping.amount, problems)
            if value is not None:
                totals.state("net_fen" if mapping.layout == "signed" else "gross_fen", value, line, mapping.amount)
    return totals, problems
