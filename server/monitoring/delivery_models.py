"""What the alerts' callbacks did and the pauses they started, as stored (revision 0016).

A pause (today only of withdrawals) is a row from the moment a rule's callback starts it until a manager lifts it
(`lifted_at`); the rows stay as its history. `AlertCallback` remembers each action a callback took for an alert,
so a repeat of the same alert does not act again.
"""

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow

WITHDRAWALS = "withdrawals"
PAUSE_KINDS = (WITHDRAWALS,)


class MonitoringPause(Base):
    __tablename__ = "monitoring_pauses"
    __table_args__ = (Index("ix_monitoring_pauses_kind_lifted_at", "kind", "lifted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # withdrawals
    alert_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule: Mapped[str] = mapped_column(String(60))  # the rule whose alert paused it
    paused_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    paused_by: Mapped[str] = mapped_column(String(64), default="system")
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lifted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lift_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class AlertCallback(Base):
    __tablename__ = "alert_callbacks"
    __table_args__ = (UniqueConstraint("alert_id", "action", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(30))  # pause_withdrawals | lock_account | end_sessions
    subject: Mapped[str] = mapped_column(String(120))  # "platform" or the staff member's user name
    done_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
