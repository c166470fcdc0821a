from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from server import __version__
from server.access import get_platform, public
from server.db import migrate
from server.platform import Platform

router = APIRouter(tags=["health"])


class HealthOut(BaseModel):
    status: str
    database: str
    migrations_current: bool
    revision: str | None
    version: str


@router.get("/health", response_model=HealthOut, responses={503: {"model": HealthOut}},
            dependencies=[Depends(public)])
def health(platform: Platform = Depends(get_platform)):
    try:
        with platform.db.read() as db:
            db.execute(text("SELECT 1"))
        revision = migrate.current_revision(platform.db.engine)
        database = "ok"
    except Exception:  # any failure to reach the database is "unreachable" for a monitor
        revision, database = None, "unreachable"
    current = revision == migrate.head_revision()
    body = HealthOut(status="ok" if database == "ok" and current else "degraded", database=database,
                     migrations_current=current, revision=revision, version=__version__)
    return JSONResponse(body.model_dump(), status_code=200 if body.status == "ok" else 503)
