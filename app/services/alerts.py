"""Alerts (告警): typed methods over the platform's /alerts API — the list (filtered by state, severity and area,
paged), one alert with its evidence, deliveries and history, acknowledging and resolving it (version-checked: when
someone else acted first the server answers 409 and `current_of(error)` is the alert as it is now) — and the paused
withdrawals (/monitoring/pauses) with their lifting under a step-up. They run off the GUI thread (views call them
through the task runner) and raise the typed errors of app.services.errors."""

from app.models.alert_records import (AREAS, SEVERITIES, STATES, AlertPage, AlertRecord, PauseState, alert_counts,
                                      alert_record, pause_state)
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/alerts"
PAUSES = "/api/v1/monitoring/pauses"
STEP_UP_HEADER = "X-Step-Up-Token"
MAX_LIMIT = 200  # the most the server answers at once
KIND = "alert"  # what DataChanges says changed
PAUSE_KIND = "monitoring_pause"


def _seen(alert: AlertRecord) -> tuple:
    return (alert.last_seen_at.timestamp() if alert.last_seen_at else 0, alert.id)


# The server's orders (server/monitoring/routes.py SORTS), for merging the answers of several states.
_SORT_KEYS = {
    "severity": lambda a: len(SEVERITIES) - 1 - SEVERITIES.index(a.severity) if a.severity in SEVERITIES else -1,
    "area": lambda a: AREAS.index(a.area) if a.area in AREAS else len(AREAS),
    "state": lambda a: STATES.index(a.state) if a.state in STATES else len(STATES),
    "count": lambda a: a.count,
    "first_seen": lambda a: a.first_seen_at.timestamp() if a.first_seen_at else 0,
    "last_seen": _seen,
}


def sort_like_the_server(alerts: list[AlertRecord], sort: str) -> list[AlertRecord]:
    """`sort` as the server takes it ("-severity", "count"…; empty: "-last_seen"); ties the latest seen first."""
    name, descending = (sort or "-last_seen").lstrip("-"), (sort or "-last_seen").startswith("-")
    ordered = sorted(alerts, key=_seen, reverse=True)
    if name in _SORT_KEYS:
        ordered.sort(key=_SORT_KEYS[name], reverse=descending)  # stable: ties keep the latest first
    return ordered


def current_of(error: BaseException) -> AlertRecord | None:
    """The alert as it is now, from a 409 (someone else acted first), else None."""
    if isinstance(error, errors.Conflict) and isinstance(error.current, dict) and "rule" in error.current:
        return alert_record(error.current)
    return None


class Alerts:
    def __init__(self, api: ApiClient):
        self.api = api

    def page(self, filters: dict, sort: str = "", page: int = 1, page_size: int = 100) -> AlertPage:
        """For the paged list, the latest seen first unless `sort` says otherwise (the server's names: severity,
        area, state, count, first_seen, last_seen; "-" first for descending): filters `states` (a list; empty: every
        state), `severity`, `area`. The server answers one state at a time by limit and offset; several states (the
        default: open and acknowledged, the alerts still to be worked, few by nature) are merged here in the
        server's order."""
        states = [s for s in filters.get("states") or () if s]
        common = {k: filters[k] for k in ("severity", "area") if filters.get(k)} | ({"sort": sort} if sort else {})
        offset = (page - 1) * page_size
        if len(states) <= 1:
            data = self._get(common | ({"state": states[0]} if states else {}), offset, page_size)
            return AlertPage([alert_record(d) for d in data.get("items") or []], int(data.get("total") or 0),
                             alert_counts(data.get("counts")), page, page_size)
        merged, total, counts = [], 0, None
        for state in states:  # each state's first offset + page_size alerts, in pieces the server allows
            wanted, got, data = offset + page_size, 0, {}
            while got < wanted:
                limit = min(MAX_LIMIT, wanted - got)
                data = self._get(common | {"state": state}, got, limit)
                items = data.get("items") or []
                merged += [alert_record(d) for d in items]
                got += len(items)
                if len(items) < limit:
                    break  # no more of this state
            total += int(data.get("total") or 0)
            counts = data.get("counts") or counts
        merged = sort_like_the_server(merged, sort)
        return AlertPage(merged[offset:offset + page_size], total, alert_counts(counts), page, page_size)

    def _get(self, filters: dict, offset: int, limit: int) -> dict:
        return self.api.request("GET", API, params=filters | {"limit": limit, "offset": offset})

    def latest(self, limit: int = 50) -> AlertPage:
        """The newest open alerts the reader may see (for the tray notifier and the badge)."""
        return self.page({"states": ["open"]}, page=1, page_size=limit)

    def get(self, alert_id: int) -> AlertRecord:
        return alert_record(self.api.request("GET", f"{API}/{alert_id}"))

    def acknowledge(self, alert_id: int, version: int, note: str = "") -> AlertRecord:
        return alert_record(self.api.request("POST", f"{API}/{alert_id}/acknowledge",
                                             json={"note": note or None, "version": version}))

    def resolve(self, alert_id: int, version: int, note: str) -> AlertRecord:
        return alert_record(self.api.request("POST", f"{API}/{alert_id}/resolve",
                                             json={"note": note, "version": version}))

    # --- paused withdrawals ------------------------------------------------------------------------

    def pauses(self) -> list[PauseState] | None:
        """What a rule's callback has paused; None from a platform that pauses nothing (no such route)."""
        try:
            data = self.api.request("GET", PAUSES)
        except errors.ApiError as error:
            if isinstance(error, errors.NotFound) or error.status == 405:
                return None
            raise
        items = data.get("items") if isinstance(data, dict) else data
        return [pause_state(d) for d in items or []]

    def withdrawals_pause(self) -> PauseState | None:
        """The withdrawals' pause when they are paused, else None."""
        found = next((p for p in self.pauses() or [] if p.kind == "withdrawals"), None)
        return found if found is not None and found.paused else None

    def step_up(self, code: str) -> str:
        data = self.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": code}, idempotent=False)
        return data["step_up_token"]

    def lift_withdrawals_pause(self, note: str, step_up_token: str) -> None:
        self.api.request("POST", f"{PAUSES}/withdrawals/lift", json={"note": note},
                         headers={STEP_UP_HEADER: step_up_token})
