"""Help → Manual (F1): the operations manual beside the console, open at the page of the screen in use, in the
console's language; the administrator's guide prints to PDF with the reports' font embedded."""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from app.services import manual
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.placeholders import fill
from app.services.reports.document import FONT_FILE

_font_family: str | None = None


def _report_font() -> str:
    """The CJK font the reports embed (resources/fonts), registered with Qt once, so the guide's PDF carries it
    too: a reader without Chinese fonts still sees every character."""
    global _font_family
    if _font_family is None:
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT_FILE)))
        _font_family = families[0] if families else ""
    return _font_family


def write_admin_guide_pdf(path: Path, language: str) -> None:
    document = QTextDocument()
    document.setBaseUrl(QUrl.fromLocalFile(str(manual.MANUAL / language) + "/"))
    document.setMarkdown(manual.admin_guide_markdown(language))
    family = _report_font()
    if family:
        document.setDefaultFont(QFont(family, 10))
    writer = QPdfWriter(str(path))
    writer.setTitle(manual.page("install", language).title)
    writer.setCreator("P2P Back Office")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document.print_(writer)


class ManualWindow(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.language = manual.language_of(current_is_chinese())
        self.setWindowTitle(self.tr("Operations manual"))
        self.setWindowIcon(icon("file-text"))
        self.resize(980, 720)

        self.contents = QListWidget()
        self.contents.setObjectName("manualContents")
        for entry in manual.pages(self.language):
            title = entry.title if not entry.admin else fill(self.tr("Administration: %1"), entry.title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chosen)

        self.browser = QTextBrowser()
        self.browser.setObjectName("manualPage")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._moved)

        self.back_button = QPushButton(icon("undo-2"), self.tr("Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.pdf_button = QPushButton(icon("save"), self.tr("Save the administrator's guide as PDF…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 750])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.current_key = ""

    def show_page(self, key: str) -> None:
        """Opens a page (a key of app/services/manual.PAGES) and brings the window forward."""
        entry = manual.page(key if key in manual.PAGES else "index", self.language)
        if entry.key != self.current_key:
            self.browser.setSource(QUrl.fromLocalFile(str(entry.path)), QTextDocument.ResourceType.MarkdownResource)
        self.show()
        self.raise_()
        self.activateWindow()

    def _chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _moved(self, url: QUrl) -> None:
        """A link between pages or Back: the contents follow the page shown."""
        self.current_key = Path(url.toLocalFile()).stem
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == self.current_key:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        self.setWindowTitle(f"{self.tr('Operations manual')} — {manual.page(self.current_key, self.language).title}"
                            if self.current_key in manual.PAGES else self.tr("Operations manual"))

    def _save_pdf(self) -> None:
        name = self.tr("administrators-guide.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the administrator's guide"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            write_admin_guide_pdf(Path(path), self.language)
