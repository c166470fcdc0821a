"""One running platform: its settings, database and the limiters it counts in the database."""

from dataclasses import dataclass, field

from server.config import Settings
from server.db.engine import Database
from server.rate_limits import SharedWindow
from server.security import pii


@dataclass
class Platform:
    settings: Settings
    db: Database
    login_by_address: SharedWindow = field(init=False)
    login_by_account: SharedWindow = field(init=False)
    requests_by_address: SharedWindow = field(init=False)
    requests_by_front_end: SharedWindow = field(init=False)

    def __post_init__(self):
        s = self.settings
        self.login_by_address = SharedWindow(self.db, "login_address", s.login_attempts_per_address)
        self.login_by_account = SharedWindow(self.db, "login_account", s.login_attempts_per_account)
        self.requests_by_address = SharedWindow(self.db, "requests_address", s.requests_per_address, leased=True)
        self.requests_by_front_end = SharedWindow(self.db, "requests_front_end", s.front_end_requests_per_minute,
                                                  leased=True)

    @classmethod
    def open(cls, settings: Settings) -> "Platform":
        from server.audit import keys as audit_keys

        pii.configure(settings.pii_keys_file)
        db = Database(settings.database_url)
        audit_keys.configure(settings.audit_keys_file, db.engine)
        return cls(settings, db)
