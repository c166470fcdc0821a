"""Forgot password? on the sign-in dialog, driven with qtbot against the real platform API on loopback: the code
is read from the outbox table (where the demo gateway leaves the e-mail), the one-time codes from the demo
accounts' authenticator secrets."""

import re

import pytest
from sqlalchemy import select

from app.services import errors
from app.services.api_client import ApiClient
from app.services.recovery import RecoveryService
from app.views.session.recovery_dialog import RecoveryDialog
from app.views.session.sign_in_dialog import SignInDialog
from server.demo_accounts import DEMO_PASSWORD
from server.notifications.models import OutboxMessage
from tests.client.helpers import fill_and_submit
from tests.support.platforms import totp_code

WAIT = 15_000
NEW_PASSWORD = "Recover2026!Now"


def _sent_codes(platform) -> list[str]:
    with platform.db.read() as db:
        texts = db.scalars(select(OutboxMessage.text).where(OutboxMessage.purpose == "staff_recovery")
                           .order_by(OutboxMessage.id))
        return [re.search(r"(?<!\d)(\d{6})(?!\d)", t).group(1) for t in texts]


def _sign_in_dialog(qtbot, settings, runner) -> SignInDialog:
    dialog = SignInDialog(settings, runner, platform=None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _send_code(qtbot, recovery: RecoveryDialog, username: str) -> None:
    recovery.username.clear()
    qtbot.keyClicks(recovery.username, username)
    recovery.ok_button.click()
    qtbot.waitUntil(lambda: recovery.pages.currentIndex() == 1, timeout=WAIT)


def _fill_code_page(qtbot, recovery: RecoveryDialog, code: str, password: str, otp: str) -> None:
    for field, text in ((recovery.code, code), (recovery.new_password, password),
                        (recovery.repeat_password, password), (recovery.otp, otp)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_forgot_password_leads_to_a_new_password_and_back_to_sign_in(qtbot, settings, runner, profile, platform):
    dialog = _sign_in_dialog(qtbot, settings, runner)
    qtbot.keyClicks(dialog.username, "risk")
    assert dialog.forgot.isVisible()
    dialog.forgot.click()
    recovery = dialog.recovery
    qtbot.waitUntil(recovery.isVisible, timeout=WAIT)
    assert recovery.username.text() == "risk"  # carried over from the sign-in dialog
    recovery.ok_button.click()
    qtbot.waitUntil(lambda: recovery.pages.currentIndex() == 1, timeout=WAIT)
    assert recovery.sent.text().startswith("If the account has a registered e-mail address or mobile number")
    assert not recovery.demo_hint.isVisible()  # a saved server profile, not the local demo platform
    code, = _sent_codes(platform)

    qtbot.waitUntil(lambda: "10 characters" in recovery.rules.text(), timeout=WAIT)  # the rules, as typed
    qtbot.keyClicks(recovery.new_password, "short")
    assert "✗ At least 10 characters." in recovery.rules.text()
    _fill_code_page(qtbot, recovery, code, NEW_PASSWORD, totp_code("risk"))
    assert "✓ At least 10 characters." in recovery.rules.text() and "✓ Both entries match." in recovery.rules.text()
    with qtbot.waitSignal(recovery.recovered, timeout=WAIT) as signal:
        recovery.ok_button.click()
    assert signal.args == ["risk"]
    assert not recovery.isVisible()
    assert dialog.username.text() == "risk" and dialog.password.text() == ""
    assert dialog.notice.isVisible() and "Sign in with the new password" in dialog.notice.text()

    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT) as signed:
        fill_and_submit(qtbot, dialog, "risk", NEW_PASSWORD, totp_code("risk", 1))  # the next step's code
    assert signed.args[0].me.username == "risk"


def test_refusals_are_shown_as_sentences_and_the_input_is_kept(qtbot, settings, runner, profile, platform):
    recovery = RecoveryDialog(RecoveryService(ApiClient(profile.url)), runner, "risk")
    qtbot.addWidget(recovery)
    recovery.show()
    _send_code(qtbot, recovery, "risk")
    code, = _sent_codes(platform)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    _fill_code_page(qtbot, recovery, wrong, NEW_PASSWORD, totp_code("risk"))
    recovery.ok_button.click()
    qtbot.waitUntil(recovery.error.isVisible, timeout=WAIT)
    assert recovery.error.text() == "The recovery code is wrong. Check it, or ask for a new code."
    assert recovery.code.text() == wrong and recovery.isVisible()

    _fill_code_page(qtbot, recovery, code, "weak", totp_code("risk"))
    recovery.repeat_password.setText("different")
    recovery.ok_button.click()
    assert recovery.error.text() == "The two entries of the new password differ."  # checked before sending

    _fill_code_page(qtbot, recovery, code, "risk-password", totp_code("risk"))
    recovery.error.clear()
    recovery.ok_button.click()
    qtbot.waitUntil(lambda: bool(recovery.error.text()), timeout=WAIT)
    assert "Must not contain the user name." in recovery.error.text()  # the server's rule, in words


def test_the_same_answer_for_an_unknown_user_name(qtbot, runner, profile, platform):
    recovery = RecoveryDialog(RecoveryService(ApiClient(profile.url)), runner)
    qtbot.addWidget(recovery)
    recovery.show()
    recovery.ok_button.click()
    assert recovery.error.text() == "Enter your user name."
    _send_code(qtbot, recovery, "nobody.here")
    assert recovery.sent.text().startswith("If the account has a registered e-mail address or mobile number")
    assert _sent_codes(platform) == []


def test_on_the_demo_platform_the_dialog_shows_the_code_sent_to_a_demo_account(qtbot, runner, profile, platform):
    recovery = RecoveryDialog(RecoveryService(ApiClient(profile.url)), runner, "finance", demo=True)
    qtbot.addWidget(recovery)
    recovery.show()
    recovery.ok_button.click()
    qtbot.waitUntil(recovery.demo_hint.isVisible, timeout=WAIT)
    code, = _sent_codes(platform)
    assert recovery.demo_hint.text() == f"Demo platform: the e-mail to f***@p2p.example says the code is {code}."
    _fill_code_page(qtbot, recovery, code, NEW_PASSWORD, totp_code("finance"))
    with qtbot.waitSignal(recovery.recovered, timeout=WAIT):
        recovery.ok_button.click()
    assert ApiClient(profile.url).sign_in("finance", NEW_PASSWORD, totp_code("finance", 1)).status == "ok"
    with pytest.raises(errors.Unauthorized):
        ApiClient(profile.url).sign_in("finance", DEMO_PASSWORD, totp_code("finance", 1))
