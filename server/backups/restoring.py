"""Restoring a backup into an empty database, then proving it: every sealed file is opened and checked against the
manifest before anything is written; the database is loaded, the documents and the audit checkpoints put back;
then the trial balance, the figures counted when the backup was made and the audit chain are verified, and the
restore opens a new audit epoch (server/audit/checkpoints.py) at the restored chain's end."""

import tarfile
import zlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from server.backups import database_copy, manifest as manifests
from server.backups.keys import BackupKeyMissing, BackupKeyRing
from server.backups.refusals import BackupRefused
from server.backups.sealing import SealBroken, open_file
from server.config import Settings
from server.loans.documents import store_dir
from server.messages import _


@dataclass
class Restored:
    name: str
    revision: str | None
    documents: int
    difference_fen: int
    debits_posted_fen: int
    audit_checked: int
    audit_head_seq: int
    epoch_seq: int
    tables_checked: int
    lines: list[str] = field(default_factory=list)  # what was verified, for the command line


def _ring(settings: Settings) -> BackupKeyRing | None:
    path = Path(settings.backup_keys_file)
    return BackupKeyRing.load(path) if path.exists() else None


def _open_checked(folder: Path, entry: dict, work: Path, ring: BackupKeyRing) -> Path:
    sealed = folder / entry["name"]
    if not sealed.is_file():
        raise BackupRefused(_("the backup file {name} is missing: nothing was restored"), {"name": entry["name"]})
    target = work / entry["name"].removesuffix(".p2pbak")
    try:
        size, digest = open_file(sealed, target, ring.key, decompress=entry.get("compression") == "zlib")
    except (SealBroken, BackupKeyMissing, ValueError, zlib.error):
        raise BackupRefused(_("the backup file {name} fails its authentication: it was changed or damaged; nothing "
                              "was restored"), {"name": entry["name"]}) from None
    if size != entry["size"] or digest != entry["sha256"]:
        raise BackupRefused(_("the backup file {name} does not match its checksum in the manifest: nothing was "
                              "restored"), {"name": entry["name"]})
    return target


def _restore_documents(tar_path: Path, settings: Settings) -> int:
    folder = store_dir(settings.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(tar_path, mode="r:") as tar:
        for member in tar:
            # Content-addressed names only (a digest): never a path that climbs out of the store.
            if not member.isfile() or "/" in member.name or member.name.startswith("."):
                continue
            target = folder / member.name
            if not target.exists():
                with tar.extractfile(member) as src, open(target.with_suffix(".restoring"), "wb") as out:
                    while block := src.read(1024 * 1024):
                        out.write(block)
                target.with_suffix(".restoring").replace(target)
            count += 1
    return count


def refuse_non_empty(url: str) -> None:
    tables = database_copy.table_count(url)
    if tables:
        raise BackupRefused(_("the database {url} is not empty (it has {tables} tables): a backup is restored only "
                              "into an empty database; create a new one and name it with --database-url"),
                            {"url": database_copy.shown_url(url), "tables": tables})


def restore_backup(folder: Path, settings: Settings) -> Restored:
    """Restores the backup `folder` into settings.database_url (an empty database) and settings.data_dir."""
    folder = Path(folder)
    manifest = manifests.read(folder, _ring(settings))
    ring = _ring(settings)
    kind = database_copy.kind_of(settings.database_url)
    if manifest["database"]["kind"] != kind:
        raise BackupRefused(_("the backup holds a {backup_kind} database and {url} is {kind}: restore it into a "
                              "database of its kind"), {"backup_kind": manifest["database"]["kind"], "kind": kind,
                                                        "url": database_copy.shown_url(settings.database_url)})
    refuse_non_empty(settings.database_url)
    entries = {e["role"]: e for e in manifest["files"]}
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=settings.data_dir, prefix=".restore-") as work:
        plain = {role: _open_checked(folder, entry, Path(work), ring) for role, entry in entries.items()}
        database_copy.load_snapshot(kind, plain["database"], settings.database_url)
        documents = _restore_documents(plain["documents"], settings)
        checkpoints = Path(settings.audit_checkpoints_file)
        if "audit_checkpoints" in plain and not checkpoints.exists():
            checkpoints.parent.mkdir(parents=True, exist_ok=True)
            plain["audit_checkpoints"].replace(checkpoints)
    return verify_restored(manifest, settings, documents)


def verify_restored(manifest: dict, settings: Settings, documents: int) -> Restored:
    from sqlalchemy import func, select, text

    from server.audit import checkpoints
    from server.db import migrate
    from server.ledger.queries import trial_balance
    from server.platform import Platform

    platform = Platform.open(settings)
    try:
        revision = migrate.current_revision(platform.db.engine)
        with platform.db.read() as db:
            balance = trial_balance(db, page_size=1)
            counts = {table: int(db.scalar(select(func.count()).select_from(text(f'"{table}"'))))
                      for table in manifest["figures"]["tables"]}
        if balance["difference_fen"] != 0 or balance["debits_posted_fen"] != manifest["figures"]["debits_posted_fen"]:
            raise BackupRefused(_("the restored trial balance is off (difference {difference} fen, debits {debits} "
                                  "fen; the backup had {expected} fen)"),
                                {"difference": balance["difference_fen"], "debits": balance["debits_posted_fen"],
                                 "expected": manifest["figures"]["debits_posted_fen"]})
        wrong = sorted(t for t, n in counts.items() if n != manifest["figures"]["tables"][t])
        if wrong:
            raise BackupRefused(_("the restored tables {tables} do not hold the rows the backup counted"),
                                {"tables": ", ".join(wrong)})
        head = manifest["audit_head"]
        with platform.db.read() as db:
            check, epoch = checkpoints.restored(db, settings.audit_checkpoints_file, manifest["name"])
        if epoch is None:
            raise BackupRefused(_("the restored audit chain is broken at record {seq}: {reason}"),
                                {"seq": check.first_broken_seq, "reason": check.reason})
        if (check.head_seq, check.head_hash) != (head["seq"], head["hash"]):
            raise BackupRefused(_("the restored audit chain ends at record {seq}, the backup's at {expected}"),
                                {"seq": check.head_seq, "expected": head["seq"]})
    finally:
        platform.db.dispose()
    done = Restored(manifest["name"], revision, documents, balance["difference_fen"], balance["debits_posted_fen"],
                    check.checked, check.head_seq, epoch["seq"], len(counts))
    done.lines = [
        f"restored backup {manifest['name']} (made {manifest['made_at']}) at schema revision {revision}",
        f"figures verified: {len(counts)} tables hold the rows counted at the backup",
        f"trial balance verified: debits = credits = {balance['debits_posted_fen']} fen, difference 0",
        f"audit chain intact: {check.checked} records verified, ends at record {check.head_seq} as in the manifest; "
        f"new audit epoch opened at record {epoch['seq']}",
        f"documents restored: {documents}",
    ]
    return done
