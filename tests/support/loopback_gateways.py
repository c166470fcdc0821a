"""Real gateways on the loopback interface, each in a thread: HTTP receivers standing for the SMS and WeChat Work
gateways, and SMTP servers (aiosmtpd) standing for the mail relay.

The code under test speaks real HTTP and real SMTP to them, never a mock: what is tested is what goes over the
wire (the JSON, the headers, the signature, the MIME message, STARTTLS and the sign-in), and how the platform
takes a refusal or an outage, which a mock would only restate."""

import datetime
import hashlib
import hmac
import ipaddress
import json
import socket
import ssl
import threading
import time
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def free_port() -> int:
    """A port free on loopback now: aiosmtpd's Controller must be told one, it cannot report the one port 0 got."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackReceiver:
    """An HTTP gateway on loopback: answers `status` to the first `failures` posts, then 200 with `ok_body`.
    Keeps every post in `posts` as {"body": parsed JSON, "headers": the request's headers, "status": answered},
    kept before the answer leaves, so a test that has its answer finds the post."""

    path = "/"
    ok_body = b'{"ok": true}'

    def __init__(self, failures: int = 0, status: int = 503):  # 503: a provider's outage
        self.failures, self.status = failures, status
        self.posts: list[dict] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}{self.path}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                post = {"body": json.loads(raw), "headers": self.headers}
                post["status"], body = receiver.answer(post, raw)
                receiver.posts.append(post)
                self.send_response(post["status"])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass  # a test's output shows the test's own words, not an access log

        return Handler

    def answer(self, post: dict, raw: bytes) -> tuple[int, bytes]:
        """The status and body for one post; `raw` is the body as sent, for what must check its very bytes."""
        if self.failures > 0:
            self.failures -= 1
            return self.status, b"{}"
        return 200, self.ok_body

    @property
    def accepted(self) -> list[dict]:
        """The bodies of the posts answered 200: what the gateway took on."""
        return [post["body"] for post in self.posts if post["status"] == 200]

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[dict]:
        """`accepted` once it holds `count` bodies, or as it is after `timeout` seconds: for what the platform sends
        from another thread (the console's runner, the dispatcher after a transaction)."""
        deadline = time.monotonic() + timeout
        while len(self.accepted) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.accepted

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class SmsReceiver(LoopbackReceiver):
    """The environment's SMS gateway (P2P_SMS_GATEWAY_URL), which takes its token as a bearer credential."""

    path = "/sms"

    @property
    def authorizations(self) -> list[str | None]:
        return [post["headers"].get("Authorization") for post in self.posts if post["status"] == 200]


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The signature as the gateway's documentation gives it, computed here independently of the server."""
    return hmac.new(secret.encode(), timestamp.encode() + b"\n" + body, hashlib.sha256).hexdigest()


class SignedReceiver(LoopbackReceiver):
    """The alert channels' gateways (SMS and WeChat Work): refuses (401) a post whose X-Signature does not verify
    with `secret`, before failing or accepting it; each post also keeps "verified"."""

    path = "/send"
    ok_body = b'{"errcode": 0, "errmsg": "ok"}'  # WeChat Work's own answer, which the platform reads

    def __init__(self, secret: str, failures: int = 0, status: int = 500):
        super().__init__(failures, status)
        self.secret = secret

    def answer(self, post: dict, raw: bytes) -> tuple[int, bytes]:
        given = post["headers"].get("X-Signature", "")
        expected = expected_signature(self.secret, post["headers"].get("X-Timestamp", ""), raw)
        post["verified"] = bool(given) and hmac.compare_digest(given, expected)
        return super().answer(post, raw) if post["verified"] else (401, b'{"errcode": 40001}')


class SmtpReceiver:
    """A plain SMTP relay on loopback (aiosmtpd, no STARTTLS, no sign-in), as the environment's P2P_SMTP_* settings
    reach one by default: keeps each message in `messages` as (sender, recipients, EmailMessage)."""

    def __init__(self, **controller_options):
        self.messages: list[tuple] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **controller_options)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(self.kept(session, envelope))
        return "250 OK queued"

    def kept(self, session, envelope) -> tuple:
        mail = message_from_bytes(envelope.content, policy=policy.default)
        return envelope.mail_from, list(envelope.rcpt_tos), mail

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


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


class StartTlsSmtp(SmtpReceiver):
    """The alert channel's mail relay: STARTTLS (a self-signed certificate, `cert_path`) required before anything
    else, then AUTH LOGIN (PLAIN is not offered) with `username`/`password`. Keeps each message as (sender,
    recipients, EmailMessage, signed in as, over TLS) and each sign-in attempt in `logins` as (mechanism, user
    name, accepted)."""

    def __init__(self, directory: Path, username: str, password: str):
        self.cert_path, key_path = self_signed_certificate(directory)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_path, key_path)
        self.username, self.password = username, password
        self.logins: list[tuple[str, str, bool]] = []
        super().__init__(tls_context=context, require_starttls=True, authenticator=self.authenticate,
                         auth_required=True, auth_require_tls=True, auth_exclude_mechanism=["PLAIN"])

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode() if auth_data.login else ""
        ok = mechanism == "LOGIN" and login == self.username and auth_data.password.decode() == self.password
        self.logins.append((mechanism, login, ok))
        return AuthResult(success=ok, handled=False, auth_data=login if ok else None)

    def kept(self, session, envelope) -> tuple:
        return *super().kept(session, envelope), session.auth_data, session.ssl is not None
