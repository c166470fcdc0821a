"""Reports on the server: every print is recorded in the audit log with its parameters, only for holders of
report.print and the report's area permission; the month's disclosure metrics agree with the loans and the
ledger; the day's withdrawal decisions and the staff permission list."""

import uuid
from datetime import datetime

import pytest
from sqlalchemy import func, select

from server import clock
from server.audit.models import AuditRecord
from server.audit.service import Auditor
from server.ledger.demo import seed_ledger
from server.ledger.models import LedgerTransfer
from server.loans.demo import seed_loans
from server.loans.models import LoanApplication
from server.withdrawals.demo import seed_withdrawals


def _report_records(platform) -> list[AuditRecord]:
    with platform.db.read() as db:
        return list(db.scalars(select(AuditRecord).where(AuditRecord.action.like("report.%")).order_by(AuditRecord.seq)))


@pytest.fixture
def seeded(platform):
    """The demo's loans, their money and the day's withdrawal decisions, as `seed-demo` makes them (fewer)."""
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "reports-seed")
        seed_loans(db, 90)
        seed_ledger(db, per_state=15)
        seed_withdrawals(db)
        audit.record("loan.demo_seeded", "loans", "90")
        audit.seal()
        db.commit()
    return platform


def test_a_print_is_recorded_once_with_its_parameters(staff, platform):
    clerk = staff("finance")
    body = {"report": "daily_reconciliation", "parameters": {"day": "2026-11-24"}, "action": "generate",
            "language": "zh_CN"}
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = clerk.client.post("/api/v1/reports/prints", json=body, headers=clerk.headers | key)
    assert first.status_code == 201, first.text
    assert first.json()["printed_by"] == "finance" and first.json()["parameters"] == {"day": "2026-11-24"}
    again = clerk.client.post("/api/v1/reports/prints", json=body, headers=clerk.headers | key)
    assert again.status_code == 201 and again.headers["idempotent-replay"] == "true"
    records = _report_records(platform)
    assert [(r.action, r.object_type, r.object_id, r.actor_name, r.after) for r in records] == [
        ("report.generate", "report", "daily_reconciliation", "finance",
         {"parameters": {"day": "2026-11-24"}, "language": "zh_CN"})]


def test_printing_needs_report_print_and_the_reports_own_area_permission(staff, platform):
    def answer(who, report, action="print"):
        return staff(who).post("/reports/prints", {"report": report, "parameters": {}, "action": action})

    refused = answer("risk", "daily_reconciliation")
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    assert answer("risk", "audit_extract").status_code == 403
    assert answer("service", "loan_approval_form").status_code == 403  # loan.read without report.print
    assert answer("finance", "staff_permissions").status_code == 403
    assert _report_records(platform) == []
    assert answer("risk", "loan_approval_form", "save").status_code == 201
    assert answer("admin", "staff_permissions").status_code == 201
    assert answer("auditor", "audit_extract").status_code == 201
    assert [(r.actor_name, r.action) for r in _report_records(platform)] == [
        ("risk", "report.save"), ("admin", "report.print"), ("auditor", "report.print")]
    unknown = answer("auditor", "balance_sheet")
    assert unknown.status_code == 422


@pytest.mark.clock  # the month is the one running now, in Shanghai
def test_the_months_disclosure_metrics_agree_with_the_loans_and_the_ledger(staff, seeded):
    month = clock.today().strftime("%Y-%m")
    answer = staff("finlead").get("/reports/monthly-operations", params={"month": month})
    assert answer.status_code == 200, answer.text
    data = answer.json()
    f = data["figures"]
    assert len(data["trend"]) == 12 and data["trend"][-1] == f and data["trend"][-1]["month"] == month
    as_of = datetime.fromisoformat(data["as_of"].replace("Z", "+00:00"))
    assert as_of <= clock.now()
    with seeded.db.read() as db:  # every month end rebuilt from the rows: tests/server/test_monthly_operations.py
        compensation = db.scalar(select(func.coalesce(func.sum(LedgerTransfer.amount_fen), 0)).where(
            LedgerTransfer.kind == "compensation", LedgerTransfer.state == "posted",
            LedgerTransfer.created_at >= datetime.fromisoformat(f"{month}-01T00:00:00+08:00"),
            LedgerTransfer.created_at < as_of))
        disbursed = db.scalar(select(func.coalesce(func.sum(LoanApplication.amount_fen), 0))
                              .where(LoanApplication.disbursed_at < as_of))
    assert f["balance_fen"] > 0
    assert f["compensation_fen"] == compensation
    assert f["cumulative_volume_fen"] == disbursed
    assert 0 < f["top1_fen"] <= f["top10_fen"] <= f["balance_fen"]
    assert f["overdue_m3_fen"] <= f["overdue_fen"] <= f["balance_fen"]
    assert f["loans_overdue"] <= f["loans_outstanding"] and f["borrowers"] <= f["loans_outstanding"]
    assert staff("risk").get("/reports/monthly-operations", params={"month": month}).status_code == 403
    bad = staff("finlead").get("/reports/monthly-operations", params={"month": "2026-13"})
    assert bad.status_code == 422 and bad.json()["code"] == "month_invalid"


@pytest.mark.clock  # the day is Shanghai's today, the day the demo decided them
def test_the_days_withdrawal_decisions_add_up_and_show_cards_masked(staff, seeded):
    day = clock.today().isoformat()
    data = staff("finance").get("/reports/withdrawal-reviews", params={"day": day}).json()
    assert data["items"]
    assert sum(t["count"] for t in data["totals"].values()) == len(data["items"])
    assert sum(t["amount_fen"] for t in data["totals"].values()) == sum(w["amount_fen"] for w in data["items"])
    assert all("****" in w["bank_card"] for w in data["items"])
    assert {w["state"] for w in data["items"]} <= {"paid", "rejected", "pending_second_approval"}
    rejected = staff("finance").get("/reports/withdrawal-reviews", params={"day": day, "decision": "rejected"}).json()
    assert {w["state"] for w in rejected["items"]} <= {"rejected"}
    assert len(rejected["items"]) == data["totals"].get("rejected", {}).get("count", 0)


def test_the_staff_permission_list_for_auditors_and_administrators(staff):
    data = staff("auditor").get("/reports/staff-permissions").json()
    users = {u["username"]: u for u in data["users"]}
    assert set(users) >= {"risk", "risklead", "finance", "finlead", "admin", "auditor", "service"}
    assert "report.print" in users["auditor"]["permissions"] and "pii.view" in users["risklead"]["permissions"]
    assert data["permission_labels"]["pii.view"]["zh"] == "查看个人敏感信息"
    assert staff("admin").get("/reports/staff-permissions", params={"state": "active"}).status_code == 200
    assert staff("finance").get("/reports/staff-permissions").status_code == 403
