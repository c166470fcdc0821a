"""Every report generated from a seeded platform through the real API (a live server on loopback), read back
with pypdf: title, parameters, 第 N 页 / 共 M 页, totals that agree with the API, masking, the header row
repeated on page 2, pages that are not blank when rasterised, the print recorded on the server, and refusal
without the report's area permission."""

import io
import re
import subprocess
from datetime import date, datetime, timedelta, timezone

import pypdf
import pytest
import requests
from PySide6.QtGui import QImage
from sqlalchemy import select

from app.services import clock, errors
from app.services.reports.catalog import CATALOG, available_reports
from app.services.reports.generator import ReportCancelled, generate_report
from app.services.reports.report_data import ReportData, day_bounds_utc
from app.services.settings import Profile
from server.audit.service import Auditor
from server.ledger.demo import seed_ledger
from server.loans.demo import seed_loans
from server.loans.models import Borrower
from server.platform import Platform
from server.withdrawals.demo import seed_withdrawals
from tests.client.helpers import signed_in_session
from tests.support.platforms import LiveServer, settings_for_tests
from tests.server.reconciliation.conftest import Books, Line, at, statement_csv

WATERMARK = "内部资料 注意保密"


@pytest.fixture(scope="module")
def demo(templates, tmp_path_factory):
    """One platform for the module, seeded as `python -m server seed-demo --loans 150` seeds (loans in every
    state, their money in the ledger, the day's withdrawal decisions), served on loopback."""
    platform = Platform.open(settings_for_tests(tmp_path_factory.mktemp("reports"), templates.fresh_url("sqlite")))
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "reports-seed")
        seed_loans(db, 150)
        seed_ledger(db, per_state=40)
        seed_withdrawals(db)
        audit.record("loan.demo_seeded", "loans", "150")
        audit.seal()
        db.commit()
    server = LiveServer(platform)
    url = server.start()
    yield platform, url
    server.stop()
    platform.db.dispose()


@pytest.fixture(scope="module")
def platform(demo):
    return demo[0]


@pytest.fixture(scope="module")
def live_url(demo):
    return demo[1]


@pytest.fixture(scope="module")
def sessions(live_url):
    """One signed-in session per user for the whole module (a one-time code works once)."""
    made = {}
    profile = Profile("test", "测试平台", live_url)

    def get(username: str):
        if username not in made:
            made[username] = signed_in_session(profile, username)
        return made[username]

    return get


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def assert_paged(texts: list[str]) -> None:
    total = len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"第 {n} 页 / 共 {total} 页" in text, text[-200:]


def today() -> str:
    return clock.today_shanghai().isoformat()


def a_loan(session, state: str = "repaying") -> dict:
    page = session.api.request("GET", "/api/v1/loans/applications", params={"state": state, "page_size": 1})
    return page["items"][0]


def not_blank(pdf: bytes, tmp_path, page: int = 1) -> None:
    """Rasterise one page with poppler and check it carries ink: many grey levels, not one flat colour."""
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), str(path),
                    str(tmp_path / "raster")], check=True, timeout=60)
    image = QImage(str(next(tmp_path.glob("raster*.png"))))
    assert not image.isNull()
    values = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 4)
              for y in range(0, image.height(), 4)]
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    assert variance > 50, variance
    assert sum(1 for v in values if v < 160) > 20  # text and rules, not just the faint watermark
    for png in tmp_path.glob("raster*.png"):
        png.unlink()


def test_the_loan_approval_form_prints_masked_for_an_officer_and_in_full_for_a_holder_of_pii_view(sessions, platform,
                                                                                                   tmp_path):
    officer = sessions("risk")
    loan = a_loan(officer)
    pdf = generate_report(officer, "loan_approval_form", {"application": loan["number"]}, language="zh_CN")
    texts = pages_text(pdf)
    whole = "\n".join(texts)
    assert "借款审批表" in whole and f"借款申请：{loan['number']}" in whole and WATERMARK in whole
    assert "审批意见" in whole and "签字" in whole and "风险评估" in whole
    assert_paged(texts)
    with platform.db.read() as db:
        borrower = db.scalar(select(Borrower).where(Borrower.id == loan["borrower_id"]))
        id_number, phone = borrower.id_number, borrower.phone
    assert id_number not in whole and phone not in whole
    assert f"{id_number[:6]}********{id_number[-4:]}" in whole
    assert "个人信息已脱敏" in whole
    not_blank(pdf, tmp_path)

    lead = sessions("risklead")
    full = "\n".join(pages_text(generate_report(lead, "loan_approval_form", {"application": str(loan["id"])},
                                                language="zh_CN")))
    assert id_number in full and phone in full
    auditor = sessions("auditor")
    reveals = auditor.api.audit_page({"action": "pii.revealed"}, "-seq", 1, 10).items
    assert any(r.actor_name == "risklead" and r.after["purpose"] == "report:loan_approval_form" for r in reveals)
    prints = auditor.api.audit_page({"action": "report.generate", "object_id": "loan_approval_form"}, "-seq", 1,
                                    10).items
    assert [(r.actor_name, r.after["parameters"]) for r in prints] == [
        ("risklead", {"application": str(loan["id"])}), ("risk", {"application": loan["number"]})]


def test_the_repayment_schedule_totals_agree_with_the_loan_in_english_too(sessions, tmp_path):
    officer = sessions("risk")
    loan = a_loan(officer)
    file = officer.api.loan_file(loan["id"])
    pdf = generate_report(officer, "repayment_schedule", {"loan": loan["number"]}, language="zh_CN")
    whole = "\n".join(pages_text(pdf))
    principal = sum(i.principal_fen for i in file.installments)
    interest = sum(i.interest_fen for i in file.installments)
    assert principal == loan["amount_fen"]
    lines = whole.splitlines()
    total_line = " ".join(lines[len(lines) - 1 - lines[::-1].index("合计"):][:5])  # the totals row, cell by cell
    assert f"{principal // 100:,}.{principal % 100:02d}" in total_line
    assert f"{interest // 100:,}.{interest % 100:02d}" in total_line
    english = pages_text(generate_report(officer, "repayment_schedule", {"loan": str(loan["id"])}, language="en"))
    assert "Repayment schedule" in english[0] and "Page 1 of" in english[0] and "CONFIDENTIAL" in english[0]
    not_blank(pdf, tmp_path)


@pytest.mark.clock  # the report is of today (or yesterday and today)
def test_finance_prints_the_days_withdrawal_decisions_and_the_monthly_report_with_its_charts(sessions, tmp_path):
    manager = sessions("finlead")
    day = today()
    reviews = manager.api.request("GET", "/api/v1/reports/withdrawal-reviews", params={"day": day})
    assert reviews["items"], "the demo decides withdrawals on the day it is seeded"
    pdf = generate_report(manager, "withdrawal_review_list", {"day": day}, language="zh_CN")
    texts = pages_text(pdf)
    whole = "\n".join(texts)
    assert "提现审核清单" in whole and f"业务日期：{day}" in whole and "审核结果：全部" in whole
    total = sum(w["amount_fen"] for w in reviews["items"])
    assert f"{total // 100:,}.{total % 100:02d}" in whole
    assert_paged(texts)
    for w in reviews["items"]:
        assert w["number"] in whole and w["bank_card"] in whole and "****" in w["bank_card"]
    deciders = {w["decided_by_display_name"] for w in reviews["items"] if w["decided_by"]}
    assert deciders and None not in deciders  # staff by name (刘洋), not by user name (finlead)
    assert all(name in whole for name in deciders)

    month = day[:7]
    figures = manager.api.request("GET", "/api/v1/reports/monthly-operations", params={"month": month})["figures"]
    pdf = generate_report(manager, "monthly_operations", {"month": month}, language="zh_CN")
    texts = pages_text(pdf)
    whole = "\n".join(texts)
    assert "月度运营报告" in whole and f"月份：{month}" in whole and "近 12 个月趋势" in whole
    balance = figures["balance_fen"]
    assert balance > 0 and f"借贷余额 {balance // 100:,}.{balance % 100:02d}" in whole.replace("\n", " ")
    assert "金额逾期率" in whole and "前十大借款人待还金额占比" in whole
    assert_paged(texts)
    not_blank(pdf, tmp_path, page=len(texts))  # the charts' page


@pytest.mark.clock  # the report is of today (or yesterday and today)
def test_auditors_print_the_staff_permissions_and_an_audit_extract_whose_header_repeats_on_page_2(sessions, tmp_path):
    auditor = sessions("auditor")
    pdf = generate_report(auditor, "staff_permissions", {}, language="zh_CN")
    whole = "\n".join(pages_text(pdf))
    assert "权限清单" in whole and "账户状态：全部账户" in whole and "不相容岗位冲突" in whole
    for username in ("risk", "risklead", "finance", "finlead", "admin", "auditor", "service"):
        assert username in whole
    assert "打印报表（report.print）" in whole

    yesterday = (clock.today_shanghai() - timedelta(days=1)).isoformat()
    period = f"{yesterday}/{today()}"
    for n in range(30):  # enough records for the extract to run over a page, whatever ran before
        auditor.api.request("POST", "/api/v1/reports/prints", json={
            "report": "staff_permissions", "parameters": {"copy": str(n)}, "action": "print"})
    since, until = day_bounds_utc(date.fromisoformat(yesterday), date.fromisoformat(today()))
    expected = auditor.api.audit_page({"since": since, "until": until}, "seq", 1, 1).total
    pdf = generate_report(auditor, "audit_extract", {"period": period}, language="zh_CN")
    texts = pages_text(pdf)
    assert len(texts) >= 2, "the seeded audit log runs over one page"
    assert "操作日志" in texts[0] and f"期间：{yesterday} — {today()}" in texts[0]
    assert "哈希链完整" in texts[0]
    for header in ("序号", "时间", "操作人", "客户端地址"):
        assert header in texts[1], header  # the header row again on page 2
    assert re.search(rf"记录数\s+{expected}\n", texts[-1])  # the count on the last page, as the API counts
    assert_paged(texts)
    not_blank(pdf, tmp_path, page=2)


@pytest.mark.clock  # the report is of today (or yesterday and today)
def test_the_daily_reconciliation_report_reads_the_days_figures_and_differences(sessions, platform, live_url, tmp_path):
    books = Books(platform)
    day = clock.today_shanghai()
    books.recharge("IV0001", 500_000, "CZ1")
    books.recharge("IV0002", 300_000, "CZ2")
    books.withdraw("IV0001", 100_000, "TX3")
    lines = [Line("B1", "CZ1", "IV0001", 500_000, at(day, 9)), Line("B2", "CZ2", "IV0002", 299_900, at(day, 9, 30)),
             Line("B8", "", "IV0008", 12_345, at(day, 13), "来账")]
    clerk = sessions("finance")
    auth = {"Authorization": f"Bearer {clerk.api.tokens.access_token}"}
    answer = requests.post(f"{live_url}/api/v1/reconciliation/days/{day}/statements", params={"filename": "s.csv"},
                           data=statement_csv(lines, balance_fen=700_000), timeout=60,
                           headers=auth | {"content-type": "application/octet-stream"})
    assert answer.status_code == 201, answer.text
    assert requests.post(f"{live_url}/api/v1/reconciliation/days/{day}/run", headers=auth, timeout=60).ok
    summary = clerk.api.request("GET", f"/api/v1/reconciliation/days/{day}")["summary"]
    pdf = generate_report(clerk, "daily_reconciliation", {"day": day.isoformat()}, language="zh_CN")
    texts = pages_text(pdf)
    whole = "\n".join(texts)
    assert "日终对账报告" in whole and f"业务日期：{day}" in whole and "当日尚未关账" in whole
    assert "CZ2" in whole and "TX3" in whole and "金额不符" in whole and "平台有银行无" in whole
    matched = summary["matched"]["ledger"]["amount_fen"]
    assert f"{matched // 100:,}.{matched % 100:02d}" in whole
    # The differences are totalled per side and direction, as the API counts them, never all in one sum.
    differences = ReportData(clerk.api).reconciliation_differences(day.isoformat())
    for side, direction, words in (("bank", "in", "银行 {} 笔 收"), ("ledger", "out", "平台 {} 笔 付")):
        mine = [i["amount_fen"] for i in differences if i["side"] == side and i["direction"] == direction]
        assert mine and f"合计 {words.format(len(mine))} {sum(mine) // 100:,}.{sum(mine) % 100:02d}" in whole
    assert_paged(texts)
    not_blank(pdf, tmp_path)


@pytest.mark.clock  # the report is of today (or yesterday and today)
def test_a_user_without_the_area_permission_gets_neither_the_report_nor_the_print_record(sessions):
    officer = sessions("risk")
    names = {spec.name for spec in available_reports(officer.me)}
    assert names == {"loan_approval_form", "repayment_schedule"}
    with pytest.raises(errors.Forbidden):
        generate_report(officer, "daily_reconciliation", {"day": today()}, language="zh_CN")
    with pytest.raises(errors.Forbidden):  # the server refuses too, whatever the client believes
        officer.api.request("POST", "/api/v1/reports/prints",
                            json={"report": "audit_extract", "parameters": {}, "action": "print"})
    service = sessions("service")
    assert available_reports(service.me) == []  # loan.read without report.print
    assert {spec.name for spec in available_reports(sessions("auditor").me)} == {
        spec.name for spec in CATALOG}


def test_bad_parameters_are_named_and_a_cancelled_report_stops(sessions):
    officer = sessions("risk")
    with pytest.raises(errors.ValidationFailed) as refused:
        generate_report(officer, "repayment_schedule", {"loan": "12; drop"}, language="zh_CN")
    assert refused.value.field_errors[0]["field"] == "loan"
    with pytest.raises(errors.ValidationFailed):
        generate_report(officer, "repayment_schedule", {"loan": "1", "colour": "red"}, language="zh_CN")
    seen = []
    with pytest.raises(ReportCancelled):
        generate_report(officer, "repayment_schedule", {"loan": str(a_loan(officer)["id"])}, language="zh_CN",
                        progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen))
    assert seen


def test_the_command_line_writes_a_pdf_and_fails_in_one_sentence(sessions, live_url, tmp_path):
    auditor = sessions("auditor")
    env = {"P2P_SERVER": live_url, "P2P_TOKEN": auditor.api.tokens.access_token, "PATH": "/usr/bin:/bin",
           "QT_QPA_PLATFORM": "offscreen"}
    import os
    import sys

    env |= {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "HOME", "P2P_PII_KEYS_FILE")}
    out = tmp_path / "staff.pdf"
    done = subprocess.run([sys.executable, "main.py", "report", "staff_permissions", "--param", "state=active",
                           "--out", str(out), "--language", "en"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    text = "\n".join(pages_text(out.read_bytes()))
    assert "Staff permission report" in text and "Staff state: Active accounts" in text and "Page 1 of" in text
    bad = subprocess.run([sys.executable, "main.py", "report", "audit_extract", "--param", "period=2026-11",
                          "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 1 and not (tmp_path / "x.pdf").exists()
    assert bad.stderr.strip().count("\n") == 0 and "period" in bad.stderr and "YYYY-MM-DD/YYYY-MM-DD" in bad.stderr


def test_a_note_longer_than_its_column_wraps_onto_more_lines_instead_of_running_off_the_page_or_being_cut():
    from app.services.reports import daily_reconciliation
    from app.services.reports.document import ReportMeta

    note = "银行次日出款 / paid by the bank the next morning, as the custodian confirmed by telephone"
    item = {"side": "ledger", "category": "ledger_only", "reference": "TX1", "account": "IV0001", "direction": "out",
            "amount_fen": 200_000, "at": "2026-11-28T15:00:00Z", "state": "timing", "note": note}
    data = daily_reconciliation.ReconciliationData({"day": "2026-11-28", "status": "open"}, [item])
    meta = ReportMeta("Daily reconciliation report", "zh_CN", "测试", datetime(2026, 11, 29, 1, 0, tzinfo=timezone.utc),
                      landscape=True)
    whole = "\n".join(pages_text(daily_reconciliation.render(data, meta)))
    assert "银行次日出款 / paid by the" in whole and "…" not in whole  # issue 18: nothing is cut, not even a note
    assert " ".join(whole.split()).count("confirmed by telephone") == 1
    assert "合计 平台 1 笔 付 2,000.00" in whole
