"""Idempotency records: the first answer to a state-changing request, kept under its key."""

import hashlib
from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, UniqueConstraint, bindparam, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
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


# Built once: every retryable request runs these, and building a statement costs more than running it.
_R = IdempotencyRecord.__table__.c
_FIND = select(_R.request_digest, _R.status_code, _R.body).where(_R.principal == bindparam("principal"),
                                                                 _R.key == bindparam("key"))
_STORE = insert(IdempotencyRecord.__table__)


def find(db: Session, principal: str, key: str, digest: str):
    """The stored answer (a row with `status_code` and `body`), or None; read with Core on the session's
    connection (not the session's execute, whose ORM machinery costs more than the query), as every retryable
    request asks."""
    record = db.connection().execute(_FIND, {"principal": principal, "key": key}).first()
    if record is not None and record.request_digest != digest:
        raise ValidationFailed(_("This Idempotency-Key was already used for a different request."),
                               code="idempotency_key_reused")
    return record


def store(db: Session, principal: str, key: str, method: str, path: str, digest: str, status_code: int,
          body: bytes) -> None:
    db.connection().execute(_STORE, dict(principal=principal, key=key, method=method, path=path,
                                         request_digest=digest, status_code=status_code, body=body,
                                         created_at=utcnow()))
