"""Staff password recovery codes: one row per code sent, only its hash kept."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow

OPEN, USED, SUPERSEDED, VOIDED = "open", "used", "superseded", "voided"


class StaffRecoveryCode(Base):
    """A 6-digit code sent to a staff member's registered e-mail (and mobile): valid `expires_at`, used once,
    voided after too many wrong tries or when a newer code is sent."""

    __tablename__ = "staff_recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    sent_to: Mapped[str] = mapped_column(String(200), default="")  # masked addresses, for the audit and the answer
    state: Mapped[str] = mapped_column(String(12), default=OPEN)  # open | used | superseded | voided
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
