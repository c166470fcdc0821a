"""Revision 0025 keeps related parties' periods: a customer marked before it gets one open period from the day the
customer came (the best that is known, nobody named as having marked it), an unmarked one none; the finance
manager's standard role gains customer.related_party; going back removes both."""

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command

from server.db import migrate

BEFORE = "0024"
CAME = datetime(2025, 3, 9, 2, 30, tzinfo=timezone.utc)


def _as_utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def test_marked_customers_get_an_open_period_and_the_finance_manager_the_permission(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=["customers", "roles", "role_permissions"])
        t = meta.tables
        person = dict(side="borrower", kind="person", monthly_income_fen=0, monthly_debt_payments_fen=0, employer="",
                      created_at=CAME, version=1, verified=True, login_locked=False, withdrawal_failures=0)
        with engine.begin() as connection:
            connection.execute(t["customers"].insert(), [
                dict(person, id=1, number="BR00000001", name="王芳", related_party="平台股东的配偶"),
                dict(person, id=2, number="BR00000002", name="李雷", related_party=None),
                dict(person, id=3, number="IV0003", name="韩梅梅", side="investor", related_party="")])
            connection.execute(t["roles"].insert(), [
                dict(id=4, name="finance_manager", label_zh="财务主管", label_en="Finance manager", version=1),
                dict(id=3, name="finance_clerk", label_zh="财务专员", label_en="Finance clerk", version=1)])
        command.upgrade(config, "0025")
        with engine.connect() as connection:
            rows = connection.execute(sa.text(
                "SELECT customer_id, relation, since, until, marked_by, ended_by FROM customer_relations")).all()
            holders = set(connection.execute(sa.text(
                "SELECT role_id FROM role_permissions WHERE permission = 'customer.related_party'")).scalars())
        assert [(c, r, _as_utc(s), u, m, e) for c, r, s, u, m, e in rows] == [
            (1, "平台股东的配偶", CAME, None, None, None)]
        assert holders == {4}
        command.downgrade(config, BEFORE)
        inspector = sa.inspect(engine)
        assert "customer_relations" not in inspector.get_table_names()
        with engine.connect() as connection:
            assert not connection.execute(sa.text(
                "SELECT count(*) FROM role_permissions WHERE permission = 'customer.related_party'")).scalar()
        command.upgrade(config, "head")
    finally:
        engine.dispose()
