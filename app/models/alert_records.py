"""Alerts (告警) and the monitoring settings as the console reads them: typed records, never raw JSON. Times in UTC
(the views show them in Asia/Shanghai); what an alert says (its rule's title and its sentence) comes from the
server in the console's language; severities, areas and states stay codes here and become words in the views."""

from dataclasses import dataclass, field
from datetime import datetime

from app.models.records import parse_time

SEVERITIES = ("critical", "warning", "info")  # 严重, 警告, 提示 — most urgent first
AREAS = ("security", "funds", "loans", "reconciliation", "system", "traffic")
STATES = ("open", "acknowledged", "resolved")
CHANNELS = ("email", "sms", "wecom")


@dataclass(frozen=True)
class AlertDelivery:
    channel: str  # email | sms | wecom (| console)
    to: str  # masked by the server
    state: str  # e.g. queued | sent | failed
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class AlertRecord:
    id: int
    rule: str
    rule_title: str
    message: str
    severity: str
    area: str
    state: str
    count: int
    first_seen_at: datetime | None
    last_seen_at: datetime | None
    acknowledged_by_name: str | None
    acknowledged_at: datetime | None
    acknowledged_note: str | None
    resolved_by_name: str | None
    resolved_at: datetime | None
    resolved_note: str | None
    escalated_at: datetime | None
    evidence: dict
    params: dict
    version: int
    deliveries: tuple[AlertDelivery, ...] = ()

    @property
    def handled_by(self) -> str:
        """Who handled it last: the resolver, else the one who acknowledged it."""
        return self.resolved_by_name or self.acknowledged_by_name or ""


@dataclass(frozen=True)
class AlertCounts:
    open: int = 0
    acknowledged: int = 0
    critical_open: int = 0


@dataclass(frozen=True)
class AlertPage:
    """One page of the list; `total` counts every alert matching the filters, `counts` the reader's open ones."""

    items: list
    total: int
    counts: AlertCounts
    page: int = 1
    page_size: int = 100


@dataclass(frozen=True)
class RuleSetting:
    name: str
    title: str
    area: str
    severity: str
    enabled: bool
    thresholds: dict
    defaults: dict
    version: int = 0


@dataclass(frozen=True)
class EscalationSetting:
    """After how many minutes an unacknowledged critical alert escalates (and the platform's default)."""
    minutes: int
    default_minutes: int
    version: int = 0


@dataclass(frozen=True)
class ChannelSetting:
    channel: str
    enabled: bool
    settings: dict  # the non-secret fields only
    secret_set: bool  # whether a password or key is stored; its value never comes back
    version: int = 0


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str = ""
    mobile: str = ""
    wecom_user: str = ""
    severities: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()

    def wire(self) -> dict:
        """Empty addresses go as null (the server checks the ones given)."""
        return {"name": self.name, "email": self.email or None, "mobile": self.mobile or None,
                "wecom_user": self.wecom_user or None, "severities": list(self.severities), "areas": list(self.areas)}


@dataclass(frozen=True)
class Recipients:
    items: tuple[Recipient, ...] = ()
    version: int = 0


@dataclass(frozen=True)
class PauseState:
    kind: str  # "withdrawals"
    paused: bool
    since: datetime | None = None
    reason: str = ""  # words, in the console's language
    alert_id: int | None = None
    by: str | None = None


@dataclass(frozen=True)
class ChannelTestResult:
    ok: bool
    detail: str = ""
    extra: dict = field(default_factory=dict)


def alert_record(d: dict) -> AlertRecord:
    return AlertRecord(
        int(d["id"]), d.get("rule") or "", d.get("rule_title") or d.get("rule") or "", d.get("message") or "",
        d.get("severity") or "info", d.get("area") or "", d.get("state") or "open", int(d.get("count") or 1),
        parse_time(d.get("first_seen_at")), parse_time(d.get("last_seen_at")), d.get("acknowledged_by_name"),
        parse_time(d.get("acknowledged_at")), d.get("acknowledged_note"), d.get("resolved_by_name"),
        parse_time(d.get("resolved_at")), d.get("resolved_note"), parse_time(d.get("escalated_at")),
        dict(d.get("evidence") or {}), dict(d.get("params") or {}), int(d.get("version") or 0),
        tuple(AlertDelivery(x.get("channel") or "", x.get("to") or "", x.get("state") or "",
                            int(x.get("attempts") or 0), x.get("last_error")) for x in d.get("deliveries") or []))


def alert_counts(d: dict | None) -> AlertCounts:
    d = d or {}
    return AlertCounts(int(d.get("open") or 0), int(d.get("acknowledged") or 0), int(d.get("critical_open") or 0))


def rule_setting(d: dict) -> RuleSetting:
    return RuleSetting(d["name"], d.get("title") or d["name"], d.get("area") or "", d.get("severity") or "info",
                       bool(d.get("enabled", True)), dict(d.get("thresholds") or {}), dict(d.get("defaults") or {}),
                       int(d.get("version") or 0))


def escalation_setting(d: dict) -> EscalationSetting:
    default = int(d.get("default_minutes") or 15)
    return EscalationSetting(int(d.get("minutes") or default), default, int(d.get("version") or 0))


def channel_setting(d: dict) -> ChannelSetting:
    return ChannelSetting(d["channel"], bool(d.get("enabled")), dict(d.get("settings") or {}),
                          bool(d.get("secret_set")), int(d.get("version") or 0))


def recipient(d: dict) -> Recipient:
    return Recipient(d.get("name") or "", d.get("email") or "", d.get("mobile") or "", d.get("wecom_user") or "",
                     tuple(d.get("severities") or ()), tuple(d.get("areas") or ()))


def pause_state(d: dict) -> PauseState:
    alert_id = d.get("alert_id")
    return PauseState(d.get("kind") or "", bool(d.get("paused")), parse_time(d.get("since")), d.get("reason") or "",
                      int(alert_id) if alert_id is not None else None, d.get("by"))
