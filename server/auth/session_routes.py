from fastapi import APIRouter, Depends, Query

from server.access import get_platform, requires
from server.commands import Command, command
from server.platform import Platform
from server.wire import ObjectId, OptionalIdQuery
from server.staff import accounts
from server.staff.schemas import SessionOut, SessionPage

router = APIRouter(prefix="/sessions", tags=["sessions"])


@router.get("", response_model=SessionPage, dependencies=[Depends(requires("admin.sessions"))])
def list_sessions(platform: Platform = Depends(get_platform), user_id: OptionalIdQuery = None,
                  active: bool = True, page: int = Query(1, ge=1, le=100_000),
                  page_size: int = Query(50, ge=1, le=200)):
    with platform.db.read() as db:
        items, total = accounts.list_sessions(db, user_id, active, page, page_size)
    return SessionPage(items=items, total=total, page=page, page_size=page_size)


@router.post("/{session_id}/revoke", response_model=SessionOut)
def revoke_session(session_id: ObjectId, cmd: Command = Depends(command("admin.sessions"))):
    return cmd.run(lambda db, audit: accounts.revoke_session(db, audit, session_id))
