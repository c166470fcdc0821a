"""Revision 0011 moves the borrowers into one customers table (same ids and numbers, their card as the default
card, their encrypted values still readable), makes investors known only by reference into customers, points the
loans at customers, grants the standard roles the new permissions, and going back restores the borrowers."""

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command
from sqlalchemy.orm import Session

from server.db import migrate
from server.security import pii

BEFORE = "0010"
NOW = datetime(2026, 11, 24, 1, 15, tzinfo=timezone.utc)


def _fill_at_0010(engine, ring) -> None:
    meta = sa.MetaData()
    meta.reflect(engine, only=["borrowers", "loan_applications", "loan_investments", "ledger_accounts", "roles",
                               "role_permissions"])
    t = meta.tables
    with engine.begin() as connection:
        connection.execute(t["borrowers"].insert(), [
            dict(id=7, number="BR00000007", kind="person", name="王芳",
                 id_number=ring.encrypt("110101199003071234", "borrower.id_number"),
                 id_number_index=ring.blind_index("110101199003071234"),
                 phone=ring.encrypt("13800138000", "borrower.phone"), phone_index=ring.blind_index("13800138000"),
                 bank_card=ring.encrypt("6222020200112233445", "borrower.bank_card"),
                 bank_card_index=ring.blind_index("6222020200112233445"),
                 monthly_income_fen=1_500_000, monthly_debt_payments_fen=0, employer="杭州某公司", created_at=NOW,
                 version=3),
            dict(id=9, number="BR00000009", kind="company", name="成都李伟科技有限公司",
                 id_number=ring.encrypt("91510100MA61234567", "borrower.id_number"),
                 id_number_index=ring.blind_index("91510100MA61234567"), phone=None, phone_index=None, bank_card=None,
                 bank_card_index=None, monthly_income_fen=0,
                 monthly_debt_payments_fen=0, employer="", created_at=NOW, version=1)])
        connection.execute(t["loan_applications"].insert().values(
            id=1, number="LN20261124000001", borrower_id=7, borrower_name="王芳", amount_fen=5_000_000, term_months=12,
            annual_rate="0.1", method="equal_installment", purpose="", guarantee="", state="repaying",
            submitted_at=NOW, overrides=[], needs_second_review=False, funded_fen=5_000_000, version=1))
        connection.execute(t["loan_investments"].insert(), [
            dict(application_id=1, investor_ref="IV0001", amount_fen=3_000_000, state="posted", created_at=NOW),
            dict(application_id=1, investor_ref="IV0002", amount_fen=2_000_000, state="posted", created_at=NOW)])
        zero = dict(may_go_negative=False, debits_posted=0, credits_posted=0, debits_pending=0, credits_pending=0,
                    version=1)
        connection.execute(t["ledger_accounts"].insert(), [
            dict(zero, code="customer:IV0003:available", kind="customer", customer_ref="IV0003", name="IV0003"),
            dict(zero, code="customer:BR00000007:available", kind="customer", customer_ref="BR00000007",
                 name="BR00000007")])
        connection.execute(t["roles"].insert(), [
            dict(id=1, name="senior_risk_officer", label_zh="风控主管", label_en="Senior risk officer", version=1),
            dict(id=2, name="finance_manager", label_zh="财务主管", label_en="Finance manager", version=1),
            dict(id=3, name="my_own_role", label_zh="自定义", label_en="Own", version=1)])
        connection.execute(t["role_permissions"].insert(), [dict(role_id=1, permission="loan.read"),
                                                            dict(role_id=1, permission="customer.service")])


def _permissions(engine) -> dict[int, set]:
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT role_id, permission FROM role_permissions")).all()
    out: dict[int, set] = {}
    for role_id, permission in rows:
        out.setdefault(role_id, set()).add(permission)
    return out


def test_borrowers_and_investors_become_customers_and_come_back(empty_database_url, tmp_path):
    ring = pii.configure(tmp_path / "keys.json")
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        _fill_at_0010(engine, ring)
        command.upgrade(config, "0011")  # the grants of this revision (later ones grant more)
        granted = _permissions(engine)
        assert {"customer.service", "customer.phone_change.approve", "loan.collect", "loan.read"} == granted[1]
        assert {"loan.compensation.approve", "loan.write_off.approve"} == granted[2]
        assert 3 not in granted
        command.upgrade(config, "head")
        from server.customers.models import Customer
        from server.loans.models import LoanApplication

        with Session(engine) as db:
            customers = {c.number: c for c in db.scalars(sa.select(Customer))}
            assert set(customers) == {"BR00000007", "BR00000009", "IV0001", "IV0002", "IV0003"}
            wang = customers["BR00000007"]
            assert (wang.id, wang.side, wang.kind, wang.name, wang.version) == (7, "borrower", "person", "王芳", 3)
            assert (wang.id_number, wang.phone) == ("110101199003071234", "13800138000")
            assert wang.id_number_index == ring.blind_index("110101199003071234")
            assert [(c.card, c.is_default, c.card_index) for c in wang.cards] == [
                ("6222020200112233445", True, ring.blind_index("6222020200112233445"))]
            assert wang.verified and not wang.login_locked
            company = customers["BR00000009"]
            assert (company.id, company.kind, company.id_number, company.cards) == (
                9, "company", "91510100MA61234567", [])
            for ref in ("IV0001", "IV0002", "IV0003"):
                assert customers[ref].side == "investor" and customers[ref].id > 9 and customers[ref].id_number is None
            loan = db.get(LoanApplication, 1)
            assert loan.borrower_id == 7 and db.get(Customer, loan.borrower_id).number == "BR00000007"
            # A new customer gets a fresh id (PostgreSQL's sequence moved past the moved rows).
            db.add(Customer(number="IV0100", side="investor", kind="person", name="赵敏"))
            db.commit()
            assert db.scalar(sa.select(Customer.id).where(Customer.number == "IV0100")) > customers["IV0003"].id
        inspector = sa.inspect(engine)
        assert "borrowers" not in inspector.get_table_names()
        assert [fk["referred_table"] for fk in inspector.get_foreign_keys("loan_applications")] == ["customers"]

        command.downgrade(config, BEFORE)
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT id, number, name, id_number, bank_card FROM borrowers "
                                              "ORDER BY id")).all()
        assert [(r.id, r.number, r.name) for r in rows] == [(7, "BR00000007", "王芳"),
                                                            (9, "BR00000009", "成都李伟科技有限公司")]
        assert ring.decrypt(rows[0].id_number, "borrower.id_number") == "110101199003071234"
        assert ring.decrypt(rows[0].bank_card, "borrower.bank_card") == "6222020200112233445"
        assert rows[1].bank_card is None
        assert [fk["referred_table"] for fk in sa.inspect(engine).get_foreign_keys("loan_applications")] == ["borrowers"]
        assert _permissions(engine) == {1: {"loan.read"}}
        command.upgrade(config, "head")
        with Session(engine) as db:
            assert db.get(Customer, 7).cards[0].card == "6222020200112233445"
    finally:
        engine.dispose()
