"""Telling people about an alert: `notify` queues the alert's messages to its recipients in the caller's
transaction (server/notifications/outbox.py); the notifications' dispatcher delivers them after the commit and
retries with backoff, through the channels set in the console (server/monitoring/channel_settings.py).

Recipients (MonitoringSetting "recipients", edited by an administrator): each a name, an e-mail address, a mobile
number and a WeChat Work user id, the severities and the areas they receive (an empty list: all of them). Each
recipient gets one message per channel that is on and for which they have an address. What happened to those
messages shows on the alert (`deliveries_of`).
"""

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.errors import StaleVersion
from server.messages import Word, _, render
from server.monitoring import channel_settings
from server.monitoring.models import AREAS, SEVERITIES, Alert, MonitoringSetting
from server.notifications import outbox
from server.notifications.channels import failure_in_language
from server.notifications.models import OutboxMessage
from server.security.pii import blind_index

RECIPIENTS = "recipients"
EVENTS = ("opened", "escalated", "resolved")
LANGUAGE = "zh_CN"  # the staff's messages are in Chinese

SEVERITY_WORDS = {"info": Word("info", _("info"), "提示"), "warning": Word("warning", _("warning"), "警告"),
                  "critical": Word("critical", _("critical"), "严重")}
HEADLINES = {
    "opened": _("[{severity}] New alert No. {id}: {sentence}"),
    "escalated": _("[{severity}] Alert No. {id} still unacknowledged: {sentence}"),
    "resolved": _("Alert No. {id} resolved: {sentence}"),
}
SUBJECTS = {
    "opened": _("[{severity}] P2P monitoring alert No. {id}: {title}"),
    "escalated": _("[{severity}] Unacknowledged P2P monitoring alert No. {id}: {title}"),
    "resolved": _("Resolved: P2P monitoring alert No. {id}: {title}"),
}
DETAILS = _("First seen {first_seen}, last seen {last_seen} (Shanghai time), {count} times. "
            "Look in the console under Alerts (No. {id}).")
SIGNATURE = "【P2P平台监控】"


class Recipient(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(min_length=1, max_length=100)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    mobile: str | None = Field(default=None, max_length=20, pattern=r"^\+?[0-9]{6,19}$")
    wecom_user: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")
    severities: list[str] = Field(default_factory=list, max_length=len(SEVERITIES))
    areas: list[str] = Field(default_factory=list, max_length=len(AREAS))

    @field_validator("email", "mobile", "wecom_user", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    @field_validator("severities")
    @classmethod
    def _severities(cls, value):
        if any(v not in SEVERITIES for v in value):
            raise ValueError("unknown severity")
        return value

    @field_validator("areas")
    @classmethod
    def _areas(cls, value):
        if any(v not in AREAS for v in value):
            raise ValueError("unknown area")
        return value

    def address(self, channel: str) -> str | None:
        return {"email": self.email, "sms": self.mobile, "wecom": self.wecom_user}[channel]

    def receives(self, alert: Alert) -> bool:
        return ((not self.severities or alert.severity in self.severities)
                and (not self.areas or alert.area in self.areas))


def recipients_view(db: Session) -> dict:
    row = db.get(MonitoringSetting, RECIPIENTS)
    items = (row.value or {}).get("recipients", []) if row else []
    return {"recipients": items, "version": row.version if row else 0}


def recipients(db: Session) -> list[Recipient]:
    return [Recipient.model_validate(item) for item in recipients_view(db)["recipients"]]


def set_recipients(db: Session, audit, actor: str, items: list[Recipient], version: int) -> dict:
    row = db.get(MonitoringSetting, RECIPIENTS, with_for_update=True, populate_existing=True)
    current = row.version if row else 0
    if version != current:
        raise StaleVersion(_("Someone else changed this first; here is the current version."),
                           current=recipients_view(db))
    before = recipients_view(db)
    if row is None:
        row = MonitoringSetting(key=RECIPIENTS, value={}, version=0)
        db.add(row)
    row.value = {"recipients": [r.model_dump() for r in items]}
    row.updated_by, row.updated_at, row.version = actor, clock.now(), current + 1
    db.flush()
    after = recipients_view(db)
    # The audit keeps who receives what, not their addresses (personal data).
    audit.record("monitoring.recipients_updated", "monitoring_setting", RECIPIENTS,
                 before={"names": [r["name"] for r in before["recipients"]]},
                 after={"names": [r.name for r in items], "version": after["version"]})
    return after


def _shanghai(moment) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(clock.SHANGHAI).strftime("%Y-%m-%d %H:%M")


def rule_words(alert: Alert, language: str = LANGUAGE) -> tuple[str, str]:
    """The alert's rule's title and its sentence filled from the alert's parameters, in `language`."""
    from server.monitoring.rule_registry import RULES

    rule = RULES.get(alert.rule)
    if rule is None:
        return alert.rule, alert.rule
    from server.monitoring.alert_views import sentence_params

    return render(rule.title, language, None), render(rule.sentence, language, sentence_params(alert))


def message_text(alert: Alert, event: str, language: str = LANGUAGE) -> tuple[str, str]:
    """(subject, text) of an alert's message."""
    title, sentence = rule_words(alert, language)
    params = {"severity": SEVERITY_WORDS.get(alert.severity, alert.severity), "id": alert.id,
              "sentence": sentence, "title": title}
    details = render(DETAILS, language, {"first_seen": _shanghai(alert.first_seen_at),
                                         "last_seen": _shanghai(alert.last_seen_at), "count": alert.count,
                                         "id": alert.id})
    text = f"{SIGNATURE}{render(HEADLINES[event], language, params)}\n{details}"
    return render(SUBJECTS[event], language, params), text


def notify(db: Session, alert: Alert, event: str) -> None:
    """event: "opened" (a new alert), "escalated" (critical, unacknowledged past its time), "resolved".
    Queues, in `db`'s transaction, one message per recipient per channel on for them; each once per event."""
    if event not in EVENTS:
        raise ValueError(f"unknown alert event {event!r}")
    people = [r for r in recipients(db) if r.receives(alert)]
    if not people:
        return
    channels = channel_settings.enabled_channels(db)
    subject, text = message_text(alert, event)
    for person in people:
        for channel in channels:
            to = person.address(channel)
            if not to:
                continue
            # The key names the recipient by a keyed hash: the outbox keeps addresses only encrypted.
            key = f"alert:{alert.id}:{event}:{channel}:{blind_index(to)[:32]}"
            outbox.queue(db, channel, to, text, subject=subject if channel == "email" else None,
                         purpose=f"alert.{event}", dedupe_key=key, alert_id=alert.id)


def deliveries_of(db: Session, alert_ids, language: str = LANGUAGE) -> dict[int, list[dict]]:
    """Each alert's messages: [{"channel", "to" (masked), "state", "attempts", "last_error" (words)}], oldest
    first; an alert without any is absent."""
    ids = sorted({int(i) for i in alert_ids})
    found: dict[int, list[dict]] = {}
    if not ids:
        return found
    rows = db.scalars(select(OutboxMessage).where(OutboxMessage.alert_id.in_(ids)).order_by(OutboxMessage.id))
    for m in rows:
        found.setdefault(m.alert_id, []).append({
            "channel": m.channel, "to": outbox.mask_recipient(m.channel, m.recipient), "state": m.state,
            "attempts": m.attempts, "last_error": failure_in_language(m.last_error, language),
            "event": m.purpose.removeprefix("alert.")})
    return found
