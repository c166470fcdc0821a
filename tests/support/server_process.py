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
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("P2P-SERVER-READY "):
            return process, line.split()[1]
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError("the server did not start")
