"""New alerts while the console runs, against the real platform: the notifier announces (its `notified` signal; the
tray itself is absent offscreen) new warning and critical alerts after a refresh, never what was open at sign-in,
never an info alert; the navigation shows the count of open alerts beside 告警; a click on the waiting kind opens
the open alerts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from app.services.alerts import Alerts
from app.views.alerts.alerts_screen import AlertsScreen
from tests.client import alert_plants as plants
from tests.client.helpers import signed_in_session

WAIT = 20_000


def _nav_text(window, key: str) -> str:
    for row in range(window.nav.count()):
        if window.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
            return window.nav.item(row).text()
    raise AssertionError(key)


def test_a_new_critical_alert_is_announced_after_a_refresh_and_not_on_first_load(qtbot, runner, profile, settings,
                                                                                 platform):
    from app.views.shell.main_window import MainWindow

    before = plants.sign_ins(platform, minute=1)  # open before signing in: in the list, not news
    lead = signed_in_session(profile, "risklead")
    window = MainWindow(lead, runner, settings)
    qtbot.addWidget(window)
    window.show()
    notifier = window.alert_tray
    announced = []
    notifier.notified.connect(announced.append)
    qtbot.waitUntil(lambda: notifier.highest_seen is not None, timeout=WAIT)
    assert notifier.highest_seen >= before and announced == []
    assert notifier.tray is None and not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray to show

    listing = window.open_screen("alerts")  # open while the new alerts come: it shows them without a refresh
    qtbot.waitUntil(lambda: listing.list.loaded, timeout=WAIT)
    critical = plants.plant(platform, "audit_chain_broken", "critical", "security", {"seq": 4711},
                            {"first_broken_seq": 4711, "reason": "hash_mismatch", "checked": 120}, minute=58)
    quiet = plants.plant(platform, "staff_account_locked", "info", "security", {"username": "risk"}, minute=57)
    warning = plants.sign_ins(platform, minute=56)
    with qtbot.waitSignal(notifier.notified, timeout=WAIT) as signal:
        notifier.poll()
    new = signal.args[0]
    assert [a.id for a in new] == [critical, warning]  # the critical one first; the info alert is not announced
    assert quiet not in [a.id for a in new]
    qtbot.waitUntil(lambda: {critical, warning, quiet} <= {a.id for a in listing.list.model.rows}, timeout=WAIT)
    title, text = notifier.message(new)
    assert title == "Critical: Audit chain broken"
    assert "4711" in text and "and 1 more new alerts" in text

    announced.clear()
    notifier.poll()  # nothing new since
    qtbot.waitUntil(lambda: not notifier._running, timeout=WAIT)
    assert announced == []

    open_now = Alerts(lead.api).latest().counts.open
    assert open_now >= 4
    window.waiting.poller.poll()
    qtbot.waitUntil(lambda: _nav_text(window, "alerts") == f"Alerts ({open_now})", timeout=WAIT)

    screen = notifier.open_last()  # a click on the notification opens the alert
    assert isinstance(screen, AlertsScreen)
    qtbot.waitUntil(lambda: screen.list.selected() is not None and screen.list.selected().id == critical,
                    timeout=WAIT)
    assert screen.list.detail.evidence.facts[0] == ("First broken record", "4,711")

    screen = window.waiting.open_waiting("alerts")  # 待我处理 → 告警: the open alerts
    assert screen is window.tabs.currentWidget() and screen.list.state.currentData() == "open"
    qtbot.waitUntil(lambda: screen.list.loaded and bool(screen.list.model.rows), timeout=WAIT)
    assert all(a.state == "open" for a in screen.list.model.rows)
