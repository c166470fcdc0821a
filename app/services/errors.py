"""Typed errors from the platform API. Views never see HTTP: they get one of these, and
`app.services.messages.describe` turns any of them into one sentence in the user's language."""


class ApiError(Exception):
    def __init__(self, detail: str = "", *, code: str = "", status: int = 0, body: dict | None = None):
        super().__init__(detail or code)
        self.detail, self.code, self.status, self.body = detail, code, status, body or {}


class Offline(ApiError):
    """The server could not be reached (connection refused, timed out, DNS)."""


class CertificateRejected(ApiError):
    """TLS failed: an unknown certificate, or one that does not match the pinned fingerprint."""


class Unauthorized(ApiError):
    """Credentials refused (wrong password, wrong or reused code, expired sign-in step)."""


class SessionEnded(ApiError):
    """The session is over (revoked, reused refresh token, expired): sign in again."""


class Forbidden(ApiError):
    pass


class StepUpRequired(Forbidden):
    pass


class AccountLocked(ApiError):
    @property
    def retry_after(self) -> int:
        return int(self.body.get("retry_after") or 0)


class RateLimited(ApiError):
    @property
    def retry_after(self) -> int:
        return int(self.body.get("retry_after") or 0)


class Conflict(ApiError):
    @property
    def current(self) -> dict | None:
        return self.body.get("current")


class ValidationFailed(ApiError):
    @property
    def field_errors(self) -> list[dict]:
        return list(self.body.get("errors") or [])


class NotFound(ApiError):
    pass


class ServerError(ApiError):
    pass


class Cancelled(Exception):
    """A background task the user cancelled."""


def from_problem(status: int, body: dict) -> ApiError:
    code = str(body.get("code") or "")
    detail = str(body.get("detail") or body.get("title") or "")
    kind: type[ApiError]
    if status == 401:
        kind = SessionEnded if code in ("token_invalid", "token_reused") else Unauthorized
    elif status == 403:
        kind = StepUpRequired if code == "step_up_required" else Forbidden
    elif status == 404:
        kind = NotFound
    elif status == 409:
        kind = Conflict
    elif status in (413, 422, 400):
        kind = ValidationFailed
    elif status == 423:
        kind = AccountLocked
    elif status == 429:
        kind = RateLimited
    elif status >= 500:
        kind = ServerError
    else:
        kind = ApiError
    return kind(detail, code=code, status=status, body=body)
