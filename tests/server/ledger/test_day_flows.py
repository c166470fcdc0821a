"""Each business day's posted money per kind is kept by the posting itself: on Shanghai's day (a recharge at
16:30 UTC counts on the next day), reservations only once posted, voids nowhere; history written afterwards moves
with its transfers; the home screen's funds chart reads the days."""

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from server import clock
from server.home.charts import funds_per_day
from server.ledger import day_flows, movements
from server.ledger.models import LedgerTransfer
from server.ledger.service import CLEARING, TransferInput, customer_account, post_pending, post_transfers, void_pending
from tests.server.ledger.conftest import assert_books_balance, day_flows as stored_flows

EVENING = datetime(2026, 11, 20, 16, 30, tzinfo=timezone.utc)  # 00:30 on the 21st in Shanghai


def test_postings_count_on_their_shanghai_day_and_reservations_once_posted(platform):
    with clock.use(clock.FixedClock(EVENING)) as fixed, platform.db.write() as db:
        movements.recharge(db, "r1", "IV0001", 10_000)
        post_transfers(db, [TransferInput("i1", customer_account("IV0001"), customer_account("IV0001", "frozen"),
                                          3_000, "invest", pending=True),
                            TransferInput("i2", customer_account("IV0001"), customer_account("IV0001", "frozen"),
                                          500, "invest", pending=True)])
        fixed.advance(timedelta(days=1))
        post_pending(db, "i1", "i1:post")
        void_pending(db, "i2", "i2:void")
        movements.withdraw(db, "w1", "IV0001", 1_000)
        db.commit()
        assert stored_flows(db) == {(date(2026, 11, 21), "recharge"): (10_000, 1),
                                    (date(2026, 11, 22), "invest"): (3_000, 1),
                                    (date(2026, 11, 22), "withdrawal"): (1_000, 1)}
        assert_books_balance(db)


def test_history_moves_its_amounts_to_the_day_it_happened_and_the_chart_shows_them(platform):
    with clock.use(clock.FixedClock(EVENING)), platform.db.write() as db:
        ids = [t.id for t in movements.recharge(db, "r1", "IV0001", 10_000)]
        ids += [t.id for t in movements.recharge(db, "r2", "IV0001", 2_000)]
        kept = movements.withdraw(db, "w1", "IV0001", 700)[0].id
        day_flows.redate(db, ids[:1], datetime(2026, 11, 19, 2, 0, tzinfo=timezone.utc))
        db.commit()
        assert db.scalar(select(LedgerTransfer.created_at).where(LedgerTransfer.id == ids[0])) == datetime(
            2026, 11, 19, 2, 0, tzinfo=timezone.utc)
        assert db.scalar(select(LedgerTransfer.created_at).where(LedgerTransfer.id == kept)) == EVENING
        assert_books_balance(db)
        chart = {d["day"]: (d["in_fen"], d["out_fen"]) for d in funds_per_day(db, date(2026, 11, 21))}
        assert len(chart) == 30 and chart[date(2026, 11, 19)] == (10_000, 0)
        assert chart[date(2026, 11, 20)] == (0, 0) and chart[date(2026, 11, 21)] == (2_000, 700)
        assert sum(i for i, _ in chart.values()) == 12_000


def test_a_replayed_posting_counts_once(platform):
    with platform.db.write() as db:
        movements.recharge(db, "r1", "IV0001", 10_000)
        movements.recharge(db, "r1", "IV0001", 10_000)
        post_transfers(db, [TransferInput("batch-1", CLEARING, customer_account("IV0002"), 100, "recharge"),
                            TransferInput("batch-2", CLEARING, customer_account("IV0002"), 200, "recharge")])
        post_transfers(db, [TransferInput("batch-1", CLEARING, customer_account("IV0002"), 100, "recharge"),
                            TransferInput("batch-3", CLEARING, customer_account("IV0002"), 300, "recharge")])
        db.commit()
        assert [count for (_, kind), (_, count) in stored_flows(db).items() if kind == "recharge"] == [4]
        assert_books_balance(db)
