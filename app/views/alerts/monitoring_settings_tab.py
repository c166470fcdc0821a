"""监控设置 Monitoring settings (monitoring.settings, the administrator): the rules, each switched on or off with its
thresholds (numbers with their units in words: minutes, yuan, times the customer's median), and after how many
minutes an unacknowledged critical alert escalates; the channels (e-mail
over SMTP: server, port, sender, STARTTLS, user name and a write-only password; SMS and WeChat Work: the gateway's
address and a write-only key — empty means unchanged, the field says only whether one is set) with "Send test"; and
who receives which alerts (name, e-mail, mobile, WeChat Work user, severities, areas). Every save sends the version
it edits. A part the platform does not offer yet (no such route) is left out."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QSplitter, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.alert_records import (AREAS, CHANNELS, SEVERITIES, ChannelSetting, EscalationSetting, Recipient,
                                      Recipients, RuleSetting)
from app.services import errors
from app.services.formatting import fen_from_yuan_text, number, yuan
from app.services.icons import icon
from app.services.messages import describe
from app.services.monitoring_settings import KIND, MonitoringSettings
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.alerts.words import (area_text, channel_field_text, channel_text, severity_text, threshold_text,
                                    threshold_unit, yes_no)

RED, GREEN = "#b42318", "#1a7f37"
MAX_NUMBER = 10**9


def _absent(error) -> bool:
    """The platform has no such route (yet): the part is left out, not shown as an error."""
    return isinstance(error, errors.NotFound) or (isinstance(error, errors.ApiError) and error.status == 405)


def _say(label: QLabel, text: str, ok: bool) -> None:
    label.setText(text)
    label.setStyleSheet(f"color:{GREEN if ok else RED}")


class ThresholdField(QWidget):
    """One threshold: the right input for its kind (a switch, a whole number, a number, an amount in yuan) and its
    unit in words beside it."""

    def __init__(self, key: str, value, default, parent=None):
        super().__init__(parent)
        self.key, self.default = key, default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(default, bool):
            self.input = QCheckBox()
            self.input.setChecked(bool(value))
        elif key.endswith("_fen"):
            self.input = QLineEdit(yuan(int(value), symbol=False))
            self.input.setMaximumWidth(160)
        elif isinstance(default, int):
            self.input = QSpinBox()
            self.input.setRange(0, 23) if key.endswith("_hour") else self.input.setRange(1, MAX_NUMBER)
            self.input.setValue(int(value))
            self.input.setGroupSeparatorShown(True)
        else:
            self.input = QDoubleSpinBox()
            self.input.setDecimals(2)
            self.input.setRange(0.01, MAX_NUMBER)
            self.input.setValue(float(value))
        self.input.setObjectName(f"threshold_{key}")
        layout.addWidget(self.input)
        unit = threshold_unit(key)
        if unit and not isinstance(default, bool):
            layout.addWidget(QLabel(unit))
        layout.addStretch(1)

    def value(self):
        if isinstance(self.input, QCheckBox):
            return self.input.isChecked()
        if isinstance(self.input, QLineEdit):
            return fen_from_yuan_text(self.input.text())
        return self.input.value()

    def set_value(self, value) -> None:
        if isinstance(self.input, QCheckBox):
            self.input.setChecked(bool(value))
        elif isinstance(self.input, QLineEdit):
            self.input.setText(yuan(int(value), symbol=False))
        else:
            self.input.setValue(value)

    def default_text(self) -> str:
        if isinstance(self.default, bool):
            return yes_no(self.default)
        if self.key.endswith("_fen"):
            return yuan(int(self.default))
        unit = threshold_unit(self.key)
        shown = number(self.default) if isinstance(self.default, int) else str(self.default)
        return f"{shown} {unit}".strip()


class EscalationBox(QGroupBox):
    """After how many minutes (1 to 1,440) a critical alert nobody acknowledged is sent to its recipients again."""

    def __init__(self, service: MonitoringSettings, runner: TaskRunner, changes, parent=None):
        super().__init__(self.tr("Escalation"), parent)
        self.setObjectName("escalation")
        self.service, self.runner, self.changes = service, runner, changes
        self.setting: EscalationSetting | None = None
        self.loaded = False
        self.absent = False
        unit = threshold_unit("escalate_minutes")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("escalationMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setGroupSeparatorShown(True)
        self.minutes.setSuffix(f" {unit}")
        self.save_button = QPushButton(icon("check"), self.tr("Save"))
        self.save_button.setObjectName("saveEscalation")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("escalationMessage")
        self.message.setWordWrap(True)
        explanation = QLabel(self.tr("A critical alert nobody has acknowledged within this time is sent to its "
                                     "recipients again."))
        explanation.setWordWrap(True)
        explanation.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(QLabel(threshold_text("escalate_minutes") or "escalate_minutes"))
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(explanation)
        self.setEnabled(False)  # until the setting has come

    def load(self) -> None:
        service = self.service
        self.runner.run(service.escalation, done=self._loaded, failed=self._load_failed, owner=self)

    def _loaded(self, setting: EscalationSetting) -> None:
        self.setting = setting
        self.minutes.setValue(setting.minutes)
        self.minutes.setToolTip(fill(self.tr("Default: %1"),
                                     f"{number(setting.default_minutes)} {threshold_unit('escalate_minutes')}"))
        self.setEnabled(True)
        self.loaded = True

    def _load_failed(self, error) -> None:
        self.absent = _absent(error)
        self.setVisible(not self.absent)  # a platform without the setting: the box is left out
        _say(self.message, describe(error), False)
        self.loaded = True

    def save(self) -> None:
        if self.setting is None:
            return
        service, minutes, version = self.service, self.minutes.value(), self.setting.version
        self.save_button.setEnabled(False)
        self.runner.run(lambda: service.save_escalation(minutes, version), done=self._saved, failed=self._failed,
                        owner=self)

    def _saved(self, setting: EscalationSetting) -> None:
        self.save_button.setEnabled(True)
        self._loaded(setting)
        _say(self.message, fill(self.tr("Saved: critical alerts escalate after %1 minutes."), number(setting.minutes)),
             True)
        self.changes.changed.emit(KIND, frozenset())

    def _failed(self, error) -> None:
        self.save_button.setEnabled(True)
        _say(self.message, describe(error), False)
        if isinstance(error, errors.Conflict):
            self.load()  # shows it as someone else saved it; the sentence stays


class RulesPage(QWidget):
    def __init__(self, service: MonitoringSettings, runner: TaskRunner, changes, parent=None):
        super().__init__(parent)
        self.service, self.runner, self.changes = service, runner, changes
        self.rules: list[RuleSetting] = []
        self.current: RuleSetting | None = None
        self.fields: dict[str, ThresholdField] = {}
        self.loaded = False
        self.list = QTreeWidget()
        self.list.setObjectName("monitoringRules")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Rule"), self.tr("Area"), self.tr("Severity"), self.tr("On")])
        self.list.currentItemChanged.connect(lambda item, _previous: self._show(item))
        self.title = QLabel()
        self.title.setObjectName("ruleTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.enabled = QCheckBox(self.tr("The rule runs (every minute)"))
        self.enabled.setObjectName("ruleEnabled")
        self.form_box = QGroupBox(self.tr("Thresholds"))
        self.form = QFormLayout(self.form_box)
        self.save_button = QPushButton(icon("check"), self.tr("Save the rule"))
        self.save_button.setObjectName("saveRule")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Back to the defaults"))
        self.defaults_button.setObjectName("ruleDefaults")
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.message = QLabel()
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        editor = QWidget()
        right = QVBoxLayout(editor)
        right.addWidget(self.title)
        right.addWidget(self.enabled)
        right.addWidget(self.form_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.escalation = EscalationBox(service, runner, changes)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.escalation)
        editor.setEnabled(False)
        self.editor = editor

    def load(self) -> None:
        service = self.service
        self.runner.run(service.rules, done=self._loaded, failed=lambda e: _say(self.message, describe(e), False),
                        owner=self)
        self.escalation.load()

    def _loaded(self, rules: list[RuleSetting]) -> None:
        name = self.current.name if self.current else None
        self.rules = rules
        # Refilled quietly: clearing the list would show "no rule" and wipe the sentence about the rule shown (a
        # refusal that reloaded it), which stays while the same rule is shown again.
        self.list.blockSignals(True)
        self.list.clear()
        for rule in rules:
            item = QTreeWidgetItem([rule.title, area_text(rule.area), severity_text(rule.severity),
                                    yes_no(rule.enabled)])
            item.setData(0, Qt.ItemDataRole.UserRole, rule.name)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        names = [r.name for r in rules]
        if rules:
            self.list.setCurrentItem(self.list.topLevelItem(names.index(name) if name in names else 0))
        self.loaded = True

    def select(self, name: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            if self.list.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(self.list.topLevelItem(row))

    def _show(self, item) -> None:
        rule = next((r for r in self.rules if item and r.name == item.data(0, Qt.ItemDataRole.UserRole)), None)
        if rule is None or self.current is None or rule.name != self.current.name:
            self.message.clear()  # a sentence about this rule (saved, refused) stays while it is shown
        self.current = rule
        self.editor.setEnabled(rule is not None)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        if rule is None:
            return
        self.title.setText(fill(self.tr("%1 · %2 · %3"), rule.title, area_text(rule.area),
                                severity_text(rule.severity)))
        self.enabled.setChecked(rule.enabled)
        for key, default in rule.defaults.items():
            field = ThresholdField(key, rule.thresholds.get(key, default), default)
            field.setToolTip(fill(self.tr("Default: %1"), field.default_text()))
            label = QLabel(threshold_text(key, rule.name) or key)
            if threshold_text(key, rule.name) is None:
                label.setProperty("identifier", True)
            self.form.addRow(label, field)
            self.fields[key] = field
        self.form_box.setVisible(bool(rule.defaults))
        self.defaults_button.setVisible(bool(rule.defaults))

    def restore_defaults(self) -> None:
        if self.current:
            for key, field in self.fields.items():
                field.set_value(self.current.defaults[key])

    def save(self) -> None:
        rule = self.current
        if rule is None:
            return
        thresholds = {}
        for key, field in self.fields.items():
            value = field.value()
            if value is None:
                _say(self.message, fill(self.tr("%1: enter an amount in yuan, e.g. 50,000."),
                                                   threshold_text(key, rule.name) or key),
                     False)
                return
            thresholds[key] = value
        service, enabled = self.service, self.enabled.isChecked()
        self.save_button.setEnabled(False)
        self.runner.run(lambda: service.save_rule(rule.name, enabled, thresholds, rule.version),
                        done=self._saved, failed=self._failed, owner=self)

    def _saved(self, rule: RuleSetting) -> None:
        self.save_button.setEnabled(True)
        self.rules = [rule if r.name == rule.name else r for r in self.rules]
        self.current = rule
        self._loaded(self.rules)
        _say(self.message, fill(self.tr("Saved: %1."), rule.title), True)
        self.changes.changed.emit(KIND, frozenset())

    def _failed(self, error) -> None:
        self.save_button.setEnabled(True)
        _say(self.message, describe(error), False)
        if isinstance(error, errors.Conflict):
            self.load()


class ChannelBox(QGroupBox):
    """One channel's settings; its secret (password or key) is write-only."""

    FIELDS = {"email": ("host", "port", "sender", "starttls", "username"), "sms": ("url",), "wecom": ("url",)}

    def __init__(self, channel: ChannelSetting, page: "ChannelsPage"):
        super().__init__(channel_text(channel.channel))
        self.setObjectName(f"channel_{channel.channel}")
        self.page, self.channel = page, channel
        self.enabled = QCheckBox(self.tr("Send alerts this way"))
        self.enabled.setObjectName(f"{channel.channel}Enabled")
        form = QFormLayout(self)
        form.addRow(self.enabled)
        self.inputs: dict[str, QWidget] = {}
        keys = list(self.FIELDS.get(channel.channel, ()))
        keys += [k for k in channel.settings if k not in keys]
        for key in keys:
            value = channel.settings.get(key)
            if key == "starttls" or isinstance(value, bool):
                field = QCheckBox()
            elif key == "port" or isinstance(value, int):
                field = QSpinBox()
                field.setRange(1, 65535 if key == "port" else MAX_NUMBER)
            elif isinstance(value, float):
                field = QDoubleSpinBox()
                field.setRange(0.5, 120)
                field.setDecimals(1)
                if key.endswith("_seconds"):
                    field.setSuffix(" " + self.tr("seconds"))
            else:
                field = QLineEdit()
            field.setObjectName(f"{channel.channel}_{key}")
            self.inputs[key] = field
            label = QLabel(channel_field_text(key))
            if channel_field_text(key) == key:
                label.setProperty("identifier", True)
            form.addRow(label, field)
        self.secret = QLineEdit()
        self.secret.setObjectName(f"{channel.channel}Secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_state = QLabel()
        self.secret_state.setObjectName(f"{channel.channel}SecretState")
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.secret_state)
        form.addRow(self.tr("Password") if channel.channel == "email" else self.tr("Key"), secret_row)
        self.save_button = QPushButton(icon("check"), self.tr("Save"))
        self.save_button.setObjectName(f"{channel.channel}Save")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(icon("smartphone"), self.tr("Send test"))
        self.test_button.setObjectName(f"{channel.channel}Test")
        self.test_button.clicked.connect(self.send_test)
        self.test_to = QLineEdit()
        self.test_to.setObjectName(f"{channel.channel}TestTo")
        self.test_to.setPlaceholderText(self.tr("Your own address when empty"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Send a test to"), test_row)
        self.message = QLabel()
        self.message.setObjectName(f"{channel.channel}Message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.show_channel(channel)

    def show_channel(self, channel: ChannelSetting) -> None:
        self.channel = channel
        self.enabled.setChecked(channel.enabled)
        for key, field in self.inputs.items():
            value = channel.settings.get(key)
            if isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif isinstance(field, QSpinBox):
                field.setValue(int(value or (587 if key == "port" else 0)))
            elif isinstance(field, QDoubleSpinBox):
                field.setValue(float(value or 10.0))
            else:
                field.setText("" if value is None else str(value))
        self.secret.clear()  # never shown back; empty keeps the stored one
        self.secret_state.setText(self.tr("Set") if channel.secret_set else self.tr("Not set"))
        self.secret.setPlaceholderText(self.tr("Set — leave empty to keep it") if channel.secret_set
                                       else self.tr("Not set"))

    def settings(self) -> dict:
        values = {}
        for key, field in self.inputs.items():
            if isinstance(field, QCheckBox):
                values[key] = field.isChecked()
            elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
                values[key] = field.value()
            else:
                values[key] = field.text().strip()
        return values

    def save(self) -> None:
        service, channel = self.page.service, self.channel
        enabled, settings, secret = self.enabled.isChecked(), self.settings(), self.secret.text()
        self.save_button.setEnabled(False)
        self.page.runner.run(lambda: service.save_channel(channel.channel, enabled, settings, channel.version,
                                                          secret or None),
                             done=self._saved, failed=self._failed, owner=self)

    def _saved(self, channel: ChannelSetting) -> None:
        self.save_button.setEnabled(True)
        self.show_channel(channel)
        _say(self.message, self.tr("Saved."), True)
        self.page.changes.changed.emit(KIND, frozenset())

    def _failed(self, error) -> None:
        self.save_button.setEnabled(True)
        _say(self.message, describe(error), False)
        if isinstance(error, errors.Conflict):
            self.page.load()

    def send_test(self) -> None:
        service, name, to = self.page.service, self.channel.channel, self.test_to.text().strip()
        self.test_button.setEnabled(False)
        _say(self.message, self.tr("Sending a test…"), True)
        self.page.runner.run(lambda: service.test_channel(name, to), done=self._tested, failed=self._test_failed,
                             owner=self)

    def _tested(self, result) -> None:
        self.test_button.setEnabled(True)
        _say(self.message, result.detail or (self.tr("The test was sent; check that it arrived.") if result.ok
                                             else self.tr("The test could not be sent.")), result.ok)

    def _test_failed(self, error) -> None:
        self.test_button.setEnabled(True)
        _say(self.message, describe(error), False)


class ChannelsPage(QWidget):
    absent_found = Signal()  # the platform has no channel settings (yet)

    def __init__(self, service: MonitoringSettings, runner: TaskRunner, changes, parent=None):
        super().__init__(parent)
        self.service, self.runner, self.changes = service, runner, changes
        self.boxes: dict[str, ChannelBox] = {}
        self.loaded = False
        self.absent = False
        self.status = QLabel()
        self.status.setObjectName("channelsStatus")
        self.status.setWordWrap(True)
        inner = QWidget()
        self.inner_layout = QVBoxLayout(inner)
        self.inner_layout.addWidget(self.status)
        self.inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self) -> None:
        service = self.service
        self.runner.run(service.channels, done=self._loaded, failed=self._failed, owner=self)

    def _failed(self, error) -> None:
        self.absent = _absent(error)
        self.loaded = True
        _say(self.status, describe(error), False)
        if self.absent:
            self.absent_found.emit()

    def _loaded(self, channels: list[ChannelSetting]) -> None:
        order = {c: i for i, c in enumerate(CHANNELS)}
        for channel in sorted(channels, key=lambda c: order.get(c.channel, 99)):
            box = self.boxes.get(channel.channel)
            if box is None:
                box = self.boxes[channel.channel] = ChannelBox(channel, self)
                self.inner_layout.insertWidget(self.inner_layout.count() - 1, box)
            else:
                box.show_channel(channel)
        self.status.setText("" if channels else self.tr("The platform offers no channels to set."))
        self.loaded = True


class RecipientDialog(QDialog):
    def __init__(self, recipient: Recipient | None, parent=None):
        super().__init__(parent)
        self.setObjectName("recipientDialog")
        self.setWindowTitle(self.tr("Recipient"))
        self.setMinimumWidth(460)
        r = recipient or Recipient("", severities=("critical", "warning"), areas=AREAS)
        self.name = QLineEdit(r.name)
        self.name.setObjectName("recipientName")
        self.email = QLineEdit(r.email)
        self.email.setObjectName("recipientEmail")
        self.mobile = QLineEdit(r.mobile)
        self.mobile.setObjectName("recipientMobile")
        self.wecom = QLineEdit(r.wecom_user)
        self.wecom.setObjectName("recipientWecom")
        self.severities = {}
        severity_row = QHBoxLayout()
        for code in SEVERITIES:
            box = self.severities[code] = QCheckBox(severity_text(code))
            box.setChecked(code in r.severities)
            severity_row.addWidget(box)
        area_grid = QGridLayout()
        self.areas = {}
        for i, code in enumerate(AREAS):
            box = self.areas[code] = QCheckBox(area_text(code))
            box.setChecked(code in r.areas)
            area_grid.addWidget(box, i // 3, i % 3)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("WeChat Work user"), self.wecom)
        form.addRow(self.tr("Severities"), severity_row)
        form.addRow(self.tr("Areas"), area_grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.name, self.email, self.mobile, self.wecom):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        has_address = any(f.text().strip() for f in (self.email, self.mobile, self.wecom))
        self.ok_button.setEnabled(bool(self.name.text().strip()) and has_address)

    def recipient(self) -> Recipient:
        return Recipient(self.name.text().strip(), self.email.text().strip(), self.mobile.text().strip(),
                         self.wecom.text().strip(), tuple(c for c, b in self.severities.items() if b.isChecked()),
                         tuple(c for c, b in self.areas.items() if b.isChecked()))


class RecipientsPage(QWidget):
    absent_found = Signal()

    def __init__(self, service: MonitoringSettings, runner: TaskRunner, changes, parent=None):
        super().__init__(parent)
        self.service, self.runner, self.changes = service, runner, changes
        self.saved = Recipients()
        self.items: list[Recipient] = []
        self.loaded = False
        self.absent = False
        self.last_dialog = None
        self.table = QTreeWidget()
        self.table.setObjectName("recipientsTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Mobile"), self.tr("WeChat Work user"),
                                    self.tr("Severities"), self.tr("Areas")])
        self.table.setProperty("identifierColumns", [1, 2, 3])
        self.table.itemDoubleClicked.connect(lambda *_: self.edit())
        self.add_button = QPushButton(icon("plus"), self.tr("Add…"))
        self.add_button.setObjectName("addRecipient")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = QPushButton(icon("check"), self.tr("Save recipients"))
        self.save_button.setObjectName("saveRecipients")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("recipientsMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self) -> None:
        service = self.service
        self.runner.run(service.recipients, done=self._loaded, failed=self._failed, owner=self)

    def _failed(self, error) -> None:
        self.absent = _absent(error)
        self.loaded = True
        self.save_button.setEnabled(True)
        _say(self.message, describe(error), False)
        if self.absent:
            self.absent_found.emit()
        if isinstance(error, errors.Conflict):
            self.load()

    def _loaded(self, recipients: Recipients) -> None:
        self.saved = recipients
        self.items = list(recipients.items)
        self._show()
        self.loaded = True

    def _show(self) -> None:
        self.table.clear()
        for r in self.items:
            self.table.addTopLevelItem(QTreeWidgetItem([
                r.name, r.email, r.mobile, r.wecom_user, "、".join(severity_text(s) for s in r.severities),
                "、".join(area_text(a) for a in r.areas)]))
        for column in range(6):
            self.table.resizeColumnToContents(column)

    def _dialog(self, recipient: Recipient | None, then) -> None:
        dialog = RecipientDialog(recipient, self)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: then(dialog.recipient()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add(self) -> None:
        self._dialog(None, lambda r: (self.items.append(r), self._show()))

    def edit(self) -> None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        if row >= 0:
            def replace(r: Recipient) -> None:
                self.items[row] = r
                self._show()
            self._dialog(self.items[row], replace)

    def remove(self) -> None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        if row >= 0:
            del self.items[row]
            self._show()

    def save(self) -> None:
        service, items, version = self.service, list(self.items), self.saved.version
        self.save_button.setEnabled(False)
        self.runner.run(lambda: service.save_recipients(items, version), done=self._saved, failed=self._failed,
                        owner=self)

    def _saved(self, recipients: Recipients) -> None:
        self.save_button.setEnabled(True)
        self._loaded(recipients)
        _say(self.message, self.tr("Saved."), True)
        self.changes.changed.emit(KIND, frozenset())


class MonitoringSettingsTab(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("monitoringSettings")
        self.session, self.runner = session, runner
        service = MonitoringSettings(session.api)
        self.rules = RulesPage(service, runner, session.changes)
        self.channels = ChannelsPage(service, runner, session.changes)
        self.recipients = RecipientsPage(service, runner, session.changes)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("monitoringSettingsTabs")
        self.tabs.addTab(self.rules, self.tr("Rules and thresholds"))
        self.tabs.addTab(self.channels, self.tr("Channels"))
        self.tabs.addTab(self.recipients, self.tr("Recipients"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.channels.absent_found.connect(self.hide_absent)
        self.recipients.absent_found.connect(self.hide_absent)

    def load(self) -> None:
        self.rules.load()
        self.channels.load()
        self.recipients.load()

    def refresh(self) -> None:
        self.load()

    def hide_absent(self) -> None:
        """Leaves out the parts the platform does not offer (the server answers 404 or 405)."""
        for page in (self.channels, self.recipients):
            index = self.tabs.indexOf(page)
            if page.absent and index >= 0:
                self.tabs.removeTab(index)

    @property
    def loaded(self) -> bool:
        return self.rules.loaded and self.rules.escalation.loaded and self.channels.loaded and self.recipients.loaded
