"""One signal saying what data changed, so that every open screen showing it refreshes itself
(screens never call each other to refresh)."""

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    changed = Signal(str, object)  # kind ("loan", "role", "audit" ...), the object's id or None


events = DataEvents()
