"""The monthly operations report as the regulator's reviewer reads it (issue 18): every disclosure item of the
guideline printed with its figure and a footnote number, each footnote's definition, the cut-off, in Chinese and in
English, generated through the real API from a small seeded platform; and a month that has not begun refused with
the server's sentence, which the console shows as it is."""

import io
import subprocess

import pypdf
import pytest

from app.services import clock, errors
from app.services.messages import describe
from app.services.reports.generator import generate_report
from app.services.reports.monthly_words import DEFINITIONS
from app.services.settings import Profile
from server.audit.service import Auditor
from server.ledger.demo import seed_ledger
from server.loans.after.demo import seed_after_loan
from server.loans.demo import seed_loans
from server.platform import Platform
from tests.client.helpers import signed_in_session
from tests.support.platforms import LiveServer, settings_for_tests

# The guideline's items as the Chinese report names them, each with the figure printed beside it.
ITEMS_ZH = {
    "当期借贷金额": ("volume_fen", "money"), "当期借贷笔数": ("loans_disbursed", "count"),
    "累计借贷金额": ("cumulative_volume_fen", "money"), "累计借贷笔数": ("cumulative_loans", "count"),
    "借贷余额": ("balance_fen", "money"), "利息余额": ("interest_balance_fen", "money"),
    "在贷笔数": ("loans_outstanding", "count"), "累计出借人数": ("cumulative_investors", "count"),
    "累计借款人数": ("cumulative_borrowers", "count"), "当期出借人数": ("period_investors", "count"),
    "当期借款人数": ("period_borrowers", "count"), "当前出借人数": ("investors", "count"),
    "当前借款人数": ("borrowers", "count"), "关联关系借款余额": ("related_balance_fen", "money"),
    "关联关系借款笔数": ("related_loans", "count"), "逾期金额": ("overdue_fen", "money"),
    "逾期笔数": ("loans_overdue", "count"), "90天以上逾期金额": ("overdue_m3_fen", "money"),
    "90天以上逾期笔数": ("loans_overdue_m3", "count"), "当期代偿金额": ("compensation_fen", "money"),
    "累计代偿金额": ("cumulative_compensation_fen", "money"), "累计代偿笔数": ("cumulative_compensated_loans", "count"),
    "累计坏账核销金额": ("written_off_fen", "money"),
}
RATIOS_ZH = ("金额逾期率", "项目逾期率", "最大单一借款人待还金额占比", "前十大借款人待还金额占比", "最大单一出借人待收金额占比",
             "前十大出借人待收金额占比", "坏账率")
ITEMS_EN = ("Cumulative loans", "Interest balance", "Cumulative lenders", "Cumulative borrowers", "Lenders in the month",
            "Borrowers in the month", "Related-party loan balance", "Related-party loans", "Loans overdue above 90 days",
            "Cumulative compensation", "Loans compensated", "Top lender's share of receivables",
            "Top 10 lenders' share of receivables")


@pytest.fixture(scope="module")
def finlead(templates, tmp_path_factory):
    platform = Platform.open(settings_for_tests(tmp_path_factory.mktemp("monthly"), templates.fresh_url("sqlite")))
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "monthly-seed")
        seed_loans(db, 240)
        seed_ledger(db, per_state=40)
        seed_after_loan(db)
        audit.record("loan.demo_seeded", "loans", "240")
        audit.seal()
        db.commit()
    server = LiveServer(platform)
    url = server.start()
    yield signed_in_session(Profile("test", "测试平台", url), "finlead")
    server.stop()
    platform.db.dispose()


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "monthly.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout


def _month(day, ahead: int) -> str:
    index = day.year * 12 + day.month - 1 + ahead
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _money(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}"


def table_cells(pdf: bytes) -> list[str]:
    """The text of the pages cell by cell, in reading order (pypdf keeps a table row's cells together, where
    pdftotext interleaves them with the watermark's letters)."""
    return [line.strip() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
            for line in page.extract_text().splitlines() if line.strip()]


def _row(cells: list[str], label: str) -> str:
    """The value printed after `label` in the metrics table."""
    assert label in cells, label
    return cells[cells.index(label) + 1]


@pytest.mark.clock  # last month, Shanghai's
def test_every_disclosure_item_prints_with_its_figure_and_its_footnoted_definition(finlead, tmp_path):
    month = _month(clock.today_shanghai(), -1)
    figures = finlead.api.request("GET", "/api/v1/reports/monthly-operations", params={"month": month})["figures"]
    pdf = generate_report(finlead, "monthly_operations", {"month": month}, language="zh_CN")
    text, cells = pdf_text(pdf, tmp_path), table_cells(pdf)
    assert "月度运营报告" in text and f"月份：{month}" in text and "月末时点：" in text and "口径说明" in text
    for label, (key, kind) in ITEMS_ZH.items():
        shown = _money(figures[key]) if kind == "money" else f"{figures[key]:,}"
        assert _row(cells, label) == shown, (label, shown)
    for label in RATIOS_ZH:
        assert _row(cells, label).endswith("%") or _row(cells, label) == "—", label
    flat = "".join(text.split())
    for number, (_english, chinese) in enumerate(DEFINITIONS.values(), 1):
        assert f"{number}.{''.join(chinese.split())}" in flat, number

    english = " ".join(table_cells(generate_report(finlead, "monthly_operations", {"month": month}, language="en")))
    flat_english = " ".join(english.split())
    assert "Monthly operations report" in english and "Definitions" in english
    for label in ITEMS_EN:
        assert label in english, label
    for english_definition, _chinese in DEFINITIONS.values():
        assert " ".join(english_definition.split()) in flat_english, english_definition[:40]


@pytest.mark.clock  # next month is the calendar's
def test_a_month_that_has_not_begun_is_refused_with_the_servers_sentence(finlead):
    coming = _month(clock.today_shanghai(), 1)
    with pytest.raises(errors.ValidationFailed) as refused:
        generate_report(finlead, "monthly_operations", {"month": coming}, language="zh_CN")
    assert refused.value.code == "month_in_future"
    sentence = describe(refused.value)
    assert coming in sentence and sentence == refused.value.detail
