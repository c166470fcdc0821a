"""Good statement files in every encoding and built-in layout read into the same lines: fen, UTC, in/out."""

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl
import pytest

from server.reconciliation.statement import BUILTIN_PROFILES, detect_encoding, preview_statement, read_statement

GOOD = Path(__file__).resolve().parents[2] / "data" / "statements" / "good"
UTC = dt.timezone.utc

EXPECTED = [
    # line order, serial, order_no, account, direction, amount_fen, booked_at (UTC; the file says Asia/Shanghai)
    ("B20261124000001", "P202611240001", "6222000000000001", "in", 100000, dt.datetime(2026, 11, 24, 1, 15, 3, tzinfo=UTC)),
    ("B20261124000002", "P202611240002", "6222000000000002", "out", 25050, dt.datetime(2026, 11, 24, 2, 0, 0, tzinfo=UTC)),
    ("B20261124000003", None, "6222000000000003", "in", 123456789, dt.datetime(2026, 11, 24, 15, 59, 59, tzinfo=UTC)),
    ("B20261124000004", "P202611240004", "6222000000000001", "out", 1, dt.datetime(2026, 11, 23, 16, 0, 0, tzinfo=UTC)),
]

# file -> (encoding, profile, header line, first statement line, reported balance, declared count, in, out)
FILES = {
    "generic_utf8.csv": ("utf-8", "generic", 4, 5, 987654321, 4, None, None),
    "generic_utf8_bom.csv": ("utf-8-sig", "generic", 4, 5, 987654321, 4, None, None),
    "generic_gbk.csv": ("gb18030", "generic", 4, 5, 987654321, 4, None, None),
    "generic_tab.txt": ("gb18030", "generic", 3, 4, 987654321, 4, None, None),
    "icbc_gbk.csv": ("gb18030", "icbc", 4, 5, 987654321, 4, 123556789, 25051),
    "ccb_gb18030.csv": ("gb18030", "ccb", 3, 4, None, 4, 123556789, 25051),
    "cmb_utf8.csv": ("utf-8", "cmb", 3, 4, 987654321, None, None, None),
    "fullwidth_gbk.csv": ("gb18030", "generic", 1, 2, None, None, None, None),
    "excel_marks_utf8.csv": ("utf-8", "generic", 1, 2, None, None, None, None),
    "icbc.xlsx": ("xlsx", "icbc", 4, 5, 987654321, 4, 123556789, 25051),
    "cmb.xlsx": ("xlsx", "cmb", 1, 2, None, None, None, None),
}


def test_the_corpus_has_every_layout_and_encoding():
    assert {f.name for f in GOOD.iterdir()} == set(FILES)
    assert {v[1] for v in FILES.values()} == set(BUILTIN_PROFILES)
    assert {v[0] for v in FILES.values()} >= {"utf-8", "utf-8-sig", "gb18030", "xlsx"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_good_file_reads_into_fen_utc_and_directions(name):
    encoding, profile, header_line, first_line, balance, count, in_fen, out_fen = FILES[name]
    data = (GOOD / name).read_bytes()
    steps = []
    parsed = read_statement(data, name, progress=lambda done, total: steps.append((done, total)))
    assert parsed.encoding == encoding
    assert parsed.mapping == BUILTIN_PROFILES[profile]
    assert parsed.header_line == header_line
    assert parsed.sha256 == hashlib.sha256(data).hexdigest()
    assert parsed.reported_balance_fen == balance
    assert (parsed.declared_count, parsed.declared_in_fen, parsed.declared_out_fen) == (count, in_fen, out_fen)
    lines = parsed.lines
    assert lines.schema == pl.Schema({
        "line_no": pl.Int32, "serial": pl.String, "order_no": pl.String, "account": pl.String, "direction": pl.String,
        "amount_fen": pl.Int64, "booked_at": pl.Datetime("us", "UTC"), "summary": pl.String})
    got = [(r["serial"], r["order_no"], r["account"], r["direction"], r["amount_fen"], r["booked_at"])
           for r in lines.iter_rows(named=True)]
    assert got == EXPECTED
    assert lines["line_no"].to_list() == list(range(first_line, first_line + 4))
    assert steps[-1][0] == steps[-1][1] and len(steps) >= 3


def test_gb18030_keeps_characters_outside_gbk():
    parsed = read_statement((GOOD / "ccb_gb18030.csv").read_bytes(), "ccb.csv")
    assert parsed.lines["summary"].to_list()[0] == "充值 户名𠀀明"
    assert detect_encoding((GOOD / "ccb_gb18030.csv").read_bytes()) == "gb18030"


def test_summaries_read_in_every_encoding():
    for name in ("generic_utf8.csv", "generic_gbk.csv", "icbc.xlsx"):
        parsed = read_statement((GOOD / name).read_bytes(), name)
        assert parsed.lines["summary"].to_list() == ["充值", "提现", "充值", "提现手续费"]


@pytest.mark.parametrize("name, expected", [
    ("generic_utf8.csv", "utf-8"), ("generic_utf8_bom.csv", "utf-8-sig"), ("generic_gbk.csv", "gb18030"),
    ("icbc_gbk.csv", "gb18030"), ("ccb_gb18030.csv", "gb18030"),
])
def test_the_encoding_is_detected(name, expected):
    assert detect_encoding((GOOD / name).read_bytes()) == expected


def test_an_explicit_encoding_overrides_detection():
    data = (GOOD / "generic_gbk.csv").read_bytes()
    assert read_statement(data, "s.csv", encoding="GBK").encoding == "gbk"
    assert read_statement(data, "s.csv", encoding="gbk").lines.height == 4


def test_an_explicit_mapping_overrides_the_guess():
    data = (GOOD / "cmb_utf8.csv").read_bytes()
    parsed = read_statement(data, "s.csv", mapping=BUILTIN_PROFILES["cmb"])
    assert parsed.mapping is BUILTIN_PROFILES["cmb"]
    assert parsed.lines["direction"].to_list() == ["in", "out", "in", "out"]


def test_preview_shows_the_first_rows_and_guesses_header_and_profile():
    data = (GOOD / "icbc_gbk.csv").read_bytes()
    preview = preview_statement(data, "icbc.csv", rows=6)
    assert preview.encoding == "gb18030"
    assert preview.encodings_possible[:2] == ["gb18030", "gbk"]
    assert preview.header_line == 4 and preview.profile_guess == "icbc"
    assert len(preview.rows) == 6
    assert preview.rows[3][:3] == ["银行流水号", "商户订单号", "账号"]
    assert preview.rows[2] == []


def test_preview_of_a_workbook_and_of_a_cut_sample():
    preview = preview_statement((GOOD / "icbc.xlsx").read_bytes(), "icbc.xlsx")
    assert (preview.encoding, preview.header_line, preview.profile_guess) == ("xlsx", 4, "icbc")
    data = (GOOD / "ccb_gb18030.csv").read_bytes() * 300     # repeated so that the sample must be cut
    cut = data[:5001]
    preview = preview_statement(cut, "ccb.csv")
    assert preview.encoding == "gb18030" and preview.profile_guess == "ccb" and preview.header_line == 3
