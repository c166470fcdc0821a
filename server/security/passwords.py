"""Password hashing (argon2id) and the password rules of the security brief, one code per rule."""

from importlib.resources import files

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import FieldError

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
    ("password_too_short", f"At least {MIN_LENGTH} characters.", f"至少 {MIN_LENGTH} 个字符。"),
    ("password_only_digits", "Not only digits.", "不能全部是数字。"),
    ("password_only_letters", "Not only letters.", "不能全部是字母。"),
    ("password_common", "Not a commonly used password.", "不能是常见密码。"),
    ("password_contains_username", "Must not contain the user name.", "不能包含用户名。"),
    ("password_reused", f"Different from your last {HISTORY} passwords.", f"不能与最近 {HISTORY} 次使用的密码相同。"),
)
_TEXT = {code: (en, zh) for code, en, zh in RULES}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _error(code: str, field: str) -> FieldError:
    en, zh = _TEXT[code]
    return FieldError(field, code, en, zh)


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
    return [{"code": code, "en": en, "zh": zh} for code, en, zh in RULES]
