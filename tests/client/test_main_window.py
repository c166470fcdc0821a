"""The main window: navigation from permissions, tabs, idle lock, connection state, ended sessions."""

import pytest

from app.views.shell.main_window import MainWindow
from server.demo_accounts import DEMO_PASSWORD
from tests.client.helpers import signed_in_session


def _window(qtbot, session, runner, settings):
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_shows_only_the_screens_the_user_may_use(qtbot, runner, settings, profile):
    auditor = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    assert auditor.screen_keys() == ["home", "loans", "customers", "blacklist", "funds", "recon", "alerts", "reports",
                                     "admin", "audit"]  # admin and the blacklist read-only
    risk = _window(qtbot, signed_in_session(profile, "risk"), runner, settings)
    assert risk.screen_keys() == ["home", "loans", "customers", "afterloan", "blacklist", "alerts", "reports"]
    admin = _window(qtbot, signed_in_session(profile, "admin"), runner, settings)
    assert admin.screen_keys() == ["home", "alerts", "reports", "admin", "audit"]
    assert [admin.nav.item(i).text() for i in range(admin.nav.count())] == ["Home", "Alerts", "Reports",
                                                                            "Administration", "Audit log"]


def test_reopening_an_open_screen_switches_to_its_tab(qtbot, runner, settings, profile):
    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    first = window.open_screen("audit")
    count = window.tabs.count()
    window.open_screen("home")
    assert window.open_screen("audit") is first and window.tabs.count() == count
    assert window.tabs.currentWidget() is first
    window.close_tab(window.tabs.currentIndex())
    assert window.tabs.count() == count - 1


def test_open_tabs_and_layout_are_remembered_per_user(qtbot, runner, settings, profile):
    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    window.open_screen("audit")
    window.close()
    again = _window(qtbot, signed_in_session(profile, "auditor", steps_ahead=1), runner, settings)
    assert [again.tabs.widget(i).property("screenKey") for i in range(again.tabs.count())] == ["home", "audit"]


def test_idle_lock_covers_the_window_and_keeps_typed_work(qtbot, runner, settings, profile):
    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    screen = window.open_screen("audit")
    qtbot.keyClicks(screen.text, "half-typed")
    window.watcher.timer.setInterval(50)  # the idle time, shortened for the test
    window.watcher.timer.start()
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=5_000)
    qtbot.keyClicks(window.overlay.password, "not-my-password")
    window.overlay.button.click()
    qtbot.waitUntil(lambda: window.overlay.error.text() != "", timeout=15_000)
    assert window.overlay.isVisible() and window.overlay.error.text() == "The user name or password is wrong."
    qtbot.keyClicks(window.overlay.password, DEMO_PASSWORD)
    with qtbot.waitSignal(window.overlay.unlocked, timeout=15_000):
        window.overlay.button.click()
    assert not window.overlay.isVisible()
    assert screen.text.text() == "half-typed" and window.tabs.currentWidget() is screen


def test_connection_state_goes_offline_when_the_server_is_gone(qtbot, runner, settings, profile):
    session = signed_in_session(profile, "risk")
    window = _window(qtbot, session, runner, settings)
    qtbot.waitUntil(lambda: window.connection_label.property("state") == "online", timeout=15_000)
    session.api.base_url = "http://127.0.0.1:9"  # nothing listens there
    window.check_connection()
    qtbot.waitUntil(lambda: window.connection_label.property("state") == "offline", timeout=20_000)
    assert "Offline" in window.connection_label.text()
    window.check_connection()
    assert window.connection_label.property("state") == "reconnecting"


def test_a_revoked_session_returns_to_sign_in_with_a_sentence(qtbot, runner, settings, profile, platform):
    session = signed_in_session(profile, "auditor")
    window = _window(qtbot, session, runner, settings)
    admin = signed_in_session(profile, "admin")
    sessions = admin.api.request("GET", "/api/v1/sessions")["items"]
    target = next(s for s in sessions if s["username"] == "auditor")
    admin.api.request("POST", f"/api/v1/sessions/{target['id']}/revoke")
    with qtbot.waitSignal(window.signed_out, timeout=15_000) as ended:
        window.open_screen("audit")
    assert ended.args[0] == "Your session has ended; please sign in again."


@pytest.mark.clock  # the token is made to expire a second before now
def test_an_expired_access_token_is_refreshed_silently(qtbot, runner, settings, profile, platform):
    from datetime import timedelta

    from sqlalchemy import update

    from server.auth.models import Token
    from server.db.base import utcnow

    session = signed_in_session(profile, "auditor")
    first_refresh = session.api.tokens.refresh_token
    with platform.db.write() as db:
        db.execute(update(Token).where(Token.kind == "access").values(expires_at=utcnow() - timedelta(seconds=1)))
        db.commit()
    window = _window(qtbot, session, runner, settings)
    screen = window.open_screen("audit")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=15_000)
    assert session.api.tokens.refresh_token != first_refresh


def test_the_refresh_time_in_the_status_bar_is_shanghai_time_whatever_the_computers_zone(qtbot, runner, settings,
                                                                                           profile):
    from datetime import datetime, timezone

    from app.services import clock

    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    # 16:30:05 UTC is 00:30:05 of the next day in Shanghai, whatever zone this computer is in
    with clock.use(clock.FixedClock(datetime(2026, 12, 2, 16, 30, 5, tzinfo=timezone.utc))):
        window.refresh_current()
    assert window.refreshed_label.text() == "Refreshed 00:30:05"
