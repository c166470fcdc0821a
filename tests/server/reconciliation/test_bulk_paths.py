"""The day's results written through the database's bulk path (COPY on PostgreSQL, one prepared executemany on
SQLite) are the ones the former row-by-row UPDATEs wrote: every category, state, pass, group and counterpart,
nulls included, on both backends."""

from datetime import date

import polars as pl
import pytest
from sqlalchemy import select, update

from server.access import Principal
from server.audit.models import AuditRecord
from server.audit.service import Auditor
from server.reconciliation import bulk_paths, imports, ledger_side, runs
from server.reconciliation.models import BANK, LEDGER, OPEN, ReconDay, ReconItem
from tests.server.reconciliation.conftest import Line, at, statement_csv

DAY = date(2026, 11, 20)
CLERK = Principal(1, "finance", "finance", 0, (), frozenset())


def _row_by_row(db, results: pl.DataFrame, held=None) -> None:
    """The writer before issue 19: one UPDATE per item through SQLAlchemy's driver-level execution."""
    p = "?" if db.connection().dialect.paramstyle == "qmark" else "%s"
    sql = (f"UPDATE recon_items SET category = {p}, state = {p}, match_pass = {p}, group_id = {p}, "
           f"counterpart_id = {p} WHERE id = {p}")
    db.connection().exec_driver_sql(sql, results.select(bulk_paths.RESULT_COLUMNS).rows())


def _day_with_every_category(platform, books) -> None:
    ids = [books.recharge("IV0001", 500_000, "CZ1"),      # exact
           books.recharge("IV0002", 300_000, "CZ2"),      # amount differs
           books.recharge("IV0003", 200_000, "CZ3"),      # account differs
           books.recharge("IV0004", 100_000, "CZ4"),      # ledger only
           books.recharge("IV0005", 70_000, "CZ5"),       # split: many to one
           books.recharge("IV0006", 12_345, "CZX"),       # window: the bank's line has no order number
           books.withdraw("IV0001", 40_000, "TX1")]       # money out, exact
    books.backdate(ids, at(DAY, 9))
    lines = [Line("B01", "CZ1", "IV0001", 500_000, at(DAY, 9, 1)),
             Line("B02", "CZ2", "IV0002", 300_100, at(DAY, 9, 2)),
             Line("B03", "CZ3", "IV0009", 200_000, at(DAY, 9, 3)),
             Line("B04", "CZ7", "IV0007", 9_900, at(DAY, 9, 4)),          # bank only
             Line("B05", "CZ5", "IV0005", 30_000, at(DAY, 9, 5)),
             Line("B06", "CZ5", "IV0005", 40_000, at(DAY, 9, 6)),
             Line("B07", "", "IV0006", 12_345, at(DAY, 9, 7)),
             Line("B08", "TX1", "IV0001", -40_000, at(DAY, 9, 8), "提现"),
             Line("B09", "CZ1", "IV0001", 500_000, at(DAY, 9, 1))]         # B01 sent again: duplicate
    parsed = imports.parse(statement_csv(lines), "s.csv", None, None)
    with platform.db.write() as db:
        audit = Auditor(db, None, "finance", "test", "test")
        imports.store(db, audit, CLERK, DAY, "s.csv", "generic", parsed)
        audit.seal()
        db.commit()


def _of_the_day():
    return ReconItem.day_id == select(ReconDay.id).where(ReconDay.day == DAY).scalar_subquery()


def _results(platform) -> list[tuple]:
    with platform.db.read() as db:
        return db.execute(select(ReconItem.id, ReconItem.side, ReconItem.category, ReconItem.state,
                                 ReconItem.match_pass, ReconItem.group_id, ReconItem.counterpart_id)
                          .where(_of_the_day()).order_by(ReconItem.id)).all()


def _run(platform) -> None:
    with platform.db.write() as db:
        audit = Auditor(db, None, "finance", "test", "test")
        runs.run_day(db, audit, CLERK, DAY)
        audit.seal()
        db.commit()


def _forget_results(platform) -> None:
    with platform.db.write() as db:
        db.execute(update(ReconItem).where(_of_the_day()).values(category=None, state=OPEN, match_pass=None, group_id=None,
                                            counterpart_id=None))
        db.commit()


def test_the_bulk_path_writes_what_the_row_by_row_path_wrote(platform, books, monkeypatch):
    _day_with_every_category(platform, books)
    with monkeypatch.context() as m:
        m.setattr(bulk_paths, "write_results", _row_by_row)
        _run(platform)
    before = _results(platform)
    _forget_results(platform)
    _run(platform)
    after = _results(platform)

    assert after == before
    categories = {r.category for r in after}
    assert {"matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate"} <= categories
    assert {r.match_pass for r in after} >= {"exact", "window", "many_to_one", None}
    assert any(r.group_id is None for r in after) and any(r.counterpart_id is None for r in after)
    with platform.db.read() as db:
        runs_audited = db.scalars(select(AuditRecord.after).where(AuditRecord.action == "recon.day_run")
                                  .order_by(AuditRecord.id)).all()
    assert len(runs_audited) == 2 and runs_audited[0]["decided"] == runs_audited[1]["decided"]


def test_a_first_run_stores_each_ledger_movement_once_as_the_ledger_has_it(platform, books):
    _day_with_every_category(platform, books)
    _run(platform)
    _run(platform)   # a re-run brings nothing new in
    with platform.db.read() as db:
        movements = sorted(ledger_side.day_movements(db, DAY), key=lambda m: m["entry_id"])
        items = db.execute(select(ReconItem.entry_id, ReconItem.serial, ReconItem.reference, ReconItem.account,
                                  ReconItem.direction, ReconItem.amount_fen, ReconItem.at, ReconItem.statement_id,
                                  ReconItem.carried_from_id, ReconItem.line_no, ReconItem.summary, ReconItem.note)
                           .where(_of_the_day(), ReconItem.side == LEDGER).order_by(ReconItem.entry_id)).all()
        added = db.scalars(select(AuditRecord.after).where(AuditRecord.action == "recon.day_run")
                           .order_by(AuditRecord.id)).all()
    assert [(m["entry_id"], m["transfer_id"], m["reference"], m["account"], m["direction"], m["amount_fen"], m["at"],
             None, None, None, None, None) for m in movements] == [tuple(i) for i in items]
    assert len(items) == 7 and [a["ledger_items_added"] for a in added] == [7, 0]


def test_a_rerun_in_the_same_transaction_finds_no_leftover_stage(platform, books):
    _day_with_every_category(platform, books)
    with platform.db.write() as db:
        audit = Auditor(db, None, "finance", "test", "test")
        runs.run_day(db, audit, CLERK, DAY)
        first = db.execute(select(ReconItem.id, ReconItem.category, ReconItem.group_id).where(_of_the_day())
                           .order_by(ReconItem.id)).all()
        runs.run_day(db, audit, CLERK, DAY)
        second = db.execute(select(ReconItem.id, ReconItem.category, ReconItem.group_id).where(_of_the_day())
                            .order_by(ReconItem.id)).all()
        audit.seal()
        db.commit()
    assert first == second and len(first) == 16


@pytest.mark.parametrize("rows", [0, 1, 3])
def test_nulls_and_an_empty_frame_pass_through_unchanged(platform, books, rows):
    _day_with_every_category(platform, books)
    with platform.db.write() as db:
        ids = db.scalars(select(ReconItem.id).where(_of_the_day()).order_by(ReconItem.id).limit(rows)).all()
        frame = pl.DataFrame({"category": ["bank_only"] * rows, "state": [OPEN] * rows, "match_pass": [None] * rows,
                              "group_id": [None] * rows, "counterpart_id": list(range(7, 7 + rows)), "id": ids},
                             schema={"category": pl.String, "state": pl.String, "match_pass": pl.String,
                                     "group_id": pl.Int64, "counterpart_id": pl.Int64, "id": pl.Int64})
        bulk_paths.write_results(db, frame)
        db.commit()
    with platform.db.read() as db:
        got = db.execute(select(ReconItem.category, ReconItem.match_pass, ReconItem.group_id,
                                ReconItem.counterpart_id).where(ReconItem.id.in_(ids)).order_by(ReconItem.id)).all()
    assert [tuple(r) for r in got] == [("bank_only", None, None, 7 + k) for k in range(rows)]



def test_the_bulk_read_gives_back_each_text_and_null_as_stored(platform, books):
    _day_with_every_category(platform, books)
    odd = ["引号\"与,逗号", "back\\slash", "", "line\nbreak", "tab\tand 'quote'", "{\"json\": 1}"]
    with platform.db.write() as db:
        day_id = db.scalar(select(ReconDay.id).where(ReconDay.day == DAY))
        db.add_all([ReconItem(day_id=day_id, side=BANK, serial=f"ODD{k}", reference=text, account=text or "A",
                              direction="in", amount_fen=k, at=at(DAY, 10, k)) for k, text in enumerate(odd)]
                   + [ReconItem(day_id=day_id, side=BANK, serial=None, reference=None, account="B", direction="out",
                                amount_fen=9, at=at(DAY, 11))])
        db.commit()
    with platform.db.read() as db:
        read = bulk_paths.free_items(db, day_id, BANK).sort("id")
        stored = db.execute(select(ReconItem.id, ReconItem.serial, ReconItem.reference, ReconItem.account,
                                   ReconItem.direction, ReconItem.amount_fen, ReconItem.at, ReconItem.category,
                                   ReconItem.state, ReconItem.match_pass, ReconItem.group_id, ReconItem.counterpart_id)
                            .where(ReconItem.day_id == day_id, ReconItem.side == BANK).order_by(ReconItem.id)).all()
    assert read.rows() == [tuple(r) for r in stored]
    assert {r[2] for r in read.rows()} >= {*odd, None}


def test_results_reach_their_own_rows_and_leave_the_transactions_planner_settings_as_they_were(platform, books):
    _day_with_every_category(platform, books)
    postgresql = platform.db.dialect == "postgresql"
    with platform.db.write() as db:
        ids = db.scalars(select(ReconItem.id).where(_of_the_day()).order_by(ReconItem.id)).all()
        if postgresql:   # what the caller's transaction had set for itself
            db.connection().exec_driver_sql("SET LOCAL work_mem = '7MB'")
        ends = [ids[0], ids[-1]]
        bulk_paths.write_results(db, pl.DataFrame(
            {"category": ["bank_only", "duplicate"], "state": [OPEN, OPEN], "match_pass": [None, None],
             "group_id": [None, None], "counterpart_id": [ids[1], None], "id": ends},
            schema={"category": pl.String, "state": pl.String, "match_pass": pl.String, "group_id": pl.Int64,
                    "counterpart_id": pl.Int64, "id": pl.Int64}))
        if postgresql:
            settings = [db.connection().exec_driver_sql(f"SHOW {name}").scalar()
                        for name in ("work_mem", "enable_hashjoin")]
            assert settings == ["7MB", "on"]
        db.commit()
    with platform.db.read() as db:
        got = db.execute(select(ReconItem.id, ReconItem.category, ReconItem.counterpart_id).where(_of_the_day())
                         .order_by(ReconItem.id)).all()
    assert [tuple(r) for r in got] == [(ids[0], "bank_only", ids[1]), *[(i, None, None) for i in ids[1:-1]],
                                       (ids[-1], "duplicate", None)]
