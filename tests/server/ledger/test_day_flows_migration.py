"""Revision 0021 fills each business day's posted money per kind from the transfers already posted: a day is
Shanghai's (16:30 UTC is the next day there), reservations still pending and voided ones count nowhere, and a
reservation's posting counts on the day it was posted."""

from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import command

from server.db import migrate

BEFORE = "0021"
PREVIOUS = "0020"


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _fill_at_0020(engine) -> None:
    meta = sa.MetaData()
    meta.reflect(engine, only=["ledger_accounts", "ledger_transfers"])
    accounts, transfers = meta.tables["ledger_accounts"], meta.tables["ledger_transfers"]
    zero = dict(debits_posted=0, credits_posted=0, debits_pending=0, credits_pending=0, version=1)
    common = dict(reference=None, metadata={}, pending_id=None, reverses_id=None)
    with engine.begin() as connection:
        clearing = connection.scalar(sa.select(accounts.c.id).where(accounts.c.code == "platform:custodian_clearing"))
        connection.execute(accounts.insert(), [
            dict(zero, id=1002, code="customer:IV0001:available", kind="customer", customer_ref="IV0001", name="可用", may_go_negative=False),
            dict(zero, id=1003, code="customer:IV0001:frozen", kind="customer", customer_ref="IV0001", name="冻结", may_go_negative=False)])
        connection.execute(transfers.insert(), [
            dict(common, id=1, transfer_id="r1", debit_account_id=clearing, credit_account_id=1002, amount_fen=10_000,
                 kind="recharge", state="posted", pending=False, created_at=_at("2026-11-20 01:00:00")),
            dict(common, id=2, transfer_id="r2", debit_account_id=clearing, credit_account_id=1002, amount_fen=2_500,
                 kind="recharge", state="posted", pending=False, created_at=_at("2026-11-20 15:59:59")),
            dict(common, id=3, transfer_id="r3", debit_account_id=clearing, credit_account_id=1002, amount_fen=700,
                 kind="recharge", state="posted", pending=False, created_at=_at("2026-11-20 16:30:00")),
            dict(common, id=4, transfer_id="w1", debit_account_id=1002, credit_account_id=clearing, amount_fen=1_000,
                 kind="withdrawal", state="posted", pending=False, created_at=_at("2026-11-20 02:00:00")),
            dict(common, id=5, transfer_id="i1", debit_account_id=1002, credit_account_id=1003, amount_fen=3_000,
                 kind="invest", state="pending", pending=True, created_at=_at("2026-11-20 03:00:00")),
            dict(common, id=6, transfer_id="i2", debit_account_id=1002, credit_account_id=1003, amount_fen=400,
                 kind="invest", state="posted", pending=True, created_at=_at("2026-11-20 03:00:00")),
            dict(common, id=7, transfer_id="i2:post", debit_account_id=1002, credit_account_id=1003, amount_fen=400,
                 kind="invest", state="posted", pending=False, created_at=_at("2026-11-22 03:00:00"),
                 **{"pending_id": 6}),
            dict(common, id=8, transfer_id="i3", debit_account_id=1002, credit_account_id=1003, amount_fen=50,
                 kind="invest", state="voided", pending=True, created_at=_at("2026-11-20 03:00:00")),
            dict(common, id=9, transfer_id="i3:void", debit_account_id=1002, credit_account_id=1003, amount_fen=50,
                 kind="release", state="voided", pending=False, created_at=_at("2026-11-21 03:00:00"),
                 **{"pending_id": 8})])


def test_the_days_are_filled_from_the_transfers_posted_before(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, PREVIOUS)
    engine = sa.create_engine(empty_database_url)
    try:
        _fill_at_0020(engine)
        command.upgrade(config, BEFORE)
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT day, kind, amount_fen, transfers FROM ledger_day_flows "
                                              "ORDER BY day, kind")).all()
        as_day = (lambda v: v if isinstance(v, date) else date.fromisoformat(str(v)))
        assert [(as_day(d), k, int(a), int(n)) for d, k, a, n in rows] == [
            (date(2026, 11, 20), "recharge", 12_500, 2),
            (date(2026, 11, 20), "withdrawal", 1_000, 1),
            (date(2026, 11, 21), "recharge", 700, 1),
            (date(2026, 11, 22), "invest", 400, 1)]
        command.downgrade(config, PREVIOUS)
        assert "ledger_day_flows" not in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()
