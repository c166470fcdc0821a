"""The demo platform's data, in the one order every part needs: `python -m server seed-demo`, the embedded
default and the tests that want "the demo" all plant it through `seed_demo_book`."""

from pathlib import Path

from sqlalchemy.orm import Session

from server.config import Settings


def seed_demo_book(db: Session, settings: Settings, loans: int, documents_dir: Path | None = None) -> dict:
    """Borrowers and their applications, investors, the ledger's movements, withdrawals, reconciliation days, the
    blacklist, the after-loan book, customer service's situations and a few alerts. Plants nothing when
    applications exist."""
    from server.customers.service_demo import seed_customer_service
    from server.ledger.demo import seed_ledger
    from server.loans.after.demo import seed_after_loan
    from server.loans.blacklist_demo import seed_blacklist
    from server.loans.demo import seed_loans
    from server.loans.demo_documents import attach_demo_documents
    from server.monitoring.demo import seed_alerts
    from server.reconciliation.demo import seed_reconciliation
    from server.withdrawals.demo import seed_withdrawals

    made = seed_loans(db, loans)
    if not made:
        return {}
    attached = attach_demo_documents(db, documents_dir) if documents_dir is not None else 0
    moved = seed_ledger(db)
    seed_withdrawals(db)
    seed_reconciliation(db)
    seed_blacklist(db, settings.loan_policy.risk)
    seed_after_loan(db)
    seed_customer_service(db)
    seed_alerts(db, settings)
    from server.db.sequences import advance_id_sequences

    advance_id_sequences(db)  # the seeds give their rows ids: PostgreSQL's next insert must not collide
    return {"applications": made, "documents": attached, "ledger_movements": moved}
