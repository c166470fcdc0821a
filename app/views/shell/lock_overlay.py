"""The idle lock: after the configured idle time an overlay covers the window and asks for the
password. Everything under it stays as it was (typed text, filters, open tabs)."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.views.common.typography import heading
from app.services.messages import describe
from app.services.placeholders import fill

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """An application-wide event filter: any input restarts the countdown."""

    idle = Signal()

    def __init__(self, minutes: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, timeout=self.idle.emit)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT:
            self.timer.start()
        return False


class LockOverlay(QWidget):
    unlocked = Signal()

    def __init__(self, parent: QWidget, session, runner):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockOverlay { background: rgba(20, 24, 31, 215); }")
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setStyleSheet("#lockPanel { background: palette(window); border-radius: 8px; }")
        panel.setFixedWidth(380)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 20, 24, 20)
        title = heading(self.tr("The console is locked"), 1.3)
        layout.addWidget(title)
        who = QLabel(fill(self.tr("Enter the password of %1 to continue. Your open work is kept."),
                          session.me.display_name))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("unlockPassword")
        self.password.returnPressed.connect(self.unlock)
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self.unlock)
        layout.addWidget(self.button)
        self._panel = panel
        self.hide()

    def lock(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self._panel.move((self.width() - self._panel.width()) // 2, max(40, (self.height() - 220) // 2))
        self.error.clear()
        self.password.clear()
        self.show()
        self.raise_()
        self.password.setFocus()

    def resizeEvent(self, event) -> None:
        self._panel.move((self.width() - self._panel.width()) // 2, max(40, (self.height() - 220) // 2))
        super().resizeEvent(event)

    @property
    def locked(self) -> bool:
        return self.isVisible()

    def unlock(self) -> None:
        password = self.password.text()
        if not password:
            return
        self.button.setEnabled(False)
        api = self.session.api

        def done(_):
            self.button.setEnabled(True)
            self.hide()
            self.unlocked.emit()

        def failed(error):
            self.button.setEnabled(True)
            self.password.clear()
            self.error.setText(describe(error))

        self.runner.run(lambda: api.verify_password(password), done=done, failed=failed, owner=self)
