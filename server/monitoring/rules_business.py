"""Business rules: withdrawals far above a customer's habit, many withdrawals to new cards, withdrawals waiting too
long, loans turning overdue, a reconciliation day still open the next morning, a trial balance that is not zero, a
broken audit chain. Each reads indexed ranges (since the last evaluation where it can), never a whole table."""

import statistics
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from server import clock
from server.audit.models import AuditRecord
from server.messages import _
from server.monitoring.rule_registry import Finding, RuleContext, rule
from server.withdrawals.models import Withdrawal
from server.withdrawals.rules import OPEN_STATES, State

ALL_STATES = [s.value for s in State]
NOT_REJECTED = [s.value for s in State if s != State.REJECTED]
EVIDENCE_LIMIT = 50


def yuan(fen: int) -> str:
    """An amount of fen as yuan for a sentence: 6000000 -> "60,000.00"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def _withdrawal(w: Withdrawal) -> dict:
    return {"number": w.number, "customer_ref": w.customer_ref, "amount_fen": w.amount_fen, "state": w.state,
            "requested_at": w.requested_at.isoformat()}


def _new_withdrawals(ctx: RuleContext, *where) -> list[Withdrawal]:
    """Withdrawals requested since the last evaluation (by the (state, requested_at) index)."""
    return list(ctx.db.scalars(select(Withdrawal).where(Withdrawal.state.in_(ALL_STATES),
                                                        Withdrawal.requested_at > ctx.since,
                                                        Withdrawal.requested_at <= ctx.now, *where)))


@rule("large_withdrawal", area="funds", severity="warning", title=_("Withdrawal far above the customer's habit"),
      sentence=_("Withdrawal {number} of customer {customer} for {amount} yuan is over {multiple} times the "
                 "customer's median withdrawal of {median} yuan in {days} days."),
      defaults={"multiple": 5, "minimum_fen": 5_000_000, "days": 90})
def large_withdrawal(ctx: RuleContext) -> list[Finding]:
    """A withdrawal over `minimum_fen` and over `multiple` × the median of the customer's earlier withdrawals (not
    rejected) of the last `days` days. A customer without earlier withdrawals has no habit to compare with."""
    limits = ctx.thresholds("large_withdrawal")
    findings = []
    for w in _new_withdrawals(ctx, Withdrawal.amount_fen > limits["minimum_fen"]):
        earlier = list(ctx.db.scalars(select(Withdrawal.amount_fen).where(
            Withdrawal.customer_ref == w.customer_ref, Withdrawal.requested_at < w.requested_at,
            Withdrawal.requested_at >= w.requested_at - timedelta(days=limits["days"]),
            Withdrawal.state.in_(NOT_REJECTED))))
        if not earlier:
            continue
        median = statistics.median(earlier)
        if w.amount_fen > limits["multiple"] * median:
            findings.append(Finding(f"withdrawal:{w.number}", {
                "number": w.number, "customer": w.customer_ref, "amount": yuan(w.amount_fen),
                "multiple": limits["multiple"], "median": yuan(int(median)), "days": limits["days"]},
                {"withdrawal": _withdrawal(w), "median_fen": int(median), "earlier_count": len(earlier)}))
    return findings


@rule("new_card_withdrawals", area="funds", severity="warning", title=_("Many withdrawals to new bank cards"),
      sentence=_("Customer {customer} asked for {count} withdrawals to new bank cards in {hours} hours."),
      defaults={"count": 3, "hours": 24})
def new_card_withdrawals(ctx: RuleContext) -> list[Finding]:
    """A card is new when the customer's first withdrawal to it was within the window."""
    limits = ctx.thresholds("new_card_withdrawals")
    start = ctx.now - timedelta(hours=limits["hours"])
    findings = []
    for customer in sorted({w.customer_ref for w in _new_withdrawals(ctx)}):
        recent = list(ctx.db.scalars(select(Withdrawal).where(
            Withdrawal.customer_ref == customer, Withdrawal.requested_at > start,
            Withdrawal.requested_at <= ctx.now).order_by(Withdrawal.requested_at)))
        cards = {w.bank_card_index for w in recent}
        known = set(ctx.db.scalars(select(Withdrawal.bank_card_index).distinct().where(
            Withdrawal.customer_ref == customer, Withdrawal.requested_at <= start,
            Withdrawal.bank_card_index.in_(cards))))
        to_new = [w for w in recent if w.bank_card_index not in known]
        if len(to_new) >= limits["count"]:
            findings.append(Finding(f"customer:{customer}", {"customer": customer, "count": len(to_new),
                                                             "hours": limits["hours"]},
                                    {"withdrawals": [_withdrawal(w) for w in to_new[-EVIDENCE_LIMIT:]],
                                     "cards": len({w.bank_card_index for w in to_new})}))
    return findings


@rule("withdrawal_waiting", area="funds", severity="warning", title=_("Withdrawal waiting too long"),
      sentence=_("Withdrawal {number} of customer {customer} for {amount} yuan has waited for a decision for over "
                 "{hours} hours."),
      defaults={"hours": 2}, clears=True)
def withdrawal_waiting(ctx: RuleContext) -> list[Finding]:
    limits = ctx.thresholds("withdrawal_waiting")
    cutoff = ctx.now - timedelta(hours=limits["hours"])
    rows = ctx.db.scalars(select(Withdrawal).where(Withdrawal.state.in_([s.value for s in OPEN_STATES]),
                                                   Withdrawal.requested_at < cutoff)
                          .order_by(Withdrawal.requested_at).limit(500))
    return [Finding(f"withdrawal:{w.number}", {"number": w.number, "customer": w.customer_ref,
                                               "amount": yuan(w.amount_fen), "hours": limits["hours"]},
                    {"withdrawal": _withdrawal(w)}) for w in rows]


@rule("loans_turning_overdue", area="loans", severity="info", title=_("Loans turning overdue"),
      sentence=_("{count} installments of {loans} loans turned overdue on {day}."))
def loans_turning_overdue(ctx: RuleContext) -> list[Finding]:
    """One alert per business day the overdue detection ran since the last evaluation: the installments due the
    day before that are overdue, with their loans' numbers."""
    from server.loans.models import Installment, LoanApplication

    days = set(ctx.db.scalars(select(AuditRecord.object_id).where(
        AuditRecord.action == "loan.overdue_detected", AuditRecord.at > ctx.since, AuditRecord.at <= ctx.now)))
    findings = []
    for text in sorted(days):
        try:
            day = datetime.strptime(text, "%Y-%m-%d").date()
        except ValueError:
            continue
        rows = ctx.db.execute(select(LoanApplication.number, Installment.number, Installment.principal_fen
                                     + Installment.interest_fen - Installment.paid_fen)
                              .join(LoanApplication, LoanApplication.id == Installment.application_id)
                              .where(Installment.due_date == day - timedelta(days=1),
                                     Installment.state == "overdue")).all()
        if rows:
            loans = sorted({loan for loan, _n, _owed in rows})
            findings.append(Finding(f"day:{day.isoformat()}", {"count": len(rows), "loans": len(loans),
                                                               "day": day.isoformat()},
                                    {"loans": loans[:EVIDENCE_LIMIT],
                                     "owed_fen": int(sum(owed for _l, _n, owed in rows))}))
    return findings


@rule("recon_day_open", area="reconciliation", severity="warning", title=_("Reconciliation day still open"),
      sentence=_("The reconciliation of {day} is still open after {hour}:00 the next morning."),
      defaults={"hour": 10}, clears=True)
def recon_day_open(ctx: RuleContext) -> list[Finding]:
    """Reconciliation days before today still open, once today's `hour` (Shanghai) has come: a day's statement
    imported and not closed. Days are few (one a day): the last week's are looked at."""
    from server.reconciliation.models import ReconDay

    hour = ctx.thresholds("recon_day_open")["hour"]
    today = clock.business_day(ctx.now)
    latest = today - timedelta(days=1)
    if ctx.now < datetime.combine(today, time(min(int(hour), 23)), clock.SHANGHAI):
        latest -= timedelta(days=1)  # yesterday still has until this morning's hour
    rows = ctx.db.scalars(select(ReconDay).where(ReconDay.day <= latest, ReconDay.day > latest - timedelta(days=7),
                                                 ReconDay.closed_at.is_(None)).order_by(ReconDay.day))
    return [Finding(f"day:{d.day.isoformat()}", {"day": d.day.isoformat(), "hour": hour},
                    {"day": d.day.isoformat(), "run_at": d.run_at.isoformat() if d.run_at else None,
                     "run_by": d.run_by}) for d in rows]


@rule("trial_balance", area="funds", severity="critical", title=_("Trial balance not zero"),
      sentence=_("The trial balance is off by {difference} yuan: the debits are not equal to the credits."),
      clears=True)
def trial_balance(ctx: RuleContext) -> list[Finding]:
    """The posted totals over the accounts (one row per account, kept by the ledger with every transfer): the
    transfers are never summed."""
    from server.ledger.models import LedgerAccount

    debits, credits = ctx.db.execute(select(func.coalesce(func.sum(LedgerAccount.debits_posted), 0),
                                            func.coalesce(func.sum(LedgerAccount.credits_posted), 0))).one()
    difference = int(credits) - int(debits)
    if difference == 0:
        return []
    return [Finding("platform", {"difference": yuan(difference)},
                    {"debits_posted_fen": int(debits), "credits_posted_fen": int(credits),
                     "difference_fen": difference})]


@rule("audit_chain_broken", area="security", severity="critical", title=_("Audit chain broken"),
      sentence=_("The audit log's hash chain is broken at record {seq}: records were edited or removed."),
      clears=False)
def audit_chain_broken(ctx: RuleContext) -> list[Finding]:
    """From the last verified position (the verify-audit command's, kept beside the checkpoints file) to the end:
    only the records written since are read."""
    from server.audit import checkpoints

    settings = getattr(ctx.platform, "settings", None)
    path = getattr(settings, "audit_checkpoints_file", None)
    if path is None:
        return []
    check = checkpoints.verify(ctx.db, path)
    if check.ok:
        return []
    seq = check.first_broken_seq or check.head_seq
    return [Finding(f"seq:{seq}", {"seq": seq}, {"first_broken_seq": check.first_broken_seq,
                                                 "first_broken_id": check.first_broken_id, "reason": check.reason,
                                                 "checked": check.checked})]
