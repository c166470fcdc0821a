"""A statement upload (up to 256 MB) costs the server no memory before its caller is known: the request guard
checks the token and the route's own permission before it reads a byte of the body, answers a stranger 401 and
a clerk without the permission 403 and ends the connection; an allowed upload streams to a temporary file; and
only a few large uploads are received at once, the next one answered 503 with Retry-After."""

import json
import socket
import time
from datetime import date
from urllib.parse import urlsplit

import anyio
import pytest
import requests
from fastapi.testclient import TestClient

from server.app import create_app
from server.middleware import BINARY_BODY
from server.reconciliation.routes import STATEMENT_MAX_BYTES
from tests.server.reconciliation.conftest import R, Line, at, statement_csv
from tests.support.platforms import LiveServer

API = "/api/v1"
DAY = date(2026, 11, 20)
IMPORT_PATH = f"{API}{R}/days/{DAY.isoformat()}/statements"
MiB = 1024 * 1024
BIG = 200 * MiB


def a_statement(serial_prefix: str = "B") -> bytes:
    return statement_csv([Line(f"{serial_prefix}1", "CZ1", "IV0001", 1200, at(DAY, 8)),
                          Line(f"{serial_prefix}2", "TX1", "IV0002", -350, at(DAY, 9))])


# --- in process: the body-reading hook ------------------------------------------------------------

def call_without_a_body(platform, headers: list[tuple[bytes, bytes]]) -> tuple[int, dict, int]:
    """Sends the app a 200 MB upload whose body is only ever handed out on request; returns the status, the
    problem and how many times the app asked for a piece of the body."""
    app = create_app(platform=platform)
    asked, sent = [], []

    async def receive():
        asked.append(1)
        return {"type": "http.request", "body": b"x" * 65536, "more_body": True}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": IMPORT_PATH, "raw_path": IMPORT_PATH.encode(), "root_path": "", "query_string": b"filename=s.csv",
             "headers": [(b"host", b"testserver"), (b"content-type", b"application/octet-stream"),
                         (b"content-length", str(BIG).encode()), *headers],
             "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}
    anyio.run(app, scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert (b"connection", b"close") in start["headers"]
    return start["status"], json.loads(body), len(asked)


def test_an_upload_without_a_token_is_refused_before_its_body_is_read(platform):
    status, problem, asked = call_without_a_body(platform, [])
    assert (status, problem["code"], asked) == (401, "token_invalid", 0)


def test_an_upload_by_a_clerk_without_the_import_permission_is_refused_before_its_body_is_read(platform, person):
    risk = person("risk")
    token = risk.headers["Authorization"].encode()
    status, problem, asked = call_without_a_body(platform, [(b"authorization", token)])
    assert (status, problem["code"], problem["permission"], asked) == (403, "permission_denied", "recon.import", 0)


def test_an_upload_with_a_revoked_token_is_refused_before_its_body_is_read(platform, person):
    clerk = person("finance")
    assert clerk.post("/auth/logout").status_code == 204
    status, problem, asked = call_without_a_body(platform, [(b"authorization", clerk.headers["Authorization"].encode())])
    assert (status, asked) == (401, 0)


# --- over HTTP: the real server -------------------------------------------------------------------

class RawUpload:
    """An upload written by hand on a socket: the headers announce `length` bytes; the body goes in pieces."""

    def __init__(self, base: str, path: str, length: int, headers: dict | None = None):
        parts = urlsplit(base)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=20)
        lines = [f"POST {path} HTTP/1.1", f"Host: {parts.hostname}:{parts.port}",
                 "Content-Type: application/octet-stream", f"Content-Length: {length}",
                 *(f"{k}: {v}" for k, v in (headers or {}).items())]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        self.sent = 0

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)
        self.sent += len(data)

    def response(self) -> tuple[int, dict, bytes]:
        raw = b""
        while b"\r\n\r\n" not in raw:
            chunk = self.sock.recv(65536)
            assert chunk, f"the server closed the connection without an answer: {raw!r}"
            raw += chunk
        head, _, body = raw.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
        while len(body) < int(headers.get("content-length", 0)):
            body += self.sock.recv(65536)
        return int(status_line.split()[1]), headers, body

    def closed_by_server(self) -> bool:
        try:
            return self.sock.recv(65536) == b""
        except ConnectionResetError:
            return True

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize("who", [None, "risk"])
def test_the_server_answers_a_refused_upload_before_the_client_has_sent_its_body_and_hangs_up(live_url, person, who):
    headers = person(who).headers if who else {}
    raw = RawUpload(live_url, f"{IMPORT_PATH}?filename=s.csv", BIG, headers)
    try:
        raw.send(b"x" * 65536)  # a sliver of the 200 MB announced
        status, answer_headers, body = raw.response()
        assert status == (403 if who else 401), body
        assert answer_headers["content-type"] == "application/problem+json"
        assert answer_headers["connection"] == "close"
        assert raw.sent < BIG
        assert raw.closed_by_server()
    finally:
        raw.close()


@pytest.fixture
def live(platform):
    """The real server on a loopback port, with its app at hand (to see its upload slots taken)."""
    server = LiveServer(platform)
    url = server.start()
    yield server.app, url
    server.stop()


def test_a_third_large_upload_at_once_is_answered_503_with_retry_after_and_waits_for_a_free_slot(live, person):
    app, live_url = live
    clerk = person("finance")
    held = []
    try:
        for n in range(2):
            held.append(RawUpload(live_url, f"{IMPORT_PATH}?filename=s{n}.csv", 8 * MiB, clerk.headers))
            held[-1].send(b"a" * 65536)
            _wait_for(lambda n=n: getattr(app.state, "uploads", None) is not None and app.state.uploads.in_use == n + 1)
        busy = RawUpload(live_url, f"{IMPORT_PATH}?filename=s.csv", 2 * MiB, clerk.headers)
        held.append(busy)
        busy.send(b"b" * 65536)
        status, headers, body = busy.response()
        assert status == 503, body
        assert headers["content-type"] == "application/problem+json" and headers["connection"] == "close"
        assert int(headers["retry-after"]) > 0
        problem = json.loads(body)
        assert problem["code"] == "uploads_busy" and problem["status"] == 503
        assert problem["params"] == {"uploads": 2, "seconds": 10} and "2 个大文件" in problem["detail"]  # no Accept-Language: Chinese
        # A small file is no large upload: it is not kept waiting for a slot.
        small = requests.post(f"{live_url}{IMPORT_PATH}", params={"filename": "small.csv"}, data=a_statement("S"),
                              headers=clerk.headers | {"content-type": "application/octet-stream"}, timeout=30)
        assert small.status_code == 201, small.text
    finally:
        for raw in held:
            raw.close()
    # The uploads given up free their slots: a large one is taken again.
    _wait_for(lambda: app.state.uploads.in_use == 0)
    body = a_statement("L") + b"\r\n" * MiB  # over the general 1 MiB limit: a large upload
    again = requests.post(f"{live_url}{IMPORT_PATH}", params={"filename": "large.csv"}, data=body,
                          headers=clerk.headers | {"content-type": "application/octet-stream"}, timeout=30)
    assert again.status_code == 201, again.text
    assert again.json()["line_count"] == 2


def _wait_for(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server did not get there in time"
        time.sleep(0.02)


def test_a_large_statement_streamed_without_a_length_imports(live_url, person):
    clerk = person("finance")
    data = a_statement() + b"\r\n" * (3 * MiB)  # trailing blank lines: a file over the spool's memory size

    def pieces():  # no Content-Length: sent chunked, counted against the limit as it arrives
        for start in range(0, len(data), 256 * 1024):
            yield data[start:start + 256 * 1024]

    answer = requests.post(f"{live_url}{IMPORT_PATH}", params={"filename": "streamed.csv"}, data=pieces(),
                           headers=clerk.headers | {"content-type": "application/octet-stream"}, timeout=60)
    assert answer.status_code == 201, answer.text
    assert (answer.json()["line_count"], answer.json()["in_fen"], answer.json()["out_fen"]) == (2, 1200, 350)


def test_a_body_longer_than_the_limit_without_a_length_is_refused_413(person, platform, monkeypatch):
    # The guard counts what arrives against the route's own declared limit; a small limit keeps the test quick.
    from server.reconciliation import routes

    assert routes.IMPORT_BODY[BINARY_BODY]["limit_bytes"] == STATEMENT_MAX_BYTES + 64 * 1024
    monkeypatch.setitem(routes.IMPORT_BODY[BINARY_BODY], "limit_bytes", 2 * MiB)
    clerk = person("finance")

    def pieces():  # no Content-Length to refuse it by
        for _ in range(3):
            yield b"x" * MiB

    with TestClient(create_app(platform=platform)) as client:
        answer = client.post(IMPORT_PATH, params={"filename": "s.csv"}, content=pieces(),
                             headers=clerk.headers | {"content-type": "application/octet-stream"})
    assert answer.status_code == 413, answer.text
    assert answer.json()["code"] == "payload_too_large"


def test_a_replayed_import_answers_as_before_and_a_different_file_under_the_same_key_is_refused(person):
    clerk = person("finance")
    sent = dict(params={"filename": "s.csv"},
                headers=clerk.headers | {"Idempotency-Key": "import-once", "content-type": "application/octet-stream"})
    first = clerk.client.post(IMPORT_PATH, content=a_statement(), **sent)
    assert first.status_code == 201, first.text
    again = clerk.client.post(IMPORT_PATH, content=a_statement(), **sent)
    assert again.status_code == 201 and again.headers.get("idempotent-replay") == "true"
    assert again.json() == first.json()
    other = clerk.client.post(IMPORT_PATH, content=a_statement("Z"), **sent)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
