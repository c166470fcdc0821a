"""One cell's text turned into the value it stands for, or a `BadValue` saying why it cannot be.

Amounts are read as decimal text into integer fen (never through a float): “12000.5” is 1,200,050 fen."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from server.golive.columns import CHOICE, DATE, DIGITS, INTEGER, NO, PERCENT, TEXT, YES, YES_NO, YUAN, Column
from server.messages import _

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
_CREDIT_CODE = re.compile(r"^[0-9A-Z]{18}$")
_NUMBER = re.compile(r"^[A-Za-z0-9]+$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


class BadValue(Exception):
    def __init__(self, code: str, reason: str, **params):
        super().__init__(reason)
        self.code, self.reason, self.params = code, reason, params


def fen_from_yuan_text(text: str) -> int:
    whole, point, cents = text.partition(".")  # “12000.5” as most cells are: read without Decimal
    if whole.isdigit() and whole.isascii() and len(whole) <= 15 and (
            not point or (cents.isdigit() and cents.isascii() and len(cents) <= 2)):
        return int(whole) * 100 + (int(cents) * (10 if len(cents) == 1 else 1) if point else 0)
    try:
        amount = Decimal(text.replace(",", "").replace("¥", "").strip())
    except InvalidOperation:
        raise BadValue("amount_invalid", _("“{value}” is not an amount in yuan."), value=text) from None
    if not amount.is_finite() or amount < 0:
        raise BadValue("amount_invalid", _("“{value}” is not an amount in yuan."), value=text)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise BadValue("amount_fraction", _("“{value}” has more than two decimals."), value=text)
    return int(fen)


def parse(column: Column, text: str):
    """The value of `text` in `column` (None when empty and the column is optional)."""
    if not text:
        if column.required:
            raise BadValue("required", _("This column is required."))
        return None
    if column.max_length and len(text) > column.max_length:
        raise BadValue("too_long", _("At most {limit} characters."), limit=column.max_length)
    if column.kind == TEXT:
        return text
    if column.kind == DIGITS:
        digits = "".join(text.split()).replace("-", "")
        if not digits.isdigit():
            raise BadValue("digits_invalid", _("“{value}” should be digits only."), value=text)
        return digits
    if column.kind == YUAN:
        return fen_from_yuan_text(text)
    if column.kind == DATE:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise BadValue("date_invalid", _("“{value}” is not a date written YYYY-MM-DD."), value=text) from None
    if column.kind == YES_NO:
        if text in (YES, "Y", "y", "yes", "Yes", "1", "TRUE", "true"):
            return True
        if text in (NO, "N", "n", "no", "No", "0", "FALSE", "false"):
            return False
        raise BadValue("choice_invalid", _("“{value}” is not one of: {choices}."), value=text, choices="是、否")
    if column.kind == CHOICE:
        if text not in column.choices and text not in column.aliases:
            raise BadValue("choice_invalid", _("“{value}” is not one of: {choices}."), value=text,
                           choices="、".join(column.choices))
        return text
    if column.kind == INTEGER:
        if not text.isdigit():
            raise BadValue("integer_invalid", _("“{value}” is not a whole number."), value=text)
        return int(text)
    if column.kind == PERCENT:
        return rate_from_percent_text(text)
    raise AssertionError(column.kind)


def rate_from_percent_text(text: str) -> Decimal:
    """“9.6” (or “9.6%”) as the rate 0.096: at most four decimals of a percent, as the loans' rate column keeps six."""
    try:
        percent = Decimal(text.replace("%", "").replace("％", "").strip())
    except InvalidOperation:
        raise BadValue("rate_invalid", _("“{value}” is not a percentage."), value=text) from None
    if not percent.is_finite() or not 0 <= percent <= 100:
        raise BadValue("rate_invalid", _("“{value}” is not a percentage from 0 to 100."), value=text)
    rate = percent / 100
    if rate != rate.quantize(Decimal("0.000001")):
        raise BadValue("rate_fraction", _("“{value}” has more than four decimals."), value=text)
    return rate.quantize(Decimal("0.000001"))


def check_phone(text: str) -> None:
    if not (len(text) == 11 and text.startswith("1")):
        raise BadValue("phone_invalid", _("A mobile number is 11 digits starting with 1."))


def check_email(text: str) -> None:
    if not _EMAIL.match(text):
        raise BadValue("email_invalid", _("“{value}” is not an e-mail address."), value=text)


def check_customer_number(text: str) -> None:
    if not _NUMBER.match(text):
        raise BadValue("number_invalid", _("A customer number is letters and digits only."))


def check_id_number(text: str) -> None:
    """An 18-character resident ID number whose last character is its checksum (GB 11643)."""
    text = text.upper()
    if not _ID_NUMBER.match(text):
        raise BadValue("id_number_invalid", _("An ID number is 17 digits and a digit or X."))
    check = "10X98765432"[sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS)) % 11]
    if text[17] != check:
        raise BadValue("id_number_checksum", _("The ID number's last character does not match the others."))


def check_credit_code(text: str) -> None:
    if not _CREDIT_CODE.match(text.upper()):
        raise BadValue("credit_code_invalid", _("A unified social credit code is 18 digits or capital letters."))


def check_card(text: str) -> None:
    if not 12 <= len(text) <= 19:
        raise BadValue("card_invalid", _("A bank card number is 12 to 19 digits."))


def _reader(column: Column):
    """`parse` of one column as one function of a non-empty text: the kind decided once, not for every cell (a
    go-live file has millions of cells)."""
    limit = column.max_length
    if column.kind == TEXT:
        def read(text):
            if limit and len(text) > limit:
                raise BadValue("too_long", _("At most {limit} characters."), limit=limit)
            return text
        return read
    if column.kind == YUAN and not limit:
        return fen_from_yuan_text
    if column.kind == DATE and not limit:
        def read(text):
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                raise BadValue("date_invalid", _("“{value}” is not a date written YYYY-MM-DD."), value=text) from None
        return read
    if column.kind == INTEGER and not limit:
        def read(text):
            if not text.isdigit():
                raise BadValue("integer_invalid", _("“{value}” is not a whole number."), value=text)
            return int(text)
        return read
    return lambda text: parse(column, text)


_READERS: dict[int, tuple] = {}


def parse_row(sheet, number: int, texts: dict[str, str], problems) -> tuple[dict, bool]:
    """Every column of one row parsed; each bad cell goes to `problems` and reads as None, so that the row's
    other checks still run and report; the flag says whether every cell was good."""
    readers = _READERS.get(id(sheet))
    if readers is None:
        readers = _READERS[id(sheet)] = tuple((c.key, c.required, c, _reader(c)) for c in sheet.columns)
    values, good = {}, True
    get = texts.get
    for key, required, column, read in readers:
        text = get(key)
        if not text:
            values[key] = None
            if required:
                problems.add(sheet, number, column, "required", _("This column is required."))
                good = False
            continue
        try:
            values[key] = read(text)
        except BadValue as bad:
            values[key] = None
            problems.add(sheet, number, column, bad.code, bad.reason, **bad.params)
            good = False
    return values, good


def check_cell(problems, sheet, number: int, column_key: str, check, value) -> bool:
    """Runs `check(value)` (a format rule); a failure goes to `problems`. True when it passed or was empty."""
    if value in (None, ""):
        return True
    try:
        check(value)
        return True
    except BadValue as bad:
        problems.add(sheet, number, sheet.column(column_key), bad.code, bad.reason, **bad.params)
        return False
