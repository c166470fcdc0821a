"""One function that turns any error into one sentence in the user's language, used by every screen."""

from PySide6.QtCore import QCoreApplication

from app.services import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


_BY_CODE = {
    "invalid_credentials": "The user name or password is wrong.",
    "otp_required": "Enter the one-time code from your authenticator app.",
    "otp_invalid": "The one-time code is wrong or has expired.",
    "otp_reused": "This one-time code was already used; wait for the next one.",
    "challenge_invalid": "This sign-in step has expired; please sign in again.",
    "account_disabled": "This account is disabled; ask an administrator.",
    "token_reused": "Your session was ended for safety because its credentials were used twice; please sign in again.",
    "token_invalid": "Your session has ended; please sign in again.",
    "step_up_required": "Confirm this operation with a fresh one-time code.",
    "permission_denied": "You do not have permission to do this.",
    "stale_version": "Someone else changed this first; the screen now shows the current version.",
    "self_service_forbidden": "You cannot do this to your own account; ask another administrator.",
    "separation_of_duties": "Separation of duties does not allow this combination.",
    "password_rules": "The new password does not meet the password rules.",
    "payload_too_large": "The request is too large.",
    "nul_character": "The text contains a character that is not allowed.",
}


def describe(error: BaseException) -> str:
    """A sentence for the user; never a traceback."""
    if isinstance(error, errors.Cancelled):
        return _tr("The operation was cancelled.")
    if isinstance(error, errors.CertificateRejected):
        return _tr("The server's certificate could not be verified, so the connection was refused. "
                   "Check the server profile's certificate settings.")
    if isinstance(error, errors.Offline):
        return _tr("The server cannot be reached. Check the network connection and the server address.")
    if isinstance(error, errors.AccountLocked):
        minutes = max(1, (error.retry_after + 59) // 60)
        return _tr("Too many failed attempts: the account is locked for %n more minute(s).").replace("%n", str(minutes))
    if isinstance(error, errors.RateLimited):
        return _tr("Too many attempts; wait %n second(s) and try again.").replace("%n", str(max(1, error.retry_after)))
    if isinstance(error, errors.ApiError) and error.code in _BY_CODE:
        return _tr(_BY_CODE[error.code])
    if isinstance(error, errors.SessionEnded):
        return _tr(_BY_CODE["token_invalid"])
    if isinstance(error, errors.Forbidden):
        return _tr(_BY_CODE["permission_denied"])
    if isinstance(error, errors.Conflict):
        return _tr("Someone else changed this first; the screen now shows the current version.")
    if isinstance(error, errors.ValidationFailed):
        fields = error.field_errors
        if fields:
            return "; ".join(field_message(f) for f in fields)
        return _tr("Some of the input is not valid.")
    if isinstance(error, errors.NotFound):
        return _tr("The item no longer exists.")
    if isinstance(error, errors.ServerError):
        return _tr("The server failed to handle the request; it has been logged. Try again later.")
    return _tr("Something went wrong: %1").replace("%1", str(error) or type(error).__name__)


def field_message(field_error: dict) -> str:
    """A field error in the user's language (the server sends both)."""
    from app.services.language import current_is_chinese

    if current_is_chinese() and field_error.get("message_zh"):
        return field_error["message_zh"]
    return field_error.get("message") or field_error.get("code", "")
