"""The API's outer wall: a request id on every request, a body size limit, a per-address ceiling.

Pure ASGI, so that an oversized body is refused while it streams in, before the app reads it. A file body
(up to hundreds of megabytes) is never buffered here: its caller must be signed in and hold the route's
permission before a byte of it is read, and only a few large ones are let in at once.
"""

import asyncio
import contextvars
import json
import os
import re
import uuid
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from fastapi.routing import iter_route_contexts
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.routing import compile_path

from server import lanes
from server.access import PUBLIC, SIGNED_IN, signed_in
from server.db.writers import WritersBusy, without_waiting
from server.errors import DomainError, Forbidden
from server.lanes import Lane, is_json, lanes_of
from server.messages import _, negotiate, render
from server.rate_limits import SharedWindow
from server.permissions import permission_word, permissions_word
from server.upload_slots import RETRY_AFTER_SECONDS, UploadSlots

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Tests of several workers need to know which process answered; nobody else does.
_WORKER_PID = (b"x-worker-pid", str(os.getpid()).encode()) if os.environ.get("P2P_WORKER_PID_HEADER") == "1" else None
# The permission the customers' front end's service credential holds (server/customers/customer_side_routes.py).
FRONT_END = "funds.movement.post"
# A lane body up to this size (one movement is about 100 bytes) may run on the event loop (_in_lane_thread)
_INLINE_BODY = 4096


def _problem(status: int, code: str, title: str, detail: str, extra_headers=(), extra_fields=None, *,
             language: str = "en", params: dict | None = None) -> tuple[dict, bytes]:
    body = json.dumps({"type": "about:blank", "title": render(title, language), "status": status, "code": code,
                       "detail": render(detail, language, params), **({"params": params} if params else {}),
                       **(extra_fields or {})}).encode()
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
               *extra_headers]
    return {"type": "http.response.start", "status": status, "headers": headers}, body


# PostgreSQL text cannot hold U+0000 and no field of ours has a use for it: refused up front.
# \u0000 preceded by an even number of backslashes (an odd number escapes the backslash instead).
_NUL_ESCAPE = re.compile(rb"(?:^|[^\\])(?:\\\\)*\\u0000", re.IGNORECASE)


# A route whose body is a file says so where it is declared: `openapi_extra=file_body(limit)`. The guard
# reads that declaration (not a list of paths kept here): such a body may hold any byte, NUL included, and
# has its own size limit; every other body is text and is refused with NUL in it.
BINARY_BODY = "x-binary-body"
_BINARY_SCHEMA = {"type": "string", "format": "binary"}


def file_body(limit_bytes: int, content: dict | None = None) -> dict:
    """The `openapi_extra` of a route whose request body is a file of up to `limit_bytes`: the OpenAPI
    request body (the raw bytes unless `content` says otherwise) and the guard's declaration."""
    content = content or {"application/octet-stream": {"schema": _BINARY_SCHEMA}}
    return {"requestBody": {"required": True, "content": content}, BINARY_BODY: {"limit_bytes": limit_bytes}}


class PayloadTooLarge(DomainError):
    status, code, title = 413, "payload_too_large", "Request too large"


# A response sent before the request's body was read ends the connection: otherwise the server goes on
# receiving (and throwing away) the rest of a large upload so that the connection can be used again.
_CLOSE = (b"connection", b"close")


@dataclass(frozen=True)
class BodyRule:
    limit: int
    binary: bool
    # The permission markers the route's dependencies declare (`requires(...)`, `command(...)`, `signed_in`),
    # read from the route itself: a file route's caller is checked against them before its body is read.
    permissions: tuple[str, ...] = ()


def declared_permissions(dependant) -> tuple[str, ...]:
    found = []
    for dep in dependant.dependencies:
        marker = getattr(dep.call, "permission", None)
        if marker:
            found.append(marker)
        found.extend(declared_permissions(dep))
    return tuple(found)


def binary_routes(app) -> list[tuple[re.Pattern, frozenset[str], BodyRule]]:
    """(path pattern, methods, rule) of every route of `app` declared with `file_body`, included routers'
    routes with their prefixes."""
    found = []
    for route in iter_route_contexts(getattr(app, "routes", ())):
        declared = (getattr(route, "openapi_extra", None) or {}).get(BINARY_BODY)
        if declared and route.path:
            dependant = getattr(route, "dependant", None)
            permissions = declared_permissions(dependant) if dependant is not None else ()
            found.append((compile_path(route.path)[0], frozenset(route.methods or ()),
                          BodyRule(int(declared["limit_bytes"]), True, permissions)))
    return found


async def authorise(scope, permissions: tuple[str, ...]) -> DomainError | None:
    """The refusal (401 or 403) for a caller who may not use a route declaring `permissions`, or None. The
    principal found is kept on the request, so the route's own dependencies do not look it up again."""
    if PUBLIC in permissions:
        return None
    request = Request(scope)
    try:
        principal = await run_in_threadpool(signed_in, request, request.app.state.platform)
    except DomainError as refusal:
        return refusal
    for marker in permissions:
        if marker == SIGNED_IN:
            continue
        wanted = marker.split(" | ")  # requires_any
        if not principal.permissions.intersection(wanted):
            if len(wanted) > 1:
                return Forbidden(_("This needs one of the permissions {permissions}."), code="permission_denied",
                                 permission=wanted[0], params={"permissions": permissions_word(wanted)})
            return Forbidden(_("This needs the permission “{permission}”."), code="permission_denied",
                             permission=wanted[0], params={"permission": permission_word(marker)})
    return None


def _with_header(send, header):
    async def sending(message):
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), header]}
        await send(message)

    return sending


class GuardMiddleware:
    def __init__(self, app, max_body_bytes: int, per_address: SharedWindow, per_front_end: SharedWindow | None = None):
        self.app, self.max_body, self.per_address, self.per_front_end = app, max_body_bytes, per_address, per_front_end
        self._declared: tuple[object, int, list, dict] = (None, -1, [], {})
        self._lane_thread: ThreadPoolExecutor | None = None  # SQLite's (see _in_lane_thread)
        self._lane_job: asyncio.Future | None = None  # the lane thread's latest

    def _routes(self, scope) -> tuple[object, int, list, dict]:
        app = scope.get("app")
        routes = getattr(app, "routes", ())
        if self._declared[0] is not app or self._declared[1] != len(routes):  # routes added after start (tests)
            self._declared = (app, len(routes), binary_routes(app), lanes_of(app))
        return self._declared

    def lane(self, scope) -> Lane | None:
        """The fast lane of this request's route (server/lanes.py), if it has one and the body is JSON."""
        lanes = self._routes(scope)[3]
        if scope.get("root_path"):  # mounted under a prefix: the app's own routing finds the route
            return None
        lane = lanes.get((scope.get("method", ""), scope.get("path", "")))
        return lane if lane is not None and is_json(scope) else None

    def body_rule(self, scope) -> BodyRule:
        """A route declared with `file_body` gets its own limit, may carry any byte and is streamed to it;
        everything else is text up to the general limit, read here first."""
        self._routes(scope)
        path, root = scope.get("path", ""), scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root):]
        method = scope.get("method", "")
        for pattern, methods, rule in self._declared[2]:
            if method in methods and pattern.match(path):
                return rule
        return BodyRule(self.max_body, False)

    @staticmethod
    def uploads(scope) -> UploadSlots:
        """The app's upload slots (on `app.state.uploads`, where a test or a health check can read them)."""
        state = scope["app"].state
        slots = getattr(state, "uploads", None)
        if slots is None:
            slots = state.uploads = UploadSlots(state.platform.settings.concurrent_uploads)
        return slots

    def count(self, scope, client: str) -> float | None:
        """One hit against the caller's allowance: the front end's service credential has its own, counted per
        account; everyone else is counted per address. A token that does not sign in counts as its address."""
        if self.per_front_end is not None and b"authorization" in dict(scope.get("headers") or []):
            try:
                principal = signed_in(Request(scope), scope["app"].state.platform)
            except DomainError:
                principal = None
            if principal is not None and FRONT_END in principal.permissions:
                return self.per_front_end.hit(f"user:{principal.user_id}")
        return self.per_address.hit(client)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if _WORKER_PID is not None:
            send = _with_header(send, _WORKER_PID)
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        rid_header = (b"x-request-id", request_id.encode())

        language = negotiate(headers.get(b"accept-language", b"").decode("latin-1"))

        client = (scope.get("client") or ("",))[0]
        # A request of the fast lane is counted in the same hop to a thread as its answer; refused here before
        # that, it is counted first, so that it is refused for the same reason as any other request.
        lane = self.lane(scope)
        counted = lane is None

        async def problem(status, code, title, detail, extra=(), fields=None, params=None):
            start, body = _problem(status, code, title, detail, (rid_header, *extra), fields, language=language,
                                   params=params)
            await send(start)
            await send({"type": "http.response.body", "body": body})

        async def limited(wait: float):
            await problem(429, "rate_limited", _("Too many requests"), _("Slow down and try again shortly."),
                          [(b"retry-after", str(int(wait) + 1).encode())])

        async def reply(*refusal, **details):
            nonlocal counted
            if not counted:
                counted = True
                if (wait := await run_in_threadpool(self.count, scope, client)) is not None:
                    return await limited(wait)
            await problem(*refusal, **details)

        if counted and (wait := await run_in_threadpool(self.count, scope, client)) is not None:
            return await limited(wait)
        rule = self.body_rule(scope)
        limit = rule.limit
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            return await reply(413, "payload_too_large", _("Request too large"),
                               _("Request bodies are limited to {limit} bytes."), [_CLOSE], params={"limit": limit})

        if b"%00" in scope.get("query_string", b"").lower() or "\x00" in scope.get("path", ""):
            return await reply(422, "nul_character", _("Invalid input"), _("Text may not contain NUL characters."))

        if rule.binary:
            return await self._file_body(scope, receive, send, rule, length, reply, rid_header)

        # Read the (bounded) body before the app sees it, so that a refusal is a clean answer here
        # rather than an exception inside the framework's body parsing.
        chunks, received = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                return await reply(413, "payload_too_large", _("Request too large"),
                                   _("Request bodies are limited to {limit} bytes."), [_CLOSE],
                                   params={"limit": limit})
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        # The pattern is searched only where its escape occurs at all: run over every position of a large body
        # (a batch of a thousand movements) it cost more than reading it.
        if b"\x00" in body or ((b"\\u0000" in body or b"\\U0000" in body) and _NUL_ESCAPE.search(body)):
            return await reply(422, "nul_character", _("Invalid input"), _("Text may not contain NUL characters."))
        replayed = False

        async def replay_receive():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), rid_header]}
            await send(message)

        if lane is not None:
            wait, response = await self._in_lane_thread(scope, lane, client, body, language)
            if wait is not None:
                return await limited(wait)
            if response is not None:
                return await response(scope, replay_receive, send_with_id)
        await self.app(scope, replay_receive, send_with_id)

    async def _in_lane_thread(self, scope, lane: Lane, client: str, body: bytes, language: str):
        """`lanes.answer` after the count, never waiting on the event loop for long.

        On SQLite, on the event loop itself: the count, the body and the sign-in without the writers' queue, which
        is taken at the request's first write (a rate-limit lease, a session's activity, the command) only if it is
        free or soon is (`without_waiting`: another worker's recharge holds it for under a millisecond), and then
        held to the request's end. A request that meets a queue held for longer (a batch or an import, in this
        process or another) has written nothing: it runs again in the app's one lane thread, where it waits while
        the loop goes on answering; and while a request waits there, the next ones wait for it to end before they
        try the loop again, rather than look again for milliseconds each at a queue that is likely still busy, or
        pile up behind it in the thread.

        SQLite takes one writer at a time, so a lane request in a thread only ever waited for the writer ahead of
        it; but handing it to a thread cost a quarter of its CPU: the hop itself, and the event loop and the thread
        taking the interpreter's lock in turn at every statement (sqlite3 lets it go around each step). Measured with
        wrk, 4 connections: 1.0 against 1.37 ms of CPU a recharge. A request holds the loop for about a millisecond,
        as it holds the database; a larger body (a batch of movements, tens of milliseconds and more) always goes to
        the lane thread, so the loop is never held for long. Several threads waiting for the database each took the
        interpreter's lock at every statement the writer ran: hence one lane thread, not the thread pool.
        PostgreSQL writes several at once and waits for the network: there the lane uses the thread pool."""
        counted = False

        def run():
            """(the wait when the caller is over its allowance, else None; the lane's answer or None for the app)."""
            nonlocal counted
            if not counted:  # a request run again is not counted twice
                wait = self.count(scope, client)
                counted = True
                if wait is not None:
                    return wait, None
            return None, lanes.answer(lane, scope, body, language)

        if scope["app"].state.platform.db.dialect != "sqlite":
            return await run_in_threadpool(run)
        if len(body) <= _INLINE_BODY:
            while True:
                job = self._lane_job
                if job is None or job.done():
                    try:
                        with without_waiting():
                            return run()
                    except WritersBusy:
                        pass
                    job = self._lane_job
                    if job is None or job.done():
                        break
                await asyncio.wait([job])
        if self._lane_thread is None:
            self._lane_thread = ThreadPoolExecutor(1, thread_name_prefix="lane")
            weakref.finalize(self, self._lane_thread.shutdown, wait=False)
        job = self._lane_job = asyncio.get_running_loop().run_in_executor(
            self._lane_thread, contextvars.copy_context().run, run)
        return await job

    async def _file_body(self, scope, receive, send, rule: BodyRule, length, reply, rid_header):
        """A file route: who is calling is settled before the body is read, then the body streams to the
        route (which spools it to a temporary file), counted against the route's limit."""
        refusal = await authorise(scope, rule.permissions)
        if refusal is not None:
            extra = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in refusal.headers.items()]
            return await reply(refusal.status, refusal.code, refusal.title, refusal.detail, [*extra, _CLOSE],
                               refusal.extra, refusal.params)
        large = length is None or int(length) > self.max_body
        slots = self.uploads(scope)
        if large and not slots.try_take():
            return await reply(
                503, "uploads_busy", _("Server busy"),
                _("The server is already receiving {uploads} large uploads, as many as it takes at once; "
                  "try again in {seconds} seconds."),
                [(b"retry-after", str(RETRY_AFTER_SECONDS).encode()), _CLOSE],
                params={"uploads": slots.limit, "seconds": RETRY_AFTER_SECONDS})
        received, finished = 0, False

        async def counted_receive():
            nonlocal received, finished
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if received > rule.limit:  # a body without Content-Length, or longer than it said
                    raise PayloadTooLarge(f"Request bodies are limited to {rule.limit} bytes.")
            return message

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                extra = [rid_header] if finished else [rid_header, _CLOSE]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_id)
        finally:
            if large:
                slots.give_back()
