"""The home screen (首页) of every demo role against the real platform: its waiting counts and today's figures as
tiles, the charts its permissions cover (and no empty chart box for a role without), a click on a tile or a bar
opening the list behind it in the main window, and the figures refreshed right after the console's own change."""

import pytest
from PySide6.QtCore import Qt

from app.views.home.home_screen import HomeScreen
from app.views.shell.main_window import MainWindow
from tests.client.helpers import signed_in_session
from tests.client.test_customers_screen import plant_demo_book

pytestmark = pytest.mark.clock  # the platform's figures are today's (Shanghai)

WAIT = 20_000

LOAN_FIGURES = {"applications_today", "decided_today", "approval_rate_today", "overdue_M1", "overdue_M2",
                "overdue_M3", "overdue_M3+"}
FUNDS_FIGURES = {"withdrawals_paid_today", "withdrawals_paid_today_fen", "trial_balance"}
ROLES = {
    "risk": (LOAN_FIGURES | {"open_alerts"}, {"applications_per_day", "overdue_rate_by_month"}),
    "risklead": (LOAN_FIGURES | {"open_alerts"}, {"applications_per_day", "overdue_rate_by_month"}),
    "service": (LOAN_FIGURES | {"open_alerts"}, {"applications_per_day", "overdue_rate_by_month"}),
    "finance": (FUNDS_FIGURES | {"recon_day", "open_alerts"}, {"funds_per_day"}),
    "finlead": (FUNDS_FIGURES | {"recon_day", "open_alerts"}, {"funds_per_day"}),
    "admin": ({"open_alerts"}, set()),
    "auditor": (LOAN_FIGURES | FUNDS_FIGURES | {"recon_day", "open_alerts"},
                {"applications_per_day", "overdue_rate_by_month", "funds_per_day"}),
}


@pytest.fixture
def platform(request, make_platform):
    """The tests that ask for `demo` get a copy of a template the demo was planted on once a day (planting it took
    seconds a test); the others the bare demo database."""
    return make_platform(book=plant_demo_book if "demo" in request.fixturenames else None)


@pytest.fixture
def demo(platform):
    return platform


def _home(qtbot, session, runner) -> HomeScreen:
    screen = HomeScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    qtbot.waitUntil(lambda: screen.home is not None and screen.charts_loaded, timeout=WAIT)
    return screen


def _shown(tiles: dict) -> dict:
    return {key: tile for key, tile in tiles.items() if tile.isVisibleTo(tile.parentWidget())}


def test_every_demo_role_sees_its_own_figures_and_charts(qtbot, runner, profile, demo):
    for username, (figures, charts) in ROLES.items():
        session = signed_in_session(profile, username)
        screen = _home(qtbot, session, runner)
        waiting = [w.key for w in screen.home.waiting]
        if "alerts" in waiting:  # open alerts they handle are among what waits for them, not twice
            figures = figures - {"open_alerts"}
        assert set(_shown(screen.figure_tiles)) == figures, username
        assert set(screen.charts) == charts, username
        assert screen.charts_box.isVisibleTo(screen) == bool(charts), username  # no empty chart box
        for tile in _shown(screen.figure_tiles).values():
            assert tile.value.text().strip() and tile.caption.text().strip(), (username, tile.objectName())
        assert set(_shown(screen.waiting_tiles)) == set(waiting), username
        assert screen.nothing_waits.isVisibleTo(screen) == (not waiting), username
        for chart in screen.charts.values():
            assert chart.chart().series() and len(chart.categories) in (12, 30)
        assert "As of" in screen.status.text()
        screen.close()
    runner.wait_idle(10_000)


def test_figures_read_as_amounts_rates_and_words(qtbot, runner, profile, demo):
    screen = _home(qtbot, signed_in_session(profile, "auditor"), runner)
    by_key = {f.key: f for f in screen.home.figures}
    amount = screen.figure_tiles["withdrawals_paid_today_fen"].value.text()
    assert amount.startswith("¥") and "." in amount
    assert screen.figure_tiles["trial_balance"].value.text() == "Balanced"
    rate = by_key["approval_rate_today"]
    shown = screen.figure_tiles["approval_rate_today"].value.text()
    assert shown == "—" if rate.value is None else shown.endswith("%")
    assert screen.figure_tiles["applications_today"].value.text() == f"{by_key['applications_today'].value:,}"
    assert screen.charts["applications_per_day"].categories[-1] == screen.home.business_day.strftime("%m-%d")
    runner.wait_idle(10_000)


def _window(qtbot, runner, settings, profile, username) -> MainWindow:
    window = MainWindow(signed_in_session(profile, username), runner, settings)
    qtbot.addWidget(window)
    window.show()
    home = window.tabs.widget(0)
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.home is not None and home.charts_loaded, timeout=WAIT)
    return window


def test_tiles_and_bars_open_the_lists_behind_them(qtbot, runner, settings, profile, demo):
    window = _window(qtbot, runner, settings, profile, "risklead")
    home = window.tabs.widget(0)
    qtbot.mouseClick(home.figure_tiles["applications_today"], Qt.MouseButton.LeftButton)
    queue = window.tabs.currentWidget()
    assert queue.property("screenKey") == "loans"
    assert queue.period.currentData() == 1 and queue.scope.currentData() == "all"  # submitted today, everyone's

    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(home.figure_tiles["overdue_M2"], Qt.MouseButton.LeftButton)
    after = window.tabs.currentWidget()
    assert after.property("screenKey") == "afterloan" and after.bucket == "M2"
    assert after.tabs.currentWidget() is after.pages["overdue"]

    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(home.waiting_tiles["second_reviews"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is queue and queue.state.currentData() == "second_review"

    window.tabs.setCurrentIndex(0)
    bars = home.charts["applications_per_day"].series.barSets()[0]
    bars.clicked.emit(29)  # today's bar, as a click on it says
    assert window.tabs.currentWidget() is queue and queue.period.currentData() == 1
    bars.clicked.emit(20)  # nine days ago: the queue's period that reaches back to it
    assert queue.period.currentData() == 30
    window.close()
    runner.wait_idle(10_000)


def test_finance_tiles_open_the_trial_balance_the_day_and_the_transfers(qtbot, runner, settings, profile, demo):
    window = _window(qtbot, runner, settings, profile, "finance")
    home = window.tabs.widget(0)
    qtbot.mouseClick(home.figure_tiles["trial_balance"], Qt.MouseButton.LeftButton)
    funds = window.tabs.currentWidget()
    assert funds.property("screenKey") == "funds"
    assert funds.tabs.currentWidget().isAncestorOf(funds.tb_difference)

    window.tabs.setCurrentIndex(0)
    home.charts["funds_per_day"].series.barSets()[1].clicked.emit(29)  # money out today
    assert window.tabs.currentWidget() is funds and funds.kind.currentData() == "withdrawal"
    assert funds.tabs.currentWidget().isAncestorOf(funds.kind)

    window.tabs.setCurrentIndex(0)
    day = home.figure_tiles["recon_day"].property("target")[1]["day"]
    qtbot.mouseClick(home.figure_tiles["recon_day"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().property("screenKey") not in ("home", "funds", None)
    assert day in window.tabs.tabText(window.tabs.currentIndex())
    window.close()
    runner.wait_idle(10_000)


def test_a_tile_of_a_screen_the_user_cannot_open_does_nothing(qtbot, runner, settings, profile, demo):
    window = _window(qtbot, runner, settings, profile, "service")  # 客服 reads loans but has no after-loan area
    home = window.tabs.widget(0)
    tile = home.figure_tiles["overdue_M1"]
    assert not tile.property("clickable") and tile.focusPolicy() == Qt.FocusPolicy.NoFocus
    count = window.tabs.count()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == count and window.tabs.currentIndex() == 0
    window.close()
    runner.wait_idle(10_000)


def test_the_figures_refresh_right_after_the_consoles_own_change(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "risklead")
    screen = _home(qtbot, session, runner)
    before = {f.key: f.value for f in screen.home.figures}["applications_today"]
    borrower = session.api.request("POST", "/api/v1/loans/borrowers", json={
        "kind": "person", "name": "王芳", "id_number": "110101199001019999", "phone": "13700009999",
        "bank_card": "6222021234500009999", "birth_date": "1990-05-01", "monthly_income_fen": 3_000_000,
        "monthly_debt_payments_fen": 0, "employer": "某公司"})
    session.api.request("POST", "/api/v1/loans/applications", json={
        "borrower_id": borrower["id"], "amount_fen": 1_000_000, "term_months": 12, "annual_rate": "0.10",
        "method": "equal_installment", "purpose": "经营周转"})
    assert screen.figure_tiles["applications_today"].value.text() == f"{before:,}"  # not polled yet (30 s)
    session.changes.loans()
    qtbot.waitUntil(lambda: screen.figure_tiles["applications_today"].value.text() == f"{before + 1:,}",
                    timeout=WAIT)
    runner.wait_idle(10_000)


def test_a_failed_load_says_so_in_a_sentence(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "finance")
    session.sign_out()  # the platform ends the session: the home screen's request is refused
    screen = HomeScreen(session, runner)
    qtbot.addWidget(screen)
    assert screen.status.text() == "Loading today's figures…"
    qtbot.waitUntil(lambda: screen.status.property("state") == "error", timeout=WAIT)
    assert screen.status.text().startswith("Today's figures could not be loaded: ")
    assert screen.status.text().endswith((".", "。"))
    assert not screen.charts_box.isVisibleTo(screen) and not screen.figure_tiles
    runner.wait_idle(10_000)


def _submit_application(session, n: int) -> None:
    borrower = session.api.request("POST", "/api/v1/loans/borrowers", json={
        "kind": "person", "name": "李娜", "id_number": f"11010119900101{n:04d}", "phone": f"1370000{n:04d}",
        "bank_card": f"622202123450000{n:04d}", "birth_date": "1990-05-01", "monthly_income_fen": 3_000_000,
        "monthly_debt_payments_fen": 0, "employer": "某公司"})
    session.api.request("POST", "/api/v1/loans/applications", json={
        "borrower_id": borrower["id"], "amount_fen": 1_000_000, "term_months": 12, "annual_rate": "0.10",
        "method": "equal_installment", "purpose": "经营周转"})


def test_the_figures_are_polled_while_on_screen_and_not_when_hidden(qtbot, runner, profile, demo):
    session = signed_in_session(profile, "risklead")
    screen = HomeScreen(session, runner, interval_ms=400)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.home is not None, timeout=WAIT)
    before = {f.key: f.value for f in screen.home.figures}["applications_today"]
    _submit_application(session, 1)  # by someone else, say: no change signal in this console
    qtbot.waitUntil(lambda: screen.figure_tiles["applications_today"].value.text() == f"{before + 1:,}",
                    timeout=WAIT)
    screen.hide()  # another tab in front, or the window closed at sign-out
    assert not screen.timer.isActive()
    screen.show()
    assert screen.timer.isActive()
    runner.wait_idle(10_000)
