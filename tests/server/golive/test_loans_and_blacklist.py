"""Loans in flight with their schedules and what was paid, the investors' holdings and the blacklist through the
go-live import: one mistake of each kind is listed and nothing stored; a good set imports (the borrower in the same
file), is refused the second time, and its loans are repaid afterwards through the ledger, split by the holdings."""

import io
from datetime import date, timezone

import openpyxl
import pytest
from sqlalchemy import func, select

from server import clock
from server.golive.columns import SHEETS_BY_KEY
from server.ledger import movements
from server.ledger.models import LedgerAccount
from server.loans.models import BlacklistEntry, Installment, Investment, LoanApplication, LoanEvent, Repayment
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS, XLSX, filled

pytestmark = pytest.mark.clock  # installments unpaid past their due day are overdue: the import reads today

GOOD_LOANS = {
    "loans": [["LNA-001", "GL0002", "1200.00", "12", "3", "等额本金", "2025-01-10", "还款中", "经营周转"],
              ["LNB-002", "GL0002", "500", "9.6", "1", "bullet", "2025-05-01", "已结清", ""]],
    "installments": [["LNA-001", "1", "2025-02-10", "400.00", "12.00", "", "412.00", "2025-02-10"],
                     ["LNA-001", "2", "2025-03-10", "400.00", "8.00", "", "200.00", "2025-03-12"],
                     ["LNA-001", "3", "2025-04-10", "400.00", "4.00", "", "", ""],
                     ["LNB-002", "1", "2025-06-01", "500.00", "4.00", "", "504.00", "2025-06-01"]],
    "holdings": [["GL0001", "LNA-001", "800.00"], ["GL0101", "LNA-001", "400"], ["GL0001", "LNB-002", "500"]],
}
GOOD_BLACKLIST = {"blacklist": [["身份证号", "110101199001011237", "恶意逃废债", "法院失信名单"],
                                ["手机号", "13800000000", "冒用他人身份", ""],
                                ["手机号", "138-0000-0000", "同一号码再写一次", "内部"]]}


def workbook(rows_by_sheet: dict) -> bytes:
    """One workbook holding the sheets of several templates (sheet key -> rows), headers as the templates write them."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for key, rows in rows_by_sheet.items():
        sheet = book.create_sheet(SHEETS_BY_KEY[key].zh)
        sheet.append([c.header for c in SHEETS_BY_KEY[key].columns])
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def stored(platform) -> tuple[int, ...]:
    with platform.db.read() as db:
        return tuple(db.scalar(select(func.count()).select_from(model))
                     for model in (LoanApplication, Installment, Repayment, Investment, BlacklistEntry))


def test_a_file_with_one_mistake_of_each_new_kind_lists_them_all_and_stores_nothing(staff, platform):
    admin = staff("admin")
    assert admin.post("/golive/imports", content=filled("customers", GOOD_CUSTOMERS),
                      headers=XLSX | admin.step_up_headers()).status_code == 201
    bad = {
        "loans": [["LX1", "NOBODY", "100", "10", "1", "到期还本付息", "2025-01-01", "还款中", ""],    # borrower unknown
                  ["LX2", "GL0002", "100", "10", "1", "按月付息", "2025-01-01", "还款中", ""],       # method unknown
                  ["LX3", "GL0002", "1000", "10", "2", "等额本金", "2025-01-01", "还款中", ""],      # 400 + 400 ≠ 1000
                  ["LX3", "GL0002", "1000", "10", "2", "等额本金", "2025-01-01", "还款中", ""],      # number twice
                  ["LX4", "GL0002", "100", "10", "1", "到期还本付息", "2025-01-01", "还款中", ""],
                  ["LX5", "GL0002", "100", "10", "1", "到期还本付息", "2025-01-01", "还款中", ""],
                  ["LX6", "GL0002", "200", "10", "2", "等额本金", "2025-03-01", "还款中", ""],
                  ["LX7", "GL0002", "100", "10", "1", "到期还本付息", "2025-01-01", "还款中", ""]],
        "installments": [["LX3", "1", "2025-02-01", "400", "5", "", "", ""],
                         ["LX3", "2", "2025-03-01", "400", "5", "", "", ""],
                         ["LX4", "1", "2025-02-01", "100", "1", "", "101", "2025-02-01"],
                         ["LX4", "1", "2025-02-01", "100", "1", "", "101", "2025-02-02"],   # paid twice
                         ["LX5", "1", "2025-02-01", "100", "1", "", "150", "2025-02-01"],   # more than due
                         ["LX6", "1", "2025-05-01", "100", "1", "", "", ""],
                         ["LX6", "2", "2025-04-01", "100", "1", "", "", ""],                # before installment 1
                         ["LX7", "1", "2025-02-01", "100", "1", "", "", ""]],
        "holdings": [["GL0001", "LX7", "60"],                                                  # 60 ≠ 100
                     ["NOBODY", "LX1", "40"],                                                  # investor unknown
                     ["GL0001", "LZ9", "40"]],                                                 # loan unknown
        "blacklist": [["星座", "白羊", "不喜欢", ""], ["手机号", "1380000", "号码太短", ""]],
    }
    before = stored(platform)
    answer = admin.post("/golive/imports/dry-run", content=workbook(bad), headers=XLSX | {"Accept-Language": "zh-CN"})
    assert answer.status_code == 200, answer.text
    found = {(p["sheet"], p["row"], p["column"], p["code"]) for p in answer.json()["problems"]}
    assert {("借款", 2, "借款人客户编号", "borrower_unknown"), ("借款", 3, "还款方式", "choice_invalid"),
            ("借款", 4, "借款本金(元)", "installments_do_not_add_up"), ("借款", 5, "借款编号", "loan_number_repeated"),
            ("还款计划", 5, "已还金额(元)", "installment_paid_twice"),
            ("还款计划", 6, "已还金额(元)", "paid_more_than_due"),
            ("还款计划", 8, "应还日期", "due_dates_out_of_order"),
            ("借款", 9, "借款本金(元)", "holdings_do_not_add_up"),
            ("出借人持有", 3, "出借人客户编号", "investor_unknown"), ("出借人持有", 4, "借款编号", "loan_unknown"),
            ("黑名单", 2, "类型", "blacklist_kind_invalid"), ("黑名单", 3, "值", "blacklist_value_invalid")} <= found, found
    params = {p["code"]: p["params"] for p in answer.json()["problems"]}
    assert params["installments_do_not_add_up"] == {"total": "¥800.00", "principal": "¥1,000.00"}
    refused = admin.post("/golive/imports", content=workbook(bad), headers=XLSX | admin.step_up_headers())
    assert refused.status_code == 422 and refused.json()["code"] == "import_refused"
    assert stored(platform) == before


def test_loans_schedules_holdings_and_blacklist_import_once_and_the_loans_repay_through_the_ledger(staff, platform):
    admin = staff("admin")
    data = workbook(GOOD_CUSTOMERS | GOOD_LOANS | GOOD_BLACKLIST)  # the borrowers and investors in the same file
    tried = admin.post("/golive/imports/dry-run", content=data, headers=XLSX).json()
    assert tried["problems"] == []
    assert tried["totals"] == {"persons": 2, "companies": 1, "cards": 3, "staff": 0, "loans": 2, "installments": 4,
                               "receipts": 3, "holdings": 3, "blacklist": 2, "blacklist_already": 1}
    before = stored(platform)
    done = admin.post("/golive/imports", content=data, headers=XLSX | admin.step_up_headers())
    assert done.status_code == 201, done.text
    assert stored(platform) == (before[0] + 2, before[1] + 4, before[2] + 3, before[3] + 3, before[4] + 2)
    again = admin.post("/golive/imports", content=data, headers=XLSX | admin.step_up_headers())
    assert again.status_code == 409 and again.json()["code"] == "import_duplicate"
    assert stored(platform) == (before[0] + 2, before[1] + 4, before[2] + 3, before[3] + 3, before[4] + 2)

    with platform.db.read() as db:
        loan = db.scalar(select(LoanApplication).where(LoanApplication.number == "LNA-001"))
        assert (loan.amount_fen, loan.term_months, str(loan.annual_rate), loan.method, loan.state, loan.funded_fen) \
            == (120_000, 3, "0.120000", "equal_principal", "repaying", 120_000)
        assert clock.business_day(loan.disbursed_at) == date(2025, 1, 10)
        rows = db.scalars(select(Installment).where(Installment.application_id == loan.id)
                          .order_by(Installment.number)).all()
        assert [(r.principal_fen, r.interest_fen, r.paid_fen, r.state) for r in rows] == [
            (40_000, 1_200, 41_200, "paid"), (40_000, 800, 20_000, "overdue"), (40_000, 400, 0, "overdue")]
        receipts = db.execute(select(Repayment.at, Repayment.principal_fen, Repayment.interest_fen)
                              .where(Repayment.application_id == loan.id).order_by(Repayment.at)).all()
        # Each receipt on the day it was paid (Shanghai's midnight), interest first on the partial one.
        assert [(clock.business_day(at.replace(tzinfo=at.tzinfo or timezone.utc)), p, i) for at, p, i in receipts] == [
            (date(2025, 2, 10), 40_000, 1_200), (date(2025, 3, 12), 19_200, 800)]
        assert sorted(db.execute(select(Investment.investor_ref, Investment.amount_fen, Investment.state)
                                 .where(Investment.application_id == loan.id)).all()) == [
            ("GL0001", 80_000, "posted"), ("GL0101", 40_000, "posted")]
        assert db.scalar(select(LoanEvent.action).where(LoanEvent.application_id == loan.id)) == "golive_imported"
        settled = db.scalar(select(LoanApplication).where(LoanApplication.number == "LNB-002"))
        assert settled.state == "settled" and clock.business_day(settled.settled_at) == date(2025, 6, 1)
        assert db.scalar(select(LedgerAccount.id).where(LedgerAccount.customer_ref == "GL0001")) is None  # no posting
        entries = {(e.kind, e.value, e.source) for e in db.scalars(select(BlacklistEntry))}
        assert {("id_number", "110101199001011237", "court"), ("phone", "13800000000", "internal")} <= entries

    # After go-live the loan is repaid as any other: the borrower's money to the investors by their holdings.
    with platform.db.write() as db:
        movements.recharge(db, "test-fund-gl0002", "GL0002", 100_000)
        db.commit()
    lead = staff("risklead")
    paid = lead.post(f"/loans/applications/{loan.id}/installments/2/repayment")
    assert paid.status_code == 200, paid.text
    with platform.db.read() as db:
        balance = {a.customer_ref: a.balance_fen for a in db.scalars(select(LedgerAccount).where(
            LedgerAccount.code.like("customer:%:available")))}
    # Owed on installment 2: 40,000 + 800 − 20,000 paid before go-live = 20,800, split 2:1.
    assert balance == {"GL0002": 100_000 - 20_800, "GL0001": 13_867, "GL0101": 6_933}
