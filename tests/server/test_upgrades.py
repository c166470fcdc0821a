"""Upgrades from every earlier schema: a database is migrated to each revision of the chain, filled there with rows
written for that revision's tables (every table, every column, found by reflecting the schema as it stood; the audit
records a proper chain of that time), migrated to the head, and checked: no row lost, no amount changed, the audit
chain intact. SQLite from every revision; PostgreSQL from the first, a middle and the last one before the head (each
takes a whole chain of migrations, the suite's time is bounded)."""

import decimal
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session

from server.audit.keys import AuditKeyRing
from server.audit.service import GENESIS, record_hash, verify_chain
from server.db import migrate

ROWS = 3
REVISIONS = [script.revision for script in
             ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).walk_revisions()][::-1]
EARLIER = REVISIONS[:-1]
# Tables a later revision folds into another, with the table that keeps their rows.
FOLDED = {"borrowers": "customers"}  # 0011: borrowers became customers


def _value(table: sa.Table, column: sa.Column, n: int):
    """A value of the column's type for the n-th row: distinct per row (unique columns), positive (amounts)."""
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table
        return None if target.name == table.name else n  # the n-th row of the table it refers to
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return n
    if isinstance(kind, sa.Numeric):
        return decimal.Decimal("0.08")
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 1, n, 3, 0)
    if isinstance(kind, sa.Date):
        return date(2026, 1, n)
    if isinstance(kind, sa.JSON):
        return {"n": n}
    if isinstance(kind, sa.LargeBinary):
        return b"v%d" % n
    text = f"{column.name[:8]}{n}"
    return text[:kind.length] if getattr(kind, "length", None) else text


def _audit_chain(rows: list[dict]) -> None:
    """The audit rows as that time sealed them: consecutive, each on its predecessor's plain SHA-256."""
    previous = GENESIS
    for n, row in enumerate(rows, start=1):
        row.update(seq=n, actor_id=n, actor_name=f"staff{n}", action="staff.signed_in", object_type="user",
                   object_id=str(n), before=None, after={"n": n}, client_addr="127.0.0.1", request_id=f"r{n}",
                   at=datetime(2026, 1, n, 3, 0), prev_hash=previous)
        row["hash"] = previous = record_hash(previous, n, row["at"], n, row["actor_name"], row["action"], "user",
                                             str(n), None, {"n": n}, "127.0.0.1", f"r{n}")


def _fill(engine) -> dict[str, dict]:
    """Rows in every table (besides the ones the migrations seeded); answers what each table holds."""
    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.begin() as connection:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            seeded = connection.scalar(sa.select(sa.func.count()).select_from(table))
            rows = [{column.name: _value(table, column, n) for column in table.columns} for n in range(1, ROWS + 1)]
            for n, row in enumerate(rows, start=1):
                if "credit_account_id" in row:  # a transfer moves money between two accounts
                    row["credit_account_id"] = n % ROWS + 1
                if seeded and "id" in row:  # beside the migration's own rows (the platform's ledger accounts)
                    row["id"] = 1000 + n
            if table.name == "audit_records":
                _audit_chain(rows)
            connection.execute(table.insert(), rows)
    return _holdings(engine)


def _holdings(engine) -> dict[str, dict]:
    """Per table: its row count, its primary keys, and the sum of each amount column (…_fen)."""
    meta = sa.MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as connection:
        for table in meta.tables.values():
            if table.name == "alembic_version":
                continue
            keys = list(table.primary_key.columns)
            amounts = [c for c in table.columns if c.name.endswith("_fen") and isinstance(c.type, sa.Integer)]
            out[table.name] = {
                "count": connection.scalar(sa.select(sa.func.count()).select_from(table)),
                "keys": {tuple(r) for r in connection.execute(sa.select(*keys))} if keys else set(),
                "sums": {c.name: int(connection.scalar(sa.select(sa.func.coalesce(sa.func.sum(c), 0))))
                         for c in amounts}}
    return out


def _upgrade_and_check(url: str, revision: str, tmp_path) -> None:
    config = migrate.alembic_config(url)
    command.upgrade(config, revision)
    engine = sa.create_engine(url)
    try:
        before = _fill(engine)
        command.upgrade(config, "head")
        assert migrate.current_revision(engine) == migrate.head_revision()
        after = _holdings(engine)
        for name, held in before.items():
            if name in FOLDED:
                assert after[FOLDED[name]]["count"] >= held["count"], name
                continue
            assert name in after, f"table {name} of revision {revision} is gone"
            assert held["keys"] <= after[name]["keys"], f"rows of {name} lost"
            for column, total in held["sums"].items():
                if column in after[name]["sums"]:
                    assert after[name]["sums"][column] == total, f"{name}.{column} changed"
        ring = AuditKeyRing.load_or_create(tmp_path / f"audit-keys-{revision}.json", engine)
        with Session(engine) as db:
            check = verify_chain(db, ring=ring)
        assert check.ok and check.checked == before["audit_records"]["count"] == ROWS, check
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", EARLIER)
def test_a_sqlite_database_at_each_earlier_revision_upgrades_with_nothing_lost(revision, tmp_path):
    _upgrade_and_check(f"sqlite:///{tmp_path / 'platform.db'}", revision, tmp_path)


@pytest.mark.parametrize("revision", sorted({EARLIER[0], EARLIER[len(EARLIER) // 2], EARLIER[-1]}))
def test_a_postgresql_database_upgrades_with_nothing_lost(revision, pg_cluster_factory, tmp_path):
    cluster = pg_cluster_factory()
    name = f"p2p_upgrade_{revision}"
    cluster.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
    cluster.execute(f"CREATE DATABASE {name} OWNER {name} ENCODING 'UTF8' TEMPLATE template0")
    _upgrade_and_check(f"postgresql+psycopg://{name}:pw-{name}@127.0.0.1:{cluster.port}/{name}", revision, tmp_path)


def test_the_chain_of_revisions_is_one_line():
    scripts = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert len(scripts.get_heads()) == 1 and len(scripts.get_bases()) == 1
    assert REVISIONS[-1] == migrate.head_revision()
