"""The demo's alerts: an open critical one (someone guessing passwords from one address), an acknowledged warning
(an employee who forgot her password) and a resolved one (a large withdrawal checked with the customer).

The first two come from the rules themselves, run on failed sign-ins planted in the audit log as the sign-in path
writes them; the resolved one is planted with what the large-withdrawal rule would have found. Their messages go to
the demo outbox like any alert's: the demo names recipients (critical alerts of every area to the administrator
and the finance manager, security warnings to the administrator too, by e-mail) when none are set. The rules'
callbacks are not run here: the demo's withdrawals stay open."""

from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.audit.service import Auditor
from server.config import Settings
from server.monitoring.evaluation import LAST, _fold, _remember, load_rules
from server.monitoring.models import ACKNOWLEDGED, AREAS, RESOLVED, Alert
from server.monitoring.rule_registry import RuleContext

GUESSER = "203.0.113.77"  # a documentation address (RFC 5737)
GUESSES = ("root", "test", "caiwu", "manager", "zhangwei", "administrator", "guest", "kefu")  # no such staff


def _staff_id(db: Session, username: str) -> int | None:
    from server.staff.models import User

    return db.scalar(select(User.id).where(User.username == username))


# Who the demo's alerts go to: (user name, severities, areas), by e-mail to the staff member's address.
DEMO_RECIPIENTS = (("admin", ("critical",), AREAS), ("finlead", ("critical",), AREAS),
                   ("admin", ("warning",), ("security",)))


def seed_recipients(db: Session, settings: Settings) -> int:
    """Names the demo's alert recipients, when none are set and the e-mail goes to the demo outbox (never to a real
    gateway: a training copy with real mail keeps its own recipients); answers how many it named."""
    from server.monitoring import delivery
    from server.staff.models import User

    if "email" not in settings.notifications.demo_channels():
        return 0
    present = delivery.recipients_view(db)
    if present["recipients"]:
        return 0
    people = []
    for username, severities, areas in DEMO_RECIPIENTS:
        user = db.scalar(select(User).where(User.username == username))
        if user is None or not user.email:
            continue
        people.append(delivery.Recipient(name=user.display_name, email=user.email, severities=list(severities),
                                         areas=list(areas)))
    if not people:
        return 0
    admin = Auditor(db, _staff_id(db, "admin"), "admin", "10.8.1.5", "demo-recipients")
    delivery.set_recipients(db, admin, "admin", people, present["version"])
    admin.seal()
    return len(people)


def seed_alerts(db: Session, settings: Settings) -> int:
    """Plants the demo's three alerts unless alerts exist, told to the demo's recipients; answers how many it
    made."""
    if db.scalar(select(Alert.id).limit(1)) is not None:
        return 0
    seed_recipients(db, settings)
    rules = load_rules()
    now = clock.now()
    # 60 failed sign-ins from one address guessing user names, 6 of the finance clerk's own from the office.
    for n in range(60):
        name = GUESSES[n % len(GUESSES)]
        known = _staff_id(db, name)
        guesser = Auditor(db, known, name, GUESSER, f"demo-guess-{n}")
        guesser.record("auth.sign_in_failed", "user", known or name,
                       after={"reason": "invalid_credentials" if known else "unknown_user"})
        guesser.seal()
    clerk_id = _staff_id(db, "finance")
    for n in range(6):
        clerk = Auditor(db, clerk_id, "finance", "10.8.3.21", f"demo-forgot-{n}")
        clerk.record("auth.sign_in_failed", "user", clerk_id or "finance",
                     after={"reason": "invalid_credentials", "failures": n + 1})
        clerk.seal()
    at = clock.now()
    audit = Auditor(db, None, "system", "monitoring", "demo-alerts")
    ctx = RuleContext(db, at, now - timedelta(minutes=1), SimpleNamespace(settings=settings), {})
    counts = {"opened": 0, "folded": 0}
    made = {}
    for name in ("failed_sign_ins_address", "failed_sign_ins_account"):
        for finding in rules[name].check(ctx):
            made[(name, finding.fold_key)] = _fold(db, audit, rules[name], finding, at, counts)

    forgot = made.get(("failed_sign_ins_account", "account:finance"))
    if forgot is not None:
        forgot.state, forgot.acknowledged_by, forgot.acknowledged_at = ACKNOWLEDGED, "admin", at + timedelta(minutes=2)
        forgot.acknowledged_note = "已电话联系本人：忘记了改过的密码，正在走找回流程。"
        forgot.version += 1
        admin = Auditor(db, _staff_id(db, "admin"), "admin", "10.8.1.5", "demo-acknowledge")
        admin.record("alert.acknowledged", "alert", forgot.id, before={"state": "open"},
                     after={"state": ACKNOWLEDGED, "rule": forgot.rule, "note": forgot.acknowledged_note})
        admin.seal()

    seen = now - timedelta(days=1, hours=3)
    number, customer = f"WD{clock.business_day(seen):%Y%m%d}000017", "IV0023"  # yesterday's, paid since
    large = Alert(rule="large_withdrawal", fold_key=f"withdrawal:{number}", severity="warning", area="funds",
                  params={"number": number, "customer": customer, "amount": "80,000.00", "multiple": 5,
                          "median": "6,000.00", "days": 90},
                  evidence={"withdrawal": {"number": number, "customer_ref": customer,
                                           "amount_fen": 8_000_000, "state": "paid",
                                           "requested_at": seen.isoformat()},
                            "median_fen": 600_000, "earlier_count": 7},
                  state=RESOLVED, count=1, first_seen_at=seen, last_seen_at=seen,
                  acknowledged_by="finlead", acknowledged_at=seen + timedelta(minutes=12),
                  acknowledged_note="正在联系客户核实。",
                  resolved_by="finlead", resolved_at=seen + timedelta(minutes=40),
                  resolved_note="客户购房付首付，已电话核实本人并留存购房合同。", version=3)
    db.add(large)
    db.flush()
    audit.record("alert.opened", "alert", large.id, after={"rule": large.rule, "fold_key": large.fold_key,
                                                           "severity": large.severity, "area": large.area,
                                                           "params": large.params})
    lead = Auditor(db, _staff_id(db, "finlead"), "finlead", "10.8.3.30", "demo-resolve")
    lead.record("alert.acknowledged", "alert", large.id, before={"state": "open"},
                after={"state": ACKNOWLEDGED, "rule": large.rule, "note": large.acknowledged_note})
    lead.record("alert.resolved", "alert", large.id, before={"state": ACKNOWLEDGED},
                after={"state": RESOLVED, "rule": large.rule, "note": large.resolved_note})
    _remember(db, LAST, {"at": at.isoformat()}, at)
    audit.seal()
    lead.seal()
    return counts["opened"] + 1
