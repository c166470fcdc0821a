"""manifest.json: what a backup holds, readable without the key, and MAC'd with it so that a changed figure, size
or checksum is refused like a changed byte of the data."""

import hashlib
import hmac
import json
from pathlib import Path

from server.backups.keys import BackupKeyMissing, BackupKeyRing
from server.backups.refusals import BackupRefused
from server.messages import _

NAME = "manifest.json"
FORMAT = 1


def _mac(key: bytes, body: dict) -> str:
    # A key of its own for the manifest, derived from the backup key: the same key never serves two purposes.
    mac_key = hmac.new(key, b"p2p-backup-manifest", hashlib.sha256).digest()
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(mac_key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def write(folder: Path, body: dict, ring: BackupKeyRing) -> dict:
    signed = body | {"format": FORMAT, "key_id": ring.active}
    signed["mac"] = _mac(ring.key(ring.active), signed)
    path = Path(folder) / NAME
    with open(path, "w", encoding="utf-8") as f:
        json.dump(signed, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.flush()
    return signed


def read(folder: Path, ring: BackupKeyRing | None) -> dict:
    """The manifest, checked with the backup key (refused when it is missing, changed or of another key)."""
    path = Path(folder) / NAME
    if not path.is_file():
        raise BackupRefused(_("{folder} is not a backup: it has no manifest.json"), {"folder": str(folder)})
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except ValueError:
        raise BackupRefused(_("the manifest of {folder} is damaged: nothing was restored"),
                            {"folder": str(folder)}) from None
    if manifest.get("format") != FORMAT:
        raise BackupRefused(_("the backup {folder} has a format this version does not read"), {"folder": str(folder)})
    key_id = manifest.get("key_id", "")
    try:
        key = ring.key(key_id) if ring is not None else None
    except BackupKeyMissing:
        key = None
    if key is None:
        raise BackupRefused(_("the backup key {key_id} is not in the key ring: restore the key ring "
                              "(its own backup) first; nothing was restored"), {"key_id": key_id})
    body = {k: v for k, v in manifest.items() if k != "mac"}
    if not hmac.compare_digest(_mac(key, body), str(manifest.get("mac", ""))):
        raise BackupRefused(_("the manifest of {folder} fails its authentication: it was changed; nothing was "
                              "restored"), {"folder": str(folder)})
    return manifest
