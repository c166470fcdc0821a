"""The refresh token of "stay signed in", kept only in the OS keyring (never the password).

Where keyring has no secure backend (its fail, null or plaintext backends), nothing is remembered and
the sign-in dialog says why.
"""

# keyring is imported on first use and finds its backend then, importing every platform's (on Linux the macOS one
# alone looks for its system library by spawning processes): a tenth of a second or more, so the sign-in dialog asks
# for it on a worker thread once it is on screen (secure_storage), never while it is being built.

SERVICE = "p2p-backoffice"
_INSECURE = ("fail", "null", "plaintext", "file")


def _is_secure(backend) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # the chainer: secure when it chains at least one secure backend
        return any(_is_secure(b) for b in children)
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    try:
        priority = backend.priority
    except Exception:  # a backend that cannot say it is usable is not
        return False
    return priority > 0 and not any(word in name for word in _INSECURE)


def secure_storage() -> tuple[bool, str]:
    """(available, why not) for the current keyring backend."""
    import keyring

    backend = keyring.get_keyring()
    if _is_secure(backend):
        return True, ""
    return False, type(backend).__name__


def _key(profile: str, username: str) -> str:
    return f"{profile}|{username}"


def save_refresh_token(profile: str, username: str, token: str) -> bool:
    if not secure_storage()[0]:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _key(profile, username), token)
        return True
    except KeyringError:
        return False


def load_refresh_token(profile: str, username: str) -> str | None:
    if not secure_storage()[0]:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _key(profile, username))
    except KeyringError:
        return None


def forget(profile: str, username: str) -> None:
    import keyring

    try:
        keyring.delete_password(SERVICE, _key(profile, username))
    except Exception:  # nothing stored (a KeyringError among others) is fine
        pass
