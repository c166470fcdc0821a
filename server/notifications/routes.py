"""The demo outbox: what would have been sent (only while a gateway is the demo one)."""

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from server.access import get_platform, requires
from server.errors import NotFound
from server.messages import _
from server.notifications import dispatcher as _dispatcher  # noqa: F401  (registers the delivery job)
from server.notifications.models import OutboxMessage
from server.notifications.outbox import view
from server.platform import Platform

router = APIRouter(prefix="/notifications", tags=["notifications"])
PRIVATE_PURPOSES = ("staff_recovery",)


@router.get("/outbox")
def outbox(limit: int = Query(200, ge=1, le=1000), platform: Platform = Depends(get_platform),
           _principal=Depends(requires("customer.read"))):
    """The newest messages of the channels whose gateway is the demo one; 404 when none is. A staff member's
    recovery code is never listed: it is theirs alone (the sign-in dialog's demo panel shows a demo account's)."""
    channels = platform.settings.notifications.demo_channels()
    if not channels:
        raise NotFound(_("There is no demo outbox: messages go to the real SMS and e-mail gateways."),
                       code="no_demo_outbox")
    with platform.db.read() as db:
        rows = db.scalars(select(OutboxMessage).where(OutboxMessage.channel.in_(sorted(channels)),
                                                      OutboxMessage.purpose.not_in(PRIVATE_PURPOSES))
                          .order_by(OutboxMessage.id.desc()).limit(limit)).all()
        return [view(m) for m in rows]
