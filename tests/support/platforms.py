"""Platforms for tests: a migrated, demo-seeded template database per backend, copied for each
test, so every test starts from the same state without paying for migrations again."""

import itertools
import shutil
import threading
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pyotp
import uvicorn
from sqlalchemy import create_engine

from server import clock
from server.app import create_app
from server.audit.service import Auditor
from server.config import Settings
from server.db import migrate
from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.platform import Platform
from server.staff import service as staff

_counter = itertools.count(1)
SECRETS = {a.username: a.totp_secret for a in DEMO_ACCOUNTS}


def seed(url: str, data_dir: Path) -> None:
    # The template is made by whichever test first asks for a platform, and may be made while that test holds the
    # clock somewhere else (a day back, a month-end): the demo is seeded at the real time, which every copy's
    # records then say ("the demo was made just now"), whatever test came first.
    with clock.use(clock.Clock()):
        _seed(url, data_dir)


def _seed(url: str, data_dir: Path) -> None:
    platform = Platform.open(Settings(data_dir=data_dir, database_url=url))
    migrate.upgrade(platform.db.engine)
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "cli", "test-seed")
        staff.seed_demo(db, audit)
        audit.seal()
        db.commit()
    platform.db.dispose()


class TemplateDatabases:
    """Builds each backend's template once, then hands out fresh copies; a template with a test module's book
    planted on it (`fresh_url(backend, book=plant)`) is built once per business day and copied the same way."""

    def __init__(self, work_dir: Path, pg_cluster_factory):
        self.work_dir = work_dir
        self._pg_factory = pg_cluster_factory
        self._sqlite_template: Path | None = None
        self._pg_ready = False
        self._books: dict[tuple, str] = {}
        self._lock = threading.RLock()

    def fresh_url(self, backend: str, book=None) -> str:
        n = next(_counter)
        with self._lock:
            if book is not None:
                return self._copy(self._book_template(backend, book), backend, n)
            if backend == "sqlite":
                if self._sqlite_template is None:
                    self._sqlite_template = self.work_dir / "template.db"
                    seed(f"sqlite:///{self._sqlite_template}", self.work_dir)
                return self._copy(str(self._sqlite_template), backend, n)
            cluster = self._pg_factory()
            if not self._pg_ready:
                cluster.execute("CREATE DATABASE p2p_template")
                seed(cluster.url("p2p_template"), self.work_dir)
                self._pg_ready = True
            return self._copy("p2p_template", backend, n)

    def _copy(self, template: str, backend: str, n: int) -> str:
        """A new database from `template` (a SQLite file's path, or a PostgreSQL template's name)."""
        if backend == "sqlite":
            target = self.work_dir / f"test-{n}.db"
            shutil.copyfile(template, target)
            return f"sqlite:///{target}"
        cluster = self._pg_factory()
        cluster.execute(f"CREATE DATABASE p2p_test_{n} TEMPLATE {template}")
        return cluster.url(f"p2p_test_{n}")

    def _book_template(self, backend: str, book) -> str:
        """The demo template with `book(platform)` planted on it. Books plant records relative to Shanghai's
        business day (a demo of today, yesterday's reconciliation), so a new day gets a new template; within the
        day a copy is what planting the book again would give, at a fraction of its seconds."""
        key = (backend, book, clock.today())
        if key not in self._books:
            n = next(_counter)
            url = self.fresh_url(backend)
            if backend == "postgresql":
                self._pg_factory().execute(f"ALTER DATABASE {url.rsplit('/', 1)[-1]} RENAME TO p2p_book_{n}")
                url = url.rsplit("/", 1)[0] + f"/p2p_book_{n}"
            data_dir = self.work_dir / f"book-{n}"
            data_dir.mkdir()
            platform = Platform.open(settings_for_tests(data_dir, url))
            try:
                book(platform)
            finally:
                platform.db.dispose()
            self._books[key] = url[len("sqlite:///"):] if backend == "sqlite" else f"p2p_book_{n}"
        return self._books[key]

    def release(self, url: str) -> None:
        """Drops a test's PostgreSQL database when the test is done: left in place, some six hundred copies of the
        demo filled the cluster's disk and made its removal at the end of the session take minutes."""
        name = url.rsplit("/", 1)[-1]
        if url.startswith("postgresql") and name.startswith("p2p_test_"):
            self._pg_factory().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        elif url.startswith("sqlite:///") and name.startswith("test-"):
            for path in (Path(url[len("sqlite:///"):]), *Path(url[len("sqlite:///"):]).parent.glob(f"{name}-*")):
                path.unlink(missing_ok=True)  # the copy and its -wal / -shm


def settings_for_tests(data_dir: Path, url: str, **overrides) -> Settings:
    settings = Settings(data_dir=data_dir, database_url=url, login_attempts_per_address=10_000,
                        login_attempts_per_account=10_000, requests_per_address=1_000_000)
    return replace(settings, **overrides) if overrides else settings


def totp_code(username: str, steps_ahead: int = 0, secret: str | None = None) -> str:
    """A demo user's code (or the code of `secret`), optionally for a later 30-second step (the server accepts
    one step of drift), at the platform's clock's time, the time the server checks it against."""
    return pyotp.TOTP(secret or SECRETS[username]).at(clock.now() + timedelta(seconds=30 * steps_ahead))


def seconds_into_step() -> float:
    """How far the platform's clock is into the current 30-second step of one-time codes."""
    return clock.now().timestamp() % 30


def sign_in_body(username: str, steps_ahead: int = 0) -> dict:
    return {"username": username, "password": DEMO_PASSWORD, "otp_code": totp_code(username, steps_ahead)}


class LiveServer:
    """The real ASGI app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, platform: Platform):
        self.app = create_app(platform=platform)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def raw_engine(url: str):
    return create_engine(url)
