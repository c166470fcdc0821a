"""Benchmark: the batch route, POST /api/v1/ledger/movements/batch, over HTTP on loopback (SQLite).

A fresh demo platform (`seed-demo --loans 0`); the finance clerk is lent funds.movement.post (as
bench/ledger_throughput.py does); then R requests of B recharges each (every movement its own operation id, spread
over 200 customers), one connection, and the same again as replays (each movement sent before: nothing moves).
Prints movements per second and the server's CPU per movement. Goal (issue 19): >= 20,000 movements/s with 1,000
per request.

    .venv/bin/python bench/ledger_batch.py [--requests 20] [--batch 1000]
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ledger_throughput import POSTER, cpu_seconds, grant_movements  # noqa: E402
from bench.support import environment, run_checked, signed_in_session, start_server  # noqa: E402

GOAL = 20_000


def send(session, base: str, batches: list[list[dict]]) -> tuple[float, dict]:
    started = time.perf_counter()
    counts = {"posted": 0, "replayed": 0, "refused": 0}
    for movements in batches:
        answer = session.post(f"{base}/api/v1/ledger/movements/batch", json={"movements": movements}, timeout=120)
        assert answer.status_code == 200, answer.text[:500]
        body = answer.json()
        for key in counts:
            counts[key] += body[key]
    return time.perf_counter() - started, counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-batch-"))
    url = f"sqlite:///{work / 'platform.db'}"
    env = environment(work)
    try:
        run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", "0"], env)
        os.environ.update({"P2P_DATA_DIR": str(work)})
        from server.config import Settings
        from server.platform import Platform

        platform = Platform.open(Settings(data_dir=work, database_url=url))
        grant_movements(platform)
        platform.db.dispose()
        server, base = start_server(url, env)
        try:
            session = signed_in_session(base, POSTER)
            warm = [[{"kind": "recharge", "operation_id": f"warm-{n}", "customer_ref": "BB0000", "amount_fen": 100}
                     for n in range(args.batch)]]
            send(session, base, warm)
            batches = [[{"kind": "recharge", "operation_id": f"b{r}-{n}", "customer_ref": f"BB{n % 200:04d}",
                         "amount_fen": 100 + n, "reference": f"PO{r}-{n}"} for n in range(args.batch)]
                       for r in range(args.requests)]
            total = args.requests * args.batch
            cpu = cpu_seconds(server.pid)
            seconds, counts = send(session, base, batches)
            cpu_ms = (cpu_seconds(server.pid) - cpu) / total * 1000
            assert counts["posted"] == total, counts
            cpu = cpu_seconds(server.pid)
            replay_seconds, replays = send(session, base, batches)
            replay_cpu_ms = (cpu_seconds(server.pid) - cpu) / total * 1000
            assert replays["replayed"] == total, replays
        finally:
            server.terminate()
            server.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rate = total / seconds
    print(f"batch route, {args.requests} requests of {args.batch:,} recharges, one connection: {rate:,.0f} movements/s "
          f"({seconds * 1000 / args.requests:.0f} ms a request; goal >= {GOAL:,}: "
          f"{'PASS' if rate >= GOAL else 'GOAL MISSED'}); server CPU {cpu_ms:.3f} ms a movement")
    print(f"the same batches again (all replays): {total / replay_seconds:,.0f} movements/s, "
          f"server CPU {replay_cpu_ms:.3f} ms a movement")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
