"""Revision 0028 narrows three indexes of recon_items to the rows they are read for: a day's items come through it
as they were, a ledger transfer still appears once per day while any number of bank lines (no entry id) may, and
going back restores the table constraint."""

from datetime import date, datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command

from server.db import migrate
from tests.support.raw_rows import two_customer_accounts

BEFORE, AFTER = "0027", "0028"
AT = datetime(2026, 12, 3, 2, 30, tzinfo=timezone.utc)


def _item(**values) -> dict:
    return dict(dict(day_id=1, side="bank", statement_id=None, entry_id=None, carried_from_id=None, line_no=None,
                     serial=None, reference=None, account="C1", direction="in", amount_fen=100, at=AT, summary=None,
                     category=None, state="open", match_pass=None, group_id=None, counterpart_id=None,
                     proposal_id=None, note=None), **values)


def _rows(engine) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(sa.text(
            "SELECT id, side, entry_id, serial, state, group_id, counterpart_id FROM recon_items ORDER BY id"))]


def _insert(engine, **values) -> None:
    table = sa.Table("recon_items", sa.MetaData(), autoload_with=engine)
    with engine.begin() as connection:
        connection.execute(table.insert(), [_item(**values)])


def test_items_survive_and_a_transfer_still_appears_once_a_day(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=["ledger_accounts", "ledger_transfers", "recon_days", "recon_statements",
                                   "recon_items"])
        t = meta.tables
        with engine.begin() as connection:
            two_customer_accounts(connection, t["ledger_accounts"])
            connection.execute(t["ledger_transfers"].insert(), [
                dict(id=7, transfer_id="t-7", debit_account_id=101, credit_account_id=102, amount_fen=100,
                     kind="recharge", state="posted", pending=False, reference="CZ7", created_at=AT, metadata={})])
            connection.execute(t["recon_days"].insert(), [dict(id=1, day=date(2026, 12, 3), version=1)])
            connection.execute(t["recon_statements"].insert(), [
                dict(id=1, day_id=1, filename="f.csv", sha256="0" * 64, encoding="utf-8", mapping={}, line_count=2,
                     in_fen=200, out_fen=0, imported_by="clerk", imported_at=AT)])
            connection.execute(t["recon_items"].insert(), [
                _item(id=1, side="ledger", entry_id=7, serial="t-7", reference="CZ7", state="matched", group_id=1,
                      category="matched", match_pass="exact"),
                _item(id=2, statement_id=1, line_no=1, serial="S1", reference="CZ7", state="matched", group_id=1,
                      counterpart_id=1, category="matched", match_pass="exact"),
                _item(id=3, statement_id=1, line_no=2, serial="S2", category="bank_only")])
        before = _rows(engine)

        command.upgrade(config, AFTER)
        assert _rows(engine) == before
        _insert(engine, id=4, statement_id=1, line_no=3, serial="S3")   # another line without an entry id
        with pytest.raises(sa.exc.IntegrityError):
            _insert(engine, id=5, side="ledger", entry_id=7, serial="t-7")
        indexes = {i["name"]: i for i in sa.inspect(engine).get_indexes("recon_items")}
        assert indexes["uq_recon_items_day_id_entry_id"]["unique"]

        command.downgrade(config, BEFORE)
        assert _rows(engine) == [*before, (4, "bank", None, "S3", "open", None, None)]
        with pytest.raises(sa.exc.IntegrityError):
            _insert(engine, id=5, side="ledger", entry_id=7, serial="t-7")
        command.upgrade(config, "head")
    finally:
        engine.dispose()
