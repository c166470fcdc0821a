"""Each business day's posted money per kind (ledger_day_flows), kept by the posting itself.

The home screen's funds chart sums 30 days of recharges and withdrawals; summed from the transfers that is a
scan of every transfer of those days (at 10,000,000 transfers, minutes). So each posting adds its amounts to
its day's row in its own transaction, and the chart reads 60 rows. Transfers are never edited, so a day's row
only grows, and only by postings of that day: the one exception is history written afterwards (the demo's
past days, tests), which goes through `redate` so that the rows move with the transfers."""

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from server.clock import business_day
from server.ledger import posting_sql
from server.ledger.models import POSTED, LedgerDayFlow, LedgerTransfer

FLOWS = LedgerDayFlow.__table__


_TAKE = update(FLOWS).where(FLOWS.c.day == bindparam("d"), FLOWS.c.kind == bindparam("k")).values(
    amount_fen=FLOWS.c.amount_fen - bindparam("a"), transfers=FLOWS.c.transfers - bindparam("n"))


def add(conn, moved) -> None:
    """Adds posted transfers to their days: `moved` gives (kind, amount_fen, created_at) of each transfer that
    moved posted counters (reservations, which move pending ones, and voids are left out by the caller)."""
    sums: dict[tuple[datetime, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, amount, at in moved:
        total = sums[(at, kind)]
        total[0] += amount
        total[1] += 1
    add_sums(conn, sums)


def add_sums(conn, sums: dict[tuple[datetime, str], tuple[int, int] | list[int]]) -> None:
    """`add` for transfers already summed: (created_at, kind) -> (their amount, how many)."""
    if not sums:
        return
    days: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for (at, kind), (amount, count) in sums.items():  # one time stamp per batch: one day computation
        total = days[(business_day(at), kind)]
        total[0] += amount
        total[1] += count
    # Through the driver (server/ledger/posting_sql.py): every posting adds to its day
    posting_sql.add_flows(conn, [(d, k, a, n) for (d, k), (a, n) in sorted(days.items())])


def redate(db: Session, transfer_ids: list[int], when: datetime) -> None:
    """History: these transfers (posted a moment ago by a seed or a test) happened at `when`. Moves them there,
    and their amounts from the days they were counted on to `when`'s day."""
    if not transfer_ids:
        return
    rows = db.execute(select(LedgerTransfer.kind, LedgerTransfer.amount_fen, LedgerTransfer.created_at)
                      .where(LedgerTransfer.id.in_(transfer_ids), LedgerTransfer.state == POSTED,
                             LedgerTransfer.pending.is_(False))).all()
    taken: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, amount, at in rows:
        total = taken[(business_day(at), kind)]
        total[0] += amount
        total[1] += 1
    conn = db.connection()
    if taken:
        conn.execute(_TAKE, [{"d": d, "k": k, "a": a, "n": n} for (d, k), (a, n) in sorted(taken.items())])
    db.execute(update(LedgerTransfer).where(LedgerTransfer.id.in_(transfer_ids)).values(created_at=when))
    add(conn, [(kind, amount, when) for kind, amount, _ in rows])


def per_day(db: Session, kinds: tuple[str, ...], first: date, last: date) -> dict[tuple[str, date], int]:
    """The posted amount of each kind on each day from `first` to `last` (inclusive) that has any."""
    return {(kind, day): int(amount) for day, kind, amount in db.execute(
        select(LedgerDayFlow.day, LedgerDayFlow.kind, LedgerDayFlow.amount_fen)
        .where(LedgerDayFlow.day >= first, LedgerDayFlow.day <= last, LedgerDayFlow.kind.in_(kinds)))}
