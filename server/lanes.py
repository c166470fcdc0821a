"""The fast lane: the customer side's money movements answered by the outer wall, in one step.

The customers' front end sends most of the platform's requests, nearly all of them movements, and on each of them
FastAPI's generic machinery (matching the path against the routes, solving the dependencies, a second hop to a
thread for the endpoint, its exception middlewares) cost about as much as the ledger's posting itself. A route
marked `@fast_lane` is also answered here: the guard (server/middleware.py) has counted the
request against its allowance and read its body; in one step (on SQLite on the event loop unless another writer
holds the database for long, otherwise in a worker thread: server/middleware.py) the body is validated, the caller
signed in and checked against the permission, and the route's own function runs with its own Command. Nothing is
bypassed: the route's function is the same, and so is the command path (step-up aside, which no marked route
needs: marking a route that asks for it is refused).

Whatever the lane does not answer as the route would, it hands to the app: a body that does not validate (FastAPI's
answer names the fields its own way), a body that is not JSON by its content type. The principal found is then
kept on the request, as the guard's count keeps it, so nothing is looked up twice.
"""

from collections.abc import Callable
from dataclasses import dataclass

from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import Response

from server.access import check_permission, signed_in
from server.commands import Command
from server.db.writers import WritersBusy
from server.errors import DomainError, domain_problem, unexpected_problem


@dataclass(frozen=True)
class Lane:
    endpoint: Callable[[BaseModel, Command], Response]
    permission: str
    body: type[BaseModel]


def fast_lane(endpoint):
    """Marks a route `def route(body: Body, cmd: Command = Depends(command(permission)))` for the fast lane: a
    body model and a replayable command without step-up, nothing else (checked when the app's lanes are read)."""
    endpoint.fast_lane = True
    return endpoint


def _lane(route) -> Lane:
    dependant = route.dependant
    body = [param.field_info.annotation for param in dependant.body_params]
    calls = [dependency.call for dependency in dependant.dependencies]
    if (len(body) != 1 or not (isinstance(body[0], type) and issubclass(body[0], BaseModel)) or len(calls) != 1
            or not getattr(calls[0], "replayable", False) or getattr(calls[0], "step_up", True)
            or dependant.query_params or dependant.path_params or dependant.header_params or dependant.cookie_params):
        raise TypeError(f"{route.path}: a fast lane's route takes a body model and a replayable command without "
                        "step-up, and nothing else")
    return Lane(route.endpoint, calls[0].permission, body[0])


def lanes_of(app) -> dict[tuple[str, str], Lane]:
    """(method, path) → Lane for every marked route of `app`, included routers' routes with their prefixes."""
    found = {}
    for route in iter_route_contexts(getattr(app, "routes", ())):
        if getattr(getattr(route, "endpoint", None), "fast_lane", False) and route.path:
            for method in route.methods or ():
                found[(method, route.path)] = _lane(route)
    return found


def is_json(scope) -> bool:
    """Whether FastAPI would read this body as JSON: no content type, or application/json or …+json."""
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            kind = value.split(b";", 1)[0].strip().lower()
            return kind == b"application/json" or (kind.startswith(b"application/") and kind.endswith(b"+json"))
    return True


def answer(lane: Lane, scope, body: bytes, language: str) -> Response | None:
    """The route's answer, or None for the app to answer it (it reads and writes the database: see the guard's
    `_in_lane_thread` for where it runs)."""
    try:
        parsed = lane.body.model_validate_json(body)
    except ValidationError:
        return None
    request = Request(scope)
    try:
        platform = scope["app"].state.platform
        principal = check_permission(signed_in(request, platform), lane.permission)
        return lane.endpoint(parsed, Command(request, platform, principal, body, replayable=True))
    except DomainError as error:
        return domain_problem(error, language)
    except WritersBusy:  # nothing written: the guard runs it again once the queue is free
        raise
    except Exception:
        return unexpected_problem(scope.get("method", ""), scope.get("path", ""), language)
