"""Optimistic versions for objects people edit.

An edit names the version it read. The row is locked for the rest of the transaction (PostgreSQL:
SELECT ... FOR UPDATE; SQLite: the writer already holds the database's write lock), compared, and
the version bumped only by real edits: bookkeeping such as a sign-in's counters leaves it alone, so
an administrator's edit is not refused because the user happened to sign in meanwhile.
"""

from collections.abc import Callable

from sqlalchemy.orm import Session

from server.errors import NotFound, StaleVersion
from server.messages import _


def load_for_update(db: Session, model, object_id, version: int | None, view: Callable[[object], dict],
                    not_found: str = "not_found"):
    obj = db.get(model, object_id, with_for_update=True, populate_existing=True)
    if obj is None:
        raise NotFound(_("It is not there (any more): nothing has the id {id}."), code=not_found, params={"id": object_id})
    if version is not None and obj.version != version:
        raise StaleVersion(_("Someone else changed this first; here is the current version."), current=view(obj))
    return obj


def bump(obj) -> None:
    obj.version += 1
