"""The OpenAPI document, with the problem+json error body declared where errors can come from.

FastAPI documents its own validation error shape; ours is problem+json everywhere, so the
document says so: every operation lists the 4xx answers it can give with the Problem schema.
"""

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import iter_route_contexts

from server.access import signed_in

PROBLEM_SCHEMA = {
    "title": "Problem",
    "type": "object",
    "required": ["type", "title", "status", "code", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "code": {"type": "string", "description": "stable machine-readable error code"},
        "detail": {"type": "string", "description": "for people, in the request's Accept-Language (zh-CN when absent)"},
        "params": {"type": "object", "description": "the values named in the detail, for programs"},
        "errors": {"type": "array", "items": {"type": "object", "required": ["field", "code", "message"],
                                              "properties": {"field": {"type": "string"}, "code": {"type": "string"},
                                                             "message": {"type": "string"},
                                                             "params": {"type": "object"}}}},
        "current": {"type": "object"},
        "retry_after": {"type": "integer"},
        "permission": {"type": "string"},
    },
}

ERRORS = {
    "400": "Bad request", "401": "Not signed in, or credentials refused", "403": "Permission denied",
    "404": "Not found", "409": "Conflict (stale version or state)", "413": "Request too large",
    "422": "Invalid input", "423": "Account locked", "429": "Too many requests",
}


BEARER = {"bearer": {"type": "http", "scheme": "bearer",
                     "description": "The access token from POST /api/v1/auth/login (or /auth/refresh)."}}

# The outer wall answers this before any route sees the request, so no route's own schema shows it.
NUL_CHARACTER = {"summary": "Text holding a NUL character (in the path, the query or a JSON body)",
                 "value": {"type": "about:blank", "title": "Invalid input", "status": 422, "code": "nul_character",
                           "detail": "Text may not contain NUL characters."}}


def _needs_sign_in(dependant) -> bool:
    return any(d.call is signed_in or getattr(d.call, "signs_in", False) or _needs_sign_in(d)
               for d in dependant.dependencies)


def install_openapi(app: FastAPI) -> None:
    def build():
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = PROBLEM_SCHEMA
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        doc["components"]["securitySchemes"] = BEARER
        problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        invalid = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                                                "examples": {"nul_character": NUL_CHARACTER}}}
        for path_item in doc.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERRORS.items():
                    responses[status] = {"description": responses.get(status, {}).get("description", description),
                                         "content": invalid if status == "422" else problem}
        for route in iter_route_contexts(app.routes):  # with the routes of included routers, prefixed
            dependant = getattr(route, "dependant", None)
            if dependant is not None and _needs_sign_in(dependant):
                for method in route.methods:
                    operation = doc["paths"].get(getattr(route, "path_format", route.path), {}).get(method.lower())
                    if operation is not None:
                        operation["security"] = [{"bearer": []}]
        app.openapi_schema = doc
        return doc

    app.openapi = build
