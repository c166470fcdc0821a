"""SQLite's writers queue across processes (server/db/writers.py): a worker's writer waits for another
worker's to end instead of sleeping in SQLite's busy handler, and a worker killed while writing frees the
queue."""

import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from server.db.engine import Database

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from server.db.engine import Database
    db = Database(sys.argv[1])
    with db.writers():
        print("holding", flush=True)
        time.sleep(float(sys.argv[3]))
        print("released", time.monotonic(), flush=True)
""")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the queue across processes needs fcntl")


def _holder(url: str, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, url, str(ROOT), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_writer_waits_for_another_process_writing(tmp_path):
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    holder = _holder(url, 0.6)
    db = Database(url)
    try:
        with db.writers():
            entered = time.monotonic()
        released = float(holder.stdout.readline().split()[1])
        assert entered >= released  # not before the other process let go
        assert entered - released < 0.3  # and woken at once, not after a sleep
        assert holder.wait(10) == 0
    finally:
        db.dispose()


def test_a_writer_killed_while_writing_frees_the_queue(tmp_path):
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    holder = _holder(url, 60)
    db = Database(url)
    try:
        holder.kill()
        holder.wait(10)
        started = time.monotonic()
        with db.write() as session:  # a whole write transaction, as a request makes it
            session.connection().exec_driver_sql("CREATE TABLE t (x INTEGER)")
            session.commit()
        assert time.monotonic() - started < 5
    finally:
        db.dispose()


WAITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from server.db.engine import Database
    db = Database(sys.argv[1])
    print("waiting", flush=True)
    with db.writers():
        print("entered", time.monotonic(), flush=True)
""")


def test_the_queue_is_held_until_the_outermost_of_nested_writers_ends(tmp_path):
    # Re-entrant: a thread that opens a second write session inside its first goes on (and meets SQLite's own lock
    # as before); ending the inner one must not let another process in while the outer one still writes.
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    db = Database(url)
    try:
        with db.writers():
            with db.writers():
                waiter = subprocess.Popen([sys.executable, "-c", WAITER, url, str(ROOT)], stdout=subprocess.PIPE,
                                          text=True)
                assert waiter.stdout.readline().strip() == "waiting"
            time.sleep(0.5)
            outer_ends = time.monotonic()
        entered = float(waiter.stdout.readline().split()[1])
        assert entered >= outer_ends
        assert waiter.wait(10) == 0
    finally:
        db.dispose()


def test_entering_only_if_free_refuses_at_once_while_another_thread_or_process_writes(tmp_path):
    """`writers_if_free`, what the fast lane asks before it runs a command on the event loop: never waits."""
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    db = Database(url)
    try:
        holder = _holder(url, 0.6)  # another process
        started = time.monotonic()
        assert db.writers_if_free() is None
        assert time.monotonic() - started < 0.1
        assert holder.wait(10) == 0
        with ThreadPoolExecutor(1) as pool:  # another thread of this process
            with db.writers():
                assert pool.submit(db.writers_if_free).result() is None
            entered = pool.submit(db.writers_if_free).result()
            assert entered is not None
            pool.submit(entered.__exit__, None, None, None).result()
        entered = db.writers_if_free()  # free: entered, and held against another process until left
        assert entered is not None
        waiter = subprocess.Popen([sys.executable, "-c", WAITER, url, str(ROOT)], stdout=subprocess.PIPE, text=True)
        assert waiter.stdout.readline().strip() == "waiting"
        time.sleep(0.3)
        left = time.monotonic()
        entered.__exit__(None, None, None)
        assert float(waiter.stdout.readline().split()[1]) >= left
        assert waiter.wait(10) == 0
    finally:
        db.dispose()
