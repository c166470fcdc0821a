"""A statement with any bad line is refused whole, every problem named by line, column and a stable code."""

from pathlib import Path

import pytest

from server.reconciliation.statement import CODES, BUILTIN_PROFILES, StatementRefused, read_statement

MALFORMED = Path(__file__).resolve().parents[2] / "data" / "statements" / "malformed"

# file -> every problem expected, in order: (line, column, code). Line numbers count the file's physical lines
# (rows in a workbook) from 1, header block and blank lines included.
EXPECTED = {
    "amount_text.csv": [(6, "交易金额", "bad_amount")],
    "amount_bad_grouping.csv": [(6, "交易金额", "bad_amount")],
    "amount_blank.csv": [(7, "交易金额", "missing_value")],
    "amount_too_many_decimals.csv": [(6, "交易金额", "too_many_decimals")],
    "amount_zero.csv": [(8, "交易金额", "zero_amount")],
    "amount_too_large.csv": [(5, "交易金额", "amount_too_large")],
    "date_month_13.csv": [(6, "交易时间", "bad_date")],
    "time_25_61.csv": [(7, "交易时间", "bad_date")],
    "date_text.csv": [(5, "交易时间", "bad_date")],
    "date_blank.csv": [(8, "交易时间", "missing_value")],
    "serial_blank.csv": [(7, "银行流水号", "missing_value")],
    "account_blank.csv": [(6, "子账户", "missing_value")],
    "serial_duplicate.csv": [(8, "银行流水号", "duplicate_serial_in_file")],
    "column_shift.csv": [(5, None, "wrong_column_count")],
    "column_missing_field.csv": [(6, None, "wrong_column_count")],
    "header_missing_column.csv": [(4, "交易金额", "missing_column")],
    "header_duplicate_column.csv": [(4, "平台订单号", "missing_column"), (4, "交易金额", "duplicate_column")],
    "no_header.csv": [(1, None, "no_header")],
    "empty.csv": [(1, None, "empty_file")],
    "only_bom_and_blank_lines.csv": [(1, None, "empty_file")],
    "header_only.csv": [(4, None, "no_lines")],
    "totals_count_wrong.csv": [(9, None, "totals_mismatch")],
    "totals_sum_wrong.csv": [(9, "交易金额", "totals_mismatch")],
    "totals_not_last.csv": [(7, None, "data_after_totals")],
    "balance_not_a_number.csv": [(3, "期末余额", "bad_amount")],
    "truncated.csv": [(7, None, "wrong_column_count")],
    "quoted_newline_then_bad_amount.csv": [(8, "交易金额", "bad_amount")],
    "blank_lines_then_bad_date.csv": [(9, "交易时间", "bad_date")],
    "many_problems.csv": [(5, "交易时间", "bad_date"), (6, "交易金额", "bad_amount"), (8, "银行流水号", "missing_value")],
    "undecodable_gbk.csv": [(6, "摘要", "undecodable")],
    "undecodable_utf8.csv": [(7, "摘要", "undecodable")],
    "icbc_both_debit_and_credit.csv": [(6, "借方发生额", "both_debit_and_credit")],
    "icbc_neither_debit_nor_credit.csv": [(6, "借方发生额", "missing_value")],
    "icbc_negative_credit.csv": [(5, "贷方发生额", "negative_amount")],
    "icbc_bad_time.csv": [(7, "交易时间", "bad_time")],
    "icbc_time_blank.csv": [(8, "交易时间", "missing_value")],
    "icbc_totals_credit_wrong.csv": [(9, "贷方发生额", "totals_mismatch")],
    "ccb_unknown_direction.csv": [(5, "借贷标志", "unknown_direction")],
    "ccb_blank_direction.csv": [(6, "借贷标志", "missing_value")],
    "ccb_negative_on_credit_line.csv": [(4, "交易金额", "negative_amount")],
    "ccb_totals_out_wrong.csv": [(8, None, "totals_mismatch")],
    "not_a_workbook.xlsx": [(1, None, "not_a_statement")],
    "old_excel.xls": [(1, None, "old_excel_file")],
    "a_pdf.csv": [(1, None, "pdf_file")],
    "empty.xlsx": [(1, None, "empty_file")],
    "bad_cells.xlsx": [(6, "贷方发生额", "bad_amount"), (7, "交易日期", "bad_date")],
    "truncated.xlsx": [(1, None, "not_a_statement")],
    # Text that decodes but is not what the bank wrote.
    "mixed_utf8_line_in_gbk.csv": [(6, "摘要", "mixed_encoding")],
    "mixed_utf8_line_private_use.csv": [(7, "摘要", "mixed_encoding")],
    "private_use_in_field.csv": [(5, "摘要", "garbled_text")],
    "replacement_character_in_field.csv": [(6, "子账户", "garbled_text")],
    "nul_in_field.csv": [(6, "摘要", "nul_character")],
    "nul_in_amount_gbk.csv": [(5, "交易金额", "nul_character")],
    "nul_in_cell.xlsx": [(6, "摘要", "nul_character")],
    # Something else under a statement's name.
    "png_renamed.csv": [(1, None, "image_file")],
    "jpeg_renamed.csv": [(1, None, "image_file")],
    "gif_renamed.xlsx": [(1, None, "image_file")],
    "zip_renamed.csv": [(1, None, "archive_file")],
    "word_document_named.xlsx": [(1, None, "archive_file")],
    "gzip_renamed.csv": [(1, None, "archive_file")],
    "elf_program.csv": [(1, None, "executable_file")],
    "windows_program.csv": [(1, None, "executable_file")],
    "binary_noise.csv": [(1, None, "not_a_statement")],
}


def refusal(name: str, **kw) -> StatementRefused:
    with pytest.raises(StatementRefused) as refused:
        read_statement((MALFORMED / name).read_bytes(), name, **kw)
    return refused.value


def test_the_corpus_is_the_expected_set_of_at_least_thirty_files():
    files = {f.name for f in MALFORMED.iterdir()}
    assert files == set(EXPECTED) | {"gbk_read_as_utf8.csv"}
    assert len(files) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_damaged_file_is_refused_with_every_problem_located(name):
    problems = refusal(name).problems
    assert [(p.line, p.column, p.code) for p in problems] == EXPECTED[name]
    for p in problems:
        assert p.code in CODES and len(p.message) > 10 and p.message.endswith(".")


def test_messages_name_the_value_and_what_is_wrong():
    assert refusal("amount_bad_grouping.csv").problems[0].sentence() == "'(1,23.4.5)' is not an amount in yuan (such as 1,234.56)."
    assert refusal("date_month_13.csv").problems[0].sentence().startswith("'2026-13-40 10:00:00' is not a valid date")
    assert refusal("serial_duplicate.csv").problems[0].sentence() == "Bank serial B20261124000001 already appears at line 5."
    assert refusal("totals_count_wrong.csv").problems[0].sentence() == "The totals line states 5 lines; the file has 4."
    assert "1,235,317.39" in refusal("totals_sum_wrong.csv").problems[0].sentence()
    assert "1,235,317.38" in refusal("totals_sum_wrong.csv").problems[0].sentence()
    assert refusal("column_shift.csv").problems[0].sentence() == "The line has 7 fields; the header row has 6."


def test_a_gbk_file_forced_to_read_as_utf8_names_every_line_that_does_not_decode():
    problems = refusal("gbk_read_as_utf8.csv", encoding="utf-8").problems
    assert [p.line for p in problems if p.code == "undecodable"] == list(range(1, 10))
    assert [p.code for p in problems if p.code != "undecodable"] == ["no_header"]


def test_a_mapping_whose_columns_the_file_lacks_is_refused_at_the_header():
    data = (MALFORMED.parent / "good" / "generic_utf8.csv").read_bytes()
    problems = refusal_of(data, mapping=BUILTIN_PROFILES["icbc"])
    assert [(p.line, p.column, p.code) for p in problems] == [
        (4, "商户订单号", "missing_column"), (4, "账号", "missing_column"), (4, "借方发生额", "missing_column"),
        (4, "贷方发生额", "missing_column"), (4, "交易日期", "missing_column")]


def refusal_of(data: bytes, **kw):
    with pytest.raises(StatementRefused) as refused:
        read_statement(data, "statement.csv", **kw)
    return refused.value.problems
