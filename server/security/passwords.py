"""Password hashing (argon2id) and the password rules of the security brief, one code per rule."""

from importlib.resources import files

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import FieldError
from server.messages import _, render

MIN_LENGTH = 10
HISTORY = 5

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def _blocklist() -> frozenset[str]:
    """The refused passwords, lower-cased: the 19,640 most common in breaches (breached_passwords.txt; its source
    and licence in breached_passwords.LICENSE.txt) and the project's own additions (common_passwords.txt, whose
    lines starting with # are comments; the breached list has none, and some of its passwords start with #)."""
    folder = files("server.security")
    breached = folder.joinpath("breached_passwords.txt").read_text("utf-8").splitlines()
    own = [line for line in folder.joinpath("common_passwords.txt").read_text("utf-8").splitlines()
           if not line.startswith("#")]
    return frozenset(line.strip().lower() for line in [*breached, *own] if line.strip())


_COMMON = _blocklist()

RULES = (
    ("password_too_short", _("At least {min_length} characters."), {"min_length": MIN_LENGTH}),
    ("password_only_digits", _("Not only digits."), {}),
    ("password_only_letters", _("Not only letters."), {}),
    ("password_common", _("Not a commonly used password."), {}),
    ("password_contains_username", _("Must not contain the user name."), {}),
    ("password_reused", _("Different from your last {history} passwords."), {"history": HISTORY}),
)
_TEXT = {code: (text, params) for code, text, params in RULES}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _error(code: str, field: str) -> FieldError:
    text, params = _TEXT[code]
    return FieldError(field, code, text, params or None)


def rule_violations(password: str, username: str, previous_hashes: list[str] = (),
                    field: str = "new_password") -> list[FieldError]:
    """Every rule the password breaks (empty when it is acceptable)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append("password_too_short")
    if password.isdigit():
        problems.append("password_only_digits")
    if password.isalpha():
        problems.append("password_only_letters")
    if password.lower() in _COMMON:
        problems.append("password_common")
    if username and username.lower() in password.lower():
        problems.append("password_contains_username")
    if any(verify_password(h, password) for h in list(previous_hashes)[-HISTORY:]):
        problems.append("password_reused")
    return [_error(code, field) for code in problems]


def policy() -> list[dict]:
    """The rules in both languages (shown as the user types, before any request fails)."""
    return [{"code": code, "en": render(text, "en", params), "zh": render(text, "zh_CN", params)}
            for code, text, params in RULES]
