"""The paused-withdrawals banner on the withdrawal review, against the real platform: a rule's callback paused all
withdrawals (planted as the callback writes it); the finance clerk reads 提现已暂停… with no button; the finance manager
lifts the pause with a note and a fresh one-time code, and the server's pause ends."""

from datetime import datetime, timezone

from app.services import language
from app.views.funds.funds_screen import FundsScreen
from app.views.funds.withdrawal_pause_banner import LiftDialog
from app.views.session.step_up_dialog import StepUpDialog
from server.monitoring.delivery_models import MonitoringPause
from tests.client import alert_plants as plants
from tests.client.helpers import signed_in_session
from tests.support.platforms import totp_code

WAIT = 15_000


def _pause(platform) -> int:
    alert_id = plants.large_withdrawal(platform)
    with platform.db.write() as db:
        db.add(MonitoringPause(kind="withdrawals", alert_id=alert_id, rule="large_withdrawal",
                               paused_at=datetime(2026, 12, 3, 1, 31, tzinfo=timezone.utc), paused_by="system"))
        db.commit()
    return alert_id


def _banner(qtbot, runner, session):
    screen = FundsScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1400, 800)
    screen.show()
    banner = screen.withdrawals.pause_banner
    qtbot.waitUntil(lambda: banner.checked, timeout=WAIT)
    return screen, banner


def test_the_clerk_reads_the_pause_and_the_manager_lifts_it(qtbot, runner, profile, platform):
    alert_id = _pause(platform)
    language.install("zh_CN")
    try:
        clerk_screen, clerk = _banner(qtbot, runner, signed_in_session(profile, "finance"))
        assert clerk.isVisible() and clerk.text.text().startswith("提现已暂停（自 2026-12-03 09:31 起）")
        assert str(alert_id) in clerk.text.text() and not clerk.lift_button.isVisible()
    finally:
        language.install("en")

    screen, banner = _banner(qtbot, runner, signed_in_session(profile, "finlead"))
    assert banner.isVisible() and banner.lift_button.isVisible()
    assert banner.text.text().startswith("Withdrawals are paused since 2026-12-03 09:31")
    banner.lift_button.click()
    dialog = banner.last_dialog
    assert isinstance(dialog, LiftDialog) and not dialog.ok_button.isEnabled()  # a note is required
    dialog.note.setPlainText("已与客户电话核实，提现正常")
    dialog.ok_button.click()
    step_up = banner.last_dialog
    assert isinstance(step_up, StepUpDialog)
    step_up.code.setText(totp_code("finlead", 1))
    step_up.ok_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)
    with platform.db.read() as db:
        row = db.query(MonitoringPause).one()
        assert (row.lifted_by, row.lift_note) == ("finlead", "已与客户电话核实，提现正常")


def test_no_banner_while_withdrawals_run(qtbot, runner, profile, platform):
    screen, banner = _banner(qtbot, runner, signed_in_session(profile, "finlead"))
    assert not banner.isVisible() and banner.pause is None
