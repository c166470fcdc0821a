"""The audit chain's MAC key, kept outside the database like the personal-data key ring.

The file (`audit-keys.json` beside `pii-keys.json`, or $P2P_AUDIT_KEYS_FILE) holds one HMAC-SHA256 key
and `mac_from_seq`, the first record sealed with it. Records before that point were sealed with the
plain SHA-256 of issue 13's first version and still verify by that rule; from it on only the MAC
counts. The switch point lives in this file, not in a column: someone who can write the database
could otherwise mark later records "plain" and recompute them with the public function.

Because every MAC covers the previous record's hash, the first MAC-sealed record also pins every
plain record before it.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine


class AuditKeyError(Exception):
    pass


@dataclass
class AuditKeyRing:
    path: Path
    key_id: str
    key: bytes
    mac_from_seq: int

    @classmethod
    def load_or_create(cls, path: Path, engine: Engine | None = None) -> "AuditKeyRing":
        path = Path(path)
        if path.exists():
            data = json.loads(path.read_text("utf-8"))
            return cls(path, data["key_id"], base64.urlsafe_b64decode(data["key"]), int(data["mac_from_seq"]))
        ring = cls(path, "a1", secrets.token_bytes(32), _chain_end(engine) + 1)
        if not ring.create():  # another process made it first: seal with its key, not a second one
            return cls.load_or_create(path)
        return ring

    def create(self) -> bool:
        """Writes the file whole under a temporary name, then links it into place only if none is there
        yet (two processes starting at once must not each keep a key of their own)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"key_id": self.key_id, "key": base64.urlsafe_b64encode(self.key).decode("ascii"),
                "mac_from_seq": self.mac_from_seq}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, self.path)
            return True
        except FileExistsError:
            return False
        finally:
            tmp.unlink(missing_ok=True)

    def mac(self, message: str) -> str:
        return hmac.new(self.key, message.encode("utf-8"), hashlib.sha256).hexdigest()

    def macs(self) -> "Callable[[str], str]":
        """`mac` for many messages in a row: the key is prepared once and copied for each message (the same
        digests; preparing it is half the cost of a short message's MAC)."""
        keyed = hmac.new(self.key, digestmod=hashlib.sha256)

        def mac(message: str) -> str:
            one = keyed.copy()
            one.update(message.encode("utf-8"))
            return one.hexdigest()

        return mac


def _chain_end(engine: Engine | None) -> int:
    """The last seq written before the key existed (0 on a new database)."""
    if engine is None:
        return 0
    with engine.connect() as conn:
        if not inspect(conn).has_table("audit_records"):
            return 0
        return int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_records")).scalar() or 0)


_rings: dict[Path, AuditKeyRing] = {}
_active: AuditKeyRing | None = None


def configure(path: Path, engine: Engine | None = None) -> AuditKeyRing:
    """Make the key at `path` the one this process seals and verifies with (created on first use, with
    the database's current chain end as the switch point)."""
    global _active
    path = Path(path).resolve()
    if path not in _rings:
        _rings[path] = AuditKeyRing.load_or_create(path, engine)
    _active = _rings[path]
    return _active


def active_ring() -> AuditKeyRing:
    if _active is None:
        raise AuditKeyError("no audit key configured")
    return _active
