"""Settings: language, theme, idle-lock time, and server profiles."""

import uuid

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox, QVBoxLayout)

from app.services.settings import AppSettings, Profile


class ProfileDialog(QDialog):
    def __init__(self, profile: Profile | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server profile"))
        form = QFormLayout(self)
        self.name = QLineEdit(profile.name if profile else "")
        self.url = QLineEdit(profile.url if profile else "https://")
        self.ca = QLineEdit(profile.ca_bundle if profile else "")
        self.ca.setPlaceholderText(self.tr("Optional: a private CA bundle (PEM)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.ca, 1)
        row.addWidget(browse)
        self.pin = QLineEdit(profile.pinned_sha256 if profile else "")
        self.pin.setPlaceholderText(self.tr("Optional: SHA-256 fingerprint of the server certificate"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("CA bundle"), row)
        form.addRow(self.tr("Pinned certificate"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._id = profile.id if profile else uuid.uuid4().hex[:12]

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt)"))
        if path:
            self.ca.setText(path)

    def _accept(self) -> None:
        url = self.url.text().strip()
        if not self.name.text().strip() or not url.startswith(("https://", "http://127.", "http://localhost")):
            QMessageBox.warning(self, self.tr("Server profile"),
                                self.tr("Give the profile a name and an https:// address (plain http only on this computer)."))
            return
        self.accept()

    def profile(self) -> Profile:
        fingerprint = self.pin.text().strip().replace(":", "").lower()
        return Profile(self._id, self.name.text().strip(), self.url.text().strip(), self.ca.text().strip(), fingerprint)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language is named in itself (English stays "English" in a Chinese console), like every
        # language menu: an identifier field for the self-check's text walk.
        self.language.setProperty("identifier", True)
        for value, label in (("system", self.tr("Follow the system")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox()
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Lock when idle after"), self.idle)
        layout.addLayout(form)
        group = QGroupBox(self.tr("Server profiles"))
        box = QVBoxLayout(group)
        self.profiles = settings.profiles()
        self.list = QListWidget()
        box.addWidget(self.list)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self._add), (self.tr("Edit…"), self._edit), (self.tr("Remove"), self._remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(group)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        self.list.clear()
        for profile in self.profiles:
            self.list.addItem(f"{profile.name} — {profile.url}")

    def _add(self) -> None:
        dialog = ProfileDialog(None, self)
        if dialog.exec():
            self.profiles.append(dialog.profile())
            self._fill()

    def _edit(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            dialog = ProfileDialog(self.profiles[row], self)
            if dialog.exec():
                self.profiles[row] = dialog.profile()
                self._fill()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.profiles[row]
            self._fill()

    def _save(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.theme = self.theme.currentData()
        self.settings.idle_minutes = self.idle.value()
        self.settings.save_profiles(self.profiles)
        self.accept()
