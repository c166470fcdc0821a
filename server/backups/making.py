"""Making one backup: the database's snapshot first, then the documents and the audit checkpoints (a document
stored after the snapshot is harmless extra; every document the snapshot names was stored before its row), each
sealed with the backup key, then the manifest. The folder is built under a `.partial-` name and renamed when
complete: a folder named p2p-backup-… is always a whole backup."""

import hashlib
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from server import __version__, clock
from server.backups import database_copy, manifest as manifests
from server.backups.keys import BackupKeyRing, key_ring_files, key_ring_folders
from server.backups.refusals import BackupRefused
from server.backups.sealing import SealingWriter, seal_file
from server.config import Settings
from server.loans.documents import store_dir
from server.messages import _

PREFIX = "p2p-backup-"
SUFFIX = ".p2pbak"


@dataclass
class MadeBackup:
    path: Path
    size: int  # bytes on disk, sealed files and manifest
    manifest: dict


def refuse_key_ring_folder(destination: Path, settings: Settings) -> None:
    """A backup never lands where the keys that open it are: whoever takes one would have the other."""
    destination = Path(destination).resolve()
    holds_keys = any(p.exists() and p.resolve().parent == destination for p in key_ring_files(settings))
    if destination in key_ring_folders(settings) or holds_keys:
        raise BackupRefused(_("{folder} holds the key ring: a backup is never written beside the keys that open "
                              "it; choose another folder"), {"folder": str(destination)})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _entry(folder: Path, name: str, role: str, size: int, digest: str) -> dict:
    sealed = folder / name
    return {"name": name, "role": role, "size": size, "sha256": digest, "sealed_size": sealed.stat().st_size,
            "sealed_sha256": _sha256(sealed)}


def _seal_documents(folder: Path, settings: Settings, ring: BackupKeyRing) -> dict:
    documents = store_dir(settings.data_dir)
    name = "documents.tar" + SUFFIX
    count = 0
    with open(folder / name, "wb") as out:
        writer = SealingWriter(out, ring.active, ring.key(ring.active))
        with tarfile.open(fileobj=writer, mode="w|") as tar:
            for path in sorted(documents.iterdir()) if documents.is_dir() else []:
                if path.is_file() and not path.name.endswith(".tmp"):
                    tar.add(path, arcname=path.name, recursive=False)
                    count += 1
        writer.close()
    return _entry(folder, name, "documents", writer.size, writer.digest.hexdigest()) | {"files": count}


def _unique_name(destination: Path) -> str:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    name, n = f"{PREFIX}{stamp}", 1
    while (destination / name).exists() or (destination / f".partial-{name}").exists():
        n += 1
        name = f"{PREFIX}{stamp}-{n}"
    return name


def make_backup(settings: Settings, destination: Path | None = None) -> MadeBackup:
    destination = Path(destination or settings.backup_dir)
    refuse_key_ring_folder(destination, settings)
    destination.mkdir(parents=True, exist_ok=True)
    ring = BackupKeyRing.load_or_create(settings.backup_keys_file)
    key = ring.key(ring.active)
    name = _unique_name(destination)
    partial = destination / f".partial-{name}"
    partial.mkdir(mode=0o700)
    try:
        # The plain snapshot stays in a private temporary folder of the destination only until it is sealed.
        with tempfile.TemporaryDirectory(dir=partial, prefix=".plain-") as plain_dir:
            snap = database_copy.take_snapshot(settings.database_url, Path(plain_dir) / "database")
            db_name = f"database.{'sqlite' if snap.kind == 'sqlite' else 'pgdump'}{SUFFIX}"
            compress = snap.kind == "sqlite"  # pg_dump -Fc compresses its archive itself
            size, digest = seal_file(snap.path, partial / db_name, ring.active, key, compress=compress)
        files = [_entry(partial, db_name, "database", size, digest) | {"compression": "zlib" if compress else None},
                 _seal_documents(partial, settings, ring)]
        checkpoints = Path(settings.audit_checkpoints_file)
        if checkpoints.exists():
            cp_name = checkpoints.name + SUFFIX
            size, digest = seal_file(checkpoints, partial / cp_name, ring.active, key)
            files.append(_entry(partial, cp_name, "audit_checkpoints", size, digest))
        body = {"name": name, "made_at": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"), "platform_version": __version__,
                "database": {"kind": snap.kind, "revision": snap.revision},
                "audit_head": {"seq": snap.audit_seq, "hash": snap.audit_hash},
                "figures": snap.figures, "files": files}
        signed = manifests.write(partial, body, ring)
        for path in partial.iterdir():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
        final = destination / name
        os.rename(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    size = sum(p.stat().st_size for p in final.iterdir())
    return MadeBackup(final, size, signed)
