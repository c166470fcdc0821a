"""Refused decisions in the audit log.

A refusal such as separation of duties (403 `separation_of_duties`: the first reviewer doing the second
review, a clerk deciding a linked customer's withdrawal, one approver giving both approvals) changes nothing,
so the request's transaction is rolled back; its record is written here, in a transaction of its own, as
`refused.<code>` with the reason, what was asked (method and path) and the error's details. List them with
the audit filter `action=refused.`.
"""

from server.audit.service import Auditor
from server.errors import DomainError

# The refusal codes recorded: decisions the rules kept someone from taking.
RECORDED = frozenset({"separation_of_duties"})


def record(platform, actor_id: int | None, actor_name: str, client_addr: str, request_id: str, method: str,
           path: str, error: DomainError) -> None:
    """Writes the refusal's audit record in a transaction of its own (the request's one has been rolled back)."""
    with platform.db.write() as db:
        audit = Auditor(db, actor_id, actor_name, client_addr, request_id)
        audit.record(f"refused.{error.code}", "request", f"{method} {path}",
                     after={"reason": error.code, "status": error.status, "detail": error.sentence(), **error.extra})
        audit.seal()
        db.commit()


def record_if_refused(platform, principal, meta, method: str, path: str, error: DomainError) -> None:
    """The one call the command path makes when a rule raises: records `error` if it is a recorded refusal."""
    if error.code in RECORDED:
        record(platform, principal.user_id, principal.username, meta.client_addr, meta.request_id, method, path,
               error)
