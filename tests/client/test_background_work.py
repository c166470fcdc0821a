"""Network work never runs on the GUI thread: the event loop keeps turning while a request takes 2 s."""

import http.server
import json
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from app.services import errors
from app.services.api_client import ApiClient


class SlowHealth(http.server.BaseHTTPRequestHandler):
    delay = 2.0

    def do_GET(self):
        time.sleep(self.delay)
        body = json.dumps({"status": "ok", "version": "slow"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHealth)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_event_loop_keeps_turning_while_a_request_takes_two_seconds(qtbot, runner, slow_server):
    ticks = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()
    api = ApiClient(slow_server)
    started = time.monotonic()
    with qtbot.waitSignal(runner.busy_changed, timeout=10_000, check_params_cb=lambda busy: busy is False):
        runner.run(api.health, done=lambda health: ticks.append(("done", health.version)))
    timer.stop()
    elapsed = time.monotonic() - started
    assert elapsed >= 1.9
    assert ("done", "slow") in ticks
    gaps = [b - a for a, b in zip(ticks, ticks[1:]) if isinstance(a, float) and isinstance(b, float)]
    assert len(gaps) > 100  # about 200 ticks of 10 ms in 2 s
    assert max(gaps) < 0.25  # no stall of the GUI thread


def test_long_work_reports_progress_and_can_be_cancelled(qtbot, runner):
    seen, outcome = [], []

    def work(task):
        for step in range(1000):
            task.report(step, 1000)
            time.sleep(0.005)
        return "finished"

    task = runner.run(work, done=outcome.append, failed=outcome.append,
                      progress=lambda done, total: seen.append(done), with_progress=True)
    qtbot.waitUntil(lambda: len(seen) > 5, timeout=5_000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert isinstance(outcome[0], errors.Cancelled) and max(seen) < 999


def test_an_unreachable_server_is_offline_after_retries(runner):
    api = ApiClient("http://127.0.0.1:9")
    started = time.monotonic()
    with pytest.raises(errors.Offline):
        api.request("GET", "/api/v1/health", auth=False)
    assert time.monotonic() - started >= 1.2  # two retries with backoff before giving up


def test_posts_carry_an_idempotency_key_reused_by_their_retries(live_url):
    from tests.client.helpers import signed_in_session
    from app.services.settings import Profile

    session = signed_in_session(Profile("t", "t", live_url), "admin")
    sent = []
    original = session.api.http.request

    def spy(method, url, **kwargs):
        sent.append(dict(kwargs.get("headers") or {}))
        return original(method, url, **kwargs)

    session.api.http.request = spy
    session.api.verify_password("Demo2026!Pass")
    assert sent[-1]["Idempotency-Key"]
