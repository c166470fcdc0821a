"""An export imported into an empty platform gives the same customers, cards, staff and trial balance."""

from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, selectinload

from server.__main__ import main
from server.customers.models import Customer
from server.ledger.models import LedgerAccount
from server.staff.models import User
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS, GOOD_STAFF, filled

BALANCES = {"balances": [["GL0001", "1000.00"], ["GL0101", "500"], ["风险准备金", "200.50"]],
            "custodian": [["2026-12-31", "1700.50"]]}


def _holdings(url: str):
    with Session(create_engine(url)) as db:
        customers = [(c.number, c.side, c.kind, c.name, c.id_number, c.phone, c.email, c.birth_date,
                      c.monthly_income_fen, c.legal_representative, c.registered_capital_fen, c.verified,
                      [(k.bank, k.card, k.is_default) for k in c.cards])
                     for c in db.scalars(select(Customer).options(selectinload(Customer.cards)).order_by(Customer.number))]
        staff = [(u.username, u.display_name, sorted(r.name for r in u.roles), u.phone, u.email)
                 for u in db.scalars(select(User).order_by(User.username))]
        balances = {a.code: (a.balance_fen, a.debits_posted, a.credits_posted) for a in db.scalars(select(LedgerAccount))}
    return customers, staff, balances


def _import(url: list, path: Path) -> None:
    assert main(url + ["import", str(path), "--apply"]) == 0


def test_an_export_imported_into_an_empty_platform_holds_the_same(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    first, second = f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'second.db'}"
    for url in (first, second):
        assert main(["--database-url", url, "migrate"]) == 0
    for kind, rows in (("customers", GOOD_CUSTOMERS), ("staff", GOOD_STAFF), ("balances", BALANCES)):
        path = tmp_path / f"filled-{kind}.xlsx"
        path.write_bytes(filled(kind, rows))
        _import(["--database-url", first], path)
    for kind in ("customers", "staff", "balances"):
        exported = tmp_path / f"export-{kind}.xlsx"
        assert main(["--database-url", first, "export", kind, "--to", str(exported)]) == 0
        _import(["--database-url", second], exported)
    capsys.readouterr()
    before, after = _holdings(first), _holdings(second)
    assert len(before[0]) == 3 and len(before[1]) == 1 and before[2]["platform:custodian_clearing"][0] == -170_050
    assert after == before
