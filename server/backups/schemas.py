from datetime import datetime

from pydantic import BaseModel

from server.wire import Page


class BackupRunOut(BaseModel):
    id: int
    trigger: str  # schedule | command
    started_at: datetime
    finished_at: datetime | None
    outcome: str  # running | succeeded | failed
    size_bytes: int | None
    path: str | None
    error: str | None
    pruned_at: datetime | None  # removed by the retention


BackupRunPage = Page[BackupRunOut]
