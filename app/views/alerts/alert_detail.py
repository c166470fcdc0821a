"""The selected alert beside the list: its severity and rule, what it says, its facts (area, state, count, first and
last seen in Shanghai time), the evidence behind it (the failed sign-ins, the withdrawals) as rows with field labels,
where it was sent (channel, masked recipient, state, last error) and its history (acknowledged and resolved: by
whom, when, with which note). Acknowledge and Resolve are for holders of alert.manage; the screen acts on them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.alert_records import AlertRecord
from app.services.formatting import local_time, number, yuan
from app.services.icons import icon
from app.services.placeholders import fill
from app.views.alerts.words import (SEVERITY_COLOURS, STATE_COLOURS, area_text, channel_text, delivery_state_text,
                                    field_text, severity_text, state_text, value_words, yes_no)
from app.views.alerts.words import IDENTIFIER_FIELDS

RED, GREEN = "#b42318", "#1a7f37"


def value_text(key: str, value) -> str:
    """An evidence value as people read it: money in yuan, times in Shanghai, yes/no, lists joined."""
    from app.models.records import parse_time

    if value is None or value == "":
        return "—"
    if isinstance(value, str) and value_words(key, value) is not None:
        return value_words(key, value)
    if isinstance(value, bool):
        return yes_no(value)
    if key.endswith("_fen") and isinstance(value, int):
        return yuan(value)
    if isinstance(value, str) and (key.endswith("_at") or key in ("at", "time", "since", "from", "to", "not_after",
                                                                                "start", "end", "until")):
        try:
            return local_time(parse_time(value), seconds=True)
        except ValueError:
            return value
    if isinstance(value, int):
        return number(value)
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "、".join(value_text(key, v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{label_of(k)}: {value_text(k, v)}" for k, v in value.items())
    return str(value)


def label_of(key: str) -> str:
    return field_text(key) or key


class EvidenceView(QWidget):
    """An evidence dict as readable rows: single values as "label: value" lines, each list of records as a small
    table with a labelled column per field (never raw JSON)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alertEvidence")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.tables: list[QTreeWidget] = []
        self.facts: list[tuple[str, str]] = []

    def clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _delete_layout(item.layout())
        self.tables, self.facts = [], []

    def show_evidence(self, evidence: dict) -> None:
        self.clear()
        form = QFormLayout()
        for key, value in evidence.items():
            if _records(value) is not None or (isinstance(value, list) and not value):
                continue
            text = value_text(key, value)
            label = QLabel(text)
            label.setProperty("identifier", key in IDENTIFIER_FIELDS)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label_of(key))
            if field_text(key) is None:
                name.setProperty("identifier", True)
            form.addRow(name, label)
            self.facts.append((label_of(key), text))
        if form.rowCount():
            self.layout_.addLayout(form)
        else:
            _delete_layout(form)
        for key, value in evidence.items():
            value = _records(value)
            if value is None:
                continue
            title = QLabel(fill(self.tr("%1 (%2)"), label_of(key), number(len(value))))
            title.setProperty("role", "muted")
            self.layout_.addWidget(title)
            keys: list[str] = []
            for row in value:
                keys += [k for k in row if k not in keys]
            table = QTreeWidget()
            table.setObjectName(f"evidence_{key}")
            table.setRootIsDecorated(False)
            table.setAlternatingRowColors(True)
            table.setHeaderLabels([label_of(k) for k in keys])
            unknown = [i for i, k in enumerate(keys) if field_text(k) is None or k in IDENTIFIER_FIELDS]
            if unknown:
                table.setProperty("identifierColumns", unknown)
            for row in value:
                table.addTopLevelItem(QTreeWidgetItem([value_text(k, row.get(k)) for k in keys]))
            for column in range(len(keys)):
                table.resizeColumnToContents(column)
            height = table.header().sizeHint().height() + 4 + sum(
                table.sizeHintForRow(0) if table.sizeHintForRow(0) > 0 else 22 for _ in value[:10]) + 20
            table.setFixedHeight(min(height, 280))
            self.layout_.addWidget(table)
            self.tables.append(table)
        if not evidence:
            none = QLabel(self.tr("The rule kept no records for this alert."))
            none.setProperty("role", "muted")
            self.layout_.addWidget(none)

    def rows(self) -> list[list[str]]:
        """What the tables show, row by row (for tests and the self-check)."""
        return [[t.topLevelItem(i).text(c) for c in range(t.columnCount())]
                for t in self.tables for i in range(t.topLevelItemCount())]

    def headers(self) -> list[list[str]]:
        return [[t.headerItem().text(c) for c in range(t.columnCount())] for t in self.tables]


def _records(value) -> list[dict] | None:
    """A list of records (the failed sign-ins) or one record (the withdrawal) as rows of a table; else None."""
    if isinstance(value, dict) and value and all(not isinstance(v, (dict, list)) for v in value.values()):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _delete_layout(item.layout())
    layout.deleteLater()


class AlertDetail(QWidget):
    acknowledge_requested = Signal(object)  # AlertRecord
    resolve_requested = Signal(object)

    def __init__(self, can_manage: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("alertDetail")
        self.can_manage = can_manage
        self.alert: AlertRecord | None = None
        inner = QWidget()
        self.title = QLabel()
        self.title.setObjectName("alertTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.message_text = QLabel()
        self.message_text.setObjectName("alertMessage")
        self.message_text.setWordWrap(True)
        self.message_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        facts = QGroupBox(self.tr("Alert"))
        form = QFormLayout(facts)
        self.area = QLabel()
        self.state = QLabel()
        self.state.setObjectName("alertState")
        self.count = QLabel()
        self.first_seen = QLabel()
        self.last_seen = QLabel()
        self.escalated = QLabel()
        for label, field in ((self.tr("Area"), self.area), (self.tr("State"), self.state),
                             (self.tr("Times seen"), self.count), (self.tr("First seen"), self.first_seen),
                             (self.tr("Last seen"), self.last_seen), (self.tr("Escalated"), self.escalated)):
            form.addRow(label, field)
        self.escalated_row = form.rowCount() - 1
        self.facts_form = form

        evidence_box = QGroupBox(self.tr("Evidence"))
        self.evidence = EvidenceView()
        QVBoxLayout(evidence_box).addWidget(self.evidence)

        deliveries_box = QGroupBox(self.tr("Sent to"))
        self.deliveries = QTreeWidget()
        self.deliveries.setObjectName("alertDeliveries")
        self.deliveries.setRootIsDecorated(False)
        self.deliveries.setAlternatingRowColors(True)
        self.deliveries.setHeaderLabels([self.tr("Channel"), self.tr("Recipient"), self.tr("State"),
                                         self.tr("Attempts"), self.tr("Last error")])
        self.deliveries.setProperty("identifierColumns", [1, 4])  # masked addresses; the gateway's own words
        self.deliveries.setMinimumHeight(90)
        self.no_deliveries = QLabel(self.tr("Not sent by e-mail, SMS or WeChat Work."))
        self.no_deliveries.setProperty("role", "muted")
        self.no_deliveries.setWordWrap(True)
        deliveries_layout = QVBoxLayout(deliveries_box)
        deliveries_layout.addWidget(self.deliveries)
        deliveries_layout.addWidget(self.no_deliveries)

        history_box = QGroupBox(self.tr("History"))
        self.history = QLabel()
        self.history.setObjectName("alertHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(history_box).addWidget(self.history)

        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 0, 6, 0)
        for widget in (self.title, self.message_text, facts, evidence_box, deliveries_box, history_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)

        self.message = QLabel()
        self.message.setObjectName("alertActionMessage")
        self.message.setWordWrap(True)
        self.acknowledge_button = QPushButton(icon("check"), self.tr("Acknowledge…"))
        self.acknowledge_button.setObjectName("acknowledgeAlert")
        self.acknowledge_button.clicked.connect(lambda: self.alert and self.acknowledge_requested.emit(self.alert))
        self.resolve_button = QPushButton(icon("check", GREEN), self.tr("Resolve…"))
        self.resolve_button.setObjectName("resolveAlert")
        self.resolve_button.clicked.connect(lambda: self.alert and self.resolve_requested.emit(self.alert))
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.resolve_button)
        self.empty = QLabel(self.tr("Select an alert to see what is behind it."))
        self.empty.setObjectName("alertEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "muted")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(scroll, 1)
        outer.addLayout(actions)
        self.scroll = scroll
        self.show_alert(None)

    def show_alert(self, alert: AlertRecord | None) -> None:
        if alert is None or self.alert is None or alert.id != self.alert.id:
            self.message.clear()  # what was said about the alert before stays while it is on screen
        self.alert = alert
        self.empty.setVisible(alert is None)
        self.scroll.setVisible(alert is not None)
        self.acknowledge_button.setVisible(self.can_manage and alert is not None)
        self.resolve_button.setVisible(self.can_manage and alert is not None)
        if alert is None:
            return
        colour = SEVERITY_COLOURS.get(alert.severity, "#475467")
        self.title.setText(f'<span style="color:{colour}">{_escape(severity_text(alert.severity))}</span> · '
                           f'{_escape(alert.rule_title)}')
        self.message_text.setText(alert.message)
        self.area.setText(area_text(alert.area))
        self.state.setText(state_text(alert.state))
        self.state.setStyleSheet(f"color:{STATE_COLOURS.get(alert.state, '')}")
        self.count.setText(number(alert.count))
        self.first_seen.setText(local_time(alert.first_seen_at, seconds=True))
        self.last_seen.setText(local_time(alert.last_seen_at, seconds=True))
        self.escalated.setText(local_time(alert.escalated_at, seconds=True) if alert.escalated_at
                               else self.tr("Not escalated"))
        self.evidence.show_evidence(alert.evidence)
        self.deliveries.clear()
        for d in alert.deliveries:
            item = QTreeWidgetItem([channel_text(d.channel), d.to, delivery_state_text(d.state), number(d.attempts),
                                    d.last_error or ""])
            if d.last_error:
                item.setForeground(4, _colour(RED))
            self.deliveries.addTopLevelItem(item)
        for column in range(4):
            self.deliveries.resizeColumnToContents(column)
        self.deliveries.setVisible(bool(alert.deliveries))
        self.no_deliveries.setVisible(not alert.deliveries)
        self.history.setText(self.history_text(alert))
        self.acknowledge_button.setEnabled(alert.state == "open")
        self.resolve_button.setEnabled(alert.state != "resolved")

    def history_text(self, alert: AlertRecord) -> str:
        lines = [fill(self.tr("Opened %1."), local_time(alert.first_seen_at))]
        if alert.escalated_at:
            lines.append(fill(self.tr("Escalated %1: nobody had acknowledged it."), local_time(alert.escalated_at)))
        if alert.acknowledged_at:
            lines.append(fill(self.tr("Acknowledged by %1 at %2."), alert.acknowledged_by_name or "—",
                              local_time(alert.acknowledged_at)))
            if alert.acknowledged_note:
                lines.append(fill(self.tr("Note: %1"), alert.acknowledged_note))
        if alert.resolved_at:
            lines.append(fill(self.tr("Resolved by %1 at %2."), alert.resolved_by_name or "—",
                              local_time(alert.resolved_at)))
            if alert.resolved_note:
                lines.append(fill(self.tr("Note: %1"), alert.resolved_note))
        return "\n".join(lines)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color:{RED if error else GREEN}")


def _colour(name: str):
    from PySide6.QtGui import QColor

    return QColor(name)


def _escape(text: str) -> str:
    import html

    return html.escape(text or "")
