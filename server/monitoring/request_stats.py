"""Requests per minute, per route group and per server process, as stored for the traffic rules.

Each process counts its requests in memory (server/monitoring/metrics.py) and writes one row per route group and
finished minute at most once a minute: never a database write per request. The one rule runner (the scheduler's
`monitoring` job, whichever process holds its lease) reads every process's rows, so the error rate and the p95
latency it judges are the whole platform's.

The latency is kept as counts per bucket (`LATENCY_BUCKETS_MS`, the last one open-ended), which add up across
processes and minutes; the p95 is the upper bound of the bucket holding the 95th percentile.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import JSON, BigInteger, Index, Integer, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from server.db.base import Base, UtcDateTime

# Upper bounds of the latency buckets in milliseconds; a last bucket holds everything slower.
LATENCY_BUCKETS_MS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
# Rows older than this are deleted when a process writes its own (the rules look 5 minutes back).
KEEP = timedelta(days=7)


class RequestStat(Base):
    __tablename__ = "request_stats"
    __table_args__ = (Index("ix_request_stats_minute_route_group", "minute", "route_group"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minute: Mapped[datetime] = mapped_column(UtcDateTime)  # the minute's start, UTC
    route_group: Mapped[str] = mapped_column(String(40))  # "loans", "customers", "auth", … ("other")
    worker: Mapped[str] = mapped_column(String(100))  # host:pid of the process that counted
    requests: Mapped[int] = mapped_column(Integer)
    errors_5xx: Mapped[int] = mapped_column(Integer)
    latency_ms_sum: Mapped[int] = mapped_column(BigInteger)
    latency_buckets: Mapped[list] = mapped_column(JSON)  # counts per LATENCY_BUCKETS_MS bucket, then the rest


def bucket_index(latency_ms: float) -> int:
    for i, bound in enumerate(LATENCY_BUCKETS_MS):
        if latency_ms <= bound:
            return i
    return len(LATENCY_BUCKETS_MS)


@dataclass
class MinuteCounts:
    requests: int = 0
    errors_5xx: int = 0
    latency_ms_sum: float = 0.0
    buckets: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS_MS) + 1))

    def add(self, latency_ms: float, status: int) -> None:
        self.requests += 1
        self.errors_5xx += status >= 500
        self.latency_ms_sum += latency_ms
        self.buckets[bucket_index(latency_ms)] += 1

    def merge(self, requests: int, errors_5xx: int, latency_ms_sum: float, buckets: list[int]) -> None:
        self.requests += requests
        self.errors_5xx += errors_5xx
        self.latency_ms_sum += latency_ms_sum
        for i, n in enumerate(buckets[:len(self.buckets)]):
            self.buckets[i] += n

    @property
    def error_percent(self) -> float:
        return 100.0 * self.errors_5xx / self.requests if self.requests else 0.0

    def percentile_ms(self, fraction: float = 0.95) -> float | None:
        """The upper bound of the bucket that holds the `fraction` percentile (None without requests; for the
        open last bucket, twice the last bound: "slower than 10 s")."""
        if not self.requests:
            return None
        wanted, seen = fraction * self.requests, 0
        for i, n in enumerate(self.buckets):
            seen += n
            if seen >= wanted:
                return float(LATENCY_BUCKETS_MS[i]) if i < len(LATENCY_BUCKETS_MS) else 2.0 * LATENCY_BUCKETS_MS[-1]
        return 2.0 * LATENCY_BUCKETS_MS[-1]


def write(db: Session, worker: str, minutes: dict[tuple[datetime, str], MinuteCounts], now: datetime) -> None:
    """One row per (minute, group) counted by this process; rows past KEEP go (an indexed range delete)."""
    for (minute, group), counts in sorted(minutes.items()):
        db.add(RequestStat(minute=minute, route_group=group, worker=worker, requests=counts.requests,
                           errors_5xx=counts.errors_5xx, latency_ms_sum=int(round(counts.latency_ms_sum)),
                           latency_buckets=list(counts.buckets)))
    db.execute(delete(RequestStat).where(RequestStat.minute < now - KEEP))


def totals_by_group(db: Session, since: datetime, until: datetime) -> dict[str, MinuteCounts]:
    """Every process's counts of the minutes starting in [since, until), added up per route group."""
    found: dict[str, MinuteCounts] = {}
    rows = db.execute(select(RequestStat.route_group, RequestStat.requests, RequestStat.errors_5xx,
                             RequestStat.latency_ms_sum, RequestStat.latency_buckets)
                      .where(RequestStat.minute >= since, RequestStat.minute < until))
    for group, requests, errors, latency_sum, buckets in rows:
        found.setdefault(group, MinuteCounts()).merge(requests, errors, latency_sum, buckets or [])
    return found
