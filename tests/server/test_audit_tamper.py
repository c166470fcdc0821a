"""Issue 13: the audit chain stands up to someone who can write the database.

The records are sealed with an HMAC whose key lives outside the database; the chain's end is anchored
in an append-only checkpoint file; verification goes on from the last verified record; a restore from
a backup opens a new epoch instead of passing for a cut tail."""

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timezone

from sqlalchemy import delete, select, text

from server import clock
from server.audit import checkpoints
from server.audit.keys import active_ring
from server.audit.models import AuditRecord
from server.audit.service import GENESIS, Auditor, record_hash, record_mac, verify_chain
from server.scheduler.runner import Scheduler
from tests.support.platforms import sign_in_body

API = "/api/v1"
NOON = datetime(2026, 12, 2, 4, 0, tzinfo=timezone.utc)


def _cli(platform, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server", "--database-url", platform.settings.database_url, *args],
                          capture_output=True, text=True, timeout=60,
                          env=os.environ | {"PYTHONPATH": os.getcwd(), "P2P_DATA_DIR": str(platform.settings.data_dir)})


def _sign_in_a_few(client, users=("risk", "finance", "admin")):
    for user in users:
        assert client.post(f"{API}/auth/login", json=sign_in_body(user)).status_code == 200


def _fields(rec) -> tuple:
    return (rec.prev_hash, rec.seq, rec.at, rec.actor_id, rec.actor_name, rec.action, rec.object_type, rec.object_id,
            rec.before, rec.after, rec.client_addr, rec.request_id)


def _add_records(platform, count: int, action: str = "test.something") -> None:
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "tamper-test")
        for n in range(count):
            audit.record(action, "thing", n)
        audit.seal()
        db.commit()


def _checkpoint(platform) -> dict:
    with clock.use(clock.FixedClock(NOON)), platform.db.read() as db:
        return checkpoints.append_checkpoint(db, platform.settings.audit_checkpoints_file)


def _cut_tail(platform, after_seq: int) -> None:
    with platform.db.engine.begin() as conn:
        conn.execute(delete(AuditRecord).where(AuditRecord.seq > after_seq))


def _end(platform) -> int:
    with platform.db.read() as db:
        return checkpoints.chain_end(db)[0]


# --- 1. a keyed MAC ------------------------------------------------------------------------------

def test_a_record_edited_with_every_later_hash_recomputed_by_the_servers_own_function_is_found(client, platform):
    _sign_in_a_few(client)
    with platform.db.write() as db:
        records = db.scalars(select(AuditRecord).where(AuditRecord.seq >= 8).order_by(AuditRecord.seq)).all()
        records[0].actor_name = "forger"
        prev = records[0].prev_hash
        for rec in records:  # the whole rest of the chain, relinked with the public SHA-256
            rec.prev_hash = prev
            rec.hash = prev = record_hash(*_fields(rec))
        db.commit()
    result = _cli(platform, "verify-audit")
    assert result.returncode == 1, result.stdout
    assert "seq=8" in result.stdout and "edited" in result.stdout


def test_records_sealed_with_the_plain_hash_before_the_key_existed_still_verify(platform):
    """Up to the key's switch point a plain hash is accepted; from it on only the MAC."""
    _add_records(platform, 5)
    ring = replace(active_ring(), mac_from_seq=_end(platform) - 1)  # as if the key came two records ago
    with platform.db.write() as db:
        prev = GENESIS
        for rec in db.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all():
            rec.prev_hash = prev
            seal = record_hash if rec.seq < ring.mac_from_seq else (lambda *f: record_mac(ring, *f))
            rec.hash = prev = seal(*_fields(rec))
        db.commit()
    with platform.db.read() as db:
        assert verify_chain(db, ring=ring).ok
        last_plain = ring.mac_from_seq - 1
        # The same chain with its switch point moved back (the database claiming an older record was plain)
        # fails at the first record that should carry a MAC.
        check = verify_chain(db, ring=replace(ring, mac_from_seq=last_plain))
        assert not check.ok and check.first_broken_seq == last_plain


def test_a_new_key_file_switches_after_the_records_already_written(platform, tmp_path):
    from server.audit.keys import AuditKeyRing

    ring = AuditKeyRing.load_or_create(tmp_path / "audit-keys.json", platform.db.engine)
    assert ring.mac_from_seq == _end(platform) + 1
    assert oct((tmp_path / "audit-keys.json").stat().st_mode & 0o777) == "0o600"
    assert AuditKeyRing.load_or_create(tmp_path / "audit-keys.json").key == ring.key


# --- 2. checkpoints outside the database ---------------------------------------------------------

def test_a_cut_tail_is_named_against_the_last_checkpoint(client, platform):
    _sign_in_a_few(client)
    end = _end(platform)
    _checkpoint(platform)
    _cut_tail(platform, end - 3)
    result = _cli(platform, "verify-audit")
    assert result.returncode == 1
    assert (f"records {end - 2}… to {end} are missing: the last checkpoint at 2026-12-02T04:00:00Z had {end}"
            in result.stdout)


def test_without_a_checkpoint_a_cut_tail_could_pass_which_is_why_checkpoints_exist(client, platform):
    _sign_in_a_few(client)
    _cut_tail(platform, _end(platform) - 3)
    assert _cli(platform, "verify-audit").returncode == 0


def test_a_chain_ending_after_the_checkpoint_verifies_and_says_so(client, platform):
    _checkpoint(platform)
    _sign_in_a_few(client)
    result = _cli(platform, "verify-audit")
    assert result.returncode == 0, result.stdout
    assert "matches the checkpoint at 2026-12-02T04:00:00Z" in result.stdout


def test_a_forged_checkpoint_line_is_refused(platform):
    path = platform.settings.audit_checkpoints_file
    entry = _checkpoint(platform)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(entry | {"seq": entry["seq"] + 50}) + "\n")
    result = _cli(platform, "verify-audit")
    assert result.returncode == 1 and "not authentic" in result.stdout


def test_the_hourly_job_and_the_schedulers_stop_append_checkpoints(platform):
    path = platform.settings.audit_checkpoints_file
    with clock.use(clock.FixedClock(NOON)):
        scheduler = Scheduler(platform, holder="runner")
        ran = {r.job: r for r in scheduler.tick()}
        assert ran["audit_checkpoint"].outcome == "succeeded"
        scheduler.stop()
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [line["kind"] for line in lines] == ["checkpoint", "checkpoint"]
    assert lines[1]["seq"] > lines[0]["seq"]  # the job's own run record came after the first
    assert lines[1]["seq"] == _end(platform)


# --- 3. incremental verification ------------------------------------------------------------------

def test_verification_goes_on_from_the_last_verified_record_and_full_scans_everything(platform):
    path = platform.settings.audit_checkpoints_file
    with platform.db.read() as db:
        first = checkpoints.verify(db, path)
    assert first.ok and first.incremental_from is None and first.checked == _end(platform)
    _add_records(platform, 4)
    with platform.db.read() as db:
        second = checkpoints.verify(db, path)
    assert second.ok and second.incremental_from == first.head_seq and second.checked == 4
    # An edit below the verified position, made without the key, waits for the full scan.
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_records SET actor_name = 'someone_else' WHERE seq = 2"))
    assert _cli(platform, "verify-audit").returncode == 0
    full = _cli(platform, "verify-audit", "--full")
    assert full.returncode == 1 and "seq=2" in full.stdout


def test_the_verified_record_itself_is_checked_each_time(platform):
    path = platform.settings.audit_checkpoints_file
    with platform.db.read() as db:
        end = checkpoints.verify(db, path).head_seq
    with platform.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_records SET hash = '{'f' * 64}' WHERE seq = {end}"))
    result = _cli(platform, "verify-audit")
    assert result.returncode == 1 and f"record {end} differs from what was verified" in result.stdout


# --- 4. a restore opens a new epoch ----------------------------------------------------------------

def test_a_restored_database_verifies_after_audit_restored_opens_an_epoch(client, platform):
    backup_end = _end(platform)  # the backup is taken here
    _sign_in_a_few(client)
    _checkpoint(platform)
    _cut_tail(platform, backup_end)  # the restore brings the database back to the backup
    assert "missing" in _cli(platform, "verify-audit").stdout
    restored = _cli(platform, "audit-restored", "--backup", "nightly-2026-12-01")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert f"restored from backup nightly-2026-12-01 at record {backup_end}" in restored.stdout
    lines = platform.settings.audit_checkpoints_file.read_text("utf-8").splitlines()
    assert json.loads(lines[-1]) | {"at": None, "hash": None, "mac": None} == {
        "kind": "epoch", "seq": backup_end, "backup": "nightly-2026-12-01", "at": None, "hash": None, "mac": None}
    result = _cli(platform, "verify-audit")
    assert result.returncode == 0, result.stdout
    assert "restore epoch" in result.stdout
    # The epoch anchors the restored chain: cutting it afterwards is found again.
    _cut_tail(platform, backup_end - 1)
    again = _cli(platform, "verify-audit", "--full")
    assert again.returncode == 1 and "the restore from backup nightly-2026-12-01" in again.stdout


def test_audit_restored_refuses_a_broken_chain(platform):
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_records SET action = 'x' WHERE seq = 3"))
    result = _cli(platform, "audit-restored", "--backup", "b1")
    assert result.returncode == 1 and "seq=3" in result.stderr
    assert not platform.settings.audit_checkpoints_file.exists()


# --- 5. the latest checkpoint over the API ------------------------------------------------------------

def test_auditors_read_the_latest_checkpoint_and_others_may_not(client, platform):
    tokens = {u: client.post(f"{API}/auth/login", json=sign_in_body(u)).json()["tokens"]["access_token"]
              for u in ("auditor", "risk")}
    as_auditor = {"Authorization": f"Bearer {tokens['auditor']}"}
    assert client.get(f"{API}/audit/checkpoint", headers=as_auditor).json() == {"latest": None}
    entry = _checkpoint(platform)
    answer = client.get(f"{API}/audit/checkpoint", headers=as_auditor).json()
    assert answer == {"latest": {"kind": "checkpoint", "at": "2026-12-02T04:00:00Z", "seq": entry["seq"],
                                 "backup": None, "hash": entry["hash"]}}
    as_risk = {"Authorization": f"Bearer {tokens['risk']}"}
    assert client.get(f"{API}/audit/checkpoint", headers=as_risk).status_code == 403


def test_every_printer_of_reports_reads_the_cut_off_and_the_checkpoint_and_nobody_else(client, platform):
    """Every report prints both on its last page (issue 18), so every holder of report.print reads them."""
    tokens = {u: client.post(f"{API}/auth/login", json=sign_in_body(u)).json()["tokens"]["access_token"]
              for u in ("risk", "service")}
    as_risk = {"Authorization": f"Bearer {tokens['risk']}"}
    before = client.get(f"{API}/reports/cut-off", headers=as_risk).json()
    assert before["checkpoint"] is None and before["data_as_of"].endswith("Z")
    entry = _checkpoint(platform)
    after = client.get(f"{API}/reports/cut-off", headers=as_risk).json()["checkpoint"]
    assert (after["seq"], after["hash"], after["kind"]) == (entry["seq"], entry["hash"], "checkpoint")
    as_service = {"Authorization": f"Bearer {tokens['service']}"}  # customer service prints no report
    assert client.get(f"{API}/reports/cut-off", headers=as_service).status_code == 403


def test_the_consoles_chain_check_names_a_cut_tail_too(client, platform):
    token = client.post(f"{API}/auth/login", json=sign_in_body("auditor")).json()["tokens"]["access_token"]
    end = _end(platform)
    _checkpoint(platform)
    _cut_tail(platform, end - 1)
    auth = {"Authorization": f"Bearer {token}"}
    check = client.get(f"{API}/audit/verify", headers=auth | {"Accept-Language": "en"}).json()
    assert check["ok"] is False and check["first_broken_seq"] == end and "missing" in check["reason"]
    chinese = client.get(f"{API}/audit/verify", headers=auth).json()["reason"]  # the reader's language
    assert chinese.startswith(f"第 {end} 条记录缺失：") and "最近检查点" in chinese


def test_two_processes_creating_the_key_at_once_end_up_with_one_key(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from server.audit.keys import AuditKeyRing

    path = tmp_path / "audit-keys.json"
    with ThreadPoolExecutor(8) as pool:
        keys = {ring.key for ring in pool.map(lambda _: AuditKeyRing.load_or_create(path), range(8))}
    assert keys == {AuditKeyRing.load_or_create(path).key}
    assert [p.name for p in tmp_path.iterdir()] == ["audit-keys.json"]
