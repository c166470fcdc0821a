"""Who is calling, and what they may do: the dependencies every route declares.

`requires("perm")`, `signed_in` and `public` carry a `permission` attribute, so a test can walk the
routes and find any that declares nothing.
"""

from dataclasses import dataclass

from fastapi import Depends, Request

from server.errors import Forbidden, StepUpRequired, Unauthorized
from server.platform import Platform

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


def signed_in(request: Request, platform: Platform = Depends(get_platform)) -> Principal:
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    token = _bearer(request)
    if not token:
        raise Unauthorized("Sign in first.", code="token_invalid")
    from server.auth import service as auth_service  # the auth area owns tokens

    principal = auth_service.authenticate(platform, token)
    request.state.principal = principal
    return principal


signed_in.permission = SIGNED_IN


def public() -> None:
    return None


public.permission = PUBLIC


def requires(permission: str):
    def dependency(principal: Principal = Depends(signed_in)) -> Principal:
        if permission not in principal.permissions:
            raise Forbidden(f"This needs the permission {permission}.", code="permission_denied",
                            permission=permission)
        return principal

    dependency.permission = permission
    dependency.__name__ = f"requires_{permission.replace('.', '_')}"
    return dependency


def requires_any(*permissions: str):
    def dependency(principal: Principal = Depends(signed_in)) -> Principal:
        if not principal.permissions.intersection(permissions):
            raise Forbidden(f"This needs one of the permissions {', '.join(permissions)}.",
                            code="permission_denied", permission=permissions[0])
        return principal

    dependency.permission = " | ".join(permissions)
    return dependency


def check_step_up(request: Request, platform: Platform, principal: Principal) -> None:
    token = request.headers.get("x-step-up-token")
    if not token:
        raise StepUpRequired("Confirm with a fresh one-time code first.")
    from server.auth import service as auth_service

    if not auth_service.step_up_valid(platform, principal, token):
        raise StepUpRequired("The confirmation has expired; enter a fresh one-time code.")
