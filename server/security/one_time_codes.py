"""TOTP codes (RFC 6238, as authenticator apps make them) that can be used only once.

A code is accepted for the current 30-second step and one step either side (clock drift); the
step it matched is remembered per user and a code of that step or an earlier one is refused.
"""

import hmac

import pyotp

from server import clock

STEP_SECONDS = 30
DRIFT_STEPS = 1


class CodeInvalid(Exception):
    pass


class CodeReused(Exception):
    pass


def new_secret() -> str:
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, username: str, issuer: str = "P2P Back Office") -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=issuer)


def accept(secret: str, code: str, last_step: int | None, now: float | None = None) -> int:
    """The step the code belongs to; raises CodeInvalid or CodeReused."""
    code = (code or "").strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        raise CodeInvalid()
    totp = pyotp.TOTP(secret)
    current = int((clock.now().timestamp() if now is None else now) // STEP_SECONDS)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            if last_step is not None and step <= last_step:
                raise CodeReused()
            return step
    raise CodeInvalid()
