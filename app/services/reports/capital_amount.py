"""An amount in Chinese capitals (大写金额), as it is written on cheques, vouchers and approval forms, from
integer fen (money is never a float here).

The writing follows the rules for filling in bills and settlement vouchers (《正确填写票据和结算凭证的基本规定》)
as the banks apply them:
- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside each group of four, 万 and 亿 between groups;
- the tens are always written with their digit: 10 is 壹拾元整, 100,000 is 壹拾万元整 (the banks' form, which
  leaves no room for a digit to be added in front);
- any run of zeros between two written digits is one 零, across groups too (10,005 is 壹万零伍元整,
  1,000,100 is 壹佰万零壹佰元整), except the zeros that close a group before a thousands digit (105,000 is
  壹拾万伍仟元整: the rules allow the 零 there or not, and the banks leave it out); zeros at the end of the yuan
  are not written (100,000,000 is 壹亿元整);
- the yuan end in 整 when there are no jiao and no fen; fen without jiao take 零 (1.05 is 壹元零伍分); jiao after
  a yuan figure ending in zero take 零 (1,000,000.50 is 壹佰万元零伍角);
- under one yuan there is no 元 (0.01 is 壹分); nothing at all is 零元整.
"""

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("仟", "佰", "拾", "")  # inside a group of four digits, from the left
GROUPS = ("", "万", "亿", "万亿")  # a group's unit, from the right
MAX_FEN = 10 ** 16 * 100 - 1  # below 1 亿亿 yuan: as far as GROUPS name the groups


def capital_amount(fen: int) -> str:
    """`fen` (an int, may be negative) in Chinese capitals: 3_770_000 -> 叁万柒仟柒佰元整."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"capital_amount takes integer fen, not {type(fen).__name__}")
    if abs(fen) > MAX_FEN:
        raise ValueError(f"{fen} fen is beyond what capitals are written for")
    if fen < 0:
        return "负" + capital_amount(-fen)
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    words = _yuan_words(yuan) + "元" if yuan else ""
    if not jiao and not cents:
        return words + "整"
    if jiao:
        # 1,000,000.50: the zero yuan digit before the jiao is read as 零 (壹佰万元零伍角)
        words += ("零" if yuan and yuan % 10 == 0 else "") + DIGITS[jiao] + "角"
    elif yuan:
        words += "零"  # 1.05: 壹元零伍分
    if cents:
        words += DIGITS[cents] + "分"
    return words


def _yuan_words(yuan: int) -> str:
    """A positive whole number of yuan in capitals, without the 元."""
    groups = []
    while yuan:
        groups.append(yuan % 10_000)
        yuan //= 10_000
    words, zero_pending = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(words)
            continue
        for place, digit in zip(PLACES, f"{group:04d}"):
            if digit == "0":
                zero_pending = zero_pending or bool(words)
                continue
            if zero_pending:
                words += "零"
                zero_pending = False
            words += DIGITS[int(digit)] + place
        words += GROUPS[index]
        # zeros closing a group are not read before the next group's thousands: 105,000 is 壹拾万伍仟
        zero_pending = False
    return words
