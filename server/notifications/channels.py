"""The gateways: one `Channel` per kind of message, chosen by settings.

A channel's `send` returns when the gateway has accepted the message, or raises DeliveryFailed with what went
wrong in words (kept as the message's last error; never a secret, never the message's text).
"""

import functools
import hashlib
import hmac
import json
import re
import smtplib
import ssl
from email.message import EmailMessage
from typing import Protocol

import httpx

from server import clock
from server.messages import Word, _, render
from server.notifications.settings import NotificationSettings


class DeliveryFailed(Exception):
    """The gateway did not take the message; str() says why, in words (English). `template` and `params`, when
    given, are the same sentence as a catalog template (server/messages), for an answer in the reader's language."""

    def __init__(self, text: str, template: str | None = None, params: dict | None = None):
        super().__init__(text)
        self.template, self.params = template, params or {}


class Channel(Protocol):
    name: str  # "sms" | "email" | "wecom"

    def send(self, to: str, text: str, subject: str | None = None) -> None: ...


class DemoChannel:
    """Delivers into the outbox only: the message marked sent there is all there is (never a log line)."""

    def __init__(self, name: str):
        self.name = name

    def send(self, to: str, text: str, subject: str | None = None) -> None:
        return None


GATEWAYS = {"SMS": Word("sms", "SMS", "短信"), "WeChat Work": Word("wecom", "WeChat Work", "企业微信")}


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The gateways' signature: hex HMAC-SHA256(secret, timestamp + "\n" + body)."""
    return hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"\n" + body, hashlib.sha256).hexdigest()


def _post_json(url: str, payload: dict, headers: dict, signing_secret: str, timeout: float, gateway: str):
    """POSTs `payload` as JSON; with a signing secret, adds X-Timestamp (Unix seconds, the platform's clock) and
    X-Signature over the exact bytes sent. Raises DeliveryFailed in words; answers the gateway's answer."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", **headers}
    if signing_secret:
        timestamp = str(int(clock.now().timestamp()))
        headers["X-Timestamp"], headers["X-Signature"] = timestamp, signature(signing_secret, timestamp, body)
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.TimeoutException:
        raise DeliveryFailed(f"The {gateway} gateway did not answer within {timeout:g} seconds.",
                             _("The {gateway} gateway did not answer within {seconds} seconds."),
                             {"gateway": GATEWAYS[gateway], "seconds": f"{timeout:g}"}) from None
    except httpx.HTTPError as error:
        raise DeliveryFailed(f"The {gateway} gateway could not be reached ({type(error).__name__}).",
                             _("The {gateway} gateway could not be reached ({error})."),
                             {"gateway": GATEWAYS[gateway], "error": type(error).__name__}) from None
    if not 200 <= answer.status_code < 300:
        raise DeliveryFailed(f"The {gateway} gateway refused the message (HTTP {answer.status_code}).",
                             _("The {gateway} gateway refused the message (HTTP {status})."),
                             {"gateway": GATEWAYS[gateway], "status": answer.status_code})
    return answer


class HttpSmsChannel:
    """POSTs {"to", "text"} as JSON to the SMS provider's URL, with the token as a bearer credential, signed
    (X-Timestamp, X-Signature) when a signing secret is set."""

    name = "sms"

    def __init__(self, url: str, token: str, timeout: float, signing_secret: str = ""):
        self.url, self._token, self.timeout, self._signing_secret = url, token, timeout, signing_secret

    def __repr__(self) -> str:
        return f"HttpSmsChannel({self.url!r})"

    def send(self, to: str, text: str, subject: str | None = None) -> None:
        if not self.url:
            raise DeliveryFailed("No SMS gateway address is configured (P2P_SMS_GATEWAY_URL).",
                                 _("No SMS gateway address is configured."))
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        _post_json(self.url, {"to": to, "text": text}, headers, self._signing_secret, self.timeout, "SMS")


class WecomChannel:
    """WeChat Work (企业微信) through an HTTP gateway: POSTs {"touser", "msgtype": "text", "text": {"content"}} as
    JSON, signed with the gateway's secret (X-Timestamp, X-Signature). A gateway that answers WeChat Work's own
    {"errcode": n} with n ≠ 0 refused the message."""

    name = "wecom"

    def __init__(self, url: str, secret: str, timeout: float):
        self.url, self._secret, self.timeout = url, secret, timeout

    def __repr__(self) -> str:
        return f"WecomChannel({self.url!r})"

    def send(self, to: str, text: str, subject: str | None = None) -> None:
        if not self.url:
            raise DeliveryFailed("No WeChat Work gateway address is configured.",
                                 _("No WeChat Work gateway address is configured."))
        answer = _post_json(self.url, {"touser": to, "msgtype": "text", "text": {"content": text}}, {},
                            self._secret, self.timeout, "WeChat Work")
        try:
            errcode = answer.json().get("errcode", 0)
        except (ValueError, AttributeError):
            errcode = 0
        if errcode not in (0, None):
            raise DeliveryFailed(f"The WeChat Work gateway refused the message (error {errcode}).",
                                 _("The WeChat Work gateway refused the message (error {code})."), {"code": errcode})


class SmtpChannel:
    """Hands each e-mail to an SMTP server (smtplib), optionally with STARTTLS and a sign-in."""

    name = "email"

    def __init__(self, settings: NotificationSettings):
        self.host, self.port, self.sender = settings.smtp_host, settings.smtp_port, settings.smtp_sender
        self.username, self._password = settings.smtp_username, settings.smtp_password
        self.starttls, self.timeout = settings.smtp_starttls, settings.timeout_seconds

    def __repr__(self) -> str:
        return f"SmtpChannel({self.host!r}, {self.port})"

    def send(self, to: str, text: str, subject: str | None = None) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject or ""
        message.set_content(text)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    smtp.login(self.username, self._password)
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryFailed(f"The mail server refused the sign-in ({error.smtp_code}).",
                                 _("The mail server refused the sign-in ({code})."), {"code": error.smtp_code}) from None
        except smtplib.SMTPResponseException as error:
            raise DeliveryFailed(f"The mail server refused the message ({error.smtp_code}).",
                                 _("The mail server refused the message ({code})."), {"code": error.smtp_code}) from None
        except smtplib.SMTPException as error:
            raise DeliveryFailed(f"The mail server did not take the message ({type(error).__name__}).",
                                 _("The mail server did not take the message ({error})."),
                                 {"error": type(error).__name__}) from None
        except OSError as error:
            raise DeliveryFailed(f"The mail server could not be reached ({type(error).__name__}).",
                                 _("The mail server could not be reached ({error})."),
                                 {"error": type(error).__name__}) from None


def channels_for(settings: NotificationSettings) -> dict[str, Channel]:
    sms: Channel = (HttpSmsChannel(settings.sms_gateway_url, settings.sms_gateway_token, settings.timeout_seconds,
                                   signing_secret=settings.sms_signing_secret)
                    if settings.sms_gateway == "http" else DemoChannel("sms"))
    email: Channel = SmtpChannel(settings) if settings.email_gateway == "smtp" else DemoChannel("email")
    return {"sms": sms, "email": email}


# The sentences a DeliveryFailed may carry, so that an error kept in English (the outbox's last_error) can be said
# again in the reader's language (server/monitoring/delivery.py's deliveries_of).
FAILURE_TEMPLATES = (
    _("The {gateway} gateway did not answer within {seconds} seconds."),
    _("The {gateway} gateway could not be reached ({error})."),
    _("The {gateway} gateway refused the message (HTTP {status})."),
    _("No SMS gateway address is configured."),
    _("No WeChat Work gateway address is configured."),
    _("The WeChat Work gateway refused the message (error {code})."),
    _("The mail server refused the sign-in ({code})."),
    _("The mail server refused the message ({code})."),
    _("The mail server did not take the message ({error})."),
    _("The mail server could not be reached ({error})."),
    _("The gateway failed unexpectedly ({error})."),
)



@functools.cache
def _failure_pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)))


def failure_in_language(text: str | None, language: str) -> str | None:
    """A delivery error kept in English (DeliveryFailed's str()) in `language`; unknown texts as they are."""
    if not text:
        return text
    text = text.replace(" (P2P_SMS_GATEWAY_URL).", ".")
    for template in FAILURE_TEMPLATES:
        found = _failure_pattern(template).fullmatch(text)
        if found:
            params = found.groupdict()
            if "gateway" in params:
                params["gateway"] = GATEWAYS.get(params["gateway"], params["gateway"])
            return render(template, language, params)
    return text
