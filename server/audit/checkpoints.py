"""The audit head, anchored outside the database, and the check against it.

A checkpoint is one JSON line appended to `audit-checkpoints.jsonl` (data folder, or
$P2P_AUDIT_CHECKPOINTS_FILE): the time, the last record's seq and hash, and a MAC with the audit key.
The scheduler appends one every hour (job `audit_checkpoint`) and when the server stops. Cutting
records off the end of the chain leaves the database shorter than the last checkpoint, which
`verify-audit` names; a chain rewritten under a checkpoint no longer matches its hash.

A restore from a backup legitimately goes back in time: `audit-restored --backup NAME` appends an
epoch line ("restored from backup B at record N"), which becomes the anchor until the next checkpoint.

Verification is incremental: the last verified position (seq, hash) is kept beside the file
(`audit-checkpoints.verified.json`, MAC'd too). A check confirms that record's hash and verifies
only what came after it, plus the latest anchor. `full=True` scans from the genesis. An edit below
the verified position made without the key is found by the next full scan (run one daily).
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.keys import AuditKeyRing, active_ring
from server.audit.models import AuditRecord
from server.audit.service import GENESIS, ChainCheck, broken_reason, verify_chain
from server.messages import _

_TAIL_BYTES = 64 * 1024  # far more than one line: the latest anchor is the file's last line


def _iso(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _signed(ring: AuditKeyRing, entry: dict) -> dict:
    body = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return entry | {"mac": ring.mac(body)}


def _authentic(ring: AuditKeyRing, entry: dict) -> bool:
    body = {k: v for k, v in entry.items() if k != "mac"}
    return _signed(ring, body).get("mac") == entry.get("mac")


def chain_end(db: Session) -> tuple[int, str]:
    last = db.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


def _append(path: Path, entry: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line)  # one write of one line with O_APPEND: concurrent writers do not interleave
        os.fsync(fd)
    finally:
        os.close(fd)


def append_checkpoint(db: Session, path: Path, ring: AuditKeyRing | None = None) -> dict:
    """Appends the chain's current end as a checkpoint; answers the line written."""
    seq, digest = chain_end(db)
    entry = _signed(ring or active_ring(), {"kind": "checkpoint", "at": _iso(clock.now()), "seq": seq, "hash": digest})
    _append(Path(path), entry)
    return entry


def append_epoch(db: Session, path: Path, backup: str, ring: AuditKeyRing | None = None) -> dict:
    """After a restore: the restored chain's end opens a new epoch (checked in full first by the caller)."""
    seq, digest = chain_end(db)
    entry = _signed(ring or active_ring(), {"kind": "epoch", "at": _iso(clock.now()), "seq": seq, "hash": digest,
                                            "backup": backup})
    _append(Path(path), entry)
    return entry


def latest(path: Path) -> dict | None:
    """The file's last line (the anchor), read from its end: the cost does not grow with the file."""
    path = Path(path)
    if not path.exists():
        return None
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - _TAIL_BYTES))
        lines = [line for line in f.read().splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


def state_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.stem + ".verified.json")


def _read_state(path: Path, ring: AuditKeyRing) -> dict | None:
    spot = state_path(path)
    if not spot.exists():
        return None
    state = json.loads(spot.read_text("utf-8"))
    return state if _authentic(ring, state) else None


def _write_state(path: Path, ring: AuditKeyRing, seq: int, digest: str) -> None:
    spot = state_path(path)
    spot.parent.mkdir(parents=True, exist_ok=True)
    tmp = spot.with_suffix(".tmp")
    tmp.write_text(json.dumps(_signed(ring, {"seq": seq, "hash": digest, "at": _iso(clock.now())})), "utf-8")
    os.replace(tmp, spot)


@dataclass
class AuditCheck(ChainCheck):
    incremental_from: int | None = None  # the verified position the check started from (None: the genesis)
    anchor: dict | None = None  # the latest checkpoint or epoch line


def _record(db: Session, seq: int) -> AuditRecord | None:
    return db.scalar(select(AuditRecord).where(AuditRecord.seq == seq))


def _broken(reason: dict, seq: int | None, rec_id: int | None, checked: int, start: int | None,
            anchor: dict | None) -> AuditCheck:
    """`reason`: from `broken_reason` (English for the command line, the template for an answer)."""
    return AuditCheck(False, checked, seq, rec_id, incremental_from=start, anchor=anchor, **reason)


def _missing(first: int, seen: int, anchor: dict | None, state: dict | None) -> dict:
    """Records cut from the chain's end, and who saw them: the checkpoint, the restore, or the last verification."""
    one = first == seen
    if anchor is not None and anchor["kind"] == "checkpoint":
        template = (_("record {first} is missing: the last checkpoint at {at} had {seen}") if one
                    else _("records {first}… to {seen} are missing: the last checkpoint at {at} had {seen}"))
        return broken_reason(template, first=first, seen=seen, at=anchor["at"])
    if anchor is not None:
        template = (_("record {first} is missing: the restore from backup {backup} at {at} had {seen}") if one
                    else _("records {first}… to {seen} are missing: the restore from backup {backup} at {at} had "
                           "{seen}"))
        return broken_reason(template, first=first, seen=seen, at=anchor["at"], backup=anchor["backup"])
    template = (_("record {first} is missing: the verification at {at} saw {seen}") if one
                else _("records {first}… to {seen} are missing: the verification at {at} saw {seen}"))
    return broken_reason(template, first=first, seen=seen, at=state["at"] if state else "")


def verify(db: Session, path: Path, full: bool = False, ring: AuditKeyRing | None = None,
           remember: bool = True) -> AuditCheck:
    """The chain from the last verified position (or the genesis) to its end, then the end against the
    latest checkpoint. Remembers the new position when all is well."""
    ring = ring or active_ring()
    anchor = latest(path)
    if anchor is not None and not _authentic(ring, anchor):
        return _broken(broken_reason(_("the last line of {path} is not authentic (its MAC does not match)"),
                                     path=str(path)), None, None, 0, None, anchor)
    state = None if full else _read_state(path, ring)
    start_seq, start_hash = (state["seq"], state["hash"]) if state else (0, GENESIS)
    db_end, _end_hash = chain_end(db)
    # A cut tail first: the most useful sentence when the database ends before what was seen of it.
    for seen, by in ((anchor["seq"] if anchor else 0, anchor), (start_seq, None)):
        if seen > db_end:
            first = db_end + 1
            return _broken(_missing(first, seen, by, state), first, None, 0, start_seq if state else None, anchor)
    if start_seq:
        rec = _record(db, start_seq)
        if rec is None:
            return _broken(broken_reason(_("record {seq} is missing: it was verified at {at}"), seq=start_seq,
                                         at=state["at"]), start_seq, None, 0, start_seq, anchor)
        if rec.hash != start_hash:
            return _broken(broken_reason(_("record {seq} differs from what was verified at {at}"), seq=start_seq,
                                         at=state["at"]), start_seq, rec.id, 0, start_seq, anchor)
    chain = verify_chain(db, after_seq=start_seq, after_hash=start_hash, ring=ring)
    start = start_seq if state else None
    if not chain.ok:
        return AuditCheck(False, chain.checked, chain.first_broken_seq, chain.first_broken_id, chain.reason,
                          chain.head_seq, chain.head_hash, chain.reason_template, chain.reason_params,
                          incremental_from=start, anchor=anchor)
    end = chain.head_seq
    if anchor is not None:
        if anchor["seq"] > end:  # records appeared in the middle of the check? no: the chain ends before it
            first = end + 1
            return _broken(_missing(first, anchor["seq"], anchor, state), first, None, chain.checked, start, anchor)
        if anchor["seq"] > 0:
            rec = _record(db, anchor["seq"])
            if rec is None or rec.hash != anchor["hash"]:
                reason = (broken_reason(_("record {seq} does not match the last checkpoint at {at} (the chain was "
                                          "rewritten)"), seq=anchor["seq"], at=anchor["at"])
                          if anchor["kind"] == "checkpoint" else
                          broken_reason(_("record {seq} does not match the restore from backup {backup} at {at} (the "
                                          "chain was rewritten)"), seq=anchor["seq"], at=anchor["at"],
                                        backup=anchor["backup"]))
                return _broken(reason, anchor["seq"], rec.id if rec else None, chain.checked, start, anchor)
    if remember:
        _write_state(path, ring, end, chain.head_hash)
    return AuditCheck(True, chain.checked, head_seq=end, head_hash=chain.head_hash, incremental_from=start,
                      anchor=anchor)


def restored(db: Session, path: Path, backup: str, ring: AuditKeyRing | None = None) -> tuple[AuditCheck, dict | None]:
    """Checks the restored chain in full (against nothing newer: the checkpoints after the backup are
    expected to be ahead of it) and opens a new epoch at its end."""
    ring = ring or active_ring()
    chain = verify_chain(db, ring=ring)
    check = AuditCheck(chain.ok, chain.checked, chain.first_broken_seq, chain.first_broken_id, chain.reason,
                       chain.head_seq, chain.head_hash)
    if not chain.ok:
        return check, None
    entry = append_epoch(db, path, backup, ring)
    _write_state(path, ring, chain.head_seq, chain.head_hash)
    return check, entry
