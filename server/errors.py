"""Domain errors with stable codes, and the one handler that turns them into problem+json."""

import logging
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.messages import _, negotiate, parameters, render

log = logging.getLogger("server.errors")
PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class FieldError:
    """One field's problem. `message` is an English template of the catalog (server/messages), sent in the
    request's language with `params` filled."""
    field: str
    code: str
    message: str
    params: dict | None = None


class DomainError(Exception):
    status = 400
    code = "bad_request"
    title = _("Bad request")

    def __init__(self, detail: str | None = None, *, code: str | None = None, status: int | None = None,
                 errors: list[FieldError] | None = None, current: dict | None = None,
                 headers: dict | None = None, params: dict | None = None, **extra):
        """`detail`: an English sentence marked for the catalog (`_("… {name} …")`), its values in `params`;
        the answer carries both, the sentence in the request's language."""
        super().__init__(render(detail or self.title, "en", params))
        self.detail = detail or self.title
        self.params = params or {}
        if code:
            self.code = code
        if status:
            self.status = status
        self.errors = errors or []
        self.current = current
        self.headers = headers or {}
        self.extra = extra

    def sentence(self, language: str = "en") -> str:
        """The detail in `language`, its parameters filled (for answers built outside the error handler)."""
        return render(self.detail, language, self.params)


class NotFound(DomainError):
    status, code, title = 404, "not_found", _("Not found")


class Unauthorized(DomainError):
    status, code, title = 401, "unauthorized", _("Not signed in")


class Forbidden(DomainError):
    status, code, title = 403, "forbidden", _("Permission denied")


class StepUpRequired(Forbidden):
    code, title = "step_up_required", _("A fresh one-time code is required")


class Conflict(DomainError):
    status, code, title = 409, "conflict", _("Conflict")


class StaleVersion(Conflict):
    code, title = "stale_version", _("The object was changed by someone else")


class ValidationFailed(DomainError):
    status, code, title = 422, "validation_failed", _("Invalid input")


class Locked(DomainError):
    status, code, title = 423, "account_locked", _("Account locked")


class RateLimited(DomainError):
    status, code, title = 429, "rate_limited", _("Too many requests")


def problem_response(status: int, code: str, title: str, detail: str, *, language: str = "en", params=None,
                     errors=None, current=None, headers=None, extra=None) -> JSONResponse:
    """problem+json: `code` and `params` for programs, `title`, `detail` and each field's `message` for people, in
    `language`."""
    body = {"type": "about:blank", "title": render(title, language), "status": status, "code": code,
            "detail": render(detail, language, params)}
    if params:
        body["params"] = params
    if errors:
        body["errors"] = [_field_error(e, language) if isinstance(e, FieldError) else e for e in errors]
    if current is not None:
        body["current"] = current
    if extra:
        body.update(extra)
    return JSONResponse(jsonable_encoder(body), status_code=status, media_type=PROBLEM, headers=headers)


def _field_error(error: FieldError, language: str) -> dict:
    answer = {"field": error.field, "code": error.code, "message": render(error.message, language, error.params)}
    if error.params:
        answer["params"] = error.params
    return answer


# pydantic's error types as sentences of the catalog ({...} from the error's ctx).
_VALIDATION = {
    "missing": _("Required."),
    "int_type": _("Must be a whole number (not a fraction, text or true/false)."),
    "int_parsing": _("Must be a whole number."),
    "int_from_float": _("Must be a whole number, not a fraction."),
    "greater_than_equal": _("Must not be less than {ge}."),
    "less_than_equal": _("Must not be more than {le}."),
    "greater_than": _("Must be more than {gt}."),
    "less_than": _("Must be less than {lt}."),
    "string_type": _("Must be text."),
    "string_too_short": _("Too short: at least {min_length} characters."),
    "string_too_long": _("Too long: at most {max_length} characters."),
    "string_pattern_mismatch": _("Not in the expected format."),
    "date_type": _("A date is written YYYY-MM-DD."),
    "date_parsing": _("A date is written YYYY-MM-DD."),
    "date_from_datetime_parsing": _("A date is written YYYY-MM-DD."),
    "value_error": _("Not in the expected format."),
    "enum": _("Not one of the allowed values."),
    "literal_error": _("Not one of the allowed values."),
    "decimal_parsing": _("Must be a number."),
    "decimal_type": _("Must be a number."),
    "decimal_max_digits": _("Too many digits."),
    "decimal_max_places": _("Too many decimal places."),
    "too_short": _("Too few: at least {min_length} items."),
    "too_long": _("Too many: at most {max_length} items."),
    "bool_type": _("Must be true or false."),
    "json_invalid": _("Not valid JSON."),
    "dict_type": _("Must be an object."),
    "list_type": _("Must be a list."),
    "datetime_type": _("A time is written YYYY-MM-DDTHH:MM:SSZ."),
    "datetime_parsing": _("A time is written YYYY-MM-DDTHH:MM:SSZ."),
    "datetime_from_date_parsing": _("A time is written YYYY-MM-DDTHH:MM:SSZ."),
    "extra_forbidden": _("Not a field of this request."),
    "model_attributes_type": _("Must be an object."),
}
_INVALID = _("Not a valid value.")


def validation_field_error(error: dict) -> FieldError:
    """One pydantic validation error as a field error of the catalog (a general sentence for types not listed)."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path", "header")]
    kind = error.get("type", "invalid")
    template = _VALIDATION.get(kind, _INVALID)
    context = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, (int, float, str))}
    if not parameters(template) <= set(context):
        template = _INVALID
    return FieldError(".".join(loc) or "request", kind, template,
                      {k: context[k] for k in parameters(template)} or None)


def request_language(request: Request) -> str:
    return negotiate(request.headers.get("accept-language"))


def domain_problem(exc: DomainError, language: str) -> JSONResponse:
    """The answer to a domain error: what the app's handler sends, and the fast lane (server/lanes.py) too."""
    return problem_response(exc.status, exc.code, exc.title, exc.detail, language=language, params=exc.params,
                            errors=exc.errors, current=exc.current, headers=exc.headers, extra=exc.extra)


def unexpected_problem(method: str, path: str, language: str) -> JSONResponse:
    log.exception("unhandled error on %s %s", method, path)
    return problem_response(500, "internal_error", _("Internal error"),
                            _("The server failed to handle the request; it has been logged."), language=language)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError):
        return domain_problem(exc, request_language(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return problem_response(422, "validation_failed", _("Invalid input"), _("The request has invalid fields."),
                                language=request_language(request),
                                errors=[validation_field_error(err) for err in exc.errors()])

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code, title, detail = _HTTP.get(exc.status_code, ("http_error", str(exc.detail), str(exc.detail)))
        return problem_response(exc.status_code, code, title, detail, language=request_language(request),
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return unexpected_problem(request.method, request.url.path, request_language(request))


_HTTP = {
    404: ("not_found", _("Not found"), _("There is nothing at this address.")),
    405: ("method_not_allowed", _("Method not allowed"), _("This address does not take this method.")),
    413: ("payload_too_large", _("Request too large"), _("The request is too large.")),
}


class Refused(Exception):
    """A refusal whose bookkeeping must be kept (a failed attempt counted, an account locked, a
    session revoked): the caller commits the transaction, then answers with `error`."""

    def __init__(self, error: DomainError):
        super().__init__(error.detail)
        self.error = error
