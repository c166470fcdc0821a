"""The statement import wizard (导入对账文件) against the real platform: the demo sample statement read, mapped
from its profile and imported with progress; a malformed file refused with every problem listed and
nothing stored; the same file twice refused; a profile saved by name."""

from datetime import date
from pathlib import Path

import pytest

from app.services.reconciliation import Reconciliation
from app.views.reconciliation.reconciliation_day import ReconciliationDay
from app.views.reconciliation.statement_import_wizard import StatementImportWizard
from tests.client.helpers import signed_in_session

WAIT = 20_000
OTHER_DAY = date(2026, 11, 20)  # a day without a statement (fixed: these tests do not depend on today)
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "demo-statements"
MALFORMED = ("银行流水号,平台订单号,子账户,交易金额,交易时间,摘要\n"
             "B9000001,RC900001,IV0001,100.00,2026-11-20 10:00:00,充值\n"
             "B9000002,RC900002,IV0002,abc,2026-11-20 10:05:00,充值\n"
             "B9000003,RC900003,IV0003,50.123,2026-13-01 10:00:00,充值\n")


@pytest.fixture
def demo(platform):
    from server.ledger.demo import seed_ledger
    from server.loans.demo import seed_loans
    from server.reconciliation.demo import seed_reconciliation

    with platform.db.write() as db:
        seed_loans(db, 40)
        seed_ledger(db)
        seed_reconciliation(db)
        db.commit()
    return platform


def _sample() -> Path:
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in (".csv", ".xlsx"))
    assert files, f"a sample statement in {SAMPLES}"
    return files[0]


def _sample_day() -> date:
    """The day the sample's lines are dated (its name ends in it): a statement imports for its own day only."""
    stem = _sample().stem
    return date(int(stem[-8:-4]), int(stem[-4:-2]), int(stem[-2:]))


def _wizard(qtbot, runner, session, day) -> StatementImportWizard:
    wizard = StatementImportWizard(Reconciliation(session.api), runner, day)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _through_to_import(qtbot, wizard, path: Path, encoding: str | None = None):
    page = wizard.file_page
    if encoding:
        page.encoding.setCurrentIndex(page.encoding.findData(encoding))
    page.path.setText(str(path))
    page.read()
    reading = ("Reading", "正在读取")  # the wait message, in either language
    qtbot.waitUntil(lambda: page.preview is not None or bool(page.error.text()) and not any(
        word in page.error.text() for word in reading), timeout=WAIT)
    assert page.preview is not None, page.error.text()
    assert page.isComplete()
    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(lambda: mapping.profile.count() > 1, timeout=WAIT)
    return page, mapping


def test_the_demo_sample_statement_imports_through_the_wizard(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    service = Reconciliation(session.api)
    day = _sample_day()  # its lines are dated that day; no statement yet
    before = service.day(day)
    wizard = _wizard(qtbot, runner, session, day)
    imported = []
    wizard.imported.connect(imported.append)
    page, mapping = _through_to_import(qtbot, wizard, _sample())
    assert page.preview.encoding in ("gb18030", "gbk") and "GB18030" in page.detected.text()
    assert page.rows.rowCount() > 3  # the first lines are shown
    assert mapping.isComplete(), mapping.note.text()
    assert mapping.profile.currentData()  # a profile was guessed and applied
    wizard.grab().save("/tmp/recon-wizard-mapping-en.png")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.result is not None or wizard.import_page.task is None, timeout=WAIT)
    assert wizard.import_page.result is not None, wizard.import_page.status.text()
    assert imported and imported[0].line_count > 0 and "Imported" in wizard.import_page.status.text()
    after = service.day(day)
    assert len(after.statements) == len(before.statements) + 1
    wizard.grab().save("/tmp/recon-wizard-done-en.png")


def test_a_malformed_file_shows_every_problem_and_nothing_is_stored(qtbot, runner, profile, demo, tmp_path):
    session = signed_in_session(profile, "finance")
    service = Reconciliation(session.api)
    day = OTHER_DAY
    bad = tmp_path / "bad-statement.csv"
    bad.write_bytes(MALFORMED.encode("gb18030"))
    wizard = _wizard(qtbot, runner, session, day)
    _page, mapping = _through_to_import(qtbot, wizard, bad)
    assert mapping.isComplete(), mapping.note.text()
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.task is None and page.problems.rowCount() > 0, timeout=WAIT)
    rows = [[page.problems.item(r, c).text() for c in range(3)] for r in range(page.problems.rowCount())]
    assert {r[0] for r in rows} >= {"3", "4"}  # every bad line, by its line number in the file
    # The server's own sentence, naming the value, in the list (and the kind of problem in the tooltip).
    assert any(r[0] == "3" and r[1] == "交易金额" and r[2] == "'abc' is not an amount in yuan (such as 1,234.56)."
               for r in rows)
    assert any(r[0] == "4" and "is not a valid date" in r[2] for r in rows)
    first = next(r for r in range(page.problems.rowCount()) if page.problems.item(r, 0).text() == "3")
    assert "The amount is not a number." in page.problems.item(first, 2).toolTip()
    assert "refused" in page.status.text() and "nothing was stored" in page.status.text()
    assert page.result is None and not page.isComplete()
    assert service.day(day).statements == ()
    wizard.grab().save("/tmp/recon-wizard-refused-en.png")


def test_the_same_file_twice_is_refused_with_a_sentence(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    day = _sample_day()
    first = _wizard(qtbot, runner, session, day)
    _through_to_import(qtbot, first, _sample())
    first.next()
    qtbot.waitUntil(lambda: first.import_page.result is not None or first.import_page.task is None, timeout=WAIT)
    assert first.import_page.result is not None, first.import_page.status.text()
    again = _wizard(qtbot, runner, session, day)
    _through_to_import(qtbot, again, _sample())
    again.next()
    qtbot.waitUntil(lambda: again.import_page.task is None and bool(again.import_page.status.text())
                    and "Sending" not in again.import_page.status.text(), timeout=WAIT)
    assert "imported before" in again.import_page.status.text()
    assert again.import_page.result is None


def test_a_mapping_is_saved_as_a_named_profile(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    wizard = _wizard(qtbot, runner, session, OTHER_DAY)
    _page, mapping = _through_to_import(qtbot, wizard, _sample())
    mapping.profile_name.setText("存管行 新版")
    assert mapping.save_button.isEnabled()
    mapping.save_button.click()
    qtbot.waitUntil(lambda: "存管行 新版" in mapping.profiles, timeout=WAIT)
    assert any(p.name == "存管行 新版" and not p.builtin for p in Reconciliation(session.api).profiles())


def test_the_workspace_opens_the_wizard_for_its_day(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    day = OTHER_DAY
    view = ReconciliationDay(session, runner, day)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None, timeout=WAIT)
    assert view.import_button.isEnabled() and not view.run_button.isEnabled()  # nothing to run before a statement
    view.import_button.click()
    assert isinstance(view.last_dialog, StatementImportWizard) and view.last_dialog.day == day
    view.last_dialog.reject()


def test_a_cancelled_upload_stops_at_once_and_stores_nothing(profile, demo, tmp_path):
    """The upload streams the file in chunks; the progress callback that raises (as the task runner's does
    once the user cancels) ends it before the server has the file."""
    from app.services.errors import Cancelled

    service = Reconciliation(signed_in_session(profile, "finance").api)
    day = _sample_day()  # the sample imports for the day its lines are dated
    big = tmp_path / "big.csv"
    big.write_bytes(_sample().read_bytes() * 400)  # a few megabytes
    seen = []

    def progress(sent: int, total: int) -> None:
        seen.append((sent, total))
        raise Cancelled()

    with pytest.raises(Cancelled):
        service.import_statement(day, str(big), profile="cmb", progress=progress)
    assert len(seen) == 1 and 0 < seen[0][0] <= 256 * 1024 and seen[0][1] == big.stat().st_size  # the first chunk
    assert service.day(day).statements == ()
    info = service.import_statement(day, str(_sample()), profile="cmb", progress=lambda s, t: seen.append((s, t)))
    assert seen[-1] == (_sample().stat().st_size,) * 2 and info.line_count > 0  # the whole file, reported to the end
