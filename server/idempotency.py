"""Idempotency records: the first answer to a state-changing request, kept under its key."""

import hashlib
from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.errors import ValidationFailed


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


def find(db: Session, principal: str, key: str, digest: str) -> IdempotencyRecord | None:
    record = db.scalar(select(IdempotencyRecord).where(IdempotencyRecord.principal == principal,
                                                       IdempotencyRecord.key == key))
    if record is not None and record.request_digest != digest:
        raise ValidationFailed("This Idempotency-Key was already used for a different request.",
                               code="idempotency_key_reused")
    return record
