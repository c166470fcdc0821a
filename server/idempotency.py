"""Idempotency records: the first answer to a state-changing request, kept under its key."""

import hashlib
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy import Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.db.driver_sql import DriverSQL
from server.errors import ValidationFailed
from server.messages import _


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("principal", "key", name="uq_idempotency_principal_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    principal: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(300))
    request_digest: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


def request_digest(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + body).hexdigest()


_COLUMNS = ("principal", "key", "method", "path", "request_digest", "status_code", "body", "created_at")
# Every retryable request asks: through the driver (server/db/driver_sql.py). Quoted: "key" is a word of some
# databases' SQL.
_SQL = DriverSQL(
    find="SELECT request_digest, status_code, body FROM idempotency_records WHERE principal = {0} AND \"key\" = {0}",
    store=(f"INSERT INTO idempotency_records ({', '.join(chr(34) + c + chr(34) for c in _COLUMNS)}) "
           f"VALUES ({', '.join(['{0}'] * len(_COLUMNS))})"))


class Stored(NamedTuple):
    request_digest: str
    status_code: int
    body: bytes


def find(db: Session, principal: str, key: str, digest: str) -> Stored | None:
    """The stored answer (`status_code` and `body`), or None."""
    driver, sql, _dialect = _SQL.on(db)
    row = driver.execute(sql["find"], (principal, key)).fetchone()
    if row is None:
        return None
    record = Stored(row[0], row[1], bytes(row[2]))
    if record.request_digest != digest:
        raise ValidationFailed(_("This Idempotency-Key was already used for a different request."),
                               code="idempotency_key_reused")
    return record


def store(db: Session, principal: str, key: str, method: str, path: str, digest: str, status_code: int,
          body: bytes) -> None:
    # The lengths the engine checks for Core statements (server/db/lengths.py): the key and digest are checked by
    # the command, the method and path are the route's own; the time as SQLAlchemy's column type writes it.
    driver, sql, dialect = _SQL.on(db)
    as_time = _AT.dialect_impl(dialect).bind_processor(dialect)
    at = utcnow().astimezone(timezone.utc)
    params = (principal, key, method, path, digest, status_code, body, as_time(at) if as_time else at)
    try:
        driver.execute(sql["store"], params)
    except dialect.dbapi.IntegrityError as error:
        # A concurrent request with the same key committed first: the command answers with its result, as it does
        # for SQLAlchemy's own IntegrityError.
        raise IntegrityError(sql["store"], params, error) from error


_AT = IdempotencyRecord.__table__.c.created_at.type
