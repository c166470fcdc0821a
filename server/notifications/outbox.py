"""Queuing a message: in the caller's transaction, never blocking it.

`queue` only adds a row to the outbox (it commits or rolls back with the business change it tells about);
delivery happens later, outside that transaction (server/notifications/dispatcher.py). A message with a
`dedupe_key` already in the outbox is not queued again, so a replayed movement sends its SMS once.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.notifications.models import QUEUED, OutboxMessage
from server.security.masking import mask_phone

QUEUED_IDS = "notifications.queued"  # Session.info key: ids queued in this transaction (for the prompt attempt)


def mask_email(value: str | None) -> str | None:
    """zhang.wei@example.com -> z***@example.com"""
    if not value or "@" not in value:
        return value
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_wecom_user(value: str | None) -> str | None:
    """ZhangWei -> Zh***"""
    return f"{value[:2]}***" if value else value


def mask_recipient(channel: str, value: str) -> str:
    if channel == "wecom":
        return mask_wecom_user(value)
    return mask_email(value) if channel == "email" else mask_phone(value)


def queue(db: Session, channel: str, to: str, text: str, *, subject: str | None = None, purpose: str = "",
          customer_id: int | None = None, dedupe_key: str | None = None,
          alert_id: int | None = None) -> OutboxMessage | None:
    """Adds the message to the outbox in `db`'s transaction; None when `dedupe_key` was queued before."""
    if channel not in ("sms", "email", "wecom"):
        raise ValueError(f"unknown channel {channel!r}")
    if dedupe_key is not None:
        if dedupe_key in db.info.setdefault("notifications.keys", set()):
            return None
        if db.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)) is not None:
            return None
        db.info["notifications.keys"].add(dedupe_key)
    message = OutboxMessage(channel=channel, recipient=to, text=text, subject=subject, purpose=purpose[:40],
                            customer_id=customer_id, dedupe_key=dedupe_key, alert_id=alert_id, state=QUEUED,
                            attempts=0)
    db.add(message)
    db.flush()
    db.info.setdefault(QUEUED_IDS, []).append(message.id)
    return message


def view(message: OutboxMessage) -> dict:
    return {"id": message.id, "channel": message.channel, "to": mask_recipient(message.channel, message.recipient),
            "subject": message.subject, "text": message.text, "purpose": message.purpose, "state": message.state,
            "attempts": message.attempts, "last_error": message.last_error, "created_at": message.created_at,
            "sent_at": message.sent_at}
