"""Personal data at rest: AES-256-GCM with a key ring kept outside the database.

A stored value reads `enc1:<key id>:<base64(nonce + ciphertext)>`; the column's purpose (for example
"staff.phone") is the associated data, so a value copied into another column does not decrypt.
An HMAC of the normalised value (`blind_index`) allows exact lookups without decrypting.
Rotation adds a key, makes it the active one and re-encrypts every value (`rotate_key`).
Files (the loan documents) are sealed the same way with `seal_bytes`, marked by FILE_MAGIC.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text, TypeDecorator

PREFIX = "enc1"
# A sealed file (a loan document on disk) starts with this; no PNG, JPEG or PDF does.
FILE_MAGIC = b"P2Penc1\x00"


class KeyRingError(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


class KeyRing:
    def __init__(self, path: Path, active: str, keys: dict[str, bytes], index_key: bytes):
        self.path, self.active, self.keys, self.index_key = path, active, keys, index_key

    @classmethod
    def load_or_create(cls, path: Path) -> "KeyRing":
        path = Path(path)
        if path.exists():
            data = json.loads(path.read_text("utf-8"))
            return cls(path, data["active"], {k: _unb64(v) for k, v in data["keys"].items()},
                       _unb64(data["index_key"]))
        ring = cls(path, "k1", {"k1": AESGCM.generate_key(256)}, secrets.token_bytes(32))
        ring.save()
        return ring

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"active": self.active, "keys": {k: _b64(v) for k, v in self.keys.items()},
                "index_key": _b64(self.index_key)}
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(tmp, self.path)

    def add_key(self) -> str:
        kid = f"k{max(int(k[1:]) for k in self.keys) + 1}"
        self.keys[kid] = AESGCM.generate_key(256)
        self.active = kid
        self.save()
        return kid

    def encrypt(self, plaintext: str, purpose: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self.keys[self.active]).encrypt(nonce, plaintext.encode("utf-8"), purpose.encode())
        return f"{PREFIX}:{self.active}:{_b64(nonce + sealed)}"

    def decrypt(self, stored: str, purpose: str) -> str:
        try:
            prefix, kid, payload = stored.split(":", 2)
        except ValueError:
            raise KeyRingError("not an encrypted value") from None
        if prefix != PREFIX or kid not in self.keys:
            raise KeyRingError(f"no key {kid!r} in the key ring {self.path}")
        raw = _unb64(payload)
        try:
            return AESGCM(self.keys[kid]).decrypt(raw[:12], raw[12:], purpose.encode()).decode("utf-8")
        except InvalidTag:
            raise KeyRingError("encrypted value fails authentication (tampered or wrong column)") from None

    def seal_bytes(self, data: bytes, purpose: str) -> bytes:
        """A file's bytes sealed with the active key: FILE_MAGIC, the key id's length and the key id,
        the nonce, the ciphertext with its tag. `purpose` is the associated data, as for columns."""
        nonce = secrets.token_bytes(12)
        kid = self.active.encode("ascii")
        sealed = AESGCM(self.keys[self.active]).encrypt(nonce, data, purpose.encode())
        return FILE_MAGIC + bytes([len(kid)]) + kid + nonce + sealed

    def open_bytes(self, blob: bytes, purpose: str) -> bytes:
        if not is_sealed(blob):
            raise KeyRingError("not a sealed file")
        start = len(FILE_MAGIC) + 1
        kid = blob[start:start + blob[len(FILE_MAGIC)]].decode("ascii", "replace")
        if kid not in self.keys:
            raise KeyRingError(f"no key {kid!r} in the key ring {self.path}")
        raw = blob[start + len(kid):]
        try:
            return AESGCM(self.keys[kid]).decrypt(raw[:12], raw[12:], purpose.encode())
        except InvalidTag:
            raise KeyRingError("sealed file fails authentication (tampered or moved)") from None

    def sealed_key_id(self, blob: bytes) -> str | None:
        if not is_sealed(blob):
            return None
        start = len(FILE_MAGIC) + 1
        return blob[start:start + blob[len(FILE_MAGIC)]].decode("ascii", "replace")

    def key_id_of(self, stored: str) -> str:
        return stored.split(":", 2)[1]

    def blind_index(self, value: str) -> str:
        normalised = "".join(value.split()).upper()
        return hmac.new(self.index_key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(FILE_MAGIC)


_rings: dict[Path, KeyRing] = {}
_active: KeyRing | None = None


def configure(path: Path) -> KeyRing:
    """Make the key ring at `path` the one every encrypted column uses in this process."""
    global _active
    path = Path(path).resolve()
    if path not in _rings:
        _rings[path] = KeyRing.load_or_create(path)
    _active = _rings[path]
    return _active


def active_ring() -> KeyRing:
    if _active is None:
        raise KeyRingError("no personal-data key ring configured")
    return _active


def blind_index(value: str) -> str:
    return active_ring().blind_index(value)


class EncryptedText(TypeDecorator):
    """A text column whose value is encrypted before it reaches the database."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str):
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value, dialect):
        return None if value is None else active_ring().encrypt(value, self.purpose)

    def process_result_value(self, value, dialect):
        return None if value is None else active_ring().decrypt(value, self.purpose)


def rotate_key(engine, metadata) -> tuple[str, int]:
    """Add a key, then re-encrypt every encrypted column in one transaction. Returns (key id, values)."""
    from sqlalchemy import select, type_coerce, update

    ring = active_ring()
    old = dict(ring.keys), ring.active
    new_kid = ring.add_key()
    count = 0
    try:
        with engine.begin() as conn:
            for table in metadata.sorted_tables:
                pk = list(table.primary_key.columns)
                for column in table.columns:
                    if not isinstance(column.type, EncryptedText):
                        continue
                    raw = type_coerce(column, Text)
                    rows = conn.execute(select(*pk, raw.label("v")).where(column.is_not(None))).all()
                    for row in rows:
                        value = ring.decrypt(row.v, column.type.purpose)
                        sealed = ring.encrypt(value, column.type.purpose)
                        cond = [c == row[i] for i, c in enumerate(pk)]
                        conn.execute(update(table).where(*cond).values({column.name: type_coerce(sealed, Text)}))
                        count += 1
    except BaseException:
        ring.keys, ring.active = old
        ring.save()
        raise
    return new_kid, count
