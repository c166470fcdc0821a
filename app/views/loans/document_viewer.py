"""The application's documents inside the console: a list of the files, and a viewer for the selected
one (images scaled smoothly, PDFs through Qt PDF), with zoom in, zoom out and fit to width.
Files are fetched in the background and kept only in memory, never written to disk. A document the server
marks `masked` (an identity document, for someone without the permission to view personal data) is listed
with a lock and shown as a placeholder; its content is never asked for."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from app.services.formatting import number
from app.services.icons import icon
from app.services.language import current_is_chinese
from app.services.messages import describe
from app.services.placeholders import fill

KINDS = {"id_card": ("身份证", "ID card"), "income_proof": ("收入证明", "Income proof"), "contract": ("合同", "Contract"),
         "collateral": ("抵押物", "Collateral"), "other": ("其他", "Other")}
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.1, 8.0


def kind_label(kind: str) -> str:
    zh, en = KINDS.get(kind, (kind, kind))
    return zh if current_is_chinese() else en


class DocumentViewer(QWidget):
    def __init__(self, fetch_content, runner, parent=None):
        """`fetch_content(document_id) -> bytes` runs in the background."""
        super().__init__(parent)
        self.fetch_content, self.runner = fetch_content, runner
        self.zoom = 1.0
        self._pixmap: QPixmap | None = None
        self._buffer: QBuffer | None = None
        self._masked = False
        self.list = QListWidget()
        self.list.setObjectName("documentList")
        self.list.setMaximumWidth(260)
        self.list.currentItemChanged.connect(lambda item, _prev: self.show_document(item))

        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image)
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setProperty("role", "muted")
        self.stack = QStackedWidget()
        for page in (self.message, self.image_area, self.pdf_view):
            self.stack.addWidget(page)

        tools = QHBoxLayout()
        self.title = QLabel()
        self.zoom_out = QPushButton(icon("zoom-out"), "")
        self.zoom_in = QPushButton(icon("zoom-in"), "")
        self.fit = QPushButton(self.tr("Fit width"))
        self.zoom_text = QLabel()
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.fit.clicked.connect(self.fit_width)
        for widget in (self.title,):
            tools.addWidget(widget, 1)
        for widget in (self.zoom_out, self.zoom_text, self.zoom_in, self.fit):
            tools.addWidget(widget)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=self.zoom_in.click)
        QShortcut(QKeySequence("Ctrl+="), self, activated=self.zoom_in.click)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=self.zoom_out.click)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_message(self.tr("No documents are attached to this application."))

    def set_documents(self, documents: list[dict]) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole)["id"] if self.list.currentItem() else None
        self.list.clear()
        for doc in documents:
            size = fill(self.tr("%1 KB"), number(max(1, doc["size"] // 1024)))
            shape = ("lock" if doc.get("masked") else
                     "file-image" if doc["content_type"].startswith("image/") else "file-text")
            item = QListWidgetItem(icon(shape), f"{kind_label(doc['kind'])}\n{doc['filename']} · {size}")
            item.setData(Qt.ItemDataRole.UserRole, doc)
            self.list.addItem(item)
            if doc["id"] == current:
                self.list.setCurrentItem(item)
        if not documents:
            self._show_message(self.tr("No documents are attached to this application."))
        elif self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def show_document(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        doc = item.data(Qt.ItemDataRole.UserRole)
        self.title.setText(doc["filename"])
        if doc.get("masked"):
            self._show_message(self.tr("This is an identity document: it is shown only to staff allowed to view "
                                       "personal data."), masked=True)
            return
        self._show_message(fill(self.tr("Loading %1…"), doc["filename"]))
        fetch = self.fetch_content
        self.runner.run(lambda: fetch(doc["id"]), done=lambda content: self._arrived(doc, content),
                        failed=lambda error: self._show_message(describe(error)), owner=self)

    def _arrived(self, doc: dict, content: bytes) -> None:
        current = self.list.currentItem()
        if current is None or current.data(Qt.ItemDataRole.UserRole)["id"] != doc["id"]:
            return  # the user moved on to another document meanwhile
        if doc["content_type"] == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            if self.pdf.status() == QPdfDocument.Status.Error or self.pdf.pageCount() == 0:
                self._show_message(self.tr("This PDF cannot be displayed."))
                return
            self._pixmap = None
            self.stack.setCurrentWidget(self.pdf_view)
        else:
            pixmap = QPixmap()
            if not pixmap.loadFromData(content):
                self._show_message(self.tr("This image cannot be displayed."))
                return
            self._pixmap = pixmap
            self.stack.setCurrentWidget(self.image_area)
        self.fit_width()

    def _show_message(self, text: str, masked: bool = False) -> None:
        self.message.setText(text)
        self._masked = masked
        self.stack.setCurrentWidget(self.message)
        self._pixmap = None

    def showing(self) -> str:
        """'image', 'pdf', 'masked' (the placeholder of a document the user may not view) or 'message'."""
        shown = {self.image_area: "image", self.pdf_view: "pdf"}.get(self.stack.currentWidget(), "message")
        return "masked" if shown == "message" and self._masked else shown

    def fit_width(self) -> None:
        if self.showing() == "image" and self._pixmap is not None:
            available = max(100, self.image_area.viewport().width() - 8)
            self.set_zoom(min(1.0, available / max(1, self._pixmap.width())))
        elif self.showing() == "pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.zoom = self.pdf_view.zoomFactor()
            self.zoom_text.setText(self.tr("Fit"))

    def set_zoom(self, factor: float) -> None:
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, factor))
        self.zoom_text.setText(f"{round(self.zoom * 100)}%")
        if self.showing() == "image" and self._pixmap is not None:
            width = max(1, round(self._pixmap.width() * self.zoom))
            self.image.setPixmap(self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
            self.image.resize(self.image.pixmap().size())
        elif self.showing() == "pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)
