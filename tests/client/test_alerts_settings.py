"""The monitoring settings tab (monitoring.settings: the administrator) against the real platform: a rule's threshold
saved (with its unit in words), a channel's secret written and never shown back (only 已设置 / Set), a test message
sent through a real SMS gateway on loopback, and a recipient added; others see no settings tab."""

import json

from app.services.monitoring_settings import MonitoringSettings
from app.views.alerts.alerts_screen import AlertsScreen
from app.views.alerts.monitoring_settings_tab import RecipientDialog
from server.monitoring.models import MonitoringSetting
from tests.client.helpers import signed_in_session
from tests.support.loopback_gateways import SmsReceiver

WAIT = 15_000
SECRET = "gateway-key-Zq81!"


def _settings(qtbot, runner, session):
    screen = AlertsScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1400, 860)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    screen.tabs.setCurrentWidget(screen.settings)
    return screen


def test_an_administrator_saves_a_threshold(qtbot, runner, profile, platform):
    admin = signed_in_session(profile, "admin")
    screen = _settings(qtbot, runner, admin)
    tab = screen.settings
    rules = tab.rules
    rules.select("failed_sign_ins_account")
    assert rules.current.name == "failed_sign_ins_account"
    field = rules.fields["count"]
    assert field.input.value() == 5
    labels = [rules.form.itemAt(i, rules.form.ItemRole.LabelRole).widget().text() for i in range(rules.form.rowCount())]
    assert labels == ["Failed sign-ins of one account", "Within"]
    assert rules.fields["minutes"].findChildren(type(rules.title))[0].text() == "minutes"  # the unit in words
    field.input.setValue(7)
    rules.save_button.click()
    qtbot.waitUntil(lambda: rules.message.text().startswith("Saved"), timeout=WAIT)
    with platform.db.read() as db:
        stored = db.get(MonitoringSetting, "rule.failed_sign_ins_account").value
    assert stored["count"] == 7 and stored["enabled"] is True
    assert next(r for r in MonitoringSettings(admin.api).rules() if r.name == "failed_sign_ins_account") \
        .thresholds["count"] == 7

    service = MonitoringSettings(admin.api)  # someone else saves the rule meanwhile
    current = next(r for r in service.rules() if r.name == "failed_sign_ins_account")
    service.save_rule(current.name, True, {"count": 8, "minutes": 10}, current.version)
    rules.select("failed_sign_ins_account")
    rules.fields["count"].input.setValue(9)
    rules.save_button.click()
    qtbot.waitUntil(lambda: "Someone else changed this first" in rules.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: rules.fields["count"].input.value() == 8, timeout=WAIT)  # the page shows it as it is now
    assert "Someone else changed this first" in rules.message.text()  # and the sentence stays after the reload

    rules.select("large_withdrawal")  # an amount: in yuan on screen, fen on the wire
    assert rules.fields["minimum_fen"].input.text() == "50,000.00"
    assert rules.fields["minimum_fen"].findChildren(type(rules.title))[0].text() == "yuan"


def test_a_channel_secret_is_written_never_shown_and_a_test_is_sent(qtbot, runner, profile, platform):
    admin = signed_in_session(profile, "admin")
    screen = _settings(qtbot, runner, admin)
    tab = screen.settings
    qtbot.waitUntil(lambda: "sms" in tab.channels.boxes, timeout=WAIT)
    box = tab.channels.boxes["sms"]
    assert box.secret_state.text() == "Not set" and box.secret.text() == ""
    with SmsReceiver() as gateway:
        box.enabled.setChecked(True)
        box.inputs["url"].setText(gateway.url)
        box.secret.setText(SECRET)
        box.save_button.click()
        qtbot.waitUntil(lambda: box.message.text() == "Saved.", timeout=WAIT)
        assert box.secret.text() == "" and box.secret_state.text() == "Set"  # never shown back
        answer = admin.api.request("GET", "/api/v1/monitoring/channels")
        assert SECRET not in json.dumps(answer)
        assert next(c for c in answer if c["channel"] == "sms")["secret_set"] is True
        with platform.db.read() as db:
            assert SECRET not in json.dumps(db.get(MonitoringSetting, "channel.sms").value)

        box.save_button.click()  # saved again with the field empty: the stored key stays
        qtbot.waitUntil(lambda: box.message.text() == "Saved." and box.save_button.isEnabled(), timeout=WAIT)
        assert box.secret_state.text() == "Set"

        box.test_to.setText("13800138000")
        box.test_button.click()
        qtbot.waitUntil(lambda: box.test_button.isEnabled() and "test" in box.message.text().lower()
                        and "Sending" not in box.message.text(), timeout=WAIT)
        assert len(gateway.wait(1)) == 1
        assert "8000" in box.message.text() and "#1a7f37" in box.message.styleSheet()  # the server's words: sent


def test_an_administrator_adds_a_recipient(qtbot, runner, profile, platform):
    admin = signed_in_session(profile, "admin")
    screen = _settings(qtbot, runner, admin)
    tab = screen.settings
    page = tab.recipients
    page.add_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, RecipientDialog) and not dialog.ok_button.isEnabled()
    dialog.name.setText("值班经理 王强")
    dialog.mobile.setText("13800138001")
    dialog.severities["warning"].setChecked(False)
    dialog.areas["loans"].setChecked(False)
    dialog.ok_button.click()
    assert page.table.topLevelItem(0).text(0) == "值班经理 王强"
    assert page.table.topLevelItem(0).text(4) == "Critical"
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=WAIT)
    saved = MonitoringSettings(admin.api).recipients()
    assert [(r.name, r.mobile, r.severities) for r in saved.items] == [("值班经理 王强", "13800138001", ("critical",))]
    assert "loans" not in saved.items[0].areas and saved.version >= 1


def test_only_the_administrator_sees_the_settings(qtbot, runner, profile, platform):
    screen = AlertsScreen(signed_in_session(profile, "finlead"), runner)
    qtbot.addWidget(screen)
    assert screen.settings is None and screen.tabs.count() == 1


def test_an_administrator_sets_the_escalation_time(qtbot, runner, profile, platform):
    admin = signed_in_session(profile, "admin")
    screen = _settings(qtbot, runner, admin)
    box = screen.settings.rules.escalation
    assert box.isEnabled() and box.isVisibleTo(screen)
    assert box.minutes.value() == 15 and box.minutes.suffix() == " minutes"
    box.minutes.setValue(1)
    box.minutes.stepBy(44)  # as the arrows do
    assert box.minutes.value() == 45
    box.save_button.click()
    qtbot.waitUntil(lambda: box.message.text().startswith("Saved"), timeout=WAIT)
    assert box.message.text() == "Saved: critical alerts escalate after 45 minutes."
    assert MonitoringSettings(admin.api).escalation().minutes == 45
    with platform.db.read() as db:
        assert db.get(MonitoringSetting, "escalation").value == {"minutes": 45}

    service = MonitoringSettings(admin.api)  # someone else saves meanwhile: refused, then shown as it is now
    service.save_escalation(20, service.escalation().version)
    box.minutes.setValue(60)
    box.save_button.click()
    qtbot.waitUntil(lambda: "Someone else changed this first" in box.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: box.minutes.value() == 20, timeout=WAIT)

    again = _settings(qtbot, runner, signed_in_session(profile, "admin", steps_ahead=1))  # read back on a new screen
    assert again.settings.rules.escalation.minutes.value() == 20
