"""Loans compensated by the risk reserve or written off before the go-live day, through the go-live import: each
brings the decision that closed it (day and amount), a closing decision out of place is listed and nothing
stored; a good set leaves approved decisions and timeline events on those days, the monthly report counts the
compensation from its day, and the export writes them back in the same columns."""

import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from server import clock
from server.golive.columns import LOANS
from server.loans.after.models import LoanProposal
from server.loans.models import LoanApplication, LoanEvent
from server.reports.monthly import monthly_operations
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS, XLSX
from tests.server.golive.test_loans_and_blacklist import stored, workbook

pytestmark = pytest.mark.clock  # installments unpaid past their due day are overdue: the import reads today

# Loan, borrower, principal, rate, term, method, paid out, state, purpose, compensated on, compensation,
# written off on, written off.
CLOSED = {
    "loans": [["LNC-003", "GL0002", "800", "12", "2", "等额本金", "2025-01-10", "已代偿", "", "2025-04-30", "808.00",
               "", ""],
              ["LND-004", "GL0002", "300", "12", "1", "到期还本付息", "2025-01-10", "已核销", "", "2025-03-31", "303",
               "2025-06-30", "303.00"]],
    "installments": [["LNC-003", "1", "2025-02-10", "400", "8", "", "", ""],
                     ["LNC-003", "2", "2025-03-10", "400", "4", "", "", ""],
                     ["LND-004", "1", "2025-02-10", "300", "3", "", "", ""]],
    "holdings": [["GL0001", "LNC-003", "800"], ["GL0101", "LND-004", "300"]],
}


def test_a_closing_decision_out_of_place_is_listed_and_nothing_stored(staff, platform):
    admin = staff("admin")
    row = ["GL0002", "100", "10", "1", "到期还本付息", "2025-01-01"]
    bad = {"loans": [["LY1", *row, "已代偿", "", "", "", "", ""],                      # compensated: no day, no amount
                     ["LY2", *row, "已代偿", "", "2025-03-01", "", "", ""],            # a day without its amount
                     ["LY3", *row, "还款中", "", "2025-03-01", "50", "", ""],          # repaying, yet compensated
                     ["LY4", *row, "已代偿", "", "2099-01-01", "50", "", ""],          # after the go-live day
                     ["LY5", *row, "已代偿", "", "2025-03-01", "500", "", ""],         # more than the schedule asks
                     ["LY6", *row, "已核销", "", "2025-05-01", "50", "2025-04-01", "50"]],  # written off first
           "installments": [[f"LY{n}", "1", "2025-02-01", "100", "1", "", "", ""] for n in range(1, 7)],
           "holdings": [["GL0001", f"LY{n}", "100"] for n in range(1, 7)]}
    assert admin.post("/golive/imports", content=workbook(GOOD_CUSTOMERS),
                      headers=XLSX | admin.step_up_headers()).status_code == 201
    before = stored(platform)
    answer = admin.post("/golive/imports/dry-run", content=workbook(bad), headers=XLSX | {"Accept-Language": "zh-CN"})
    assert answer.status_code == 200, answer.text
    found = {(p["row"], p["column"], p["code"]) for p in answer.json()["problems"] if p["sheet"] == LOANS.zh}
    assert {(2, "代偿日期", "closing_missing"), (3, "代偿金额(元)", "closing_incomplete"),
            (4, "代偿日期", "closing_not_in_state"), (5, "代偿日期", "closing_day_invalid"),
            (6, "代偿金额(元)", "closing_above_due"), (7, "核销日期", "closing_day_invalid")} <= found, found
    sentences = {p["code"]: p["reason"] for p in answer.json()["problems"]}
    assert sentences["closing_above_due"] == "借款 LY5 的 ¥500.00 超过其还款计划应还合计（¥101.00）。"
    refused = admin.post("/golive/imports", content=workbook(bad), headers=XLSX | admin.step_up_headers())
    assert refused.status_code == 422
    assert stored(platform) == before


def test_compensated_and_written_off_loans_import_with_their_decisions_on_their_days(staff, platform):
    admin = staff("admin")
    with platform.db.read() as db:
        june_before = monthly_operations(db, date(2025, 6, 1))["figures"]
    data = workbook(GOOD_CUSTOMERS | CLOSED)
    tried = admin.post("/golive/imports/dry-run", content=data, headers=XLSX).json()
    assert tried["problems"] == []
    done = admin.post("/golive/imports", content=data, headers=XLSX | admin.step_up_headers())
    assert done.status_code == 201, done.text

    with platform.db.read() as db:
        loans = {a.number: a for a in db.scalars(select(LoanApplication)
                                                 .where(LoanApplication.number.in_(("LNC-003", "LND-004"))))}
        assert {n: a.state for n, a in loans.items()} == {"LNC-003": "compensated", "LND-004": "written_off"}
        decisions = sorted((p.application_id == loans["LND-004"].id, p.kind, p.state, p.amount_fen,
                            clock.business_day(p.decided_at).isoformat())
                           for p in db.scalars(select(LoanProposal).where(
                               LoanProposal.application_id.in_([a.id for a in loans.values()]))))
        assert decisions == [(False, "compensation", "approved", 80_800, "2025-04-30"),
                             (True, "compensation", "approved", 30_300, "2025-03-31"),
                             (True, "write_off", "approved", 30_300, "2025-06-30")]
        timeline = [(e.action, e.from_state, e.to_state, clock.business_day(e.at).isoformat())
                    for e in db.scalars(select(LoanEvent).where(LoanEvent.application_id == loans["LND-004"].id)
                                        .order_by(LoanEvent.at))]
        assert timeline[:2] == [("compensate", "overdue", "compensated", "2025-03-31"),
                                ("write_off", "compensated", "written_off", "2025-06-30")]
        assert timeline[2][0] == "golive_imported"
        march = monthly_operations(db, date(2025, 3, 1))["figures"]
        june = monthly_operations(db, date(2025, 6, 1))["figures"]
    # Compensation counted in the month it happened, cumulatively after; the loans left the balance then.
    assert march["compensation_fen"] >= 30_300
    assert june["cumulative_compensation_fen"] - june_before["cumulative_compensation_fen"] == 80_800 + 30_300
    assert june["cumulative_compensated_loans"] - june_before["cumulative_compensated_loans"] == 2

    # The export writes the decisions back in the same four columns.
    exported = admin.get("/golive/exports/loans")
    assert exported.status_code == 200, exported.text
    sheet = openpyxl.load_workbook(io.BytesIO(exported.content), read_only=True)[LOANS.zh]
    lines = {row[0]: ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)}
    assert lines["LNC-003"][7:] == ["已代偿", "", "2025-04-30", "808.00", "", ""]
    assert lines["LND-004"][7:] == ["已核销", "", "2025-03-31", "303.00", "2025-06-30", "303.00"]
