"""The statement import wizard with files the built-in layouts do not describe, over HTTP against the real
platform: an Excel workbook from the first page to stored lines; an unknown bank's CSV whose columns are guessed
from its header, confirmed by the clerk, imported, then saved as a profile that the next file of that bank gets."""

from datetime import date

import openpyxl
import pytest

from app.services.reconciliation import Reconciliation
from app.views.reconciliation.statement_import_wizard import StatementImportWizard
from tests.client.helpers import signed_in_session

WAIT = 20_000
DAY = date(2026, 11, 20)  # the statements' day (fixed: an import does not depend on today)


@pytest.fixture
def finance(profile, platform):
    return signed_in_session(profile, "finance")


def _wizard(qtbot, runner, session, day) -> StatementImportWizard:
    wizard = StatementImportWizard(Reconciliation(session.api), runner, day)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _read(qtbot, wizard, path):
    page = wizard.file_page
    page.path.setText(str(path))
    page.read()
    qtbot.waitUntil(lambda: page.preview is not None or (bool(page.error.text()) and not page._busy), timeout=WAIT)
    assert page.preview is not None, page.error.text()
    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(lambda: mapping.profile.count() > 1, timeout=WAIT)
    return page, mapping


def _import(qtbot, wizard):
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.result is not None or page.task is None, timeout=WAIT)
    assert page.result is not None, page.status.text() + " " + str(
        [[page.problems.item(r, c).text() for c in range(3)] for r in range(page.problems.rowCount())])
    return page.result


def test_an_xlsx_goes_through_the_wizard_from_the_first_page_to_stored_lines(qtbot, runner, finance, tmp_path):
    day = DAY
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["中国工商银行 存管账户明细"])
    sheet.append(["银行流水号", "商户订单号", "账号", "借方发生额", "贷方发生额", "交易日期", "交易时间", "摘要"])
    sheet.append(["X20001", "CZ20001", "IV0001", None, 1500.5, day.isoformat(), "09:30:00", "充值"])
    sheet.append(["X20002", "TX20002", "IV0002", 20, None, day.isoformat(), "11:00:00", "提现"])
    path = tmp_path / "工行对账单.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, runner, finance, day)
    page, mapping = _read(qtbot, wizard, path)
    assert page.preview.encoding == "xlsx" and page.preview.header_line == 2 and page.rows.rowCount() >= 4
    assert mapping.profile.currentData() == "icbc" and mapping.isComplete(), mapping.note.text()
    info = _import(qtbot, wizard)
    assert (info.line_count, info.in_fen, info.out_fen) == (2, 150_050, 2_000)
    service = Reconciliation(finance.api)
    assert [s.filename for s in service.day(day).statements] == ["工行对账单.xlsx"]
    lines = service.items({"day": day, "side": "bank"}, "line_no", 1, 50).items
    assert [(i.serial, i.direction, i.amount_fen) for i in lines] == [("X20001", "in", 150_050), ("X20002", "out", 2_000)]


def _farm_bank_csv(day, first: int) -> bytes:
    rows = ["某农村商业银行 存管账户交易明细", "交易流水号,交易日期,交易时间,对方账号,支出,收入,余额,用途"]
    rows.append(f"N{first},{day.isoformat()},08:00:00,IV0001,,12.00,112.00,充值")
    rows.append(f"N{first + 1},{day.isoformat()},09:30:00,IV0002,3.50,,108.50,提现")
    return ("\r\n".join(rows) + "\r\n").encode("gbk")


def test_an_unknown_banks_columns_are_guessed_confirmed_imported_and_saved_as_a_profile_for_the_next_file(
        qtbot, runner, finance, tmp_path):
    day = DAY
    first = tmp_path / "农商行对账单-1.csv"
    first.write_bytes(_farm_bank_csv(day, 1))
    wizard = _wizard(qtbot, runner, finance, day)
    _page, mapping = _read(qtbot, wizard, first)
    # No layout fits: the guess fills the fields, each marked, and waits for the clerk's check.
    assert mapping.profile.currentData() == ""
    chosen = {name: combo.currentData() for name, combo in mapping.combos.items() if combo.currentData()}
    assert chosen == {"serial": "交易流水号", "account": "对方账号", "debit": "支出", "credit": "收入",
                      "booked_at": "交易日期", "booked_time": "交易时间", "summary": "用途"}
    assert set(mapping.guessed) == set(chosen)
    assert "guessed" in mapping.form.labelForField(mapping.combos["serial"]).text()
    assert mapping.confirm_guess.isVisible() and not mapping.isComplete()
    mapping.grab().save("/tmp/recon-wizard-guess-en.png")
    mapping.confirm_guess.setChecked(True)
    assert mapping.isComplete(), mapping.note.text()
    info = _import(qtbot, wizard)
    assert (info.line_count, info.in_fen, info.out_fen) == (2, 1_200, 350)

    # Saved under a name (the mapping page offers it on the way back from the import) ...
    wizard.back()
    mapping.profile_name.setText("某农商行")
    assert mapping.save_button.isEnabled()
    mapping.save_button.click()
    qtbot.waitUntil(lambda: "某农商行" in mapping.profiles, timeout=WAIT)
    assert mapping.profile.currentData() == "某农商行"

    # ... so the bank's next file opens with that profile, no guess to check.
    second = tmp_path / "农商行对账单-2.csv"
    second.write_bytes(_farm_bank_csv(day, 3))
    again = _wizard(qtbot, runner, finance, day)
    _page, mapping = _read(qtbot, again, second)
    assert mapping.profile.currentData() == "某农商行" and not mapping.guessed
    assert mapping.confirm_guess.isHidden() and mapping.isComplete()
    info = _import(qtbot, again)
    assert info.line_count == 2 and info.profile == "某农商行"


def test_a_picture_renamed_csv_is_named_for_what_it_is_on_the_first_page(qtbot, runner, finance, tmp_path):
    picture = tmp_path / "对账单.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    wizard = _wizard(qtbot, runner, finance, DAY)
    page = wizard.file_page
    page.path.setText(str(picture))
    page.read()
    qtbot.waitUntil(lambda: not page._busy and "image" in page.error.text(), timeout=WAIT)
    assert page.preview is None and not page.isComplete()


def test_the_guessed_mapping_reads_in_chinese(qtbot, runner, finance, tmp_path):
    from PySide6.QtWidgets import QLabel

    from app.services import language

    language.install("zh_CN")
    try:
        day = DAY
        path = tmp_path / "农商行对账单.csv"
        path.write_bytes(_farm_bank_csv(day, 11))
        wizard = _wizard(qtbot, runner, finance, day)
        _page, mapping = _read(qtbot, wizard, path)
        serial = mapping.form.labelForField(mapping.combos["serial"]).text()
        assert serial.endswith("（猜测）") and "guessed" not in serial
        assert "表头文字猜测" in mapping.note.text() and "核对" in mapping.confirm_guess.text()
        for label in mapping.findChildren(QLabel):   # every label shows its whole text
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        wizard.grab().save("/tmp/recon-wizard-guess-zh.png")
    finally:
        language.install("en")
