"""Alerts in words: severities (严重 red, 警告 amber, 提示 blue), areas, states, channels, delivery states, and the
labels of the fields an alert's evidence and a rule's thresholds carry. Codes stay on the wire; these are what
people read. A field the console has no words for is shown by its server name, marked as an identifier."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SEVERITY_COLOURS = {"critical": "#b42318", "warning": "#b54708", "info": "#175cd3"}
STATE_COLOURS = {"open": "#b42318", "acknowledged": "#b54708", "resolved": "#1a7f37"}

SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("AlertWords", "Critical"),
    "warning": QT_TRANSLATE_NOOP("AlertWords", "Warning"),
    "info": QT_TRANSLATE_NOOP("AlertWords", "Info"),
}
AREAS = {
    "security": QT_TRANSLATE_NOOP("AlertWords", "Security"),
    "funds": QT_TRANSLATE_NOOP("AlertWords", "Funds"),
    "loans": QT_TRANSLATE_NOOP("AlertWords", "Loans"),
    "reconciliation": QT_TRANSLATE_NOOP("AlertWords", "Reconciliation"),
    "system": QT_TRANSLATE_NOOP("AlertWords", "System"),
    "traffic": QT_TRANSLATE_NOOP("AlertWords", "Traffic"),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("AlertWords", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertWords", "Acknowledged"),
    "resolved": QT_TRANSLATE_NOOP("AlertWords", "Resolved"),
}
CHANNELS = {
    "email": QT_TRANSLATE_NOOP("AlertWords", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("AlertWords", "SMS"),
    "wecom": QT_TRANSLATE_NOOP("AlertWords", "WeChat Work"),
    "console": QT_TRANSLATE_NOOP("AlertWords", "Console"),
    "demo": QT_TRANSLATE_NOOP("AlertWords", "Demo outbox"),
}
DELIVERY_STATES = {
    "queued": QT_TRANSLATE_NOOP("AlertWords", "Waiting to be sent"),
    "pending": QT_TRANSLATE_NOOP("AlertWords", "Waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("AlertWords", "Sending"),
    "retrying": QT_TRANSLATE_NOOP("AlertWords", "Will be tried again"),
    "sent": QT_TRANSLATE_NOOP("AlertWords", "Sent"),
    "delivered": QT_TRANSLATE_NOOP("AlertWords", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("AlertWords", "Failed"),
    "dead": QT_TRANSLATE_NOOP("AlertWords", "Failed, no more tries"),
    "gave_up": QT_TRANSLATE_NOOP("AlertWords", "Failed, no more tries"),
    "skipped": QT_TRANSLATE_NOOP("AlertWords", "Not sent"),
}

# Fields of an alert's evidence (the records behind it) and of its parameters.
FIELDS = {
    "at": QT_TRANSLATE_NOOP("AlertWords", "Time"),
    "time": QT_TRANSLATE_NOOP("AlertWords", "Time"),
    "created_at": QT_TRANSLATE_NOOP("AlertWords", "Time"),
    "requested_at": QT_TRANSLATE_NOOP("AlertWords", "Requested"),
    "since": QT_TRANSLATE_NOOP("AlertWords", "Since"),
    "username": QT_TRANSLATE_NOOP("AlertWords", "User name"),
    "user": QT_TRANSLATE_NOOP("AlertWords", "User name"),
    "account": QT_TRANSLATE_NOOP("AlertWords", "Account"),
    "actor": QT_TRANSLATE_NOOP("AlertWords", "Staff member"),
    "actor_name": QT_TRANSLATE_NOOP("AlertWords", "Staff member"),
    "display_name": QT_TRANSLATE_NOOP("AlertWords", "Name"),
    "address": QT_TRANSLATE_NOOP("AlertWords", "Address"),
    "client_addr": QT_TRANSLATE_NOOP("AlertWords", "Address"),
    "ip": QT_TRANSLATE_NOOP("AlertWords", "Address"),
    "reason": QT_TRANSLATE_NOOP("AlertWords", "Reason"),
    "action": QT_TRANSLATE_NOOP("AlertWords", "Action"),
    "count": QT_TRANSLATE_NOOP("AlertWords", "Count"),
    "failures": QT_TRANSLATE_NOOP("AlertWords", "Failures"),
    "minutes": QT_TRANSLATE_NOOP("AlertWords", "Minutes"),
    "hours": QT_TRANSLATE_NOOP("AlertWords", "Hours"),
    "number": QT_TRANSLATE_NOOP("AlertWords", "Number"),
    "withdrawal": QT_TRANSLATE_NOOP("AlertWords", "Withdrawal"),
    "withdrawal_number": QT_TRANSLATE_NOOP("AlertWords", "Withdrawal"),
    "application": QT_TRANSLATE_NOOP("AlertWords", "Application"),
    "loan": QT_TRANSLATE_NOOP("AlertWords", "Loan"),
    "customer": QT_TRANSLATE_NOOP("AlertWords", "Customer"),
    "customer_ref": QT_TRANSLATE_NOOP("AlertWords", "Customer"),
    "customer_name": QT_TRANSLATE_NOOP("AlertWords", "Customer name"),
    "bank_card": QT_TRANSLATE_NOOP("AlertWords", "Bank card"),
    "amount_fen": QT_TRANSLATE_NOOP("AlertWords", "Amount"),
    "median_fen": QT_TRANSLATE_NOOP("AlertWords", "90-day median"),
    "state": QT_TRANSLATE_NOOP("AlertWords", "State"),
    "day": QT_TRANSLATE_NOOP("AlertWords", "Day"),
    "difference_fen": QT_TRANSLATE_NOOP("AlertWords", "Difference"),
    "seq": QT_TRANSLATE_NOOP("AlertWords", "Record number"),
    "expires_at": QT_TRANSLATE_NOOP("AlertWords", "Expires"),
    "days_left": QT_TRANSLATE_NOOP("AlertWords", "Days left"),
    "route_group": QT_TRANSLATE_NOOP("AlertWords", "Route group"),
    "error_rate": QT_TRANSLATE_NOOP("AlertWords", "Error rate"),
    "p95_ms": QT_TRANSLATE_NOOP("AlertWords", "95th percentile (ms)"),
    "site": QT_TRANSLATE_NOOP("AlertWords", "Monitoring point"),
    "sites": QT_TRANSLATE_NOOP("AlertWords", "Monitoring points"),
    "started_at": QT_TRANSLATE_NOOP("AlertWords", "Started"),
    "ended_at": QT_TRANSLATE_NOOP("AlertWords", "Ended"),
    "waiting_minutes": QT_TRANSLATE_NOOP("AlertWords", "Waiting (minutes)"),
    "sign_ins": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins"),
    "failed_sign_ins": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins"),
    "attempts": QT_TRANSLATE_NOOP("AlertWords", "Attempts"),
    "withdrawals": QT_TRANSLATE_NOOP("AlertWords", "Withdrawals"),
    "actions": QT_TRANSLATE_NOOP("AlertWords", "Actions"),
    "loans": QT_TRANSLATE_NOOP("AlertWords", "Loans"),
    "records": QT_TRANSLATE_NOOP("AlertWords", "Records"),
    "step_ups": QT_TRANSLATE_NOOP("AlertWords", "Failed confirmations"),
    "earlier_count": QT_TRANSLATE_NOOP("AlertWords", "Earlier withdrawals compared"),
    "owed_fen": QT_TRANSLATE_NOOP("AlertWords", "Owed"),
    "debits_posted_fen": QT_TRANSLATE_NOOP("AlertWords", "Debits posted"),
    "credits_posted_fen": QT_TRANSLATE_NOOP("AlertWords", "Credits posted"),
    "first_broken_seq": QT_TRANSLATE_NOOP("AlertWords", "First broken record"),
    "first_broken_id": QT_TRANSLATE_NOOP("AlertWords", "First broken record's id"),
    "checked": QT_TRANSLATE_NOOP("AlertWords", "Records checked"),
    "group": QT_TRANSLATE_NOOP("AlertWords", "Route group"),
    "from": QT_TRANSLATE_NOOP("AlertWords", "From"),
    "to": QT_TRANSLATE_NOOP("AlertWords", "To"),
    "requests": QT_TRANSLATE_NOOP("AlertWords", "Requests"),
    "errors_5xx": QT_TRANSLATE_NOOP("AlertWords", "Server errors"),
    "p95_bucket_ms": QT_TRANSLATE_NOOP("AlertWords", "95th percentile between (ms)"),
    "mean_ms": QT_TRANSLATE_NOOP("AlertWords", "Average (ms)"),
    "not_after": QT_TRANSLATE_NOOP("AlertWords", "Valid until"),
    "file": QT_TRANSLATE_NOOP("AlertWords", "File"),
    "folder": QT_TRANSLATE_NOOP("AlertWords", "Folder"),
    "free_bytes": QT_TRANSLATE_NOOP("AlertWords", "Free (bytes)"),
    "total_bytes": QT_TRANSLATE_NOOP("AlertWords", "Size (bytes)"),
    "pool_checked_out": QT_TRANSLATE_NOOP("AlertWords", "Connections in use"),
    "pool_limit": QT_TRANSLATE_NOOP("AlertWords", "Connection limit"),
    "reports": QT_TRANSLATE_NOOP("AlertWords", "Probe reports"),
    "object_type": QT_TRANSLATE_NOOP("AlertWords", "Object"),
    "object_id": QT_TRANSLATE_NOOP("AlertWords", "Object number"),
    "night": QT_TRANSLATE_NOOP("AlertWords", "Night of"),
    "run_at": QT_TRANSLATE_NOOP("AlertWords", "Last matched"),
    "run_by": QT_TRANSLATE_NOOP("AlertWords", "Matched by"),
    "locked_at": QT_TRANSLATE_NOOP("AlertWords", "Locked"),
    "cards": QT_TRANSLATE_NOOP("AlertWords", "New bank cards"),
    "until": QT_TRANSLATE_NOOP("AlertWords", "Until"),
    "start": QT_TRANSLATE_NOOP("AlertWords", "From"),
    "end": QT_TRANSLATE_NOOP("AlertWords", "To"),
    "path": QT_TRANSLATE_NOOP("AlertWords", "Route group"),
    "sessions_ended": QT_TRANSLATE_NOOP("AlertWords", "Sessions ended"),
    "alert_id": QT_TRANSLATE_NOOP("AlertWords", "Alert number"),
}

# Thresholds: what each is, and its unit.
THRESHOLDS = {
    "count": QT_TRANSLATE_NOOP("AlertWords", "How many"),
    "account_count": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins of one account"),
    "address_count": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins from one address"),
    "per_account": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins of one account"),
    "per_address": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins from one address"),
    "minutes": QT_TRANSLATE_NOOP("AlertWords", "Within"),
    "window_minutes": QT_TRANSLATE_NOOP("AlertWords", "Within"),
    "hours": QT_TRANSLATE_NOOP("AlertWords", "Within"),
    "window_hours": QT_TRANSLATE_NOOP("AlertWords", "Within"),
    "start_hour": QT_TRANSLATE_NOOP("AlertWords", "From (Shanghai time)"),
    "end_hour": QT_TRANSLATE_NOOP("AlertWords", "Until (Shanghai time)"),
    "multiple": QT_TRANSLATE_NOOP("AlertWords", "Times the customer's median"),
    "median_multiple": QT_TRANSLATE_NOOP("AlertWords", "Times the customer's median"),
    "median_days": QT_TRANSLATE_NOOP("AlertWords", "Median over"),
    "min_amount_fen": QT_TRANSLATE_NOOP("AlertWords", "And above"),
    "amount_fen": QT_TRANSLATE_NOOP("AlertWords", "Amount"),
    "new_cards": QT_TRANSLATE_NOOP("AlertWords", "Withdrawals to new cards"),
    "wait_minutes": QT_TRANSLATE_NOOP("AlertWords", "Waiting longer than"),
    "wait_hours": QT_TRANSLATE_NOOP("AlertWords", "Waiting longer than"),
    "at_hour": QT_TRANSLATE_NOOP("AlertWords", "Checked at (Shanghai time)"),
    "hour": QT_TRANSLATE_NOOP("AlertWords", "Checked at (Shanghai time)"),
    "days": QT_TRANSLATE_NOOP("AlertWords", "Days ahead"),
    "days_before": QT_TRANSLATE_NOOP("AlertWords", "Days ahead"),
    "error_rate_percent": QT_TRANSLATE_NOOP("AlertWords", "Server errors above"),
    "error_percent": QT_TRANSLATE_NOOP("AlertWords", "Server errors above"),
    "percent": QT_TRANSLATE_NOOP("AlertWords", "Above"),
    "p95_ms": QT_TRANSLATE_NOOP("AlertWords", "95th percentile above"),
    "latency_ms": QT_TRANSLATE_NOOP("AlertWords", "Latency above"),
    "escalate_minutes": QT_TRANSLATE_NOOP("AlertWords", "Escalate unacknowledged after"),
    "disk_percent": QT_TRANSLATE_NOOP("AlertWords", "Disk used above"),
    "min_requests": QT_TRANSLATE_NOOP("AlertWords", "With at least"),
    "minimum_fen": QT_TRANSLATE_NOOP("AlertWords", "And above"),
    "critical_days": QT_TRANSLATE_NOOP("AlertWords", "Critical within"),
    "gigabytes": QT_TRANSLATE_NOOP("AlertWords", "Or less than"),
    "large_withdrawal.days": QT_TRANSLATE_NOOP("AlertWords", "Median over"),
    "certificate_expiring.days": QT_TRANSLATE_NOOP("AlertWords", "Warn within"),
    "disk_space_low.percent": QT_TRANSLATE_NOOP("AlertWords", "Free space below"),
    "database_connections_high.percent": QT_TRANSLATE_NOOP("AlertWords", "Connections in use above"),
    "server_errors.percent": QT_TRANSLATE_NOOP("AlertWords", "Server errors above"),
    "withdrawal_waiting.hours": QT_TRANSLATE_NOOP("AlertWords", "Waiting longer than"),
    "new_card_withdrawals.count": QT_TRANSLATE_NOOP("AlertWords", "Withdrawals to new cards"),
    "failed_sign_ins_account.count": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins of one account"),
    "failed_sign_ins_address.count": QT_TRANSLATE_NOOP("AlertWords", "Failed sign-ins from one address"),
    "failed_step_ups.count": QT_TRANSLATE_NOOP("AlertWords", "Wrong one-time codes"),
    "recon_day_open.hour": QT_TRANSLATE_NOOP("AlertWords", "Still open at (Shanghai time)"),
}
UNITS = {
    "minutes": QT_TRANSLATE_NOOP("AlertWords", "minutes"),
    "hours": QT_TRANSLATE_NOOP("AlertWords", "hours"),
    "days": QT_TRANSLATE_NOOP("AlertWords", "days"),
    "hour": QT_TRANSLATE_NOOP("AlertWords", "o'clock"),
    "fen": QT_TRANSLATE_NOOP("AlertWords", "yuan"),
    "percent": QT_TRANSLATE_NOOP("AlertWords", "%"),
    "ms": QT_TRANSLATE_NOOP("AlertWords", "milliseconds"),
    "multiple": QT_TRANSLATE_NOOP("AlertWords", "×"),
    "count": QT_TRANSLATE_NOOP("AlertWords", "times"),
    "requests": QT_TRANSLATE_NOOP("AlertWords", "requests"),
    "gigabytes": QT_TRANSLATE_NOOP("AlertWords", "GB"),
}
CHANNEL_FIELDS = {
    "host": QT_TRANSLATE_NOOP("AlertWords", "Outgoing mail server (SMTP)"),
    "port": QT_TRANSLATE_NOOP("AlertWords", "Port"),
    "sender": QT_TRANSLATE_NOOP("AlertWords", "Sender address"),
    "starttls": QT_TRANSLATE_NOOP("AlertWords", "Encrypt with STARTTLS"),
    "username": QT_TRANSLATE_NOOP("AlertWords", "User name"),
    "url": QT_TRANSLATE_NOOP("AlertWords", "Gateway address"),
    "gateway_url": QT_TRANSLATE_NOOP("AlertWords", "Gateway address"),
    "timeout_seconds": QT_TRANSLATE_NOOP("AlertWords", "Timeout"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertWords", text)


def severity_text(code: str) -> str:
    return _tr(SEVERITIES[code]) if code in SEVERITIES else code


def area_text(code: str) -> str:
    return _tr(AREAS[code]) if code in AREAS else code


def state_text(code: str) -> str:
    return _tr(STATES[code]) if code in STATES else code


def channel_text(code: str) -> str:
    return _tr(CHANNELS[code]) if code in CHANNELS else code


def delivery_state_text(code: str) -> str:
    return _tr(DELIVERY_STATES[code]) if code in DELIVERY_STATES else code


def field_text(key: str) -> str | None:
    """A field's label, or None when the console has no words for it."""
    return _tr(FIELDS[key]) if key in FIELDS else None


def threshold_text(key: str, rule: str = "") -> str | None:
    """What a threshold is, for its rule where the same name means different things (days, percent)."""
    for name in (f"{rule}.{key}", key):
        if name in THRESHOLDS:
            return _tr(THRESHOLDS[name])
    return field_text(key)


def threshold_unit(key: str) -> str:
    """The unit a threshold is counted in, from its name: *_minutes in minutes, *_fen in yuan, *_percent in %."""
    for suffix, words in (("minutes", "minutes"), ("hours", "hours"), ("days", "days"), ("_hour", "hour"),
                          ("fen", "fen"), ("percent", "percent"), ("_ms", "ms"), ("multiple", "multiple"),
                          ("requests", "requests"), ("gigabytes", "gigabytes")):
        if key == suffix.lstrip("_") or key.endswith(suffix):
            return _tr(UNITS[words])
    if key in ("hour",):
        return _tr(UNITS["hour"])
    if key in ("count", "new_cards", "min_requests", "per_account", "per_address", "account_count", "address_count"):
        return _tr(UNITS["count"])
    return ""


# What a sign-in or confirmation failed for (the audit record's reason), in words.
REASONS = {
    "unknown_user": QT_TRANSLATE_NOOP("AlertWords", "Unknown user name"),
    "invalid_credentials": QT_TRANSLATE_NOOP("AlertWords", "Wrong password"),
    "bad_password": QT_TRANSLATE_NOOP("AlertWords", "Wrong password"),
    "otp_invalid": QT_TRANSLATE_NOOP("AlertWords", "Wrong one-time code"),
    "otp_reused": QT_TRANSLATE_NOOP("AlertWords", "One-time code used twice"),
    "otp_required": QT_TRANSLATE_NOOP("AlertWords", "No one-time code"),
    "step_up_otp_invalid": QT_TRANSLATE_NOOP("AlertWords", "Wrong one-time code for a sensitive action"),
    "account_locked": QT_TRANSLATE_NOOP("AlertWords", "Account locked"),
    "account_disabled": QT_TRANSLATE_NOOP("AlertWords", "Account disabled"),
}
# Fields whose values are identifiers (names people type, numbers, addresses), not words.
IDENTIFIER_FIELDS = frozenset((
    "username", "user", "account", "address", "client_addr", "ip", "number", "withdrawal_number", "customer_ref",
    "customer", "bank_card", "loans", "application", "loan", "group", "route_group", "file", "folder", "object_id",
    "site", "sites", "withdrawal", "run_by", "path", "by"))


def value_words(key: str, value: str) -> str | None:
    """A coded evidence value in words (a failure's reason, an audit action, a withdrawal's state), else None."""
    from app.models.audit_words import ACTIONS, action_text, object_type_text

    if key == "reason" and value in REASONS:
        return _tr(REASONS[value])
    if key == "action" and value in ACTIONS:
        return action_text(value)
    if key == "object_type":
        return object_type_text(value)
    if key == "state":
        from app.services.language import current_is_chinese
        from app.views.customers.words import WITHDRAWAL_STATES

        if value in WITHDRAWAL_STATES:
            zh, en, _colour = WITHDRAWAL_STATES[value]
            return zh if current_is_chinese() else en
    return None


YES_NO = (QT_TRANSLATE_NOOP("AlertWords", "Yes"), QT_TRANSLATE_NOOP("AlertWords", "No"))


def yes_no(value: bool) -> str:
    return _tr(YES_NO[0] if value else YES_NO[1])


def channel_field_text(key: str) -> str:
    return _tr(CHANNEL_FIELDS[key]) if key in CHANNEL_FIELDS else key
