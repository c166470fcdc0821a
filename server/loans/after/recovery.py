"""Recoveries: what the borrower of a compensated loan pays goes back to the risk reserve, which paid the
investors; the penalty goes to the platform's penalty income as on any repayment."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict
from server.ledger import movements
from server.ledger.service import RISK_RESERVE, TransferInput, customer_account, post_transfers
from server.loans import repayments
from server.loans.lifecycle import State
from server.loans.models import Borrower, Installment, LoanApplication, LoanEvent
from server.messages import _


def recover(db: Session, audit: Auditor, actor: Principal, app: LoanApplication, number: int) -> LoanApplication:
    """The borrower pays installment `number` of a compensated loan in full (what is left of it, with its
    penalty): principal and interest to the risk reserve. The loan stays compensated; its timeline says so."""
    if app.state != State.COMPENSATED:
        raise Conflict(_("Only a compensated loan takes recoveries."), code="invalid_transition")
    row = db.scalar(select(Installment).where(Installment.application_id == app.id, Installment.number == number))
    if row is None or row.state == "paid":
        raise Conflict(_("Installment {number} is not open."), code="installment_not_open", params={"number": number})
    borrower = db.get(Borrower, app.borrower_id)
    paid = row.paid_fen or 0
    interest = max(row.interest_fen - paid, 0)
    principal = max(row.principal_fen - max(paid - row.interest_fen, 0), 0)
    op = f"loan-recover-{app.number}-{number}"
    items = [TransferInput(f"{op}:{tag}", customer_account(borrower.number), RISK_RESERVE, amount, kind, app.number)
             for tag, kind, amount in (("principal", "repay_principal", principal), ("interest", "repay_interest", interest))
             if amount]
    if items:
        post_transfers(db, items)
    if row.penalty_fen:
        movements.penalty(db, f"loan-penalty-{app.number}-{number}", borrower.number, row.penalty_fen, app.number)
    row.paid_fen, row.paid_at, row.state = paid + principal + interest + (row.penalty_fen or 0), utcnow(), "paid"
    repayments.record(db, row, row.paid_at, principal, interest, row.penalty_fen or 0, kind="recovery")
    open_rows = db.scalar(select(func.count()).select_from(Installment).where(
        Installment.application_id == app.id, Installment.state != "paid"))
    if not open_rows:
        app.settled_at = utcnow()
    bump(app)
    db.add(LoanEvent(application_id=app.id, actor_id=actor.user_id, actor_name=actor.username, action="recovered",
                     from_state=app.state, to_state=app.state, comment=f"#{number}", at=utcnow()))
    audit.record("loan.recovered", "loan_application", app.number,
                 after={"installment": number, "to_risk_reserve_fen": principal + interest,
                        "penalty_fen": row.penalty_fen or 0, "all_recovered": not open_rows})
    return app
