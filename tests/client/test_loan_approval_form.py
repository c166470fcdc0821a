"""借款审批表 read as risk officers sign it, from a seeded platform through the real API (a live server on
loopback), its text read back with poppler's pdftotext: the 审批意见 box of each level, the amount in capitals
beside the figure and 元 on every amount, the risk findings in the report's language, a rejected application's
reason and no schedule, and a company borrower's own fields."""

import re
import subprocess

import pytest
from sqlalchemy import select

from app.services.reports.capital_amount import capital_amount
from app.services.reports.generator import generate_report
from app.services.settings import Profile
from server.audit.service import Auditor
from server.customers.models import Customer
from server.loans.demo import seed_loans
from server.loans.models import LoanApplication
from server.platform import Platform
from tests.client.helpers import signed_in_session
from tests.support.platforms import LiveServer, settings_for_tests


@pytest.fixture(scope="module")
def demo(templates, tmp_path_factory):
    """One platform for the module with the demo's loans (every state, persons and companies), on loopback."""
    platform = Platform.open(settings_for_tests(tmp_path_factory.mktemp("approval"), templates.fresh_url("sqlite")))
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "approval-seed")
        seed_loans(db, 300)
        audit.seal()
        db.commit()
    server = LiveServer(platform)
    url = server.start()
    yield platform, url
    server.stop()
    platform.db.dispose()


@pytest.fixture(scope="module")
def officer(demo):
    return signed_in_session(Profile("test", "测试平台", demo[1]), "risk")


def pdf_text(pdf: bytes, tmp_path) -> str:
    """The PDF's text as poppler reads it, in reading order (as a reader or a search would)."""
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")


def one(platform, *conditions, join_company=False) -> LoanApplication:
    query = select(LoanApplication).where(*conditions).order_by(LoanApplication.id)
    if join_company:
        query = query.join(Customer, Customer.id == LoanApplication.borrower_id).where(Customer.kind == "company")
    with platform.db.read() as db:
        return db.scalars(query).first()


def test_an_approved_application_prints_its_decisions_its_amount_in_capitals_and_yuan(demo, officer, tmp_path):
    platform, _url = demo
    app = one(platform, LoanApplication.state == "approved", LoanApplication.needs_second_review.is_(True))
    text = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number}, language="zh_CN"),
                    tmp_path)
    figure = f"{app.amount_fen // 100:,}.{app.amount_fen % 100:02d} 元"
    assert figure in text and "大写金额" in text and capital_amount(app.amount_fen) in text
    assert "审批意见" in text and "初审" in text and "复审" in text and "风控负责人" in text
    assert "同意，提交复审" in text and "签字：李明" in text and "签字：张伟" in text
    assert "拟定还款计划" in text and "本息合计" in text
    assert not re.search(r"\d\.\d\d(?! 元)\s*$", text.split("拟定还款计划")[0], re.MULTILINE), \
        "an amount above the schedule without its unit"


def test_a_rejected_application_gives_its_reason_and_prints_no_schedule(demo, officer, tmp_path):
    platform, _url = demo
    app = one(platform, LoanApplication.state == "rejected")
    file = officer.api.loan_file(app.id)
    reason = file.timeline[-1]["comment"]
    assert reason and file.timeline[-1]["action"] == "reject"
    text = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number}, language="zh_CN"),
                    tmp_path)
    assert "审核结果：已拒绝" in text and f"拒绝原因：{reason}" in text and f"拒绝：{reason}" in text
    assert "还款计划" not in text and "本息合计" not in text
    english = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number}, language="en"),
                       tmp_path)
    assert "Reason for rejection" in english and "Repayment schedule" not in english


def test_a_company_borrower_prints_its_credit_code_legal_representative_and_capital(demo, officer, tmp_path):
    platform, _url = demo
    app = one(platform, LoanApplication.state.in_(("submitted", "second_review", "approved")), join_company=True)
    with platform.db.read() as db:
        company = db.get(Customer, app.borrower_id)
        representative, capital = company.legal_representative, company.registered_capital_fen
    text = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number}, language="zh_CN"),
                    tmp_path)
    assert "统一社会信用代码" in text and "法定代表人" in text and representative in text
    assert "注册资本" in text and f"{capital // 100:,}.00 元" in text
    assert "年龄" not in text and "工作单位" not in text
    person = one(platform, LoanApplication.state == "submitted",
                 LoanApplication.borrower_id.not_in(select(Customer.id).where(Customer.kind == "company")))
    text = pdf_text(generate_report(officer, "loan_approval_form", {"application": person.number}, language="zh_CN"),
                    tmp_path)
    assert "年龄" in text and "工作单位" in text and "统一社会信用代码" not in text
    assert "______年____月____日" in text  # a level still to decide keeps lines to sign


def test_risk_findings_print_in_the_reports_language_whatever_the_consoles(demo, officer, tmp_path):
    """The findings printed in English in the Chinese form: the file is now asked in the report's language."""
    platform, _url = demo
    app = one(platform, LoanApplication.risk_grade.in_(("E", "HR")))
    officer.api.language = "en"  # a console running in English prints a Chinese copy
    try:
        chinese = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number},
                                           language="zh_CN"), tmp_path)
    finally:
        officer.api.language = None
    assert "负债收入比" in chinese and "月还款额占收入" in chinese
    assert "Monthly repayments" not in chinese and "Debt-to-income" not in chinese
    english = pdf_text(generate_report(officer, "loan_approval_form", {"application": app.number}, language="en"),
                       tmp_path)
    assert "Monthly repayments take" in english and "月还款额" not in english


def test_a_rejected_application_has_no_repayment_schedule_to_print(demo, officer):
    from app.services import errors

    platform, _url = demo
    app = one(platform, LoanApplication.state == "rejected")
    with pytest.raises(errors.ValidationFailed) as refused:
        generate_report(officer, "repayment_schedule", {"loan": app.number}, language="zh_CN")
    assert refused.value.code == "no_schedule"


def test_the_overdue_finding_and_the_borrowers_history_print_the_same_figures(demo, tmp_path):
    """"4 overdue repayments, longest 47 days" printed beside 逾期期数 0 / 最长逾期天数 0: the finding must come from
    the history the file shows. A new application of a borrower who is late now is assessed from that history."""
    from server.loans.models import Installment

    platform, url = demo
    lead = signed_in_session(Profile("test", "测试平台", url), "risklead")
    with platform.db.read() as db:
        borrower_id = db.scalar(select(LoanApplication.borrower_id)
                                .join(Installment, Installment.application_id == LoanApplication.id)
                                .where(Installment.state == "overdue").order_by(LoanApplication.id))
    made = lead.api.request("POST", "/api/v1/loans/applications", json={
        "borrower_id": borrower_id, "amount_fen": 1_000_000, "term_months": 6, "annual_rate": "0.096",
        "method": "equal_installment", "purpose": "经营周转"})
    history = made["borrower"]
    found = [h for h in made["risk"]["hits"] if h["rule"] == "overdue_history"]
    assert history["overdue_count"] > 0 and found
    assert found[0]["params"] == {"count": history["overdue_count"], "longest_days": history["longest_overdue_days"]}
    text = pdf_text(generate_report(lead, "loan_approval_form", {"application": made["number"]}, language="zh_CN"),
                    tmp_path)
    count, days = history["overdue_count"], history["longest_overdue_days"]
    assert f"逾期还款 {count} 次，最长逾期 {days} 天" in text
    assert re.search(rf"逾期期数\s+{count}\s", text) and re.search(rf"最长逾期天数\s+{days}\s", text)
