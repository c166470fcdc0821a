"""The monitoring settings (监控设置, monitoring.settings): the rules with their thresholds, after how many minutes an
unacknowledged critical alert escalates, the channels (e-mail over SMTP, SMS and WeChat Work gateways) and who
receives which alerts. Secrets (the SMTP password, a gateway's key) are write-only: sent when the administrator types
a new one, never read back (the server says only whether one is set). Every save sends the version it edits; when
someone else saved first the server answers 409. Off the GUI thread."""

from app.models.alert_records import (ChannelSetting, ChannelTestResult, EscalationSetting, Recipient, Recipients,
                                      RuleSetting, channel_setting, escalation_setting, recipient, rule_setting)
from app.services.api_client import ApiClient

API = "/api/v1/monitoring"
KIND = "monitoring_settings"  # what DataChanges says changed


class MonitoringSettings:
    def __init__(self, api: ApiClient):
        self.api = api

    def rules(self) -> list[RuleSetting]:
        data = self.api.request("GET", f"{API}/rules")
        items = data.get("items") if isinstance(data, dict) else data
        return [rule_setting(d) for d in items or []]

    def save_rule(self, name: str, enabled: bool, thresholds: dict, version: int) -> RuleSetting:
        return rule_setting(self.api.request("PUT", f"{API}/rules/{name}",
                                             json={"enabled": enabled, "thresholds": thresholds, "version": version}))

    def escalation(self) -> EscalationSetting:
        return escalation_setting(self.api.request("GET", f"{API}/escalation"))

    def save_escalation(self, minutes: int, version: int) -> EscalationSetting:
        return escalation_setting(self.api.request("PUT", f"{API}/escalation",
                                                   json={"minutes": minutes, "version": version}))

    def channels(self) -> list[ChannelSetting]:
        data = self.api.request("GET", f"{API}/channels")
        items = data.get("items") if isinstance(data, dict) else data
        return [channel_setting(d) for d in items or []]

    def save_channel(self, channel: str, enabled: bool, settings: dict, version: int,
                     secret: str | None = None) -> ChannelSetting:
        """`secret`: a new password or key; None or empty keeps the stored one."""
        body = {"enabled": enabled, "settings": settings, "version": version}
        if secret:
            body["secret"] = secret
        return channel_setting(self.api.request("PUT", f"{API}/channels/{channel}", json=body))

    def test_channel(self, channel: str, to: str = "") -> ChannelTestResult:
        """Sends a test message as alerts would go, to `to` or the administrator's own address; the answer says
        in words whether the gateway took it."""
        body = {"to": to} if to else None
        data = self.api.request("POST", f"{API}/channels/{channel}/test", json=body) or {}
        return ChannelTestResult(bool(data.get("ok")), str(data.get("outcome") or ""), dict(data))

    def recipients(self) -> Recipients:
        return self._recipients(self.api.request("GET", f"{API}/recipients"))

    def save_recipients(self, items: list[Recipient], version: int) -> Recipients:
        return self._recipients(self.api.request("PUT", f"{API}/recipients",
                                                 json={"recipients": [r.wire() for r in items],
                                                       "version": version}))

    @staticmethod
    def _recipients(data) -> Recipients:
        if isinstance(data, list):
            return Recipients(tuple(recipient(d) for d in data), 0)
        items = data.get("recipients", data.get("items")) or []
        return Recipients(tuple(recipient(d) for d in items), int(data.get("version") or 0))
