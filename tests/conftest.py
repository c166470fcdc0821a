"""Fixtures shared by the whole suite: personal-data keys, PostgreSQL, fresh platforms per test."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# One personal-data key ring for each test process, outside any database (as in production). The pytest-xdist
# workers inherit the environment of the process that started them: one ring file for both made them create it at
# once, and one's temporary file was renamed away under the other (FileNotFoundError on the first customer planted).
_KEYS_DIR = Path(tempfile.mkdtemp(prefix="p2p-test-keys-"))
atexit.register(shutil.rmtree, _KEYS_DIR, True)
if os.environ.get("P2P_PII_KEYS_FILE") in (None, os.environ.get("P2P_TEST_KEYS_FILE")):
    os.environ["P2P_PII_KEYS_FILE"] = os.environ["P2P_TEST_KEYS_FILE"] = str(_KEYS_DIR / "pii-keys.json")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if "faketime" in os.environ.get("LD_PRELOAD", ""):
    # Under libfaketime (make test runs the `clock` tests again so) with FAKETIME_DONT_FAKE_MONOTONIC=1, Debian
    # 12's libfaketime 0.9.10 shifts the absolute CLOCK_MONOTONIC deadline of Python's time.sleep by the faked
    # offset, an invalid time (EINVAL): sleeps here wait on an event instead, which keeps to the real monotonic.
    import threading
    import time

    def _sleep(seconds: float) -> None:
        if seconds > 0:
            threading.Event().wait(seconds)

    time.sleep = _sleep

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from server.app import create_app  # noqa: E402
from server.platform import Platform  # noqa: E402
from tests.support import postgres  # noqa: E402
from tests.support.platforms import LiveServer, TemplateDatabases, settings_for_tests  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


def _remember_right_passwords() -> None:
    """Every test's database is a copy of the same seeded demo, so the suite signs in with the very same argon2id
    hash and password over a thousand times, each check some 0.2 s of CPU on four threads (seconds on a loaded
    machine). A check is a pure function of the hash and the password: a pair that once verified verifies again,
    so its answer is kept. Only agreement is kept; a wrong password, an unknown user's dummy hash and any new hash
    (a changed or new password) are checked by argon2 every time, as they would be."""
    from server.security import passwords

    verify, verified = passwords.verify_password, set()

    def verify_password(password_hash: str, password: str) -> bool:
        if (password_hash, password) in verified:
            return True
        ok = verify(password_hash, password)
        if ok:
            verified.add((password_hash, password))
        return ok

    passwords.verify_password = verify_password


_remember_right_passwords()


# The files that take longest (pytest --durations, 2026-12-05: from 114 s down to 17 s of one worker's time each),
# sent to the two workers first (the Makefile's --no-loadscope-reorder keeps this order): handed out last, as
# xdist's own order by test count did with some of them, one worker ran on alone for a minute at the end.
LONGEST_FIRST = (
    "tests/client/test_self_check.py",
    "tests/server/test_api_schema.py",
    "tests/server/reconciliation/test_statement_blocks.py",
    "tests/server/test_staff_recovery.py",
    "tests/server/test_server_defaults.py",
    "tests/server/test_production_install.py",
    "tests/server/test_audit_tamper.py",
    "tests/server/test_upgrades.py",
    "tests/server/test_command_line.py",
    "tests/server/loans/test_demo_seed.py",
    "tests/server/test_workers.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}
    # A stable sort: every other file, and the tests within each file, keep their order.
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(LONGEST_FIRST)))


@pytest.fixture(scope="session")
def pg_cluster_factory():
    cluster = None

    def get():
        nonlocal cluster
        if cluster is None:
            if not postgres.available():
                pytest.skip("PostgreSQL server binaries are not installed (Debian package postgresql)")
            cluster = postgres.PostgresCluster().start()
        return cluster

    yield get
    if cluster is not None:
        cluster.stop()


@pytest.fixture(scope="session")
def templates(tmp_path_factory, pg_cluster_factory) -> TemplateDatabases:
    return TemplateDatabases(tmp_path_factory.mktemp("databases"), pg_cluster_factory)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_platform(templates, tmp_path, backend):
    """Makes a platform on a fresh copy of the seeded demo database; settings may be overridden. With `book`, a
    function that plants a module's records on a platform, the copy is of a template with that book planted
    (made once a day per worker and backend), as if the book had been planted on this platform."""
    made = []

    def make(book=None, **overrides) -> Platform:
        url = templates.fresh_url(backend, book=book)
        platform = Platform.open(settings_for_tests(tmp_path, url, **overrides))
        made.append((platform, url))
        return platform

    yield make
    for platform, url in made:
        platform.db.dispose()
        templates.release(url)


@pytest.fixture
def platform(make_platform) -> Platform:
    return make_platform()


@pytest.fixture
def client(platform) -> TestClient:
    """In-process HTTP client (ASGI, no socket)."""
    with TestClient(create_app(platform=platform), base_url="http://testserver") as c:
        yield c


@pytest.fixture
def live_url(platform) -> str:
    """Base URL of the platform served by uvicorn on a loopback port."""
    server = LiveServer(platform)
    url = server.start()
    yield url
    server.stop()
