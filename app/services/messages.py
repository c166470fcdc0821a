"""One function that turns any error into one sentence in the user's language, used by every screen."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import errors
from app.services.placeholders import fill


_BY_CODE = {
    "invalid_credentials": QT_TRANSLATE_NOOP("Messages", "The user name or password is wrong."),
    "otp_required": QT_TRANSLATE_NOOP("Messages", "Enter the one-time code from your authenticator app."),
    "otp_invalid": QT_TRANSLATE_NOOP("Messages", "The one-time code is wrong or has expired."),
    "otp_reused": QT_TRANSLATE_NOOP("Messages", "This one-time code was already used; wait for the next one."),
    "challenge_invalid": QT_TRANSLATE_NOOP("Messages", "This sign-in step has expired; please sign in again."),
    "account_disabled": QT_TRANSLATE_NOOP("Messages", "This account is disabled; ask an administrator."),
    "token_reused": QT_TRANSLATE_NOOP("Messages", "Your session was ended for safety because its credentials were used twice; please sign in again."),
    "token_invalid": QT_TRANSLATE_NOOP("Messages", "Your session has ended; please sign in again."),
    "step_up_required": QT_TRANSLATE_NOOP("Messages", "Confirm this operation with a fresh one-time code."),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "You do not have permission to do this."),
    "stale_version": QT_TRANSLATE_NOOP("Messages", "Someone else changed this first; the screen now shows the current version."),
    "self_service_forbidden": QT_TRANSLATE_NOOP("Messages", "You cannot do this to your own account; ask another administrator."),
    "separation_of_duties": QT_TRANSLATE_NOOP("Messages", "Separation of duties does not allow this combination."),
    "blocking_rules": QT_TRANSLATE_NOOP("Messages", "Blocking risk rules must be overridden, with a reason, before this application can be approved."),
    "invalid_transition": QT_TRANSLATE_NOOP("Messages", "This action is no longer possible: it has moved on to another state meanwhile."),
    "reason_required": QT_TRANSLATE_NOOP("Messages", "A reason is required for this action."),
    "rule_not_blocking": QT_TRANSLATE_NOOP("Messages", "That rule no longer blocks this application."),
    "password_rules": QT_TRANSLATE_NOOP("Messages", "The new password does not meet the password rules."),
    "payload_too_large": QT_TRANSLATE_NOOP("Messages", "The request is too large."),
    "role_in_use": QT_TRANSLATE_NOOP("Messages", "Staff still hold this role; take it from them before deleting it."),
    "nul_character": QT_TRANSLATE_NOOP("Messages", "The text contains a character that is not allowed."),
    "uploads_busy": QT_TRANSLATE_NOOP("Messages", "The server is receiving other large files; try again in a moment."),
    "funding_window_closed": QT_TRANSLATE_NOOP("Messages", "This listing's funding window has ended; it takes no more investments."),
}


def describe(error: BaseException) -> str:
    """A sentence for the user; never a traceback."""
    if isinstance(error, errors.Cancelled):
        return QCoreApplication.translate("Messages", "The operation was cancelled.")
    if isinstance(error, errors.CertificateRejected):
        return QCoreApplication.translate("Messages", "The server's certificate could not be verified, so the connection was refused. "
                   "Check the server profile's certificate settings.")
    if isinstance(error, errors.Offline):
        return QCoreApplication.translate("Messages", "The server cannot be reached. Check the network connection and the server address.")
    if isinstance(error, errors.AccountLocked):
        minutes = max(1, (error.retry_after + 59) // 60)
        return fill(QCoreApplication.translate("Messages", "Too many failed attempts: the account is locked for %1 more minute(s)."), str(minutes))
    if isinstance(error, errors.RateLimited):
        return fill(QCoreApplication.translate("Messages", "Too many attempts; wait %1 second(s) and try again."), str(max(1, error.retry_after)))
    if isinstance(error, errors.ValidationFailed) and error.field_errors:
        return " ".join(field_message(f) for f in error.field_errors)  # the specific rule, not the summary
    if isinstance(error, errors.ApiError) and error.code in _BY_CODE:
        return QCoreApplication.translate("Messages", _BY_CODE[error.code])
    if isinstance(error, errors.ApiError) and error.code and error.detail and error.status and \
            not isinstance(error, errors.ServerError):
        # A refusal the console has no sentence of its own for: the server's, which comes in the user's language
        # (the console sends Accept-Language), is more precise than any general sentence here.
        return error.detail
    if isinstance(error, errors.SessionEnded):
        return QCoreApplication.translate("Messages", _BY_CODE["token_invalid"])
    if isinstance(error, errors.Forbidden):
        return QCoreApplication.translate("Messages", _BY_CODE["permission_denied"])
    if isinstance(error, errors.Conflict):
        return QCoreApplication.translate("Messages", "Someone else changed this first; the screen now shows the current version.")
    if isinstance(error, errors.ValidationFailed):
        return QCoreApplication.translate("Messages", "Some of the input is not valid.")
    if isinstance(error, errors.NotFound):
        return QCoreApplication.translate("Messages", "The item no longer exists.")
    if isinstance(error, errors.ServerError):
        return QCoreApplication.translate("Messages", "The server failed to handle the request; it has been logged. Try again later.")
    return fill(QCoreApplication.translate("Messages", "Something went wrong: %1"), str(error) or type(error).__name__)


def field_message(field_error: dict) -> str:
    """A field error as the server wrote it: in the user's language, which every request names (Accept-Language)."""
    return field_error.get("message") or field_error.get("code", "")
