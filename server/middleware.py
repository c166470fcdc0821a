"""The API's outer wall: a request id on every request, a body size limit, a per-address ceiling.

Pure ASGI, so that an oversized body is refused while it streams in, before the app reads it.
"""

import json
import re
import uuid

from fastapi.routing import iter_route_contexts
from starlette.routing import compile_path

from server.rate_limits import SlidingWindow

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def _problem(status: int, code: str, title: str, detail: str, extra_headers=()) -> tuple[dict, bytes]:
    body = json.dumps({"type": "about:blank", "title": title, "status": status, "code": code,
                       "detail": detail}).encode()
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


def binary_routes(app) -> list[tuple[re.Pattern, frozenset[str], int]]:
    """(path pattern, methods, limit) of every route of `app` declared with `file_body`, included routers'
    routes with their prefixes."""
    found = []
    for route in iter_route_contexts(getattr(app, "routes", ())):
        declared = (getattr(route, "openapi_extra", None) or {}).get(BINARY_BODY)
        if declared and route.path:
            found.append((compile_path(route.path)[0], frozenset(route.methods or ()), int(declared["limit_bytes"])))
    return found


class GuardMiddleware:
    def __init__(self, app, max_body_bytes: int, per_address: SlidingWindow):
        self.app, self.max_body, self.per_address = app, max_body_bytes, per_address
        self._declared: tuple[object, int, list] = (None, -1, [])

    def body_rule(self, scope) -> tuple[int, bool]:
        """(size limit, binary) for the request: a route declared with `file_body` gets its own limit and may
        carry any byte; everything else is text up to the general limit."""
        app = scope.get("app")
        routes = getattr(app, "routes", ())
        if self._declared[0] is not app or self._declared[1] != len(routes):  # routes added after start (tests)
            self._declared = (app, len(routes), binary_routes(app))
        path, root = scope.get("path", ""), scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root):]
        method = scope.get("method", "")
        for pattern, methods, limit in self._declared[2]:
            if method in methods and pattern.match(path):
                return limit, True
        return self.max_body, False

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        rid_header = (b"x-request-id", request_id.encode())

        async def reply(status, code, title, detail, extra=()):
            start, body = _problem(status, code, title, detail, (rid_header, *extra))
            await send(start)
            await send({"type": "http.response.body", "body": body})

        client = (scope.get("client") or ("",))[0]
        wait = self.per_address.hit(client)
        if wait is not None:
            return await reply(429, "rate_limited", "Too many requests", "Slow down and try again shortly.",
                               [(b"retry-after", str(int(wait) + 1).encode())])
        limit, binary = self.body_rule(scope)
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            return await reply(413, "payload_too_large", "Request too large",
                               f"Request bodies are limited to {limit} bytes.")

        if b"%00" in scope.get("query_string", b"").lower() or "\x00" in scope.get("path", ""):
            return await reply(422, "nul_character", "Invalid input", "Text may not contain NUL characters.")

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
                return await reply(413, "payload_too_large", "Request too large",
                                   f"Request bodies are limited to {limit} bytes.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if not binary and (b"\x00" in body or _NUL_ESCAPE.search(body)):
            return await reply(422, "nul_character", "Invalid input", "Text may not contain NUL characters.")
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

        await self.app(scope, replay_receive, send_with_id)
