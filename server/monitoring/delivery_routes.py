"""Alert channels and recipients (monitoring.settings) and the pauses callbacks started (alert.manage lifts them)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.errors import ValidationFailed, request_language
from server.messages import _, render
from server.monitoring import channel_settings, delivery, pauses
from server.monitoring.delivery import Recipient
from server.notifications.channels import DeliveryFailed
from server.notifications.outbox import mask_recipient
from server.platform import Platform
from server.wire import MAX_VERSION

router = APIRouter(prefix="/monitoring", tags=["monitoring"])
SETTINGS, READ, MANAGE = "monitoring.settings", "alert.read", "alert.manage"

ChannelName = Literal["email", "sms", "wecom"]
SettingVersion = Annotated[int, Field(strict=True, ge=0, le=MAX_VERSION)]  # 0: never set yet


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChannelBody(_Body):
    enabled: bool
    settings: dict = Field(default_factory=dict)
    secret: str | None = Field(default=None, max_length=500, repr=False)  # write-only; "" removes it
    version: SettingVersion


class ChannelTestBody(_Body):
    to: str | None = Field(default=None, max_length=254)


class RecipientsBody(_Body):
    recipients: list[Recipient] = Field(max_length=100)
    version: SettingVersion


class LiftBody(_Body):
    note: str = Field(max_length=1000)


@router.get("/channels")
def list_channels(platform: Platform = Depends(get_platform), _principal: Principal = Depends(requires(SETTINGS))):
    with platform.db.read() as db:
        return channel_settings.list_channels(db)


@router.put("/channels/{channel}")
def update_channel(channel: ChannelName, body: ChannelBody, cmd: Command = Depends(command(SETTINGS))):
    return cmd.run(lambda db, audit: channel_settings.update(db, audit, cmd.principal.username, channel, body.enabled,
                                                             body.settings, body.secret, body.version))


def _own_address(platform: Platform, principal: Principal, channel: str) -> str | None:
    """The caller's own address for a test message: their mobile (SMS) or e-mail, where the staff record has one."""
    from server.staff.models import User

    with platform.db.read() as db:
        user = db.get(User, principal.user_id)
        if user is None:
            return None
        return {"sms": getattr(user, "phone", None), "email": getattr(user, "email", None)}.get(channel)


@router.post("/channels/{channel}/test")
def test_channel(channel: ChannelName, request: Request, body: ChannelTestBody | None = None,
                 cmd: Command = Depends(command(SETTINGS))):
    """Sends a test message through the channel as alerts would use it, to `to` or the caller's own address, and
    answers the outcome in words. The message is sent before (outside) the transaction that audits it."""
    language = request_language(request)
    to = (body.to if body else None) or _own_address(cmd.platform, cmd.principal, channel)
    if not to:
        raise ValidationFailed(_("Give an address to send the test message to."), code="test_address_required")
    target = channel_settings.channel_for(cmd.platform, channel)
    text = render(_("Test message from the P2P platform's monitoring: this channel works."), "zh_CN")
    try:
        target.send(to, f"{delivery.SIGNATURE}{text}", render(_("P2P monitoring test message"), "zh_CN"))
        ok, outcome = True, render(_("The test message was handed to the gateway for {to}."), language,
                                   {"to": mask_recipient(channel, to)})
    except DeliveryFailed as error:
        reason = render(error.template, language, error.params) if error.template else str(error)
        ok, outcome = False, render(_("The test message was not delivered: {reason}"), language, {"reason": reason})
    answer = {"channel": channel, "to": mask_recipient(channel, to), "ok": ok, "outcome": outcome}

    def rule(db, audit):
        audit.record("monitoring.channel_tested", "monitoring_setting", channel_settings.key_of(channel),
                     after={"to": answer["to"], "ok": ok})
        return answer

    return cmd.run(rule)


@router.get("/recipients")
def get_recipients(platform: Platform = Depends(get_platform), _principal: Principal = Depends(requires(SETTINGS))):
    with platform.db.read() as db:
        return delivery.recipients_view(db)


@router.put("/recipients")
def put_recipients(body: RecipientsBody, cmd: Command = Depends(command(SETTINGS))):
    return cmd.run(lambda db, audit: delivery.set_recipients(db, audit, cmd.principal.username, body.recipients,
                                                             body.version))


@router.get("/pauses")
def list_pauses(request: Request, platform: Platform = Depends(get_platform),
                _principal: Principal = Depends(requires(READ))):
    with platform.db.read() as db:
        return pauses.list_pauses(db, request_language(request))


@router.post("/pauses/withdrawals/lift")
def lift_withdrawals_pause(body: LiftBody, request: Request, cmd: Command = Depends(command(MANAGE, step_up=True))):
    language = request_language(request)
    return cmd.run(lambda db, audit: pauses.lift(db, audit, cmd.principal.username, pauses.WITHDRAWALS, body.note,
                                                 language))
