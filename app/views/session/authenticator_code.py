"""Enrolling an authenticator app: the otpauth:// URI as a QR code to scan, and its key in groups of four
for typing by hand. Used at first sign-in and when a user moves to a new phone."""

import io

import pyotp
import segno
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from app.services.placeholders import fill


def show_enrolment(uri: str, qr: QLabel, key: QLabel, scale: int = 4) -> None:
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    qr.setPixmap(pixmap)
    secret = pyotp.parse_uri(uri).secret
    grouped = " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
    key.setText(fill(QCoreApplication.translate("AuthenticatorCode", "Or enter this key by hand: %1"), grouped))
