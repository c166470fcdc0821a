"""Signing in through the real dialog against a real platform API on loopback."""

import pytest

from app.views.session.sign_in_dialog import SignInDialog
from server.audit.service import Auditor
from server.demo_accounts import DEMO_PASSWORD
from server.staff import service as staff
from tests.client.helpers import fill_and_submit
from tests.support.platforms import totp_code


def _temporary_user(platform, username: str, role: str) -> str:
    """A user as an administrator creates one: a temporary password and no device yet."""
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        _user, temporary = staff.create_user(db, audit, username, username, [role])
        audit.seal()
        db.commit()
    return temporary


def _dialog(qtbot, settings, runner):
    dialog = SignInDialog(settings, runner, platform=None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_signing_in_with_password_and_code_opens_a_session(qtbot, settings, runner, profile):
    dialog = _dialog(qtbot, settings, runner)
    assert not dialog.demo_box.isVisible()  # demo accounts only for the local demo platform
    with qtbot.waitSignal(dialog.signed_in, timeout=15_000) as signal:
        fill_and_submit(qtbot, dialog, "risk", DEMO_PASSWORD, totp_code("risk"))
    session = signal.args[0]
    assert session.me.username == "risk" and "loan.review.first" in session.me.permissions
    assert session.registry["loan.read"].label_zh == "查看借款申请"
    assert settings.last_username("test") == "risk"  # the user name is remembered
    assert "Demo2026" not in open(settings.q.fileName(), encoding="utf-8").read()  # the password never is


def test_a_wrong_password_is_told_in_a_sentence_and_the_input_is_kept(qtbot, settings, runner, profile):
    dialog = _dialog(qtbot, settings, runner)
    fill_and_submit(qtbot, dialog, "risk", "Wrong-password-1", totp_code("risk"))
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert dialog.error.text() == "The user name, password or one-time code is wrong."
    assert dialog.username.text() == "risk" and dialog.ok_button.isEnabled()
    dialog.error.clear()  # the right password with a wrong code reads the same
    fill_and_submit(qtbot, dialog, "risk", DEMO_PASSWORD, "000000")
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=15_000)
    assert dialog.error.text() == "The user name, password or one-time code is wrong."


def test_first_sign_in_changes_the_temporary_password_and_enrols_a_device(qtbot, settings, runner, profile, platform):
    temporary = _temporary_user(platform, "newbie", "customer_service")
    dialog = _dialog(qtbot, settings, runner)
    fill_and_submit(qtbot, dialog, "newbie", temporary, "")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: "10 characters" in dialog.rules.text(), timeout=10_000)  # the rules, as typed
    qtbot.keyClicks(dialog.new_password, "short")
    assert "✗ At least 10 characters." in dialog.rules.text()
    dialog.new_password.clear()
    qtbot.keyClicks(dialog.new_password, "Brand-new-2026")
    qtbot.keyClicks(dialog.repeat_password, "Brand-new-2026")
    assert "✓ At least 10 characters." in dialog.rules.text() and "✓ Both entries match." in dialog.rules.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=15_000)
    assert not dialog.qr.pixmap().isNull()
    secret = dialog.secret_text.text().split(":", 1)[1].replace(" ", "").strip()
    with qtbot.waitSignal(dialog.signed_in, timeout=15_000) as signal:
        qtbot.keyClicks(dialog.enroll_code, totp_code("", secret=secret))
        dialog.ok_button.click()
    assert signal.args[0].me.username == "newbie"


def test_a_rejected_new_password_shows_the_servers_rule(qtbot, settings, runner, profile, platform):
    temporary = _temporary_user(platform, "second", "auditor")
    dialog = _dialog(qtbot, settings, runner)
    fill_and_submit(qtbot, dialog, "second", temporary, "")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=15_000)
    qtbot.keyClicks(dialog.new_password, "password1234")
    qtbot.keyClicks(dialog.repeat_password, "password1234")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert dialog.error.text() == "Not a commonly used password."
    assert dialog.new_password.text() == "password1234"


@pytest.mark.clock  # the console shows the code of the step now
def test_demo_accounts_fill_the_form_with_a_current_code(qtbot, settings, runner, tmp_path):
    from app.services.embedded_platform import EmbeddedPlatform

    platform = EmbeddedPlatform(tmp_path / "unused")  # not started: the dialog only shows its accounts
    dialog = SignInDialog(settings, runner, platform)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_box.isVisible() and not dialog.ok_button.isEnabled()  # waits for the platform
    assert "Starting the local demo platform" in dialog.platform_state.text()
    dialog.demo_table.cellDoubleClicked.emit(4, 0)
    assert dialog.username.text() == "admin" and dialog.password.text() == DEMO_PASSWORD
    # the step may turn between the click and this line: the code of the step before is the same click's
    current = {totp_code("admin", -1), totp_code("admin")}
    assert dialog.code.text() in current
    assert dialog.demo_table.item(4, 2).text()[:6] in current
    platform.ready.emit("http://127.0.0.1:1")
    assert dialog.ok_button.isEnabled()


def test_the_embedded_platform_starts_seeds_and_stops(qtbot, tmp_path):
    from app.services.embedded_platform import EmbeddedPlatform
    import requests

    platform = EmbeddedPlatform(tmp_path / "demo")
    with qtbot.waitSignal(platform.ready, timeout=90_000) as ready:
        platform.start()
    url = ready.args[0]
    assert url.startswith("http://127.0.0.1:")
    assert requests.get(f"{url}/api/v1/health", timeout=10).json()["status"] == "ok"
    assert (tmp_path / "demo" / "platform.db").exists() and (tmp_path / "demo" / "pii-keys.json").exists()
    platform.stop()
    import pytest

    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(f"{url}/api/v1/health", timeout=5)


def test_the_embedded_platform_keeps_its_database_and_keys_in_p2p_data_dir(qtbot, tmp_path, monkeypatch):
    """As the README says: P2P_DATA_DIR is where the database and the key ring live, for the console's
    embedded platform too; nothing goes to the user's data folder."""
    from app.services.embedded_platform import EmbeddedPlatform
    import requests

    home, data = tmp_path / "home", tmp_path / "p2p-data"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("P2P_DATA_DIR", str(data))
    monkeypatch.delenv("P2P_PII_KEYS_FILE", raising=False)
    platform = EmbeddedPlatform()
    assert platform.data_dir == data
    with qtbot.waitSignal(platform.ready, timeout=90_000) as ready:
        platform.start()
    try:
        assert requests.get(f"{ready.args[0]}/api/v1/health", timeout=10).json()["status"] == "ok"
    finally:
        platform.stop()
    assert (data / "platform.db").exists() and (data / "pii-keys.json").exists()
    assert not (home / ".local" / "share").exists() or not any((home / ".local" / "share").rglob("*"))
