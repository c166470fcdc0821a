"""Today's figures of the user's areas, each a small indexed count or sum over today (Shanghai's business day):
applications in and decided, the approval rate and overdue loans by bucket (loan.read); withdrawals paid and the
trial balance (funds.read); the reconciliation day's state (recon.read); open alerts of the user's areas
(alert.read). A figure says where its list is (`opens`): the console opens that screen with that filter."""

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.db.planner_hints import not_indexed
from server.loans.after.ageing import BUCKETS, COLLECTED_STATES, bucket_of
from server.loans.lifecycle import State
from server.loans.models import UNPAID, Installment, LoanApplication
from server.messages import _, render
from server.withdrawals.models import Withdrawal
from server.withdrawals.rules import State as WithdrawalState

COUNT, FEN, PERCENT_BP, STATE = "count", "fen", "percent_bp", "state"

# An application's first decision today: approved (whatever became of it since) or rejected. A return asks for
# more material and is not a decision.
APPROVED_STATES = tuple(s.value for s in (State.APPROVED, State.LISTED, State.FUNDED, State.EXPIRED, State.REPAYING,
                                          State.OVERDUE, State.SETTLED, State.COMPENSATED, State.WRITTEN_OFF))

LABELS = {
    "applications_today": _("Applications in today"),
    "decided_today": _("Decided today"),
    "approval_rate_today": _("Approval rate today"),
    "overdue_M1": _("Overdue M1 (1–30 days)"),
    "overdue_M2": _("Overdue M2 (31–60 days)"),
    "overdue_M3": _("Overdue M3 (61–90 days)"),
    "overdue_M3+": _("Overdue M3+ (over 90 days)"),
    "withdrawals_paid_today": _("Withdrawals paid today"),
    "withdrawals_paid_today_fen": _("Amount paid out today"),
    "trial_balance": _("Trial balance"),
    "recon_day": _("Reconciliation of {day}"),
    "open_alerts": _("Open alerts"),
}

RECON_STATES = {"not_started": _("Not started"), "open": _("Differences open"), "reconciled": _("Reconciled"),
                "closed": _("Closed")}


def _figure(key: str, language: str, value: int | None, unit: str, area: str, screen: str, filter_: dict,
            text: str | None = None, params: dict | None = None) -> dict:
    return {"key": key, "label": render(LABELS[key], language, params), "value": value, "unit": unit,
            "text": render(text, language) if text is not None else None, "area": area,
            "opens": {"screen": screen, "filter": filter_}}


def day_range(day: date):
    """A Shanghai day as [start, end) in UTC."""
    return clock.day_start_utc(day), clock.day_start_utc(day + timedelta(days=1))


def applications_in(db: Session, day: date) -> int:
    start, end = day_range(day)
    return int(db.scalar(select(func.count()).select_from(LoanApplication).where(
        LoanApplication.submitted_at >= start, LoanApplication.submitted_at < end)) or 0)


def decided(db: Session, day: date) -> tuple[int, int]:
    """(approved, rejected) among the applications decided on `day`."""
    start, end = day_range(day)
    rows = db.execute(select(LoanApplication.state, func.count()).where(
        LoanApplication.decided_at >= start, LoanApplication.decided_at < end,
        LoanApplication.state.in_(APPROVED_STATES + (State.REJECTED.value,))).group_by(LoanApplication.state)).all()
    approved = sum(n for state, n in rows if state in APPROVED_STATES)
    rejected = sum(n for state, n in rows if state == State.REJECTED.value)
    return approved, rejected


def overdue_by_bucket(db: Session, today: date) -> dict[str, int]:
    """Loans still owed on with an unpaid installment due before today, by the age of the oldest (as the after-loan
    overdue list counts them). Read from the partial index of unpaid installments (the few past due, not every
    installment of every loan) and grouped here: a GROUP BY would tempt SQLite into walking the loans' index."""
    counts = {b: 0 for b in BUCKETS}
    oldest: dict[int, date] = {}
    rows = db.execute(select(Installment.application_id, Installment.due_date)
                      .join(LoanApplication, LoanApplication.id == Installment.application_id)
                      .where(not_indexed(LoanApplication.state).in_([s.value for s in COLLECTED_STATES]),
                             UNPAID, Installment.due_date < today))
    for app_id, due in rows:
        if app_id not in oldest or due < oldest[app_id]:
            oldest[app_id] = due
    for due in oldest.values():
        bucket = bucket_of((today - due).days)
        if bucket:
            counts[bucket] += 1
    return counts


def withdrawals_paid(db: Session, day: date) -> tuple[int, int]:
    """(count, fen) of the withdrawals paid out on `day`."""
    start, end = day_range(day)
    n, fen = db.execute(select(func.count(), func.coalesce(func.sum(Withdrawal.amount_fen), 0)).where(
        Withdrawal.state == WithdrawalState.PAID.value, Withdrawal.decided_at >= start,
        Withdrawal.decided_at < end)).one()
    return int(n or 0), int(fen or 0)


def trial_balance_difference(db: Session) -> int:
    """Credits less debits over every account (four counters per account row): 0 when the books balance."""
    from server.ledger.models import LedgerAccount

    debits, credits = db.execute(select(func.coalesce(func.sum(LedgerAccount.debits_posted), 0),
                                        func.coalesce(func.sum(LedgerAccount.credits_posted), 0))).one()
    return int(credits) - int(debits)


def recon_state(db: Session, day: date) -> str:
    from server.reconciliation.service import calendar

    return calendar(db, day, day)[0]["status"]


def open_alerts(db: Session, permissions: Iterable[str]) -> int:
    from server.monitoring.alert_views import visible_areas
    from server.monitoring.models import Alert

    areas = visible_areas(permissions)
    if not areas:
        return 0
    return int(db.scalar(select(func.count()).select_from(Alert).where(
        Alert.state == "open", Alert.area.in_(list(areas)))) or 0)


def figures(db: Session, principal: Principal, language: str, today: date | None = None) -> list[dict]:
    today = today or clock.today()
    can = principal.permissions.__contains__
    out: list[dict] = []
    if can("loan.read"):
        approved, rejected = decided(db, today)
        total = approved + rejected
        out += [
            _figure("applications_today", language, applications_in(db, today), COUNT, "loans", "loans",
                    {"scope": "all", "period": 1}),
            _figure("decided_today", language, total, COUNT, "loans", "loans", {"scope": "all"}),
            # No decision yet today: no rate (the console shows a dash), not 0 %.
            _figure("approval_rate_today", language, round(approved * 10_000 / total) if total else None,
                    PERCENT_BP, "loans", "loans", {"scope": "all"}),
        ]
        for bucket, n in overdue_by_bucket(db, today).items():
            out.append(_figure(f"overdue_{bucket}", language, n, COUNT, "loans", "afterloan",
                               {"tab": "overdue", "bucket": bucket}))
    if can("funds.read"):
        n, fen = withdrawals_paid(db, today)
        difference = trial_balance_difference(db)
        out += [
            _figure("withdrawals_paid_today", language, n, COUNT, "funds", "funds", {"tab": "transfers",
                                                                                    "kind": "withdrawal"}),
            _figure("withdrawals_paid_today_fen", language, fen, FEN, "funds", "funds", {"tab": "transfers",
                                                                                        "kind": "withdrawal"}),
            _figure("trial_balance", language, difference, STATE, "funds", "funds", {"tab": "trial_balance"},
                    text=_("Balanced") if difference == 0 else _("Not balanced")),
        ]
    if can("recon.read"):
        day = today - timedelta(days=1)
        state = recon_state(db, day)
        out.append(_figure("recon_day", language, list(RECON_STATES).index(state), STATE, "reconciliation", "recon",
                           {"day": day.isoformat()}, text=RECON_STATES[state], params={"day": day.isoformat()}))
    if can("alert.read"):
        out.append(_figure("open_alerts", language, open_alerts(db, principal.permissions), COUNT, "alerts", "alerts",
                           {"state": "open"}))
    return out
