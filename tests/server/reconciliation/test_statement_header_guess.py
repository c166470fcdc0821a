"""An unknown bank's columns guessed from the words of its header row: synonyms, date with time, debit/credit
pairs, how sure each guess is and what is missing; and the guess reads the file it was made from."""

import pytest

from server.reconciliation.statement import ColumnMapping, preview_statement, read_statement
from server.reconciliation.statement.header_words import guess_mapping


def fields(header: str) -> dict[str, tuple[str, str]]:
    guess = guess_mapping(header.split(","))
    return {f.field: (f.column, f.certainty) for f in guess.fields}


@pytest.mark.parametrize("header, expected", [
    # amount with a direction flag, 流水号 for the serial, 账号 for the account, one time column
    ("流水号,账号,发生额,借贷方向,交易时间,备注",
     {"serial": "流水号", "account": "账号", "amount": "发生额", "direction": "借贷方向", "booked_at": "交易时间",
      "summary": "备注"}),
    # debit/credit as 支出/收入, date and time apart, 对方账号 for the account; the balance is no amount
    ("交易流水号,交易日期,交易时间,对方账号,支出,收入,余额,用途",
     {"serial": "交易流水号", "booked_at": "交易日期", "booked_time": "交易时间", "account": "对方账号",
      "debit": "支出", "credit": "收入", "summary": "用途"}),
    # 借方发生额/贷方发生额 with units and full-width brackets; 银行流水号 beats 交易流水号 for the serial
    ("银行流水号,交易流水号（平台）,子账号,借方发生额（元）,贷方发生额（元）,记账日期,摘要",
     {"serial": "银行流水号", "account": "子账号", "debit": "借方发生额（元）", "credit": "贷方发生额（元）",
      "booked_at": "记账日期", "summary": "摘要"}),
    # a plain 金额 with 收付 and the order number as 商户订单号
    ("银行流水,商户订单号,账户,金额,收付,日期,时间",
     {"serial": "银行流水", "order_no": "商户订单号", "account": "账户", "amount": "金额", "direction": "收付",
      "booked_at": "日期", "booked_time": "时间"}),
])
def test_the_mapping_is_guessed_from_the_header_words(header, expected):
    assert {k: v[0] for k, v in fields(header).items()} == expected
    assert guess_mapping(header.split(",")).complete


def test_a_header_only_containing_a_word_is_a_partial_guess_and_what_is_missing_is_named():
    found = fields("本行流水号,客户子账户号,本笔交易金额,交易日期时间")
    assert found["serial"] == ("本行流水号", "partial") and found["amount"] == ("本笔交易金额", "partial")
    assert found["booked_at"] == ("交易日期时间", "exact")
    lacking = guess_mapping(["流水号", "金额", "摘要"])
    assert lacking.missing == ("account", "booked_at") and not lacking.complete
    one_side = guess_mapping(["流水号", "账号", "收入", "交易时间"])   # credit without debit: no amount to read
    assert one_side.missing == ("amount",)


def test_the_guess_reads_the_file_it_was_made_from():
    data = ("某农商行 存管账户交易明细\n交易流水号,交易日期,交易时间,对方账号,支出,收入,余额,用途\n"
            "N1,2026-11-24,08:00:00,IV0001,,12.00,112.00,充值\n"
            "N2,2026-11-24,09:30:00,IV0002,3.50,,108.50,提现\n").encode("gbk")
    preview = preview_statement(data, "farm.csv")
    assert preview.header_line == 2 and preview.profile_guess is None and preview.mapping_guess.complete
    parsed = read_statement(data, "farm.csv", ColumnMapping.from_dict(preview.mapping_guess.mapping()))
    assert parsed.lines["direction"].to_list() == ["in", "out"] and parsed.in_fen == 1200 and parsed.out_fen == 350
