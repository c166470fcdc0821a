"""The outbox: every SMS and e-mail, queued in the transaction of the change it tells about, then delivered."""

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.security.pii import EncryptedText

QUEUED, SENT, FAILED = "queued", "sent", "failed"


class OutboxMessage(Base):
    __tablename__ = "notification_outbox"
    __table_args__ = (Index("ix_notification_outbox_state_next_attempt_at", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))  # sms | email | wecom (WeChat Work, alerts only)
    # The phone number or e-mail address, and the text (it may hold a one-time code): encrypted at rest.
    recipient: Mapped[str] = mapped_column(EncryptedText("notification.recipient"))
    subject: Mapped[str | None] = mapped_column(String(200), nullable=True)
    text: Mapped[str] = mapped_column(EncryptedText("notification.text"))
    purpose: Mapped[str] = mapped_column(String(40), default="")  # password_reset, movement, phone_change, ...
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # The alert a message tells about (server/monitoring/delivery.py): its deliveries show on the alert.
    alert_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # One message per business event (a transfer's SMS is queued once however often its movement is replayed).
    dedupe_key: Mapped[str | None] = mapped_column(String(120), nullable=True, unique=True)
    state: Mapped[str] = mapped_column(String(8), default=QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
