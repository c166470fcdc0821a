"""Benchmark: how fast the ledger posts money, and whether a balance read stays flat as transfers pile up.

On a fresh SQLite platform (WAL), it measures:
- single transfers per second through the service layer (each recharge its own transaction, committed);
- single transfers per second through the API over loopback (POST /ledger/movements/recharge, each one
  authenticated, audited and idempotent, as the customer side of the platform would send them), from
  `--connections` concurrent keep-alive connections (the headline figure) and from one connection;
- the same from wrk, a load generator in C, when it is installed (the Python client shares the two cores);
- the server's own CPU time per recharge (from /proc), whatever the client costs;
- for scale, the same server answering a request it refuses at once (an unknown token: 401);
- the bulk posting rate (one transaction posting many transfers with `post_transfers`), and the same counting
  the time the caller spends building the TransferInput objects;
- a customer's balance read (GET /ledger/customers/{ref}/balances) at 10,000 transfers and again after the
  ledger holds 10,000,000, and the ratio between the two.
Goals (issue 5, this 2-core machine, SQLite): at least 1,000 transfers/s over HTTP, at least 50,000/s in
bulk, balance-read ratio at most 1.5.

The client is Python's http.client on the same two cores as the server. The server's ceiling of requests a minute
from one address (6,000, its firewall-like allowance) is raised for the benchmark (P2P_REQUESTS_PER_ADDRESS).

    .venv/bin/python bench/ledger_throughput.py [--transfers 10000000] [--http 3000] [--connections 4]
                                                [--single 3000] [--bulk 200000] [--bulk-only | --http-only]
                                                [--workers N] [--backend sqlite|postgresql]

`--backend postgresql` (with `--http-only`): the same recharges on PostgreSQL, in a throwaway cluster from Debian's
packages (tests/support/postgres.py: fsync and synchronous commit off, as for the tests), with the database's CPU per
recharge (its postmaster and backends, from /proc) beside the server's.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import environment, percentile, run_checked, signed_in_session, start_server  # noqa: E402

POSTER = "finance"


def grant_movements(platform) -> None:
    """No demo role posts money (the customer side does); the benchmark lends the clerk that right."""
    from sqlalchemy import select

    from server.audit.service import Auditor
    from server.staff.models import Role, RolePermission, User

    with platform.db.write() as db:
        role = Role(name="ledger_poster_for_bench", label_zh="记账（基准测试）", label_en="Ledger poster (benchmark)",
                    permissions=[RolePermission(permission="funds.movement.post")])
        user = db.scalar(select(User).where(User.username == POSTER))  # held: roles.append needs it alive
        user.roles.append(role)
        audit = Auditor(db, None, "system", "bench", "bench")
        audit.record("bench.role_granted", "user", POSTER)
        audit.seal()
        db.commit()


def service_singles(platform, count: int) -> float:
    from server.ledger import movements

    started = time.perf_counter()
    for n in range(count):
        with platform.db.write() as db:
            movements.recharge(db, f"svc-{n}", f"SV{n % 200:04d}", 100 + n % 50)
            db.commit()
    return count / (time.perf_counter() - started)


def bulk(platform, count: int, batch: int = 20_000) -> tuple[float, float, float]:
    """Transfers per second posted by `post_transfers` in batches of `batch`, each batch its own committed
    transaction: (the posting and commit alone, the same with building the TransferInput objects counted, the
    posting and commit per second of this process's CPU time: on a shared machine the steadier figure)."""
    from server.ledger.service import CLEARING, TransferInput, customer_account, post_transfers

    posting = building = cpu = 0.0
    for first in range(0, count, batch):
        started = time.perf_counter()
        items = [TransferInput(f"bulk-{n}", CLEARING, customer_account(f"BK{n % 1000:04d}"), 100, "recharge")
                 for n in range(first, min(count, first + batch))]
        built, cpu_before = time.perf_counter(), time.process_time()
        with platform.db.write() as db:
            post_transfers(db, items)
            db.commit()
        posting += time.perf_counter() - built
        cpu += time.process_time() - cpu_before
        building += built - started
    return count / posting, count / (posting + building), count / cpu


def http_rate(base: str, token: str | None, numbers: list[int], connections: int) -> float:
    """Requests per second from `connections` threads, each with its own keep-alive connection: with a
    token, one recharge per request (its own operation id and Idempotency-Key) that must answer 200;
    without, a request the server refuses (401) before doing any work."""
    where = urlsplit(base)
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    path = "/api/v1/ledger/movements/recharge"
    failures, start = [], threading.Barrier(connections + 1)

    def send(mine: list[int]) -> None:
        conn = http.client.HTTPConnection(where.hostname, where.port, timeout=60)
        bodies = [(n, json.dumps({"operation_id": f"http-{n}", "customer_ref": f"SV{n % 200:04d}",
                                  "amount_fen": 100}).encode()) for n in mine]
        start.wait()
        for n, body in bodies:
            conn.request("POST", path, body, headers | {"Idempotency-Key": f"http-{n}"})
            answer = conn.getresponse()
            text = answer.read()
            if answer.status != (200 if token else 401):
                failures.append((answer.status, text[:300]))
        conn.close()

    threads = [threading.Thread(target=send, args=(numbers[k::connections],)) for k in range(connections)]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert not failures, failures[:3]
    return len(numbers) / elapsed


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process and its living children (the workers of `--workers N`) have used so far,
    from /proc (Linux); 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") + sum(cpu_seconds(int(c)) for c in children)


def cluster_cpu_seconds(cluster) -> float:
    """CPU time (user + system) of a PostgreSQL cluster's processes so far: its postmaster (the first line of
    postmaster.pid) and every process whose parent it is (backends, writers, the WAL writer); 0 without one."""
    if cluster is None:
        return 0.0
    postmaster = int(Path(cluster.datadir, "postmaster.pid").read_text().split()[0])
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == postmaster or int(fields[1]) == postmaster:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def wait_for_workers(base: str, workers: int, limit: float = 60.0) -> None:
    """Until the server answers (its workers start after the supervisor's ready line)."""
    deadline = time.monotonic() + limit
    while True:
        try:
            with urlopen(f"{base}/api/v1/health", timeout=5):
                pass
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
            continue
        break
    time.sleep(1.0 if workers > 1 else 0.0)  # the other workers finish starting too


def wrk_rate(base: str, token: str, seconds: int, connections: int) -> tuple[float, int] | None:
    """Recharges per second and the count, from wrk (a C load generator, so the client costs next to nothing)
    with bench/wrk_recharge.lua; None when wrk is not installed (Debian package wrk)."""
    if not shutil.which("wrk"):
        return None
    script = str(ROOT / "bench" / "wrk_recharge.lua")
    run = f"wrk{time.time_ns()}"
    out = run_checked(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script, base, "--", token, run],
                      timeout=seconds + 60).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"wrk: some recharges were refused:\n{out}")
    done = int(re.search(r"(\d+) requests in", out).group(1))
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), done


def wrk_refused_rate(base: str, seconds: int, connections: int) -> tuple[float, int] | None:
    """Requests refused at once (401, no token) per second and their count, from wrk with bench/wrk_refused.lua: the
    floor of a request's cost, measured by the same client as the recharges; None without wrk."""
    if not shutil.which("wrk"):
        return None
    script = str(ROOT / "bench" / "wrk_refused.lua")
    out = run_checked(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script, base],
                      timeout=seconds + 60).stdout
    if "unexpected status" in out:
        raise SystemExit(f"wrk: some requests were not refused with 401:\n{out[:2000]}")
    done = int(re.search(r"(\d+) requests in", out).group(1))
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), done


def fill_raw(db_path: Path, target: int, filler_code: str = "customer:BK0000:available") -> float:
    """Brings the ledger to `target` transfers with plain inserts (the read benchmark needs the rows,
    not the posting path), keeping the account counters and the day flows equal to the sums of their transfers."""
    import sqlite3

    con = sqlite3.connect(db_path)
    have = con.execute("SELECT count(*) FROM ledger_transfers").fetchone()[0]
    clearing = con.execute("SELECT id FROM ledger_accounts WHERE code = 'platform:custodian_clearing'").fetchone()[0]
    filler = con.execute("SELECT id FROM ledger_accounts WHERE code = ?", (filler_code,)).fetchone()[0]
    started, chunk, n = time.perf_counter(), 200_000, have
    while n < target:
        size = min(chunk, target - n)
        con.executemany("INSERT INTO ledger_transfers (transfer_id, debit_account_id, credit_account_id, amount_fen, "
                        "kind, state, pending, reference, created_at, metadata) VALUES (?, ?, ?, 1, 'recharge', "
                        "'posted', 0, NULL, '2026-11-25 00:00:00.000000', '{}')",
                        ((f"fill-{i}", clearing, filler) for i in range(n, n + size)))
        con.execute("UPDATE ledger_accounts SET debits_posted = debits_posted + ? WHERE id = ?", (size, clearing))
        con.execute("UPDATE ledger_accounts SET credits_posted = credits_posted + ? WHERE id = ?", (size, filler))
        con.execute("INSERT INTO ledger_day_flows (day, kind, amount_fen, transfers) VALUES ('2026-11-25', 'recharge', "
                    "?, ?) ON CONFLICT (day, kind) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, "
                    "transfers = transfers + excluded.transfers", (size, size))
        con.commit()
        n += size
    con.execute("ANALYZE")
    con.close()
    return time.perf_counter() - started


def time_reads(session, base: str, count: int = 300) -> list[float]:
    times = []
    for n in range(count + 20):
        ref = f"SV{n % 200:04d}"
        started = time.perf_counter()
        answer = session.get(f"{base}/api/v1/ledger/customers/{ref}/balances", timeout=30)
        if n >= 20:  # warm-up first
            times.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--transfers", type=int, default=10_000_000, help="ledger size for the second balance read")
    parser.add_argument("--http", type=int, default=3000)
    parser.add_argument("--connections", type=int, default=4, help="concurrent keep-alive connections for HTTP")
    parser.add_argument("--single", type=int, default=3000)
    parser.add_argument("--bulk", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=1, help="server processes (run --workers N)")
    parser.add_argument("--http-only", action="store_true", help="only the HTTP recharge figures (no bulk, no 10 M fill)")
    parser.add_argument("--bulk-only", action="store_true", help="only the bulk posting figure (no HTTP, no 10 M fill)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    if args.backend == "postgresql" and not args.http_only:
        parser.error("--backend postgresql measures the HTTP recharges only: add --http-only")
    work = Path(tempfile.mkdtemp(prefix="p2p-bench-ledger-"))
    db_path = work / "platform.db"
    url, cluster = f"sqlite:///{db_path}", None
    if args.backend == "postgresql":
        from tests.support.postgres import PostgresCluster

        cluster = PostgresCluster().start()
        cluster.execute("CREATE DATABASE p2p_bench")
        url = cluster.url("p2p_bench")
    try:
        return measure(args, work, db_path, url, cluster)
    finally:
        if cluster is not None:
            cluster.stop()


def measure(args, work: Path, db_path: Path, url: str, cluster) -> int:
    # The address's ceiling (6,000 a minute) raised for the benchmark's server: refused at once, on the event loop,
    # requests outran it within wrk's shortest run (1 s)
    env = environment(work) | {"P2P_REQUESTS_PER_ADDRESS": "10000000"}
    run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", "0"], env)
    import os

    os.environ.update({"P2P_DATA_DIR": str(work)})
    from server.config import Settings
    from server.platform import Platform

    platform = Platform.open(Settings(data_dir=work, database_url=url))
    if args.bulk_only:
        # what posts money over HTTP is left out: the bulk figure alone, on the same freshly seeded platform
        bulk_rate, with_inputs, per_cpu = bulk(platform, args.bulk)
        platform.db.dispose()
        shutil.rmtree(work, ignore_errors=True)
        print(f"bulk posting (post_transfers and commit, 20,000 a transaction): {bulk_rate:,.0f} transfers/s; "
              f"{with_inputs:,.0f}/s counting the caller's building of the TransferInput objects; "
              f"{per_cpu:,.0f} per second of CPU time")
        return 0
    grant_movements(platform)
    single_rate = service_singles(platform, args.single)
    platform.db.dispose()

    server, base = start_server(url, env, args.workers)
    try:
        wait_for_workers(base, args.workers)
        session = signed_in_session(base, POSTER)
        token = session.headers["Authorization"].split()[1]
        cpu = cpu_seconds(server.pid)
        many = http_rate(base, token, list(range(args.http)), args.connections)
        cpu_per_request = (cpu_seconds(server.pid) - cpu) / args.http * 1000
        one = http_rate(base, token, list(range(args.http, args.http + args.http // 3)), 1)
        cpu, database_cpu = cpu_seconds(server.pid), cluster_cpu_seconds(cluster)
        by_wrk = wrk_rate(base, token, 3, args.connections)
        wrk_cpu = (cpu_seconds(server.pid) - cpu) / by_wrk[1] * 1000 if by_wrk else 0.0
        wrk_database_cpu = (cluster_cpu_seconds(cluster) - database_cpu) / by_wrk[1] * 1000 if by_wrk else 0.0
        floor = floor_cpu = wrk_floor = wrk_floor_cpu = None
        if args.http_only and by_wrk:
            cpu = cpu_seconds(server.pid)
            wrk_floor = wrk_refused_rate(base, 2, args.connections)
            wrk_floor_cpu = (cpu_seconds(server.pid) - cpu) / wrk_floor[1] * 1000 if wrk_floor else None
        elif args.http_only:
            cpu = cpu_seconds(server.pid)
            floor = http_rate(base, None, list(range(args.http // 3)), args.connections)
            floor_cpu = (cpu_seconds(server.pid) - cpu) / (args.http // 3) * 1000
        if not args.http_only:
            import sqlite3

            small_count = sqlite3.connect(db_path).execute("SELECT count(*) FROM ledger_transfers").fetchone()[0]
            small = time_reads(session, base)
    finally:
        server.terminate()
        server.wait()
    if args.http_only:
        print(f"API over loopback, one recharge per request, {args.connections} connections, {args.workers} "
              f"worker(s), {args.backend}: {many:,.0f} transfers/s; server CPU per recharge {cpu_per_request:.2f} ms")
        print(f"the same over one connection: {one:,.0f} transfers/s")
        if by_wrk:
            database = f"; PostgreSQL's CPU per recharge {wrk_database_cpu:.2f} ms" if cluster is not None else ""
            print(f"the same from wrk (C client), {args.connections} connections: {by_wrk[0]:,.0f} transfers/s; "
                  f"server CPU per recharge {wrk_cpu:.2f} ms{database}")
        if wrk_floor is not None:
            print(f"a request refused with 401 (no token), from wrk, {args.connections} connections: {wrk_floor[0]:,.0f} "
                  f"requests/s; server CPU per request {wrk_floor_cpu:.2f} ms; recharge / refusal: "
                  f"{wrk_cpu / wrk_floor_cpu:.2f}")
        if floor is not None:
            print(f"a request refused with 401 (the token looked up, no other work), {args.connections} connections: "
                  f"{floor:,.0f} requests/s; server CPU per request {floor_cpu:.2f} ms")
        return 0
    platform = Platform.open(Settings(data_dir=work, database_url=url))
    # after the first balance reads, so that those see about 10,000 transfers
    bulk_rate, with_inputs, _ = bulk(platform, args.bulk)
    platform.db.dispose()
    fill_seconds = fill_raw(db_path, args.transfers)
    server, base = start_server(url, env, args.workers)
    try:
        wait_for_workers(base, args.workers)
        large = time_reads(session, base)  # the same sign-in: a one-time code works once
        cpu = cpu_seconds(server.pid)
        floor = http_rate(base, None, list(range(args.http // 3)), args.connections)
        floor_cpu = (cpu_seconds(server.pid) - cpu) / (args.http // 3) * 1000
    finally:
        server.terminate()
        server.wait()

    ratio = statistics.median(large) / statistics.median(small)
    print(f"service layer, one transfer per transaction: {single_rate:,.0f} transfers/s")
    print(f"API over loopback, one recharge per request, {args.connections} connections: {many:,.0f} transfers/s "
          f"(goal >= 1,000: {'PASS' if many >= 1000 else 'GOAL MISSED'})")
    print(f"  server CPU per recharge: {cpu_per_request:.2f} ms")
    print(f"the same over one connection: {one:,.0f} transfers/s")
    if by_wrk:
        print(f"the same from wrk (C client), {args.connections} connections: {by_wrk[0]:,.0f} transfers/s "
              f"(goal >= 1,000: {'PASS' if by_wrk[0] >= 1000 else 'GOAL MISSED'}); server CPU per recharge "
              f"{wrk_cpu:.2f} ms")
    print(f"a request refused with 401 (the token looked up, no other work), {args.connections} connections: "
          f"{floor:,.0f} requests/s; server CPU per request {floor_cpu:.2f} ms")
    print(f"bulk posting (post_transfers and commit, 20,000 a transaction): {bulk_rate:,.0f} transfers/s "
          f"(goal >= 50,000: {'PASS' if bulk_rate >= 50_000 else 'GOAL MISSED'}); {with_inputs:,.0f}/s counting the "
          f"caller's building of the TransferInput objects")
    print(f"balance read at {small_count:,} transfers: p50 {statistics.median(small):.2f} ms, "
          f"p95 {percentile(small, 95):.2f} ms")
    print(f"balance read at {args.transfers:,} transfers: p50 {statistics.median(large):.2f} ms, "
          f"p95 {percentile(large, 95):.2f} ms (filling took {fill_seconds:.0f} s)")
    print(f"ratio large/small (p50): {ratio:.2f} (goal <= 1.5: {'PASS' if ratio <= 1.5 else 'GOAL MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
