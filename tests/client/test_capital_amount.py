"""大写金额: amounts in Chinese capitals as the banks write them (app/services/reports/capital_amount.py)."""

import pytest

from app.services.reports.capital_amount import capital_amount

CASES = [
    (0, "零元整"),
    (1, "壹分"),  # 0.01: no 元 under one yuan
    (50, "伍角"),
    (1_00, "壹元整"),
    (1_05, "壹元零伍分"),
    (1_50, "壹元伍角"),
    (10_00, "壹拾元整"),  # the banks' form: the ten with its digit
    (10_23, "壹拾元零贰角叁分"),
    (15_00, "壹拾伍元整"),
    (100_00, "壹佰元整"),
    (101_00, "壹佰零壹元整"),
    (110_00, "壹佰壹拾元整"),
    (1_001_00, "壹仟零壹元整"),
    (10_005_00, "壹万零伍元整"),
    (37_700_00, "叁万柒仟柒佰元整"),
    (100_000_00, "壹拾万元整"),
    (105_000_00, "壹拾万伍仟元整"),
    (1_000_100_00, "壹佰万零壹佰元整"),
    (1_000_000_50, "壹佰万元零伍角"),
    (1_000_001_50, "壹佰万零壹元伍角"),
    (1_010_000_00, "壹佰零壹万元整"),
    (10_000_005_00, "壹仟万零伍元整"),
    (100_000_000_00, "壹亿元整"),
    (100_010_000_00, "壹亿零壹万元整"),
    (100_000_000_01, "壹亿元零壹分"),
    (123_456_789_12, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
    (-37_700_00, "负叁万柒仟柒佰元整"),
]


@pytest.mark.parametrize(("fen", "words"), CASES, ids=[str(f) for f, _w in CASES])
def test_amount_is_written_in_capitals_as_banks_write_it(fen, words):
    assert capital_amount(fen) == words


def test_money_is_integer_fen_never_a_float():
    with pytest.raises(TypeError):
        capital_amount(377.0)


def test_a_zero_group_between_groups_is_one_zero():
    assert capital_amount(100_005_000_00) == "壹亿零伍仟元整"
    assert capital_amount(1_100_000_50) == "壹佰壹拾万元零伍角"
