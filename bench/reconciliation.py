"""Benchmark: a day's reconciliation at scale, statement import and matching, against DuckDB as a yardstick.

It generates a day of N ledger transfers with the custodian (default 1,000,000) and the bank's GBK CSV statement
for it in the CCB-style built-in layout (amount with a 借/贷 flag, date and time columns, header block, totals
line), with about 1% of each kind of difference planted: amounts that differ, transfers only in the ledger, lines
only at the bank, split settlements (2-4 lines for one transfer, no order number), references missing on one side
(so only the window pass can match them), and duplicates (a supplement file re-sending 1% of the day's lines under
their serials: the reader refuses a serial twice within one file, so duplicates arrive in a second file).
Every planted item gets its own customer account, so the expected outcome is exact and checked pair by pair.

Then, each in a fresh process so that each peak memory (VmHWM: polars allocates outside Python's reach, where
tracemalloc does not look) is its own:
- import: server.reconciliation.statement.read_statement on the GBK bytes (main file, then supplement);
- matching: server.reconciliation.matching.match on the ledger and the imported lines (median of --repeat runs),
  then its outcome checked against what was planted;
- DuckDB: the exact-reference join alone (ledger reference = bank order number or serial, same amount and
  direction) over the same rows held in DuckDB tables (median of --repeat runs); then, as a second yardstick, the
  least of the matcher's exact pass written in DuckDB (`_DUCKDB_EXACT_PASS`).
Goals (issue 6): import >= 300,000 lines/s; all matching passes <= 3x DuckDB's exact join; peak memory < 2 GB
per phase; categories exactly as planted. Issue 19: <= 1.2x DuckDB's exact join (printed, not asserted).

    .venv/bin/python bench/reconciliation.py [--lines 1000000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402

PROFILE = "ccb"
DAY_START = datetime(2026, 11, 23, 16, 0, tzinfo=timezone.utc)   # 2026-11-24 00:00 in Shanghai
CUSTOMERS = 300_000
SUPPLEMENT_LINE_OFFSET = 100_000_000   # line ids of the supplement file's lines, after any main-file line number
GOAL_LINES_PER_S = 300_000
GOAL_RATIO = 3.0
GOAL_RATIO_ISSUE_19 = 1.2
GOAL_PEAK_BYTES = 2 * 1024 ** 3


def peak_rss_bytes() -> int:
    # VmHWM, the peak of this process's own memory map. Not ru_maxrss: Linux carries it over from the parent through
    # fork and exec, so every phase reported the generator's peak (1,085 MB for each of the three phases).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024   # kB
    raise SystemExit("no VmHWM in /proc/self/status: this benchmark measures memory on Linux only")


def _random(seed: int, modulo: int) -> pl.Expr:
    """A reproducible pseudo-random integer in [0, modulo) per row (no numpy here: a hash of the row index)."""
    return (pl.int_range(pl.len(), dtype=pl.UInt64).hash(seed) % modulo).cast(pl.Int64)


# ---------------------------------------------------------------------------------------------------- generating

def generate(lines: int, work: Path) -> dict:
    """Writes ledger.parquet, statement.csv / supplement.csv (GBK), and the planted truth: expected_ledger.parquet
    (entry_id, category), expected_bank.parquet (file, serial, category) and expected_pairs.parquet
    (entry_id, file, serial, pass)."""
    n = lines
    k = max(n // 100, 4)
    kinds = (["amount_differs"] * k + ["ledger_only"] * k + ["split"] * k + ["window_no_order_no"] * (k // 2)
             + ["window_no_reference"] * (k - k // 2))
    kinds += ["normal"] * (n - len(kinds))
    base = pl.DataFrame({"kind": kinds}).with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("i"))
    # Scatter the kinds over the day and over entry ids.
    base = base.with_columns(_random(1, 1 << 62).alias("order")).sort("order").drop("order").with_columns(
        (pl.int_range(pl.len(), dtype=pl.Int64) + 1).alias("entry_id"))
    special = pl.col("kind") != "normal"
    ledger = base.with_columns(
        pl.when(pl.col("kind") == "window_no_reference").then(None)
        .otherwise(pl.format("P20261124{}", pl.col("entry_id").cast(pl.String).str.zfill(9))).alias("reference"),
        pl.when(special).then(pl.format("X{}", pl.col("entry_id").cast(pl.String).str.zfill(9)))
        .otherwise(pl.format("C{}", (_random(2, CUSTOMERS) + 1).cast(pl.String).str.zfill(9))).alias("account"),
        pl.when(_random(3, 10) < 6).then(pl.lit("in")).otherwise(pl.lit("out")).alias("direction"),
        (_random(4, 5_000_000) + 500).alias("amount_fen"),
        (pl.lit(DAY_START) + pl.duration(seconds=_random(5, 86_400 - 4 * 3_600))).dt.cast_time_unit("us").alias("at"),
        _random(6, 1 << 30).alias("noise"),
    )

    def bank_of(frame: pl.DataFrame, order_no: pl.Expr, amount: pl.Expr, delay_s: pl.Expr) -> pl.DataFrame:
        return frame.select("entry_id", "kind", order_no.alias("order_no"), "account", "direction",
                            amount.alias("amount_fen"), (pl.col("at") + pl.duration(seconds=delay_s)).alias("at"))

    normal = ledger.filter(pl.col("kind") == "normal")
    paired = [
        bank_of(normal, pl.col("reference"), pl.col("amount_fen"), pl.col("noise") % 180),
        bank_of(ledger.filter(pl.col("kind") == "amount_differs"), pl.col("reference"),
                pl.col("amount_fen") + pl.when(pl.col("noise") % 2 == 0).then(1).otherwise(-1) * (pl.col("noise") % 400 + 1),
                pl.col("noise") % 180),
        # References missing: the bank line has no order number, or the ledger entry has no reference; booked hours
        # apart, inside the day's window.
        bank_of(ledger.filter(pl.col("kind") == "window_no_order_no"), pl.lit(None, pl.String), pl.col("amount_fen"),
                pl.col("noise") % 14_000 + 600),
        bank_of(ledger.filter(pl.col("kind") == "window_no_reference"),
                pl.format("R{}", pl.col("entry_id").cast(pl.String).str.zfill(9)), pl.col("amount_fen"),
                pl.col("noise") % 14_000 + 600),
    ]
    # Split settlements: 2-4 lines without the order number, minutes apart, adding up to the transfer.
    splits = ledger.filter(pl.col("kind") == "split").with_columns((pl.col("noise") % 3 + 2).alias("parts"))
    split_lines = (splits.with_columns(pl.int_ranges(0, pl.col("parts")).alias("part")).explode("part")
                   .with_columns(pl.when(pl.col("part") == pl.col("parts") - 1)
                                 .then(pl.col("amount_fen") - (pl.col("amount_fen") // pl.col("parts")) * (pl.col("parts") - 1))
                                 .otherwise(pl.col("amount_fen") // pl.col("parts")).alias("part_fen")))
    paired.append(bank_of(split_lines, pl.lit(None, pl.String), pl.col("part_fen"),
                          pl.col("part") * 900 + pl.col("noise") % 300 + 60))
    bank_only = pl.DataFrame({"j": range(k)}).with_columns(
        pl.lit(None, pl.Int64).alias("entry_id"), pl.lit("bank_only").alias("kind"),
        pl.format("Q20261124{}", pl.col("j").cast(pl.String).str.zfill(9)).alias("order_no"),
        pl.format("Y{}", pl.col("j").cast(pl.String).str.zfill(9)).alias("account"),
        pl.when(_random(7, 2) == 0).then(pl.lit("in")).otherwise(pl.lit("out")).alias("direction"),
        (_random(8, 900_000) + 100).alias("amount_fen"),
        (pl.lit(DAY_START) + pl.duration(seconds=_random(9, 86_400 - 4 * 3_600))).dt.cast_time_unit("us").alias("at"),
    ).drop("j")
    bank = pl.concat([*paired, bank_only]).sort(["at", "entry_id"], nulls_last=True)
    bank = bank.with_columns(pl.format("B{}", (pl.int_range(pl.len(), dtype=pl.Int64) + 1)
                                       .cast(pl.String).str.zfill(12)).alias("serial"))

    # The supplement: 1% of the day's ordinary lines sent again, same serials.
    supplement = (bank.filter(pl.col("kind") == "normal").with_columns(_random(10, 1 << 62).alias("order"))
                  .sort("order").head(k).drop("order").sort("at"))

    main_header = write_statement(bank, work / "statement.csv")
    supplement_header = write_statement(supplement, work / "supplement.csv")
    ledger.select("entry_id", "reference", "account", "direction", "amount_fen", "at").write_parquet(work / "ledger.parquet")

    expected_ledger = ledger.select("entry_id", pl.col("kind").replace_strict(
        {"normal": "matched", "amount_differs": "amount_differs", "ledger_only": "ledger_only", "split": "matched",
         "window_no_order_no": "matched", "window_no_reference": "matched"}).alias("category"))
    bank_category = {"normal": "matched", "amount_differs": "amount_differs", "split": "matched",
                     "window_no_order_no": "matched", "window_no_reference": "matched", "bank_only": "bank_only"}
    expected_bank = pl.concat([
        bank.select(pl.lit("statement").alias("file"), "serial", pl.col("kind").replace_strict(bank_category)
                    .alias("category")),
        supplement.select(pl.lit("supplement").alias("file"), "serial", pl.lit("duplicate").alias("category"))])
    passes = {"normal": "exact", "split": "many_to_one", "window_no_order_no": "window",
              "window_no_reference": "window"}
    expected_pairs = bank.filter(pl.col("kind").is_in(list(passes))).select(
        "entry_id", pl.lit("statement").alias("file"), "serial", pl.col("kind").replace_strict(passes).alias("pass"))
    expected_ledger.write_parquet(work / "expected_ledger.parquet")
    expected_bank.write_parquet(work / "expected_bank.parquet")
    expected_pairs.write_parquet(work / "expected_pairs.parquet")
    bank.select("serial", "order_no", "account", "direction", "amount_fen", "at").write_parquet(
        work / "generated_lines.parquet")
    return {"ledger": ledger.height, "statement_lines": bank.height, "supplement_lines": supplement.height,
            "header_lines": [main_header, supplement_header],
            "planted": dict(ledger.group_by("kind").len().iter_rows()) | {"bank_only": k, "duplicate": k,
                                                                          "split_lines": split_lines.height}}


def _yuan(fen: pl.Expr) -> pl.Expr:
    return pl.format("{}.{}", (fen // 100).cast(pl.String), (fen % 100).cast(pl.String).str.zfill(2))


def _yuan_text(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}"


def write_statement(bank: pl.DataFrame, path: Path) -> int:
    """The lines as the custodian writes them in the CCB-style layout, GBK-encoded. Returns the header's line."""
    from server.reconciliation.statement import BUILTIN_PROFILES

    m = BUILTIN_PROFILES[PROFILE]
    local = pl.col("at").dt.convert_time_zone("Asia/Shanghai")
    rows = bank.select(
        pl.col("serial").alias(m.serial), pl.col("order_no").fill_null("").alias(m.order_no),
        pl.col("account").alias(m.account), _yuan(pl.col("amount_fen")).alias(m.amount),
        pl.when(pl.col("direction") == "in").then(pl.lit("贷")).otherwise(pl.lit("借")).alias(m.direction),
        local.dt.strftime("%Y-%m-%d").alias(m.booked_at), local.dt.strftime("%H:%M:%S").alias(m.booked_time),
        pl.when(pl.col("direction") == "in").then(pl.lit("充值")).otherwise(pl.lit("提现")).alias(m.summary))
    in_fen = int(bank.filter(pl.col("direction") == "in")["amount_fen"].sum() or 0)
    out_fen = int(bank.filter(pl.col("direction") == "out")["amount_fen"].sum() or 0)
    head = ["中国建设银行 资金存管业务对账单", "账户名称：某某网络借贷信息中介平台客户资金存管账户",
            "对账日期：2026-11-24"]
    # Labelled totals in the first columns: a cell under the amount column would read as a plain amount.
    totals = (f"合计：共{bank.height}笔,\"贷方发生额合计：{_yuan_text(in_fen)}\",\"借方发生额合计："
              f"{_yuan_text(out_fen)}\",,,,,\n")
    text = "\n".join(head) + "\n" + rows.write_csv(include_header=True) + totals
    path.write_bytes(text.encode("gbk"))
    return len(head) + 1


# ------------------------------------------------------------------------------------------------------- phases

def phase_import(work: Path) -> dict:
    from server.reconciliation.statement import BUILTIN_PROFILES, read_statement

    main = (work / "statement.csv").read_bytes()
    extra = (work / "supplement.csv").read_bytes()
    started = time.perf_counter()
    parsed = read_statement(main, "statement.csv", BUILTIN_PROFILES[PROFILE])
    main_s = time.perf_counter() - started
    started = time.perf_counter()
    parsed_extra = read_statement(extra, "supplement.csv", BUILTIN_PROFILES[PROFILE])
    extra_s = time.perf_counter() - started
    peak = peak_rss_bytes()
    generated = pl.read_parquet(work / "generated_lines.parquet")
    agrees = parsed.lines.select("serial", "order_no", "account", "direction", "amount_fen",
                                 pl.col("booked_at").alias("at")).equals(generated)
    totals_read = (parsed.declared_count == parsed.lines.height)
    lines = pl.concat([
        parsed.lines.with_columns(pl.col("line_no").cast(pl.Int64).alias("line_id"), pl.lit("statement").alias("file")),
        parsed_extra.lines.with_columns((pl.col("line_no").cast(pl.Int64) + SUPPLEMENT_LINE_OFFSET).alias("line_id"),
                                        pl.lit("supplement").alias("file"))])
    lines.select("line_id", "file", "serial", "order_no", "account", "direction", "amount_fen",
                 pl.col("booked_at").alias("at")).write_parquet(work / "bank.parquet")
    return {"lines": parsed.lines.height, "seconds": main_s, "bytes": len(main), "encoding": parsed.encoding,
            "supplement_lines": parsed_extra.lines.height, "supplement_seconds": extra_s, "peak_rss": peak,
            "agrees_with_generator": agrees, "declared_count_read": totals_read}


def _bank_for_matching(work: Path) -> pl.DataFrame:
    path = work / "bank.parquet"
    if not path.exists():   # the import phase did not run (no statement reader): the generator's own lines
        raise SystemExit("bank.parquet missing: run the import phase first")
    return pl.read_parquet(path)


def phase_match(work: Path, repeat: int) -> dict:
    from server.reconciliation.matching import match

    ledger = pl.read_parquet(work / "ledger.parquet")
    bank_lines = _bank_for_matching(work)
    bank = bank_lines.drop("file")
    times, result = [], None
    for _ in range(repeat):
        result = None
        started = time.perf_counter()
        result = match(ledger, bank)
        times.append(time.perf_counter() - started)
    peak = peak_rss_bytes()
    return {"seconds": statistics.median(times), "all_seconds": times, "peak_rss": peak,
            "summary": result.summary(), "check": check(work, bank_lines, result)}


def check(work: Path, bank_lines: pl.DataFrame, result) -> dict:
    """Compares the outcome with what the generator planted: every category and every matched pair with its pass."""
    expected_ledger = pl.read_parquet(work / "expected_ledger.parquet")
    expected_bank = pl.read_parquet(work / "expected_bank.parquet").join(
        bank_lines.select("file", "serial", "line_id"), on=["file", "serial"], how="left")
    expected_pairs = pl.read_parquet(work / "expected_pairs.parquet").join(
        bank_lines.select("file", "serial", "line_id"), on=["file", "serial"], how="left")
    ledger_wrong = expected_ledger.join(result.ledger.select("entry_id", pl.col("category").alias("got")),
                                        on="entry_id", how="full", coalesce=True).filter(
        pl.col("category").ne_missing(pl.col("got")))
    bank_wrong = expected_bank.join(result.bank.select("line_id", pl.col("category").alias("got")),
                                    on="line_id", how="full", coalesce=True).filter(
        pl.col("category").ne_missing(pl.col("got")))
    want = expected_pairs.select("entry_id", "line_id", "pass").sort(["entry_id", "line_id"])
    got = result.pairs.select("entry_id", "line_id", "pass").sort(["entry_id", "line_id"])
    return {"ledger_wrong": ledger_wrong.height, "bank_wrong": bank_wrong.height, "pairs_expected": want.height,
            "pairs_equal": want.equals(got),
            "examples": [*ledger_wrong.head(3).rows(), *bank_wrong.head(3).rows()]}


class _ArrowStream:
    """Hands a polars frame to DuckDB through the Arrow C stream interface (no pyarrow in this environment)."""

    def __init__(self, frame: pl.DataFrame):
        self.frame = frame

    def __arrow_c_stream__(self, requested_schema=None):
        return self.frame.__arrow_c_stream__(requested_schema)


def phase_duckdb(work: Path, repeat: int) -> dict:
    import duckdb

    ledger = pl.read_parquet(work / "ledger.parquet")
    bank = _bank_for_matching(work).drop("file")
    con = duckdb.connect()
    con.register("ledger_frame", _ArrowStream(ledger))
    con.register("bank_frame", _ArrowStream(bank))
    con.execute("CREATE TABLE ledger AS SELECT * FROM ledger_frame")
    con.execute("CREATE TABLE bank AS SELECT * FROM bank_frame")
    times, pairs = [], 0
    for _ in range(repeat):
        con.execute("DROP TABLE IF EXISTS pairs")
        started = time.perf_counter()
        con.execute("""CREATE TABLE pairs AS
                       SELECT l.entry_id, b.line_id FROM ledger l JOIN bank b
                         ON l.reference = coalesce(b.order_no, b.serial)
                        AND l.amount_fen = b.amount_fen AND l.direction = b.direction""")
        times.append(time.perf_counter() - started)
        pairs = con.execute("SELECT count(*) FROM pairs").fetchone()[0]
    exact_pass = []
    for _ in range(repeat):
        started = time.perf_counter()
        for statement in _DUCKDB_EXACT_PASS:
            con.execute(statement)
        exact_pass.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "all_seconds": times, "pairs": pairs, "peak_rss": peak_rss_bytes(),
            "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
            "exact_pass_seconds": statistics.median(exact_pass), "exact_pass_all_seconds": exact_pass}


# The least of the matcher's first pass, in DuckDB itself: the later copies of a serial set aside, every line linked
# to the entries of its reference with whether amount, direction and account agree, and each row of both sides given
# its outcome. Not the rest of it (a reference repeated on either side paired one to one, split settlements, the
# window and many-to-one passes): a yardstick of what the exact join leaves out, not a matcher.
_DUCKDB_EXACT_PASS = (
    "CREATE OR REPLACE TABLE copies AS SELECT line_id FROM (SELECT line_id, min(line_id) OVER (PARTITION BY serial) "
    "AS first FROM bank WHERE serial IN (SELECT serial FROM bank GROUP BY serial HAVING count(*) > 1)) "
    "WHERE line_id <> first",
    "CREATE OR REPLACE TABLE links AS SELECT l.entry_id, b.line_id, "
    "(l.amount_fen = b.amount_fen AND l.direction = b.direction)::int * 2 + (l.account = b.account)::int AS agree "
    "FROM ledger l JOIN bank b ON l.reference = coalesce(b.order_no, b.serial) "
    "WHERE b.line_id NOT IN (SELECT line_id FROM copies)",
    "CREATE OR REPLACE TABLE ledger_outcome AS SELECT l.entry_id, k.agree FROM ledger l "
    "LEFT JOIN links k USING (entry_id)",
    "CREATE OR REPLACE TABLE bank_outcome AS SELECT b.line_id, k.agree FROM bank b LEFT JOIN links k USING (line_id)",
)


def run_phase(name: str, work: Path, repeat: int) -> dict:
    answer = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work), "--repeat", str(repeat)],
                            capture_output=True, text=True)
    if answer.returncode != 0:
        raise SystemExit(f"phase {name} failed with exit code {answer.returncode}:\n{answer.stdout}\n{answer.stderr}")
    return json.loads(answer.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------------------- report

def mb(value: int) -> str:
    return f"{value / 1024 ** 2:,.0f} MB"


def verdict(ok: bool) -> str:
    return "pass" if ok else "GOAL MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="ledger transfers in the day (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of matching and of the DuckDB join (median)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--phase", choices=["import", "match", "duckdb"], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        answer = {"import": lambda: phase_import(args.work), "match": lambda: phase_match(args.work, args.repeat),
                  "duckdb": lambda: phase_duckdb(args.work, args.repeat)}[args.phase]()
        print(json.dumps(answer, default=str))
        return

    work = args.keep or Path(tempfile.mkdtemp(prefix="recon-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        made = generate(args.lines, work)
        print(f"generated in {time.perf_counter() - started:.1f} s: {made['ledger']:,} ledger transfers, "
              f"{made['statement_lines']:,} statement lines ({(work / 'statement.csv').stat().st_size / 1e6:.0f} MB GBK, "
              f"{PROFILE} layout) + {made['supplement_lines']:,} re-sent lines; planted {made['planted']}")
        imported = run_phase("import", work, args.repeat)
        matched = run_phase("match", work, args.repeat)
        duck = run_phase("duckdb", work, args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()
    rate = imported["lines"] / imported["seconds"]
    ratio = matched["seconds"] / duck["seconds"]
    check_ok = (matched["check"]["ledger_wrong"] == 0 and matched["check"]["bank_wrong"] == 0
                and matched["check"]["pairs_equal"])
    print(f"import: {imported['lines']:,} lines ({imported['bytes'] / 1e6:.0f} MB, read as {imported['encoding']}) in "
          f"{imported['seconds']:.2f} s = {rate:,.0f} lines/s; supplement {imported['supplement_lines']:,} lines in "
          f"{imported['supplement_seconds']:.2f} s; lines equal the generator's: {imported['agrees_with_generator']}; "
          f"peak RSS {mb(imported['peak_rss'])}")
    print(f"matching (all passes, median of {args.repeat}): {matched['seconds']:.2f} s "
          f"(runs {', '.join(f'{s:.2f}' for s in matched['all_seconds'])}); peak RSS {mb(matched['peak_rss'])}")
    print(f"DuckDB exact-reference join (median of {args.repeat}, {duck['threads']} threads): {duck['seconds']:.3f} s "
          f"(runs {', '.join(f'{s:.3f}' for s in duck['all_seconds'])}), {duck['pairs']:,} pairs; "
          f"peak RSS {mb(duck['peak_rss'])}")
    print(f"DuckDB's own exact pass, at least (median of {args.repeat}): {duck['exact_pass_seconds']:.3f} s "
          f"(runs {', '.join(f'{s:.3f}' for s in duck['exact_pass_all_seconds'])}) = "
          f"{duck['exact_pass_seconds'] / duck['seconds']:.2f}x its exact join")
    print(f"load average at the end (1/5/15 min, {os.cpu_count()} cores): {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
    print("summary:", json.dumps(matched["summary"], ensure_ascii=False))
    print(f"check against the planted differences: {matched['check']}")
    print(f"goal import >= {GOAL_LINES_PER_S:,} lines/s: {rate:,.0f} -> {verdict(rate >= GOAL_LINES_PER_S)}")
    print(f"goal matching <= {GOAL_RATIO:.0f}x DuckDB exact join: {ratio:.2f}x -> {verdict(ratio <= GOAL_RATIO)}")
    print(f"goal (issue 19) matching <= {GOAL_RATIO_ISSUE_19}x DuckDB exact join: {ratio:.2f}x -> "
          f"{verdict(ratio <= GOAL_RATIO_ISSUE_19)}; DuckDB's own exact pass alone is "
          f"{duck['exact_pass_seconds'] / duck['seconds']:.2f}x")
    worst = max(imported["peak_rss"], matched["peak_rss"])
    print(f"goal peak memory < 2 GB per phase: import {mb(imported['peak_rss'])}, matching {mb(matched['peak_rss'])} "
          f"-> {verdict(worst < GOAL_PEAK_BYTES)}")
    print(f"goal categories exactly as planted: {verdict(check_ok)}")
    assert check_ok, matched["check"]


if __name__ == "__main__":
    main()
