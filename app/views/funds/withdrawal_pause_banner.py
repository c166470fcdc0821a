"""The banner above the withdrawal review when a monitoring rule has paused all withdrawals (提现已暂停): since when,
why (the rule's words) and by which alert. A holder of alert.manage lifts the pause with a note and a fresh one-time
code; everyone else reads it. Hidden while withdrawals run, and on a platform that pauses nothing (no such route)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QSizePolicy, QVBoxLayout)

from app.models.alert_records import PauseState
from app.services.alerts import PAUSE_KIND, Alerts
from app.services.formatting import local_time
from app.services.messages import describe
from app.services.placeholders import fill
from app.views.session.step_up_dialog import StepUpDialog

POLL_MS = 30_000


class LiftDialog(QDialog):
    """Why the pause may end (required), before the one-time code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("liftPauseDialog")
        self.setWindowTitle(self.tr("Lift the withdrawal pause"))
        self.setMinimumWidth(460)
        explain = QLabel(self.tr("Withdrawals leave for the bank again as soon as the pause is lifted. Say why it is "
                                 "safe; a fresh one-time code confirms it."))
        explain.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("liftNote")
        self.note.setPlaceholderText(self.tr("Why it is safe, e.g. the withdrawals were checked with the customers"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lift"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
        self.ok_button.setEnabled(False)

    def text(self) -> str:
        return self.note.toPlainText().strip()[:1000]


class WithdrawalPauseBanner(QFrame):
    def __init__(self, session, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("withdrawalPauseBanner")
        self.session, self.runner = session, runner
        self.service = Alerts(session.api)
        self.pause: PauseState | None = None
        self.checked = False  # the first answer has come
        self.absent = False
        self.last_dialog = None
        self.setStyleSheet("#withdrawalPauseBanner { background: #fef3f2; border: 1px solid #fda29b; "
                           "border-radius: 4px; } #withdrawalPauseBanner QLabel { color: #b42318; }")
        self.text = QLabel()
        self.text.setObjectName("pauseText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lift_button = QPushButton(self.tr("Lift…"))
        self.lift_button.setObjectName("liftPause")
        self.lift_button.setVisible(session.me.can("alert.manage"))
        self.lift_button.clicked.connect(self.lift)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.lift_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()
        self.timer = QTimer(self, interval=POLL_MS, timeout=self._tick)
        session.changes.changed.connect(lambda kind, _ids: self.check() if kind in (PAUSE_KIND, "alert") else None)
        if session.me.can("alert.read"):
            self.timer.start()
            self.check()
        else:
            self.checked = True

    def _tick(self) -> None:
        if self.window().isVisible():  # not for a closed window (signed out) or a screen never shown
            self.check()

    def check(self) -> None:
        service = self.service
        self.runner.run(service.pauses, done=self._arrived, failed=lambda _e: None, owner=self)

    def _arrived(self, pauses) -> None:
        self.checked = True
        if pauses is None:  # the platform pauses nothing: no need to ask again
            self.absent = True
            self.timer.stop()
            self.show_pause(None)
            return
        found = next((p for p in pauses if p.kind == "withdrawals" and p.paused), None)
        self.show_pause(found)

    def show_pause(self, pause: PauseState | None) -> None:
        self.pause = pause
        self.setVisible(pause is not None)
        if pause is None:
            return
        self.text.setText(fill(self.tr("Withdrawals are paused since %1: %2. Nothing leaves for the bank until a "
                                       "finance manager, a senior risk officer or an administrator lifts the pause."),
                               local_time(pause.since), pause.reason or "—"))
        self.lift_button.setEnabled(True)

    def lift(self) -> None:
        dialog = LiftDialog(self)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._confirm(dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _confirm(self, note: str) -> None:
        service = self.service
        what = self.tr("Lift the pause: withdrawals leave for the bank again")
        self.last_dialog = StepUpDialog.ask(what, service.step_up, self.runner, self,
                                            then=lambda token: self._lift(note, token))

    def _lift(self, note: str, token: str) -> None:
        service = self.service
        self.lift_button.setEnabled(False)
        self.runner.run(lambda: service.lift_withdrawals_pause(note, token), done=self._lifted, failed=self._failed,
                        owner=self)

    def _lifted(self, _result) -> None:
        self.show_pause(None)
        self.session.changes.changed.emit(PAUSE_KIND, frozenset())

    def _failed(self, error) -> None:
        self.lift_button.setEnabled(True)
        self.text.setText(fill(self.tr("The pause was not lifted: %1"), describe(error)))
