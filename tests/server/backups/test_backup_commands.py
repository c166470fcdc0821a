"""The commands as an operator types them (README.md, production): backup, backup-keys and restore on SQLite, their
answers on stdout and their refusals on stderr in the operator's language."""

import os
import subprocess
import sys
from pathlib import Path

from server.db import migrate

ROOT = Path(__file__).resolve().parents[3]


def _server(*args, data_dir: Path, keys: Path | None = None, language: str = "en_US.UTF-8"):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("P2P_", "LC_", "LANGUAGE"))}
    env |= {"PYTHONPATH": str(ROOT), "P2P_DATA_DIR": str(data_dir), "LANG": language}
    if keys is not None:
        env["P2P_PII_KEYS_FILE"] = str(keys / "pii-keys.json")
    return subprocess.run([sys.executable, "-m", "server", *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_backup_then_restore_into_a_new_database_says_what_it_verified(tmp_path):
    data, restored, backups, safe = (tmp_path / n for n in ("data", "restored", "backups", "safe"))
    seeded = _server("seed-demo", "--loans", "5", data_dir=data)
    assert seeded.returncode == 0, seeded.stderr
    made = _server("backup", "--to", str(backups), data_dir=data)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"backup written: {backups}/p2p-backup-") and "schema revision" in made.stdout
    [folder] = backups.iterdir()

    beside_keys = _server("backup", "--to", str(data), data_dir=data)
    assert beside_keys.returncode == 2 and beside_keys.stdout == ""
    assert beside_keys.stderr.strip() == (f"error: {data} holds the key ring: a backup is never written beside the "
                                          f"keys that open it; choose another folder")
    keys_beside_backups = _server("backup-keys", "--to", str(backups), data_dir=data)
    assert keys_beside_backups.returncode == 2 and "is where backups are kept" in keys_beside_backups.stderr
    copied = _server("backup-keys", "--to", str(safe), data_dir=data)
    assert copied.returncode == 0 and copied.stdout.startswith(f"key ring copied to {safe}/p2p-keys-")
    [ring] = safe.iterdir()

    url = f"sqlite:///{restored / 'platform.db'}"
    done = _server("restore", str(folder), "--database-url", url, data_dir=restored, keys=ring)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"restored backup {folder.name}") and lines[0].endswith(f"at schema revision {migrate.head_revision()}")
    assert lines[2].startswith("trial balance verified: debits = credits = ") and lines[2].endswith("difference 0")
    assert lines[3].startswith("audit chain intact: ") and f"new audit epoch opened" in lines[3]
    verified = _server("verify-audit", "--database-url", url, data_dir=restored, keys=ring)
    assert verified.returncode == 0 and "matches the restore epoch" in verified.stdout

    again = _server("restore", str(folder), "--database-url", url, data_dir=restored, keys=ring)
    assert again.returncode == 2 and "is not empty" in again.stderr and again.stdout == ""
