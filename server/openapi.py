"""The OpenAPI document, with the problem+json error body declared where errors can come from.

FastAPI documents its own validation error shape; ours is problem+json everywhere, so the
document says so: every operation lists the 4xx answers it can give with the Problem schema.
"""

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM_SCHEMA = {
    "title": "Problem",
    "type": "object",
    "required": ["type", "title", "status", "code", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "code": {"type": "string", "description": "stable machine-readable error code"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object", "required": ["field", "code", "message"],
                                              "properties": {"field": {"type": "string"}, "code": {"type": "string"},
                                                             "message": {"type": "string"},
                                                             "message_zh": {"type": "string"}}}},
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


def install_openapi(app: FastAPI) -> None:
    def build():
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = PROBLEM_SCHEMA
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path_item in doc.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERRORS.items():
                    responses[status] = {"description": responses.get(status, {}).get("description", description),
                                         "content": problem}
        app.openapi_schema = doc
        return doc

    app.openapi = build
