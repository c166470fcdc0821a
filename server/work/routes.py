"""Counts of the work waiting for the signed-in user."""

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from server.access import Principal, get_platform, signed_in
from server.errors import request_language
from server.platform import Platform
from server.work import waiting

router = APIRouter(prefix="/work", tags=["work"])


class WaitingItem(BaseModel):
    key: str  # my_queue, second_reviews, withdrawals, large_withdrawals, differences, adjustments, compensations,
    #           write_offs, blacklist_removals, phone_changes, collection_due
    count: int
    label: str  # in the request's language


class WaitingOut(BaseModel):
    items: list[WaitingItem]


@router.get("/waiting", response_model=WaitingOut)
def work_waiting(request: Request, principal: Principal = Depends(signed_in),
                 platform: Platform = Depends(get_platform)):
    """What waits for the caller's decision, one count per kind of work their permissions make theirs (0 included).
    Cheap: one indexed count per kind; consoles poll it every 30 seconds."""
    with platform.db.read() as db:
        return {"items": waiting.waiting(db, principal, request_language(request))}
