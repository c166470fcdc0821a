"""The alert channels as an administrator sets them in the console: e-mail (SMTP), SMS and WeChat Work (企业微信)
through HTTP gateways.

Each channel is one MonitoringSetting (key "channel.<name>"): `value` holds whether alerts go out through it and
its non-secret settings; `secret` (the SMTP password, the gateway's signing key) is encrypted with the server's key
ring, write-only: an answer says only whether one is set. A channel configured here (its host or gateway address
set) carries the alerts' messages; otherwise they go through the environment's gateways (NotificationSettings: the
demo outbox in the demo). WeChat Work has no environment gateway: unconfigured, it is the demo one on a demo
platform and off otherwise.
"""

from dataclasses import replace

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from server import clock
from server.errors import FieldError, StaleVersion, ValidationFailed, validation_field_error
from server.messages import _
from server.monitoring.models import MonitoringSetting
from server.notifications.channels import (Channel, DemoChannel, HttpSmsChannel, SmtpChannel, WecomChannel,
                                           channels_for)

CHANNELS = ("email", "sms", "wecom")
ENABLED_BY_DEFAULT = {"email": True, "sms": True, "wecom": False}


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class EmailSettings(_Settings):
    host: str = Field(default="", max_length=253)
    port: int = Field(default=587, ge=1, le=65535)
    sender: str = Field(default="", max_length=254)
    starttls: bool = True
    username: str = Field(default="", max_length=254)
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)


class GatewaySettings(_Settings):
    url: str = Field(default="", max_length=500, pattern=r"^(https?://\S+)?$")
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)


SETTINGS_MODELS = {"email": EmailSettings, "sms": GatewaySettings, "wecom": GatewaySettings}


def key_of(channel: str) -> str:
    return f"channel.{channel}"


def _row(db: Session, channel: str) -> MonitoringSetting | None:
    return db.get(MonitoringSetting, key_of(channel))


def settings_of(row: MonitoringSetting | None, channel: str) -> BaseModel:
    stored = ((row.value or {}).get("settings") if row else None) or {}
    return SETTINGS_MODELS[channel].model_validate(stored, strict=False)


def enabled(row: MonitoringSetting | None, channel: str) -> bool:
    if row is None or "enabled" not in (row.value or {}):
        return ENABLED_BY_DEFAULT[channel]
    return bool(row.value["enabled"])


def configured(row: MonitoringSetting | None, channel: str) -> bool:
    """Whether the console's settings name a gateway for this channel (else the environment's is used)."""
    values = settings_of(row, channel)
    return bool(values.host if channel == "email" else values.url)


def view(row: MonitoringSetting | None, channel: str) -> dict:
    """What GET /monitoring/channels answers for one channel: never the secret, only whether one is set."""
    return {"channel": channel, "enabled": enabled(row, channel), "settings": settings_of(row, channel).model_dump(),
            "secret_set": bool(row and row.secret), "version": row.version if row else 0}


def list_channels(db: Session) -> list[dict]:
    return [view(_row(db, channel), channel) for channel in CHANNELS]


def enabled_channels(db: Session) -> list[str]:
    """The channels alerts go out through, in order."""
    return [channel for channel in CHANNELS if enabled(_row(db, channel), channel)]


def update(db: Session, audit, actor: str, channel: str, is_enabled: bool, settings: dict, secret: str | None,
           version: int) -> dict:
    """Sets a channel's use and settings; `secret` None keeps the stored one, "" removes it. Audited without the
    secret (only whether it was changed)."""
    try:
        values = SETTINGS_MODELS[channel].model_validate(settings)
    except ValidationError as error:
        raise ValidationFailed(_("The channel's settings are not valid."), code="channel_settings_invalid",
                               errors=[_settings_error(e) for e in error.errors()]) from None
    row = db.get(MonitoringSetting, key_of(channel), with_for_update=True, populate_existing=True)
    current = row.version if row else 0
    if version != current:
        raise StaleVersion(_("Someone else changed this first; here is the current version."),
                           current=view(row, channel))
    before = view(row, channel) if row else None
    if row is None:
        row = MonitoringSetting(key=key_of(channel), value={}, version=0)
        db.add(row)
    row.value = {"enabled": is_enabled, "settings": values.model_dump()}
    if secret is not None:
        row.secret = secret or None
    row.updated_by, row.updated_at = actor, clock.now()
    row.version = current + 1
    db.flush()
    after = view(row, channel)
    audit.record("monitoring.channel_updated", "monitoring_setting", key_of(channel), before=before,
                 after={**after, "secret_changed": secret is not None})
    return after


def _settings_error(error: dict) -> FieldError:
    found = validation_field_error(error)
    return FieldError(f"settings.{found.field}", found.code, found.message, found.params)


def build_channel(platform, row: MonitoringSetting | None, channel: str) -> Channel:
    """The channel an alert's message goes through: the console's gateway where one is set, else the
    environment's (WeChat Work: the demo one on a demo platform)."""
    env = platform.settings.notifications
    values = settings_of(row, channel)
    secret = (row.secret if row else None) or ""
    if channel == "email" and values.host:
        return SmtpChannel(replace(env, email_gateway="smtp", smtp_host=values.host, smtp_port=values.port,
                                   smtp_sender=values.sender or env.smtp_sender, smtp_username=values.username,
                                   smtp_password=secret, smtp_starttls=values.starttls,
                                   timeout_seconds=values.timeout_seconds))
    if channel == "sms" and values.url:
        return HttpSmsChannel(values.url, "", values.timeout_seconds, signing_secret=secret)
    if channel == "wecom":
        if values.url:
            return WecomChannel(values.url, secret, values.timeout_seconds)
        return DemoChannel("wecom") if "sms" in env.demo_channels() else WecomChannel("", "", env.timeout_seconds)
    return channels_for(env)[channel]


def channels_for_alerts(platform) -> dict[str, Channel]:
    with platform.db.read() as db:
        rows = {channel: _row(db, channel) for channel in CHANNELS}
        return {channel: build_channel(platform, rows[channel], channel) for channel in CHANNELS}


def channel_for(platform, channel: str) -> Channel:
    with platform.db.read() as db:
        return build_channel(platform, _row(db, channel), channel)
