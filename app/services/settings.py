"""Preferences and server profiles through QSettings; no secret ever goes here."""

import json
from dataclasses import asdict, dataclass

from PySide6.QtCore import QByteArray, QSettings

DEMO_PROFILE_ID = "local-demo"


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    url: str  # empty for the embedded demo platform
    ca_bundle: str = ""
    pinned_sha256: str = ""

    @property
    def embedded(self) -> bool:
        return self.id == DEMO_PROFILE_ID


def demo_profile(name: str) -> Profile:
    return Profile(DEMO_PROFILE_ID, name, "")


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self.q = settings or QSettings()

    def _get(self, key: str, default):
        value = self.q.value(key, default)
        if isinstance(default, int) and not isinstance(value, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value

    @property
    def language(self) -> str:
        return str(self._get("ui/language", "system"))

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        return str(self._get("ui/theme", "system"))

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("ui/theme", value)

    @property
    def idle_minutes(self) -> int:
        return max(1, self._get("security/idle_minutes", 10))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.q.setValue("security/idle_minutes", int(value))

    @property
    def last_profile(self) -> str:
        return str(self._get("signin/last_profile", DEMO_PROFILE_ID))

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self.q.setValue("signin/last_profile", value)

    def last_username(self, profile_id: str) -> str:
        return str(self._get(f"signin/last_username/{profile_id}", ""))

    def set_last_username(self, profile_id: str, username: str) -> None:
        self.q.setValue(f"signin/last_username/{profile_id}", username)

    def stay_signed_in(self, profile_id: str) -> bool:
        return str(self._get(f"signin/stay/{profile_id}", "false")).lower() == "true"

    def set_stay_signed_in(self, profile_id: str, value: bool) -> None:
        self.q.setValue(f"signin/stay/{profile_id}", "true" if value else "false")

    # Server profiles other than the built-in demo one.
    def profiles(self) -> list[Profile]:
        size = self.q.beginReadArray("profiles")
        found = []
        for i in range(size):
            self.q.setArrayIndex(i)
            found.append(Profile(str(self.q.value("id")), str(self.q.value("name")), str(self.q.value("url")),
                                 str(self.q.value("ca_bundle") or ""), str(self.q.value("pinned_sha256") or "")))
        self.q.endArray()
        return found

    def save_profiles(self, profiles: list[Profile]) -> None:
        self.q.beginWriteArray("profiles", len(profiles))
        for i, profile in enumerate(profiles):
            self.q.setArrayIndex(i)
            for key, value in asdict(profile).items():
                self.q.setValue(key, value)
        self.q.endArray()

    # Window state, per user.
    def window_state(self, username: str, key: str):
        return self.q.value(f"window/{username}/{key}")

    def set_window_state(self, username: str, key: str, value) -> None:
        self.q.setValue(f"window/{username}/{key}", value)

    # A table's columns (widths, order, hidden ones, sort: QHeaderView.saveState), per user.
    def table_header(self, username: str, table: str) -> QByteArray | None:
        value = self.q.value(f"tables/{username}/{table}/header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_table_header(self, username: str, table: str, state: QByteArray) -> None:
        self.q.setValue(f"tables/{username}/{table}/header", state)

    # Named sets of a screen's filter values, per user: {name: {field: value}}, kept as JSON.
    def saved_filters(self, username: str, screen: str) -> dict[str, dict]:
        try:
            found = json.loads(str(self.q.value(f"filters/{username}/{screen}", "{}")))
        except ValueError:
            return {}
        return {str(k): v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}

    def set_saved_filters(self, username: str, screen: str, filters: dict[str, dict]) -> None:
        self.q.setValue(f"filters/{username}/{screen}", json.dumps(filters, ensure_ascii=False))
