"""The reports read as their readers read them (issue 18), from a seeded platform through the real API, the text
taken out of the PDFs with poppler's pdftotext: every report ends with the data's cut-off time and the audit
chain's checkpoint on its last page; the Chinese reports carry no English word outside a short allowlist; the
day report's reconciling statement adds up to the fen; the audit extract prints identifiers whole, actions and
fields in words; an automatic withdrawal names 系统自动 as its reviewer."""

import re
import subprocess
from datetime import timedelta

import pytest
import requests

from app.services import clock
from app.services.reports.document import watermark_centres, watermark_spacing, wrapped_lines
from app.services.reports.generator import generate_report
from server.audit import checkpoints
from tests.client.test_reports_generation import demo, live_url, platform, sessions  # noqa: F401 - one seeded platform
from tests.server.reconciliation.conftest import Books, Line, at, statement_csv

WATERMARK_CHARACTERS = set("内部资料注意保密")

# Reports whose Chinese copy is checked for English words.
CHINESE_CHECKED = ("daily_reconciliation", "withdrawal_review_list", "staff_permissions", "repayment_schedule",
                   "monthly_operations", "loan_approval_form", "audit_extract")

# Latin words a Chinese report may carry: units and names of things that have no other name.
ENGLISH_ALLOWLIST = {"PDF", "CSV", "TOTP", "IP", "ID"}


def pdf_text(pdf: bytes, tmp_path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text in drawing order (pdftotext -raw), without the watermark's lone characters."""
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True,
                          check=True, timeout=60)
    lines = done.stdout.decode("utf-8").splitlines()
    return "\n".join(line for line in lines if not (len(line.strip()) == 1 and line.strip() in WATERMARK_CHARACTERS))


def page_count(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def yuan_fen(text: str) -> int:
    """1,234.56 (or -1,234.56) as fen, without floats."""
    negative = text.startswith("-")
    whole, _, cents = text.lstrip("-").replace(",", "").partition(".")
    fen = int(whole) * 100 + int(cents or 0)
    return -fen if negative else fen


def today() -> str:
    return clock.today_shanghai().isoformat()


def parameters_of_every_report(session) -> dict[str, dict[str, str]]:
    application = session.api.request("GET", "/api/v1/loans/applications", params={"page_size": 1})["items"][0]
    loan = session.api.request("GET", "/api/v1/loans/applications",
                               params={"state": "repaying", "page_size": 1})["items"][0]
    yesterday = (clock.today_shanghai() - timedelta(days=1)).isoformat()
    return {"loan_approval_form": {"application": application["number"]},
            "repayment_schedule": {"loan": str(loan["id"])},
            "daily_reconciliation": {"day": today()},
            "withdrawal_review_list": {"day": today()},
            "monthly_operations": {"month": today()[:7]},
            "staff_permissions": {},
            "audit_extract": {"period": f"{yesterday}/{today()}"}}


@pytest.fixture(scope="module")
def checkpoint(platform):  # noqa: F811 - the module's platform fixture
    """A checkpoint of the audit chain as the hourly job writes it."""
    with platform.db.write() as db:
        entry = checkpoints.append_checkpoint(db, platform.settings.audit_checkpoints_file)
        db.commit()
    return entry


@pytest.mark.clock  # reports of today
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_report_ends_with_the_data_cut_off_and_the_audit_checkpoint_on_its_last_page(sessions, checkpoint,
                                                                                          language, tmp_path):
    auditor = sessions("auditor")  # the auditor may print every report
    started = clock.now_utc()
    for name, params in parameters_of_every_report(auditor).items():
        pdf = generate_report(auditor, name, params, language=language)
        last = page_count(pdf, tmp_path)
        text = pdf_text(pdf, tmp_path, first=last, last=last)
        flat = re.sub(r"\s+", "", text)
        seq, digest = f"{checkpoint['seq']:,}", checkpoint["hash"]
        if language == "zh_CN":
            found = re.search(r"数据截止时间：(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})（北京时间）", text)
            assert found, (name, text[-400:])
            assert f"审计链检查点：第{seq}条记录，哈希值{digest}" in flat, (name, text[-400:])
        else:
            found = re.search(r"Data as of: (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \(Shanghai time\)", text)
            assert found, (name, text[-400:])
            assert f"record{seq},hash{digest}" in flat, (name, text[-400:])
        # Shanghai time: eight hours ahead of UTC, taken while the report was made
        shanghai = (started + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")
        assert found.group(1)[:10] == shanghai[:10], (name, found.group(1), shanghai)


def english_words(text: str) -> set[str]:
    """Latin words that are not part of an identifier or a code. Lines are joined first, so that a code wrapped
    in its column (recon.\nresolve) reads whole; identifiers have digits (WD20261203000001, IV0001, 127.0.0.1),
    codes a dot or an underscore (report.print, as the permission report prints them beside their words)."""
    words = set()
    for token in re.findall(r"[A-Za-z0-9_.@:/+*-]+", text.replace("\n", "")):
        if re.search(r"[\d_.*]", token):
            continue
        words.update(w for w in re.findall(r"[A-Za-z]{2,}", token))
    return words


@pytest.mark.clock  # reports of today
def test_the_chinese_reports_carry_no_english_word_outside_the_allowlist(sessions, checkpoint, tmp_path):
    auditor = sessions("auditor")
    parameters = parameters_of_every_report(auditor)
    staff_user_names = {"risk", "risklead", "finance", "finlead", "admin", "auditor", "service", "system"}
    found = {}
    for name in CHINESE_CHECKED:
        text = pdf_text(generate_report(auditor, name, parameters[name], language="zh_CN"), tmp_path)
        stray = english_words(text) - ENGLISH_ALLOWLIST - staff_user_names
        if stray:
            found[name] = sorted(stray)[:300]
    assert not found, repr(found)
    assert len(CHINESE_CHECKED) == 7  # every report


@pytest.mark.clock  # the day of the statement is today
def test_the_reconciling_statement_adds_up_to_the_fen_and_names_each_open_items_category(sessions, platform,
                                                                                        live_url, tmp_path):
    books = Books(platform)
    day = clock.today_shanghai()
    books.recharge("IV0011", 500_000, "CZ11")
    books.recharge("IV0012", 300_000, "CZ12")
    books.withdraw("IV0011", 100_000, "TX13")
    lines = [Line("B11", "CZ11", "IV0011", 500_000, at(day, 9)), Line("B12", "CZ12", "IV0012", 299_900, at(day, 9, 30)),
             Line("B18", "", "IV0018", 12_345, at(day, 13), "来账")]
    clerk = sessions("finance")
    auth = {"Authorization": f"Bearer {clerk.api.tokens.access_token}"}
    answer = requests.post(f"{live_url}/api/v1/reconciliation/days/{day}/statements", params={"filename": "r.csv"},
                           data=statement_csv(lines, balance_fen=700_000), timeout=60,
                           headers=auth | {"content-type": "application/octet-stream"})
    assert answer.status_code == 201, answer.text
    assert requests.post(f"{live_url}/api/v1/reconciliation/days/{day}/run", headers=auth, timeout=60).ok
    balance = clerk.api.request("GET", f"/api/v1/reconciliation/days/{day}")["balance"]
    text = pdf_text(generate_report(clerk, "daily_reconciliation", {"day": day.isoformat()}, language="zh_CN"),
                    tmp_path)
    amount = r"(-?[\d,]+\.\d\d)"

    def row(left: str, right: str) -> tuple[int, int]:
        found = re.search(rf"^{left} {amount} {right} {amount}$", text, re.MULTILINE)
        assert found, (left, text)
        return yuan_fen(found.group(1)), yuan_fen(found.group(2))

    bank, book = row("银行对账单余额", "企业账面余额")
    assert (bank, book) == (balance["custodian_reported_fen"], balance["ledger_customers_fen"])
    bank_in, book_in = row("加：企业已收银行未收", "加：银行已收企业未收")
    bank_out, book_out = row("减：企业已付银行未付", "减：银行已付企业未付")
    bank_adjusted, book_adjusted = row("调节后余额", "调节后余额")
    assert bank + bank_in - bank_out == bank_adjusted
    assert book + book_in - book_out == book_adjusted
    # each addition and subtraction is the sum of its categories' lines, each naming its category
    details = re.findall(rf"其中 (\S+)：(\d+) 笔 {amount}", text)
    assert {category for category, _count, _fen in details} >= {"平台有银行无", "银行有平台无", "金额不符"}
    assert sum(yuan_fen(fen) for _c, _n, fen in details) == bank_in + bank_out + book_in + book_out
    if bank_adjusted == book_adjusted:
        assert "调节后余额相符。" in text
    else:
        difference = bank_adjusted - book_adjusted
        assert f"调节后余额相差 {'-' if difference < 0 else ''}{abs(difference) // 100:,}.{abs(difference) % 100:02d}" in text
    for signature in ("制表：", "复核：", "财务主管：", "日期："):
        assert signature in text


@pytest.mark.clock  # the demo's withdrawals are of today
def test_the_audit_extract_prints_every_identifier_whole_and_actions_and_fields_in_words(sessions, tmp_path):
    manager, auditor = sessions("finlead"), sessions("auditor")
    numbers = [w["number"] for w in manager.api.request("GET", "/api/v1/reports/withdrawal-reviews",
                                                        params={"day": today()})["items"]]
    assert len(numbers) >= 3 and len({n[:-1] for n in numbers}) < len(numbers)  # numbers that differ at the end
    text = pdf_text(generate_report(auditor, "audit_extract", {"period": f"{today()}/{today()}",
                                                               "object_type": "withdrawal"}, language="zh_CN"),
                    tmp_path)
    for number in numbers:
        assert f"提现 {number}" in text, number
    assert "withdrawal:" not in text and "withdrawal.requested" not in text and '{"' not in text
    assert "提现申请" in text or "申请提现" in text or "提现" in text
    assert "状态：" in text  # the changed fields by their labels


@pytest.mark.clock  # the demo's withdrawals are of today
@pytest.mark.parametrize(("language", "words"), [("zh_CN", "系统自动"), ("en", "System (automatic)")])
def test_a_withdrawal_paid_without_review_names_the_system_as_its_reviewer(sessions, language, words, tmp_path):
    manager = sessions("finlead")
    items = manager.api.request("GET", "/api/v1/reports/withdrawal-reviews", params={"day": today()})["items"]
    automatic = [w for w in items if w["decided_automatically"]]
    assert automatic and all(w["decided_by"] is None and w["state"] == "paid" for w in automatic)
    assert not any(w["decided_automatically"] for w in items if w["decided_by"])
    text = pdf_text(generate_report(manager, "withdrawal_review_list", {"day": today()}, language=language), tmp_path)
    for w in automatic:
        line = next(line for line in text.splitlines() if w["number"] in line)
        assert words in " ".join(text.split()), line


def test_a_wrapped_cell_keeps_every_character_of_an_identifier():
    ident = "withdrawal WD20261203000001WD20261203000002WD20261203000003"
    lines = wrapped_lines(ident, 60, 7)
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == ident.replace(" ", "")
    assert wrapped_lines("短", 60, 7) == ("短",)


def test_the_english_watermarks_repeats_stand_apart_by_more_than_their_length():
    words_width = 560.0  # "CONFIDENTIAL · INTERNAL USE ONLY" at 30 pt
    centres = watermark_centres(words_width, 842, 595)
    rows: dict[float, list[float]] = {}
    for x, y in centres:
        rows.setdefault(y, []).append(x)
    for xs in rows.values():
        xs.sort()
        assert all(b - a >= words_width + 70 for a, b in zip(xs, xs[1:]))
    assert watermark_spacing(100) >= 120 * 72 / 25.4 - 0.01
