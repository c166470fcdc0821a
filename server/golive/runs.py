"""The record of every file applied by the go-live import: its sha256 (unique, so that the same file is refused
the second time, even by two requests at once), its name, what it held and who imported it."""

from datetime import datetime

from sqlalchemy import JSON, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from server.db.base import Base, UtcDateTime, utcnow
from server.errors import Conflict
from server.messages import _


class GoliveImportRun(Base):
    __tablename__ = "golive_import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(200))
    totals: Mapped[dict] = mapped_column(JSON, default=dict)  # rows imported by kind (persons, cards, staff …)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


def refuse_if_imported(db: Session, sha256: str) -> None:
    earlier = db.scalar(select(GoliveImportRun).where(GoliveImportRun.sha256 == sha256))
    if earlier is not None:
        raise Conflict(_("This file was imported already, on {at} by {who}; nothing was imported again."),
                       code="import_duplicate",
                       params={"at": earlier.imported_at.strftime("%Y-%m-%d %H:%M"), "who": earlier.imported_by})


def run_view(run: GoliveImportRun) -> dict:
    return {"id": run.id, "sha256": run.sha256, "filename": run.filename, "totals": run.totals,
            "imported_by": run.imported_by, "imported_at": run.imported_at}


def recent_runs(db: Session, limit: int = 100) -> list[dict]:
    return [run_view(r) for r in db.scalars(select(GoliveImportRun).order_by(GoliveImportRun.id.desc()).limit(limit))]
