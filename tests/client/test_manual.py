"""Help → Manual and F1: the manual opens at the page of the screen in use (an object's tab: its area's page), in
the console's language, for every screen of every role that has it; Help → Keyboard shortcuts lists what the keys
really do; the administrator's guide prints to PDF with the reports' font embedded."""

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import language, manual
from app.views.help.manual_window import write_admin_guide_pdf
from app.views.help.shortcuts_dialog import shortcuts_of
from app.views.shell.main_window import MainWindow
from tests.client.helpers import signed_in_session

# Between them these roles have every screen of the navigation.
ROLES = ("auditor", "risklead", "admin")


def _window(qtbot, session, runner, settings):
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _f1(qtbot, window) -> str:
    """F1 as the user presses it: on the main window, active (a shortcut of the window only fires there)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.tabs.currentWidget() or window, Qt.Key.Key_F1)
    shown = window.manual_window
    assert shown is not None and shown.isVisible()
    return shown.current_key


@pytest.mark.parametrize("language_code", ["en", "zh_CN"])
def test_f1_opens_the_page_of_every_screen_in_the_consoles_language(qtbot, runner, settings, profile, language_code):
    language.install(language_code)
    try:
        seen = set()
        for username in ROLES:
            window = _window(qtbot, signed_in_session(profile, username), runner, settings)
            for key in window.screen_keys():
                window.open_screen(key)
                assert _f1(qtbot, window) == key, (username, key)
                page = manual.page(key, language_code)
                shown = window.manual_window
                assert shown.browser.source().toLocalFile() == str(page.path)
                assert page.title in shown.browser.toPlainText() and page.title in shown.windowTitle()
                seen.add(key)
            window.manual_window.close()
            window.close()
        assert seen == {spec for spec in manual.USER_PAGES if spec != "index"}
    finally:
        language.install("en")


def test_an_objects_tab_opens_its_areas_page_and_the_contents_follow_the_links(qtbot, runner, settings, profile):
    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    window.open_tab("loan:1", "LN1", "file-text", lambda: QLabel("LN1"))
    assert _f1(qtbot, window) == "loans"
    shown = window.manual_window
    assert shown.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "loans"
    shown.browser.setSource(shown.browser.source().resolved("recon.md"))  # a link from one page to another
    assert shown.current_key == "recon"
    assert shown.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "recon"
    shown.browser.backward()
    assert shown.current_key == "loans"


def test_every_page_exists_in_both_languages_with_its_pictures_and_links():
    for code in manual.LANGUAGES:
        for entry in manual.pages(code):
            text = entry.path.read_text("utf-8")
            assert text.startswith("# ") and entry.title, entry.path
            for target in re.findall(r"\]\(([^)]+)\)", text):
                assert (entry.path.parent / target).resolve().is_file(), (entry.path, target)
            if entry.key in manual.SCREENSHOT_USERS:
                assert f"../images/{entry.key}.{code}.png" in text, entry.path
        if code == "zh_CN":
            titles = [e.title for e in manual.pages(code)]
            assert all(re.search(r"[\u4e00-\u9fff]", t) for t in titles), titles


def test_the_shortcuts_list_says_what_each_key_does(qtbot, runner, settings, profile):
    window = _window(qtbot, signed_in_session(profile, "auditor"), runner, settings)
    listed = dict(shortcuts_of(window))
    assert listed["Manual"] == "F1" and listed["Find…"] == "Ctrl+F" and listed["Lock the console"] == "Ctrl+L"
    assert listed["Next tab"] == "Ctrl+Tab" and listed["Open Loan review"] == "Alt+2"
    assert listed["Keyboard shortcuts"] == "Ctrl+/"
    dialog = window.show_shortcuts()
    assert dialog.table.rowCount() == len(shortcuts_of(window))
    dialog.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language_code, heading", [("zh_CN", "备份与恢复"), ("en", "Backups and restore")])
def test_the_administrators_guide_prints_with_the_reports_font(qapp, tmp_path, language_code, heading):
    path = tmp_path / "guide.pdf"
    write_admin_guide_pdf(path, language_code)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for key in manual.ADMIN_PAGES:
        assert manual.page(key, language_code).title in text
    assert heading in text and "python -m server migrate" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and " yes " in fonts  # embedded
