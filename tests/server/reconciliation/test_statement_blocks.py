"""A large GBK statement is decoded and parsed a block at a time: cut after line feeds only, so a character
split by the block size, a quoted value beside a cut, a repeat across blocks and a line in another encoding
read and are refused exactly as the whole file read at once (the same text in UTF-8) does."""

import pytest

from server.reconciliation.statement import BUILTIN_PROFILES, StatementRefused, read_statement, reader
from server.reconciliation.statement.reader import BLOCK_BYTES

CCB = BUILTIN_PROFILES["ccb"]
HEAD = ("中国建设银行 资金存管业务对账单\n对账日期：2026-11-24\n"
        "银行流水号,平台订单号,子账户,交易金额,借贷标志,交易日期,交易时间,摘要\n")
HEADER_LINE = 3


def line(n: int, summary: str = "充值备注", date: str = "2026-11-24", amount: str | None = None) -> str:
    amount = amount or f"{n % 90000 + 10000}.{n % 100:02d}"
    return f"B{n:012d},P{n:012d},C{n % 7919:09d},{amount},贷,{date},10:{n % 60:02d}:{n // 60 % 60:02d},{summary}\n"


def ordinary_lines(count: int) -> list[str]:
    """Lines of one byte length in GBK, whose Chinese summary is where the block size cuts a line: the first
    cut of the file falls on the second byte of one of its characters."""
    for pad in range(64):
        summary = "x" * pad + "充值备注"
        size = len(line(100_000, summary).encode("gbk"))
        inside = BLOCK_BYTES % size
        start = size - 1 - len(summary.encode("gbk")) + pad
        if start < inside < size - 1 and (inside - start) % 2 == 1:
            return [line(n, summary) for n in range(100_000, 100_000 + count)]
    raise AssertionError("no padding puts the cut inside a character")


def statement(lines: list[str]) -> str:
    return HEAD + "".join(lines)


def test_the_block_size_cuts_a_character_of_the_generated_file():
    lines = ordinary_lines(3)
    data = statement(lines).encode("gbk")
    body_start = data.index(b"\n", data.index("摘要".encode("gbk"))) + 1
    size = len(lines[0].encode("gbk"))
    cut_line = lines[(BLOCK_BYTES // size) % 3].encode("gbk")
    assert cut_line[BLOCK_BYTES % size] >= 0x40 and cut_line[BLOCK_BYTES % size - 1] >= 0x81
    assert body_start > 0


def big_lines() -> tuple[list[str], int]:
    count = 2 * BLOCK_BYTES // len(ordinary_lines(1)[0].encode("gbk")) + 5_000
    lines = ordinary_lines(count)
    first_cut = BLOCK_BYTES // len(lines[0].encode("gbk"))   # index of the line the first cut falls in
    return lines, first_cut


def test_a_large_gbk_statement_reads_as_the_same_text_in_utf8(monkeypatch):
    parsed_blocks = []
    parse = reader.csv_body_block
    monkeypatch.setattr(reader, "csv_body_block", lambda *a: parsed_blocks.append(parse(*a)) or parsed_blocks[-1])
    lines, cut = big_lines()
    # Beside the cut: a quoted amount with a thousands separator and a quoted summary holding the separator
    # and a doubled quote.
    lines[cut + 1] = line(9_000_001, '"充值,""加急"""', amount='"12,345.67"')
    lines[cut + 2] = line(9_000_002, "提现")
    text = statement(lines) + f"合计：共{len(lines)}笔,,,,,,,\n"
    whole = read_statement(text.encode("utf-8"), "statement.csv", CCB)
    blocks = read_statement(text.encode("gbk"), "statement.csv", CCB)
    assert blocks.encoding == "gb18030" and whole.encoding == "utf-8"
    assert len(parsed_blocks) == 3 and all(frame is not None for frame in parsed_blocks)
    assert blocks.lines.equals(whole.lines)
    assert blocks.lines.height == len(lines) and blocks.declared_count == len(lines)
    assert blocks.lines["line_no"].to_list() == list(range(HEADER_LINE + 1, HEADER_LINE + 1 + len(lines)))
    row = blocks.lines.row(cut + 1, named=True)
    assert (row["line_no"], row["amount_fen"], row["summary"]) == (HEADER_LINE + 2 + cut, 1234567, '充值,"加急"')
    assert blocks.lines.row(cut, named=True)["summary"].endswith("充值备注")


def test_problems_in_every_block_are_named_by_their_lines_as_in_the_whole_file():
    lines, cut = big_lines()
    last = len(lines) - 3
    lines[10] = line(100_010, amount="12a.00")
    lines[cut] = lines[cut].replace("2026-11-24", "2026-13-24")   # the line the first cut falls in
    lines[cut + 1] = lines[cut + 1].replace(",贷,", ",贷,额外,")
    lines[last] = line(100_020)                                      # repeats line 20's serial, two blocks on
    text = statement(lines)
    expected = [(HEADER_LINE + 11, "交易金额", "bad_amount"), (HEADER_LINE + 1 + cut, "交易日期", "bad_date"),
                (HEADER_LINE + 2 + cut, None, "wrong_column_count"),
                (HEADER_LINE + 1 + last, "银行流水号", "duplicate_serial_in_file")]
    for data in (text.encode("gbk"), text.encode("utf-8")):
        with pytest.raises(StatementRefused) as refused:
            read_statement(data, "statement.csv", CCB)
        problems = refused.value.problems
        assert [(p.line, p.column, p.code) for p in problems] == expected
        assert problems[-1].sentence() == f"Bank serial B000000100020 already appears at line {HEADER_LINE + 21}."
        assert problems[0].sentence() == "'12a.00' is not an amount in yuan (such as 1,234.56)."


def test_a_utf8_line_in_the_last_block_of_a_gbk_file_is_named():
    lines, _cut = big_lines()
    utf8_line = line(9_000_003, "这是另一种编码").encode("utf-8")
    data = statement(lines[:-10]).encode("gbk") + utf8_line + "".join(lines[-10:]).encode("gbk")
    with pytest.raises(StatementRefused) as refused:
        read_statement(data, "statement.csv", CCB)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [
        (HEADER_LINE + len(lines) - 9, "借贷标志", "mixed_encoding")]


def test_a_quoted_line_break_across_a_cut_reads_as_in_the_whole_file():
    lines, cut = big_lines()
    lines[cut] = line(9_000_004, '"充值\n备注"')
    text = statement(lines)
    whole = read_statement(text.encode("utf-8"), "statement.csv", CCB)
    blocks = read_statement(text.encode("gbk"), "statement.csv", CCB)
    assert blocks.lines.equals(whole.lines)
    assert blocks.lines.row(cut, named=True)["summary"] == "充值\n备注"
    assert blocks.lines["line_no"][-1] == HEADER_LINE + len(lines) + 1


def test_bytes_that_do_not_decode_in_a_later_block_are_named_by_their_line():
    lines, cut = big_lines()
    data = bytearray(statement(lines).encode("gbk"))
    at = data.index(f"B{100_000 + cut + 3:012d}".encode()) + 1
    data[at:at + 1] = b"\xff"
    with pytest.raises(StatementRefused) as refused:
        read_statement(bytes(data), "statement.csv", CCB, encoding="gbk")
    problems = refused.value.problems
    assert [(p.line, p.column, p.code) for p in problems] == [(HEADER_LINE + 4 + cut, "银行流水号", "undecodable")]


def test_a_nul_and_a_private_use_character_in_later_blocks_are_named_by_their_fields():
    lines, cut = big_lines()
    lines[cut + 5] = lines[cut + 5].replace("充值备注", "充值\x00备注")
    text = statement(lines).encode("gbk")
    # AA A1 is in GB18030's user-defined area: it decodes, as U+E000, a character no bank writes.
    marked = f"B{100_000 + len(lines) - 2:012d}".encode()
    data = text.replace(marked + b",", marked + b"\xaa\xa1,")
    with pytest.raises(StatementRefused) as refused:
        read_statement(data, "statement.csv", CCB)
    problems = refused.value.problems
    assert [(p.line, p.column, p.code) for p in problems] == [
        (HEADER_LINE + 6 + cut, "摘要", "nul_character"),
        (HEADER_LINE + len(lines) - 1, "银行流水号", "garbled_text")]
    assert problems[1].params == {"character": "U+E000"}


def test_a_large_file_whose_lines_end_in_carriage_returns_reads_as_the_whole_file():
    lines, _cut = big_lines()
    text = statement(lines[:20]) + "".join(lines[20:]).replace("\n", "\r")
    found = []
    for data in (text.encode("gbk"), text.encode("utf-8")):
        with pytest.raises(StatementRefused) as refused:
            read_statement(data, "statement.csv", CCB)
        found.append([(p.line, p.column, p.code, p.params) for p in refused.value.problems])
    assert found[0] == found[1] and found[0]


# Each block's lines are checked on the pool as the block is parsed; a block with any problem, a serial repeated
# across blocks, a totals line before the end or a footer reaching over a cut has the whole body checked at once
# instead, so that every problem is named as the whole file names it.

def checked_rows(monkeypatch) -> list[int]:
    """The number of rows of each call of the line checks, in the order made (blocks first)."""
    calls = []
    check = reader.check_lines

    def counted(rows, *args, **kwargs):
        calls.append(rows.height)
        return check(rows, *args, **kwargs)

    monkeypatch.setattr(reader, "check_lines", counted)
    return calls


def refused_alike(text: str) -> list[tuple]:
    """The problems (line, column, code, sentence) of the text read in blocks (GBK), which must be those of the
    same text read whole (UTF-8)."""
    found = []
    for data in (text.encode("gbk"), text.encode("utf-8")):
        with pytest.raises(StatementRefused) as refused:
            read_statement(data, "statement.csv", CCB)
        found.append([(p.line, p.column, p.code, p.sentence()) for p in refused.value.problems])
    assert found[0] == found[1]
    return found[0]


def test_a_clean_large_statement_is_checked_block_by_block_and_reads_as_the_whole_file(monkeypatch):
    calls = checked_rows(monkeypatch)
    lines, _cut = big_lines()
    text = statement(lines) + f"合计：共{len(lines)}笔,,,,,,,\n"
    blocks = read_statement(text.encode("gbk"), "statement.csv", CCB)
    assert len(calls) == 3 and sum(calls) == len(lines)   # three blocks, no check of the whole body
    whole = read_statement(text.encode("utf-8"), "statement.csv", CCB)
    assert blocks.lines.equals(whole.lines) and blocks.declared_count == whole.declared_count == len(lines)
    assert blocks.lines["line_no"].to_list() == list(range(HEADER_LINE + 1, HEADER_LINE + 1 + len(lines)))


def test_a_problem_in_the_second_block_alone_is_named_as_in_the_whole_file(monkeypatch):
    calls = checked_rows(monkeypatch)
    lines, cut = big_lines()
    lines[cut + 40] = line(100_000 + cut + 40, amount="1.234")
    assert refused_alike(statement(lines)) == [
        (HEADER_LINE + 41 + cut, "交易金额", "too_many_decimals", "'1.234' has more than 2 decimal places.")]
    assert len(calls) == 3 + 1 + 1 and calls[3] == len(lines)   # the blocks, then the whole body (GBK, UTF-8)


def test_a_serial_repeated_across_blocks_alone_is_named_as_in_the_whole_file(monkeypatch):
    calls = checked_rows(monkeypatch)
    lines, cut = big_lines()
    lines[cut + 7] = line(100_003)          # block 2 repeats line 4's serial
    lines[-2] = line(100_000 + cut + 9)     # block 3 repeats a serial of block 2
    assert refused_alike(statement(lines)) == [
        (HEADER_LINE + 8 + cut, "银行流水号", "duplicate_serial_in_file",
         f"Bank serial B000000100003 already appears at line {HEADER_LINE + 4}."),
        (HEADER_LINE + len(lines) - 1, "银行流水号", "duplicate_serial_in_file",
         f"Bank serial B{100_000 + cut + 9:012d} already appears at line {HEADER_LINE + 10 + cut}.")]
    assert len(calls) == 3 + 1 + 1 and calls[3] == len(lines)


def test_a_totals_line_in_a_middle_block_is_named_as_in_the_whole_file():
    lines, cut = big_lines()
    lines[cut + 3] = "合计：共100笔,,,,,,,\n"
    assert refused_alike(statement(lines)) == [
        (HEADER_LINE + 4 + cut, None, "data_after_totals",
         f"Statement lines follow this totals line (up to line {HEADER_LINE + len(lines)}); a totals line ends "
         "the statement.")]


def lines_ending_at_the_second_cut() -> list[str]:
    """Statement lines whose GBK text ends exactly where the reader cuts its second block: whatever follows them
    is a third block of its own."""
    lines, _cut = big_lines()
    data = statement(lines).encode("gbk")
    start = data.index(b"\n", data.index("摘要".encode("gbk"))) + 1
    second = data.index(b"\n", start + BLOCK_BYTES) + 1
    third = data.index(b"\n", second + BLOCK_BYTES) + 1
    return lines[:data[:third].count(b"\n") - HEADER_LINE]


def test_a_footer_reaching_over_the_last_cut_reads_as_the_whole_file():
    lines = lines_ending_at_the_second_cut()
    # The second block ends with a footer row, the third holds the rest of the footer and nothing else.
    lines[-1] = "制表：张三,,,,,,,\n"
    text = statement(lines) + f"合计：共{len(lines) - 1}笔,,,,,,,\n复核：李四,,,,,,,\n"
    blocks = read_statement(text.encode("gbk"), "statement.csv", CCB)
    whole = read_statement(text.encode("utf-8"), "statement.csv", CCB)
    assert blocks.lines.equals(whole.lines) and blocks.lines.height == len(lines) - 1
    assert blocks.declared_count == whole.declared_count == len(lines) - 1


def test_a_totals_line_stating_another_count_is_named_as_in_the_whole_file():
    lines, _cut = big_lines()
    assert refused_alike(statement(lines) + f"合计：共{len(lines) + 1}笔,,,,,,,\n") == [
        (HEADER_LINE + 1 + len(lines), None, "totals_mismatch",
         f"The totals line states {len(lines) + 1} lines; the file has {len(lines)}.")]


def test_utf8_lines_in_the_header_block_and_a_middle_block_are_named_by_their_lines(monkeypatch):
    parsed_blocks = []
    parse = reader.csv_body_block
    monkeypatch.setattr(reader, "csv_body_block", lambda *a: parsed_blocks.append(parse(*a)) or parsed_blocks[-1])
    lines, cut = big_lines()
    # UTF-8 text whose bytes also decode as GB18030 (as garbage; runs of an even number of bytes): the file is
    # read in blocks, and only the search for UTF-8 lines tells.
    head = ("中国建设银行 资金存管业务对账单\n".encode("gbk") + "账户名称:某某平台\n".encode("utf-8")
            + HEAD.split("\n", 1)[1].encode("gbk"))
    utf8_line = line(9_000_005, "这是编码").replace(",贷,", ",贷款,").encode("utf-8")
    data = (head + "".join(lines[:cut + 11]).encode("gbk") + utf8_line + "".join(lines[cut + 11:]).encode("gbk"))
    data.decode("gb18030")
    with pytest.raises(StatementRefused) as refused:
        read_statement(data, "statement.csv", CCB)
    assert len(parsed_blocks) >= 3   # read in blocks
    header_line = HEADER_LINE + 1
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [
        (2, None, "mixed_encoding"), (header_line + 12 + cut, "借贷标志", "mixed_encoding")]
