"""A recon item names its day, its statement and its ledger transfer, and these must exist: SQLite checks it with
foreign keys, PostgreSQL (revision 0030) with triggers that check a whole statement at once. Either way a statement
naming one missing row is refused whole, a named row cannot be deleted or given another id, and rows no item names
can be."""

from datetime import date, datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command

from server.db import migrate
from tests.support.raw_rows import two_customer_accounts

AT = datetime(2026, 12, 3, 2, 30, tzinfo=timezone.utc)


def _item(**values) -> dict:
    return dict(dict(day_id=1, side="bank", statement_id=1, entry_id=None, carried_from_id=None, line_no=None,
                     serial=None, reference=None, account="C1", direction="in", amount_fen=100, at=AT, summary=None,
                     category=None, state="open", match_pass=None, group_id=None, counterpart_id=None,
                     proposal_id=None, note=None), **values)


def _tables(engine) -> dict:
    meta = sa.MetaData()
    meta.reflect(engine, only=["ledger_accounts", "ledger_transfers", "recon_days", "recon_statements",
                               "recon_items"])
    return meta.tables


def _parents(engine) -> dict:
    """Two days, a statement on each, two transfers; answers the tables."""
    t = _tables(engine)
    with engine.begin() as connection:
        two_customer_accounts(connection, t["ledger_accounts"])
        connection.execute(t["ledger_transfers"].insert(), [
            dict(id=n, transfer_id=f"t-{n}", debit_account_id=101, credit_account_id=102, amount_fen=100,
                 kind="recharge", state="posted", pending=False, reference=f"CZ{n}", created_at=AT, metadata={})
            for n in (7, 8)])
        connection.execute(t["recon_days"].insert(), [dict(id=n, day=date(2026, 12, n), version=1) for n in (1, 2)])
        connection.execute(t["recon_statements"].insert(), [
            dict(id=n, day_id=n, filename="f.csv", sha256=f"{n}" * 64, encoding="utf-8", mapping={}, line_count=1,
                 in_fen=100, out_fen=0, imported_by="clerk", imported_at=AT) for n in (1, 2)])
    return t


def _count(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.text("SELECT count(*) FROM recon_items"))


@pytest.fixture
def engine(empty_database_url):
    command.upgrade(migrate.alembic_config(empty_database_url), "head")
    engine = sa.create_engine(empty_database_url)
    if engine.dialect.name == "sqlite":   # as the platform's connections do (server/db/engine.py)
        sa.event.listen(engine, "connect", lambda connection, _: connection.execute("PRAGMA foreign_keys=ON"))
    yield engine
    engine.dispose()


@pytest.mark.parametrize("missing", [dict(day_id=99), dict(statement_id=99), dict(side="ledger", entry_id=99,
                                                                                  statement_id=None)])
def test_a_statement_naming_one_missing_row_is_refused_whole(engine, missing):
    t = _parents(engine)
    good = [_item(line_no=n, serial=f"S{n}") for n in range(1, 501)]
    with pytest.raises(sa.exc.IntegrityError):
        with engine.begin() as connection:
            connection.execute(t["recon_items"].insert(), good[:250] + [_item(**missing)] + good[250:])
    assert _count(engine) == 0
    with engine.begin() as connection:   # the same rows without the bad one go in
        connection.execute(t["recon_items"].insert(), good + [_item(side="ledger", entry_id=7, statement_id=None)])
    assert _count(engine) == 501


@pytest.mark.parametrize("column", ["day_id", "statement_id", "entry_id"])
def test_an_item_cannot_be_pointed_at_a_missing_row(engine, column):
    t = _parents(engine)
    with engine.begin() as connection:
        connection.execute(t["recon_items"].insert(), [_item(id=1, side="ledger", entry_id=7)])
        connection.execute(t["recon_items"].update().where(t["recon_items"].c.id == 1).values({column: 2 if column
                                                                                                != "entry_id" else 8}))
    with pytest.raises(sa.exc.IntegrityError):
        with engine.begin() as connection:
            connection.execute(t["recon_items"].update().where(t["recon_items"].c.id == 1).values({column: 99}))
    with engine.connect() as connection:
        assert connection.scalar(sa.select(t["recon_items"].c[column])) in (2, 8)


@pytest.mark.parametrize("parent, named", [("recon_days", 1), ("recon_statements", 1), ("ledger_transfers", 7)])
def test_a_named_row_is_neither_deleted_nor_renumbered_and_an_unnamed_one_may_be(engine, parent, named):
    t = _parents(engine)
    with engine.begin() as connection:
        connection.execute(t["recon_items"].insert(), [_item(side="ledger", entry_id=7)])
    table = t[parent]
    for change in (table.delete().where(table.c.id == named),
                   table.update().where(table.c.id == named).values(id=named + 1000)):
        with pytest.raises(sa.exc.IntegrityError):
            with engine.begin() as connection:
                connection.execute(change)
    with engine.begin() as connection:
        if parent == "recon_days":   # day 2's statement names it: the statement goes first
            connection.execute(t["recon_statements"].delete().where(t["recon_statements"].c.day_id == 2))
        connection.execute(table.delete().where(table.c.id == named + 1))
    with engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(table).where(table.c.id == named)) == 1
        assert connection.scalar(sa.select(sa.func.count()).select_from(table).where(table.c.id == named + 1)) == 0


def test_going_back_to_0029_restores_the_foreign_keys_on_postgresql(empty_database_url):
    if not empty_database_url.startswith("postgresql"):
        pytest.skip("SQLite keeps its foreign keys in both revisions")
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, "0029")
    engine = sa.create_engine(empty_database_url)
    try:
        t = _parents(engine)
        with engine.begin() as connection:
            connection.execute(t["recon_items"].insert(), [_item(side="ledger", entry_id=7)])
        command.upgrade(config, "0030")
        keys = "SELECT count(*) FROM pg_constraint WHERE conrelid = 'recon_items'::regclass AND contype = 'f'"
        with engine.connect() as connection:
            assert connection.scalar(sa.text(keys)) == 0
        command.downgrade(config, "0029")
        with engine.connect() as connection:
            assert connection.scalar(sa.text(keys)) == 3
            assert connection.scalar(sa.text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%recon_items%'")) == 0
        with pytest.raises(sa.exc.IntegrityError):
            with engine.begin() as connection:
                connection.execute(t["recon_items"].insert(), [_item(day_id=99)])
        command.upgrade(config, "head")
        assert _count(engine) == 1
    finally:
        engine.dispose()
