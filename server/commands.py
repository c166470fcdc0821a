"""The one path every state change takes.

    permission -> step-up (when the route is sensitive) -> idempotency replay -> the rule
    -> audit records -> idempotency record -> one commit

A route declares `cmd: Command = Depends(command("perm.name"))` and hands its rule to `cmd.run`.
"""

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server import idempotency
from server.audit import refusals
from server.access import Principal, check_permission, check_step_up, principal_of, request_meta, signed_in
from server.audit.service import Auditor
from server.errors import DomainError, Refused, ValidationFailed
from server.messages import _
from server.platform import Platform

MAX_KEY_LENGTH = 100


class Command:
    def __init__(self, request: Request, platform: Platform, principal: Principal, body: bytes, replayable: bool):
        self.request, self.platform, self.principal = request, platform, principal
        self.meta = request_meta(request)
        self.key = request.headers.get("idempotency-key") if replayable else None
        if self.key is not None and not (0 < len(self.key) <= MAX_KEY_LENGTH):
            raise ValidationFailed(_("Idempotency-Key must be 1 to 100 characters."), code="idempotency_key_invalid")
        self.digest = idempotency.request_digest(request.method, request.url.path, body)

    def run(self, rule: Callable[[Session, Auditor], Any], status_code: int = 200,
            answer: type[BaseModel] | None = None, encode: Callable[[Any], bytes] | None = None) -> Response:
        """`answer`: the route's answer model, for large answers (a batch's thousand results): the result is
        checked and written to JSON by pydantic's own serialiser, some ten times faster than FastAPI's generic
        encoder, which walks every value in Python. `encode`: the result written to JSON by the route's own
        function, when even building the answer's models costs too much (it answers what the model would)."""
        principal = f"user:{self.principal.user_id}"
        self.answer, self.encode = answer, encode
        try:
            return self._run(rule, status_code, principal)
        except IntegrityError:
            # A concurrent request with the same key committed first: answer with its result.
            if self.key:
                with self.platform.db.read() as db:
                    stored = idempotency.find(db, principal, self.key, self.digest)
                    if stored:
                        return self._replay(stored)
            raise
        except DomainError as error:  # the rule's transaction is rolled back; a refused decision is kept apart
            refusals.record_if_refused(self.platform, self.principal, self.meta,
                                       self.request.method, self.request.url.path, error)
            raise

    def _run(self, rule, status_code, principal) -> Response:
        with self.platform.db.write() as db:
            if self.key:
                stored = idempotency.find(db, principal, self.key, self.digest)
                if stored:
                    return self._replay(stored)
            auditor = Auditor(db, self.principal.user_id, self.principal.username, self.meta.client_addr,
                              self.meta.request_id)
            try:
                result = rule(db, auditor)
            except Refused as refused:
                auditor.seal()
                db.commit()
                raise refused.error from None
            if not auditor.pending:
                raise RuntimeError(f"{self.request.method} {self.request.url.path} changed state without an audit record")
            auditor.seal()
            if status_code == 204:
                response, raw = Response(status_code=204), b""
            elif self.encode is not None:
                raw = self.encode(result)
                response = Response(raw, status_code=status_code, media_type="application/json")
            elif self.answer is not None:
                raw = self.answer.model_validate(result).model_dump_json(by_alias=True).encode()
                response = Response(raw, status_code=status_code, media_type="application/json")
            elif isinstance(result, BaseModel):  # what the generic encoder and JSONResponse write, by pydantic itself
                raw = result.model_dump_json(by_alias=True).encode()
                response = Response(raw, status_code=status_code, media_type="application/json")
            else:
                response = JSONResponse(jsonable_encoder(result), status_code=status_code)
                raw = response.body
            if self.key:
                idempotency.store(db, principal, self.key, self.request.method, self.request.url.path, self.digest,
                                  status_code, raw)
            db.commit()
            return response

    @staticmethod
    def _replay(stored) -> Response:
        if stored.status_code == 204:
            return Response(status_code=204, headers={"Idempotent-Replay": "true"})
        return Response(stored.body, status_code=stored.status_code, media_type="application/json",
                        headers={"Idempotent-Replay": "true"})


def command(permission: str | None, *, step_up: bool = False, replayable: bool = True):
    """A dependency giving the route its Command; `permission=None` means any signed-in user.

    `replayable=False` is for answers that carry a fresh credential (a step-up token): those are
    never stored, so the Idempotency-Key is ignored and a repeat is a new request."""
    # One coroutine, not three dependencies (the principal, its permission, the platform): FastAPI's solving of
    # each, and the thread hop of a plain function's, cost more than what they do.
    async def dependency(request: Request) -> Command:
        principal = await principal_of(request)
        if permission:
            check_permission(principal, permission)
        platform = request.app.state.platform
        if step_up:
            check_step_up(request, platform, principal)
        body = await request.body()
        return Command(request, platform, principal, body, replayable)

    dependency.permission, dependency.signs_in = permission or signed_in.permission, True
    dependency.step_up, dependency.replayable = step_up, replayable  # what the fast lane checks (server/lanes.py)
    return dependency
