"""Running a day: bring in the ledger's side, run the automatic passes, store each item's result.

A re-run redoes only what the machine decided: items matched by hand, marked timing, proposed for
adjustment or adjusted keep their state, and everything else (open differences and automatic
matches) is matched again, so a statement imported later or a ledger movement booked since is taken
into account without undoing anyone's work.

Timing carried over: a ledger item marked timing on the day before is brought into this day as a
copy (`carried_from_id` names the original; the item view gives its day), so the next day's statement
can match it; the original stays "timing" on its own day, which may close.
"""

from datetime import date, timedelta

import polars as pl
from sqlalchemy import column, exists, insert, select, table
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.collector import collector_paused
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict
from server.messages import _
from server.ledger.models import LedgerTransfer
from server.reconciliation import bulk_paths, ledger_side
from server.reconciliation.matching import BANK_COLUMNS, LEDGER_COLUMNS, match
from server.reconciliation.models import (BANK, LEDGER, MATCHED, OPEN, TIMING, ReconDay, ReconItem,
                                          ReconStatement)
from server.reconciliation.service import day_bounds, day_for_change, find_day


def _stage_new_ledger(db: Session, row: ReconDay) -> pl.DataFrame:
    """The day's ledger movements not yet brought in, in the columns `bulk_paths.free_items` reads (no id yet) and
    `entry_id`, the ledger transfer. The server copies them from the ledger into the
    run's stage (one INSERT ... SELECT: no row passes through Python), and they are read from there in bulk."""
    bulk_paths.open_ledger_stage(db)
    movements = ledger_side.day_movements_query(db, row.day)
    if movements is not None:
        present = select(ReconItem.id).where(ReconItem.day_id == row.id, ReconItem.entry_id == LedgerTransfer.id)
        stage = table(bulk_paths.NEW_LEDGER_STAGE, *(column(c) for c in _STAGED))
        db.execute(insert(stage).from_select(list(_STAGED), movements.where(~exists(present))))
    return bulk_paths.staged_ledger(db)


# The stage's columns, in the order of day_movements_query's (its transfer_id is the item's serial).
_STAGED = ("entry_id", "serial", "reference", "account", "direction", "amount_fen", "at")


def _carry_timing(db: Session, row: ReconDay) -> int:
    """Yesterday's ledger items marked timing, copied into this day unless their transfer is here already (stored
    or about to be); answers how many."""
    present_ids = select(ReconItem.entry_id).where(ReconItem.day_id == row.id, ReconItem.side == LEDGER)
    staged_ids = select(column("entry_id")).select_from(table(bulk_paths.NEW_LEDGER_STAGE))
    carried = []
    yesterday = find_day(db, row.day - timedelta(days=1))
    if yesterday is not None:
        for item in db.scalars(select(ReconItem).where(ReconItem.day_id == yesterday.id, ReconItem.side == LEDGER,
                                                       ReconItem.state == TIMING,
                                                       ReconItem.entry_id.not_in(present_ids),
                                                       ReconItem.entry_id.not_in(staged_ids))):
            carried.append(dict(day_id=row.id, side=LEDGER, entry_id=item.entry_id, carried_from_id=item.id,
                                serial=item.serial, reference=item.reference, account=item.account,
                                direction=item.direction, amount_fen=item.amount_fen, at=item.at, state=OPEN,
                                note=None))   # the console says it in words, from carried_from_day
    if carried:
        db.execute(insert(ReconItem), carried)
    return len(carried)


def _times(column: pl.Series) -> pl.Series:
    """The driver's times as UTC datetimes: SQLite hands back the text SQLAlchemy wrote, PostgreSQL datetimes."""
    if column.dtype == pl.String:
        return column.str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_unit="us").dt.replace_time_zone("UTC")
    return column.dt.convert_time_zone("UTC").dt.cast_time_unit("us")


def _frame(rows, names: list[str], schema: dict) -> pl.DataFrame:
    raw = pl.DataFrame(rows, schema=names, orient="row", infer_schema_length=None)
    if raw.is_empty():
        return pl.DataFrame(schema=schema)
    return raw.with_columns(_times(raw["at"])).select(list(schema)).cast(schema)


def ledger_frame(rows) -> pl.DataFrame:
    return _frame(rows, ["entry_id", "serial", "reference", "account", "direction", "amount_fen", "at"],
                  LEDGER_COLUMNS)


def bank_frame(rows) -> pl.DataFrame:
    return _frame(rows, ["line_id", "serial", "order_no", "account", "direction", "amount_fen", "at"], BANK_COLUMNS)


def _results(frame: pl.DataFrame, pairs: pl.DataFrame, id_column: str) -> pl.DataFrame:
    """(category, state, match_pass, group_id, counterpart_id, id) per item, from the matcher's verdict on one side."""
    passes = pairs.group_by(id_column).agg(pl.col("pass").first())
    matched = pl.col("category") == "matched"
    counterpart = frame.columns[3]
    if "twin_line_id" in frame.columns:   # a duplicate points at its twin, the line it repeats
        frame = frame.with_columns(pl.coalesce(counterpart, "twin_line_id").alias(counterpart))
    # A group is named by its one ledger entry's item id (stable across runs, unique across days).
    group = pl.col(id_column) if id_column == "entry_id" else pl.col(counterpart)
    return frame.join(passes, on=id_column, how="left").select(
        "category", pl.when(matched).then(pl.lit(MATCHED)).otherwise(pl.lit(OPEN)).alias("state"),
        pl.when(matched).then(pl.col("pass")).alias("match_pass"),
        pl.when(matched).then(group).alias("group_id"), pl.col(counterpart).alias("counterpart_id"),
        pl.col(id_column).alias("id"))


@collector_paused()   # a million items pass between polars and Python lists for the driver
def run_day(db: Session, audit: Auditor, actor: Principal, day: date) -> ReconDay:
    row = day_for_change(db, day)
    statements = db.scalars(select(ReconStatement).where(ReconStatement.day_id == row.id,
                                                         ReconStatement.withdrawn_at.is_(None))
                            .order_by(ReconStatement.id)).all()
    if not statements:
        raise Conflict(_("{day} has no statement yet; import the custodian's file first."),
                       code="statement_missing", params={"day": day.isoformat()})
    # The new ledger items are stored once, with their results (no insert then update of each); the items
    # already here (from an earlier run, or carried) are updated where their result changes.
    staged = _stage_new_ledger(db, row)
    carried = _carry_timing(db, row)
    db.flush()
    # Ids drawn only now: on SQLite they follow the largest id, which the carried copies have just moved on.
    staged = staged.with_columns(bulk_paths.new_item_ids(db, staged.height))
    stored = bulk_paths.free_items(db, row.id, LEDGER)
    ledger = pl.concat([stored, staged.drop("entry_id")]).rename({"id": "entry_id"})
    bank = bulk_paths.free_items(db, row.id, BANK).rename({"id": "line_id", "reference": "order_no"})
    result = match(ledger.select(list(LEDGER_COLUMNS)), bank.select(list(BANK_COLUMNS)))
    ledger_results = _results(result.ledger, result.pairs, "entry_id")
    fresh = ledger_results["id"].is_in(staged["id"].implode())
    decided = staged.drop(*bulk_paths.RESULT_COLUMNS[:-1]).join(ledger_results.filter(fresh), on="id", how="left")
    bulk_paths.insert_decided(db, decided.with_columns(pl.col("state").fill_null(OPEN)), row.id, LEDGER)
    bulk_paths.close_ledger_stage(db)
    bulk_paths.write_results(db, pl.concat([ledger_results.filter(~fresh),
                                            _results(result.bank, result.pairs, "line_id")]),
                             held=pl.concat([stored.select(bulk_paths.RESULT_COLUMNS),
                                             bank.rename({"line_id": "id"}).select(bulk_paths.RESULT_COLUMNS)]))
    new = staged.height
    db.expire_all()  # the rows changed under the ORM's feet
    end = day_bounds(day)[1]  # not "_, end": that would make the message function _ a local name here
    row.ledger_customers_fen = ledger_side.customers_total_at(db, end)
    reported = [s.reported_balance_fen for s in statements if s.reported_balance_fen is not None]
    row.custodian_reported_fen = reported[-1] if reported else None
    row.run_at, row.run_by = utcnow(), actor.username
    bump(row)
    summary = result.summary()
    audit.record("recon.day_run", "recon_day", day.isoformat(),
                 after={"ledger_items_added": new, "carried_timing": carried,
                        "decided": {c: {s: v["count"] for s, v in sides.items()} for c, sides in summary.items()},
                        "ledger_customers_fen": row.ledger_customers_fen,
                        "custodian_reported_fen": row.custodian_reported_fen})
    return row
