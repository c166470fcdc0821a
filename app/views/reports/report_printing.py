"""Printing a report's PDF: which pages the user chose in the print dialog, and drawing those pages
onto a QPrinter. Qt PDF renders pages to images, so each page is drawn as an image at the printer's
resolution (capped, so that a 1200 dpi printer does not need half a gigabyte per page).

Painting on a QPrinter is allowed outside the GUI thread, so `print_pages` runs in the task runner
with its own QPdfDocument; the preview's document stays with the view."""

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.services.errors import Cancelled

MAX_PRINT_DPI = 300


class PrintFailed(Exception):
    """The printer could not be opened or a page could not be drawn."""


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the print dialog's choice covers (all pages, or the range "from N to M")."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pages(data: bytes, printer: QPrinter, pages: list[int],
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Draws `pages` (0-based) of the PDF `data` onto `printer`, one sheet each, scaled to fit the paper
    and centred. Returns how many pages went to the printer."""
    document, buffer = open_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintFailed("the report's PDF cannot be read")
        pages = [p for p in pages if 0 <= p < document.pageCount()]
        if not pages:
            raise PrintFailed("no page in the chosen range")
        printer.setFullPage(True)  # the report's PDF carries its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed("the printer cannot be opened")
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        try:
            for done, page in enumerate(pages):
                if cancelled is not None and cancelled():
                    printer.abort()
                    raise Cancelled()
                if done:
                    printer.newPage()
                paper = QRectF(painter.viewport())
                size_pt = document.pagePointSize(page)
                scale = min(paper.width() / size_pt.width(), paper.height() / size_pt.height())
                width, height = size_pt.width() * scale, size_pt.height() * scale
                target = QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2,
                                width, height)
                image = document.render(page, QSize(round(size_pt.width() / 72 * dpi),
                                                    round(size_pt.height() / 72 * dpi)))
                if image.isNull():
                    raise PrintFailed(f"page {page + 1} could not be drawn")
                painter.drawImage(target, image)
                if progress is not None:
                    progress(done + 1, len(pages))
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()
        buffer.close()
