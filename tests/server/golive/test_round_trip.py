"""An export imported into an empty platform gives the same customers, cards, staff, loans with their schedules,
receipts and holdings, blacklist and trial balance."""

from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, selectinload

from server.__main__ import main
from server.customers.models import Customer
from server.ledger.models import LedgerAccount
from server.loans.models import BlacklistEntry, Installment, Investment, LoanApplication, Repayment
from server.staff.models import User
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS, GOOD_STAFF, filled
from tests.server.golive.test_loans_and_blacklist import GOOD_BLACKLIST, GOOD_LOANS

KINDS = ("customers", "staff", "balances", "loans", "blacklist")

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
        numbers = dict(db.execute(select(LoanApplication.id, LoanApplication.number)).all())
        loans = sorted((a.number, a.borrower_name, a.amount_fen, a.term_months, a.annual_rate, a.method, a.state,
                        a.funded_fen, a.disbursed_at, a.settled_at, a.purpose) for a in db.scalars(select(LoanApplication)))
        schedules = sorted((numbers[i.application_id], i.number, i.due_date, i.principal_fen, i.interest_fen,
                            i.penalty_fen, i.paid_fen, i.paid_at, i.state) for i in db.scalars(select(Installment)))
        receipts = sorted((numbers[r.application_id], r.at, r.principal_fen, r.interest_fen, r.penalty_fen, r.kind)
                          for r in db.scalars(select(Repayment)))
        holdings = sorted((numbers[h.application_id], h.investor_ref, h.amount_fen, h.state)
                          for h in db.scalars(select(Investment)))
        blacklist = sorted((e.kind, e.value, e.reason, e.source) for e in db.scalars(select(BlacklistEntry)))
    return customers, staff, balances, loans, schedules, receipts, holdings, blacklist


def _import(url: list, path: Path) -> None:
    assert main(url + ["import", str(path), "--apply"]) == 0


def test_an_export_imported_into_an_empty_platform_holds_the_same(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    first, second = f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'second.db'}"
    for url in (first, second):
        assert main(["--database-url", url, "migrate"]) == 0
    for kind, rows in (("customers", GOOD_CUSTOMERS), ("staff", GOOD_STAFF), ("balances", BALANCES), ("loans", GOOD_LOANS),
                       ("blacklist", GOOD_BLACKLIST)):
        path = tmp_path / f"filled-{kind}.xlsx"
        path.write_bytes(filled(kind, rows))
        _import(["--database-url", first], path)
    for kind in KINDS:
        exported = tmp_path / f"export-{kind}.xlsx"
        assert main(["--database-url", first, "export", kind, "--to", str(exported)]) == 0
        _import(["--database-url", second], exported)
    capsys.readouterr()
    before, after = _holdings(first), _holdings(second)
    assert len(before[0]) == 3 and len(before[1]) == 1 and before[2]["platform:custodian_clearing"][0] == -170_050
    assert (len(before[3]), len(before[4]), len(before[5]), len(before[6]), len(before[7])) == (2, 4, 3, 3, 2)
    assert after == before
