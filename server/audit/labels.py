"""What an audit record's object and actor are, in words a person reads: "王芳" for user 5, the application's
number, the role's label, the job's name. Codes stay on the wire (object_type, object_id, actor_name); these
display fields sit beside them, resolved in bulk for one page (one query per kind of object on the page, never
one per row)."""

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.audit.models import AuditRecord
from server.auth.models import AuthSession as SignInSession
from server.customers.models import Customer
from server.loans.models import Borrower, LoanDocument
from server.messages import _, render
from server.reconciliation.models import ReconStatement as Statement
from server.security.masking import mask_name
from server.staff.models import Role, User
from server.withdrawals.models import WithdrawalStaffLink as StaffLink


# Monitoring settings by their keys (server/monitoring: the recipients, the escalation time, each channel).
SETTING_WORDS = {
    "recipients": _("recipients of alerts"),
    "escalation": _("escalation time"),
    "channel.email": _("e-mail channel"),
    "channel.sms": _("SMS channel"),
    "channel.wecom": _("WeChat Work channel"),
}


def _slot(key: str) -> str:
    """A daily slot's business day (2026-12-03); a periodic slot's start is the record's own time, so it is left
    out (it stays in object_id)."""
    try:
        moment = datetime.fromisoformat(key.replace("Z", "+00:00"))
    except ValueError:
        return key
    return "" if moment.tzinfo is not None else key


def _ints(values) -> set[int]:
    return {int(v) for v in values if str(v).isdigit()}


def labels(db: Session, records: list[AuditRecord], language: str) -> tuple[dict[int, str], dict[int, str]]:
    """(object label by record id, actor label by record id) for one page; a record without a better name
    than its id is absent from the first map."""
    ids: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        ids[rec.object_type].add(rec.object_id)
    zh = language.startswith("zh")
    from server.monitoring.evaluation import load_rules  # here: the rules read the audit log themselves
    from server.scheduler.jobs import JOBS  # here: the jobs' module writes audit records itself
    jobs = {job.name: job for job in JOBS}
    rules = load_rules() if ids["monitoring_rule"] else {}

    users = _ints(ids["user"]) | {r.actor_id for r in records if r.actor_id is not None}
    sessions: dict[int, int] = {}
    if ids["session"]:
        sessions = dict(db.execute(select(SignInSession.id, SignInSession.user_id)
                                   .where(SignInSession.id.in_(_ints(ids["session"])))).all())
        users |= set(sessions.values())
    links: dict[int, tuple[int, str]] = {}
    if ids["withdrawal_staff_link"]:
        links = {row.id: (row.user_id, row.customer_ref) for row in db.execute(
            select(StaffLink.id, StaffLink.user_id, StaffLink.customer_ref)
            .where(StaffLink.id.in_(_ints(ids["withdrawal_staff_link"]))))}
        users |= {user_id for user_id, _ in links.values()}
    names = dict(db.execute(select(User.id, User.display_name).where(User.id.in_(users))).all()) if users else {}

    roles = {}
    if ids["role"]:
        roles = {row.id: (row.label_zh if zh else row.label_en) for row in db.execute(
            select(Role.id, Role.label_zh, Role.label_en).where(Role.id.in_(_ints(ids["role"]))))}
    borrowers = {}
    if ids["borrower"]:
        borrowers = {row.number: f"{mask_name(row.name)} {row.number}" for row in db.execute(
            select(Borrower.number, Borrower.name).where(Borrower.number.in_(ids["borrower"])))}
    customers = {}
    if ids["customer"]:
        customers = {row.id: f"{mask_name(row.name)} {row.number}".strip() for row in db.execute(
            select(Customer.id, Customer.number, Customer.name).where(Customer.id.in_(_ints(ids["customer"]))))}
    documents = {}
    if ids["loan_document"]:
        documents = dict(db.execute(select(LoanDocument.id, LoanDocument.filename)
                                    .where(LoanDocument.id.in_(_ints(ids["loan_document"])))).all())
    statements = {}
    if ids["recon_statement"]:
        statements = dict(db.execute(select(Statement.id, Statement.filename)
                                     .where(Statement.id.in_(_ints(ids["recon_statement"])))).all())

    def object_label(rec: AuditRecord) -> str | None:
        kind, key = rec.object_type, rec.object_id
        number = int(key) if key.isdigit() else None
        if kind == "user":
            return names.get(number) if number is not None else key  # a sign-in under an unknown user name
        if kind == "session":
            return names.get(sessions.get(number))
        if kind == "withdrawal_staff_link" and number in links:
            user_id, customer = links[number]
            return f"{names.get(user_id, user_id)} · {customer}"
        if kind == "role":
            return roles.get(number)
        if kind == "borrower":
            return borrowers.get(key)
        if kind == "customer":
            return customers.get(number)
        if kind == "loan_document":
            return documents.get(number)
        if kind == "recon_statement":
            return statements.get(number)
        if kind == "scheduler_job":
            name, _, slot = key.partition(":")
            job = jobs.get(name)
            return f"{job.label_zh if zh else job.label_en} {_slot(slot)}".strip() if job else None
        if kind == "monitoring_setting" and key in SETTING_WORDS:
            return render(SETTING_WORDS[key], language)
        if kind == "monitoring_rule" and key in rules:
            return render(rules[key].title, language)
        return None

    objects, actors = {}, {}
    for rec in records:
        label = object_label(rec)
        if label:
            objects[rec.id] = label
        if rec.actor_id is not None and rec.actor_id in names:
            actors[rec.id] = names[rec.actor_id]
    return objects, actors
