"""A production install, command by command, as README.md's "Production on PostgreSQL" tells an operator.

Each step is the real `python -m server` in its own process, against a fresh, empty database: on
PostgreSQL a new database owned by a role without superuser rights, in the test session's cluster;
on SQLite a new file. The first install on PostgreSQL failed at its first command (issue 12: an audit
field longer than its column) while every test on SQLite, which keeps such values, passed; the
suite had run the server on PostgreSQL but never the commands an install runs.
"""

import ipaddress
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyotp
import requests

from tests.support.platforms import totp_code
from tests.support.server_process import ready_url

REPO = Path(__file__).resolve().parents[2]
API = "/api/v1"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1, valid from 2000 to 9999, so that no clock is read to make it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(datetime(2000, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(9999, 12, 31, tzinfo=timezone.utc))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    certfile, keyfile = folder / "server.crt", folder / "server.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


class Operator:
    """Types `python -m server ...` with the environment the README sets."""

    def __init__(self, database_url: str, tmp_path: Path):
        (tmp_path / "data").mkdir()
        (tmp_path / "keys").mkdir()
        # The key ring lives outside the data folder and the database, so their backups do not carry it.
        self.keys_file = tmp_path / "keys" / "pii-keys.json"
        self.env = os.environ | {"P2P_DATABASE_URL": database_url, "P2P_DATA_DIR": str(tmp_path / "data"),
                                 "P2P_PII_KEYS_FILE": str(self.keys_file), "PYTHONPATH": str(REPO)}

    def run(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "server", *args], cwd=REPO, env=self.env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, f"python -m server {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def serve(self, *args: str) -> tuple[subprocess.Popen, str]:
        process = subprocess.Popen([sys.executable, "-m", "server", "run", *args], cwd=REPO, env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        return process, ready_url(process)


def first_sign_in(base: str, certfile: Path, username: str, temporary_password: str) -> dict:
    """The first sign-in of a new user: temporary password, a password of their own, an authenticator."""
    def post(path, body):
        answer = requests.post(f"{base}{API}{path}", json=body, verify=str(certfile), timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()

    step = post("/auth/login", {"username": username, "password": temporary_password})
    assert step["status"] == "password_change_required"
    step = post("/auth/password", {"challenge": step["challenge"], "new_password": "Xq7-harbour-lantern-2026"})
    assert step["status"] == "totp_enrollment_required"
    authenticator = pyotp.parse_uri(step["otpauth_uri"])
    code = totp_code("", secret=authenticator.secret)  # the code of the step now, as the server reckons it
    step = post("/auth/totp/enroll", {"challenge": step["challenge"], "otp_code": code})
    assert step["status"] == "ok"
    return step["tokens"]


def test_an_operator_installs_serves_signs_in_checks_and_rotates_keys(empty_database_url, tmp_path):
    operator = Operator(empty_database_url, tmp_path)

    assert "standard roles created" in operator.run("migrate")
    assert "demo staff created" in operator.run("seed-demo", "--loans", "30")
    made = operator.run("create-user", "li.ming", "--role", "admin", "--display-name", "李明")
    temporary_password = made.strip().splitlines()[-1].split(": ")[-1]

    certfile, keyfile = self_signed_certificate(tmp_path)
    server, base = operator.serve("--host", "127.0.0.1", "--port", "0", "--no-migrate",
                                  "--certfile", str(certfile), "--keyfile", str(keyfile))
    try:
        assert base.startswith("https://127.0.0.1:")
        health = requests.get(f"{base}{API}/health", verify=str(certfile), timeout=30).json()
        assert health["status"] == "ok" and health["migrations_current"]
        tokens = first_sign_in(base, certfile, "li.ming", temporary_password)
        me = requests.get(f"{base}{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"},
                          verify=str(certfile), timeout=30).json()
        assert me["username"] == "li.ming" and me["totp_enrolled"] and [r["name"] for r in me["roles"]] == ["admin"]
    finally:
        server.terminate()
        server.wait(30)

    assert "audit chain intact" in operator.run("verify-audit")
    keys_before = operator.keys_file.read_text()
    rotated = operator.run("rotate-pii-key")
    assert "new active key" in rotated and int(rotated.split("; ")[1].split()[0]) > 0
    assert int(rotated.split("; ")[2].split()[0]) == 2  # the demo's scan and income proof, sealed anew
    assert operator.keys_file.read_text() != keys_before
    assert "audit chain intact" in operator.run("verify-audit")
    assert operator.run("migrate").startswith("nothing to do")
