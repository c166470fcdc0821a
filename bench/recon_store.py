"""Benchmark: storing an imported statement and running the day, on the database (issue 6).

Builds N parsed statement lines in memory (the reader's own speed is bench/reconciliation.py's), books
N/2 matching recharges in the ledger for the same day, then times, on a fresh migrated database (SQLite, or the
PostgreSQL database named):
- store: server.reconciliation.imports.store (duplicate-serial check, the lines through the database's bulk path,
  audit);
- run: server.reconciliation.runs.run_day (ledger side brought in, all passes, every item's result written).
Goals: a 1,000,000-line file stores in seconds (issue 6, ≤ 10 s); store + run ≤ 6 s (issue 19).

    .venv/bin/python bench/recon_store.py [--lines 1000000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

GOAL_STORE_S = 10.0
GOAL_STORE_AND_RUN_S = 6.0


def lines_frame(n: int, start: datetime) -> pl.DataFrame:
    i = pl.int_range(n, dtype=pl.Int64)
    return pl.select(
        (i + 1).cast(pl.Int32).alias("line_no"), pl.format("S{}", i).alias("serial"),
        pl.format("CZ{}", i).alias("order_no"), pl.format("C{}", i % 50_000).alias("account"),
        pl.lit("in").alias("direction"), (i % 997 * 100 + 100).alias("amount_fen"),
        (pl.lit(start) + pl.duration(seconds=i * 86_000 // n)).dt.cast_time_unit("us").alias("booked_at"),
        pl.lit("充值").alias("summary"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()

    from server.access import Principal
    from server.audit.service import Auditor
    from server.config import Settings
    from server.db import migrate
    from server.ledger.models import LedgerAccount, LedgerTransfer
    from server.ledger.service import CLEARING
    from server.platform import Platform
    from server.reconciliation import imports, runs
    from server.reconciliation.service import day_bounds
    from server.reconciliation.statement import BUILTIN_PROFILES, ParsedStatement

    work = Path(tempfile.mkdtemp(prefix="recon-store-"))
    url = args.database_url or f"sqlite:///{work / 'bench.db'}"
    platform = Platform.open(Settings(data_dir=work, database_url=url))
    migrate.upgrade(platform.db.engine)
    day = datetime.now(timezone(timedelta(hours=8))).date() - timedelta(days=1)
    start, _ = day_bounds(day)
    lines = lines_frame(args.lines, start)
    parsed = ParsedStatement(encoding="gb18030", mapping=BUILTIN_PROFILES["generic"], header_line=1,
                             sha256=hashlib.sha256(str(args.lines).encode()).hexdigest(), lines=lines,
                             declared_count=None, declared_in_fen=None, declared_out_fen=None,
                             reported_balance_fen=None)
    clerk = Principal(1, "bench", "bench", 0, (), frozenset())

    # Half the lines have their ledger transfer (the other half are bank-only): bulk rows, as a benchmark set-up.
    half = lines.head(args.lines // 2)
    with platform.db.write() as db:
        clearing = db.scalar(select(LedgerAccount.id).where(LedgerAccount.code == CLEARING))
        accounts = [dict(code=f"customer:C{k}:available", kind="customer", customer_ref=f"C{k}", name=f"C{k}",
                         may_go_negative=False, debits_posted=0, credits_posted=0, debits_pending=0,
                         credits_pending=0, version=1) for k in range(50_000)]
        db.execute(insert(LedgerAccount), accounts)
        ids = dict(db.execute(select(LedgerAccount.customer_ref, LedgerAccount.id)
                              .where(LedgerAccount.kind == "customer")).all())
        rows = [dict(transfer_id=f"bench-{serial}", debit_account_id=clearing, credit_account_id=ids[account],
                     amount_fen=amount, kind="recharge", state="posted", pending=False, reference=order_no,
                     created_at=at, details={})
                for serial, order_no, account, amount, at in half.select(
                    "serial", "order_no", "account", "amount_fen", "booked_at").iter_rows()]
        db.execute(insert(LedgerTransfer), rows)
        db.commit()
    # The set-up's 550,000 Python rows are no server's state: held, every collection the timed part triggers would
    # walk them. The server freezes its start-up objects out of the collector (server/__main__.py); so does this.
    del accounts, ids, rows
    gc.collect()
    gc.freeze()

    with platform.db.write() as db:
        audit = Auditor(db, None, "bench", "bench", "bench")
        t0 = time.perf_counter()
        imports.store(db, audit, clerk, day, "bench.csv", "generic", parsed)
        audit.seal()
        db.commit()
        store_s = time.perf_counter() - t0
    with platform.db.write() as db:
        audit = Auditor(db, None, "bench", "bench", "bench")
        t0 = time.perf_counter()
        row = runs.run_day(db, audit, clerk, day)
        audit.seal()
        db.commit()
        run_s = time.perf_counter() - t0
    backend = platform.db.dialect
    print(f"{backend}: store {args.lines:,} lines: {store_s:.2f} s ({args.lines / store_s:,.0f} lines/s) "
          f"{'PASS' if store_s <= GOAL_STORE_S else 'GOAL MISSED'} (goal <= {GOAL_STORE_S:.0f} s)")
    print(f"{backend}: run the day ({args.lines // 2:,} ledger items, {args.lines:,} lines, results written): "
          f"{run_s:.2f} s; run_at {row.run_at:%H:%M:%S}")
    both = store_s + run_s
    print(f"{backend}: store + run {both:.2f} s {'PASS' if both <= GOAL_STORE_AND_RUN_S else 'GOAL MISSED'} "
          f"(goal <= {GOAL_STORE_AND_RUN_S:.0f} s)")
    platform.db.dispose()
    shutil.rmtree(work, ignore_errors=True)   # a million lines leave some 350 MB behind otherwise
    return 0


if __name__ == "__main__":
    sys.exit(main())
