"""Bounded wire types shared by every area's schemas and routes, with their limits defined once.

Ids and versions are bounded so that a number the database cannot hold is a 422, not a crash.
Money, counts and business dates in a request are strict: pydantic's lax mode would read `true` as
1 fen, `"100"` as 100 and `1.5` as a day in 1970; here each is a 422 naming the field.
"""

from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Path, Query
from pydantic import BaseModel, BeforeValidator, Field

MAX_ID = 2**31 - 1  # INTEGER primary keys (PostgreSQL's integer is 32-bit)
MAX_BIG_ID = 2**53 - 1  # BIGINT keys, capped where JavaScript clients still read them exactly
MAX_VERSION = 2**31 - 1

ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]
BigObjectId = Annotated[int, Path(ge=1, le=MAX_BIG_ID)]
OptionalIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
Version = Annotated[int, Field(strict=True, ge=1, le=MAX_VERSION)]
VersionQuery = Annotated[int, Query(ge=1, le=MAX_VERSION)]

# Money: integer fen. A hundred billion yuan is more than any real movement and far from overflow.
MAX_FEN = 10**13
MAX_LOAN_FEN = 10**12  # one loan: ten billion yuan
# Terms: every loan, preview and schedule runs 1 to 60 months.
MIN_TERM_MONTHS, MAX_TERM_MONTHS = 1, 60
# Business days the platform takes in a request (a loan's start, a report's day ...); a schedule
# starting on the last one still has due dates a date can hold.
FIRST_BUSINESS_DATE, LAST_BUSINESS_DATE = date(2000, 1, 1), date(2100, 12, 31)

Fen = Annotated[int, Field(strict=True, ge=0, le=MAX_FEN)]  # an amount that may be zero
PositiveFen = Annotated[int, Field(strict=True, ge=1, le=MAX_FEN)]
LoanAmountFen = Annotated[int, Field(strict=True, ge=1, le=MAX_LOAN_FEN)]
TermMonths = Annotated[int, Field(strict=True, ge=MIN_TERM_MONTHS, le=MAX_TERM_MONTHS)]


def _iso_day_text(value: Any) -> Any:
    """A day on the wire is the text YYYY-MM-DD: a number (seconds since 1970) is refused, not read."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("a date must be written YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_day_text)]  # any day (a birth date), written YYYY-MM-DD
BusinessDate = Annotated[Day, Field(ge=FIRST_BUSINESS_DATE, le=LAST_BUSINESS_DATE)]
StrictId = Annotated[int, Field(strict=True, ge=1, le=MAX_ID)]  # an id in a request body


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list, with the total count of matching rows (the list convention)."""

    items: list[T]
    total: int
    page: int
    page_size: int
