"""Real gateways on the loopback interface for the alert channels: an HTTP receiver that VERIFIES each payload's
signature (SMS and WeChat Work), and an SMTP server (aiosmtpd) that insists on STARTTLS with a self-signed
certificate and on AUTH LOGIN with the right password."""

import datetime
import hashlib
import hmac
import ipaddress
import json
import socket
import ssl
import threading
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The signature as the gateway's documentation gives it, computed here independently of the server."""
    return hmac.new(secret.encode(), timestamp.encode() + b"\n" + body, hashlib.sha256).hexdigest()


class SignedReceiver:
    """Answers `status` (500) to the first `failures` posts, then 200 (`{"errcode": 0}`); refuses (401) a post
    whose X-Signature does not verify with `secret`. Keeps every post with whether its signature verified."""

    def __init__(self, secret: str, failures: int = 0, status: int = 500):
        self.secret, self.failures, self.status = secret, failures, status
        self.posts: list[dict] = []  # {"body": parsed JSON, "verified": bool, "headers": {...}}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                timestamp, given = self.headers.get("X-Timestamp", ""), self.headers.get("X-Signature", "")
                verified = bool(given) and hmac.compare_digest(given, expected_signature(receiver.secret, timestamp,
                                                                                         raw))
                receiver.posts.append({"body": json.loads(raw), "verified": verified,
                                       "headers": dict(self.headers.items())})
                if not verified:
                    return self._answer(401, b'{"errcode": 40001}')
                if receiver.failures > 0:
                    receiver.failures -= 1
                    return self._answer(receiver.status, b'{"errcode": -1}')
                return self._answer(200, b'{"errcode": 0, "errmsg": "ok"}')

            def _answer(self, status, body):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/send"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def accepted(self) -> list[dict]:
        return [p["body"] for p in self.posts if p["verified"]]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, made now with `cryptography`: (certificate, key) PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)  # clock-ok: TLS checks validity against the real time
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                               x509.DNSName("localhost")]), critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StartTlsSmtp:
    """aiosmtpd on loopback: STARTTLS required before anything else, then AUTH LOGIN (PLAIN is not offered) with
    `username`/`password`; keeps each accepted message and each sign-in attempt (user name, accepted)."""

    def __init__(self, directory: Path, username: str, password: str):
        self.cert_path, key_path = self_signed_certificate(directory)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_path, key_path)
        # (mail_from, rcpt_tos, email.message.EmailMessage, signed in as, over TLS)
        self.messages: list[tuple] = []
        self.logins: list[tuple[str, str, bool]] = []  # (mechanism, user name, accepted)
        receiver = self

        def authenticator(server, session, envelope, mechanism, auth_data):
            login = auth_data.login.decode() if auth_data.login else ""
            ok = mechanism == "LOGIN" and login == username and auth_data.password.decode() == password
            receiver.logins.append((mechanism, login, ok))
            return AuthResult(success=ok, handled=False, auth_data=login if ok else None)

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                mail = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
                receiver.messages.append((envelope.mail_from, list(envelope.rcpt_tos), mail, session.auth_data,
                                          session.ssl is not None))
                return "250 OK queued"

        self.port = _free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=True, authenticator=authenticator, auth_required=True,
                                     auth_require_tls=True, auth_exclude_mechanism=["PLAIN"])

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def plant_alert(platform, rule="audit_chain_broken", severity="critical", area="security", fold_key="platform",
                params=None, event="opened", at=None):
    """An alert as the evaluation makes it, told to its recipients in the same transaction (delivery.notify);
    answers its id."""
    from server import clock
    from server.monitoring import delivery
    from server.monitoring.models import Alert

    at = at or clock.now()
    with platform.db.write() as db:
        alert = Alert(rule=rule, fold_key=fold_key, severity=severity, area=area, params=params or {}, evidence={},
                      state="open", count=3, first_seen_at=at, last_seen_at=at, version=1)
        db.add(alert)
        db.flush()
        if event:
            delivery.notify(db, alert, event)
        db.commit()
        return alert.id
