"""Who is calling, and what they may do: the dependencies every route declares.

`requires("perm")`, `signed_in` and `public` carry a `permission` attribute, so a test can walk the
routes and find any that declares nothing. A dependency that signs the caller in without declaring `signed_in`
as its own (`requires`, `command`: coroutines that call it) says so with `signs_in`, which the OpenAPI
document reads.
"""

import itertools
import time
import weakref
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy import event, inspect, update
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from server.auth.models import AuthGeneration
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


# The dependencies that do no I/O are coroutines: FastAPI runs a plain function dependency in its thread pool, and
# that hand-off cost more than the function.
async def get_platform(request: Request) -> Platform:
    return request.app.state.platform


def request_meta(request: Request) -> RequestMeta:
    return RequestMeta(request.client.host if request.client else "", getattr(request.state, "request_id", ""),
                       request.headers.get("user-agent", "")[:200])


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


# A principal is answered from memory for up to PRINCIPAL_TTL seconds, so a stream of requests does
# not look the token, session, user, roles and permissions up again on every one. Revocation is immediate
# in every process serving the platform: any UPDATE or DELETE touching those tables (signing out, ending
# sessions, disabling a user, changing roles or permissions, expiring tokens), and any INSERT that grants
# roles or permissions, adds one to the `auth_generation` row in the same transaction. Each request reads
# that row (one small SELECT) and empties the memory when it moved, so a change committed by another worker
# holds from its commit on. In this process the same writes also empty the memory when executed and again
# when committed, and an entry remembers the generations it was read in, so a lookup that raced such a
# change is never kept. The access token's own expiry is checked on every request; the TTL only bounds what
# a change written past these tables' statements (by hand, in the database) could leave behind.
PRINCIPAL_TTL = 1.0
_AUTH_TABLES = ("tokens", "auth_sessions", "users", "user_roles", "roles", "role_permissions")
# A new token or session revokes nothing, and sign-ins should not empty every worker's memory.
_GRANTS_NOTHING = ("INSERT INTO tokens", "INSERT INTO auth_sessions")
_generations = itertools.count(1)
_generation = 0
_MAX_ENTRIES = 10_000
_AUTH_GENERATION = AuthGeneration.__table__
_BUMP_GENERATION = (update(_AUTH_GENERATION).where(_AUTH_GENERATION.c.id == 1)
                    .values(value=_AUTH_GENERATION.c.value + 1))


def _forget_principals() -> None:
    global _generation
    _generation = next(_generations)


def _is_auth_write(statement: str) -> bool:
    verb = statement[:6].upper()
    return verb in ("INSERT", "UPDATE", "DELETE") and any(table in statement for table in _AUTH_TABLES)


@event.listens_for(Engine, "before_cursor_execute")
def _watch_auth_writes(conn, _cursor, statement, _parameters, _context, _executemany):
    if _is_auth_write(statement):
        conn.info["auth_written"] = True
        _forget_principals()


@event.listens_for(Engine, "after_cursor_execute")
def _bump_generation(conn, _cursor, statement, _parameters, _context, _executemany):
    # Once per transaction, in it: the other workers see the change and the new generation together.
    if (conn.info.get("auth_written") and not conn.info.get("auth_bumped") and not conn.info.get("migrating")
            and _is_auth_write(statement)
            and not statement.lstrip().upper().startswith(_GRANTS_NOTHING)):
        conn.info["auth_bumped"] = True
        if _has_generation(conn):
            conn.execute(_BUMP_GENERATION)


_engines_with_generation: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def _has_generation(conn) -> bool:
    """Whether the schema has the generation's row yet: not below revision 0026 (a database being filled or
    checked at an older revision; a server refuses to serve one). Asked once per engine that has it."""
    if conn.engine in _engines_with_generation:
        return True
    if inspect(conn).has_table(_AUTH_GENERATION.name):
        _engines_with_generation.add(conn.engine)
        return True
    return False


@event.listens_for(Engine, "commit")
def _commit_auth_writes(conn):
    conn.info.pop("auth_bumped", None)
    if conn.info.pop("auth_written", False):
        _forget_principals()


@event.listens_for(Engine, "rollback")
def _rollback_auth_writes(conn):
    conn.info.pop("auth_written", None)
    conn.info.pop("auth_bumped", None)


# Read on every signed-in request: one statement through the driver, without a transaction of our own.
_READ_GENERATION_SQL = f"SELECT value FROM {_AUTH_GENERATION.name} WHERE id = 1"


def _shared_generation(platform: Platform) -> int:
    row = platform.db.one_row(_READ_GENERATION_SQL)
    return (row[0] if row else 0) or 0


def _principal_cache(request: Request, shared: int) -> dict:
    """The memory for the shared generation this request read. The generation and its memory are one attribute,
    replaced at once, so an entry read before a change can never land in the memory of the generation after it."""
    state = request.app.state
    generation, cache = getattr(state, "principals", (None, None))
    if generation != shared or cache is None or len(cache) > _MAX_ENTRIES:
        cache = {}
        state.principals = (shared, cache)
    return cache


def signed_in(request: Request, platform: Platform = Depends(get_platform)) -> Principal:
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    token = _bearer(request)
    if not token:
        raise Unauthorized(_("Sign in first."), code="token_invalid")
    shared = _shared_generation(platform)
    cache, key = _principal_cache(request, shared), token_digest(token)  # the memory holds no bearer token
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


async def principal_of(request: Request) -> Principal:
    """`signed_in` without a thread hop when the outer wall has found the caller already (it counts the front end's
    requests per account); otherwise `signed_in` in the thread pool, since it may read the database."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    return await run_in_threadpool(signed_in, request, request.app.state.platform)


def check_permission(principal: Principal, permission: str) -> Principal:
    if permission not in principal.permissions:
        raise Forbidden(_("This needs the permission “{permission}”."), code="permission_denied",
                        permission=permission, params={"permission": permission_word(permission)})
    return principal


def requires(permission: str):
    async def dependency(request: Request) -> Principal:
        return check_permission(await principal_of(request), permission)

    dependency.permission, dependency.signs_in = permission, True
    dependency.__name__ = f"requires_{permission.replace('.', '_')}"
    return dependency


def requires_any(*permissions: str):
    async def dependency(request: Request) -> Principal:
        principal = await principal_of(request)
        if not principal.permissions.intersection(permissions):
            raise Forbidden(_("This needs one of the permissions {permissions}."), code="permission_denied",
                            permission=permissions[0], params={"permissions": permissions_word(permissions)})
        return principal

    dependency.permission, dependency.signs_in = " | ".join(permissions), True
    return dependency


def check_step_up(request: Request, platform: Platform, principal: Principal) -> None:
    token = request.headers.get("x-step-up-token")
    if not token:
        raise StepUpRequired(_("Confirm with a fresh one-time code first."))
    from server.auth import service as auth_service

    if not auth_service.step_up_valid(platform, principal, token):
        raise StepUpRequired(_("The confirmation has expired; enter a fresh one-time code."))
