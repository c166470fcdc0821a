"""Alerts and the monitoring settings (thresholds, recipients, channels), as stored.

An alert is one trouble with one subject: a rule firing again for the same `fold_key` (an account, an address, a
withdrawal, "platform") while the alert is not resolved counts up and moves `last_seen_at` instead of making a
second alert. What the alert says is the rule's sentence rendered from `params` in the reader's language (words,
not codes); `evidence` keeps the records behind it (the failed sign-ins, the withdrawals) for the alert list.
"""

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.security.pii import EncryptedText

SEVERITIES = ("info", "warning", "critical")  # 提示, 警告, 严重
AREAS = ("security", "funds", "loans", "reconciliation", "system", "traffic")
OPEN, ACKNOWLEDGED, RESOLVED = "open", "acknowledged", "resolved"


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_rule_fold_key_state", "rule", "fold_key", "state"),
                      Index("ix_alerts_state_severity", "state", "severity"))

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(60))
    fold_key: Mapped[str] = mapped_column(String(200))
    severity: Mapped[str] = mapped_column(String(10))
    area: Mapped[str] = mapped_column(String(20), index=True)
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    evidence: Mapped[dict] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(14), default=OPEN)
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    acknowledged_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)  # "system" when the rule cleared it
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class MonitoringSetting(Base):
    """One setting of monitoring, by key (a rule's thresholds, the recipients, a channel), its value as JSON.
    Secrets never sit in `value`: they go to `secret`, encrypted with the server's key ring, and are write-only."""

    __tablename__ = "monitoring_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON, default=dict)
    # A channel's password or gateway key (write-only: never answered, logged or shown in a repr).
    secret: Mapped[str | None] = mapped_column(EncryptedText("monitoring.secret"), nullable=True)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
