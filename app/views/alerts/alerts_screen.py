"""告警 Alerts: the alert list with the selected alert's evidence, deliveries and history (acknowledge and resolve for
holders of alert.manage), and, for holders of monitoring.settings, the monitoring settings: the rules' thresholds,
the channels and the recipients."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.alerts.alert_list import AlertList


class AlertsScreen(QWidget):
    counts_changed = Signal(object)  # AlertCounts of the reader's open alerts, for the navigation's badge

    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.list = AlertList(session, runner)
        self.list.counts_changed.connect(self.counts_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("alertsTabs")
        self.tabs.addTab(self.list, self.tr("Alerts"))
        self.settings = None
        if session.me.can("monitoring.settings"):
            from app.views.alerts.monitoring_settings_tab import MonitoringSettingsTab

            self.settings = MonitoringSettingsTab(session, runner)
            self.tabs.addTab(self.settings, self.tr("Monitoring settings"))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list.reload()
        if self.settings is not None:
            self.settings.load()

    @property
    def loaded(self) -> bool:
        return self.list.loaded and (self.settings is None or self.settings.loaded)

    def refresh(self) -> None:
        self.list.reload()
        if self.settings is not None:
            self.settings.load()

    def show_open(self) -> None:
        """For the navigation's badge and the tray: the open alerts."""
        self.tabs.setCurrentWidget(self.list)
        self.list.set_filter(("open",))

    def show_alert(self, alert_id: int) -> None:
        """Opens the list on an alert (from a tray notification): the alerts still to be worked, that one
        selected once the list has loaded."""
        self.tabs.setCurrentWidget(self.list)
        self.list._wanted = alert_id
        self.list.set_filter()
