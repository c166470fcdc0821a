"""Who is calling, and what they may do: the dependencies every route declares.

`requires("perm")`, `signed_in` and `public` carry a `permission` attribute, so a test can walk the
routes and find any that declares nothing.
"""

import itertools
import time
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from server.db.base import utcnow
from server.messages import _
from server.errors import Forbidden, StepUpRequired, Unauthorized
from server.platform import Platform
from server.permissions import permission_word, permissions_word
from server.security.tokens import token_digest

SIGNED_IN = "(signed in)"
PUBLIC = "(public)"


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    display_name: str
    session_id: int
    roles: tuple[str, ...]
    permissions: frozenset[str]


@dataclass(frozen=True)
class RequestMeta:
    client_addr: str
    request_id: str
    user_agent: str


def get_platform(request: Request) -> Platform:
    return request.app.state.platform


def request_meta(request: Request) -> RequestMeta:
    return RequestMeta(request.client.host if request.client else "", getattr(request.state, "request_id", ""),
                       request.headers.get("user-agent", "")[:200])


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


# A principal is answered from memory for up to PRINCIPAL_TTL seconds, so a stream of requests does
# not look the token, session, user, roles and permissions up again on every one. Revocation stays
# immediate for everything this process does: any INSERT, UPDATE or DELETE touching those tables
# (signing out, ending sessions, disabling a user, changing roles or permissions, expiring tokens)
# empties the memory when it is executed and again when it commits, and an entry remembers the
# generation it was read in, so a lookup that raced such a change is never kept. The access token's
# own expiry is checked on every request. Only a change made by another process waits for the TTL.
PRINCIPAL_TTL = 1.0
_AUTH_TABLES = ("tokens", "auth_sessions", "users", "user_roles", "roles", "role_permissions")
_generations = itertools.count(1)
_generation = 0
_MAX_ENTRIES = 10_000


def _forget_principals() -> None:
    global _generation
    _generation = next(_generations)


@event.listens_for(Engine, "before_cursor_execute")
def _watch_auth_writes(conn, _cursor, statement, _parameters, _context, _executemany):
    verb = statement[:6].upper()
    if verb in ("INSERT", "UPDATE", "DELETE") and any(table in statement for table in _AUTH_TABLES):
        conn.info["auth_written"] = True
        _forget_principals()


@event.listens_for(Engine, "commit")
def _commit_auth_writes(conn):
    if conn.info.pop("auth_written", False):
        _forget_principals()


@event.listens_for(Engine, "rollback")
def _rollback_auth_writes(conn):
    conn.info.pop("auth_written", None)


def _principal_cache(request: Request) -> dict:
    cache = getattr(request.app.state, "principals", None)
    if cache is None or len(cache) > _MAX_ENTRIES:
        cache = request.app.state.principals = {}
    return cache


def signed_in(request: Request, platform: Platform = Depends(get_platform)) -> Principal:
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    token = _bearer(request)
    if not token:
        raise Unauthorized(_("Sign in first."), code="token_invalid")
    cache, key = _principal_cache(request), token_digest(token)  # the memory holds no bearer token
    entry = cache.get(key)
    if entry is not None:
        principal, generation, read_at, expires_at = entry
        if generation == _generation and time.monotonic() - read_at < PRINCIPAL_TTL and expires_at > utcnow():
            request.state.principal = principal
            return principal
        cache.pop(key, None)
    from server.auth import service as auth_service  # the auth area owns tokens

    generation, read_at = _generation, time.monotonic()
    principal, expires_at = auth_service.authenticate(platform, token)
    cache[key] = (principal, generation, read_at, expires_at)
    request.state.principal = principal
    return principal


signed_in.permission = SIGNED_IN


def public() -> None:
    return None


public.permission = PUBLIC


def requires(permission: str):
    def dependency(principal: Principal = Depends(signed_in)) -> Principal:
        if permission not in principal.permissions:
            raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied",
                            permission=permission, params={"permission": permission_word(permission)})
        return principal

    dependency.permission = permission
    dependency.__name__ = f"requires_{permission.replace('.', '_')}"
    return dependency


def requires_any(*permissions: str):
    def dependency(principal: Principal = Depends(signed_in)) -> Principal:
        if not principal.permissions.intersection(permissions):
            raise Forbidden(_("This needs one of the permissions {permissions}."), code="permission_denied",
                            permission=permissions[0], params={"permissions": permissions_word(permissions)})
        return principal

    dependency.permission = " | ".join(permissions)
    return dependency


def check_step_up(request: Request, platform: Platform, principal: Principal) -> None:
    token = request.headers.get("x-step-up-token")
    if not token:
        raise StepUpRequired(_("Confirm with a fresh one-time code first."))
    from server.auth import service as auth_service

    if not auth_service.step_up_valid(platform, principal, token):
        raise StepUpRequired(_("The confirmation has expired; enter a fresh one-time code."))
