"""Benchmark: a backup and a restore of a seeded SQLite platform (issue 17's goal: 1,000,000 loans and 10,000,000
transfers, in minutes, with the size).

A fresh platform with `seed-demo --loans N`, its ledger brought to T transfers with plain inserts (as
bench/ledger_throughput.py does), then the real commands: `python -m server backup --to DIR` (time, the database's
size, the backup's size) and `python -m server restore` into a new database with the same key ring (time, and the
lines it verified: row counts, trial balance, audit chain).

    .venv/bin/python bench/backup.py [--loans 1000000] [--transfers 10000000]
    .venv/bin/python bench/backup.py --platform DIR   # a platform seeded before (bench/monitoring.py --keep)

Seeding a million loans and filling ten million transfers takes most of an hour on two cores; `--platform` takes a
data folder seeded before instead (migrated to the head first, timed apart), and leaves it as it found it but for
the migration.
"""

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ledger_throughput import fill_raw  # noqa: E402
from bench.support import environment, run_checked  # noqa: E402


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def _print_counts(database: Path) -> None:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        loans, transfers = (connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                            for table in ("loan_applications", "ledger_transfers"))
    print(f"  {loans:,} loan applications, {transfers:,} transfers")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--transfers", type=int, default=10_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--platform", type=Path, help="a data folder seeded before, instead of seeding one")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-backup-"))
    python = sys.executable
    try:
        data, restored, backups = args.platform or work / "data", work / "restored", work / "backups"
        env = environment(data)
        t0 = time.perf_counter()
        if args.platform:
            run_checked([python, "-m", "server", "migrate"], env=env, cwd=ROOT)
            print(f"{data}: migrated to the head in {time.perf_counter() - t0:.1f} s")
            _print_counts(data / "platform.db")
        else:
            run_checked([python, "-m", "server", "seed-demo", "--loans", str(args.loans)], env=env, cwd=ROOT)
            fill = fill_raw(data / "platform.db", args.transfers, "customer:IV0001:available")
            print(f"seeded {args.loans:,} loans in {time.perf_counter() - t0 - fill:.1f} s, "
                  f"ledger filled to {args.transfers:,} transfers in {fill:.1f} s")
        database = _size(data / "platform.db")
        t0 = time.perf_counter()
        done = run_checked([python, "-m", "server", "backup", "--to", str(backups)], env=env, cwd=ROOT)
        took = time.perf_counter() - t0
        folder = next(backups.glob("p2p-backup-*"))
        print(f"backup: {took:.1f} s; database {database / 2**20:,.1f} MiB -> backup {_size(folder) / 2**20:,.1f} MiB "
              f"({done.stdout.strip()})")
        restore_env = environment(restored) | {"P2P_PII_KEYS_FILE": str(data / "pii-keys.json")}
        t0 = time.perf_counter()
        done = run_checked([python, "-m", "server", "restore", str(folder), "--database-url",
                            f"sqlite:///{restored / 'platform.db'}"], env=restore_env, cwd=ROOT)
        print(f"restore with its verification: {time.perf_counter() - t0:.1f} s")
        for line in done.stdout.strip().splitlines():
            print(f"  {line}")
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
