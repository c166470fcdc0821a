"""Alerts planted straight into the real platform's database, as the monitoring's evaluation writes them (a rule's
params and evidence), for the console's alert tests. Fixed times, so no test reads today or now."""

from datetime import datetime, timezone

from server.monitoring.models import Alert

AT = datetime(2026, 12, 3, 1, 0, tzinfo=timezone.utc)  # 09:00 in Shanghai


def plant(platform, rule: str, severity: str, area: str, params: dict, evidence: dict | None = None,
          state: str = "open", minute: int = 0, count: int = 1, **extra) -> int:
    first = AT.replace(minute=minute)
    with platform.db.write() as db:
        alert = Alert(rule=rule, fold_key=f"{rule}:{minute}:{params}"[:200], severity=severity, area=area,
                      params=params, evidence=evidence or {}, state=state, count=count, first_seen_at=first,
                      last_seen_at=first.replace(second=30), version=1, **extra)
        db.add(alert)
        db.commit()
        return alert.id


def sign_ins(platform, minute: int = 10, **extra) -> int:
    """Six failed sign-ins of 李明's account (risk) in ten minutes (security, warning)."""
    failures = [{"at": AT.replace(minute=i).isoformat(), "username": "risk", "address": f"10.0.0.{7 + i % 2}",
                 "reason": "bad_password"} for i in range(6)]
    return plant(platform, "failed_sign_ins_account", "warning", "security",
                 {"username": "risk", "name": "李明", "count": 6, "minutes": 10}, {"failures": failures}, minute=minute, count=6,
                 **extra)


def trial_balance(platform, minute: int = 20, **extra) -> int:
    """The trial balance off by 12.34 yuan (funds, critical)."""
    return plant(platform, "trial_balance", "critical", "funds", {"difference": "12.34"},
                 {"debits_posted_fen": 100_000, "credits_posted_fen": 101_234, "difference_fen": 1_234},
                 minute=minute, **extra)


def large_withdrawal(platform, minute: int = 30, **extra) -> int:
    """A withdrawal of 80,000 yuan against a median of 2,000 (funds, warning)."""
    withdrawal = {"number": "WD20261203000042", "customer_ref": "IV0035", "amount_fen": 8_000_000,
                  "state": "pending_review", "requested_at": AT.replace(minute=minute).isoformat()}
    return plant(platform, "large_withdrawal", "warning", "funds",
                 {"number": "WD20261203000042", "customer": "IV0035", "amount": "80,000.00", "multiple": 5,
                  "median": "2,000.00", "days": 90},
                 {"withdrawal": withdrawal, "median_fen": 200_000, "earlier_count": 4}, minute=minute, **extra)


def overdue(platform, minute: int = 40, **extra) -> int:
    """Loans turning overdue (loans, info)."""
    return plant(platform, "loans_turning_overdue", "info", "loans", {"count": 3, "loans": 2, "day": "2026-12-02"},
                 {"loans": ["LN20261001000001", "LN20261001000002"], "owed_fen": 345_600}, minute=minute, **extra)


def alert_row(platform, alert_id: int) -> Alert:
    with platform.db.read() as db:
        alert = db.get(Alert, alert_id)
        db.expunge(alert)
        return alert
