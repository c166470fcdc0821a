"""Which gateways carry SMS and e-mail, and how deliveries are retried.

Chosen by settings (the environment, P2P_*): `demo` gateways deliver into the outbox only (a message marked
sent there is what the demo "sends"; nothing reaches a log), `http` posts each SMS as JSON to the SMS
provider's URL, `smtp` hands each e-mail to an SMTP server. Secrets (the SMS gateway's token, the SMTP
password) come from the environment or the system keyring (service `p2p-backoffice`), never from the
database, and are left out of every repr and log line.
"""

import os
from dataclasses import dataclass, field
from datetime import timedelta

KEYRING_SERVICE = "p2p-backoffice"


def _secret(env: str, keyring_name: str) -> str:
    """A secret from the environment, else from the system keyring; empty when neither holds it."""
    value = os.environ.get(env)
    if value:
        return value
    if os.environ.get("P2P_NO_KEYRING"):
        return ""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_name) or ""
    except Exception:  # no keyring backend on this machine: the setting is simply absent
        return ""


@dataclass
class NotificationSettings:
    sms_gateway: str = "demo"  # "demo" | "http"
    sms_gateway_url: str = ""
    sms_gateway_token: str = field(default="", repr=False)
    # When set, each SMS payload is signed: X-Timestamp and X-Signature = hex HMAC-SHA256(secret, timestamp + "\n"
    # + body) (server/notifications/channels.py).
    sms_signing_secret: str = field(default="", repr=False)
    email_gateway: str = "demo"  # "demo" | "smtp"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_sender: str = "noreply@p2p.example"
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_starttls: bool = False
    timeout_seconds: float = 10.0
    # A failed delivery is tried again after retry_base, doubled each time up to retry_cap; after
    # max_attempts it is failed for good (with its last error in words).
    max_attempts: int = 8
    retry_base: timedelta = timedelta(seconds=30)
    retry_cap: timedelta = timedelta(hours=1)
    # A message being delivered is someone's for this long; a delivery that died is tried again after it.
    claim_ttl: timedelta = timedelta(minutes=2)
    # Try each message at once after the transaction that queued it commits (a background thread), besides
    # the scheduler's job every minute.
    immediate: bool = True

    @classmethod
    def from_environment(cls) -> "NotificationSettings":
        env = os.environ.get
        sms, email = env("P2P_SMS_GATEWAY") or "demo", env("P2P_EMAIL_GATEWAY") or "demo"
        # The keyring is asked only for a real gateway (a demo platform never touches it).
        return cls(sms_gateway=sms, sms_gateway_url=env("P2P_SMS_GATEWAY_URL") or "",
                   sms_gateway_token=_secret("P2P_SMS_GATEWAY_TOKEN", "sms_gateway_token") if sms == "http" else "",
                   sms_signing_secret=(_secret("P2P_SMS_SIGNING_SECRET", "sms_signing_secret")
                                       if sms == "http" else ""),
                   email_gateway=email, smtp_host=env("P2P_SMTP_HOST") or "127.0.0.1",
                   smtp_port=int(env("P2P_SMTP_PORT") or 25), smtp_sender=env("P2P_SMTP_SENDER") or "noreply@p2p.example",
                   smtp_username=env("P2P_SMTP_USERNAME") or "",
                   smtp_password=_secret("P2P_SMTP_PASSWORD", "smtp_password") if email == "smtp" and env("P2P_SMTP_USERNAME") else "",
                   smtp_starttls=(env("P2P_SMTP_STARTTLS") or "") in ("1", "true", "yes"))

    def demo_channels(self) -> set[str]:
        """The channels whose gateway is the demo one (their messages are visible in the outbox). WeChat Work (alerts
        only, its gateway set in the console) shows there on a demo platform (SMS by the demo gateway)."""
        demo = {name for name, gateway in (("sms", self.sms_gateway), ("email", self.email_gateway))
                if gateway == "demo"}
        return demo | {"wecom"} if "sms" in demo else demo

    def retry_delay(self, attempts: int) -> timedelta:
        return min(self.retry_base * (2 ** max(attempts - 1, 0)), self.retry_cap)
