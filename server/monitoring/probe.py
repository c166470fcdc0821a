"""The outside probe: `python -m server probe URL --site NAME [--every 60] --config FILE`.

Runs wherever the operations team puts it (several sites: other regions, other networks), never inside the platform.
Every `--every` seconds it checks GET /api/v1/health and a signed-in read (GET /api/v1/me) with a read-only staff
account of its own; after `failures_before_alert` failed checks in a row it alerts through its OWN channels (e-mail,
SMS, WeChat Work: the platform, whose alerts would normally carry the news, may be what is down). When the platform
answers again it says so through the same channels and reports the outage (site, from, to) to the platform
(POST /api/v1/monitoring/outages), which folds the sites' reports of one outage into one alert. A report that
cannot be delivered is kept and tried again at the next check.

The config file (TOML, or JSON when it ends in .json), readable by the probe's account only, holds the credential
and the channels:

    failures_before_alert = 3          # optional (default 3)
    timeout_seconds = 10               # optional
    language = "zh_CN"                 # of the messages sent: "zh_CN" (default) or "en"
    ca_file = "/etc/p2p/ca.pem"        # optional: the platform's private CA

    [credential]                       # a staff account whose role holds only alert.read (and no step-up needs)
    username = "probe.shanghai"
    password = "…"
    totp_secret = "…"                  # its authenticator's secret (base32), for the one-time code at sign-in

    [email]                            # any of email, sms, wecom
    host = "smtp.example.com"
    port = 587
    starttls = true
    sender = "probe@example.com"
    username = "probe@example.com"
    password = "…"
    to = ["ops@example.com"]

    [sms]
    url = "https://sms-gateway.example/send"
    token = "…"
    signing_secret = "…"
    to = ["13800000000"]

    [wecom]
    url = "https://wecom-gateway.example/send"
    secret = "…"
    to = ["zhangsan"]
"""

import hashlib
import json
import stat
import sys
import threading
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pyotp

from server import clock
from server.messages import _, render
from server.notifications.channels import DeliveryFailed, HttpSmsChannel, SmtpChannel, WecomChannel
from server.notifications.settings import NotificationSettings

API = "/api/v1"


class ProbeConfigError(Exception):
    """The probe's config file cannot be used; str() says why (in English; `template`/`params` for the catalog)."""

    def __init__(self, template: str, params: dict | None = None):
        super().__init__(render(template, "en", params))
        self.template, self.params = template, params or {}


@dataclass
class Recipients:
    channel: object
    to: list[str]


@dataclass
class ProbeConfig:
    username: str
    password: str = field(repr=False)
    totp_secret: str = field(repr=False)
    channels: list[Recipients] = field(default_factory=list)
    failures_before_alert: int = 3
    timeout_seconds: float = 10.0
    language: str = "zh_CN"
    ca_file: str | None = None


def parse_config(data: dict) -> ProbeConfig:
    credential = data.get("credential") or {}
    missing = [k for k in ("username", "password", "totp_secret") if not credential.get(k)]
    if missing:
        raise ProbeConfigError(_("The probe's config has no credential {names}."), {"names": ", ".join(missing)})
    timeout = float(data.get("timeout_seconds", 10))
    channels = []
    if email := data.get("email"):
        settings = NotificationSettings(email_gateway="smtp", smtp_host=email.get("host", "127.0.0.1"),
                                        smtp_port=int(email.get("port", 25)),
                                        smtp_sender=email.get("sender", "probe@p2p.example"),
                                        smtp_username=email.get("username", ""), smtp_password=email.get("password", ""),
                                        smtp_starttls=bool(email.get("starttls", False)), timeout_seconds=timeout)
        channels.append(Recipients(SmtpChannel(settings), list(email.get("to") or [])))
    if sms := data.get("sms"):
        channels.append(Recipients(HttpSmsChannel(sms.get("url", ""), sms.get("token", ""), timeout,
                                                  sms.get("signing_secret", "")), list(sms.get("to") or [])))
    if wecom := data.get("wecom"):
        channels.append(Recipients(WecomChannel(wecom.get("url", ""), wecom.get("secret", ""), timeout),
                                   list(wecom.get("to") or [])))
    if not any(r.to for r in channels):
        raise ProbeConfigError(_("The probe's config names nobody to alert: add an [email], [sms] or [wecom] "
                                 "section with its \"to\"."))
    return ProbeConfig(credential["username"], credential["password"], credential["totp_secret"], channels,
                       max(int(data.get("failures_before_alert", 3)), 1), timeout,
                       data.get("language", "zh_CN"), data.get("ca_file"))


def load_config(path: Path) -> ProbeConfig:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProbeConfigError(_("The probe's config {file} cannot be read ({error})."),
                               {"file": str(path), "error": type(error).__name__}) from None
    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ProbeConfigError(_("The probe's config {file} is not valid {format} ({error})."),
                               {"file": str(path), "format": "JSON" if path.suffix.lower() == ".json" else "TOML",
                                "error": str(error)[:200]}) from None
    return parse_config(data)


def readable_by_others(path: Path) -> bool:
    """True where the file's mode lets its group or others read it (it holds the probe's password)."""
    try:
        return sys.platform != "win32" and bool(Path(path).stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False


@dataclass
class Outage:
    started_at: datetime
    ended_at: datetime


class Probe:
    """One site's probe of one platform. `step()` is one check; `run()` repeats it until stopped."""

    def __init__(self, url: str, site: str, config: ProbeConfig, out=None):
        self.url, self.site, self.config = url.rstrip("/"), site, config
        self.http = httpx.Client(base_url=self.url, timeout=config.timeout_seconds,
                                 verify=config.ca_file or True, headers={"Accept-Language": config.language})
        self.out = out or sys.stdout
        self._access: str | None = None
        self._refresh: str | None = None
        self.failures = 0  # failed checks in a row
        self.down_since: datetime | None = None
        self.alerted = False
        self.last_problem: str | None = None
        self.checks = 0
        self.checks_ok = 0
        self.unreported: list[Outage] = []
        self.reported: list[dict] = []  # the platform's answers to the reports delivered
        self.sent: list[tuple[str, str]] = []  # (channel, to) of the messages the gateways took
        self.delivery_failures: list[str] = []

    def close(self) -> None:
        self.http.close()

    def _say(self, line: str) -> None:
        print(f"probe {self.site}: {line}", file=self.out, flush=True)

    # --- the checks ------------------------------------------------------------------------------------------
    def _sign_in(self) -> None:
        # The code of this 30-second step, or, when that one was spent already (a sign-in a moment ago), the next
        # step's: the platform takes one step of drift.
        for steps_ahead in (0, 1):
            code = pyotp.TOTP(self.config.totp_secret).at(clock.now() + timedelta(seconds=30 * steps_ahead))
            answer = self.http.post(f"{API}/auth/login", json={"username": self.config.username,
                                                               "password": self.config.password, "otp_code": code})
            body = answer.json() if answer.headers.get("content-type", "").endswith("json") else {}
            if body.get("code") != "otp_reused":
                break
        if answer.status_code != 200 or body.get("status") != "ok":
            raise _CheckFailed(_("the probe's sign-in was refused (HTTP {status}: {reason})"),
                               {"status": answer.status_code, "reason": body.get("detail") or body.get("status", "")})
        self._access, self._refresh = body["tokens"]["access_token"], body["tokens"]["refresh_token"]

    def _renew(self) -> None:
        if self._refresh:
            answer = self.http.post(f"{API}/auth/refresh", json={"refresh_token": self._refresh})
            if answer.status_code == 200:
                tokens = answer.json()["tokens"]
                self._access, self._refresh = tokens["access_token"], tokens["refresh_token"]
                return
        self._access = self._refresh = None
        self._sign_in()

    def _signed_in(self, method: str, path: str, headers: dict | None = None, **kwargs) -> httpx.Response:
        if self._access is None:
            self._renew()
        answer = self.http.request(method, path, headers={"Authorization": f"Bearer {self._access}", **(headers or {})},
                                   **kwargs)
        if answer.status_code == 401:  # the access token ran out (15 minutes): refresh, else sign in again
            self._renew()
            answer = self.http.request(method, path,
                                       headers={"Authorization": f"Bearer {self._access}", **(headers or {})}, **kwargs)
        return answer

    def check(self) -> str | None:
        """None when the platform answers its health check and a signed-in read; else what went wrong, in words
        (the config's language)."""
        try:
            health = self.http.get(f"{API}/health")
            if health.status_code != 200:
                raise _CheckFailed(_("the health check answered HTTP {status}"), {"status": health.status_code})
            read = self._signed_in("GET", f"{API}/me")
            if read.status_code != 200:
                raise _CheckFailed(_("the signed-in read answered HTTP {status}"), {"status": read.status_code})
        except _CheckFailed as failed:
            return render(failed.template, self.config.language, failed.params)
        except httpx.TimeoutException:
            return render(_("no answer within {seconds} seconds"), self.config.language,
                          {"seconds": f"{self.config.timeout_seconds:g}"})
        except httpx.HTTPError as error:
            return render(_("the platform could not be reached ({error})"), self.config.language,
                          {"error": type(error).__name__})
        return None

    # --- one step of the loop ----------------------------------------------------------------------------------
    def step(self) -> bool:
        """One check, and what follows from it: an alert after N failures in a row, a "back" message and the
        outage's report when it answers again. True when the platform answered."""
        now = clock.now()
        problem = self.check()
        self.checks += 1
        if problem is not None:
            if self.failures == 0:
                self.down_since = now
            self.failures += 1
            self.last_problem = problem
            if self.failures >= self.config.failures_before_alert and not self.alerted:
                self._say(f"platform not answering since {self.down_since.isoformat()}: {problem}")
                self._send(_("P2P platform not answering (probe {site})"),
                           _("The outside probe {site} has not reached the platform at {url} since {since} "
                             "(Shanghai time), {failures} checks in a row: {problem}."),
                           {"site": self.site, "url": self.url, "since": _shanghai(self.down_since),
                            "failures": self.failures, "problem": problem})
                self.alerted = True
            return False
        self.checks_ok += 1
        if self.alerted:
            outage = Outage(self.down_since, now)
            self.unreported.append(outage)
            self._say(f"platform answering again; down from {outage.started_at.isoformat()} "
                      f"to {outage.ended_at.isoformat()}")
            self._send(_("P2P platform answering again (probe {site})"),
                       _("The outside probe {site} reaches the platform at {url} again since {until} (Shanghai "
                         "time); it did not answer from {since}."),
                       {"site": self.site, "url": self.url, "since": _shanghai(outage.started_at),
                        "until": _shanghai(outage.ended_at)})
        self.failures, self.down_since, self.alerted, self.last_problem = 0, None, False, None
        self._report_outages()
        return True

    def _send(self, subject: str, text: str, params: dict) -> None:
        language = self.config.language
        subject, text = render(subject, language, params), render(text, language, params)
        for recipients in self.config.channels:
            for to in recipients.to:
                try:
                    recipients.channel.send(to, text, subject)
                    self.sent.append((recipients.channel.name, to))
                except DeliveryFailed as failed:  # said, and the other channels still tried
                    self.delivery_failures.append(str(failed))
                    self._say(f"{recipients.channel.name} alert not delivered: {failed}")

    def _report_outages(self) -> None:
        while self.unreported:
            outage = self.unreported[0]
            body = {"site": self.site, "from": outage.started_at.isoformat(), "to": outage.ended_at.isoformat()}
            key = hashlib.sha256(f"outage|{self.site}|{body['from']}".encode()).hexdigest()[:40]
            try:
                answer = self._signed_in("POST", f"{API}/monitoring/outages", json=body,
                                         headers={"Idempotency-Key": key})
            except (httpx.HTTPError, _CheckFailed) as error:
                self._say(f"outage report kept for the next check ({type(error).__name__})")
                return
            if answer.status_code >= 500 or answer.status_code in (401, 429):
                self._say(f"outage report kept for the next check (HTTP {answer.status_code})")
                return
            self.unreported.pop(0)
            if answer.status_code == 200:
                self.reported.append(answer.json())
                self._say(f"outage reported: alert {answer.json()['alert_id']} (count {answer.json()['count']})")
            else:  # refused for good (a permission, a rule): said, not retried forever
                self._say(f"outage report refused (HTTP {answer.status_code}): {answer.text[:300]}")

    def run(self, every: float = 60.0, iterations: int | None = None, stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set() and (iterations is None or done < iterations):
            self.step()
            done += 1
            if iterations is not None and done >= iterations:
                break
            stop.wait(every)


class _CheckFailed(Exception):
    def __init__(self, template: str, params: dict | None = None):
        super().__init__(render(template, "en", params))
        self.template, self.params = template, params or {}


def _shanghai(moment: datetime) -> str:
    return moment.astimezone(clock.SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
