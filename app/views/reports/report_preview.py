"""A report in its own tab: generated in the background (progress bar, Cancel), then read inside the
console page by page and zoomed, saved as a PDF or printed.

Any screen that offers "print this" emits its usual signal:

    self.open_requested.emit(report_key(name, params), title,
                             lambda: ReportPreviewTab(session, runner, name, params))
"""

import re
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.services import clock
from app.services.errors import Cancelled, NotFound
from app.services.formatting import local_time
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.views.loans.document_viewer import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP
from app.views.reports.report_printing import PrintFailed, open_pdf, pages_to_print, print_pages
from app.services.placeholders import fill


def report_key(name: str, params: dict[str, str]) -> str:
    """The workspace key of a report's preview: the same report with the same parameters is one tab."""
    return f"report:{name}:{sorted(params.items())}"


def report_spec(name: str):
    from app.services.reports.catalog import CATALOG

    return next((spec for spec in CATALOG if spec.name == name), None)


def report_title(name: str, params: dict[str, str]) -> str:
    """The tab's title: the report's title and its parameters as the user reads them, e.g.
    借款审批表 · LN20261124000123, 操作日志 · 2026-11-01 – 2026-11-24, 权限清单 · 在用账户."""
    spec = report_spec(name)
    if spec is None:
        return " · ".join([name, *[v for v in params.values() if v]])
    values = []
    for param in spec.params:
        value = params.get(param.name, "")
        if not value:
            continue
        if param.choices:
            value = next((label() for key, label in param.choices if key == value), value)
        elif param.kind == "period":
            value = value.replace("/", " – ")
        values.append(value)
    return " · ".join([spec.title(), *values[:2]])


def _is_cancel(error: BaseException) -> bool:
    if isinstance(error, Cancelled):
        return True
    try:
        from app.services.reports.generator import ReportCancelled
    except ImportError:
        return False
    return isinstance(error, ReportCancelled)


class ReportPreviewTab(QWidget):
    def __init__(self, session, runner, report_name: str, params: dict[str, str], parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.report_name, self.params = report_name, dict(params)
        self.setObjectName("reportPreview")
        self.state = "idle"  # generating | cancelling | cancelled | failed | ready
        self.pdf_bytes: bytes | None = None
        self.task = None
        self.started_at: float | None = None
        self.shown_at: float | None = None  # perf_counter when the document reached the view (benchmark)
        self._buffer = None
        self.zoom = 1.0
        self.language = "zh_CN" if current_is_chinese() else "en"

        self.title = QLabel(report_title(report_name, self.params))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setObjectName("reportTitle")
        self.title.setToolTip(self.title.text())
        self.title.setWordWrap(True)  # on a line of its own above the tools: never cut short
        self.first_button = self._tool("«", self.tr("First page (Ctrl+Home)"), lambda: self.go_to(0))
        self.prev_button = self._tool("‹", self.tr("Previous page (PageUp)"), lambda: self.step(-1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageStatus")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._tool("›", self.tr("Next page (PageDown)"), lambda: self.step(1))
        self.last_button = self._tool("»", self.tr("Last page (Ctrl+End)"), lambda: self.go_to(self.page_count() - 1))
        for button in (self.first_button, self.prev_button, self.next_button, self.last_button):
            button.setFixedWidth(max(34, button.sizeHint().width()))  # narrow, never narrower than its arrow
        self.zoom_out = self._tool("", self.tr("Zoom out (Ctrl+-)"), lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_out.setIcon(icon("zoom-out"))
        self.zoom_text = QLabel()
        self.zoom_text.setObjectName("zoomText")
        self.zoom_text.setMinimumWidth(44)
        self.zoom_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = self._tool("", self.tr("Zoom in (Ctrl++)"), lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_in.setIcon(icon("zoom-in"))
        self.fit_width_button = self._tool(self.tr("Fit width"), self.tr("Page width fills the view"), self.fit_width)
        self.fit_page_button = self._tool(self.tr("Fit page"), self.tr("A whole page fits the view"), self.fit_page)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.save_button = self._tool(self.tr("Save as…"), self.tr("Save the report as a PDF file (Ctrl+S)"),
                                      self.save_as)
        self.save_button.setIcon(icon("save"))
        self.print_button = self._tool(self.tr("Print…"), self.tr("Print the report (Ctrl+P)"), self.print_report)
        self.print_button.setIcon(icon("file-text"))
        self.regenerate_button = self._tool(self.tr("Generate again"),
                                            self.tr("Generate the report again from the current data (F5)"),
                                            self.generate)
        self.regenerate_button.setIcon(icon("refresh-cw"))
        tools = QHBoxLayout()
        tools.addStretch(1)
        for widget in (self.first_button, self.prev_button, self.page_label, self.next_button, self.last_button):
            tools.addWidget(widget)
        tools.addSpacing(12)
        for widget in (self.zoom_out, self.zoom_text, self.zoom_in, self.fit_width_button, self.fit_page_button):
            tools.addWidget(widget)
        tools.addSpacing(12)
        for widget in (self.save_button, self.print_button, self.regenerate_button):
            tools.addWidget(widget)
        self.document_tools = (self.first_button, self.prev_button, self.next_button, self.last_button, self.zoom_out,
                               self.zoom_in, self.fit_width_button, self.fit_page_button, self.save_button,
                               self.print_button)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("reportPages")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.pdf_view.zoomFactorChanged.connect(lambda _z: self._update_zoom_text())
        self.pdf_view.viewport().installEventFilter(self)

        # generating / cancelled / failed: one page with a sentence, a progress bar and a button
        self.status_page = QWidget()
        self.status_text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.status_text.setObjectName("reportStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setFixedWidth(360)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(icon("x"), self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = QPushButton(icon("refresh-cw"), self.tr("Generate again"))
        self.again_button.setObjectName("generateAgain")
        self.again_button.clicked.connect(self.generate)
        status_layout = QVBoxLayout(self.status_page)
        status_layout.addStretch(1)
        status_layout.addWidget(self.status_text)
        status_layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        status_layout.addLayout(buttons)
        status_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.status_page)
        self.stack.addWidget(self.pdf_view)
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("reportNote")
        self.note.setProperty("role", "muted")
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)

        for keys, slot in (((QKeySequence.StandardKey.MoveToPreviousPage,), lambda: self.step(-1)),
                           ((QKeySequence.StandardKey.MoveToNextPage,), lambda: self.step(1)),
                           ((QKeySequence.StandardKey.MoveToStartOfDocument,), lambda: self.go_to(0)),
                           ((QKeySequence.StandardKey.MoveToEndOfDocument,), lambda: self.go_to(self.page_count() - 1)),
                           ((QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")), self.zoom_in.click),
                           ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out.click),
                           ((QKeySequence.StandardKey.Save,), self.save_button.click),
                           ((QKeySequence.StandardKey.Print,), self.print_button.click),
                           ((QKeySequence(Qt.Key.Key_Escape),), self.cancel)):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)
        self._show_document_tools(False)
        self.generate()

    def _tool(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- generating --------------------------------------------------------------------------------

    def generate(self) -> None:
        """Starts (again) generating the report in the background; the tab shows progress and Cancel."""
        from app.services.reports.generator import generate_report

        if self.state in ("generating", "cancelling"):
            return
        self.state, self.pdf_bytes = "generating", None
        self.started_at, self.shown_at = time.perf_counter(), None
        self._set_status(self.tr("Generating the report…"), busy=True)
        self.progress.setRange(0, 0)
        self.note.clear()
        session, name, params = self.session, self.report_name, dict(self.params)
        language = self.language = "zh_CN" if current_is_chinese() else "en"
        tab = self

        def work(task):
            return generate_report(session, name, params, language=language,
                                   progress=lambda done, total: task.signals.progress.emit(done, total),
                                   cancelled=lambda: task.cancelled or not shiboken6.isValid(tab))

        self.task = self.runner.run(work, done=self._generated, failed=self._not_generated, progress=self._progress,
                                    with_progress=True, owner=self)

    def _progress(self, done: int, total: int) -> None:
        if self.state != "generating" or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self.state == "generating" and self.task is not None:
            self.state = "cancelling"
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_text.setText(self.tr("Cancelling…"))

    def _not_generated(self, error: BaseException) -> None:
        self.task = None
        if _is_cancel(error):
            self.state = "cancelled"
            self._set_status(self.tr("Generating the report was cancelled. Nothing was printed or saved."), busy=False)
        else:
            self.state = "failed"
            self._set_status(fill(self.tr("The report could not be generated: %1"), self._reason(error)),
                             busy=False)

    def _reason(self, error: BaseException) -> str:
        """Why, in one sentence; a number that finds nothing says which number."""
        numbers = [self.params[p] for p in ("application", "loan") if self.params.get(p)]
        if isinstance(error, NotFound) and numbers:
            return fill(self.tr("there is no application or loan %1."), numbers[0])
        return describe(error)

    def _generated(self, data: bytes) -> None:
        self.task = None
        if self.state == "cancelling":  # finished just as the user cancelled: honour the cancel
            self._not_generated(Cancelled())
            return
        self._buffer_data(data)
        if self.pdf.status() == QPdfDocument.Status.Error or self.pdf.pageCount() == 0:
            self.state = "failed"
            self._set_status(self.tr("The report was generated but its PDF cannot be displayed."), busy=False)
            return
        self.pdf_bytes = data
        self.state = "ready"
        self.stack.setCurrentWidget(self.pdf_view)
        self._show_document_tools(True)
        self.regenerate_button.setEnabled(True)
        self.fit_width()
        self.go_to(0)
        self._update_page_status()
        generated = local_time(clock.now_utc(), seconds=True)
        self.note.setText(fill(self.tr("Generated at %1."), generated))
        self.shown_at = time.perf_counter()

    def _buffer_data(self, data: bytes) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        self.pdf.close()
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if old is not None:
            old.deleteLater()

    def _set_status(self, text: str, busy: bool) -> None:
        self.status_text.setText(text)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.again_button.setVisible(not busy)
        self.stack.setCurrentWidget(self.status_page)
        self._show_document_tools(False)
        self.regenerate_button.setEnabled(not busy)
        self._update_page_status()

    def _show_document_tools(self, enabled: bool) -> None:
        for widget in self.document_tools:
            widget.setEnabled(enabled)

    def refresh(self) -> None:
        """F5 in the main window: the report again, from the data as it is now."""
        self.generate()

    # --- reading -----------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.state == "ready" else 0

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def step(self, pages: int) -> None:
        self.go_to(self.current_page() + pages)

    def go_to(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(self.page_count() - 1, page))
        navigator = self.pdf_view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page_status()

    def _page_changed(self, _page: int) -> None:
        if shiboken6.isValid(self.pdf):  # the navigator may still speak while the tab is being destroyed
            self._update_page_status()

    def _update_page_status(self) -> None:
        count = self.page_count()
        if count == 0:
            self.page_label.setText("")
            return
        page = self.current_page()
        self.page_label.setText(fill(self.tr("Page %1 of %2"), str(page + 1), str(count)))
        self.first_button.setEnabled(page > 0)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        self.last_button.setEnabled(page < count - 1)

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_text()

    def fit_page(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom_text()

    def set_zoom(self, factor: float) -> None:
        if self.state != "ready":
            return
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, factor))
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(self.zoom)
        self._update_zoom_text()

    def _update_zoom_text(self) -> None:
        mode = self.pdf_view.zoomMode()
        self.zoom = self.pdf_view.zoomFactor()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_text.setText("" if mode != QPdfView.ZoomMode.Custom else f"{round(self.zoom * 100)}%")

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+wheel zooms, as in every reader."""
        if (event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and self.state == "ready"):
            steps = event.angleDelta().y() / 120
            if steps:
                base = self.pdf_view.zoomFactor()
                self.set_zoom(base * (ZOOM_STEP ** steps))
            return True
        return super().eventFilter(watched, event)

    # --- save and print ----------------------------------------------------------------------------

    def default_file_name(self) -> str:
        name = re.sub(r'[\\/:*?"<>|\s]+', "_", report_title(self.report_name, self.params).replace(" · ", "_"))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"{name}.pdf")

    def save_as(self) -> None:
        if self.pdf_bytes is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.default_file_name(),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_to(path)

    def save_to(self, path: str) -> None:
        """Writes the PDF in the background (a network share may be slow) and records the save."""
        data, record = self.pdf_bytes, self._recorder("save")
        self.save_button.setEnabled(False)
        self.note.setText(fill(self.tr("Saving %1…"), path))

        def work():
            target = Path(path)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)  # never a half-written report under the chosen name
            return record()

        self.runner.run(work, done=lambda not_recorded: self._saved(path, not_recorded),
                        failed=lambda error: self._action_failed(self.tr("The report was not saved: %1"), error),
                        owner=self)

    def _saved(self, path: str, not_recorded: BaseException | None) -> None:
        self.save_button.setEnabled(True)
        text = fill(self.tr("Saved to %1."), path)
        if not_recorded is not None:
            text += " " + fill(self.tr("The save could not be recorded: %1"), describe(not_recorded))
        self.note.setText(text)

    def print_report(self) -> None:
        if self.pdf_bytes is None:
            return
        count = self.pdf.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report_title(self.report_name, self.params))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # reports are laid out on A4
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, count)
        printer.setFromTo(1, count)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer, pages_to_print(printer, count))

    def print_to(self, printer: QPrinter, pages: list[int]) -> None:
        """Draws the chosen pages onto the printer in the background, then records the print."""
        data, record = self.pdf_bytes, self._recorder("print")
        self.print_button.setEnabled(False)
        self.note.setText(fill(self.tr("Printing %1 page(s)…"), str(len(pages))))

        def work(task):
            printed = print_pages(data, printer, pages, progress=task.signals.progress.emit,
                                  cancelled=lambda: task.cancelled)
            return printed, record()

        self.print_task = self.runner.run(work, done=self._printed, with_progress=True, owner=self,
                                          failed=lambda error: self._action_failed(
                                              self.tr("The report was not printed: %1"), error))

    def _printed(self, outcome: tuple[int, BaseException | None]) -> None:
        printed, not_recorded = outcome
        self.print_button.setEnabled(True)
        text = fill(self.tr("Sent %1 page(s) to the printer."), str(printed))
        if not_recorded is not None:
            text += " " + fill(self.tr("The print could not be recorded: %1"), describe(not_recorded))
        self.note.setText(text)

    def _action_failed(self, template: str, error: BaseException) -> None:
        self.save_button.setEnabled(self.state == "ready")
        self.print_button.setEnabled(self.state == "ready")
        if isinstance(error, PrintFailed):
            reason = fill(self.tr("the printer could not be used (%1)."), str(error))
        elif isinstance(error, OSError):
            reason = fill(self.tr("the file could not be written (%1)."), error.strerror or str(error))
        else:
            reason = describe(error)
        self.note.setText(fill(template, reason))

    def _recorder(self, action: str):
        """A call (run in the background) that records the save or print on the server, as generating was
        recorded; returns None, or the error when it could not be recorded (the file is saved all the same)."""
        from app.services.reports.report_data import ReportData
        from app.services.reports.catalog import spec_of
        from app.services.reports.generator import validate_parameters

        api, name, params, language = self.session.api, self.report_name, dict(self.params), self.language

        def call() -> BaseException | None:
            try:
                ReportData(api).record_print(name, validate_parameters(spec_of(name), params), action, language)
            except Exception as error:  # noqa: BLE001 - reported to the user beside the result
                return error
            return None

        return call


__all__ = ["ReportPreviewTab", "report_key", "report_title", "open_pdf"]
