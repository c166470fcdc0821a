"""Icons from the Lucide set in resources/icons (ISC licence), drawn in the palette's text colour so
they suit light and dark themes, at the screen's device pixel ratio."""

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.resources_path import RESOURCES


@lru_cache(maxsize=256)
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    svg = (RESOURCES / "icons" / f"{name}.svg").read_text("utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, colour: str | None = None) -> QIcon:
    app = QGuiApplication.instance()
    colour = colour or app.palette().windowText().color().name()
    ratio = app.devicePixelRatio() if hasattr(app, "devicePixelRatio") else 1.0
    result = QIcon()
    for size in (16, 20, 24, 32):
        result.addPixmap(_pixmap(name, colour, size, ratio))
    return result
