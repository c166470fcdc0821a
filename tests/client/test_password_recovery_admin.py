"""The administration screen edits where a staff member's recovery code goes: their e-mail (and mobile), masked
on screen for an administrator without pii.view, driven with qtbot against the real platform API on loopback."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.views.admin.users_screen import TemporaryPasswordDialog, UserFormDialog
from server.staff.models import User
from tests.client.test_administration_screens import WAIT, _admin, _row, _select, _step_up, _users


def _email_shown(screen, username: str) -> str | None:
    """The list's e-mail of the user (None while the list is being fetched again)."""
    row = next((r for r in screen.model.rows if r.username == username), None)
    return row.email if row else None


def _stored_email(platform, username: str) -> str | None:
    with platform.db.read() as db:
        return db.scalar(select(User).where(User.username == username)).email


def test_the_list_and_the_detail_show_the_email_masked(qtbot, runner, profile):
    screen = _users(qtbot, _admin(profile), runner)
    assert _row(screen, "risk").email == "r***@p2p.example"
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert "E-mail" in headers
    _select(qtbot, screen, "risk")
    assert "E-mail r***@p2p.example" in screen.facts.text()


def test_an_administrator_changes_a_staff_members_email(qtbot, runner, profile, platform):
    screen = _users(qtbot, _admin(profile), runner)
    _select(qtbot, screen, "risk")
    form = screen.edit_user()
    assert isinstance(form, UserFormDialog)
    assert form.email.text() == "" and form.email.placeholderText() == "Leave empty to keep it"
    form.email.setText("not an address")
    assert not form.ok_button.isEnabled()  # checked as typed
    form.email.setText("li.ming@example.com")
    assert form.ok_button.isEnabled()
    form.ok_button.click()
    qtbot.waitUntil(lambda: _email_shown(screen, "risk") == "l***@example.com", timeout=WAIT)
    assert _stored_email(platform, "risk") == "li.ming@example.com"
    assert _row(screen, "risk").phone == "138****0001"  # the mobile left empty: kept


def test_a_new_account_gets_an_email(qtbot, runner, profile, platform):
    screen = _users(qtbot, _admin(profile), runner)
    form = screen.new_user()
    form.username.setText("wang.fang")
    form.display_name.setText("王芳")
    form.email.setText("wang.fang@example.com")
    form.checklist.set_chosen(["customer_service"])
    form.ok_button.click()
    _step_up(qtbot, screen, 0)
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, TemporaryPasswordDialog), timeout=WAIT)
    screen.last_dialog.accept()
    qtbot.waitUntil(lambda: _email_shown(screen, "wang.fang") == "w***@example.com", timeout=WAIT)
    assert _stored_email(platform, "wang.fang") == "wang.fang@example.com"


def test_a_masked_email_reads_as_an_address_not_as_english_words():
    from app.text_audit import chinese_problems

    assert chinese_problems("电子邮箱 r***@p2p.example") == []
    assert chinese_problems("电子邮箱 li.ming@example.com") == []
    assert chinese_problems("电子邮箱 example") == ["an English word (example)"]
