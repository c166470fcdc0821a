"""The monthly operations report's figures (issue 18): each of 12 months agrees with the loans, their receipts and the
ledger as they stood at that month's end (figured here again from the rows, another way), cumulative figures never
fall, a past month prints the same whichever later month asks for it, a repayment made now lands in the running
month only, and a month that has not begun is refused in the request's language."""

from collections import defaultdict
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from server import clock
from server.audit.service import Auditor
from server.customers.models import Customer, CustomerRelation
from server.ledger.demo import seed_ledger
from server.ledger.models import LedgerTransfer
from server.loans.after.demo import seed_after_loan
from server.loans.demo import seed_loans
from server.loans.models import Installment, Investment, LoanApplication, LoanEvent, Repayment

CUMULATIVE = ("cumulative_volume_fen", "cumulative_loans", "cumulative_borrowers", "cumulative_investors",
              "cumulative_compensation_fen", "cumulative_compensated_loans", "written_off_fen", "loans_written_off")


@pytest.fixture
def books(platform):
    """A small demo: 240 loans with their money and the after-loan book (overdue, compensated, written off)."""
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "monthly-seed")
        seed_loans(db, 240)
        seed_ledger(db, per_state=40)
        assert seed_after_loan(db), "the after-loan book needs its loans"
        audit.record("loan.demo_seeded", "loans", "240")
        audit.seal()
        db.commit()
    return platform


def _month_start(day: date, back: int) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _expected(db, ends: list[datetime]) -> list[dict]:
    """The figures at each end, from the rows, month by month with plain loops (not the server's bisected books)."""
    loans = db.execute(select(LoanApplication.id, LoanApplication.number, LoanApplication.borrower_id,
                              LoanApplication.amount_fen, LoanApplication.disbursed_at, LoanApplication.settled_at)
                       .where(LoanApplication.disbursed_at.is_not(None))).all()
    closing = defaultdict(list)
    for app_id, state, at in db.execute(select(LoanEvent.application_id, LoanEvent.to_state, LoanEvent.at)
                                        .where(LoanEvent.to_state.in_(("compensated", "written_off")))):
        closing[app_id].append((at, state))
    rows = defaultdict(list)
    for row in db.scalars(select(Installment)):
        rows[row.application_id].append(row)
    receipts = defaultdict(list)
    for r in db.scalars(select(Repayment)):
        receipts[r.installment_id].append(r)
    investors = defaultdict(set)
    for app_id, ref in db.execute(select(Investment.application_id, Investment.investor_ref)
                                  .where(Investment.state == "posted")):
        investors[app_id].add(ref)
    periods = db.execute(select(Customer.id, Customer.number, CustomerRelation.since, CustomerRelation.until)
                         .join(CustomerRelation, CustomerRelation.customer_id == Customer.id)).all()
    out = []
    for end in ends:
        day = clock.business_day(end)
        at_end = [p for p in periods if p.since < end and (p.until is None or p.until >= end)]
        related, related_refs = {p.id for p in at_end}, {p.number for p in at_end}
        f = defaultdict(int)
        for loan in loans:
            if loan.disbursed_at >= end:
                continue
            f["cumulative_volume_fen"] += loan.amount_fen
            f["cumulative_loans"] += 1
            ends_at = [(at, state) for at, state in closing[loan.id] if at < end]
            if loan.settled_at is not None and loan.settled_at < end:
                ends_at.append((loan.settled_at, "settled"))
            cut, how = min(ends_at) if ends_at else (end, None)

            def paid(row, before):
                got = [r for r in receipts[row.id] if r.at < before]
                return (min(sum(r.principal_fen for r in got), row.principal_fen),
                        min(sum(r.interest_fen for r in got), row.interest_fen))

            principal = sum(r.principal_fen - paid(r, cut)[0] for r in rows[loan.id])
            interest = sum(r.interest_fen - paid(r, cut)[1] for r in rows[loan.id])
            if how == "written_off":
                f["written_off_fen"] += principal
            if how or not (principal or interest):
                continue
            f["balance_fen"] += principal
            f["interest_balance_fen"] += interest
            f["loans_outstanding"] += 1
            if loan.borrower_id in related or investors[loan.id] & related_refs:
                f["related_balance_fen"] += principal
                f["related_loans"] += 1
            late = [r.due_date for r in rows[loan.id] if r.due_date < day and sum(paid(r, end)) < r.principal_fen + r.interest_fen]
            if late:
                f["loans_overdue"] += 1
                f["overdue_fen"] += principal
                if (day - min(late)).days > 90:
                    f["loans_overdue_m3"] += 1
        f["cumulative_compensation_fen"] = int(db.scalar(select(func.coalesce(func.sum(LedgerTransfer.amount_fen), 0))
                                                         .where(LedgerTransfer.kind == "compensation",
                                                                LedgerTransfer.state == "posted",
                                                                LedgerTransfer.created_at < end)))
        out.append(dict(f))
    return out


@pytest.mark.clock  # the months end at Shanghai's midnights, the last one runs now
def test_twelve_month_ends_agree_with_the_loans_receipts_and_ledger_and_cumulative_figures_never_fall(staff, books):
    today = clock.today()
    month = today.strftime("%Y-%m")
    # Someone related to the platform borrows: the finance manager marks the borrower of a loan being repaid (paid
    # out long ago) as related from the first of the months shown.
    with books.db.read() as db:
        borrower = db.get(Customer, db.scalar(select(LoanApplication.borrower_id)
                                              .where(LoanApplication.state == "repaying")
                                              .order_by(LoanApplication.disbursed_at).limit(1)))
    marked = staff("finlead").post(f"/customers/{borrower.id}/related-party",
                                   {"relation": "平台股东的配偶", "since": _month_start(today, 11).isoformat(),
                                    "reason": "股东名册", "version": borrower.version})
    assert marked.status_code == 200, marked.text
    answer = staff("finlead").get("/reports/monthly-operations", params={"month": month})
    assert answer.status_code == 200, answer.text
    data = answer.json()
    trend = data["trend"]
    assert [m["month"] for m in trend] == [_month_start(today, back).strftime("%Y-%m") for back in range(11, -1, -1)]
    as_of = datetime.fromisoformat(data["as_of"].replace("Z", "+00:00"))
    assert as_of <= clock.now() and data["figures"] == trend[-1]
    ends = [clock.day_start_utc(_month_start(today, back - 1)) for back in range(11, 0, -1)] + [as_of]
    with books.db.read() as db:
        expected = _expected(db, ends)
    for got, want in zip(trend, expected):
        for key, value in want.items():
            assert got[key] == value, (got["month"], key)
    assert any(m["loans_overdue"] for m in trend) and any(m["related_loans"] for m in trend)
    assert trend[-1]["cumulative_compensated_loans"] >= 1 and trend[-1]["loans_written_off"] >= 1
    for earlier, later in zip(trend, trend[1:]):
        for key in CUMULATIVE:
            assert later[key] >= earlier[key], (later["month"], key)
    for m in trend:
        assert m["overdue_m3_fen"] <= m["overdue_fen"] <= m["balance_fen"]
        assert m["top1_fen"] <= m["top10_fen"] <= m["balance_fen"]
        assert m["top1_lender_fen"] <= m["top10_lender_fen"] <= m["lenders_due_fen"] <= m["balance_fen"]
        assert m["related_balance_fen"] <= m["balance_fen"] and m["period_borrowers"] <= m["cumulative_borrowers"]

    # Last month asked on its own prints what this month's trend says of it.
    last = staff("finlead").get("/reports/monthly-operations", params={"month": trend[-2]["month"]}).json()
    assert last["trend"][1:] == trend[:-1]
    assert last["as_of"].startswith(ends[-2].strftime("%Y-%m-%dT%H:%M:%S"))


@pytest.mark.clock
def test_a_repayment_made_now_changes_the_running_month_only(staff, books):
    month = clock.today().strftime("%Y-%m")
    before = staff("finlead").get("/reports/monthly-operations", params={"month": month}).json()["trend"]
    with books.db.read() as db:
        app_id, number, principal = db.execute(
            select(Installment.application_id, Installment.number, Installment.principal_fen)
            .join(LoanApplication, LoanApplication.id == Installment.application_id)
            .where(LoanApplication.state == "repaying", Installment.state == "due", Installment.paid_fen == 0,
                   LoanApplication.disbursed_at < clock.day_start_utc(clock.today().replace(day=1)))
            .order_by(Installment.application_id, Installment.number).limit(1)).one()
    paid = staff("risklead").post(f"/loans/applications/{app_id}/installments/{number}/repayment")
    assert paid.status_code == 200, paid.text
    with books.db.read() as db:
        receipt = db.scalar(select(Repayment).where(Repayment.application_id == app_id).order_by(Repayment.id.desc()))
        assert receipt.principal_fen == principal and receipt.at <= clock.now()
    after = staff("finlead").get("/reports/monthly-operations", params={"month": month}).json()["trend"]
    assert after[:-1] == before[:-1]
    assert after[-1]["balance_fen"] == before[-1]["balance_fen"] - principal


@pytest.mark.clock
def test_a_relation_marked_today_or_ended_today_leaves_the_months_before_as_they_were(staff, books):
    month = clock.today().strftime("%Y-%m")
    finlead = staff("finlead")
    before = finlead.get("/reports/monthly-operations", params={"month": month}).json()["trend"]
    with books.db.read() as db:
        loan = db.execute(select(LoanApplication.borrower_id, Customer.version)
                          .join(Customer, Customer.id == LoanApplication.borrower_id)
                          .where(LoanApplication.state == "repaying", Customer.related_party.is_(None),
                                 LoanApplication.disbursed_at < clock.day_start_utc(clock.today().replace(day=1)))
                          .order_by(LoanApplication.disbursed_at).limit(1)).one()
    marked = finlead.post(f"/customers/{loan.borrower_id}/related-party",
                          {"relation": "平台员工", "reason": "今日入职", "version": loan.version})
    assert marked.status_code == 200, marked.text
    now_marked = finlead.get("/reports/monthly-operations", params={"month": month}).json()["trend"]
    assert now_marked[:-1] == before[:-1]
    assert now_marked[-1]["related_loans"] > before[-1]["related_loans"]
    ended = finlead.post(f"/customers/{loan.borrower_id}/related-party",
                         {"relation": None, "reason": "录入错误", "version": marked.json()["version"]})
    assert ended.status_code == 200, ended.text
    after = finlead.get("/reports/monthly-operations", params={"month": month}).json()["trend"]
    assert after == before


@pytest.mark.clock  # next month is the calendar's
def test_a_month_that_has_not_begun_is_refused_in_the_requests_language(staff, books):
    coming = _month_start(clock.today(), -1).strftime("%Y-%m")
    finlead = staff("finlead")
    for language, words in (("zh-CN", "尚未开始"), ("en", "has not begun yet")):
        answer = finlead.client.get("/api/v1/reports/monthly-operations", params={"month": coming},
                                    headers=finlead.headers | {"Accept-Language": language})
        assert answer.status_code == 422 and answer.json()["code"] == "month_in_future"
        assert coming in answer.json()["detail"] and words in answer.json()["detail"], answer.json()
