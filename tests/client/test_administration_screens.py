"""Administration screens: staff accounts, the permission matrix, sessions and My profile, driven with
qtbot against the real platform API on loopback. Dialogs open window-modal without blocking, so a test
answers the screen's `last_dialog` directly."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import errors
from app.services.administration import Administration
from app.services.api_client import ApiClient
from app.views.admin.administration_screen import AdministrationScreen
from app.views.session.profile_dialog import ProfileDialog
from app.views.admin.roles_screen import ChangesDialog, JustificationDialog, RolesScreen
from app.views.session.step_up_dialog import StepUpDialog
from app.views.admin.users_screen import TemporaryPasswordDialog, UserFormDialog, UsersScreen
from server.demo_accounts import DEMO_PASSWORD
from tests.client.helpers import signed_in_session
from tests.support.platforms import seconds_into_step, totp_code
from server.permissions import DEMO_ROLES  # the standard roles, the outside probe's among them

WAIT = 15_000


def _admin(profile):
    """The administrator signed in with the previous step's code, so that two later steps are left for
    step-up (a code works once, and the server accepts one step either side of now). Not in the last
    seconds of a 30-second step: the previous step's code would be two steps old when it arrives."""
    _clear_of_a_step_boundary()
    return signed_in_session(profile, "admin", steps_ahead=-1)


def _clear_of_a_step_boundary() -> None:
    into = seconds_into_step()
    if into > 27:
        time.sleep(30.5 - into)


def _users(qtbot, session, runner) -> UsersScreen:
    screen = UsersScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 7 and bool(screen.roles) and bool(screen.rules), timeout=WAIT)
    return screen


def _select(qtbot, screen: UsersScreen, username: str) -> None:
    qtbot.waitUntil(lambda: screen.select_user(username), timeout=WAIT)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.user.username == username, timeout=WAIT)


def _step_up(qtbot, screen, step: int) -> None:
    """Answers the step-up dialog the screen opened with the administrator's code `step` steps ahead."""
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, StepUpDialog), timeout=WAIT)
    dialog = screen.last_dialog
    assert not dialog.ok_button.isEnabled()
    dialog.code.setText(totp_code("admin", step))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()


def _row(screen: UsersScreen, username: str):
    return next(r for r in screen.model.rows if r.username == username)


def test_creating_a_user_shows_the_temporary_password_once(qtbot, runner, profile):
    screen = _users(qtbot, _admin(profile), runner)
    form = screen.new_user()
    assert isinstance(form, UserFormDialog) and not form.ok_button.isEnabled()
    form.username.setText("li.na")
    form.display_name.setText("李娜")
    form.phone.setText("13912345678")
    form.checklist.set_chosen(["finance_clerk"])
    form.ok_button.click()
    _step_up(qtbot, screen, 0)
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, TemporaryPasswordDialog), timeout=WAIT)
    shown = screen.last_dialog
    password = shown.password.text()
    assert len(password) >= 10 and shown.password.isReadOnly()
    shown.copy_button.click()
    assert QApplication.clipboard().text() == password
    shown.accept()
    assert shown.password.text() == ""  # not kept once the dialog closes
    qtbot.waitUntil(lambda: screen.model.rowCount() == 8, timeout=WAIT)
    assert _row(screen, "li.na").roles == ("finance_clerk",) and _row(screen, "li.na").must_change_password
    step = ApiClient(profile.url).sign_in("li.na", password, None)
    assert step.status == "password_change_required"


def test_a_sensitive_action_needs_a_fresh_code_and_a_wrong_code_is_refused(qtbot, runner, profile):
    screen = _users(qtbot, _admin(profile), runner)
    _select(qtbot, screen, "auditor")
    target = _row(screen, "auditor")
    with pytest.raises(errors.StepUpRequired):  # the server asks for step-up whatever the client does
        Administration(screen.session.api).reset_totp(target.id, target.version, "not-a-step-up-token")
    assert screen.buttons["reset_totp"].isEnabled()
    box = screen.reset_totp()
    assert "auditor" in box.text() and "authenticator" in box.text()
    box.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, StepUpDialog), timeout=WAIT)
    dialog = screen.last_dialog
    assert "Reset the authenticator of" in dialog.what.text()
    dialog.code.setText("000000")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "wrong" in dialog.error.text() and dialog.isVisible()
    dialog.code.setText(totp_code("admin", 0))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not _row(screen, "auditor").totp_enrolled if screen.model.rows else False, timeout=WAIT)
    # the same code again is refused: a step-up code works once
    with pytest.raises(errors.Unauthorized):
        Administration(screen.session.api).step_up(totp_code("admin", 0))
    assert Administration(screen.session.api).step_up(totp_code("admin", 1))


def test_disabling_a_user_ends_their_session_at_once(qtbot, runner, profile):
    victim = signed_in_session(profile, "service")
    screen = _users(qtbot, _admin(profile), runner)
    _select(qtbot, screen, "service")
    dialog = screen.disable_user()
    assert "周" in dialog.summary.text() and "(service)" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.details.setPlainText("离职")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(screen.model.rows) and _row(screen, "service").state == "disabled", timeout=WAIT)
    assert "disabled" in screen.notice.text()
    with pytest.raises(errors.SessionEnded):
        victim.api.me()
    _select(qtbot, screen, "service")
    assert screen.buttons["enable"].isEnabled() and not screen.buttons["disable"].isEnabled()
    screen.buttons["enable"].click()
    qtbot.waitUntil(lambda: bool(screen.model.rows) and _row(screen, "service").state == "active", timeout=WAIT)


def test_roles_breaking_a_separation_rule_need_a_written_justification(qtbot, runner, profile):
    screen = _users(qtbot, _admin(profile), runner)
    _select(qtbot, screen, "finance")
    dialog = screen.choose_roles()
    checklist = dialog.checklist
    assert checklist.chosen() == ["finance_clerk"]
    checklist.set_chosen(["finance_clerk", "finance_manager"])
    assert not checklist.warning.isHidden() and "Adjustment maker and checker" in checklist.warning.text()
    dialog.ok_button.click()
    _step_up(qtbot, screen, 0)
    qtbot.waitUntil(lambda: isinstance(screen.last_dialog, JustificationDialog), timeout=WAIT)
    justification = screen.last_dialog
    assert "Adjustment maker and checker" in justification.summary.text()  # the rule in words
    assert "sod." not in justification.summary.text()
    assert not justification.ok_button.isEnabled()
    justification.text.setPlainText("月末临时顶岗，主管休假（审批单 HR-2026-118）")
    justification.ok_button.click()  # resent with the same step-up token
    qtbot.waitUntil(lambda: bool(screen.model.rows) and _row(screen, "finance").roles == ("finance_clerk", "finance_manager"),
                    timeout=WAIT)
    _select(qtbot, screen, "finance")
    qtbot.waitUntil(lambda: not screen.conflicts_label.isHidden(), timeout=WAIT)
    assert "Adjustment maker and checker (Propose adjusting entries + Approve adjusting entries)" in \
        screen.conflicts_label.text()
    given = {screen.permissions.topLevelItem(i).text(0): screen.permissions.topLevelItem(i).text(1)
             for i in range(screen.permissions.topLevelItemCount())}  # permissions in words, with their roles
    assert given["Approve adjusting entries"] == "Finance manager"
    assert given["View funds"] == "Finance clerk, Finance manager"


def test_an_administrator_cannot_act_on_their_own_account(qtbot, runner, profile):
    screen = _users(qtbot, _admin(profile), runner)
    _select(qtbot, screen, "admin")
    for key in ("disable", "reset_password", "reset_totp", "roles"):
        assert not screen.buttons[key].isEnabled(), key
        assert "your own account" in screen.buttons[key].toolTip()
    assert screen.buttons["edit"].isEnabled()
    assert screen.disable_user() is None and screen.reset_password() is None
    me = _row(screen, "admin")
    admin = Administration(screen.session.api)
    with pytest.raises(errors.Forbidden) as refused:
        admin.disable_user(me.id, me.version, "x")
    assert refused.value.code == "self_service_forbidden"
    # activity comes from the audit log
    qtbot.waitUntil(lambda: screen.activity.topLevelItemCount() > 0, timeout=WAIT)
    assert screen.activity.topLevelItem(0).text(1) == "Signed in"  # the action in words, not auth.signed_in


def _roles(qtbot, session, runner) -> RolesScreen:
    screen = RolesScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.model.roles) == len(DEMO_ROLES) and bool(screen.model.rules), timeout=WAIT)
    return screen


def _cell(screen: RolesScreen, role: str, permission: str):
    column = next(i + 1 for i, r in enumerate(screen.model.roles) if r.name == role)
    return screen.model.index(screen.model.row_of(permission), column)


def test_the_permission_matrix_shows_the_change_and_saves_it_with_step_up(qtbot, runner, profile):
    screen = _roles(qtbot, _admin(profile), runner)
    cell = _cell(screen, "customer_service", "report.print")
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not screen.save_button.isEnabled()
    assert screen.model.setData(cell, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert screen.save_button.isEnabled() and "1 role" in screen.save_button.text()
    dialog = screen.review_changes()
    assert isinstance(dialog, ChangesDialog)
    assert dialog.text() == "Customer service\n  + Print reports"  # in words, no codes
    assert not dialog.needs_justification
    dialog.ok_button.click()
    _step_up(qtbot, screen, 0)
    qtbot.waitUntil(lambda: "Saved the permissions of 1 role" in screen.notice.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not screen.model.pending, timeout=WAIT)
    reloaded = _roles(qtbot, screen.session, runner)  # a fresh screen reads the roles from the server again
    assert _cell(reloaded, "customer_service", "report.print").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_ticking_conflicting_permissions_warns_at_once_and_asks_for_a_justification(qtbot, runner, profile):
    screen = _roles(qtbot, _admin(profile), runner)
    assert screen.warnings.isHidden()
    screen.model.setData(_cell(screen, "finance_clerk", "funds.adjust.approve"), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    assert not screen.warnings.isHidden()
    assert "Finance clerk: Adjustment maker and checker" in screen.warnings.text()
    dialog = screen.review_changes()
    assert dialog.needs_justification and not dialog.ok_button.isEnabled()
    dialog.justification_text.setPlainText("小型分支机构仅一名财务")
    dialog.ok_button.click()
    _step_up(qtbot, screen, 0)
    qtbot.waitUntil(lambda: "Saved the permissions of 1 role" in screen.notice.text(), timeout=WAIT)
    screen.model.discard()


def test_the_auditor_reads_the_matrix_without_changing_it(qtbot, runner, profile):
    session = signed_in_session(profile, "auditor")
    admin_screen = AdministrationScreen(session, runner)
    qtbot.addWidget(admin_screen)
    assert admin_screen.users is None and admin_screen.sessions is None and admin_screen.tabs.count() == 2
    assert admin_screen.backups is not None  # the backup runs: audit.read
    screen = admin_screen.roles
    qtbot.waitUntil(lambda: len(screen.model.roles) == len(DEMO_ROLES), timeout=WAIT)
    cell = _cell(screen, "auditor", "audit.read")
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not (screen.model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable)
    assert not screen.model.setData(cell, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert screen.save_button.isHidden() and screen.new_button.isHidden()
    assert "Read-only" in screen.status.text()


def test_a_role_held_by_users_is_not_deleted_and_the_server_says_why(qtbot, runner, profile):
    screen = _roles(qtbot, _admin(profile), runner)
    screen.select_role("auditor")
    box = screen.delete_role()
    assert "Delete the role Auditor?" in box.text()
    box.ok_button.click()
    qtbot.waitUntil(lambda: "hold the role “Auditor”" in screen.notice.text(), timeout=WAIT)


def test_revoking_a_session_signs_that_console_out(qtbot, runner, profile):
    victim = signed_in_session(profile, "risklead")
    screen = AdministrationScreen(_admin(profile), runner)
    qtbot.addWidget(screen)
    panel = screen.sessions
    qtbot.waitUntil(lambda: panel.select_username("risklead"), timeout=WAIT)
    box = panel.revoke()
    assert "张伟" in box.text() and "127.0.0.1" in box.text()  # the staff member's name
    box.ok_button.click()
    qtbot.waitUntil(lambda: "revoked" in panel.notice.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(panel.model.rows) and {s.username for s in panel.model.rows} == {"admin"}, timeout=WAIT)
    with pytest.raises(errors.SessionEnded):
        victim.api.me()


def test_linking_a_staff_member_to_a_customer_and_ending_the_link(qtbot, runner, profile):
    screen = AdministrationScreen(_admin(profile), runner)
    qtbot.addWidget(screen)
    panel = screen.links
    qtbot.waitUntil(lambda: "No staff member is linked" in panel.count.text(), timeout=WAIT)
    assert not panel.end_button.isEnabled()
    panel.filter.setText("C4242")
    panel.add()
    qtbot.waitUntil(lambda: panel.last_dialog is not None, timeout=WAIT)
    dialog = panel.last_dialog
    assert dialog.customer.text() == "C4242"
    dialog.customer.setText("C 42")  # a space is not allowed in a customer reference
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.customer.setText("C4242")
    dialog.staff.setCurrentIndex(dialog.staff.findText("陈静"))
    dialog.note.setText("本人账户")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "now linked" in panel.notice.text(), timeout=WAIT)
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.model.rows) == 1, timeout=WAIT)
    link = panel.model.rows[0]
    assert (link.customer_ref, link.username, link.note) == ("C4242", "finance", "本人账户")
    admin = Administration(screen.session.api)
    assert [l.username for l in admin.staff_links("C4242")] == ["finance"]
    panel.table.selectRow(0)
    box = panel.end()
    assert "陈静" in box.text() and "Customer C4242" in box.text()
    box.ok_button.click()
    _step_up(qtbot, panel, 0)  # ending a link asks for a fresh one-time code
    qtbot.waitUntil(lambda: "has ended" in panel.notice.text(), timeout=WAIT)
    assert admin.staff_links("C4242") == []
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT)
    runner.wait_idle(10_000)


def test_changing_the_own_password_through_my_profile(qtbot, runner, profile):
    session = signed_in_session(profile, "risk")
    dialog = ProfileDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.permissions
    assert sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())) == len(
        session.me.permissions)
    qtbot.waitUntil(lambda: "At least 10 characters" in dialog.rules.text(), timeout=WAIT)
    dialog.current_password.setText("wrong-password-1")
    dialog.new_password.setText("short")
    assert "✗ At least 10 characters" in dialog.rules.text() and not dialog.change_button.isEnabled()
    dialog.new_password.setText("Another-2026-pw")
    dialog.repeat_password.setText("Another-2026-pw")
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=WAIT)
    assert dialog.current_error.text() == "The current password is wrong."
    assert dialog.new_password.text() == "Another-2026-pw"  # what was typed stays
    dialog.current_password.setText(DEMO_PASSWORD)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "has been changed" in dialog.password_done.text(), timeout=WAIT)
    step = ApiClient(profile.url).sign_in("risk", "Another-2026-pw", totp_code("risk", 1))
    assert step.status == "ok"


def test_re_enrolling_the_authenticator_from_my_profile(qtbot, runner, profile):
    import pyotp

    _clear_of_a_step_boundary()
    session = signed_in_session(profile, "auditor", steps_ahead=-1)
    dialog = ProfileDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    uris = []
    original = dialog.show_new_device
    dialog.show_new_device = lambda uri: (uris.append(uri), original(uri))
    step_up = dialog.start_enrolment()
    step_up.code.setText(totp_code("auditor", 0))
    step_up.ok_button.click()
    qtbot.waitUntil(lambda: dialog.enrol_page.isVisible(), timeout=WAIT)
    assert not dialog.qr.pixmap().isNull() and "Or enter this key by hand" in dialog.secret_text.text()
    secret = pyotp.parse_uri(uris[0]).secret
    dialog.device_code.setText(totp_code("auditor", secret=secret))
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "new authenticator is in use" in dialog.device_state.text(), timeout=WAIT)
    with pytest.raises(errors.Unauthorized):
        ApiClient(profile.url).sign_in("auditor", DEMO_PASSWORD, totp_code("auditor", 1))


def test_the_administration_screen_shows_only_the_tabs_the_user_may_use(qtbot, runner, profile):
    screen = AdministrationScreen(_admin(profile), runner)
    qtbot.addWidget(screen)
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == ["Users", "Roles and permissions",
                                                                             "Linked customers", "Sessions",
                                                                             "Backups", "Data import"]
    from app.views.shell.screens import screens_for

    assert "admin" not in [s.key for s in screens_for(signed_in_session(profile, "risklead").me)]
    assert "admin" in [s.key for s in screens_for(signed_in_session(profile, "auditor").me)]
    runner.wait_idle(10_000)


def test_my_profile_opens_from_the_tools_menu(qtbot, runner, settings, profile):
    from app.views.shell.main_window import MainWindow

    window = MainWindow(signed_in_session(profile, "finance"), runner, settings)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    next(a for a in tools.actions() if a.text() == "My profile…").trigger()
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible() and dialog.session.me.username == "finance"
    tree = dialog.permissions  # what the user may do, by area (moved here from the home screen)
    assert sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())) == len(
        dialog.session.me.permissions)
    dialog.reject()
    window.close()
    runner.wait_idle(10_000)
