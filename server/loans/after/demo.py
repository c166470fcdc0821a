"""The demo's after-loan book, relative to the seed's "now" (run after `seed_ledger`): overdue loans in every
bucket with their collectors, contacts and promises (kept, broken, open), one loan compensated, one written off,
one compensation and one write-off waiting for the finance manager, repayments due today and this week (one
received, one partly received), and listings whose windows end over the coming days instead of all at once.

It takes demo loans that are being repaid and have their money in the ledger, and moves their due dates;
what they pay or are paid goes through the ledger's own movements.
"""

from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from server import clock
from server.ledger import day_flows, movements
from server.loans import repayments
from server.loans.after import ageing
from server.loans.after.models import CollectionCase, CollectionContact, LoanProposal
from server.loans.lifecycle import State
from server.loans.models import Borrower, Installment, Investment, LoanApplication, LoanEvent, Repayment
from server.loans.policy import LoanPolicy
from server.loans.schedules import penalty_fen

# (days overdue, collector, what else): the planted overdue book.
OVERDUE = [
    (3, "risk", "promise_open"), (12, "risk", "promise_broken"), (26, "risklead", "promise_kept"),
    (38, "risk", "compensation_pending"), (47, "risk", "called"), (58, "risklead", "promise_broken"),
    (67, "risk", "disputed"), (85, "risklead", "no_answer"), (96, "risklead", "write_off_pending"),
    (130, "risk", "wrong_number"), (52, "risklead", "compensated"), (160, "risklead", "written_off"),
]
NOTES = {"called": "已与借款人通话，称资金周转困难", "no_answer": "多次拨打无人接听", "disputed": "借款人对罚息金额有异议",
         "wrong_number": "预留号码为空号，需核实新号码", "promise_open": "借款人承诺近日还款",
         "promise_broken": "借款人承诺还款，未按时履行", "promise_kept": "借款人承诺还款，已按时还款"}


def _candidates(db: Session, count: int) -> list[LoanApplication]:
    """Loans being repaid whose schedule and disbursement are in the database (and so in the ledger)."""
    with_rows = select(Installment.application_id).distinct()
    paid_out = select(Investment.application_id).where(Investment.state == "posted").distinct()
    return list(db.scalars(select(LoanApplication).where(
        LoanApplication.state == State.REPAYING, LoanApplication.id.in_(with_rows), LoanApplication.id.in_(paid_out))
        .order_by(LoanApplication.id).limit(count)))


def _rows(db: Session, app: LoanApplication) -> list[Installment]:
    return list(db.scalars(select(Installment).where(Installment.application_id == app.id).order_by(Installment.number)))


def _plant(db: Session, app: LoanApplication, first_due) -> list[Installment]:
    """The loan's first installment falls due on `first_due`, the others monthly after; nothing paid yet."""
    rows = _rows(db, app)
    shift = first_due - rows[0].due_date
    for row in rows:
        row.due_date, row.paid_fen, row.paid_at, row.state, row.penalty_fen = row.due_date + shift, 0, None, "due", 0
    db.execute(delete(Repayment).where(Repayment.application_id == app.id))  # the receipts of the old dates go too
    return rows


def _event(db: Session, app, at, actor, action, comment="", from_state=None, to_state=None):
    db.add(LoanEvent(application_id=app.id, at=at, actor_id=None, actor_name=actor,
                     action=action, from_state=from_state or app.state, to_state=to_state or app.state, comment=comment))


def _pay(db: Session, app: LoanApplication, row: Installment, amount_fen: int, at: datetime, tag: str) -> None:
    """The borrower pays `amount_fen` of the installment (interest first) through the ledger."""
    borrower = db.get(Borrower, app.borrower_id)
    interest = min(amount_fen, row.interest_fen)
    principal = min(amount_fen - interest, row.principal_fen)
    if principal + interest:
        from server.ledger.queries import customer_balances

        # In a large demo the borrower may have spent the loan already: they bring the rest to the bank first.
        short = principal + interest - customer_balances(db, borrower.number)["available_fen"]
        if short > 0:
            movements.recharge(db, f"demo-after-{tag}-{app.number}-{row.number}-topup", borrower.number, short,
                               f"DEMO-TOPUP-{app.number}")
        posted = movements.repay(db, f"demo-after-{tag}-{app.number}-{row.number}", app.number, borrower.number,
                                 principal, interest)
        day_flows.redate(db, [t.id for t in posted], at)  # the money moved when the borrower paid, not at seeding
    row.paid_fen, row.paid_at = principal + interest, at
    repayments.record(db, row, at, principal, interest)
    if row.paid_fen >= row.principal_fen + row.interest_fen:
        row.state = "paid"


def seed_after_loan(db: Session, policy: LoanPolicy | None = None) -> dict:
    """Answers what it planted (empty when the book is there already or the demo has no loans to plant)."""
    if db.scalar(select(LoanProposal.id).limit(1)) is not None or db.scalar(select(CollectionContact.id).limit(1)):
        return {}
    policy = policy or LoanPolicy()
    now, today = clock.now(), clock.today()
    loans = _candidates(db, len(OVERDUE) + 5)
    if len(loans) < len(OVERDUE) + 5:
        return {}
    planted = {app.id for app in loans}
    # The rest of the book is up to date: installments of loans being repaid that fell due before today were paid
    # (the demo's loans were made as of an earlier day).
    others = select(LoanApplication.id).where(LoanApplication.state == State.REPAYING,
                                              LoanApplication.id.not_in(planted))
    # Each was paid on its due day (the receipts say so; a row paid without a time could not be placed in a month).
    late = db.execute(select(Installment.id, Installment.due_date).where(
        Installment.application_id.in_(others), Installment.due_date < today, Installment.state != "paid")).all()
    if late:
        table = Installment.__table__
        db.connection().execute(
            update(table).where(table.c.id == bindparam("row_id"))
            .values(state="paid", paid_fen=table.c.principal_fen + table.c.interest_fen, paid_at=bindparam("paid")),
            [{"row_id": row_id, "paid": min(clock.day_start_utc(due), now)} for row_id, due in late])
        repayments.fill_from_installments(db, select(Installment.application_id).where(
            Installment.id.in_([row_id for row_id, _due in late])))

    made = {"overdue": 0, "contacts": 0, "proposals": 0}
    for (days, collector, story), app in zip(OVERDUE, loans):
        rows = _plant(db, app, today - timedelta(days=days))
        if story == "promise_kept":  # two installments overdue; the borrower paid the older one as promised
            rows = _plant(db, app, today - timedelta(days=days + 31))
        for row in rows:
            if row.due_date < today:
                row.state = "overdue"
                row.penalty_fen = penalty_fen(row.principal_fen + row.interest_fen, (today - row.due_date).days,
                                              policy.penalty_daily_rate)
        first_late = min(r.due_date for r in rows if r.due_date < today)
        marked = clock.day_start_utc(first_late + timedelta(days=1)) + timedelta(minutes=5)
        _event(db, app, marked, "system", "mark_overdue", f"#{rows[0].number} due {first_late.isoformat()}",
               State.REPAYING, State.OVERDUE)
        app.state = State.OVERDUE
        assigned = marked + timedelta(days=1, hours=2)
        db.add(CollectionCase(application_id=app.id, collector=collector, assigned_by="risklead", assigned_at=assigned,
                              next_action_date=today + timedelta(days=(days % 5) + 1), version=1))
        _event(db, app, assigned, "risklead", "collector_assigned", {"risk": "李明", "risklead": "张伟"}[collector])
        contacts = []
        if story.startswith("promise"):
            owed = rows[0].principal_fen + rows[0].interest_fen
            if story == "promise_open":
                at, promised = now - timedelta(hours=20), today + timedelta(days=3)
            elif story == "promise_broken":
                at, promised = now - timedelta(days=6), today - timedelta(days=2)
            else:
                at, promised = now - timedelta(days=8), today - timedelta(days=4)
            contacts.append(CollectionContact(application_id=app.id, at=at, by_username=collector, outcome="promised",
                                              note=NOTES[story], promised_date=promised, promised_amount_fen=owed,
                                              next_action_date=promised + timedelta(days=1)))
            if story == "promise_kept":
                _pay(db, app, rows[0], owed, clock.day_start_utc(promised) + timedelta(hours=3), "kept")
                rows[0].penalty_fen = 0  # waived when paid as promised
                rows[0].state = "paid"
        elif story in NOTES:
            contacts.append(CollectionContact(application_id=app.id, at=now - timedelta(days=2), by_username=collector,
                                              outcome=story, note=NOTES[story],
                                              next_action_date=today + timedelta(days=2)))
        else:
            contacts.append(CollectionContact(application_id=app.id, at=now - timedelta(days=3), by_username=collector,
                                              outcome="called", note=NOTES["called"],
                                              next_action_date=today + timedelta(days=1)))
        for contact in contacts:
            db.add(contact)
            _event(db, app, contact.at, contact.by_username, f"collection_{contact.outcome}", contact.note)
            made["contacts"] += 1
        db.flush()
        if story in ("compensation_pending", "compensated", "write_off_pending", "written_off"):
            kind = "compensation" if story.startswith("compensat") else "write_off"
            proposed_at = now - timedelta(days=2 if story.endswith("pending") else 9)
            reason = {"compensation": "逾期超过30天，催收无果，申请风险准备金代偿",
                      "write_off": "借款人失联，诉讼无可执行财产，申请坏账核销"}[kind]
            proposal = LoanProposal(kind=kind, application_id=app.id, amount_fen=ageing.owed_to_investors(db, app.id, today),
                                    reason=reason, proposed_by="risklead", proposed_at=proposed_at, state="pending",
                                    version=1)
            db.add(proposal)
            _event(db, app, proposed_at, "risklead", f"{kind}_proposed", reason)
            made["proposals"] += 1
            if not story.endswith("pending"):
                decided_at = proposed_at + timedelta(days=1)
                if kind == "compensation" and proposal.amount_fen:
                    paid_out = movements.compensate(db, f"demo-after-compensate-{app.number}", app.number,
                                                    proposal.amount_fen)
                    day_flows.redate(db, [t.id for t in paid_out], decided_at)  # when the manager approved it
                target = State.COMPENSATED if kind == "compensation" else State.WRITTEN_OFF
                proposal.state, proposal.decided_by, proposal.decided_at = "approved", "finlead", decided_at
                proposal.version = 2
                _event(db, app, decided_at, "finlead", "compensate" if kind == "compensation" else "write_off", reason,
                       State.OVERDUE, target)
                app.state = target
        app.version += 1
        made["overdue"] += 1

    # Repayments due today and this week: one received, one partly received, three waiting.
    for offset, (days_ahead, paid) in enumerate(((0, "all"), (0, "part"), (0, None), (2, None), (5, None))):
        app = loans[len(OVERDUE) + offset]
        rows = _plant(db, app, today + timedelta(days=days_ahead))
        row = rows[0]
        if paid:
            amount = row.principal_fen + row.interest_fen if paid == "all" else (row.principal_fen + row.interest_fen) // 3
            _pay(db, app, row, amount, now - timedelta(hours=1), "due")
            if paid == "all":
                _event(db, app, now - timedelta(hours=1), "risklead", "repaid", f"#{row.number}")
        app.version += 1

    # Listings open for funding end over the coming days, one after another, not all at the seed's minute.
    listed = db.scalars(select(LoanApplication).where(LoanApplication.state == State.LISTED)
                        .order_by(LoanApplication.id)).all()
    for n, app in enumerate(listed):
        app.listed_at = now - timedelta(hours=6 + (n * 13) % 150)
        app.funding_deadline = app.listed_at + policy.funding_period
    made["listings"] = len(listed)
    db.flush()
    return made
