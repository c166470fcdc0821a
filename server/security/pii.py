"""Personal data at rest: AES-256-GCM with a key ring kept outside the database.

A stored value reads `enc1:<key id>:<base64(nonce + ciphertext)>`; the column's purpose (for example
"staff.phone") is the associated data, so a value copied into another column does not decrypt.
An HMAC of the normalised value (`blind_index`) allows exact lookups without decrypting; the column that holds it
is declared on the encrypted column (`EncryptedText(purpose, index="phone_index")`).
Rotation adds a key and an index key, makes them the active ones, re-encrypts every value and recomputes every
declared blind index from the decrypted value (`rotate_key`). Earlier keys stay in the ring, so values written by
a process that has not reloaded the ring still read; a running server reloads the ring when it restarts.
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
    """Encryption keys by id (`active` encrypts) and blind-index keys by id (`active_index` hashes). A ring file from
    before index keys rotated holds one `index_key`; it reads as the index key "i1"."""

    def __init__(self, path: Path, active: str, keys: dict[str, bytes], index_key: bytes,
                 index_keys: dict[str, bytes] | None = None, active_index: str = "i1"):
        self.path, self.active, self.keys = path, active, keys
        self.index_keys = dict(index_keys) if index_keys else {"i1": index_key}
        self.active_index = active_index if active_index in self.index_keys else next(iter(self.index_keys))

    @property
    def index_key(self) -> bytes:
        return self.index_keys[self.active_index]

    @classmethod
    def load_or_create(cls, path: Path) -> "KeyRing":
        path = Path(path)
        if path.exists():
            data = json.loads(path.read_text("utf-8"))
            index_keys = {k: _unb64(v) for k, v in data.get("index_keys", {}).items()}
            return cls(path, data["active"], {k: _unb64(v) for k, v in data["keys"].items()},
                       _unb64(data["index_key"]), index_keys or None, data.get("active_index", "i1"))
        ring = cls(path, "k1", {"k1": AESGCM.generate_key(256)}, secrets.token_bytes(32))
        ring.save()
        return ring

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"active": self.active, "keys": {k: _b64(v) for k, v in self.keys.items()},
                "index_key": _b64(self.index_key), "active_index": self.active_index,
                "index_keys": {k: _b64(v) for k, v in self.index_keys.items()}}
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

    def add_index_key(self) -> str:
        kid = f"i{max(int(k[1:]) for k in self.index_keys) + 1}"
        self.index_keys[kid] = secrets.token_bytes(32)
        self.active_index = kid
        self.save()
        return kid

    def snapshot(self) -> tuple:
        return dict(self.keys), self.active, dict(self.index_keys), self.active_index

    def restore(self, snapshot: tuple) -> None:
        self.keys, self.active, self.index_keys, self.active_index = snapshot
        self.save()

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
    """A text column whose value is encrypted before it reaches the database.

    `purpose` is the associated data of every value written. `index`, when given, names the column of the same
    table that holds this value's blind index (`blind_index(value)`, a keyed hash for exact search):
    `rotate_key` recomputes that column from the decrypted value with the new index key, so a table declares it
    once here and rotation covers it, for example::

        phone: Mapped[str | None] = mapped_column(EncryptedText("customer.phone", index="phone_index"))
        phone_index: Mapped[str | None] = mapped_column(String(64), index=True)

    `reads` lists earlier purposes whose values this column still decrypts (values moved from another table by
    a migration keep their ciphertext; the next rotation re-encrypts them under `purpose`).
    """

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str, index: str | None = None, reads: tuple[str, ...] = ()):
        super().__init__()
        self.purpose, self.index, self.reads = purpose, index, tuple(reads)

    def process_bind_param(self, value, dialect):
        return None if value is None else active_ring().encrypt(value, self.purpose)

    def process_result_value(self, value, dialect):
        return None if value is None else self.decrypt(value)

    def decrypt(self, stored: str, ring: "KeyRing | None" = None) -> str:
        ring = ring or active_ring()
        try:
            return ring.decrypt(stored, self.purpose)
        except KeyRingError:
            for purpose in self.reads:
                try:
                    return ring.decrypt(stored, purpose)
                except KeyRingError:
                    continue
            raise


def indexed_columns(metadata) -> list[tuple]:
    """(table, encrypted column, its blind-index column or None) for every EncryptedText column of the schema."""
    found = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText):
                index = table.columns[column.type.index] if column.type.index else None
                found.append((table, column, index))
    return found


def rotate_key(engine, metadata) -> tuple[str, int]:
    """Add an encryption key and a blind-index key, then, in one transaction, re-encrypt every encrypted column
    under its purpose and recompute every declared blind index (`EncryptedText(..., index=...)`) from the
    decrypted value. Returns (key id, values). On failure the ring is as it was."""
    from sqlalchemy import select, type_coerce, update

    ring = active_ring()
    before = ring.snapshot()
    new_kid = ring.add_key()
    ring.add_index_key()
    count = 0
    try:
        with engine.begin() as conn:
            for table, column, index in indexed_columns(metadata):
                pk = list(table.primary_key.columns)
                raw = type_coerce(column, Text)
                rows = conn.execute(select(*pk, raw.label("v")).where(column.is_not(None))).all()
                for row in rows:
                    value = column.type.decrypt(row.v, ring)
                    values = {column.name: type_coerce(ring.encrypt(value, column.type.purpose), Text)}
                    if index is not None:
                        values[index.name] = ring.blind_index(value)
                    cond = [c == row[i] for i, c in enumerate(pk)]
                    conn.execute(update(table).where(*cond).values(values))
                    count += 1
    except BaseException:
        ring.restore(before)
        raise
    return new_kid, count
