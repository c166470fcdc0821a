"""How single fields read: amounts to fen without float, Chinese date shapes to UTC, directions, mappings."""

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.reconciliation.statement import (BUILTIN_PROFILES, ColumnMapping, StatementRefused, detect_encoding,
                                             preview_statement, read_statement)

UTC = dt.timezone.utc
HEADER = "银行流水号,平台订单号,子账户,交易金额,交易时间,摘要"


def signed_file(amounts: list[str], when: str = "2026-11-24 09:15:03") -> bytes:
    rows = [HEADER] + [f"B{i:06d},P{i:06d},A1,{amount},{when},x" for i, amount in enumerate(amounts)]
    return ("\n".join(rows) + "\n").encode("gbk")


def read(data: bytes, **kw):
    return read_statement(data, "statement.csv", **kw)


def problems(data: bytes, **kw):
    with pytest.raises(StatementRefused) as refused:
        read(data, **kw)
    return [(p.line, p.column, p.code) for p in refused.value.problems]


@pytest.mark.parametrize("text, direction, fen", [
    ('"1,234.56"', "in", 123456), ("1234.5", "in", 123450), ("0.01", "in", 1), ("+7", "in", 700),
    ("-250.50", "out", 25050), ('"(1,000.00)"', "out", 100000), ("3.00-", "out", 300),
    ("１，２３４．５６", "in", 123456), ("－８．８８", "out", 888), ("（５．００）", "out", 500),
    ("￥12.30", "in", 1230), ("12.30元", "in", 1230), (" 12.30 ", "in", 1230), ("12.340", "in", 1234),
    ("99999999999.99", "in", 9999999999999),
])
def test_amount_forms_read_as_exact_fen_with_their_direction(text, direction, fen):
    lines = read(signed_file([text])).lines
    assert lines["direction"].to_list() == [direction] and lines["amount_fen"].to_list() == [fen]


def test_a_column_of_plain_two_decimal_amounts_reads_exactly_up_to_fifteen_integer_digits():
    lines = read(signed_file(["1.00", "-250.50", "007.25", "999999999999999.99", "-0.01"])).lines
    assert lines["amount_fen"].to_list() == [100, 25050, 725, 99999999999999999, 1]
    assert lines["direction"].to_list() == ["in", "out", "in", "in", "out"]


def test_sixteen_integer_digits_are_too_large_among_plain_amounts():
    assert problems(signed_file(["1.00", "1000000000000000.00"])) == [(3, "交易金额", "amount_too_large")]


@pytest.mark.parametrize("text, code", [
    ("1,23", "bad_amount"), ("1.2.3", "bad_amount"), ("abc", "bad_amount"), ("1e5", "bad_amount"),
    ("--5", "bad_amount"), ("(-5)", "bad_amount"), ("12.345", "too_many_decimals"), ("0.001", "too_many_decimals"),
    ("0", "zero_amount"), ("-0.00", "zero_amount"), ("", "missing_value"), ("-", "missing_value"),
    ("1234567890123456", "amount_too_large"),
])
def test_bad_amounts_are_named_with_their_line_and_column(text, code):
    assert problems(signed_file(["1.00", text if "," not in text else f'"{text}"'])) == [(3, "交易金额", code)]


@pytest.mark.parametrize("text, utc", [
    ("2026-11-24 09:15:03", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("2026/11/24 09:15:03", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("2026年11月24日 09:15:03", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("2026年11月24日", dt.datetime(2026, 11, 23, 16, 0, 0)),
    ("20261124 091503", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("20261124091503", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("20261124", dt.datetime(2026, 11, 23, 16, 0, 0)),
    ("2026-11-24", dt.datetime(2026, 11, 23, 16, 0, 0)),
    ("2026-1-2 9:05", dt.datetime(2026, 1, 2, 1, 5, 0)),
    ("2026.11.24 23:59:59", dt.datetime(2026, 11, 24, 15, 59, 59)),
    ("2026-11-24T00:00:00", dt.datetime(2026, 11, 23, 16, 0, 0)),
    ("２０２６－１１－２４　０９：１５：０３", dt.datetime(2026, 11, 24, 1, 15, 3)),
    ("1988-07-01 12:00:00", dt.datetime(1988, 7, 1, 3, 0, 0)),   # China kept summer time then: UTC+9
])
def test_shanghai_local_times_become_utc(text, utc):
    lines = read(signed_file(["1.00", "2.00"], when=text)).lines
    assert lines["booked_at"].to_list() == [utc.replace(tzinfo=UTC)] * 2


@pytest.mark.parametrize("text", ["2026-13-40", "2026-02-29", "2026-11-24 25:61", "2026-11-24 23:59:60", "24/11/2026",
                                  "2026-11-24 24:00:00", "yesterday", "2026-11"])
def test_impossible_dates_are_refused(text):
    assert problems(signed_file(["1.00", "2.00"], when=text)) == [(2, "交易时间", "bad_date"), (3, "交易时间", "bad_date")]


def test_one_bad_date_among_good_ones_is_found():
    rows = [HEADER] + [f"B{i},P{i},A1,1.00,2026-11-24 09:15:03,x" for i in range(50)]
    rows[30] = rows[30].replace("2026-11-24 09:15:03", "2026-11-31 09:15:03")
    assert problems("\n".join(rows).encode()) == [(31, "交易时间", "bad_date")]


def test_a_custom_mapping_with_its_own_words_for_directions():
    text = "流水,账户,方向,金额,日期\nS1,A1,入,5.00,20261124\nS2,A2,出,6.00,20261124\nS3,A3,冲,7.00,20261124\n"
    mapping = ColumnMapping(serial="流水", order_no=None, account="账户", amount="金额", debit=None, credit=None,
                            direction="方向", booked_at="日期", booked_time=None, summary=None,
                            direction_values={"入": "in", "出": "out"})
    assert problems(text.encode(), mapping=mapping) == [(4, "方向", "unknown_direction")]
    parsed = read(text.replace("冲", "出").encode(), mapping=mapping)
    assert parsed.lines.select("serial", "direction", "amount_fen", "order_no", "summary").rows() == [
        ("S1", "in", 500, None, ""), ("S2", "out", 600, None, ""), ("S3", "out", 700, None, "")]


def test_a_signed_layout_can_read_the_other_way_round():
    mapping = ColumnMapping(**{**BUILTIN_PROFILES["generic"].as_dict(), "direction_values": {"+": "out", "-": "in"}})
    lines = read(signed_file(["5.00", "-6.00"]), mapping=mapping).lines
    assert lines["direction"].to_list() == ["out", "in"]


def test_mappings_that_cannot_give_an_amount_are_refused_when_made():
    base = BUILTIN_PROFILES["generic"].as_dict()
    with pytest.raises(ValueError):
        ColumnMapping(**{**base, "amount": None})
    with pytest.raises(ValueError):
        ColumnMapping(**{**base, "debit": "借方发生额"})
    with pytest.raises(ValueError):
        ColumnMapping(**{**base, "direction_values": {"收": "incoming"}})
    with pytest.raises(ValueError):
        ColumnMapping.from_dict({**base, "colour": "red"})
    assert ColumnMapping.from_dict(BUILTIN_PROFILES["ccb"].as_dict()) == BUILTIN_PROFILES["ccb"]
    assert len({BUILTIN_PROFILES["ccb"], ColumnMapping.from_dict(BUILTIN_PROFILES["ccb"].as_dict())}) == 1


def test_headers_match_without_spaces_or_a_unit_suffix():
    text = " 银行流水号 ,平台订单号,子账户,交易金额（元）,交易时间,摘要\nB1,,A1,1.00,2026-11-24 09:15:03,x\n"
    parsed = read(text.encode())
    assert parsed.mapping == BUILTIN_PROFILES["generic"] and parsed.lines["amount_fen"].to_list() == [100]


def test_an_unknown_encoding_is_refused_and_a_wrong_one_names_the_lines():
    assert problems(signed_file(["1.00"]), encoding="klingon") == [(1, None, "unknown_encoding")]
    data = signed_file(["1.00"]).replace(b",x\n", ",张三\n".encode("gbk"))
    # The header itself does not decode, so no column can be named.
    assert problems(data, encoding="utf-8") == [(1, None, "undecodable"), (1, None, "no_header"), (2, None, "undecodable")]
    ascii_header = b"serial,order,account,amount,time,note\n" + data.split(b"\n", 1)[1]
    mapping = ColumnMapping(serial="serial", order_no="order", account="account", amount="amount", debit=None,
                            credit=None, direction=None, booked_at="time", booked_time=None, summary="note")
    assert problems(ascii_header, encoding="utf-8", mapping=mapping) == [(2, "note", "undecodable")]


def test_detect_encoding():
    assert detect_encoding("银行".encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + "银行".encode("utf-8")) == "utf-8-sig"
    assert detect_encoding("银行流水号".encode("gbk")) == "gb18030"
    assert detect_encoding("𠀀".encode("gb18030")) == "gb18030"
    assert detect_encoding(b"plain ascii") == "utf-8"


def test_progress_is_reported_in_steps_to_the_end():
    steps = []
    read(signed_file(["1.00"]), progress=lambda done, total: steps.append((done, total)))
    assert [d for d, _ in steps] == sorted(d for d, _ in steps) and steps[-1][0] == steps[-1][1] and len(steps) >= 3


def test_every_bad_line_of_a_long_file_is_listed_with_its_line_number():
    amounts = ["1.00"] * 20_000
    for i in range(0, 20_000, 1000):
        amounts[i] = "x"
    found = problems(signed_file(amounts))
    assert found == [(i + 2, "交易金额", "bad_amount") for i in range(0, 20_000, 1000)]


def test_a_long_good_file_reads_every_line_in_order():
    amounts = [f"{i}.{i % 100:02d}" for i in range(1, 30_001)]
    lines = read(signed_file(amounts)).lines
    assert lines.height == 30_000
    assert lines["line_no"].to_list() == list(range(2, 30_002))
    assert lines["amount_fen"].sum() == sum(i * 100 + i % 100 for i in range(1, 30_001))


def test_tab_separated_and_quoted_fields_with_line_breaks_keep_line_numbers():
    text = HEADER + '\nB1,,A1,1.00,2026-11-24 09:15:03,"两行\n摘要"\nB2,,A1,x,2026-11-24 09:15:03,y\n'
    assert problems(text.encode()) == [(4, "交易金额", "bad_amount")]


def test_a_preview_of_something_without_a_header_still_shows_rows():
    preview = preview_statement("甲,乙\n1,2\n".encode("gbk"), "x.csv")
    assert preview.header_line is None and preview.profile_guess is None
    assert preview.rows == [["甲", "乙"], ["1", "2"], []]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10**12).flatmap(
    lambda fen: st.tuples(st.just(fen), st.sampled_from(["plain", "grouped", "fullwidth", "paren", "minus"]))),
    min_size=1, max_size=20))
def test_any_amount_written_any_way_reads_back_to_its_fen(items):
    def write(fen: int, style: str) -> str:
        yuan = f"{fen // 100}.{fen % 100:02d}"
        if style == "grouped":
            return f'"{fen // 100:,}.{fen % 100:02d}"'
        if style == "fullwidth":
            return yuan.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
        if style == "paren":
            return f"({yuan})"
        if style == "minus":
            return f"-{yuan}"
        return yuan
    lines = read(signed_file([write(fen, style) for fen, style in items])).lines
    assert lines["amount_fen"].to_list() == [fen for fen, _ in items]
    assert lines["direction"].to_list() == ["out" if s in ("paren", "minus") else "in" for _, s in items]
    assert lines.schema["amount_fen"] == pl.Int64


def test_totals_stated_in_the_header_block_are_checked_too():
    head = "交易笔数：2\n收入合计：3.00\n支出合计：1.00\n"
    good = head + HEADER + "\nB1,,A1,3.00,2026-11-24 09:15:03,x\nB2,,A1,-1.00,2026-11-24 09:15:03,x\n"
    parsed = read(good.encode("gbk"))
    assert (parsed.declared_count, parsed.declared_in_fen, parsed.declared_out_fen) == (2, 300, 100)
    bad = good.replace("支出合计：1.00", "支出合计：1.10")
    assert problems(bad.encode("gbk")) == [(3, None, "totals_mismatch")]


def test_repeated_header_rows_and_blank_lines_of_a_multi_page_export_are_skipped():
    text = HEADER + "\nB1,,A1,3.00,2026-11-24 09:15:03,x\n\n" + HEADER + "\nB2,,A1,x,2026-11-24 09:15:03,x\n"
    assert problems(text.encode()) == [(5, "交易金额", "bad_amount")]
    lines = read(text.replace(",x,", ",4.00,").encode()).lines
    assert lines["line_no"].to_list() == [2, 5]
