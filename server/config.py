"""Settings of one platform instance, read from the command line and the environment."""

import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import platformdirs

from server.loans.policy import LoanPolicy
from server.notifications.settings import NotificationSettings
from server.withdrawals.rules import WithdrawalPolicy


def default_data_dir() -> Path:
    configured = os.environ.get("P2P_DATA_DIR")
    return Path(configured) if configured else Path(platformdirs.user_data_dir("p2p-backoffice", appauthor=False))


def default_database_url(data_dir: Path) -> str:
    return os.environ.get("P2P_DATABASE_URL") or f"sqlite:///{data_dir / 'platform.db'}"


@dataclass
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str = ""
    pii_keys_file: Path | None = None
    # The audit chain's MAC key (server/audit/keys.py): beside the personal-data keys unless
    # P2P_AUDIT_KEYS_FILE says otherwise. Never in the database.
    audit_keys_file: Path | None = None
    # Where the audit head is anchored (server/audit/checkpoints.py), append-only JSON lines; the last
    # verified position sits beside it. P2P_AUDIT_CHECKPOINTS_FILE overrides.
    audit_checkpoints_file: Path | None = None
    # Backups (server/backups/): where the daily job writes them (P2P_BACKUP_DIR; put it on another disk), how many
    # days they are kept (P2P_BACKUP_RETENTION_DAYS), and the backup key, beside the other keys of the key ring
    # unless P2P_BACKUP_KEYS_FILE says otherwise.
    backup_dir: Path | None = None
    backup_retention_days: int = field(default_factory=lambda: int(os.environ.get("P2P_BACKUP_RETENTION_DAYS") or 14))
    backup_keys_file: Path | None = None
    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(hours=8)
    # A session ends this long after its sign-in however often it is refreshed (then sign in again).
    # P2P_SESSION_MAX_HOURS overrides.
    session_max_lifetime: timedelta = field(default_factory=lambda: timedelta(
        hours=int(os.environ.get("P2P_SESSION_MAX_HOURS") or 12)))
    step_up_ttl: timedelta = timedelta(minutes=5)
    challenge_ttl: timedelta = timedelta(minutes=10)
    max_body_bytes: int = 1024 * 1024
    # Uploads larger than max_body_bytes (statements, documents) received at once by one process; the next one
    # is answered 503 with Retry-After. P2P_CONCURRENT_UPLOADS overrides.
    concurrent_uploads: int = field(default_factory=lambda: int(os.environ.get("P2P_CONCURRENT_UPLOADS") or 2))
    # Sign-in attempts allowed per minute from one client address and against one account.
    login_attempts_per_address: int = 30
    login_attempts_per_account: int = 10
    # All requests allowed per minute from one client address (a firewall-like ceiling). P2P_REQUESTS_PER_ADDRESS
    # overrides (a site behind one proxy address, a benchmark).
    requests_per_address: int = field(default_factory=lambda: int(os.environ.get("P2P_REQUESTS_PER_ADDRESS") or 6000))
    # The customers' front end calls from one address on behalf of every customer, so its service credential (the
    # account holding `funds.movement.post` that the customer-side routes ask for) is counted by itself, per
    # account, against its own allowance per minute instead (P2P_FRONT_END_REQUESTS_PER_MINUTE).
    front_end_requests_per_minute: int = field(
        default_factory=lambda: int(os.environ.get("P2P_FRONT_END_REQUESTS_PER_MINUTE") or 60000))
    lock_after_failures: int = 5
    lock_duration: timedelta = timedelta(minutes=15)
    loan_policy: LoanPolicy = field(default_factory=LoanPolicy)
    # Review thresholds; P2P_WITHDRAWAL_REVIEW_ABOVE_FEN and P2P_WITHDRAWAL_SECOND_APPROVAL_ABOVE_FEN override.
    withdrawal_policy: WithdrawalPolicy = field(default_factory=WithdrawalPolicy.from_environment)
    # SMS and e-mail gateways (demo, http, smtp), their secrets and the retries (server/notifications/settings.py).
    notifications: NotificationSettings = field(default_factory=NotificationSettings.from_environment)
    # The periodic jobs (server/scheduler/): on where the server really runs (`python -m server run`, which the
    # embedded platform starts too), off by default so that tests' many platforms get no background work.
    scheduler_enabled: bool = False
    scheduler_tick: timedelta = timedelta(seconds=15)  # how often the runner looks for due jobs
    scheduler_lease_ttl: timedelta = timedelta(minutes=2)  # a dead runner's jobs move to another process after this
    scheduler_retry_after: timedelta = timedelta(minutes=5)  # a failed job's slot is tried again after this
    # A custodian's statement of day D (T+0) holds the movements booked from 00:00 of D (Asia/Shanghai) to its
    # cut-off at midnight, plus the night's postings its end-of-day batch stamps just after midnight: lines up to
    # this long after 00:00 of D+1 are D's; anything earlier than D or later is refused with its line.
    # P2P_RECON_LATE_POSTING_MINUTES overrides.
    recon_late_posting: timedelta = field(default_factory=lambda: timedelta(
        minutes=int(os.environ.get("P2P_RECON_LATE_POSTING_MINUTES") or 30)))

    # Addresses of the reverse proxies whose X-Forwarded-For/-Proto are believed (P2P_TRUSTED_PROXIES, comma
    # separated); none by default, so the peer's own address is the client's.
    trusted_proxies: tuple[str, ...] = field(default_factory=lambda: tuple(
        a.strip() for a in os.environ.get("P2P_TRUSTED_PROXIES", "").split(",") if a.strip()))

    # GET /metrics (server/monitoring/metrics_routes.py) asks for this bearer token (P2P_METRICS_TOKEN) unless the
    # server listens on loopback with no trusted proxy; with neither, /metrics answers nobody.
    metrics_token: str = field(default_factory=lambda: os.environ.get("P2P_METRICS_TOKEN", ""), repr=False)
    # The address `run --host` listens on (None: not known here, so /metrics needs its token).
    listen_host: str | None = None
    # The TLS certificate whose expiry is watched: `run --certfile`, or P2P_TLS_CERTFILE where a reverse proxy
    # holds the certificate.
    tls_certfile: Path | None = field(default_factory=lambda: Path(os.environ["P2P_TLS_CERTFILE"])
                                      if os.environ.get("P2P_TLS_CERTFILE") else None)

    def __post_init__(self):
        self.data_dir = Path(self.data_dir)
        if not self.database_url:
            self.database_url = default_database_url(self.data_dir)
        if self.pii_keys_file is None:
            env = os.environ.get("P2P_PII_KEYS_FILE")
            self.pii_keys_file = Path(env) if env else self.data_dir / "pii-keys.json"
        if self.audit_keys_file is None:
            env = os.environ.get("P2P_AUDIT_KEYS_FILE")
            self.audit_keys_file = Path(env) if env else Path(self.pii_keys_file).parent / "audit-keys.json"
        if self.backup_keys_file is None:
            env = os.environ.get("P2P_BACKUP_KEYS_FILE")
            self.backup_keys_file = Path(env) if env else Path(self.pii_keys_file).parent / "backup-keys.json"
        if self.backup_dir is None:
            env = os.environ.get("P2P_BACKUP_DIR")
            self.backup_dir = Path(env) if env else self.data_dir / "backups"
        if self.audit_checkpoints_file is None:
            env = os.environ.get("P2P_AUDIT_CHECKPOINTS_FILE")
            self.audit_checkpoints_file = Path(env) if env else self.data_dir / "audit-checkpoints.jsonl"
