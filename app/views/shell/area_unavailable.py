"""The page of an area whose screens are not part of this version yet: says so plainly."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.views.common.typography import heading


class AreaUnavailable(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_label = heading(title)
        title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(self.tr("This module is not available in this version of the console yet. "
                              "Your permissions for it are already in place."))
        body.setProperty("role", "muted")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title_label)
        layout.addWidget(body)

    def refresh(self) -> None:
        pass
