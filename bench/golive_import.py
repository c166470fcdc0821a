"""Benchmark: the go-live import of customers with bank cards and their opening balances (issue 17).

Writes one filled workbook (N persons, one card each, an opening balance for each, the custodian's figure) with
openpyxl's write-only mode, then times on a fresh migrated SQLite database:
- write: making the .xlsx (the platform's side of the work, not part of the goal);
- dry run: server.golive.service.check (read the workbook, check every row against the others and the platform);
- apply: server.golive.service.apply (check again inside the write transaction, insert, post the ledger's
  transfers, record the file and the audit record).
Goal (issue 17): 100,000 customers and 200,000 loans with 2,000,000 installments in ≤ 60 s on SQLite. Loans in
flight are not in the templates yet, so this measures the customers, cards and balances part only.

    .venv/bin/python bench/golive_import.py [--customers 100000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_S = 60.0
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def workbook(customers: int) -> bytes:
    from openpyxl import Workbook

    from server.golive.columns import BALANCES, CARDS, CUSTODIAN, PERSONS

    book = Workbook(write_only=True)
    persons, cards, balances = (book.create_sheet(s.zh) for s in (PERSONS, CARDS, BALANCES))
    for sheet, data_sheet in ((persons, PERSONS), (cards, CARDS), (balances, BALANCES)):
        sheet.append([c.header for c in data_sheet.columns])
    total = 0
    for n in range(customers):
        number = f"GL{n:07d}"
        # ID numbers must differ: a running number in the sequence part and the birth date.
        persons.append([number, "出借人", f"客户{n}", _unique_id(n), f"139{n:08d}", "", "", "", "", "是"])
        cards.append([number, "中国工商银行", f"6222{n:015d}", "是"])
        balances.append([number, f"{100 + n % 1000}.00"])
        total += (100 + n % 1000) * 100
    custodian = book.create_sheet(CUSTODIAN.zh)
    custodian.append([c.header for c in CUSTODIAN.columns])
    custodian.append(["2026-12-31", f"{total // 100}.{total % 100:02d}"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _unique_id(n: int) -> str:
    from datetime import date, timedelta

    birth = date(1950, 1, 1) + timedelta(days=n // 1000)
    body = f"110101{birth:%Y%m%d}{n % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS)) % 11]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()

    from server.audit.service import Auditor
    from server.config import Settings
    from server.db import migrate
    from server.golive import service
    from server.platform import Platform

    work = Path(tempfile.mkdtemp(prefix="golive-import-"))
    url = args.database_url or f"sqlite:///{work / 'bench.db'}"
    platform = Platform.open(Settings(data_dir=work, database_url=url))
    migrate.upgrade(platform.db.engine)

    t0 = time.perf_counter()
    data = workbook(args.customers)
    write_s = time.perf_counter() - t0
    sha256 = hashlib.sha256(data).hexdigest()

    t0 = time.perf_counter()
    with platform.db.read() as db:
        checked = service.check(db, data)
    dry_run_s = time.perf_counter() - t0
    assert not checked.problems, checked.problems.listed("en")[:5]

    t0 = time.perf_counter()
    with platform.db.write() as db:
        audit = Auditor(db, None, "bench", "bench", "bench")
        answer = service.apply(db, audit, "bench", data, "bench.xlsx", sha256, "en")
        audit.seal()
        db.commit()
    apply_s = time.perf_counter() - t0
    print(f"customers {args.customers:,} (+ as many cards and opening balances), file {len(data) / 1e6:.1f} MB "
          f"on {platform.db.engine.dialect.name}")
    print(f"write {write_s:.1f} s · dry run {dry_run_s:.1f} s · apply {apply_s:.1f} s · totals {answer['totals']}")
    print(f"goal: the whole go-live set in ≤ {GOAL_S:.0f} s (loans in flight not yet importable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
