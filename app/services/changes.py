"""One signal that says what data changed, so that every open screen showing it refreshes itself
(screens never call each other to refresh). Emitted on the GUI thread after an operation succeeds."""

from PySide6.QtCore import QObject, Signal


class DataChanges(QObject):
    # kind ("loan_application", ...), and the ids that changed (empty: many, refresh everything of that kind)
    changed = Signal(str, object)

    def loans(self, *ids: int) -> None:
        self.changed.emit("loan_application", frozenset(ids))
