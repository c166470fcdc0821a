"""Settings: language, theme, idle lock and server profiles are kept in QSettings (never a secret)."""

from PySide6.QtWidgets import QDialogButtonBox

from app.views.shell.settings_dialog import ProfileDialog, SettingsDialog


def test_preferences_and_a_new_profile_are_saved(qtbot, settings, monkeypatch):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.idle.setValue(5)

    def fill(profile_dialog):
        profile_dialog.name.setText("生产环境")
        profile_dialog.url.setText("https://api.example-platform.cn")
        profile_dialog.pin.setText("AB:CD:" + "00" * 30)
        return True

    monkeypatch.setattr(ProfileDialog, "exec", lambda self: fill(self))
    dialog._add()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert (settings.language, settings.theme, settings.idle_minutes) == ("zh_CN", "dark", 5)
    [saved] = settings.profiles()
    assert saved.name == "生产环境" and saved.url == "https://api.example-platform.cn"
    assert saved.pinned_sha256 == "abcd" + "00" * 30


def test_a_profile_needs_https_except_on_this_computer(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = ProfileDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("x")
    dialog.url.setText("http://10.1.2.3:8765")
    dialog._accept()
    assert warnings and dialog.result() == 0
    dialog.url.setText("http://127.0.0.1:8765")
    dialog._accept()
    assert dialog.result() == 1
