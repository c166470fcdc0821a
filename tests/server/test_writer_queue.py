"""SQLite's writers queue across processes (server/db/writers.py): a worker's writer waits for another
worker's to end instead of sleeping in SQLite's busy handler, and a worker killed while writing frees the
queue."""

import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from server.db import writers
from server.db.engine import Database
from server.db.writers import WritersBusy, without_waiting

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


def _write_a_row(db: Database) -> None:
    with db.write() as session:
        session.connection().exec_driver_sql("INSERT INTO t (x) VALUES (1)")
        session.commit()


def _rows(db: Database) -> int:
    with db.read() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM t").scalar()


def test_a_block_without_waiting_is_refused_within_milliseconds_while_another_thread_or_process_writes(tmp_path):
    """`without_waiting`, how the fast lane writes on the event loop: a queue held for longer than a few
    milliseconds refuses the block's first write before anything is written, and never makes it wait."""
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    db = Database(url)
    try:
        with db.write() as session:
            session.connection().exec_driver_sql("CREATE TABLE t (x INTEGER)")
            session.commit()
        holder = _holder(url, 0.8)  # another process
        started = time.monotonic()
        with pytest.raises(WritersBusy), without_waiting():
            _write_a_row(db)
        assert time.monotonic() - started < 0.5
        assert holder.wait(10) == 0
        assert _rows(db) == 0

        held, release = threading.Event(), threading.Event()

        def hold() -> None:
            with db.writers():
                held.set()
                release.wait(10)

        with ThreadPoolExecutor(1) as pool:  # another thread of this process
            holding = pool.submit(hold)
            held.wait(10)
            with pytest.raises(WritersBusy), without_waiting():
                _write_a_row(db)
            release.set()
            holding.result()
        assert _rows(db) == 0
    finally:
        db.dispose()


def test_a_block_without_waiting_takes_a_queue_soon_free_and_keeps_it_to_its_end(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    db = Database(url)
    # Looked at again for up to about a second here (a couple of milliseconds in service), so that the holder's
    # thread lets go within the time even on a loaded machine.
    monkeypatch.setattr(writers, "_LOOK_AGAIN_FOR_SECONDS", 1.0)
    try:
        with db.write() as session:
            session.connection().exec_driver_sql("CREATE TABLE t (x INTEGER)")
            session.commit()
        held, let_go = threading.Event(), []

        def hold_briefly() -> None:
            with db.writers():
                held.set()
                time.sleep(0.02)
                let_go.append(time.monotonic())

        with ThreadPoolExecutor(1) as pool:
            holding = pool.submit(hold_briefly)
            held.wait(10)
            with without_waiting():
                _write_a_row(db)
                entered = time.monotonic()
                assert entered >= let_go[0]  # after the holder, not beside it
                waiter = subprocess.Popen([sys.executable, "-c", WAITER, url, str(ROOT)], stdout=subprocess.PIPE,
                                          text=True)
                assert waiter.stdout.readline().strip() == "waiting"
                _write_a_row(db)  # a second write of the block goes on: the queue is still this block's
                time.sleep(0.3)
                block_ends = time.monotonic()
            holding.result()
        # Kept from the block's first write to its end: the other process got in only then.
        assert float(waiter.stdout.readline().split()[1]) >= block_ends
        assert waiter.wait(10) == 0
        assert _rows(db) == 2
    finally:
        db.dispose()
