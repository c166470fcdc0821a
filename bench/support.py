"""What every API benchmark does: start the real server on a database, sign in, report percentiles."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pyotp
import requests

ROOT = Path(__file__).resolve().parent.parent


def environment(work: Path) -> dict:
    return os.environ | {"P2P_DATA_DIR": str(work), "PYTHONPATH": str(ROOT)}


def run_checked(args: list[str], env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    """Runs a command with its output captured; when it fails, prints the command, its exit code and what it
    wrote (a benchmark that hid a seeder's error only said "returned non-zero exit status 1"), then exits."""
    done = subprocess.run(args, env=env, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        shown = " ".join(a if a.isprintable() and " " not in a else repr(a) for a in args)
        print(f"command failed with exit code {done.returncode}: {shown}", file=sys.stderr)
        for name, text in (("stdout", done.stdout), ("stderr", done.stderr)):
            if text.strip():
                print(f"--- its {name} (last 60 lines) ---", file=sys.stderr)
                print("\n".join(text.strip().splitlines()[-60:]), file=sys.stderr)
        raise SystemExit(done.returncode or 1)
    return done


def start_server(url: str, env: dict, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """`python -m server run --port 0 --no-scheduler [--workers N]` on the database; returns the process and its base
    URL (with workers, the process is their supervisor; on Linux its ready line comes once a worker accepts).
    Without the scheduler: a freshly seeded platform's first run would catch up a month of daily jobs over every
    loan while the benchmark measures, and hold the shutdown until its slot ends."""
    server = subprocess.Popen([sys.executable, "-m", "server", "--database-url", url, "run", "--port", "0",
                               "--no-scheduler", "--workers", str(workers)],
                              stdout=subprocess.PIPE, text=True, env=env)
    line = ""
    while not line.startswith("P2P-SERVER-READY"):
        line = server.stdout.readline()
        if not line:
            raise SystemExit(f"the server did not start (exit code {server.wait()}; its errors are above)")
    return server, line.split()[1]


@contextmanager
def demo_server(prefix: str, *seed_args: str):
    """A demo platform (`seed-demo` with `seed_args`) on SQLite in a folder of its own, served on loopback:
    yields the base URL, then stops the server and removes the folder."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    url = f"sqlite:///{work / 'platform.db'}"
    env = environment(work)
    started = time.perf_counter()
    run_checked([sys.executable, "-m", "server", "--database-url", url, "seed-demo", *seed_args], env)
    print(f"demo platform seeded ({' '.join(seed_args) or 'defaults'}) in {time.perf_counter() - started:.1f} s")
    server, base = start_server(url, env)
    try:
        yield base
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def signed_in_session(base: str, username: str) -> requests.Session:
    sys.path.insert(0, str(ROOT))
    from server.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.username == username)
    answer = requests.post(f"{base}/api/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                           "otp_code": pyotp.TOTP(secret).at(time.time() + 30)}, timeout=30).json()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {answer['tokens']['access_token']}"
    return session


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def time_requests(session: requests.Session, url: str, params: dict, count: int, warmup: int = 10):
    """Milliseconds per request, and the last answer's JSON."""
    for _ in range(warmup):
        session.get(url, params=params, timeout=30)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        answer = session.get(url, params=params, timeout=30)
        times.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return times, answer.json()


def run_until(predicate, timeout: float, interval_ms: int = 1) -> None:
    """Runs Qt's event loop until `predicate()` holds or `timeout` seconds pass (the consoles' benchmarks time what
    the user would see, so the loop must run as it does in the console)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, deadline = QEventLoop(), time.monotonic() + timeout
    check = QTimer(interval=interval_ms)
    check.timeout.connect(lambda: loop.quit() if predicate() or time.monotonic() > deadline else None)
    check.start()
    loop.exec()
    check.stop()
