"""What a backup and a restore refuse, and that a refusal leaves nothing behind."""

import pytest

from server.backups import database_copy
from server.backups.key_copy import copy_key_ring
from server.backups.making import make_backup
from server.backups.refusals import BackupRefused
from server.backups.restoring import restore_backup
from tests.server.backups.conftest import flip_a_byte


def test_a_restore_into_a_database_that_is_not_empty_is_refused(platform):
    backup = make_backup(platform.settings)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(backup.path, platform.settings)  # the platform's own database, full of the demo
    assert "is not empty" in refused.value.sentence("en") and "restored only into an empty database" in str(refused.value)
    assert "pw-" not in str(refused.value)


@pytest.mark.parametrize("role", ["database", "documents"])
def test_a_changed_byte_in_a_sealed_file_is_refused_and_nothing_is_restored(platform, restore_settings, role):
    backup = make_backup(platform.settings)
    name = next(e["name"] for e in backup.manifest["files"] if e["role"] == role)
    flip_a_byte(backup.path / name)
    target = restore_settings()
    with pytest.raises(BackupRefused) as refused:
        restore_backup(backup.path, target)
    assert refused.value.sentence("en") == (f"the backup file {name} fails its authentication: it was changed or "
                                            f"damaged; nothing was restored")
    assert database_copy.table_count(target.database_url) == 0


def test_a_changed_manifest_is_refused(platform, restore_settings):
    backup = make_backup(platform.settings)
    manifest = backup.path / "manifest.json"
    manifest.write_text(manifest.read_text("utf-8").replace('"seq": ', '"seq": 1', 1), "utf-8")
    with pytest.raises(BackupRefused) as refused:
        restore_backup(backup.path, restore_settings())
    assert "fails its authentication: it was changed" in refused.value.sentence("en")


def test_a_backup_cut_short_is_refused(platform, restore_settings):
    backup = make_backup(platform.settings)
    sealed = backup.path / backup.manifest["files"][0]["name"]
    sealed.write_bytes(sealed.read_bytes()[:-100])
    with pytest.raises(BackupRefused):
        restore_backup(backup.path, restore_settings())


def test_the_key_ring_folder_is_refused_as_a_backup_destination(platform):
    keys_folder = platform.settings.pii_keys_file.parent
    with pytest.raises(BackupRefused) as refused:
        make_backup(platform.settings, keys_folder)
    assert "holds the key ring" in refused.value.sentence("en")
    assert not any(p.name.startswith("p2p-backup-") for p in keys_folder.iterdir())


def test_the_key_ring_is_never_copied_into_the_backup_folder(platform, tmp_path):
    make_backup(platform.settings)
    with pytest.raises(BackupRefused) as refused:
        copy_key_ring(platform.settings, platform.settings.backup_dir)
    assert "where backups are kept" in refused.value.sentence("en")
    copied = copy_key_ring(platform.settings, tmp_path / "safe")
    assert sorted(p.name for p in copied.iterdir()) == ["audit-keys.json", "backup-keys.json", "pii-keys.json"]


def test_a_backup_holds_no_key_and_no_plain_data(platform):
    backup = make_backup(platform.settings)
    names = sorted(p.name for p in backup.path.iterdir())
    assert names == sorted(["manifest.json", *(e["name"] for e in backup.manifest["files"])])
    assert not any("keys" in n for n in names)
    database = (backup.path / backup.manifest["files"][0]["name"]).read_bytes()
    assert b"SQLite format 3" not in database and b"PGDMP" not in database and b"audit_records" not in database
