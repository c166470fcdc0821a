"""系统管理 → 数据导入, driven with qtbot against the real platform API on loopback: a template downloaded, a
file with mistakes tried (every problem in the table, the import refused until it is clean), then a good file
tried and imported with a fresh one-time code."""

import io

import openpyxl
from sqlalchemy import select

from app.views.admin.administration_screen import AdministrationScreen
from app.views.session.step_up_dialog import StepUpDialog
from server.customers.models import Customer
from server.golive.template import workbook_bytes
from tests.client.helpers import signed_in_session
from tests.client.test_administration_screens import _clear_of_a_step_boundary
from tests.support.platforms import totp_code

WAIT = 20_000


def _workbook(tmp_path, name: str, persons: list[list]) -> str:
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes("customers")))
    for sheet in ("个人客户", "企业客户", "银行卡"):
        book[sheet].delete_rows(2)
    for row in persons:
        book["个人客户"].append(row)
    path = tmp_path / name
    book.save(path)
    return str(path)


def test_a_dry_run_lists_the_problems_and_a_clean_file_imports_with_a_fresh_code(qtbot, runner, profile, platform,
                                                                                    tmp_path):
    _clear_of_a_step_boundary()
    session = signed_in_session(profile, "admin", steps_ahead=-1)
    screen = AdministrationScreen(session, runner)
    qtbot.addWidget(screen)
    screen.show()
    panel = screen.golive
    assert panel is not None and screen.tabs.indexOf(panel) >= 0

    template = tmp_path / "template.xlsx"
    panel.download_template("customers", str(template))
    qtbot.waitUntil(lambda: template.exists() and "saved" in panel.summary.text(), timeout=WAIT)
    assert "说明" in openpyxl.load_workbook(template).sheetnames

    bad = _workbook(tmp_path, "bad.xlsx", [["GQ0001", "出借人", "", "110101199003071234", "139", "", "", "", "", ""]])
    panel.choose(bad)
    assert panel.try_button.isEnabled() and not panel.import_button.isEnabled()
    panel.try_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT)
    columns = {panel.model.index(r, 2).data() for r in range(3)}
    assert columns == {"Name", "ID number", "Mobile"}
    assert "3 problem(s)" in panel.summary.text() and not panel.import_button.isEnabled()

    good = _workbook(tmp_path, "good.xlsx", [["GQ0001", "出借人", "欧阳明", "110101199003071233", "", "", "", "", "",
                                              "是"]])
    panel.choose(good)
    panel.try_button.click()
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=WAIT)
    assert panel.model.rowCount() == 0 and "1 persons" in panel.summary.text()
    panel.import_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.last_dialog, StepUpDialog), timeout=WAIT)
    panel.last_dialog.code.setText(totp_code("admin", 0))
    panel.last_dialog.ok_button.click()
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Imported"), timeout=WAIT)
    assert not panel.import_button.isEnabled() and not panel.cancel_button.isEnabled()
    with platform.db.read() as db:
        assert db.scalar(select(Customer.name).where(Customer.number == "GQ0001")) == "欧阳明"


def test_the_loans_and_blacklist_templates_are_offered_and_a_zip_of_csv_files_is_tried(qtbot, runner, profile, platform,
                                                                                       tmp_path):
    from tests.server.golive.test_csv_zip import csv_zip
    from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS
    from tests.server.golive.test_loans_and_blacklist import GOOD_BLACKLIST, GOOD_LOANS

    session = signed_in_session(profile, "admin")
    screen = AdministrationScreen(session, runner)
    qtbot.addWidget(screen)
    panel = screen.golive
    offered = {panel.kind.itemData(i): panel.kind.itemText(i) for i in range(panel.kind.count())}
    assert offered["loans"] == "Loans in flight, schedules and holdings" and offered["blacklist"] == "Blacklist"

    template = tmp_path / "loans.xlsx"
    panel.kind.setCurrentIndex(panel.kind.findData("loans"))
    panel.download_template(panel.kind.currentData(), str(template))
    qtbot.waitUntil(lambda: template.exists() and "saved" in panel.summary.text(), timeout=WAIT)
    assert openpyxl.load_workbook(template).sheetnames == ["说明", "借款", "还款计划", "出借人持有"]

    archive = tmp_path / "golive.zip"
    archive.write_bytes(csv_zip(GOOD_CUSTOMERS | GOOD_LOANS | GOOD_BLACKLIST))
    panel.choose(str(archive))
    panel.try_button.click()
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=WAIT)
    assert panel.model.rowCount() == 0
    for words in ("2 loans", "4 installments", "3 repayments made", "3 holdings", "2 blacklist entries"):
        assert words in panel.summary.text()
