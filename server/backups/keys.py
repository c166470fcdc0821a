"""The backup key: a 256-bit AES key kept in `backup-keys.json` beside the personal-data and audit keys
(the key ring folder), never in the database and never inside a backup.

A backup names the key id it was sealed with; an older key stays in the file after a rotation so that older
backups still open. The file is created on first use, written whole and linked into place only if absent,
as the audit key is (two processes starting at once must not each keep a key of their own).
"""

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from server.config import Settings


class BackupKeyMissing(Exception):
    pass


@dataclass
class BackupKeyRing:
    path: Path
    active: str
    keys: dict[str, bytes]

    @classmethod
    def load(cls, path: Path) -> "BackupKeyRing":
        data = json.loads(Path(path).read_text("utf-8"))
        return cls(Path(path), data["active"], {k: base64.urlsafe_b64decode(v) for k, v in data["keys"].items()})

    @classmethod
    def load_or_create(cls, path: Path) -> "BackupKeyRing":
        path = Path(path)
        if path.exists():
            return cls.load(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        ring = cls(path, "b1", {"b1": secrets.token_bytes(32)})
        data = {"active": ring.active, "keys": {k: base64.urlsafe_b64encode(v).decode("ascii")
                                                for k, v in ring.keys.items()}}
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, path)
        except FileExistsError:
            return cls.load(path)
        finally:
            tmp.unlink(missing_ok=True)
        return ring

    def key(self, key_id: str) -> bytes:
        if key_id not in self.keys:
            raise BackupKeyMissing(key_id)
        return self.keys[key_id]


def backup_keys_file(settings: Settings) -> Path:
    return Path(settings.backup_keys_file)


def key_ring_files(settings: Settings) -> list[Path]:
    """Every file of the key ring: what `backup-keys` copies and what a backup never holds."""
    return [Path(settings.pii_keys_file), Path(settings.audit_keys_file), backup_keys_file(settings)]


def key_ring_folders(settings: Settings) -> set[Path]:
    return {p.resolve().parent for p in key_ring_files(settings)}
