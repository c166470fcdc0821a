"""Work waiting for me (待我处理) in the shell: the navigation shows beside each area how much waits there for the
signed-in user (贷后管理（3）), and a status-bar button “待我处理（5）” opens, with one click from anywhere, a menu of
the kinds; each opens the list behind its count (second reviews in the loan queue, withdrawals in the funds'
review, compensations among the after-loan proposals, blacklist removals, phone changes in the customers area).
The counts come from app.services.waiting's poller: every 30 seconds and right after the console's own operations."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QToolButton

from app.models.after_loan_records import WaitingItem
from app.services.icons import icon
from app.services.placeholders import fill
from app.services.waiting import WaitingPoller
from app.views.afterloan.words import waiting_label

# what waits -> the screen where it is worked
SCREEN_OF = {"my_queue": "loans", "second_reviews": "loans", "withdrawals": "funds", "large_withdrawals": "funds",
             "differences": "recon", "adjustments": "recon", "compensations": "afterloan", "write_offs": "afterloan",
             "collection_due": "afterloan", "blacklist_removals": "blacklist", "phone_changes": "customers",
             "alerts": "alerts"}


class WaitingCounts(QObject):
    def __init__(self, window, interval_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.items: list[WaitingItem] = []
        self.kinds: set[str] = set()  # the kinds the platform counts (a zero count included)
        self.alert_count = 0  # open alerts from the alert notifier, for readers the waiting counts leave out
        self.poller = WaitingPoller(window.session, window.runner, self,
                                    **({"interval_ms": interval_ms} if interval_ms else {}))
        self.poller.updated.connect(self.show_counts)
        self.button = QToolButton()
        self.button.setObjectName("waitingWork")
        self.button.setIcon(icon("circle-alert"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("waitingMenu")
        self.button.setMenu(self.menu)
        self.button.setText(self.tr("Waiting for me"))
        self.button.setToolTip(self.tr("What waits for you, kind by kind; click a kind to open its list."))
        window.statusBar().addPermanentWidget(self.button)
        self._titles = {window.nav.item(row).data(Qt.ItemDataRole.UserRole): window.nav.item(row).text()
                        for row in range(window.nav.count())}
        window.signed_out.connect(lambda *_: self.poller.stop())
        self.poller.start()

    def label(self, item: WaitingItem) -> str:
        return waiting_label(item.key) or item.label

    def count_for_screen(self, key: str) -> int:
        if key == "alerts" and "alerts" not in self.kinds:
            return self.alert_count
        return sum(i.count for i in self.items if SCREEN_OF.get(i.key) == key)

    def set_alert_count(self, counts) -> None:
        """The open alerts the user may see (AlertCounts), shown beside 告警 when the waiting counts have none."""
        self.alert_count = int(getattr(counts, "open", 0) or 0)
        if "alerts" not in self.kinds:
            self._show_navigation()

    def total(self) -> int:
        return sum(i.count for i in self.items)

    def show_counts(self, items: list[WaitingItem] | None) -> None:
        self.button.setVisible(items is not None)  # hidden where the platform does not count waiting work
        self.items = [i for i in items or [] if i.count > 0]
        self.kinds = {i.key for i in items or []}
        self._show_navigation()
        total = self.total()
        self.button.setText(fill(self.tr("Waiting for me (%1)"), total) if total else self.tr("Waiting for me"))
        self.menu.clear()
        for item in self.items:
            action = self.menu.addAction(fill(self.tr("%1 (%2)"), self.label(item), item.count))
            action.setData(item.key)
            action.triggered.connect(lambda _=False, k=item.key: self.open_waiting(k))
        if not self.items:
            self.menu.addAction(self.tr("Nothing waits for you.")).setEnabled(False)

    def _show_navigation(self) -> None:
        nav = self.window.nav
        for row in range(nav.count()):
            item = nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            title = self._titles.get(key, item.text())
            n = self.count_for_screen(key)
            item.setText(fill(self.tr("%1 (%2)"), title, n) if n else title)
            item.setData(Qt.ItemDataRole.UserRole + 1, n)

    def open_waiting(self, key: str):
        """Opens the list behind a count: the screen, on the tab and filter that show what waits."""
        screen_key = SCREEN_OF.get(key)
        if screen_key is None or screen_key not in self.window.screen_keys():
            return None
        widget = self.window.open_screen(screen_key)
        if key in ("my_queue", "second_reviews") and hasattr(widget, "scope"):
            scope = widget.scope.findData("mine" if key == "my_queue" else "all")
            state = widget.state.findData("" if key == "my_queue" else "second_review")
            widget.scope.blockSignals(True)
            widget.state.blockSignals(True)
            if scope >= 0:
                widget.scope.setCurrentIndex(scope)
            if state >= 0:
                widget.state.setCurrentIndex(state)
            widget.scope.blockSignals(False)
            widget.state.blockSignals(False)
            widget.apply_filters()
        elif key in ("withdrawals", "large_withdrawals") and getattr(widget, "withdrawals", None) is not None:
            widget.tabs.setCurrentWidget(widget.withdrawals)
        elif key in ("compensations", "write_offs") and hasattr(widget, "show_proposals"):
            widget.show_proposals()
        elif key == "collection_due" and hasattr(widget, "show_overdue"):
            widget.show_overdue(True)
        elif key == "blacklist_removals" and hasattr(widget, "show_removals"):
            widget.show_removals()
        elif key == "phone_changes" and hasattr(widget, "show_phone_changes"):
            widget.show_phone_changes()
        elif key == "alerts" and hasattr(widget, "show_open"):
            widget.show_open()
        return widget
