"""The blacklist screen (黑名单) against the real platform: adding an entry, asking for its removal, the removal
approved by a second holder of the blacklist permission (never by the one who asked), importing a file whose bad
line is named by line and column (nothing added) and then a good file (all added), and a read-only view for
customer service."""

import csv
import io

import pyotp
from PySide6.QtWidgets import QMessageBox

from app.services.api_client import ApiClient
from app.services.blacklist import Blacklist
from app.services.session import ConsoleSession
from app.views.blacklist.blacklist_screen import AddEntryDialog, BlacklistScreen, ImportDialog
from app.views.common.reason_dialog import ReasonDialog
from tests.client.helpers import signed_in_session
from tests.support.platforms import totp_code

WAIT = 15_000


def second_lead(profile) -> ConsoleSession:
    """王磊 (wang.lei), a second senior risk officer made through the admin API, signed in."""
    admin = signed_in_session(profile, "admin")
    token = admin.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": totp_code("admin", 1)},
                              idempotent=False)["step_up_token"]
    made = admin.api.request("POST", "/api/v1/users", headers={"X-Step-Up-Token": token}, json={
        "username": "wang.lei", "display_name": "王磊", "roles": ["senior_risk_officer"]})
    api = ApiClient(profile.url)
    step = api.sign_in("wang.lei", made["temporary_password"], None)
    step = api.change_password(step.challenge, "Second-review-2026")
    secret = pyotp.parse_uri(step.otpauth_uri).secret
    api.enroll_totp(step.challenge, totp_code("", secret=secret))
    return ConsoleSession.load(profile, api, False)


def _screen(qtbot, runner, session) -> BlacklistScreen:
    screen = BlacklistScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    return screen


def _select(qtbot, screen, value: str) -> None:
    qtbot.waitUntil(lambda: any(e.value == value for e in screen.table.records), timeout=WAIT)
    screen.table.select_where(lambda e: e.value == value)


def _csv(path, rows) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8"))
    return str(path)


def test_add_then_removal_asked_by_one_and_approved_by_another(qtbot, runner, profile):
    lead = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    assert lead.add_button.isVisible() and lead.import_button.isVisible()
    lead.add()
    dialog = lead.last_dialog
    assert isinstance(dialog, AddEntryDialog) and not dialog.ok_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("phone"))
    dialog.value.setText("13955550001")
    dialog.reason.setText("冒用他人身份借款")
    dialog.source.setCurrentIndex(dialog.source.findData("court"))
    dialog.ok_button.click()
    _select(qtbot, lead, "13955550001")  # the senior officer holds pii.view: the value in full
    entry = lead.selected()
    assert (entry.kind, entry.source, entry.added_by_name) == ("phone", "court", "张伟")
    row = lead.table.currentRow()
    assert [lead.table.item(row, c).text() for c in (0, 3, 4)] == ["Phone", "On the list", "Court list of defaulters"]

    assert lead.removal_button.isEnabled()
    lead.request_removal()
    reason = lead.last_dialog
    assert isinstance(reason, ReasonDialog) and "13955550001" in reason.summary.text()
    reason.choice.setCurrentIndex(0)
    reason.ok_button.click()
    qtbot.waitUntil(lambda: lead.selected() is not None and lead.selected().pending_removal, timeout=WAIT)
    assert "Removal awaiting approval" in lead.table.item(lead.table.currentRow(), 3).text()
    assert not lead.approve_button.isEnabled() and not lead.reject_button.isEnabled()  # not by the one who asked
    assert "Another person" in lead.approve_button.toolTip()

    other = _screen(qtbot, runner, second_lead(profile))
    _select(qtbot, other, "13955550001")
    assert other.approve_button.isEnabled() and other.reject_button.isEnabled()
    other.approve_removal()
    box = other.last_dialog
    assert isinstance(box, QMessageBox) and "张伟" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: all(e.value != "13955550001" for e in other.table.records), timeout=WAIT)
    assert "Removed" in other.message.text()
    removed = [e for e in Blacklist(other.session.api).search("13955550001", include_removed=True)]
    assert removed and removed[0].removal.state == "approved" and removed[0].removal.decided_by_name == "王磊"
    other.include_removed.setChecked(True)
    _select(qtbot, other, "13955550001")
    assert other.table.item(other.table.currentRow(), 3).text().startswith("Removed by 王磊")


def test_import_names_the_bad_line_and_adds_nothing_then_a_good_file_adds_all(qtbot, runner, profile, tmp_path):
    screen = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    before = len(screen.entries)
    header = ["类型", "值", "原因", "来源"]
    bad = _csv(tmp_path / "bad.csv", [header, ["手机号", "13955550002", "多头借贷", "内部"],
                                       ["护照", "E12345678", "伪造材料", "内部"]])
    screen.import_file(bad)
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, ImportDialog), timeout=WAIT)
    dialog = screen.last_dialog
    assert dialog.result.dry_run and len(dialog.result.problems) == 1
    item = dialog.problems.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("3", "类型") and "护照" in item.text(2)
    assert not dialog.ok_button.isEnabled() and "Problems found: 1." in dialog.summary.text()
    dialog.reject()
    assert len(Blacklist(screen.session.api).search()) == before  # a dry run adds nothing

    good = _csv(tmp_path / "good.csv", [header, ["手机号", "13955550002", "多头借贷", "内部"],
                                        ["姓名", "欧阳娜娜", "冒名借款", "合作机构"]])
    screen.last_dialog = None
    screen.import_file(good)
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, ImportDialog), timeout=WAIT)
    dialog = screen.last_dialog
    assert dialog.result.problems == [] and dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Import 2 entries"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "2 entries added" in screen.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: len(screen.entries) == before + 2, timeout=WAIT)
    assert {e.value for e in screen.entries} >= {"13955550002", "欧阳娜娜"}


def test_customer_service_reads_the_blacklist_masked_without_changing_it(qtbot, runner, profile):
    Blacklist(signed_in_session(profile, "risklead").api).add("phone", "13955550003", "伪造流水", "internal")
    screen = _screen(qtbot, runner, signed_in_session(profile, "service"))
    qtbot.waitUntil(lambda: bool(screen.entries), timeout=WAIT)
    for button in (screen.add_button, screen.import_button, screen.removal_button, screen.approve_button,
                   screen.reject_button):
        assert button.isHidden()
    values = [e.value for e in screen.entries if e.kind == "phone"]
    assert values and all("*" in v for v in values) and "13955550003" not in values


def test_a_removal_rejected_by_another_keeps_the_entry(qtbot, runner, profile):
    lead = signed_in_session(profile, "risklead")
    service = Blacklist(lead.api)
    entry = service.add("id_number", "110101198001011234", "法院失信被执行人", "court")
    service.request_removal(entry.id, "已结清")
    other = _screen(qtbot, runner, second_lead(profile))
    other.only_pending.setChecked(True)
    assert [e.id for e in other.table.records] == [entry.id]
    other.table.selectRow(0)
    other.reject_removal()
    dialog = other.last_dialog
    assert isinstance(dialog, ReasonDialog) and "张伟" in dialog.summary.text()
    dialog.choice.setCurrentIndex(0)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "stays on the blacklist" in other.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: other.table.rowCount() == 0, timeout=WAIT)  # nothing waits any more
    kept = next(e for e in service.search() if e.id == entry.id)
    assert kept.active and kept.removal.state == "rejected" and kept.removal.decided_by_name == "王磊"
