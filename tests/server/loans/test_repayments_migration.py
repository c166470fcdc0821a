"""Revision 0022 turns every installment paid or partly paid before it into a dated receipt (loan_repayments): at
its `paid_at`, or at the start of its due day in Shanghai where a bulk update left none; a full payment's receipt is
its principal and interest with the rest as penalty, a partial one went to interest first; one paid after the loan
was compensated is a recovery. Customers gain the related-party mark (empty), and going back removes both."""

from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import command

from server.db import migrate

BEFORE = "0021"
NOW = datetime(2026, 11, 24, 1, 15, tzinfo=timezone.utc)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _fill_at_0021(engine) -> None:
    meta = sa.MetaData()
    meta.reflect(engine, only=["customers", "loan_applications", "loan_installments", "loan_events"])
    t = meta.tables
    loan = dict(borrower_id=7, borrower_name="王芳", amount_fen=1_200_000, term_months=3, annual_rate="0.12",
                method="equal_principal", purpose="", guarantee="", submitted_at=NOW, overrides=[],
                needs_second_review=False, funded_fen=1_200_000, version=1, disbursed_at=_at("2026-08-01 02:00:00"))
    row = dict(principal_fen=400_000, interest_fen=12_000, penalty_fen=0)
    with engine.begin() as connection:
        connection.execute(t["customers"].insert().values(
            id=7, number="BR00000007", side="borrower", kind="person", name="王芳", monthly_income_fen=1_500_000,
            monthly_debt_payments_fen=0, employer="杭州某公司", created_at=NOW, version=1, verified=True,
            login_locked=False, withdrawal_failures=0))
        connection.execute(t["loan_applications"].insert(), [
            dict(loan, id=1, number="LN20260801000001", state="repaying"),
            dict(loan, id=2, number="LN20260801000002", state="compensated")])
        connection.execute(t["loan_events"].insert().values(
            application_id=2, at=_at("2026-10-20 02:00:00"), actor_name="finlead", action="compensate",
            from_state="overdue", to_state="compensated", comment=""))
        connection.execute(t["loan_installments"].insert(), [
            # paid with its penalty, at a time
            dict(row, id=11, application_id=1, number=1, due_date=date(2026, 9, 1), penalty_fen=500,
                 paid_fen=412_500, paid_at=_at("2026-09-03 04:00:00"), state="paid"),
            # marked paid by a bulk update that left no time: the start of its due day in Shanghai
            dict(row, id=12, application_id=1, number=2, due_date=date(2026, 10, 1), paid_fen=412_000, paid_at=None,
                 state="paid"),
            # partly paid: interest first, then principal
            dict(row, id=13, application_id=1, number=3, due_date=date(2026, 11, 1), paid_fen=100_000,
                 paid_at=_at("2026-11-02 08:00:00"), state="overdue"),
            # before the compensation a repayment, after it a recovery; one not paid at all has no receipt
            dict(row, id=21, application_id=2, number=1, due_date=date(2026, 9, 1), paid_fen=412_000,
                 paid_at=_at("2026-09-01 01:00:00"), state="paid"),
            dict(row, id=22, application_id=2, number=2, due_date=date(2026, 10, 1), paid_fen=412_000,
                 paid_at=_at("2026-11-05 01:00:00"), state="paid"),
            dict(row, id=23, application_id=2, number=3, due_date=date(2026, 11, 1), paid_fen=0, paid_at=None,
                 state="due")])


def _as_utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def test_paid_installments_become_dated_receipts_and_customers_gain_the_related_party_mark(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        _fill_at_0021(engine)
        command.upgrade(config, "0022")
        with engine.connect() as connection:
            rows = connection.execute(sa.text(
                "SELECT installment_id, application_id, at, principal_fen, interest_fen, penalty_fen, kind "
                "FROM loan_repayments ORDER BY installment_id")).all()
            related = connection.execute(sa.text("SELECT related_party FROM customers")).scalars().all()
        assert [(i, a, _as_utc(at), int(p), int(n), int(f), k) for i, a, at, p, n, f, k in rows] == [
            (11, 1, _at("2026-09-03 04:00:00"), 400_000, 12_000, 500, "repayment"),
            (12, 1, _at("2026-09-30 16:00:00"), 400_000, 12_000, 0, "repayment"),
            (13, 1, _at("2026-11-02 08:00:00"), 88_000, 12_000, 0, "repayment"),
            (21, 2, _at("2026-09-01 01:00:00"), 400_000, 12_000, 0, "repayment"),
            (22, 2, _at("2026-11-05 01:00:00"), 400_000, 12_000, 0, "recovery")]
        assert related == [None]
        command.downgrade(config, BEFORE)
        inspector = sa.inspect(engine)
        assert "loan_repayments" not in inspector.get_table_names()
        assert "related_party" not in {c["name"] for c in inspector.get_columns("customers")}
        command.upgrade(config, "head")
    finally:
        engine.dispose()
