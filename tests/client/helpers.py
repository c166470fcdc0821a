"""Small helpers the client tests share."""

from app.services.api_client import ApiClient
from app.services.session import ConsoleSession
from tests.support.platforms import sign_in_body


def signed_in_session(profile, username: str, steps_ahead: int = 0, remember: bool = False) -> ConsoleSession:
    api = ApiClient(profile.url)
    body = sign_in_body(username, steps_ahead)
    api.sign_in(body["username"], body["password"], body["otp_code"])
    return ConsoleSession.load(profile, api, remember)


def fill_and_submit(qtbot, dialog, username: str, password: str, code: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    dialog.ok_button.click()


def when_dialog_opens(handle) -> None:
    """Answers the next modal dialog (exec blocks the test until it closes) from inside the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            handle(dialog)

    QTimer.singleShot(0, poll)
