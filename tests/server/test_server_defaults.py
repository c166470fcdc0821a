"""`python -m server run` is safe by default: no plain HTTP beyond loopback unless asked, TLS settings that
refuse old protocols and CBC suites, HSTS, and forwarded addresses believed only from named proxies."""

import os
import socket
import ssl
import subprocess
import sys
import time
import warnings

import requests
import sqlalchemy as sa

from tests.server.test_production_install import self_signed_certificate

ENV = os.environ | {"PYTHONPATH": os.getcwd()}


class Run:
    """`python -m server --database-url ... run --port 0 ARGS` in its own process."""

    def __init__(self, tmp_path, *args, env=None):
        self.database_url = f"sqlite:///{tmp_path / 'p.db'}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server", "--database-url", self.database_url, "run", "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=ENV | {"P2P_DATA_DIR": str(tmp_path)} | (env or {}))
        self.url = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("P2P-SERVER-READY "):
                self.url = line.split()[1]
                return
            if not line and self.process.poll() is not None:
                return

    def stop(self) -> str:
        """Stops the server (if it runs) and gives what it wrote on stderr."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.process.stderr.read()


def test_plain_http_beyond_loopback_is_refused_before_anything_starts(tmp_path):
    run = Run(tmp_path, "--host", "0.0.0.0")
    stderr = run.stop()
    assert run.url is None and run.process.returncode == 2
    assert stderr.strip().count("\n") == 0 and "--insecure-http" in stderr and "--certfile" in stderr
    assert not (tmp_path / "p.db").exists()  # refused before the database is touched


def test_plain_http_beyond_loopback_when_asked_serves_with_a_warning(tmp_path):
    run = Run(tmp_path, "--host", "0.0.0.0", "--insecure-http")
    try:
        assert run.url and run.url.startswith("http://0.0.0.0:")
        port = run.url.rsplit(":", 1)[1]
        assert requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=10).status_code == 200
    finally:
        stderr = run.stop()
    assert "警告：正在 0.0.0.0 上以明文 HTTP 提供服务" in stderr  # the command line speaks Chinese unless LANG says en


def test_a_key_without_a_certificate_or_the_reverse_fails_in_one_line_before_starting(tmp_path):
    certfile, keyfile = self_signed_certificate(tmp_path)
    for args in (["--keyfile", str(keyfile)], ["--certfile", str(certfile)]):
        run = Run(tmp_path, *args)
        stderr = run.stop()
        assert run.url is None and run.process.returncode == 2, stderr
        assert stderr.strip().count("\n") == 0 and "--certfile 与 --keyfile 须同时提供" in stderr


def _sign_in_failure_address(run: Run, forwarded_for: str) -> str:
    body = {"username": "nobody-here", "password": "x" * 12, "otp_code": "000000"}
    answer = requests.post(f"{run.url}/api/v1/auth/login", json=body, headers={"X-Forwarded-For": forwarded_for},
                           timeout=10)
    assert answer.status_code == 401, answer.text
    engine = sa.create_engine(run.database_url)
    try:
        with engine.connect() as db:
            return db.execute(sa.text("SELECT client_addr FROM audit_records WHERE action = 'auth.sign_in_failed' "
                                      "AND object_id = 'nobody-here'")).scalar_one()
    finally:
        engine.dispose()


def test_a_forwarded_address_from_an_unnamed_peer_is_not_believed(tmp_path):
    run = Run(tmp_path)
    try:
        assert _sign_in_failure_address(run, "203.0.113.7") == "127.0.0.1"
    finally:
        run.stop()


def test_a_forwarded_address_from_a_named_proxy_is_the_clients(tmp_path):
    run = Run(tmp_path, env={"P2P_TRUSTED_PROXIES": "127.0.0.1"})
    try:
        assert _sign_in_failure_address(run, "203.0.113.7") == "203.0.113.7"
    finally:
        run.stop()


def _handshake(url: str, context: ssl.SSLContext) -> str:
    host, port = url.removeprefix("https://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def _client(certfile, **settings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(certfile))
    for name, value in settings.items():
        if name == "ciphers":
            context.set_ciphers(value)
        else:
            setattr(context, name, value)
    return context


def test_https_answers_carry_hsts_and_refuse_old_protocols_and_cbc_suites(tmp_path):
    certfile, keyfile = self_signed_certificate(tmp_path)
    run = Run(tmp_path, "--certfile", str(certfile), "--keyfile", str(keyfile))
    try:
        assert run.url and run.url.startswith("https://")
        health = requests.get(f"{run.url}/api/v1/health", verify=str(certfile), timeout=10)
        assert health.status_code == 200
        assert health.headers["Strict-Transport-Security"] == "max-age=31536000"
        assert _handshake(run.url, _client(certfile)) == "TLSv1.3"
        assert _handshake(run.url, _client(certfile, maximum_version=ssl.TLSVersion.TLSv1_2,
                                           ciphers="ECDHE-ECDSA-AES128-GCM-SHA256")) == "TLSv1.2"
        cbc_only = _client(certfile, maximum_version=ssl.TLSVersion.TLSv1_2,
                           ciphers="ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # TLSv1_1 itself is deprecated: that is the point
            tls_1_1 = _client(certfile, minimum_version=ssl.TLSVersion.TLSv1_1,
                              maximum_version=ssl.TLSVersion.TLSv1_1, ciphers="DEFAULT:@SECLEVEL=0")
        for refused in (cbc_only, tls_1_1):
            try:
                _handshake(run.url, refused)
            except (ssl.SSLError, ConnectionResetError):
                pass
            else:
                raise AssertionError("the handshake succeeded")
    finally:
        run.stop()


def test_plain_http_answers_carry_no_hsts(tmp_path):
    run = Run(tmp_path)
    try:
        assert "Strict-Transport-Security" not in requests.get(f"{run.url}/api/v1/health", timeout=10).headers
    finally:
        run.stop()


def test_ending_a_staff_customer_link_needs_a_fresh_one_time_code(client):
    from tests.server.test_administration import Admin

    admin, finance = Admin(client), Admin(client, "finance")
    finance_id = finance.get("/me").json()["id"]
    made = admin.call("POST", "/withdrawals/links", json={"customer_ref": "C77", "user_id": finance_id, "note": "亲属"})
    assert made.status_code == 201, made.text
    path = f"/withdrawals/links/{made.json()['id']}"
    refused = admin.call("DELETE", path)
    assert refused.status_code == 403 and refused.json()["code"] == "step_up_required"
    assert [l["username"] for l in admin.get("/withdrawals/links", params={"customer_ref": "C77"}).json()] == ["finance"]
    assert admin.call("DELETE", path, sensitive=True).status_code == 204
    assert admin.get("/withdrawals/links", params={"customer_ref": "C77"}).json() == []


def test_the_openapi_document_declares_the_bearer_scheme_and_the_nul_character_answer(client):
    doc = client.get("/openapi.json").json()
    bearer = doc["components"]["securitySchemes"]["bearer"]
    assert (bearer["type"], bearer["scheme"]) == ("http", "bearer")
    operations = {(method, path): operation for path, item in doc["paths"].items() for method, operation in item.items()}
    assert operations[("get", "/api/v1/me")]["security"] == [{"bearer": []}]
    assert operations[("delete", "/api/v1/withdrawals/links/{link_id}")]["security"] == [{"bearer": []}]
    open_ones = {f"{m.upper()} {p}" for (m, p), operation in operations.items() if "security" not in operation}
    assert open_ones == {"GET /api/v1/health", "GET /api/v1/auth/password-policy", "POST /api/v1/auth/login",
                         "POST /api/v1/auth/password", "POST /api/v1/auth/totp/enroll", "POST /api/v1/auth/refresh",
                         # a staff member who forgot the password is not signed in (a code by e-mail, then the
                         # authenticator); the demo code answers only on a demo platform for a demo account
                         "POST /api/v1/auth/recovery/start", "POST /api/v1/auth/recovery/confirm",
                         "GET /api/v1/auth/recovery/demo-code"}
    for operation in operations.values():
        invalid = operation["responses"]["422"]["content"]["application/problem+json"]
        assert invalid["examples"]["nul_character"]["value"]["code"] == "nul_character"
    refused = client.get("/api/v1/users", params={"q": "a\x00b"})
    assert refused.status_code == 422 and refused.json()["code"] == "nul_character"
