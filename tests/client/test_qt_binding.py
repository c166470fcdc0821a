"""The Qt binding must not lose references to None: PySide6 6.12.0 on Python 3.11 did so on every void
method call (setText, QTimer.start, QPainter.setPen...), and the console aborted after some ten thousand
calls ("deallocating None"). The pin in constraints.txt avoids it; this test keeps it avoided."""

import sys

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label, timer = QLabel(), QTimer()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        timer.start()
        painter.setPen(QColor("#000"))
        painter.drawRoundedRect(QRectF(1, 1, 30, 10), 4, 4)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100, f"None lost {before - after} references in 8,000 void calls"
