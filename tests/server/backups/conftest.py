"""Backups made from a test's platform and restored into fresh databases (a new SQLite file, or a new database in
the session's PostgreSQL cluster), with the same key ring, as an operator restores after `backup-keys`."""

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from server.config import Settings

_restores = itertools.count(1)


@pytest.fixture
def restore_settings(platform, backend, tmp_path, request):
    """Makes the settings of a restore target: an empty database of the platform's kind, its own data folder, the
    platform's key ring."""
    made = []

    def make() -> Settings:
        n = next(_restores)
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / f'restored-{n}' / 'platform.db'}"
        else:
            cluster = request.getfixturevalue("pg_cluster_factory")()
            cluster.execute(f"CREATE DATABASE p2p_restored_{n}")
            url = cluster.url(f"p2p_restored_{n}")
            made.append((cluster, f"p2p_restored_{n}"))
        data_dir = tmp_path / f"restored-{n}"
        return replace(platform.settings, database_url=url, data_dir=data_dir,
                       audit_checkpoints_file=data_dir / "audit-checkpoints.jsonl", backup_dir=data_dir / "backups")

    yield make
    for cluster, name in made:
        cluster.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def flip_a_byte(path: Path, at: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    at = len(data) // 2 if at is None else at
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
