"""One loan application as its reviewer works it, in its own tab: the header with number, state and
main figures; the borrower's file, the terms and the risk assessment; the documents, the repayment
schedule and the timeline; and a fixed bar with the comment and the actions this user may take."""

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models.records import ApplicationFile, parse_time
from app.models.schedule_model import ScheduleModel
from app.services import errors
from app.services.formatting import local_time, number, rate_text, yuan
from app.services.icons import icon
from app.services.language import current_is_chinese, finding_text
from app.services.messages import describe
from app.services.placeholders import fill
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.loans.document_viewer import DocumentViewer
from app.views.loans.loan_actions import (REVIEW_ORDER, action_label, actor_label, common_reasons, event_label,
                                         grade_label, method_label, needs_reason, rule_label, shortcut_of)
from app.views.common.state_badge import LOAN_STATES, TONES, state_label
from app.views.common.typography import heading

BLOCK_COLOUR, WARN_COLOUR, DONE_COLOUR = "#b42318", "#b54708", "#1a7f37"


class ApplicationView(QWidget):
    open_requested = Signal(str, str, object)  # key, title, make(): a report's preview tab

    def __init__(self, session: ConsoleSession, runner: TaskRunner, app_id: int, number_text: str, parent=None,
                 next_of: Callable[[int], tuple[int, str] | None] | None = None):
        """`next_of(app_id)`: the (id, number) after this one in the queue it was opened from, or None; with it,
        "Next" (Alt+N) opens that application once this one is decided."""
        super().__init__(parent)
        self.session, self.runner, self.app_id = session, runner, app_id
        self.next_of = next_of
        self.file: ApplicationFile | None = None
        self.revealed = None
        self.setObjectName("applicationView")

        self.number = heading(number_text, 1.5)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        self.figures = QLabel()
        self.figures.setObjectName("headlineFigures")
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.badge)
        top.addSpacing(16)
        top.addWidget(self.figures, 1)
        self.print_form_button = self.print_schedule_button = None
        self._add_print_buttons(top)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("applicationBanner")
        self.banner.hide()

        self.borrower_box, self.borrower_form = self._section(self.tr("Borrower"))
        self.terms_box, self.terms_form = self._section(self.tr("Terms"))
        self.risk_box = QGroupBox(self.tr("Risk assessment"))
        self.risk_layout = QVBoxLayout(self.risk_box)
        self.reveal_button = QPushButton(icon("eye"), self.tr("Show personal data"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setShortcut(QKeySequence("Alt+P"))
        self.reveal_button.setToolTip(self.tr("Shows the ID number, phone and bank card in full (Alt+P); "
                                              "every reveal is recorded in the audit log."))
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        # the risk assessment first, where it is seen without scrolling (at 1366×768 too)
        for widget in (self.risk_box, self.borrower_box, self.reveal_button, self.terms_box):
            left_layout.addWidget(widget)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)

        self.documents = DocumentViewer(session.api.document_content, runner)
        self.schedule = ScheduleModel(self)
        self.schedule_table = QTableView()
        self.schedule_table.setObjectName("scheduleTable")
        self.schedule_table.setModel(self.schedule)
        self.schedule_table.verticalHeader().hide()
        self.schedule_table.verticalHeader().setDefaultSectionSize(24)
        self.schedule_table.setAlternatingRowColors(True)
        self.schedule_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.schedule_table.horizontalHeader().setStretchLastSection(True)
        self.schedule_note = QLabel()
        self.schedule_note.setProperty("role", "muted")
        schedule_page = QWidget()
        schedule_layout = QVBoxLayout(schedule_page)
        schedule_bar = QHBoxLayout()
        schedule_bar.addWidget(self.schedule_note, 1)
        if self.print_schedule_button is not None:
            schedule_bar.addWidget(self.print_schedule_button)
        schedule_layout.addLayout(schedule_bar)
        schedule_layout.addWidget(self.schedule_table, 1)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Action"), self.tr("State"),
                                       self.tr("Comment")])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        self.tabs.addTab(self.documents, icon("file-image"), self.tr("Documents"))
        self.tabs.addTab(schedule_page, self.tr("Repayment schedule"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])

        self.comment = QLineEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Comment for the timeline (optional)"))
        self.comment.setMaxLength(2000)
        self.actions_bar = QHBoxLayout()
        bar = QFrame()
        bar.setObjectName("actionBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar_layout = QHBoxLayout(bar)
        bar_layout.addWidget(self.comment, 1)
        bar_layout.addLayout(self.actions_bar)
        self.buttons: dict[str, QPushButton] = {}
        self.next_button = QPushButton(icon("file-check"), fill(self.tr("%1 (%2)"), self.tr("Next"), "Alt+N"))
        self.next_button.setObjectName("nextApplication")
        self.next_button.setShortcut(QKeySequence("Alt+N"))
        self.next_button.setToolTip(self.tr("Opens the next application of the same queue."))
        self.next_button.clicked.connect(self.open_next)
        self.next_button.setEnabled(False)
        self.next_button.setVisible(next_of is not None)
        bar_layout.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(bar)
        session.changes.changed.connect(self._data_changed)
        self.reload()

    @staticmethod
    def _section(title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        api, app_id = self.session.api, self.app_id
        self.runner.run(lambda: api.loan_file(app_id), done=self.show_file,
                        failed=lambda error: self.show_banner(describe(error), BLOCK_COLOUR), owner=self)

    def _data_changed(self, kind: str, ids) -> None:
        if kind == "loan_application" and (not ids or self.app_id in ids):
            self.reload()

    def show_file(self, f: ApplicationFile) -> None:
        self.file, r = f, f.row
        self.revealed = None
        self.number.setText(r.number)
        zh_en_tone = LOAN_STATES.get(r.state, (r.state, r.state, "grey"))
        background, foreground = TONES[zh_en_tone[2]]
        self.badge.setText(state_label(r.state))
        self.badge.setStyleSheet(f"background:{background};color:{foreground};border-radius:4px;padding:2px 8px;")
        grade = f"{grade_label(r.risk_grade)} · {r.risk_score}" if r.risk_grade else "—"
        self.figures.setText(" · ".join([yuan(r.amount_fen), fill(self.tr("%1 months"), r.term_months),
                                         rate_text(r.annual_rate), method_label(r.method),
                                         fill(self.tr("Grade %1"), grade)]))
        self._fill_borrower()
        self._fill_terms()
        self._fill_risk()
        self.documents.set_documents(f.documents)
        self.tabs.setTabText(0, fill(self.tr("Documents (%1)"), len(f.documents)))
        self._fill_timeline()
        self._fill_schedule()
        self._build_actions()

    def _fill_borrower(self) -> None:
        b, form, zh = self.file.borrower, self.borrower_form, current_is_chinese()
        shown = self.revealed
        kind = {"person": ("个人", "Person"), "company": ("企业", "Company")}.get(b["kind"], (b["kind"], b["kind"]))
        history = fill(self.tr("%1 loans, %2 settled · overdue %3 times, longest %4 days"), number(b["loans_total"]),
                       number(b["loans_settled"]), number(b["overdue_count"]), number(b["longest_overdue_days"]))
        on_list = html.escape(self.tr("On the blacklist"))  # outside the f-string, where lupdate finds it
        blacklisted = (f'<span style="color:{BLOCK_COLOUR}"><b>{on_list}</b></span>'
                       if b["blacklisted"] else html.escape(self.tr("Not on the blacklist")))
        rows = [(self.tr("Name"), shown.name if shown else b["name"]), (self.tr("Type"), kind[0] if zh else kind[1]),
                (self.tr("ID number"), shown.id_number if shown else b["id_number"]),
                (self.tr("Phone"), (shown.phone if shown else b["phone"]) or "—"),
                (self.tr("Bank card"), (shown.bank_card if shown else b["bank_card"]) or "—"),
                (self.tr("Age"), str(b["age"]) if b["age"] is not None else "—"),
                (self.tr("Monthly income"), yuan(b["monthly_income_fen"])),
                (self.tr("Monthly debt payments"), yuan(b["monthly_debt_payments_fen"])),
                (self.tr("Employer"), b["employer"] or "—"), (self.tr("On this platform"), history),
                (self.tr("Balance owed here"), yuan(b["platform_balance_fen"]))]
        self._fill_form(form, rows)
        form.addRow(self.tr("Blacklist"), QLabel(blacklisted))
        self.reveal_button.setVisible(bool(b.get("can_reveal")) and shown is None)

    def _fill_terms(self) -> None:
        f, r = self.file, self.file.row
        rows = [(self.tr("Application"), r.number), (self.tr("Amount"), yuan(r.amount_fen)),
                (self.tr("Term"), fill(self.tr("%1 months"), r.term_months)),
                (self.tr("Annual rate"), rate_text(r.annual_rate)), (self.tr("Repayment"), method_label(r.method)),
                (self.tr("Purpose"), f.purpose or "—"), (self.tr("Guarantee or collateral"), f.guarantee or "—"),
                (self.tr("Submitted"), local_time(r.submitted_at))]
        self._fill_form(self.terms_form, rows)

    @staticmethod
    def _fill_form(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        while form.rowCount():
            form.removeRow(0)
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)

    def _fill_risk(self) -> None:
        while self.risk_layout.count():
            self.risk_layout.takeAt(0).widget().deleteLater()
        risk = self.file.risk
        score = QLabel(fill(self.tr("Score %1 of 1000 · grade %2"),
                            risk.get("score") if risk.get("score") is not None else "—", grade_label(risk.get("grade"))))
        score.setObjectName("riskScore")
        font = score.font()
        font.setBold(True)
        score.setFont(font)
        self.risk_layout.addWidget(score)
        open_blocks = set(risk.get("unresolved_blocks") or [])
        overrides = {o["rule"]: o for o in risk.get("overrides") or []}
        hits = risk.get("hits") or []
        if not hits:
            self.risk_layout.addWidget(QLabel(self.tr("No risk rule was hit.")))
        for hit in sorted(hits, key=lambda h: (h["rule"] not in open_blocks, not h["blocking"])):
            name = html.escape(rule_label(hit))
            if hit["rule"] in open_blocks:
                colour, kind = BLOCK_COLOUR, self.tr("Blocks approval")
            elif hit["rule"] in overrides:
                o = overrides[hit["rule"]]
                colour, kind = DONE_COLOUR, fill(self.tr("Overridden by %1: %2"), o.get("by_name") or o.get("by", ""),
                                                 o.get("reason", ""))
            else:
                colour, kind = WARN_COLOUR, self.tr("Warning")
            label = QLabel(f'<span style="color:{colour}">■ <b>{name}</b> · {html.escape(kind)}</span><br>'
                           f'{html.escape(finding_text(hit))}')
            label.setWordWrap(True)
            label.setProperty("rule", hit["rule"])
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.risk_layout.addWidget(label)

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        for event in self.file.timeline:
            change = ""
            if event["to_state"] and event["from_state"] != event["to_state"]:
                change = (f"{state_label(event['from_state'])} → " if event["from_state"] else "") + \
                    state_label(event["to_state"])
            item = QTreeWidgetItem([local_time(parse_time(event["at"])), actor_label(event),
                                    event_label(event["action"]), change, event["comment"]])
            item.setToolTip(4, event["comment"])
            self.timeline.addTopLevelItem(item)
        for column in range(4):
            self.timeline.resizeColumnToContents(column)

    def _fill_schedule(self) -> None:
        f, r = self.file, self.file.row
        if f.installments:
            self.schedule_note.setText(self.tr("The loan's installments."))
            self.schedule.set_lines(f.installments)
            return
        self.schedule_note.setText(self.tr("Proposed schedule, computed by the platform from the terms above."))
        api = self.session.api
        self.runner.run(lambda: api.schedule_preview(r.amount_fen, r.term_months, r.annual_rate, r.method),
                        done=self.schedule.set_lines,
                        failed=lambda error: self.schedule_note.setText(describe(error)), owner=self)

    # --- actions -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        for button in self.buttons.values():
            self.actions_bar.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        f, me = self.file, self.session.me
        allowed = list(f.allowed_actions)
        ordered = [a for a in REVIEW_ORDER if a in allowed] + [a for a in allowed if a not in REVIEW_ORDER]
        if me.can("loan.override_rule") and f.risk.get("unresolved_blocks") and "approve_first" in allowed:
            ordered.insert(0, "override")
        for action in ordered:
            text = self.tr("Override a rule…") if action == "override" else action_label(action)
            if action == "approve_first" and f.second_review_if_approved:
                text = self.tr("Approve → second review")
            elif needs_reason(action):
                text += "…"
            key = "Alt+O" if action == "override" else shortcut_of(action)
            button = QPushButton(fill(self.tr("%1 (%2)"), text, key) if key else text)  # 批准（Alt+A）
            button.setObjectName(f"action_{action}")
            if key:
                button.setShortcut(QKeySequence(key))
            if action in ("approve_first", "approve_second"):
                button.setIcon(icon("check", DONE_COLOUR))
                button.setDefault(True)
            elif action == "reject":
                button.setIcon(icon("ban", BLOCK_COLOUR))
            elif action == "return":
                button.setIcon(icon("undo-2"))
            elif action == "override":
                button.setIcon(icon("shield-alert", WARN_COLOUR))
            button.clicked.connect(lambda _=False, a=action: self.ask(a))
            self.actions_bar.addWidget(button)
            self.buttons[action] = button
        if not ordered:
            note = QPushButton(self.tr("No action is open to you in this state"))
            note.setEnabled(False)
            self.actions_bar.addWidget(note)
            self.buttons["none"] = note
        self.comment.setEnabled(bool(ordered))

    def summary(self, action: str) -> str:
        """What will happen and to what, as the confirmation repeats it."""
        r = self.file.row
        verb = self.tr("Override a risk rule of") if action == "override" else action_label(action)
        return fill(self.tr("%1 application %2, borrower %3, amount %4?"), verb, r.number, r.borrower_name,
                    yuan(r.amount_fen))

    def ask(self, action: str) -> None:
        """Confirms the action with the user (and asks the reason where one is required), then runs it."""
        if self.file is None:
            return
        if action == "override":
            from app.views.loans.override_dialog import OverrideDialog

            open_blocks = set(self.file.risk.get("unresolved_blocks") or [])
            hits = [h for h in self.file.risk.get("hits") or [] if h["rule"] in open_blocks]
            dialog = OverrideDialog(self.summary(action), hits, self)
            if dialog.exec():
                self.override(dialog.chosen_rule(), dialog.reason())
            return
        if needs_reason(action):
            from app.views.common.reason_dialog import ReasonDialog

            dialog = ReasonDialog(action_label(action), self.summary(action), common_reasons(action), self)
            if dialog.exec():
                self.perform(action, dialog.reason())
            return
        text = self.summary(action)
        if action == "approve_first" and self.file.second_review_if_approved:
            text += "\n\n" + self.tr("The amount is above your approval limit or the grade is high-risk, so the "
                                     "application then goes to a senior officer for second review.")
        answer = QMessageBox.question(self, action_label(action), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.perform(action)

    def perform(self, action: str, reason: str | None = None) -> None:
        """Sends the action with the version this screen shows; the comment stays until it succeeds."""
        api, app_id, version, comment = self.session.api, self.app_id, self.file.row.version, self.comment.text().strip()
        self._busy(True)
        self.runner.run(lambda: api.loan_action(app_id, action, version, reason, comment),
                        done=lambda f: self._acted(action, f), failed=self._refused, owner=self)

    def override(self, rule: str, reason: str) -> None:
        api, app_id, version = self.session.api, self.app_id, self.file.row.version
        self._busy(True)
        self.runner.run(lambda: api.loan_override(app_id, version, rule, reason),
                        done=lambda f: self._acted("override", f), failed=self._refused, owner=self)

    def _busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy and button.objectName() != "action_none")
        if busy:
            self.show_banner(self.tr("Saving…"), "#475467")

    def _acted(self, action: str, f: ApplicationFile) -> None:
        self.comment.clear()
        done = (self.tr("Rule overridden; approval is possible once no blocking rule is left.") if action == "override"
                else fill(self.tr("Done: %1. The application is now %2."), action_label(action),
                          state_label(f.row.state)))
        self.show_file(f)
        self.show_banner(done, DONE_COLOUR)
        self.session.changes.loans(self.app_id)
        self.next_button.setEnabled(self.next_of is not None and action != "override")
        if self.next_button.isEnabled():
            self.next_button.setFocus()

    def open_next(self):
        """The next application of the queue this one came from, in its own tab; None at the queue's end."""
        following = self.next_of(self.app_id) if self.next_of else None
        if following is None:
            self.show_banner(self.tr("This was the last application of the queue."), "#475467")
            return None
        next_id, next_number = following
        session, runner, next_of = self.session, self.runner, self.next_of

        def make():
            return ApplicationView(session, runner, next_id, next_number, next_of=next_of)

        self.open_requested.emit(f"loan:{next_id}", next_number, make)
        return following

    def _refused(self, error) -> None:
        """A refusal keeps what the user typed; a conflict shows the application as it is now."""
        self._busy(False)
        if isinstance(error, errors.Conflict) and error.code in ("stale_version", "invalid_transition"):
            current = (error.current or {}).get("state")
            text = fill(self.tr("Someone else acted on this application first; it is now %1. Your comment is kept."),
                        state_label(current) if current else "—")
            self.show_banner(text, WARN_COLOUR)
            self.reload()
            return
        self.show_banner(describe(error), BLOCK_COLOUR)

    def show_banner(self, text: str, colour: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(f"color:{colour};border:1px solid {colour};border-radius:4px;padding:6px;")
        self.banner.show()

    # --- personal data -----------------------------------------------------------------------------

    def reveal(self) -> None:
        if self.file is None:
            return
        api, borrower_id = self.session.api, self.file.borrower["id"]
        self.runner.run(lambda: api.reveal_borrower(borrower_id), done=self._revealed,
                        failed=lambda error: self.show_banner(describe(error), BLOCK_COLOUR), owner=self)

    def _revealed(self, data) -> None:
        self.revealed = data
        self._fill_borrower()
        self.show_banner(self.tr("Personal data shown in full; this was recorded in the audit log."), "#475467")

    # --- printing ----------------------------------------------------------------------------------

    def _add_print_buttons(self, top: QHBoxLayout) -> None:
        """"Print approval form" (Ctrl+P) in the header and "Print schedule" on the schedule tab, for those
        who may print them; each opens the report's preview tab."""
        from app.services.reports.catalog import available_reports

        allowed = {spec.name for spec in available_reports(self.session.me)}
        if "loan_approval_form" in allowed:
            self.print_form_button = QPushButton(icon("file-text"), self.tr("Print approval form (Ctrl+P)"))
            self.print_form_button.setObjectName("printApprovalForm")
            self.print_form_button.setShortcut(QKeySequence("Ctrl+P"))
            self.print_form_button.clicked.connect(lambda: self.print_report("loan_approval_form", "application"))
            top.addWidget(self.print_form_button)
        if "repayment_schedule" in allowed:
            self.print_schedule_button = QPushButton(icon("file-text"), self.tr("Print schedule"))
            self.print_schedule_button.setObjectName("printSchedule")
            self.print_schedule_button.clicked.connect(lambda: self.print_report("repayment_schedule", "loan"))

    def print_report(self, name: str, param: str) -> None:
        from app.views.reports.report_preview import ReportPreviewTab, report_key, report_title

        session, runner, params = self.session, self.runner, {param: self.number.text()}
        self.open_requested.emit(report_key(name, params), report_title(name, params),
                                 lambda: ReportPreviewTab(session, runner, name, params))
