"""Every route declares what it needs, and a user without it is refused on every protected route."""

import re

import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import select

from server.access import PUBLIC, SIGNED_IN
from server.app import create_app
from server.audit.service import Auditor
from server.staff.models import User
from tests.support.platforms import sign_in_body

OPEN_ROUTES = {"/api/v1/auth/login", "/api/v1/auth/password", "/api/v1/auth/totp/enroll", "/api/v1/auth/refresh",
               "/api/v1/auth/password-policy", "/api/v1/health",
               # password recovery: the person recovering is not signed in (server/staff/recovery.py)
               "/api/v1/auth/recovery/start", "/api/v1/auth/recovery/confirm", "/api/v1/auth/recovery/demo-code"}


def _declared(dependant) -> list[str]:
    found = []
    for dep in dependant.dependencies:
        marker = getattr(dep.call, "permission", None)
        if marker:
            found.append(marker)
        found.extend(_declared(dep))
    return found


def route_permissions(app) -> dict[tuple[str, str], list[str]]:
    """(method, path) -> the permission markers its dependencies declare, for every API route
    (FastAPI's route contexts include the routes of included routers, with their prefixes)."""
    table = {}
    for route in iter_route_contexts(app.routes):
        dependant = getattr(route, "dependant", None)
        if dependant is None:
            continue  # Starlette's own routes: the OpenAPI document
        for method in route.methods:
            table[(method, route.path)] = _declared(dependant)
    return table


@pytest.fixture
def app(platform):
    return create_app(platform=platform)


def test_every_route_declares_a_permission(app):
    table = route_permissions(app)
    assert table, "no routes found"
    undeclared = [f"{m} {p}" for (m, p), perms in table.items() if not perms]
    assert undeclared == [], f"routes without a declared permission: {undeclared}"
    public = {p for (m, p), perms in table.items() if PUBLIC in perms}
    assert public == OPEN_ROUTES, "only sign-in, recovery and health may be open"


def test_the_route_walk_notices_a_route_that_declares_nothing(app):
    @app.get("/api/v1/forgotten")
    def forgotten():
        return {}

    assert route_permissions(app)[("GET", "/api/v1/forgotten")] == []


def _user_without_roles(platform) -> str:
    from server.security import passwords

    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        template = db.scalar(select(User).where(User.username == "service"))
        db.add(User(username="nobody", display_name="No roles", password_hash=passwords.hash_password("Demo2026!Pass"),
                    password_history=[], totp_secret=template.totp_secret, roles=[]))
        audit.record("test.user", "user", "nobody")
        audit.seal()
        db.commit()
    return "nobody"


def test_a_user_without_the_permission_gets_403_on_every_protected_route(platform, app):
    from fastapi.testclient import TestClient

    client = TestClient(app)
    _user_without_roles(platform)
    body = sign_in_body("service") | {"username": "nobody"}
    token = client.post("/api/v1/auth/login", json=body).json()["tokens"]["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    checked = 0
    for (method, path), perms in route_permissions(app).items():
        if not perms or PUBLIC in perms or set(perms) == {SIGNED_IN}:
            continue
        url = re.sub(r"\{[^}]+\}", "1", path)
        answer = client.request(method, url, headers=headers, json={})
        assert answer.status_code == 403, f"{method} {path} answered {answer.status_code}"
        assert answer.json()["code"] == "permission_denied"
        # and without a token at all: 401
        assert client.request(method, url, json={}).status_code == 401, f"{method} {path}"
        checked += 1
    assert checked >= 3


def test_each_demo_role_reaches_exactly_the_routes_its_permissions_allow(platform, app):
    from fastapi.testclient import TestClient

    client = TestClient(app)
    token = client.post("/api/v1/auth/login", json=sign_in_body("auditor")).json()["tokens"]["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/audit", headers=headers).status_code == 200
    assert client.get("/api/v1/roles", headers=headers).status_code == 200
    token = client.post("/api/v1/auth/login", json=sign_in_body("risk")).json()["tokens"]["access_token"]
    assert client.get("/api/v1/audit", headers={"Authorization": f"Bearer {token}"}).status_code == 403
