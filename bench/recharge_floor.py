"""Benchmark: the least a recharge can cost beside a request refused at once (issue 19's ratio goal, ≤ 1.5).

A recharge over HTTP does all that a refused request does (the connection's bytes read and parsed, the address
counted, the route found, an answer written) and then its own work, of which SQLite's own statements and commit are
a part no code of ours can make cheaper. So recharge ÷ refusal is at least (refusal + SQLite's part) ÷ refusal.

On a fresh demo platform on SQLite (WAL), it drives the real application in process (ASGI calls, no sockets, so
neither figure carries uvicorn's share) with --count recharges (POST /ledger/movements/recharge, signed in, audited,
idempotent) and as many requests refused at once (no credentials: 401), and times the process's CPU and, for the
recharges, the CPU spent inside the sqlite3 driver's own calls (its connections made with a Connection subclass that
times execute, executemany and commit; the subclass is this benchmark's, never the server's).

    .venv/bin/python bench/recharge_floor.py [--count 3000] [--refusal-over-http-ms 0.14]

`--refusal-over-http-ms`: the refusal's CPU over HTTP as bench/ledger_throughput.py measured it (wrk, keep-alive),
for the ratio's floor over HTTP.

Last, for scale, a bare transaction of a recharge's kind of rows on a minimal schema through sqlite3 alone, with no
code of ours: what SQLite would cost if the schema served no screen, report or check.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ledger_throughput import POSTER, grant_movements  # noqa: E402
from bench.support import environment, run_checked  # noqa: E402

GOAL_RATIO = 1.5
_inside = [0.0]


def _timed(call):
    def timed(*args, **kwargs):
        started = time.thread_time()
        try:
            return call(*args, **kwargs)
        finally:
            _inside[0] += time.thread_time() - started
    return timed


class _TimedCursor(sqlite3.Cursor):
    execute = _timed(sqlite3.Cursor.execute)
    executemany = _timed(sqlite3.Cursor.executemany)


class _TimedConnection(sqlite3.Connection):
    # Connection.execute makes its cursor through self.cursor() and then runs the statement in C, so a statement is
    # counted once, here.
    execute = _timed(sqlite3.Connection.execute)
    executemany = _timed(sqlite3.Connection.executemany)
    commit = _timed(sqlite3.Connection.commit)

    def cursor(self, factory=_TimedCursor):
        return super().cursor(factory)


def _time_sqlite_calls() -> None:
    """Every sqlite3 connection made from now on in this process is a _TimedConnection (SQLAlchemy's pysqlite
    dialect connects through sqlite3.dbapi2.connect)."""
    original = sqlite3.dbapi2.connect

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", _TimedConnection)
        return original(*args, **kwargs)
    sqlite3.dbapi2.connect = sqlite3.connect = connect


def bare_transaction_ms(folder: Path, count: int) -> float:
    """CPU of a transaction writing a recharge's kind of rows (idempotency record looked up and written, account read
    and updated, transfer and its two postings, an audit record chained by SHA-256 to the last) on a minimal schema
    (no index beyond the keys but one), through sqlite3 alone, as the server's database is set (WAL, synchronous
    NORMAL): what SQLite would cost a recharge if the schema served nothing else."""
    import hashlib

    db = sqlite3.connect(folder / "bare.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript("""
        CREATE TABLE idempotency (key TEXT PRIMARY KEY, status INTEGER, body TEXT);
        CREATE TABLE transfers (id INTEGER PRIMARY KEY, transfer_id TEXT UNIQUE, kind TEXT, amount_fen INTEGER,
                                at TEXT);
        CREATE TABLE postings (id INTEGER PRIMARY KEY, transfer_id INTEGER, account_id INTEGER, amount_fen INTEGER);
        CREATE INDEX ix_postings_account_id ON postings (account_id);
        CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance_fen INTEGER, version INTEGER);
        CREATE TABLE audit (seq INTEGER PRIMARY KEY, action TEXT, body TEXT, prev TEXT, hash TEXT);""")
    db.executemany("INSERT INTO accounts VALUES (?, 0, 0)", [(i,) for i in range(1, 1002)])
    last = "0" * 64
    started = time.process_time()
    for n in range(count):
        account = n % 1000 + 1
        db.execute("BEGIN IMMEDIATE")
        db.execute("SELECT status, body FROM idempotency WHERE key = ?", (f"k{n}",)).fetchone()
        db.execute("SELECT balance_fen, version FROM accounts WHERE id = ?", (account,)).fetchone()
        transfer = db.execute("INSERT INTO transfers (transfer_id, kind, amount_fen, at) "
                              "VALUES (?, 'recharge', 100, '2026-12-05 00:00:00')", (f"t{n}",)).lastrowid
        db.executemany("INSERT INTO postings (transfer_id, account_id, amount_fen) VALUES (?, ?, ?)",
                       [(transfer, 1001, -100), (transfer, account, 100)])
        db.execute("UPDATE accounts SET balance_fen = balance_fen + 100, version = version + 1 WHERE id = ?",
                   (account,))
        sealed = hashlib.sha256(f"{last}|recharge|{n}".encode()).hexdigest()
        db.execute("INSERT INTO audit (action, body, prev, hash) VALUES ('recharge', '{}', ?, ?)", (last, sealed))
        last = sealed
        db.execute("INSERT INTO idempotency VALUES (?, 200, '{}')", (f"k{n}",))
        db.execute("COMMIT")
    spent = time.process_time() - started
    db.close()
    return spent / count * 1e3


def make_caller(app):
    async def call(method: str, path: str, body: bytes = b"", headers: tuple = ()) -> tuple[int, bytes]:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"),
                             (b"content-length", str(len(body)).encode()), *headers],
                 "client": ("127.0.0.1", 5555), "server": ("127.0.0.1", 80)}
        delivered = False
        answer = {"body": b""}

        async def receive():
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)   # the client never hangs up

        async def send(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")
        await app(scope, receive, send)
        return answer["status"], answer["body"]
    return call


async def measure(app, count: int) -> dict:
    from tests.support.platforms import sign_in_body

    call = make_caller(app)
    status, body = await call("POST", "/api/v1/auth/login", json.dumps(sign_in_body(POSTER)).encode())
    if status != 200:
        raise SystemExit(f"sign-in failed: {status} {body[:300]!r}")
    token = json.loads(body)["tokens"]["access_token"]

    async def send(numbers: range, signed_in: bool) -> None:
        want = 200 if signed_in else 401
        for n in numbers:
            headers = ((b"authorization", f"Bearer {token}".encode()),) if signed_in else ()
            payload = json.dumps({"operation_id": f"floor-{n}", "customer_ref": f"SV{n % 200:04d}",
                                  "amount_fen": 100}).encode()
            status, body = await call("POST", "/api/v1/ledger/movements/recharge", payload,
                                      (*headers, (b"idempotency-key", f"floor-{n}".encode())))
            if status != want:
                raise SystemExit(f"recharge {n}: {status} {body[:300]!r} (expected {want})")

    await send(range(0, 300), True)          # warm: caches filled, statements prepared
    await send(range(0, 300), False)
    cpu, inside = time.process_time(), _inside[0]
    await send(range(1_000, 1_000 + count), True)
    recharge_ms = (time.process_time() - cpu) / count * 1e3
    sqlite_ms = (_inside[0] - inside) / count * 1e3
    cpu = time.process_time()
    await send(range(1_000, 1_000 + count), False)
    refusal_ms = (time.process_time() - cpu) / count * 1e3
    return {"recharge_ms": recharge_ms, "sqlite_ms": sqlite_ms, "refusal_ms": refusal_ms}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=3_000)
    parser.add_argument("--refusal-over-http-ms", type=float, default=None)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="recharge-floor-"))
    try:
        url = f"sqlite:///{work / 'platform.db'}"
        run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", "--loans", "0"],
                    environment(work))
        os.environ["P2P_DATA_DIR"] = str(work)
        _time_sqlite_calls()
        from server.app import create_app
        from server.config import Settings
        from server.platform import Platform

        platform = Platform.open(Settings(data_dir=work, database_url=url))
        grant_movements(platform)
        platform.db.dispose()
        app = create_app(Settings(data_dir=work, database_url=url, requests_per_address=10 ** 9))
        got = asyncio.run(measure(app, args.count))
        bare = bare_transaction_ms(work, args.count * 5)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    recharge, own, refusal = got["recharge_ms"], got["sqlite_ms"], got["refusal_ms"]
    print(f"in process, {args.count:,} each: a recharge {recharge:.3f} ms of CPU, of which SQLite's own statements "
          f"and commit {own:.3f} ms; a refusal (401) {refusal:.3f} ms")
    floor = (refusal + own) / refusal
    print(f"recharge ÷ refusal in process: {recharge / refusal:.1f}; its floor (refusal + SQLite's own) ÷ refusal: "
          f"{floor:.1f} {'under' if floor <= GOAL_RATIO else 'OVER'} the goal of {GOAL_RATIO}")
    if args.refusal_over_http_ms:
        over_http = (args.refusal_over_http_ms + own) / args.refusal_over_http_ms
        print(f"floor over HTTP, with a refusal of {args.refusal_over_http_ms:.3f} ms: {over_http:.1f} "
              f"{'under' if over_http <= GOAL_RATIO else 'OVER'} the goal of {GOAL_RATIO}")
    print(f"a bare transaction of a recharge's rows on a minimal schema, sqlite3 alone: {bare:.3f} ms of CPU")
    for name, refused in (("in process", refusal), ("over HTTP", args.refusal_over_http_ms)):
        if refused:
            print(f"{name}, at {GOAL_RATIO}x a refusal of {refused:.3f} ms, all of a recharge's own work (sign-in, "
                  f"validation, idempotency, rule, audit, answer, and that bare transaction) would have "
                  f"{(GOAL_RATIO - 1) * refused:.3f} ms, of which the bare transaction takes {bare:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
