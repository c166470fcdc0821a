"""The database lease that lets one process, of however many serve the platform, run the jobs.

A lease is a row (scheduler name, holder, expiry). Taking or renewing it is one conditional UPDATE,
"set me as holder where the holder is me or the lease has expired", whose row count says whether it
worked: atomic on PostgreSQL (the row is locked by the UPDATE) and on SQLite (one writer at a time).
The row is made by the first process that asks; a second process making it at the same moment
meets the primary key and simply does not hold the lease this time.

Expiry is compared with `server.clock.now()` of the process asking, so hosts' clocks must agree to
well within the lease's length (minutes; NTP keeps them within milliseconds).
"""

from datetime import datetime, timedelta

from sqlalchemy import case, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.scheduler.models import SchedulerLease


def acquire(db: Session, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Takes the lease, or renews it if `holder` has it already; False while another holds it.
    The caller commits."""
    table = SchedulerLease.__table__
    taken = db.execute(
        update(table)
        .where(table.c.name == name, or_(table.c.holder == holder, table.c.expires_at <= now))
        .values(holder=holder, expires_at=now + ttl,
                acquired_at=case((table.c.holder == holder, table.c.acquired_at), else_=now))
        .execution_options(synchronize_session=False))
    if taken.rowcount == 1:
        return True
    if db.scalar(select(table.c.name).where(table.c.name == name)) is not None:
        return False
    try:
        with db.begin_nested():
            db.execute(table.insert().values(name=name, holder=holder, acquired_at=now, expires_at=now + ttl))
    except IntegrityError:
        return False  # another process made the row first, and holds it
    return True


def release(db: Session, name: str, holder: str, now: datetime) -> bool:
    """Gives the lease up at once (clean shutdown), so another process need not wait for it to expire."""
    table = SchedulerLease.__table__
    done = db.execute(update(table).where(table.c.name == name, table.c.holder == holder)
                      .values(expires_at=now).execution_options(synchronize_session=False))
    return done.rowcount == 1


def holder_of(db: Session, name: str, now: datetime) -> str | None:
    """Who holds the lease now (None when nobody does)."""
    row = db.execute(select(SchedulerLease.holder, SchedulerLease.expires_at).where(SchedulerLease.name == name)).first()
    return row.holder if row and row.expires_at > now else None
