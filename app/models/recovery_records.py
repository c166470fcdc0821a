"""Typed records of staff password recovery (the recovery service returns these)."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RecoveryStarted:
    message: str  # the server's one sentence, the same whether or not the account exists


@dataclass(frozen=True)
class DemoRecoveryCode:
    """The newest code sent to a demo account (the local demo platform only)."""
    code: str
    sent_to: str  # masked
    expires_at: datetime | None
