"""Credentials live only in the OS keyring: the refresh token of "stay signed in", never the password."""

import os
import re
import shutil
import signal
import subprocess

import keyring
import pytest
from keyring.backends import fail

from app.services import credentials
from app.views.session.sign_in_dialog import SignInDialog
from server.demo_accounts import DEMO_PASSWORD
from tests.client.helpers import fill_and_submit
from tests.support.platforms import totp_code


def test_stay_signed_in_keeps_only_the_refresh_token_and_resumes_without_a_password(
        qtbot, settings, runner, profile, memory_keyring):
    dialog = SignInDialog(settings, runner, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stay.isEnabled()
    dialog.stay.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=15_000) as signal_:
        fill_and_submit(qtbot, dialog, "finance", DEMO_PASSWORD, totp_code("finance"))
    session = signal_.args[0]
    stored = dict(memory_keyring.store)
    assert list(stored) == [("p2p-backoffice", "test|finance")]
    assert stored[("p2p-backoffice", "test|finance")] == session.api.tokens.refresh_token
    assert DEMO_PASSWORD not in str(stored) and DEMO_PASSWORD not in open(settings.q.fileName(), encoding="utf-8").read()

    session.api.refresh()  # a rotated refresh token replaces the stored one
    assert memory_keyring.store[("p2p-backoffice", "test|finance")] == session.api.tokens.refresh_token

    again = SignInDialog(settings, runner, None)  # the next start: straight in, no password
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.signed_in, timeout=15_000) as resumed:
        again.try_resume()
    assert resumed.args[0].me.username == "finance"

    resumed.args[0].sign_out()
    assert memory_keyring.store == {}


def test_without_a_secure_keyring_nothing_is_remembered_and_the_dialog_says_why(qtbot, settings, runner, profile):
    keyring.set_keyring(fail.Keyring())
    dialog = SignInDialog(settings, runner, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.stay.isEnabled(), timeout=5000)  # asked off the GUI thread
    assert not dialog.stay.isChecked()
    # says why in words; the keyring backend's class name is a code, not for the user
    assert "No secure credential store" in dialog.stay.toolTip() and "fail.Keyring" not in dialog.stay.toolTip()
    assert credentials.save_refresh_token("p", "u", "token") is False
    assert credentials.load_refresh_token("p", "u") is None


def test_plaintext_backends_are_not_trusted():
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be used")

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(PlaintextKeyring())
    assert credentials.secure_storage() == (False, "PlaintextKeyring")


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """gnome-keyring's Secret Service on a private D-Bus session, with an unlocked login keyring."""
    missing = [tool for tool in ("dbus-launch", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"Debian packages for the real Secret Service are absent here: {', '.join(missing)} "
                    "(install gnome-keyring and dbus-x11)")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = os.environ | {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    launched = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, timeout=10).stdout
    address = re.search(r"DBUS_SESSION_BUS_ADDRESS='([^']+)'", launched).group(1)
    bus_pid = int(re.search(r"DBUS_SESSION_BUS_PID=(\d+)", launched).group(1))
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input="test-pass", env=env,
                   capture_output=True, text=True, timeout=15)
    subprocess.run(["gnome-keyring-daemon", "--start", "--components=secrets"], env=env, capture_output=True,
                   timeout=15)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield
    os.kill(bus_pid, signal.SIGTERM)  # the keyring daemon leaves with its bus
    subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*"], env=env, capture_output=True)


def test_a_token_is_stored_and_read_through_the_real_secret_service(secret_service):
    from keyring.backends.SecretService import Keyring

    keyring.set_keyring(Keyring())
    assert credentials.secure_storage() == (True, "")
    assert credentials.save_refresh_token("local-demo", "finlead", "refresh-token-value")
    assert credentials.load_refresh_token("local-demo", "finlead") == "refresh-token-value"
    assert Keyring().get_password("p2p-backoffice", "local-demo|finlead") == "refresh-token-value"
    credentials.forget("local-demo", "finlead")
    assert credentials.load_refresh_token("local-demo", "finlead") is None
