"""Benchmark: the first page of the loan review queue with a filter and a sort, at 1,000,000 applications.

Seeds a fresh SQLite platform with `seed-demo --loans N`, starts the real server on loopback, signs in
as the senior risk officer and times the queue's first page (count + 50 rows) over HTTP for a few
typical queries, beside the same SQL on a bare sqlite3 connection. Goal: p95 at most 50 ms.

    .venv/bin/python bench/loan_queue.py [--loans 1000000] [--requests 200]
"""

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyotp
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "state=submitted, sort -submitted_at": ({"state": "submitted", "sort": "-submitted_at"},
                                            "state IN ('submitted')", "submitted_at DESC, id DESC"),
    "state=repaying, amount 50k-200k, sort -amount": (
        {"state": "repaying", "amount_min_fen": 5_000_000, "amount_max_fen": 20_000_000, "sort": "-amount"},
        "state IN ('repaying') AND amount_fen >= 5000000 AND amount_fen <= 20000000", "amount_fen DESC, id DESC"),
    "team queue (in review), sort -submitted_at": ({"scope": "team", "sort": "-submitted_at"},
                                                   "state IN ('submitted','second_review')", "submitted_at DESC, id DESC"),
}


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-loans-"))
    url = f"sqlite:///{work / 'platform.db'}"
    env = os.environ | {"P2P_DATA_DIR": str(work), "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", str(args.loans)],
                   check=True, env=env, capture_output=True)
    print(f"seeded {args.loans:,} applications in {time.perf_counter() - t0:.1f} s")
    sqlite3.connect(work / "platform.db").execute("ANALYZE").connection.close()

    server = subprocess.Popen([sys.executable, "-m", "server", "--database-url", url, "run", "--port", "0"],
                              stdout=subprocess.PIPE, text=True, env=env)
    results = {}
    try:
        line = ""
        while not line.startswith("P2P-SERVER-READY"):
            line = server.stdout.readline()
            if not line:
                raise SystemExit("the server did not start")
        base = line.split()[1]
        from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

        secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.username == "risklead")
        token = requests.post(f"{base}/api/v1/auth/login", json={"username": "risklead", "password": DEMO_PASSWORD,
                              "otp_code": pyotp.TOTP(secret).now()}, timeout=30).json()["tokens"]["access_token"]
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        for name, (params, _where, _order) in QUERIES.items():
            params = params | {"page": 1, "page_size": 50}
            for _ in range(10):
                session.get(f"{base}/api/v1/loans/applications", params=params, timeout=30)
            times = []
            for _ in range(args.requests):
                t = time.perf_counter()
                answer = session.get(f"{base}/api/v1/loans/applications", params=params, timeout=30)
                times.append((time.perf_counter() - t) * 1000)
                assert answer.status_code == 200, answer.text
            results[name] = (times, answer.json()["total"])
    finally:
        server.terminate()
        server.wait(10)

    conn = sqlite3.connect(work / "platform.db")
    print(f"applications: {args.loans:,}; first page of 50 with the total count")
    worst = 0.0
    for name, (params, where, order) in QUERIES.items():
        sql = []
        for i in range(args.requests + 10):
            t = time.perf_counter()
            conn.execute(f"SELECT count(*) FROM loan_applications WHERE {where}").fetchone()
            conn.execute(f"SELECT * FROM loan_applications WHERE {where} ORDER BY {order} LIMIT 50").fetchall()
            if i >= 10:
                sql.append((time.perf_counter() - t) * 1000)
        times, total = results[name]
        p95 = percentile(times, 95)
        worst = max(worst, p95)
        print(f"  {name:48s} matches {total:>8,}: API p50 {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms"
              f" | SQL p50 {statistics.median(sql):6.2f} ms  p95 {percentile(sql, 95):6.2f} ms")
    conn.close()
    print(f"worst API p95 {worst:.2f} ms (goal <= 50 ms): {'PASS' if worst <= 50 else 'GOAL MISSED'}")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
