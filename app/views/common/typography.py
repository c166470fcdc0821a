"""Text styles shared by the screens (one place for what a heading looks like)."""

from PySide6.QtWidgets import QLabel


def heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
