"""Benchmark: the go-live import (issue 17): customers with bank cards and opening balances, loans in flight with
their schedules (what was paid so far) and the investors' holdings.

Writes one filled file, then times on a fresh migrated SQLite database:
- write: making the file (the platform's side of the work, not part of the goal);
- dry run: server.golive.service.check (read the file, check every row against the others and the platform);
- apply: server.golive.service.apply (check again inside the write transaction, bulk insert, post the opening
  balances through the ledger's transfers, record the file and the audit record).
The file is a .zip of CSV files (one per sheet: 2,000,000 installments do not fit a worksheet); --xlsx writes a
workbook instead (up to a worksheet's 1,048,576 rows a sheet).

Goal (issue 17): 100,000 customers and 200,000 loans with 2,000,000 installments in ≤ 60 s on SQLite.

    .venv/bin/python bench/golive_import.py [--customers 100000] [--loans 200000] [--installments 10]
                                             [--xlsx] [--database-url URL]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_S = 60.0
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _unique_id(n: int) -> str:
    from datetime import date, timedelta

    birth = date(1950, 1, 1) + timedelta(days=n // 1000)
    body = f"110101{birth:%Y%m%d}{n % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS)) % 11]


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def rows(customers: int, loans: int, per_loan: int) -> dict[str, list[list]]:
    """Customers (every other one a borrower, the rest investors), a card and an opening balance each, the
    custodian's figure; loans of `per_loan` monthly installments of equal principal, the first half paid on their
    due day, each held by two investors half and half."""
    from datetime import date

    from server.loans.schedules import add_months

    sheets = {key: [] for key in ("persons", "cards", "balances", "custodian", "loans", "installments", "holdings")}
    total = 0
    for n in range(customers):
        number = f"GL{n:07d}"
        sheets["persons"].append([number, "借款人" if n % 2 == 0 else "出借人", f"客户{n}", _unique_id(n),
                                  f"139{n:08d}", "", "", "", "", "是"])
        sheets["cards"].append([number, "中国工商银行", f"6222{n:015d}", "是"])
        fen = (100 + n % 1000) * 100
        sheets["balances"].append([number, _yuan(fen)])
        total += fen
    sheets["custodian"].append(["2026-12-31", _yuan(total)])
    borrowers, investors = max(customers // 2, 1), max(customers // 2, 1)
    start = date(2025, 1, 15)
    dues = [add_months(start, k).isoformat() for k in range(1, per_loan + 1)]
    for i in range(loans):
        number = f"LN{i:09d}"
        principal = (12_000 + i % 100 * 100) * 100
        share = principal // per_loan
        sheets["loans"].append([number, f"GL{2 * (i % borrowers):07d}", _yuan(principal), "9.6", str(per_loan),
                                "等额本金", start.isoformat(), "还款中", ""])
        for k in range(per_loan):
            part = share if k < per_loan - 1 else principal - share * (per_loan - 1)
            interest = (principal - share * k) * 8 // 1000
            paid = k < per_loan // 2
            sheets["installments"].append([number, str(k + 1), dues[k], _yuan(part), _yuan(interest), "",
                                           _yuan(part + interest) if paid else "", dues[k] if paid else ""])
        first = 2 * (i % investors) + 1
        second = 2 * ((i + 1) % investors) + 1
        half = principal // 2
        sheets["holdings"].append([f"GL{first:07d}", number, _yuan(half)])
        sheets["holdings"].append([f"GL{second:07d}", number, _yuan(principal - half)])
    return sheets


def zip_of_csv(sheets: dict[str, list[list]]) -> bytes:
    from server.golive.columns import SHEETS_BY_KEY

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for key, body in sheets.items():
            sheet = SHEETS_BY_KEY[key]
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow([c.header for c in sheet.columns])
            writer.writerows(body)
            archive.writestr(f"{sheet.zh}.csv", "\ufeff" + text.getvalue())
    return out.getvalue()


def workbook(sheets: dict[str, list[list]]) -> bytes:
    from openpyxl import Workbook

    from server.golive.columns import SHEETS_BY_KEY

    book = Workbook(write_only=True)
    for key, body in sheets.items():
        sheet = book.create_sheet(SHEETS_BY_KEY[key].zh)
        sheet.append([c.header for c in SHEETS_BY_KEY[key].columns])
        for row in body:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--loans", type=int, default=200_000)
    parser.add_argument("--installments", type=int, default=10, help="installments per loan (default 10)")
    parser.add_argument("--xlsx", action="store_true", help="a workbook instead of a .zip of CSV files")
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
    sheets = rows(args.customers, args.loans, args.installments)
    data = workbook(sheets) if args.xlsx else zip_of_csv(sheets)
    del sheets
    write_s = time.perf_counter() - t0
    sha256 = hashlib.sha256(data).hexdigest()

    t0 = time.perf_counter()
    with platform.db.read() as db:
        checked = service.check(db, data)
    dry_run_s = time.perf_counter() - t0
    assert not checked.problems, checked.problems.listed("en")[:5]
    del checked

    t0 = time.perf_counter()
    with platform.db.write() as db:
        audit = Auditor(db, None, "bench", "bench", "bench")
        answer = service.apply(db, audit, "bench", data, "bench.zip", sha256, "en")
        audit.seal()
        db.commit()
    apply_s = time.perf_counter() - t0
    print(f"{args.customers:,} customers (+ as many cards and opening balances), {args.loans:,} loans with "
          f"{args.loans * args.installments:,} installments, {'.xlsx' if args.xlsx else '.zip of CSV'} of "
          f"{len(data) / 1e6:.1f} MB on {platform.db.engine.dialect.name}")
    print(f"write {write_s:.1f} s · dry run {dry_run_s:.1f} s · apply {apply_s:.1f} s · totals {answer['totals']}")
    print(f"goal: 100,000 customers and 200,000 loans with 2,000,000 installments imported in ≤ {GOAL_S:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
