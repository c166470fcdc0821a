"""Revision 0029 makes the unique pending_id and reverses_id of ledger_transfers partial indexes. Upgraded the way the
platform upgrades (its own engine, foreign keys enforced on SQLite), a ledger keeps every row and id, the rows
pointing at transfers (a reservation's resolution, a reversal, a reconciliation item) still point at them, a
reservation still resolves once and a transfer is reversed once, and the connections still enforce foreign keys;
going back restores the table constraints."""

from datetime import date, datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command

from server.db import migrate
from server.db.engine import make_engine
from tests.support.raw_rows import two_customer_accounts

BEFORE = "0028"  # the revision before 0029, which narrows the links
AT = datetime(2026, 12, 3, 2, 30, tzinfo=timezone.utc)


def _transfer(id_, **values) -> dict:
    return dict(dict(id=id_, transfer_id=f"t-{id_}", debit_account_id=101, credit_account_id=102, amount_fen=100,
                     kind="recharge", state="posted", pending=False, pending_id=None, reverses_id=None,
                     reference=None, created_at=AT, metadata={}), **values)


def _rows(engine) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(sa.text(
            "SELECT id, transfer_id, debit_account_id, credit_account_id, amount_fen, kind, state, pending, "
            "pending_id, reverses_id, reference, metadata FROM ledger_transfers ORDER BY id"))]


def _insert(engine, **values) -> None:
    table = sa.Table("ledger_transfers", sa.MetaData(), autoload_with=engine)
    with engine.begin() as connection:
        connection.execute(table.insert(), [_transfer(**values)])


def _enforces_foreign_keys(engine) -> bool:
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_ledger_keeps_its_rows_and_links_and_each_link_stays_unique(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = make_engine(empty_database_url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=["ledger_accounts", "ledger_transfers", "recon_days", "recon_items"])
        t = meta.tables
        with engine.begin() as connection:
            two_customer_accounts(connection, t["ledger_accounts"])
            connection.execute(t["ledger_transfers"].insert(), [
                _transfer(1), _transfer(2, kind="invest", state="posted", pending=True, reference="LN1"),
                _transfer(3, kind="invest", pending_id=2, reference="LN1"), _transfer(4, metadata={"n": 4}),
                _transfer(5, kind="reversal", debit_account_id=102, credit_account_id=101, reverses_id=4),
                *[_transfer(n) for n in range(6, 40)]])
            connection.execute(t["recon_days"].insert(), [dict(id=1, day=date(2026, 12, 3), version=1)])
            connection.execute(t["recon_items"].insert(), [dict(
                id=1, day_id=1, side="ledger", statement_id=None, entry_id=5, carried_from_id=None, line_no=None,
                serial="t-5", reference=None, account="C1", direction="out", amount_fen=100, at=AT, summary=None,
                category=None, state="open", match_pass=None, group_id=None, counterpart_id=None, proposal_id=None,
                note=None)])
        before = _rows(engine)

        migrate.upgrade(engine)  # as the platform does at start: to the head, through this revision
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _rows(engine) == before
        assert _enforces_foreign_keys(engine)
        indexes = {i["name"]: i for i in sa.inspect(engine).get_indexes("ledger_transfers")}
        assert indexes["uq_ledger_transfers_pending_id"]["unique"] and indexes["uq_ledger_transfers_reverses_id"]["unique"]
        assert {"ix_ledger_transfers_created_at", "ix_ledger_transfers_credit_account_id_id",
                "ix_ledger_transfers_debit_account_id_id", "ix_ledger_transfers_reference_kind"} <= set(indexes)
        _insert(engine, id_=40)  # more rows setting neither link
        with pytest.raises(sa.exc.IntegrityError):
            _insert(engine, id_=41, kind="invest", pending_id=2)  # the reservation resolved again
        with pytest.raises(sa.exc.IntegrityError):
            _insert(engine, id_=41, kind="reversal", debit_account_id=102, credit_account_id=101, reverses_id=4)
        if engine.dialect.name == "sqlite":
            with pytest.raises(sa.exc.IntegrityError):
                _insert(engine, id_=41, pending_id=999)  # a link to no transfer
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

        command.downgrade(migrate.alembic_config(empty_database_url), BEFORE)
        after = _rows(engine)
        assert after[:-1] == before and after[-1][0] == 40
        with pytest.raises(sa.exc.IntegrityError):
            _insert(engine, id_=41, kind="invest", pending_id=2)
        command.upgrade(migrate.alembic_config(empty_database_url), "head")
        assert _rows(engine)[:len(before)] == before
    finally:
        engine.dispose()
