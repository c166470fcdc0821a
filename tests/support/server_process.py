"""`python -m server run` as a child process on a free port, as an operator starts it: the tests that kill it, run
several workers or restart it on the same database need a real process, not the app in the test's own."""

import os
import subprocess
import sys
import time


def serve(url: str, data_dir, *run_args: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """The running server and its base URL, once it prints that it accepts connections (within 60 s)."""
    environment = os.environ | {"PYTHONPATH": os.getcwd()} | (env or {}) | {"P2P_DATA_DIR": str(data_dir)}
    process = subprocess.Popen([sys.executable, "-m", "server", "--database-url", url, "run", "--port", "0",
                                *run_args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=environment)
    return process, ready_url(process)


def ready_url(process: subprocess.Popen, within: float = 60) -> str:
    """The base URL a starting `python -m server run` prints once it accepts connections (its stdout a text pipe);
    the server's stderr in the failure when it stops first and its stderr is a pipe."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("P2P-SERVER-READY "):
            return line.split()[1]
        if not line and process.poll() is not None:
            said = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"the server stopped before it was ready:\n{said}")
    process.kill()
    raise AssertionError(f"the server printed no ready line within {within:.0f} s")
