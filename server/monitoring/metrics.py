"""The platform's figures: requests per route group (counted by a middleware), the process, the database, the data
folder's disk, the TLS certificate and the open alerts, in a Prometheus registry of the app (GET /metrics) and, for
the requests, per minute in `request_stats` for the traffic rules (server/monitoring/request_stats.py).

Each app has its own registry (`metrics_of(app)`), so several apps in one process (tests) keep their own counts.
Counting a request touches memory only; a timer writes the finished minutes at most once a minute.
"""

import hmac
import logging
import os
import shutil
import socket
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Histogram, ProcessCollector
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from server import clock
from server.monitoring import request_stats
from server.monitoring.models import RESOLVED, SEVERITIES, Alert
from server.monitoring.request_stats import LATENCY_BUCKETS_MS, MinuteCounts

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1/"
OTHER = "other"  # paths of no known route group (a scanner's guesses must not grow the label set)
FLUSH_EVERY = 60.0  # seconds: a process writes its finished minutes at most this often


def minute_of(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def known_groups(app) -> frozenset[str]:
    """The first path segments after /api/v1 of the app's routes ("loans", "customers", "auth", …), and the
    root's own ("metrics")."""
    from fastapi.routing import iter_route_contexts

    groups = set()
    for route in iter_route_contexts(getattr(app, "routes", ())):
        path = getattr(route, "path", "") or ""
        if path.startswith(API_PREFIX):
            groups.add(path[len(API_PREFIX):].split("/", 1)[0])
        elif path.startswith("/") and not path.startswith("/openapi") and "{" not in path.split("/")[1]:
            groups.add(path[1:].split("/", 1)[0])
    groups.discard("")
    return frozenset(groups)


class RequestMetrics:
    """One app's registry and its per-minute counts."""

    def __init__(self, app, platform):
        # The app owns its metrics, not the other way round: a timer left behind by an app that is gone (tests
        # make many) finds it gone and stops.
        self._app, self.platform = weakref.ref(app), platform
        self.registry = CollectorRegistry()
        self.requests = Counter("p2p_http_requests", "Requests answered, per route group", ["group"],
                                registry=self.registry)
        self.errors = Counter("p2p_http_server_errors", "Requests answered with a 5xx status, per route group",
                              ["group"], registry=self.registry)
        self.latency = Histogram("p2p_http_request_duration_seconds", "Time to answer a request, per route group",
                                 ["group"], buckets=[ms / 1000 for ms in LATENCY_BUCKETS_MS],
                                 registry=self.registry)
        ProcessCollector(registry=self.registry)  # CPU seconds, resident memory, open files (where /proc exists)
        self.registry.register(PlatformCollector(platform))
        self._groups: tuple[int, frozenset[str]] = (-1, frozenset())
        self._minutes: dict[tuple[datetime, str], MinuteCounts] = {}
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._last_flush = 0.0

    def group_of(self, path: str) -> str:
        app = self._app()
        routes = getattr(app, "routes", ())
        if self._groups[0] != len(routes):  # routes added after start (tests)
            self._groups = (len(routes), known_groups(app))
        if path.startswith(API_PREFIX):
            segment = path[len(API_PREFIX):].split("/", 1)[0]
        else:
            segment = path.lstrip("/").split("/", 1)[0]
        return segment if segment in self._groups[1] else OTHER

    def record(self, path: str, status: int, seconds: float) -> None:
        group = self.group_of(path)
        self.requests.labels(group).inc()
        if status >= 500:
            self.errors.labels(group).inc()
        self.latency.labels(group).observe(seconds)
        key = (minute_of(clock.now()), group)
        with self._lock:
            counts = self._minutes.get(key)
            if counts is None:
                counts = self._minutes[key] = MinuteCounts()
            counts.add(seconds * 1000, status)
            if self._timer is None:
                wait = max(FLUSH_EVERY - (time.monotonic() - self._last_flush), 1.0)
                self._timer = threading.Timer(wait, self._timed_flush)
                self._timer.daemon = True
                self._timer.start()

    def _timed_flush(self) -> None:
        with self._lock:
            self._timer = None
            if self._app() is None:  # the app was dropped (a test's): nobody serves with these counts any more
                self._minutes.clear()
                return
        try:
            self.flush()
        except Exception as error:  # the database is away: the counts are kept for the next try
            log.warning("request statistics could not be written (%s); kept for the next minute",
                        type(error).__name__)
        with self._lock:
            if self._minutes and self._timer is None:
                self._timer = threading.Timer(FLUSH_EVERY, self._timed_flush)
                self._timer.daemon = True
                self._timer.start()

    def flush(self, finished_only: bool = True) -> int:
        """Writes the counted minutes (the finished ones, or all) to request_stats; the number of rows."""
        now = clock.now()
        current = minute_of(now)
        with self._lock:
            taken = {k: v for k, v in self._minutes.items() if not finished_only or k[0] < current}
            for k in taken:
                del self._minutes[k]
            self._last_flush = time.monotonic()
        if not taken:
            return 0
        try:
            with self.platform.db.write() as db:
                request_stats.write(db, worker_name(), taken, now)
                db.commit()
        except Exception:
            with self._lock:  # put them back, added to what came meanwhile
                for k, v in taken.items():
                    self._minutes.setdefault(k, MinuteCounts()).merge(v.requests, v.errors_5xx, v.latency_ms_sum,
                                                                      v.buckets)
            raise
        return len(taken)

    def stop(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None


def worker_name() -> str:
    return f"{socket.gethostname()[:80]}:{os.getpid()}"


_attach_lock = threading.Lock()


def metrics_of(app) -> RequestMetrics:
    """The app's metrics (made on first use, kept on `app.state.metrics`)."""
    found = getattr(app.state, "metrics", None)
    if found is None:
        with _attach_lock:
            found = getattr(app.state, "metrics", None)
            if found is None:
                found = app.state.metrics = RequestMetrics(app, app.state.platform)
    return found


class RequestMetricsMiddleware:
    """Counts every answer (the outer wall's refusals included) per route group, with its status and time."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        metrics = metrics_of(scope["app"])
        started = time.perf_counter()
        status = 500  # an exception that escapes everything is answered 500 by the server

        async def watch(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            metrics.record(scope.get("path", ""), status, time.perf_counter() - started)


# --- figures of the system, read when asked (a scrape, a rule) -------------------------------------------------

@dataclass
class DatabaseFigures:
    size_bytes: int | None
    connections: int  # in use: PostgreSQL's sessions on this database; SQLite: this process's pool
    connections_limit: int  # PostgreSQL's max_connections; SQLite: this process's pool size and overflow
    pool_checked_out: int
    pool_limit: int


def pool_limit(engine) -> int:
    pool = engine.pool
    size = pool.size() if hasattr(pool, "size") else 0
    overflow = getattr(pool, "_max_overflow", 0)
    return size + max(overflow, 0)


def database_figures(platform) -> DatabaseFigures:
    engine = platform.db.engine
    checked_out = engine.pool.checkedout() if hasattr(engine.pool, "checkedout") else 0
    limit = pool_limit(engine)
    if platform.db.dialect == "postgresql":
        with platform.db.read() as db:
            size = db.scalar(text("SELECT pg_database_size(current_database())"))
            connections = db.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"))
            max_connections = int(db.scalar(text("SHOW max_connections")))
        return DatabaseFigures(int(size), int(connections), max_connections, checked_out, limit)
    path = make_url(platform.settings.database_url).database
    size = None
    if path and path != ":memory:":
        size = sum(Path(p).stat().st_size for p in (path, f"{path}-wal") if Path(p).exists())
    return DatabaseFigures(size, checked_out, limit, checked_out, limit)


@dataclass
class DiskFigures:
    free_bytes: int
    total_bytes: int

    @property
    def free_percent(self) -> float:
        return 100.0 * self.free_bytes / self.total_bytes if self.total_bytes else 100.0


def disk_figures(platform) -> DiskFigures:
    folder = Path(platform.settings.data_dir)
    while not folder.exists() and folder != folder.parent:  # not made yet: the disk it will be made on
        folder = folder.parent
    usage = shutil.disk_usage(folder)
    return DiskFigures(usage.free, usage.total)


def certificate_not_after(path: Path) -> datetime:
    """When the (first) certificate in the PEM file at `path` expires (UTC)."""
    from cryptography import x509

    return x509.load_pem_x509_certificate(Path(path).read_bytes()).not_valid_after_utc


def certificate_days_left(path: Path, now: datetime) -> float:
    return (certificate_not_after(path) - now) / timedelta(days=1)


def open_alerts_by_severity(db) -> dict[tuple[str, str], int]:
    rows = db.execute(select(Alert.state, Alert.severity, func.count()).where(Alert.state != RESOLVED)
                      .group_by(Alert.state, Alert.severity))
    return {(state, severity): n for state, severity, n in rows}


class PlatformCollector:
    """The database, the data folder's disk, the certificate and the open alerts, read at each scrape."""

    def __init__(self, platform):
        self.platform = platform

    def describe(self):
        return []  # read at each scrape, not when registered

    def collect(self):
        platform = self.platform
        try:
            figures = database_figures(platform)
        except Exception:
            log.warning("database figures could not be read", exc_info=True)
            figures = None
        if figures is not None:
            if figures.size_bytes is not None:
                yield GaugeMetricFamily("p2p_database_size_bytes", "Size of the database", value=figures.size_bytes)
            yield GaugeMetricFamily("p2p_database_connections", "Database connections in use",
                                    value=figures.connections)
            yield GaugeMetricFamily("p2p_database_connections_limit", "Database connections allowed",
                                    value=figures.connections_limit)
            yield GaugeMetricFamily("p2p_database_pool_checked_out", "Connections this process has checked out",
                                    value=figures.pool_checked_out)
            yield GaugeMetricFamily("p2p_database_pool_limit", "Connections this process's pool allows",
                                    value=figures.pool_limit)
        disk = disk_figures(platform)
        yield GaugeMetricFamily("p2p_data_disk_free_bytes", "Free space of the data folder's disk",
                                value=disk.free_bytes)
        yield GaugeMetricFamily("p2p_data_disk_total_bytes", "Size of the data folder's disk", value=disk.total_bytes)
        certfile = platform.settings.tls_certfile
        if certfile:
            try:
                days = certificate_days_left(certfile, clock.now())
            except Exception:
                log.warning("the TLS certificate could not be read", exc_info=True)
            else:
                yield GaugeMetricFamily("p2p_tls_certificate_expiry_days", "Days until the TLS certificate expires",
                                        value=days)
        alerts = GaugeMetricFamily("p2p_alerts", "Alerts not resolved, by state and severity",
                                   labels=["state", "severity"])
        try:
            with platform.db.read() as db:
                counts = open_alerts_by_severity(db)
        except Exception:
            log.warning("open alerts could not be counted", exc_info=True)
        else:
            for state in ("open", "acknowledged"):
                for severity in SEVERITIES:
                    alerts.add_metric([state, severity], counts.get((state, severity), 0))
            yield alerts


# --- who may read /metrics -------------------------------------------------------------------------------------

def token_required(settings) -> bool:
    """The token is needed unless the server listens on loopback only and believes no proxy (then only this
    machine reaches /metrics, and its own address cannot be forged)."""
    from server.__main__ import is_loopback

    host = settings.listen_host
    return not (host and is_loopback(host) and not settings.trusted_proxies)


def token_matches(settings, given: str | None) -> bool:
    expected = settings.metrics_token or ""
    return bool(expected) and bool(given) and hmac.compare_digest(given.encode(), expected.encode())
