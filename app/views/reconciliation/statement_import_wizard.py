"""Import a custodian bank statement (导入对账文件) for one day, in three steps: choose the file (CSV or Excel)
and check how it reads (the encoding the server detected, with an override, and the first lines); map its
columns to the statement's fields (pre-filled from a built-in or saved profile that fits the header, else from
the server's guess by the header's words, marked for the clerk to check; saved as a named profile if wanted); then upload it with progress and Cancel. The upload streams the file in the background,
so the window never freezes. A refused file shows every problem (line, column, reason) and nothing is
stored; the same file twice is refused with a sentence."""

import os
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWizard, QWizardPage)

from app.models.reconciliation.records import (MAPPING_FIELDS, ColumnMapping, MappingGuess, StatementInfo,
                                               StatementPreview, StatementProfile)
from app.services.errors import Cancelled
from app.services.formatting import number, yuan
from app.services.icons import icon
from app.services.reconciliation import (Reconciliation, StatementRefused, explain, problem_detail,
                                         problem_tooltip)
from app.services.tasks import Task, TaskRunner
from app.services.placeholders import fill
from app.views.common.dense_table import widen_to_fit

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5")
GOOD, BAD = "#1a7f37", "#b42318"


_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "\u3000": " ", "：": ":"})
_UNIT_SUFFIX = re.compile(r"\((?:元|人民币|RMB|CNY)\)$", re.IGNORECASE)


def same_header(text: str) -> str:
    """Header texts compare as the server compares them: without spaces, full-width brackets or a unit
    suffix such as (元), so a profile's 交易金额 finds the file's 交易金额（元）."""
    text = re.sub(r"\s+", "", (text or "").translate(_FULL_WIDTH)).strip("*\"'")
    return _UNIT_SUFFIX.sub("", text)


def _error_style(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {BAD}")
    return label


class FilePage(QWizardPage):
    """Step 1: the file, its encoding and its first lines as the server reads them."""

    def __init__(self, wizard: "StatementImportWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.preview: StatementPreview | None = None
        self._generation = 0
        self._asked: tuple | None = None  # the path and encoding of the preview shown or coming
        self._busy = False
        self.setTitle(self.tr("Choose the statement file"))
        self.setSubTitle(fill(self.tr("The custodian bank's file for %1: a CSV file or an Excel workbook, as the bank sent it."),
                              wizard.day.isoformat()))
        self.path = QLineEdit()
        self.path.setObjectName("statementPath")
        self.path.setPlaceholderText(self.tr("A CSV file or an Excel workbook"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.path.editingFinished.connect(self.read)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.encoding = QComboBox()
        self.encoding.setObjectName("statementEncoding")
        self.encoding.addItem(self.tr("Detect automatically"), "")
        for name in ENCODINGS:
            self.encoding.addItem(name.upper(), name)
        self.encoding.activated.connect(lambda _i: self.read())
        self.detected = QLabel()
        self.detected.setObjectName("detectedEncoding")
        self.detected.setProperty("role", "muted")
        form = QFormLayout()
        form.addRow(self.tr("&File"), file_row)
        form.labelForField(file_row).setBuddy(self.path)
        enc_row = QHBoxLayout()
        enc_row.addWidget(self.encoding)
        enc_row.addWidget(self.detected, 1)
        form.addRow(self.tr("&Encoding"), enc_row)
        form.labelForField(enc_row).setBuddy(self.encoding)
        self.rows = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("statementPreview")
        self.table.setModel(self.rows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.error = _error_style(QLabel())
        self.error.setObjectName("previewError")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first lines of the file:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the statement file"), self.path.text(),
                                              self.tr("Statements (*.csv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)
            self.read()

    def read(self) -> None:
        """Asks the server how the file reads (in the background)."""
        path = self.path.text().strip()
        asked = (path, self.encoding.currentData() or None)
        if asked == self._asked and (self.preview is not None or self._busy):
            return  # the same question again (the field losing focus after Browse…)
        self._asked = asked
        self.preview = None
        self.completeChanged.emit()
        if not path:
            return
        if not os.path.isfile(path):
            self.error.setText(fill(self.tr("There is no file at %1."), path))
            return
        if not path.lower().endswith((".csv", ".xlsx", ".txt")):
            self.error.setText(self.tr("Choose a CSV file or an Excel workbook."))
            return
        self.error.setText(self.tr("Reading the file…"))
        self._generation += 1
        generation, service, encoding = self._generation, self.wiz.service, self.encoding.currentData() or None
        self._busy = True
        self.wiz.runner.run(lambda: service.preview(path, encoding), done=lambda p: self._arrived(generation, p),
                            failed=lambda error: self._failed(generation, error), owner=self)

    def _arrived(self, generation: int, preview: StatementPreview) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self.preview = preview
        self.error.clear()
        possible = self.tr(", ").join(e.upper() for e in preview.encodings_possible) or preview.encoding.upper()
        if preview.encoding == "xlsx":   # a workbook's text has no encoding to choose
            self.detected.setText(self.tr("Read as an Excel workbook (no encoding to choose)."))
        else:
            self.detected.setText(fill(self.tr("Read as %1 (possible: %2)"), preview.encoding.upper(), possible))
        self.rows.clear()
        width = max((len(r) for r in preview.rows), default=0)
        self.rows.setColumnCount(width)
        rows = list(preview.rows)
        while rows and not any(cell.strip() for cell in rows[-1]):
            rows.pop()  # the file's last line break
        for number_, row in enumerate(rows, start=1):
            items = [QStandardItem(cell) for cell in row]
            if number_ == preview.header_line:
                for item in items:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.rows.appendRow(items)
        self.rows.setVerticalHeaderLabels([str(i) for i in range(1, len(rows) + 1)])
        self.table.resizeColumnsToContents()
        self.completeChanged.emit()

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self._busy = False
            self._asked = None
            if isinstance(error, StatementRefused) and error.problems:
                # What is wrong with the file itself (a picture, a PDF, no header row ...), not the import's sentence.
                problem = error.problems[0]
                self.error.setText(fill(self.tr("The file cannot be imported: %1"), problem_detail(problem)))
                self.error.setToolTip(problem_tooltip(problem))
            else:
                self.error.setText(explain(error))

    def isComplete(self) -> bool:
        return self.preview is not None

    def validatePage(self) -> bool:
        return self.isComplete()


class MappingPage(QWizardPage):
    """Step 2: which column holds which field; from a profile, and saved as one."""

    def __init__(self, wizard: "StatementImportWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.profiles: dict[str, StatementProfile] = {}
        self.guess: str | None = None
        self.header: list[str] = []
        self.guessed: dict[str, str] = {}   # field -> certainty, for the fields filled from the header-word guess
        self._mapped_for: StatementPreview | None = None
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Tell which column of the file holds each field. A saved profile fills them in."))
        self.profile = QComboBox()
        self.profile.setObjectName("statementProfile")
        self.profile.activated.connect(lambda _i: self.apply_profile())
        self.combos: dict[str, QComboBox] = {}
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Profile"), self.profile)
        form.labelForField(self.profile).setBuddy(self.profile)
        for name in MAPPING_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.currentIndexChanged.connect(lambda _i: self._update())
            combo.activated.connect(lambda _i, field=name: self._checked_by_hand(field))
            self.combos[name] = combo
            form.addRow(self.field_label(name), combo)
            form.labelForField(combo).setBuddy(combo)
        self.direction_values = QLineEdit()
        self.direction_values.setObjectName("directionValues")
        self.direction_values.setPlaceholderText(self.tr("e.g. 收=money in; 付=money out"))
        self.direction_values.setToolTip(self.tr("How the direction column reads: each value of the file = money in "
                                                 "(into the custodian account) or money out, separated by "
                                                 "semicolons."))
        self.direction_values.textChanged.connect(lambda _t: self._update())
        form.addRow(self.tr("Direction &values"), self.direction_values)
        form.labelForField(self.direction_values).setBuddy(self.direction_values)
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profileName")
        self.profile_name.setPlaceholderText(self.tr("Name, e.g. 工商银行 new layout"))
        self.save_button = QPushButton(icon("save"), self.tr("&Save as profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save_profile)
        self.profile_name.textChanged.connect(lambda _t: self._update())
        save_row = QHBoxLayout()
        save_row.addWidget(self.profile_name, 1)
        save_row.addWidget(self.save_button)
        form.addRow(self.tr("Save the mapping"), save_row)
        self.note = QLabel()
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        self.confirm_guess = QCheckBox(self.tr("I have checked the guessed columns against the file"))
        self.confirm_guess.setObjectName("confirmGuess")
        self.confirm_guess.toggled.connect(lambda _on: self._update())
        self.confirm_guess.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.confirm_guess)
        layout.addStretch(1)

    def field_label(self, name: str) -> str:
        return {"serial": self.tr("Bank serial number"), "order_no": self.tr("Platform order number"),
                "account": self.tr("Account"), "amount": self.tr("Amount (signed or with direction)"),
                "debit": self.tr("Debit amount (money out)"), "credit": self.tr("Credit amount (money in)"),
                "direction": self.tr("Direction"), "booked_at": self.tr("Date (or date and time)"),
                "booked_time": self.tr("Time"), "summary": self.tr("Summary")}[name]

    def initializePage(self) -> None:
        preview = self.wiz.file_page.preview
        # Coming back to the same file keeps what the user mapped; another file starts from its profile.
        kept = self.mapping() if self.profiles and preview is self._mapped_for else None
        self._mapped_for = preview
        self.guess = preview.profile_guess if preview else None
        header = list(preview.header if preview else ())
        if not header and preview and preview.rows:
            header = [c.strip() for c in preview.rows[0]]
        self.header = header
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for text in header:
                if text:
                    combo.addItem(text, text)
            combo.blockSignals(False)
        if kept is not None:
            self.set_mapping(kept)
            return
        self.note.setText(self.tr("Loading the profiles…"))
        service = self.wiz.service
        self.wiz.runner.run(service.profiles, done=self._profiles, failed=lambda e: self.note.setText(explain(e)),
                            owner=self)

    def validatePage(self) -> bool:
        return self.isComplete()

    def _profiles(self, profiles: list[StatementProfile]) -> None:
        self.profiles = {p.name: p for p in profiles}
        self.profile.clear()
        self.profile.addItem(self.tr("(none: map by hand)"), "")
        for p in profiles:
            self.profile.addItem(self.profile_label(p), p.name)
        guess = self.guess or self.fitting_saved_profile()
        preview = self.wiz.file_page.preview
        if guess and self.profile.findData(guess) >= 0:
            self.profile.setCurrentIndex(self.profile.findData(guess))
        elif preview is not None and preview.mapping_guess is not None and preview.mapping_guess.columns:
            # No layout fits: start from the columns the header's words suggest, for the clerk to check.
            self.profile.setCurrentIndex(0)
            self.set_mapping(preview.mapping_guess.mapping())
            self.mark_guess(preview.mapping_guess)
            return
        self.apply_profile()

    def fitting_saved_profile(self) -> str | None:
        """The saved profile whose every column the file's header has (the one reading most columns)."""
        present = {same_header(h) for h in self.header if h}
        best, best_count = None, 0
        for profile in self.profiles.values():
            wanted = [v for v in (getattr(profile.mapping, f) for f in MAPPING_FIELDS) if v]
            if not profile.builtin and len(wanted) > best_count and all(same_header(v) in present for v in wanted):
                best, best_count = profile.name, len(wanted)
        return best

    def mark_guess(self, guess: MappingGuess) -> None:
        """Marks each guessed field's label, so the clerk sees what to check, and asks for the check."""
        self.guessed = {c.field: c.certainty for c in guess.columns if c.field in self.combos}
        self.confirm_guess.setChecked(False)
        self.confirm_guess.show()
        self._relabel()
        self._update()

    def _checked_by_hand(self, field: str) -> None:
        if self.guessed.pop(field, None) is not None:
            self._relabel()

    def _relabel(self) -> None:
        for name, combo in self.combos.items():
            label = self.form.labelForField(combo)
            certainty = self.guessed.get(name)
            text = self.field_label(name)
            if certainty == "exact":
                text = fill(self.tr("%1 (guessed)"), text)
                combo.setToolTip(self.tr("Guessed from the header's words; check that this is the right column."))
            elif certainty == "partial":
                text = fill(self.tr("%1 (guessed, unsure)"), text)
                combo.setToolTip(self.tr("Guessed from a header that only contains a usual word; check it carefully."))
            else:
                combo.setToolTip("")
            label.setText(text)

    def clear_guess(self) -> None:
        if self.guessed or not self.confirm_guess.isHidden():
            self.guessed = {}
            self.confirm_guess.hide()
            self.confirm_guess.setChecked(False)
            self._relabel()

    def profile_label(self, profile: StatementProfile) -> str:
        if not profile.builtin:
            return profile.name
        described = {"generic": self.tr("Generic layout (signed amount)"),
                     "icbc": self.tr("ICBC layout (debit and credit columns)"),
                     "ccb": self.tr("CCB layout (借/贷 flag)"),
                     "cmb": self.tr("CMB layout (收/付 direction)")}.get(profile.name, profile.name)
        return fill(self.tr("%1 · built in"), described)

    def apply_profile(self) -> None:
        profile = self.profiles.get(self.profile.currentData() or "")
        if profile is None:
            self._update()
            return
        self.clear_guess()
        self.set_mapping(profile.mapping)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for name, combo in self.combos.items():
            value = getattr(mapping, name)
            index = combo.findData(value) if value else 0
            if index < 0:
                index = next((i for i in range(1, combo.count()) if same_header(combo.itemData(i)) ==
                              same_header(value)), 0)
            combo.setCurrentIndex(index)
        self.direction_values.setText(self.tr("; ").join(f"{k}={self.direction_word(v)}"
                                                         for k, v in mapping.direction_values.items()))
        self._update()

    def mapping(self) -> ColumnMapping:
        values = {}
        words = {self.direction_word(code).casefold(): code for code in ("in", "out")} | {"in": "in", "out": "out"}
        for part in self.direction_values.text().replace("；", ";").split(";"):
            key, _, value = part.replace("＝", "=").partition("=")
            code = words.get(value.strip().casefold())
            if key.strip() and code:
                values[key.strip()] = code
        return ColumnMapping(**{name: combo.currentData() for name, combo in self.combos.items()},
                             direction_values=values)

    def direction_word(self, code: str) -> str:
        """The word the user reads and types for a direction code (in: money in, 收入)."""
        return self.tr("money in") if code == "in" else self.tr("money out") if code == "out" else code

    def profile_unchanged(self) -> str | None:
        """The profile's name when the mapping is exactly the profile's, else None."""
        profile = self.profiles.get(self.profile.currentData() or "")
        return profile.name if profile is not None and profile.mapping == self.mapping() else None

    def _update(self) -> None:
        missing = self.mapping().missing()
        guessed = ""
        if not self.confirm_guess.isHidden() or self.guessed:
            guessed = self.tr("No built-in layout or saved profile fits this file: the columns were guessed from "
                              "the header's words. Check each field marked (guessed), correct any that is wrong, "
                              "then confirm below.") + "<br>"
        if missing:
            self.note.setText(guessed + f'<span style="color:{BAD}">' + fill(self.tr("Still to map: %1."),
                                                                             ", ".join(self.field_label(name) for name in missing)) + "</span>")
        else:
            self.note.setText(guessed + self.tr("Every required field is mapped."))
        self.save_button.setEnabled(bool(self.profile_name.text().strip()) and not missing)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        unconfirmed = not self.confirm_guess.isHidden() and not self.confirm_guess.isChecked()
        return bool(self.profiles) and not self.mapping().missing() and not unconfirmed

    def save_profile(self) -> None:
        name, mapping, service = self.profile_name.text().strip(), self.mapping(), self.wiz.service
        if not name:
            return
        self.save_button.setEnabled(False)
        self.wiz.runner.run(lambda: service.save_profile(name, mapping), done=self._saved,
                            failed=lambda e: (self.note.setText(explain(e)), self._update()), owner=self)

    def _saved(self, profile: StatementProfile) -> None:
        self.profiles[profile.name] = profile
        if self.profile.findData(profile.name) < 0:
            self.profile.addItem(profile.name, profile.name)
        self.profile.setCurrentIndex(self.profile.findData(profile.name))
        if self.confirm_guess.isChecked():
            self.clear_guess()   # saved by the clerk who checked it: a profile now, no longer a guess
        self._update()
        self.note.setText(fill(self.tr("Profile %1 saved; it is offered for the next files."), profile.name))


class ImportPage(QWizardPage):
    """Step 3: the upload with progress and Cancel; then the result, or every problem of a refused file."""

    def __init__(self, wizard: "StatementImportWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.task: Task | None = None
        self.result: StatementInfo | None = None
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The file is checked whole: a file with any bad line is refused and nothing is "
                                 "stored."))
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(icon("x"), self.tr("Cancel the &upload"))
        self.cancel_button.setObjectName("cancelUpload")
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(icon("refresh-cw"), self.tr("&Try again"))
        self.retry_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.retry_button)
        self.problems = QStandardItemModel(0, 3, self)
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems_table = QTableView()
        self.problems_table.setObjectName("statementProblems")
        self.problems_table.setModel(self.problems)
        self.problems_table.verticalHeader().hide()
        self.problems_table.verticalHeader().setDefaultSectionSize(24)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.setColumnWidth(0, 60)
        self.problems_table.setColumnWidth(1, 140)
        self.problems_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.problems_table.setAlternatingRowColors(True)
        self.problems_table.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_table, 1)

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.cancel()

    def start(self) -> None:
        if self.task is not None:
            return
        self.result = None
        self.problems.removeRows(0, self.problems.rowCount())
        self.problems_table.hide()
        self.retry_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress.show()
        self.progress.setRange(0, 0)
        path = self.wiz.file_page.path.text().strip()
        encoding = self.wiz.file_page.encoding.currentData() or (
            self.wiz.file_page.preview.encoding if self.wiz.file_page.preview else None)
        mapping_page = self.wiz.mapping_page
        profile = mapping_page.profile_unchanged()
        mapping = None if profile else mapping_page.mapping()
        profile = profile or mapping_page.profile.currentData() or None
        self.status.setText(fill(self.tr("Sending %1…"), os.path.basename(path)))
        service, day = self.wiz.service, self.wiz.day
        self.task = self.wiz.runner.run(
            lambda task: service.import_statement(day, path, encoding=encoding, profile=profile, mapping=mapping,
                                                  progress=task.report),
            done=self._done, failed=self._failed, progress=self._progress, with_progress=True, owner=self)
        self.completeChanged.emit()

    def _progress(self, sent: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(sent * 1000 // total))
        if sent >= total:
            # Once the whole file is sent the server decides; a cancel now could not stop it storing the file.
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Sent; the server checks every line…"))
            self.progress.setRange(0, 0)
        else:
            self.status.setText(fill(self.tr("Sending: %1 of %2 KB"),
                                     number(sent // 1024), number(max(total // 1024, 1))))

    def _done(self, info: StatementInfo) -> None:
        self.task = None
        self.result = info
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = fill(self.tr("Imported %1: %2 line(s), in %3, out %4."),
                    info.filename, number(info.line_count), yuan(info.in_fen), yuan(info.out_fen))
        if info.reported_balance_fen is not None:
            text += " " + fill(self.tr("The custodian reports customers' money of %1."),
                               yuan(info.reported_balance_fen))
        self.status.setText(f'<span style="color:{GOOD}">{text}</span>')
        self.wiz.imported.emit(info)
        self.completeChanged.emit()

    def _failed(self, error) -> None:
        self.task = None
        self.cancel_button.hide()
        self.retry_button.show()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("The upload was cancelled; nothing was stored."))
        else:
            self.status.setText(f'<span style="color:{BAD}">{explain(error)}</span>')
        if isinstance(error, StatementRefused):
            self.retry_button.hide()
            self.progress.hide()
            problems = error.problems
            for p in problems:
                line = QStandardItem(str(p.line))
                line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                # The server's sentence (in the user's language) names the value and the line: "银行流水号 B1 已在第
                # 5 行出现过。"; the tooltip adds what this kind of problem means and what to do.
                detail = QStandardItem(problem_detail(p))
                detail.setToolTip(problem_tooltip(p))
                column = QStandardItem(p.column or "")
                column.setToolTip(p.column or "")
                self.problems.appendRow([line, column, detail])
            self.problems_table.show()
            widen_to_fit(self.problems_table)  # the sentence whole (the table scrolls sideways), not "The line is…"
            self.status.setText(f'<span style="color:{BAD}">' + fill(self.tr(
                "The file was refused with %1 problem(s); nothing was stored. Correct the file (or go back and "
                "change the mapping) and import it again."), number(len(problems))) + "</span>")
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def isComplete(self) -> bool:
        return self.result is not None


class StatementImportWizard(QWizard):
    imported = Signal(object)  # StatementInfo

    def __init__(self, service: Reconciliation, runner: TaskRunner, day: date, parent=None):
        super().__init__(parent)
        self.service, self.runner, self.day = service, runner, day
        self.setObjectName("statementImportWizard")
        self.setWindowTitle(fill(self.tr("Import statement for %1"), day.isoformat()))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(820, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.import_page):
            self.addPage(page)

    def reject(self) -> None:
        self.import_page.cancel()
        super().reject()
