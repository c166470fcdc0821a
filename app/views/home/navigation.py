"""From the home screen to the list behind a figure: the main window opens the screen (or switches to its tab)
and this puts the screen on the tab and filter the figure names (the server's `opens`). A waiting count opens
through the shell's own "waiting for me" (the same list as its menu)."""

from datetime import date

# How many days back the loan queue's period must reach to include a day (its choices: today, 7, 30, 90 days).
PERIODS = (1, 7, 30, 90)


def period_covering(day: date, today: date) -> int:
    back = (today - day).days + 1
    return next((p for p in PERIODS if p >= back), 0)


def _tab_holding(tabs, child) -> None:
    for index in range(tabs.count()):
        if tabs.widget(index) is child or tabs.widget(index).isAncestorOf(child):
            tabs.setCurrentIndex(index)
            return


def open_from_home(window, screen: str, filter_: dict):
    """Opens `screen` in `window` showing what `filter_` says; answers the screen's widget (None: not the user's)."""
    if "waiting" in filter_:
        return window.waiting.open_waiting(filter_["waiting"])
    widget = window.open_screen(screen)
    if widget is None:
        return None
    if screen == "loans" and hasattr(widget, "set_filter_values"):
        widget.set_filter_values({"scope": filter_.get("scope", "all"), "state": filter_.get("state", ""),
                                  "period": int(filter_.get("period", 0))})
    elif screen == "afterloan" and filter_.get("tab") == "overdue" and hasattr(widget, "show_overdue"):
        widget.show_overdue(False)
        if hasattr(widget, "filter_bucket") and filter_.get("bucket") in getattr(widget, "bucket_buttons", {}):
            widget.filter_bucket(filter_["bucket"])
    elif screen == "funds" and hasattr(widget, "tabs"):
        if filter_.get("tab") == "transfers" and hasattr(widget, "kind"):
            _tab_holding(widget.tabs, widget.kind)
            index = widget.kind.findData(filter_.get("kind", ""))
            if index >= 0:
                widget.kind.setCurrentIndex(index)  # the list reloads itself on the change
        elif filter_.get("tab") == "trial_balance" and hasattr(widget, "tb_difference"):
            _tab_holding(widget.tabs, widget.tb_difference)
    elif screen == "recon" and filter_.get("day") and hasattr(widget, "open_day"):
        widget.open_day(date.fromisoformat(filter_["day"]))
    return widget
