"""`backup-keys`: a copy of the key ring (personal-data, audit and backup keys), kept apart from the backups.

The keys are the one thing a backup cannot be opened without, and the one thing that must not travel with it:
whoever takes both has every ID number and bank card. So the copy refuses the backup folder (or any folder that
holds a backup) as its destination, and `backup` refuses the key ring's folder in turn (making.py)."""

import os
import shutil
from pathlib import Path

from server import clock
from server.backups.keys import BackupKeyRing, key_ring_files, key_ring_folders
from server.backups.making import PREFIX
from server.backups.refusals import BackupRefused
from server.config import Settings
from server.messages import _


def _holds_backups(folder: Path) -> bool:
    return folder.is_dir() and any(p.name.startswith((PREFIX, ".partial-" + PREFIX)) for p in folder.iterdir())


def refuse_backup_folder(destination: Path, settings: Settings) -> None:
    destination = Path(destination).resolve()
    backups = Path(settings.backup_dir).resolve()
    if destination == backups or destination.is_relative_to(backups) or _holds_backups(destination) \
            or (destination.parent != destination and _holds_backups(destination.parent)
                and destination.name.startswith(PREFIX)):
        raise BackupRefused(_("{folder} is where backups are kept: the key ring is never copied beside the backups "
                              "it opens; choose another place (another disk or a safe)"), {"folder": str(destination)})
    if destination in key_ring_folders(settings):
        raise BackupRefused(_("{folder} is the key ring's own folder: choose another place for its copy"),
                            {"folder": str(destination)})


def copy_key_ring(settings: Settings, destination: Path) -> Path:
    """Copies the key ring's files into a new folder `p2p-keys-<UTC time>` of `destination` (readable by the
    owner only); answers that folder."""
    refuse_backup_folder(destination, settings)
    BackupKeyRing.load_or_create(settings.backup_keys_file)  # a ring copied before any backup holds its key too
    folder = Path(destination) / f"p2p-keys-{clock.now().strftime('%Y%m%dT%H%M%SZ')}"
    folder.mkdir(parents=True, mode=0o700)
    for path in key_ring_files(settings):
        if path.exists():
            target = folder / path.name
            shutil.copyfile(path, target)
            os.chmod(target, 0o600)
    return folder
