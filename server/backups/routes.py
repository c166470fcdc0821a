"""The backup runs, newest first, for the console's 系统管理 → 备份 tab. Read with `audit.read`: whoever checks the
audit log checks that the books are backed up (the system administrator and the auditor hold it)."""

from fastapi import APIRouter, Depends, Query
from sqlalchemy import func, select

from server.access import get_platform, requires
from server.backups import runs as _runs  # noqa: F401 - registers the daily job with the scheduler
from server.backups.models import BackupRun
from server.backups.schemas import BackupRunOut, BackupRunPage
from server.platform import Platform

router = APIRouter(prefix="/backups", tags=["backups"])
READ = "audit.read"


@router.get("/runs", response_model=BackupRunPage, dependencies=[Depends(requires(READ))])
def list_runs(platform: Platform = Depends(get_platform), page: int = Query(1, ge=1, le=1_000_000),
              page_size: int = Query(50, ge=1, le=200)):
    with platform.db.read() as db:
        total = db.scalar(select(func.count()).select_from(BackupRun))
        rows = db.scalars(select(BackupRun).order_by(BackupRun.id.desc())
                          .offset((page - 1) * page_size).limit(page_size)).all()
        items = [BackupRunOut.model_validate(r, from_attributes=True) for r in rows]
    return BackupRunPage(items=items, total=total, page=page, page_size=page_size)
