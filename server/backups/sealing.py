"""Streaming authenticated encryption of one file (AES-256-GCM in chunks), for files far larger than memory.

Layout: MAGIC, the key id (one length byte and ASCII), an 8-byte random nonce prefix, then chunks, each a 4-byte
big-endian length and the chunk's ciphertext with its 16-byte tag. Chunk n is sealed with the nonce
prefix + n (4 bytes) and, as associated data, the file's header, n and whether it is the last chunk: chunks
cannot be reordered, dropped, moved to another file or cut off the end without the opening failing. A changed
byte anywhere fails the tag of its chunk (or the header's, which every chunk's associated data covers).
"""

import hashlib
import secrets
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"P2Pbak1\x00"
CHUNK = 1024 * 1024
_TAG = 16


class SealBroken(Exception):
    """The sealed file was changed, cut or sealed with another key."""


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">I?", index, last)


class SealingWriter:
    """A file-like object that seals what is written to it into `target` (tarfile writes through it).
    Counts the plain bytes and their sha256 on the way."""

    def __init__(self, target: BinaryIO, key_id: str, key: bytes):
        self.target, self.aes = target, AESGCM(key)
        kid = key_id.encode("ascii")
        self.prefix = secrets.token_bytes(8)
        self.header = MAGIC + bytes([len(kid)]) + kid + self.prefix
        target.write(self.header)
        self.buffer = bytearray()
        self.index = 0
        self.size = 0
        self.digest = hashlib.sha256()

    def write(self, data) -> int:
        self.buffer += data
        self.size += len(data)
        self.digest.update(data)
        while len(self.buffer) > CHUNK:  # keep at least one byte back: the last chunk is sealed by close()
            self._seal(bytes(self.buffer[:CHUNK]), last=False)
            del self.buffer[:CHUNK]
        return len(data)

    def _seal(self, chunk: bytes, last: bool) -> None:
        nonce = self.prefix + struct.pack(">I", self.index)
        sealed = self.aes.encrypt(nonce, chunk, _aad(self.header, self.index, last))
        self.target.write(struct.pack(">I", len(sealed)) + sealed)
        self.index += 1

    def close(self) -> None:
        self._seal(bytes(self.buffer), last=True)
        self.buffer.clear()

    def flush(self) -> None:  # tarfile calls it
        pass


def seal_file(source: Path, target: Path, key_id: str, key: bytes, compress: bool = False) -> tuple[int, str]:
    """Seals `source` into `target`, deflated first when `compress` (a SQLite file shrinks about 4×; a pg_dump
    archive is compressed already); answers the plain size and sha256, before any compression."""
    digest, size = hashlib.sha256(), 0
    deflate = zlib.compressobj(1) if compress else None
    with open(source, "rb") as plain, open(target, "wb") as out:
        writer = SealingWriter(out, key_id, key)
        while block := plain.read(CHUNK):
            digest.update(block)
            size += len(block)
            writer.write(deflate.compress(block) if deflate else block)
        if deflate:
            writer.write(deflate.flush())
        writer.close()
    return size, digest.hexdigest()


def sealed_key_id(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(len(MAGIC) + 1)
        if len(head) < len(MAGIC) + 1 or not head.startswith(MAGIC):
            raise SealBroken(f"{path.name} is not a sealed backup file")
        return f.read(head[-1]).decode("ascii", "replace")


def open_chunks(path: Path, key_of) -> Iterator[bytes]:
    """The plain chunks of a sealed file, each checked before it is given; `key_of(key_id)` answers the key.
    Raises SealBroken at the first chunk that does not authenticate, or when the end is missing."""
    with open(path, "rb") as f:
        head = f.read(len(MAGIC) + 1)
        if not head.startswith(MAGIC) or len(head) < len(MAGIC) + 1:
            raise SealBroken(f"{path.name} is not a sealed backup file")
        kid = f.read(head[-1])
        prefix = f.read(8)
        header = head + kid + prefix
        aes = AESGCM(key_of(kid.decode("ascii", "replace")))
        index = 0
        length = f.read(4)
        while True:
            if len(length) != 4:
                raise SealBroken(f"{path.name} ends before its last chunk (cut off)")
            (size,) = struct.unpack(">I", length)
            if size < _TAG or size > CHUNK + _TAG:
                raise SealBroken(f"{path.name}: chunk {index} has an impossible length")
            sealed = f.read(size)
            length = f.read(4)
            last = not length
            try:
                plain = aes.decrypt(prefix + struct.pack(">I", index), sealed, _aad(header, index, last))
            except InvalidTag:
                raise SealBroken(f"{path.name}: chunk {index} fails authentication (changed, or another key)") \
                    from None
            yield plain
            if last:
                return
            index += 1


def open_file(source: Path, target: Path, key_of, decompress: bool = False) -> tuple[int, str]:
    """Opens a sealed file into `target` (inflating it when it was sealed with `compress`); answers the plain size
    and sha256."""
    digest, size = hashlib.sha256(), 0
    inflate = zlib.decompressobj() if decompress else None
    with open(target, "wb") as out:
        for chunk in open_chunks(source, key_of):
            plain = inflate.decompress(chunk) if inflate else chunk
            out.write(plain)
            digest.update(plain)
            size += len(plain)
        if inflate:
            rest = inflate.flush()
            out.write(rest)
            digest.update(rest)
            size += len(rest)
            if not inflate.eof:
                raise ValueError(f"{source.name} ends before its compressed stream does")
    return size, digest.hexdigest()
