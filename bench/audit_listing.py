"""Benchmark: the first page of a filtered, sorted audit listing with 1,000,000 records.

Fills a fresh SQLite platform with N chained audit records, starts the real server
(`python -m server run`) on loopback, signs in as the auditor, and times
GET /api/v1/audit?action=...&sort=-at&page_size=50 (count + page) over HTTP. Beside it, the same two
SQL statements on a bare sqlite3 connection, so the API's overhead shows as a ratio.
Goal: p95 at most 50 ms through the API on SQLite.

    .venv/bin/python bench/audit_listing.py [--records 1000000] [--requests 300]
"""

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import (environment, percentile, run_checked, signed_in_session, start_server,  # noqa: E402
                           time_requests)

ACTIONS = ["auth.signed_in", "auth.signed_out", "auth.sign_in_failed", "auth.step_up", "loan.submitted",
           "loan.first_review_approved", "loan.rejected", "loan.returned", "loan.second_review_approved",
           "funds.withdrawal_approved", "funds.withdrawal_rejected", "funds.recharge", "recon.imported",
           "recon.matched_by_hand", "recon.adjustment_proposed", "recon.adjustment_approved", "report.printed",
           "staff.user_created", "staff.roles_changed", "staff.profile_updated"]
FILTER_ACTION = "loan.first_review_approved"


def fill(db_path: Path, records: int) -> None:
    from server.audit.service import GENESIS, record_hash

    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = row if row else (0, GENESIS)
    rng = random.Random(20261125)
    start = datetime(2025, 11, 25, tzinfo=timezone.utc)
    step = timedelta(days=365) / records
    actors = [f"staff{n:03d}" for n in range(60)]
    batch = []
    for i in range(records):
        seq += 1
        at = start + step * i
        actor = rng.choice(actors)
        action = rng.choice(ACTIONS)
        object_id = f"LN{20250000000 + rng.randrange(1_000_000)}"
        after = {"state": "approved", "amount_fen": rng.randrange(100_000, 20_000_000)}
        digest = record_hash(prev, seq, at, None, actor, action, "loan", object_id, None, after, "10.0.0.8", f"r{seq}")
        batch.append((seq, at.strftime("%Y-%m-%d %H:%M:%S.%f"), None, actor, action, "loan", object_id, None,
                      json.dumps(after), "10.0.0.8", f"r{seq}", prev, digest))
        prev = digest
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit_records (seq, at, actor_id, actor_name, action, object_type, object_id,"
                             " before, after, client_addr, request_id, prev_hash, hash) VALUES"
                             " (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            conn.commit()
            batch.clear()
    if batch:
        conn.executemany("INSERT INTO audit_records (seq, at, actor_id, actor_name, action, object_type, object_id,"
                         " before, after, client_addr, request_id, prev_hash, hash) VALUES"
                         " (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
        conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="p2p-bench-audit-"))
    db_path = work / "platform.db"
    url = f"sqlite:///{db_path}"
    env = environment(work)
    run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo"], env)
    t0 = time.perf_counter()
    fill(db_path, args.records)
    print(f"filled {args.records:,} audit records in {time.perf_counter() - t0:.1f} s")

    server, base = start_server(url, env)
    try:
        session = signed_in_session(base, "auditor")
        params = {"action": FILTER_ACTION, "sort": "-at", "page": 1, "page_size": 50}
        api_ms, last = time_requests(session, f"{base}/api/v1/audit", params, args.requests)
        assert len(last["items"]) == 50
        total = last["total"]
    finally:
        server.terminate()
        server.wait(10)

    conn = sqlite3.connect(db_path)
    sql_ms = []
    for i in range(args.requests + 10):
        t = time.perf_counter()
        conn.execute("SELECT count(*) FROM audit_records WHERE action = ?", (FILTER_ACTION,)).fetchone()
        conn.execute("SELECT * FROM audit_records WHERE action = ? ORDER BY at DESC, seq DESC LIMIT 50 OFFSET 0",
                     (FILTER_ACTION,)).fetchall()
        if i >= 10:
            sql_ms.append((time.perf_counter() - t) * 1000)
    conn.close()

    api_p50, api_p95 = statistics.median(api_ms), percentile(api_ms, 95)
    sql_p50, sql_p95 = statistics.median(sql_ms), percentile(sql_ms, 95)
    print(f"records: {args.records:,}; filter action={FILTER_ACTION} matches {total:,}; sort -at; page size 50")
    print(f"API over HTTP : p50 {api_p50:6.2f} ms   p95 {api_p95:6.2f} ms   (goal: p95 <= 50 ms)")
    print(f"bare SQL      : p50 {sql_p50:6.2f} ms   p95 {sql_p95:6.2f} ms")
    print(f"API / SQL     : {api_p50 / sql_p50:.1f}x at p50, {api_p95 / sql_p95:.1f}x at p95")
    print("PASS" if api_p95 <= 50 else "GOAL MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
