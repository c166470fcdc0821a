"""One running platform: its settings, database and in-process limiters."""

from dataclasses import dataclass, field

from server.config import Settings
from server.db.engine import Database
from server.rate_limits import SlidingWindow
from server.security import pii


@dataclass
class Platform:
    settings: Settings
    db: Database
    login_by_address: SlidingWindow = field(init=False)
    login_by_account: SlidingWindow = field(init=False)
    requests_by_address: SlidingWindow = field(init=False)

    def __post_init__(self):
        s = self.settings
        self.login_by_address = SlidingWindow(s.login_attempts_per_address)
        self.login_by_account = SlidingWindow(s.login_attempts_per_account)
        self.requests_by_address = SlidingWindow(s.requests_per_address)

    @classmethod
    def open(cls, settings: Settings) -> "Platform":
        from server.audit import keys as audit_keys

        pii.configure(settings.pii_keys_file)
        db = Database(settings.database_url)
        audit_keys.configure(settings.audit_keys_file, db.engine)
        return cls(settings, db)
