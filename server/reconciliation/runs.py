"""Running a day: bring in the ledger's side, run the automatic passes, store each item's result.

A re-run redoes only what the machine decided: items matched by hand, marked timing, proposed for
adjustment or adjusted keep their state, and everything else (open differences and automatic
matches) is matched again, so a statement imported later or a ledger movement booked since is taken
into account without undoing anyone's work.

Timing carried over: a ledger item marked timing on the day before is brought into this day as a
copy (`carried_from_id` names the original, the note says from when), so the next day's statement
can match it; the original stays "timing" on its own day, which may close.
"""

from datetime import date, timedelta

import polars as pl
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict
from server.reconciliation import ledger_side
from server.reconciliation.matching import BANK_COLUMNS, LEDGER_COLUMNS, match
from server.reconciliation.models import (BANK, LEDGER, MANUAL, MATCHED, OPEN, TIMING, ReconDay, ReconItem,
                                          ReconStatement)
from server.reconciliation.service import day_bounds, day_for_change, find_day


def _bring_in_ledger(db: Session, row: ReconDay) -> tuple[int, int]:
    """Copies the day's ledger movements not yet here, and yesterday's timing items; (new, carried)."""
    present = set(db.scalars(select(ReconItem.entry_id).where(ReconItem.day_id == row.id, ReconItem.side == LEDGER)))
    new = [dict(day_id=row.id, side=LEDGER, entry_id=m["entry_id"], serial=m["transfer_id"],
                reference=m["reference"], account=m["account"], direction=m["direction"], amount_fen=m["amount_fen"],
                at=m["at"], state=OPEN)
           for m in ledger_side.day_movements(db, row.day) if m["entry_id"] not in present]
    present |= {n["entry_id"] for n in new}
    carried = []
    yesterday = find_day(db, row.day - timedelta(days=1))
    if yesterday is not None:
        for item in db.scalars(select(ReconItem).where(ReconItem.day_id == yesterday.id, ReconItem.side == LEDGER,
                                                       ReconItem.state == TIMING)):
            if item.entry_id in present:
                continue
            carried.append(dict(day_id=row.id, side=LEDGER, entry_id=item.entry_id, carried_from_id=item.id,
                                serial=item.serial, reference=item.reference, account=item.account,
                                direction=item.direction, amount_fen=item.amount_fen, at=item.at, state=OPEN,
                                note=f"在途，自 {yesterday.day.isoformat()} 结转 / timing, carried from "
                                     f"{yesterday.day.isoformat()}"))
    if new or carried:
        db.execute(insert(ReconItem), new + carried)
    return len(new), len(carried)


def _free_items(db: Session, day_id: int, side: str) -> list[tuple]:
    """Items the automatic passes may (re)decide: open ones and automatic matches."""
    keep_manual = (ReconItem.match_pass.is_(None)) | (ReconItem.match_pass != MANUAL)
    return db.execute(select(ReconItem.id, ReconItem.serial, ReconItem.reference, ReconItem.account,
                             ReconItem.direction, ReconItem.amount_fen, ReconItem.at)
                      .where(ReconItem.day_id == day_id, ReconItem.side == side,
                             ReconItem.state.in_((OPEN, MATCHED)), keep_manual)).all()


def ledger_frame(rows) -> pl.DataFrame:
    return pl.DataFrame([(r[0], r[2], r[3], r[4], r[5], r[6]) for r in rows], schema=LEDGER_COLUMNS, orient="row")


def bank_frame(rows) -> pl.DataFrame:
    return pl.DataFrame([(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows], schema=BANK_COLUMNS, orient="row")


def _results(frame: pl.DataFrame, pairs: pl.DataFrame, id_column: str, counterpart: str) -> list[dict]:
    """ORM bulk-update rows (by primary key) from the matcher's verdict on one side."""
    passes = pairs.group_by(id_column).agg(pl.col("pass").first())
    decided = frame.join(passes, on=id_column, how="left")
    out = []
    for item_id, category, group_id, other, _amount, match_pass in decided.iter_rows():
        matched = category == "matched"
        # A group is named by its one ledger entry's item id (stable across runs, unique across days).
        group = (item_id if id_column == "entry_id" else other) if matched else None
        out.append({"id": item_id, "category": category, "state": MATCHED if matched else OPEN,
                    "match_pass": match_pass if matched else None, "group_id": group, "counterpart_id": other})
    return out


def run_day(db: Session, audit: Auditor, actor: Principal, day: date) -> ReconDay:
    row = day_for_change(db, day)
    statements = db.scalars(select(ReconStatement).where(ReconStatement.day_id == row.id)
                            .order_by(ReconStatement.id)).all()
    if not statements:
        raise Conflict(f"{day.isoformat()} has no statement yet; import the custodian's file first.",
                       code="statement_missing")
    new, carried = _bring_in_ledger(db, row)
    db.flush()
    ledger_rows, bank_rows = _free_items(db, row.id, LEDGER), _free_items(db, row.id, BANK)
    result = match(ledger_frame(ledger_rows), bank_frame(bank_rows))
    changes = (_results(result.ledger, result.pairs, "entry_id", "counterpart_line_id")
               + _results(result.bank, result.pairs, "line_id", "counterpart_entry_id"))
    if changes:
        db.execute(update(ReconItem), changes)
    _, end = day_bounds(day)
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
