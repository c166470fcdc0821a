"""Bounded wire types shared by every area's schemas and routes.

Ids and versions are bounded so that a number the database cannot hold is a 422, not a crash.
"""

from typing import Annotated, Generic, TypeVar

from fastapi import Path, Query
from pydantic import BaseModel, Field

MAX_ID = 2**31 - 1  # INTEGER primary keys (PostgreSQL's integer is 32-bit)
MAX_BIG_ID = 2**53 - 1  # BIGINT keys, capped where JavaScript clients still read them exactly
MAX_VERSION = 2**31 - 1

ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]
BigObjectId = Annotated[int, Path(ge=1, le=MAX_BIG_ID)]
OptionalIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
Version = Annotated[int, Field(ge=1, le=MAX_VERSION)]
VersionQuery = Annotated[int, Query(ge=1, le=MAX_VERSION)]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list, with the total count of matching rows (the list convention)."""

    items: list[T]
    total: int
    page: int
    page_size: int
