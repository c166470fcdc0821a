"""Domain errors with stable codes, and the one handler that turns them into problem+json."""

import logging
from dataclasses import asdict, dataclass

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("server.errors")
PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str
    message_zh: str = ""


class DomainError(Exception):
    status = 400
    code = "bad_request"
    title = "Bad request"

    def __init__(self, detail: str | None = None, *, code: str | None = None, status: int | None = None,
                 errors: list[FieldError] | None = None, current: dict | None = None,
                 headers: dict | None = None, **extra):
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        if code:
            self.code = code
        if status:
            self.status = status
        self.errors = errors or []
        self.current = current
        self.headers = headers or {}
        self.extra = extra


class NotFound(DomainError):
    status, code, title = 404, "not_found", "Not found"


class Unauthorized(DomainError):
    status, code, title = 401, "unauthorized", "Not signed in"


class Forbidden(DomainError):
    status, code, title = 403, "forbidden", "Permission denied"


class StepUpRequired(Forbidden):
    code, title = "step_up_required", "A fresh one-time code is required"


class Conflict(DomainError):
    status, code, title = 409, "conflict", "Conflict"


class StaleVersion(Conflict):
    code, title = "stale_version", "The object was changed by someone else"


class ValidationFailed(DomainError):
    status, code, title = 422, "validation_failed", "Invalid input"


class Locked(DomainError):
    status, code, title = 423, "account_locked", "Account locked"


class RateLimited(DomainError):
    status, code, title = 429, "rate_limited", "Too many requests"


def problem_response(status: int, code: str, title: str, detail: str, *, errors=None, current=None,
                     headers=None, extra=None) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "code": code, "detail": detail}
    if errors:
        body["errors"] = [asdict(e) if isinstance(e, FieldError) else e for e in errors]
    if current is not None:
        body["current"] = current
    if extra:
        body.update(extra)
    return JSONResponse(jsonable_encoder(body), status_code=status, media_type=PROBLEM, headers=headers)


# pydantic's error types in Chinese, for the 422s of request validation ({...} from the error's ctx).
_MESSAGES_ZH = {
    "missing": "必填",
    "int_type": "必须是整数（不能是小数、文字或布尔值）",
    "int_parsing": "必须是整数",
    "int_from_float": "必须是整数，不能是小数",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "greater_than": "必须大于 {gt}",
    "less_than": "必须小于 {lt}",
    "string_type": "必须是文字",
    "string_too_short": "太短：至少 {min_length} 个字符",
    "string_too_long": "太长：最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不正确",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "value_error": "格式不正确",
    "enum": "不是允许的取值",
    "literal_error": "不是允许的取值",
    "decimal_parsing": "必须是数字",
    "decimal_type": "必须是数字",
    "decimal_max_digits": "位数太多",
    "decimal_max_places": "小数位太多",
    "too_short": "太少：至少 {min_length} 项",
    "too_long": "太多：最多 {max_length} 项",
    "bool_type": "必须是 true 或 false",
    "json_invalid": "不是有效的 JSON",
}


def message_zh(error: dict) -> str:
    """The Chinese sentence for one pydantic validation error (a general one for types not listed)."""
    text = _MESSAGES_ZH.get(error.get("type", ""), "取值无效")
    try:
        return text.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        return text


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(_request: Request, exc: DomainError):
        return problem_response(exc.status, exc.code, exc.title, exc.detail, errors=exc.errors,
                                current=exc.current, headers=exc.headers, extra=exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError):
        errors = []
        for err in exc.errors():
            loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
            errors.append(FieldError(".".join(loc) or "request", err.get("type", "invalid"), err.get("msg", ""),
                                     message_zh(err)))
        return problem_response(422, "validation_failed", "Invalid input", "The request has invalid fields.",
                                errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(exc.status_code, "http_error")
        return problem_response(exc.status_code, code, str(exc.detail), str(exc.detail),
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "internal_error", "Internal error",
                                "The server failed to handle the request; it has been logged.")


class Refused(Exception):
    """A refusal whose bookkeeping must be kept (a failed attempt counted, an account locked, a
    session revoked): the caller commits the transaction, then answers with `error`."""

    def __init__(self, error: DomainError):
        super().__init__(error.detail)
        self.error = error
