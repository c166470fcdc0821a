from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request

from server.access import get_platform, requires
from server.audit import labels, service
from server.audit import checkpoints
from server.audit.schemas import AuditAnchorOut, AuditPage, AuditRecordOut, ChainCheckOut, checkpoint_out
from server.errors import request_language
from server.platform import Platform

router = APIRouter(prefix="/audit", tags=["audit"])

SortKey = Literal["at", "-at", "id", "-id", "seq", "-seq", "action", "-action", "actor", "-actor",
                  "object_type", "-object_type"]


@router.get("", response_model=AuditPage, dependencies=[Depends(requires("audit.read"))])
def list_audit(request: Request, platform: Platform = Depends(get_platform),
               page: int = Query(1, ge=1, le=1_000_000), page_size: int = Query(50, ge=1, le=200),
               sort: SortKey = "-id",
               actor: str | None = Query(None, max_length=64), action: str | None = Query(None, max_length=64),
               object_type: str | None = Query(None, max_length=64), object_id: str | None = Query(None, max_length=64),
               since: datetime | None = None, until: datetime | None = None,
               q: str | None = Query(None, max_length=100)):
    filters = service.AuditFilter(actor, action, object_type, object_id, since, until, q)
    with platform.db.read() as db:
        rows, total = service.list_records(db, filters, sort, page, page_size)
        objects, actors = labels.labels(db, rows, request_language(request))
        items = [AuditRecordOut.model_validate(r, from_attributes=True).model_copy(
            update={"object_label": objects.get(r.id), "actor_label": actors.get(r.id)}) for r in rows]
    return AuditPage(items=items, total=total, page=page, page_size=page_size)


@router.get("/verify", response_model=ChainCheckOut, dependencies=[Depends(requires("audit.read"))])
def verify(request: Request, platform: Platform = Depends(get_platform)):
    """Every record from the first, then the chain's end against the latest checkpoint (a cut tail); the reason a
    broken chain gives in the reader's language."""
    with platform.db.read() as db:
        check = checkpoints.verify(db, platform.settings.audit_checkpoints_file, full=True, remember=False)
    return check.as_dict(request_language(request))


@router.get("/checkpoint", response_model=AuditAnchorOut, dependencies=[Depends(requires("audit.read"))])
def latest_checkpoint(platform: Platform = Depends(get_platform)):
    """The audit chain's latest anchor outside the database (server/audit/checkpoints.py)."""
    return AuditAnchorOut(latest=checkpoint_out(checkpoints.latest(platform.settings.audit_checkpoints_file)))
