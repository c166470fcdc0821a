"""A backup run as the console shows it (GET /backups/runs)."""

from datetime import datetime
from typing import NamedTuple

from app.models.records import parse_time


class BackupRun(NamedTuple):
    id: int
    trigger: str  # schedule | command
    started_at: datetime | None
    finished_at: datetime | None
    outcome: str  # running | succeeded | failed
    size_bytes: int | None
    path: str | None
    error: str | None
    pruned_at: datetime | None

    @classmethod
    def from_wire(cls, d: dict) -> "BackupRun":
        return cls(d["id"], d["trigger"], parse_time(d["started_at"]), parse_time(d.get("finished_at")), d["outcome"],
                   d.get("size_bytes"), d.get("path"), d.get("error"), parse_time(d.get("pruned_at")))
