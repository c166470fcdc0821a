"""What the customer view reads: the summary and detail of a customer, their money movements, investments with the
expected return, loans with schedules and what is overdue, withdrawals with decisions; and the audited reveal.

Personal data: names are shown in full to holders of `pii.view` and masked (王*明) otherwise; ID or licence numbers,
phones, e-mails and card numbers are always masked here. Their full values come only from `reveal`, which is
audited with its reason (as the loans area's borrower reveal).
"""

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server import clock
from server.access import Principal
from server.audit.service import Auditor
from server.customers.models import Customer
from server.errors import NotFound
from server.messages import _
from server.security.masking import mask_bank_card, mask_id_number, mask_name, mask_phone

PII = "pii.view"


def mask_email(value: str | None) -> str | None:
    """zhang.wei@example.cn -> z***@example.cn"""
    if not value:
        return value
    local, _, domain = value.partition("@")
    return (local[:1] + "***@" + domain) if domain else "***"


def can_see_pii(principal: Principal) -> bool:
    return PII in principal.permissions


def get_customer(db: Session, customer_id: int) -> Customer:
    customer = db.get(Customer, customer_id)
    if customer is None:
        raise NotFound(_("No such customer."), code="customer_not_found")
    return customer


def blacklist_hits(db: Session, customer: Customer) -> list[dict]:
    """The active blacklist entries this customer matches (the blacklist area's one function)."""
    from server.loans.blacklist import hits_for

    return hits_for(db, customer)


def blacklisted(db: Session, customers: list[Customer]) -> set[int]:
    """The ids of these customers who match an active blacklist entry, in one query for a whole result page (the
    same keys as the blacklist's `hits_for`: ID number, phone, cards, name, number)."""
    from server.loans.blacklist import _candidates
    from server.loans.models import BlacklistEntry

    keys = {customer.id: _candidates(customer) for customer in customers}
    hashes = {value for pairs in keys.values() for _, value in pairs}
    if not hashes:
        return set()
    active = set(db.execute(select(BlacklistEntry.kind, BlacklistEntry.value_index).where(
        BlacklistEntry.removed_at.is_(None), BlacklistEntry.value_index.in_(hashes))).all())
    return {customer_id for customer_id, pairs in keys.items() if any(tuple(p) in active for p in pairs)}


def summary(db: Session, customer: Customer, pii: bool, hits: list | None = None) -> dict:
    if hits is None:
        hits = blacklist_hits(db, customer)
    return summary_of(customer, pii, bool(hits))


def summary_of(customer: Customer, pii: bool, on_blacklist: bool) -> dict:
    return {"id": customer.id, "number": customer.number, "side": customer.side, "kind": customer.kind,
            "name": customer.name if pii else mask_name(customer.name),
            "phone": mask_phone(customer.phone), "id_number": mask_id_number(customer.id_number),
            "verified": customer.verified, "login_locked": customer.login_locked, "blacklisted": on_blacklist}


def _customer_accounts(db: Session, number: str) -> dict[int, str]:
    """Ledger account id -> side (available | frozen) of the customer's accounts."""
    from server.ledger.models import LedgerAccount

    rows = db.execute(select(LedgerAccount.id, LedgerAccount.code).where(LedgerAccount.customer_ref == number)).all()
    return {account_id: code.rsplit(":", 1)[-1] for account_id, code in rows}


def _balances(db: Session, number: str) -> dict:
    from server.ledger import queries as ledger_queries

    try:
        found = ledger_queries.customer_balances(db, number)
    except NotFound:
        return {"available_fen": 0, "frozen_fen": 0}
    return {"available_fen": int(found["available_fen"]), "frozen_fen": int(found["frozen_fen"])}


def _moved(account_ids):
    """Posted money movements touching these accounts (not reservations, which post or void later)."""
    from server.ledger.models import LedgerTransfer

    ids = list(account_ids)
    return (LedgerTransfer.state == "posted", LedgerTransfer.pending.is_(False),
            or_(LedgerTransfer.debit_account_id.in_(ids), LedgerTransfer.credit_account_id.in_(ids)))


def _counts(db: Session, customer: Customer, accounts: dict[int, str]) -> dict:
    from server.ledger.models import LedgerTransfer
    from server.loans.models import Investment, LoanApplication
    from server.withdrawals.models import Withdrawal

    def count(stmt) -> int:
        return int(db.scalar(stmt) or 0)

    counts = {
        "transfers": count(select(func.count()).select_from(LedgerTransfer).where(*_moved(accounts))) if accounts
        else 0,
        "investments": count(select(func.count()).select_from(Investment)
                             .where(Investment.investor_ref == customer.number)),
        "loans": count(select(func.count()).select_from(LoanApplication)
                       .where(LoanApplication.borrower_id == customer.id)),
        "withdrawals": count(select(func.count()).select_from(Withdrawal)
                             .where(Withdrawal.customer_ref == customer.number)),
        "notes": 0,
    }
    try:
        from server.customers.service_models import CustomerNote
    except ImportError:  # the service notes' table comes with the customer-service work
        return counts
    counts["notes"] = count(select(func.count()).select_from(CustomerNote)
                            .where(CustomerNote.customer_id == customer.id))
    return counts


def security(db: Session, customer: Customer) -> dict:
    from server.staff.accounts import staff_names

    names = staff_names(db, [customer.locked_by])
    return {"login_locked": customer.login_locked, "locked_reason": customer.locked_reason,
            "locked_at": customer.locked_at,
            "locked_by_name": names.get(customer.locked_by, customer.locked_by) if customer.locked_by else None,
            "last_sign_in_at": customer.last_sign_in_at,
            "login_password_set": customer.login_password_hash is not None,
            "withdrawal_password_set": customer.withdrawal_password_hash is not None,
            "withdrawal_failures": customer.withdrawal_failures,
            "withdrawals_locked_until": customer.withdrawals_locked_until}


def customer_detail(db: Session, customer: Customer, principal: Principal) -> dict:
    """Everything the customer view shows first, in a handful of indexed queries."""
    pii = can_see_pii(principal)
    hits = blacklist_hits(db, customer)
    accounts = _customer_accounts(db, customer.number)
    return summary(db, customer, pii, hits) | {
        "email": mask_email(customer.email), "birth_date": customer.birth_date, "employer": customer.employer,
        "monthly_income_fen": customer.monthly_income_fen,
        "legal_representative": (customer.legal_representative if pii else mask_name(customer.legal_representative)),
        "registered_capital_fen": customer.registered_capital_fen, "related_party": customer.related_party,
        "verified_at": customer.verified_at,
        "created_at": customer.created_at, "version": customer.version,
        "cards": [{"id": c.id, "bank": c.bank, "card": mask_bank_card(c.card), "is_default": c.is_default,
                   "added_at": c.added_at} for c in customer.cards],
        "balances": _balances(db, customer.number),
        "security": security(db, customer),
        "blacklist_hits": hits,
        "counts": _counts(db, customer, accounts),
    }


def transfers(db: Session, customer: Customer, limit: int, offset: int) -> dict:
    from server.ledger.models import LedgerTransfer

    accounts = _customer_accounts(db, customer.number)
    if not accounts:
        return {"total": 0, "items": []}
    where = _moved(accounts)
    total = int(db.scalar(select(func.count()).select_from(LedgerTransfer).where(*where)) or 0)
    rows = db.scalars(select(LedgerTransfer).where(*where).order_by(LedgerTransfer.id.desc())
                      .offset(offset).limit(limit)).all()
    items = []
    for t in rows:
        incoming = t.credit_account_id in accounts and t.debit_account_id not in accounts
        side = accounts[t.credit_account_id] if incoming else accounts.get(t.debit_account_id,
                                                                            accounts.get(t.credit_account_id))
        reference = t.reference or ""
        items.append({"id": t.id, "kind": t.kind, "amount_fen": t.amount_fen, "direction": "in" if incoming else "out",
                      "account": side, "at": t.created_at, "reference": reference,
                      "application_number": reference if reference.startswith("LN") else None})
    return {"total": total, "items": items}


def investments(db: Session, customer: Customer) -> list[dict]:
    """The customer's investments, each with the interest its share of the loan's schedule brings
    (expected_interest_fen) and what of that share has come back (received_fen)."""
    from server.loans.models import Installment, Investment, LoanApplication
    from server.loans.schedules import Method, schedule

    rows = db.execute(select(Investment, LoanApplication).join(LoanApplication,
                                                               LoanApplication.id == Investment.application_id)
                      .where(Investment.investor_ref == customer.number)
                      .order_by(Investment.created_at.desc(), Investment.id.desc())).all()
    app_ids = {app.id for _, app in rows}
    plan: dict[int, list] = defaultdict(list)
    if app_ids:
        for row in db.scalars(select(Installment).where(Installment.application_id.in_(app_ids))):
            plan[row.application_id].append(row)
    out = []
    for inv, app in rows:
        installments = plan.get(app.id)
        if installments:
            interest = sum(r.interest_fen for r in installments)
            paid = sum(r.paid_fen or 0 for r in installments)
        else:
            start = clock.business_day(app.disbursed_at) if app.disbursed_at else clock.today()
            interest = sum(r.interest_fen for r in schedule(app.amount_fen, Decimal(app.annual_rate), app.term_months,
                                                             Method(app.method), start))
            paid = 0
        share_of = app.amount_fen or 1
        released = inv.state == "released"
        out.append({"application_id": app.id, "application_number": app.number, "amount_fen": inv.amount_fen,
                    "state": inv.state, "loan_state": app.state, "created_at": inv.created_at,
                    "annual_rate": str(app.annual_rate), "term_months": app.term_months,
                    "expected_interest_fen": 0 if released else interest * inv.amount_fen // share_of,
                    "received_fen": 0 if released else paid * inv.amount_fen // share_of})
    return out


def loans(db: Session, customer: Customer) -> list[dict]:
    from server.loans.after.ageing import outstanding_principal_fen, positions
    from server.loans.models import Installment, LoanApplication

    apps = db.scalars(select(LoanApplication).where(LoanApplication.borrower_id == customer.id)
                      .order_by(LoanApplication.submitted_at.desc(), LoanApplication.id.desc())).all()
    if not apps:
        return []
    ids = [a.id for a in apps]
    plan: dict[int, list] = defaultdict(list)
    for row in db.scalars(select(Installment).where(Installment.application_id.in_(ids))
                          .order_by(Installment.application_id, Installment.number)):
        plan[row.application_id].append(row)
    overdue = positions(db, clock.today(), ids)
    outstanding = outstanding_principal_fen(db, ids)
    out = []
    for app in apps:
        position = overdue.get(app.id)
        out.append({
            "id": app.id, "number": app.number, "state": app.state, "amount_fen": app.amount_fen,
            "term_months": app.term_months, "annual_rate": str(app.annual_rate), "method": app.method,
            "disbursed_at": app.disbursed_at, "outstanding_principal_fen": int(outstanding.get(app.id, 0)),
            "overdue_fen": position.overdue_fen if position else 0,
            "penalty_fen": position.penalty_fen if position else 0,
            "overdue_days": position.overdue_days if position else 0,
            "bucket": position.bucket if position else None,
            "installments": [{"number": r.number, "due_date": r.due_date, "principal_fen": r.principal_fen,
                              "interest_fen": r.interest_fen, "penalty_fen": r.penalty_fen or 0,
                              "paid_fen": r.paid_fen or 0, "paid_at": r.paid_at, "state": r.state}
                             for r in plan.get(app.id, [])]})
    return out


def withdrawals(db: Session, customer: Customer) -> list[dict]:
    from server.staff.accounts import staff_names
    from server.withdrawals.models import Withdrawal

    rows = db.scalars(select(Withdrawal).where(Withdrawal.customer_ref == customer.number)
                      .order_by(Withdrawal.requested_at.desc(), Withdrawal.id.desc())).all()
    names = staff_names(db, [w.decided_by_name for w in rows])
    return [{"id": w.id, "number": w.number, "amount_fen": w.amount_fen, "state": w.state,
             "requested_at": w.requested_at, "decided_at": w.decided_at,
             "decided_by_name": names.get(w.decided_by_name, w.decided_by_name) if w.decided_by_name else None,
             "reason": w.reject_reason, "bank_card": mask_bank_card(w.bank_card)} for w in rows]


def reveal(db: Session, audit: Auditor, customer_id: int, reason: str) -> dict:
    customer = get_customer(db, customer_id)
    audit.record("pii.revealed", "customer", customer.id,
                 after={"number": customer.number, "fields": ["name", "id_number", "phone", "email", "cards"],
                        "purpose": reason})
    return {"name": customer.name, "id_number": customer.id_number, "phone": customer.phone, "email": customer.email,
            "cards": [{"id": c.id, "card": c.card} for c in customer.cards]}
