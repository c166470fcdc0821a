from datetime import datetime
from typing import Any

from pydantic import BaseModel

from server.wire import Page


class AuditRecordOut(BaseModel):
    id: int
    seq: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    object_type: str
    object_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    client_addr: str
    request_id: str
    hash: str
    # Display fields beside the codes (server/audit/labels.py), in the request's language where they are words:
    object_label: str | None = None  # 王芳 for user 5, the role's label, the document's file name...
    actor_label: str | None = None  # the staff member's display name (None: the system, or a name no user has)


AuditPage = Page[AuditRecordOut]


class ChainCheckOut(BaseModel):
    ok: bool
    checked: int
    first_broken_seq: int | None
    first_broken_id: int | None
    reason: str | None


class CheckpointOut(BaseModel):
    kind: str  # "checkpoint" (hourly, at the server's stop) or "epoch" (after a restore from a backup)
    at: datetime
    seq: int  # the chain's last record when it was written
    backup: str | None = None  # the epoch's backup
    hash: str | None = None  # the chain's hash at `seq`, as the checkpoint file holds it


def checkpoint_out(entry: dict | None) -> "CheckpointOut | None":
    """A line of the checkpoint file (server/audit/checkpoints.py) as it goes over the wire."""
    if entry is None:
        return None
    return CheckpointOut(kind=entry["kind"], at=entry["at"], seq=entry["seq"], backup=entry.get("backup"),
                         hash=entry.get("hash"))


class AuditAnchorOut(BaseModel):
    latest: CheckpointOut | None  # none written yet
