"""The look: Fusion with one restrained accent colour, light or dark following the system (or forced),
dense rows, and the platform's CJK font through Qt's fallback."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#1f5fbf")

STYLE = """
QLabel[role="muted"] { color: palette(placeholder-text); }
QLabel[role="error"] { color: #b42318; }
QLabel[role="section"] { font-weight: bold; margin-top: 8px; }
QTableView, QTreeView, QListView { gridline-color: palette(midlight); }
QListWidget#navigation { border: none; padding-top: 6px; }
QListWidget#navigation::item { padding: 4px 10px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QStatusBar QLabel { padding: 0 8px; }
"""


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e2227"), QColor("#262a30"), QColor("#e6e6e6")
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#2b3037")),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                         (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6")),
                         (QPalette.ColorRole.Mid, QColor("#3a3f46")), (QPalette.ColorRole.Midlight, QColor("#33383f"))):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorRole.Highlight, ACCENT.lighter(115))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6ea8fe"))
    return p


def _light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f6f9"))
    return p


def apply(app: QApplication, theme: str = "system") -> str:
    """Applies 'system', 'light' or 'dark'; returns the scheme in use."""
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and
                               QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(_dark_palette() if dark else _light_palette(app))
    app.setStyleSheet(STYLE)
    return "dark" if dark else "light"
