"""Benchmark: the first page of the loan review queue with a filter and a sort, at 1,000,000 applications.

Seeds a fresh platform with `seed-demo --loans N` (SQLite, or PostgreSQL in a throwaway cluster from Debian's
packages), starts the real server on loopback, signs in as the senior risk officer and times the queue's first page
(count + 50 rows) over HTTP for a few typical queries, beside the same SQL on a bare connection. Goals: p95 at most
50 ms on SQLite (issue 4), 30 ms on PostgreSQL (issue 19).

    .venv/bin/python bench/loan_queue.py [--loans 1000000] [--requests 200] [--backend sqlite|postgresql]
"""

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import (environment, percentile, run_checked, signed_in_session, start_server,  # noqa: E402
                           time_requests)

QUERIES = {
    "state=submitted, sort -submitted_at": ({"state": "submitted", "sort": "-submitted_at"},
                                            "state IN ('submitted')", "submitted_at DESC, id DESC"),
    "state=repaying, amount 50k-200k, sort -amount": (
        {"state": "repaying", "amount_min_fen": 5_000_000, "amount_max_fen": 20_000_000, "sort": "-amount"},
        "state IN ('repaying') AND amount_fen >= 5000000 AND amount_fen <= 20000000", "amount_fen DESC, id DESC"),
    "team queue (in review), sort -submitted_at": ({"scope": "team", "sort": "-submitted_at"},
                                                   "state IN ('submitted','second_review')", "submitted_at DESC, id DESC"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-loans-"))
    cluster = None
    if args.backend == "sqlite":
        url = f"sqlite:///{work / 'platform.db'}"
    else:
        from tests.support.postgres import PostgresCluster

        cluster = PostgresCluster().start()
        cluster.execute("CREATE DATABASE p2p_bench")
        url = cluster.url("p2p_bench")
    try:
        return _run(args, work, url)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


def _sql_timer(url: str, work: Path):
    """(run one query's count and first page, close): the same SQL on a bare connection."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(work / "platform.db", isolation_level=None)
        return (lambda sql: conn.execute(sql).fetchall()), conn.close
    import psycopg

    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def run(sql):
        with conn.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else []
    return run, conn.close


def _run(args, work: Path, url: str) -> int:
    env = environment(work)
    t0 = time.perf_counter()
    run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", str(args.loans)], env)
    print(f"seeded {args.loans:,} applications in {time.perf_counter() - t0:.1f} s ({args.backend})")
    query, close = _sql_timer(url, work)
    query("ANALYZE")

    server, base = start_server(url, env)
    results = {}
    try:
        session = signed_in_session(base, "risklead")
        for name, (params, _where, _order) in QUERIES.items():
            times, last = time_requests(session, f"{base}/api/v1/loans/applications",
                                        params | {"page": 1, "page_size": 50}, args.requests)
            results[name] = (times, last["total"])
    finally:
        server.terminate()
        server.wait(10)

    goal = 50 if args.backend == "sqlite" else 30
    print(f"applications: {args.loans:,} on {args.backend}; first page of 50 with the total count")
    worst = 0.0
    for name, (params, where, order) in QUERIES.items():
        sql = []
        for i in range(args.requests + 10):
            t = time.perf_counter()
            query(f"SELECT count(*) FROM loan_applications WHERE {where}")
            query(f"SELECT * FROM loan_applications WHERE {where} ORDER BY {order} LIMIT 50")
            if i >= 10:
                sql.append((time.perf_counter() - t) * 1000)
        times, total = results[name]
        p95 = percentile(times, 95)
        worst = max(worst, p95)
        print(f"  {name:48s} matches {total:>8,}: API p50 {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms"
              f" | SQL p50 {statistics.median(sql):6.2f} ms  p95 {percentile(sql, 95):6.2f} ms")
    close()
    print(f"worst API p95 {worst:.2f} ms (goal <= {goal} ms): {'PASS' if worst <= goal else 'GOAL MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
