"""The frame every report shares: A4 pages with the platform's name and logo, the title, who printed it and
when (Asia/Shanghai), 第 N 页 / 共 M 页, the confidentiality watermark, and tables whose header row repeats on
every page they run over.

Text is set in WenQuanYi Micro Hei (resources/fonts, Apache-2.0), a TrueType font with CJK and Latin glyphs
in one face; reportlab embeds only the glyphs a PDF uses, so the file prints the same in any viewer.
"""

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QLocale
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, LongTable, PageTemplate, Paragraph, Spacer,
                                TableStyle)

from app.resources_path import RESOURCES
from app.services.errors import Cancelled
from app.services.formatting import local_time, yuan
from app.services.reports.labels import text

FONT = "ReportSans"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
BRAND = colors.HexColor("#1d4ed8")  # the console's blue
RULE = colors.HexColor("#9ca3af")
HEADER_FILL = colors.HexColor("#e5e7eb")
TOTAL_FILL = colors.HexColor("#f3f4f6")
MARGIN = 15 * mm
HEADER_HEIGHT = 20 * mm
FOOTER_HEIGHT = 12 * mm


class ReportCancelled(Cancelled):
    """The user cancelled the report while it was being made (a Cancelled, so the task runner and
    messages.describe treat it like any cancelled task)."""


# Page streams stay binary (compressed, not ASCII85-encoded): a quarter smaller and faster to write.
rl_config.useA85 = 0


def register_fonts() -> None:
    """Once per process: parsing the font file costs about 0.1 s."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    # One face only: "bold" text is set larger or in colour, never with a faked bold.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)


@dataclass(frozen=True)
class ReportMeta:
    """What the frame of a report says, besides its content."""

    title_key: str  # a key of labels.ZH, e.g. "Loan approval form"
    language: str  # "zh_CN" | "en"
    printed_by: str
    printed_at: datetime  # UTC
    parameters: tuple[tuple[str, str], ...] = ()  # (label key, value as printed)
    confidential: bool = True
    platform_name: str = ""
    pii_visible: bool = False
    landscape: bool = False

    def t(self, key: str, **values) -> str:
        return text(key, self.language, **values)

    @property
    def title(self) -> str:
        return self.t(self.title_key)

    @property
    def colon(self) -> str:
        return "：" if self.language == "zh_CN" else ": "

    @property
    def gap(self) -> str:
        return "　" if self.language == "zh_CN" else "    "


@dataclass
class Progress:
    """Progress and cancellation while the PDF is laid out (the generator hands its callbacks in)."""

    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    expected_pages: int = 1
    pages: int = field(default=0)

    def check(self) -> None:
        if self.cancelled and self.cancelled():
            raise ReportCancelled("cancelled")

    def page_done(self) -> None:
        self.pages += 1
        self.check()
        if self.report:
            self.report(min(self.pages, self.expected_pages), max(self.expected_pages, self.pages))


# --- formatting ------------------------------------------------------------------------------------

_LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def money(fen: int | None, language: str = "zh_CN") -> str:
    """Integer fen as yuan with grouping and two decimals, never through a float: 12345678 -> 123,456.78."""
    if fen is None:
        return ""
    return yuan(int(fen), _LOCALES.get(language, _LOCALES["en"]), symbol=False)


def when(value: datetime | None) -> str:
    """A UTC instant as Asia/Shanghai local time, to the second."""
    return local_time(value, seconds=True)


def percent_text(numerator: int, denominator: int) -> str:
    """A ratio of integers as a percentage with two decimals, rounded half up, without floats."""
    if not denominator:
        return "—"
    basis = (numerator * 10000 * 2 + denominator) // (2 * denominator)  # in 0.01 %
    return f"{basis // 100}.{basis % 100:02d}%"


# --- styles ----------------------------------------------------------------------------------------

class Styles:
    def __init__(self, language: str):
        register_fonts()
        wrap = "CJK" if language == "zh_CN" else None
        base = dict(fontName=FONT, wordWrap=wrap)
        self.body = ParagraphStyle("body", fontSize=9, leading=13, **base)
        self.small = ParagraphStyle("small", fontSize=7.5, leading=10, **base)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=10.5, **base)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=2 * mm,
                                    textColor=colors.black, **base)
        self.params = ParagraphStyle("params", fontSize=9, leading=13, alignment=TA_CENTER,
                                     textColor=colors.HexColor("#374151"), **base)
        self.heading = ParagraphStyle("heading", fontSize=11.5, leading=16, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                                      textColor=BRAND, **base)
        self.note = ParagraphStyle("note", fontSize=8, leading=11, textColor=colors.HexColor("#4b5563"), **base)


def escape(value) -> str:
    return (str(value if value is not None else "").replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", "<br/>"))


def title_block(meta: ReportMeta, styles: Styles) -> list:
    """The title and the parameters, at the top of the first page."""
    story = [Paragraph(escape(meta.title), styles.title)]
    if meta.parameters:
        shown = meta.gap.join(f"{escape(meta.t(k))}{meta.colon}{escape(v)}" for k, v in meta.parameters)
        story.append(Paragraph(shown, styles.params))
    story.append(Spacer(1, 3 * mm))
    return story


# --- tables ----------------------------------------------------------------------------------------

# A text column right after an amount starts this far in, so that "50,036.00" and "finance" do not read as one.
GAP_AFTER_AMOUNT = 9


def _after_amounts(right: Sequence[int], columns: int | None) -> set[int]:
    """The left-aligned columns that follow a right-aligned one."""
    right = set(right)
    return {c + 1 for c in right if c + 1 not in right and (columns is None or c + 1 < columns)}


@functools.cache
def _font():
    """The registered report font and the width of its widest glyph in em (about 1.17 for the bundled font).
    Widths are asked of the font itself: pdfmetrics.stringWidth looks the font up by name on every call,
    and a 10,000-line table asks some 100,000 times."""
    font = pdfmetrics.getFont(FONT)
    return font, max(font.face.charWidths.values(), default=1000) / 1000


def _fitted(value: str, room: float, size: float) -> str:
    """The text cut to `room` points with an ellipsis, when it would run into the next column."""
    font, widest = _font()
    if len(value) * size * widest <= room:  # fits even in the widest glyphs: no need to measure
        return value
    if font.stringWidth(value, size) <= room:
        return value
    ellipsis = "…"
    room -= font.stringWidth(ellipsis, size)
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if font.stringWidth(value[:middle], size) <= room:
            low = middle
        else:
            high = middle - 1
    return value[:low] + ellipsis


def _table_style(font_size: float, right: Sequence[int], total_rows: int, has_rows: bool) -> TableStyle:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in right:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for column in _after_amounts(right, None):
        style.append(("LEFTPADDING", (column, 0), (column, -1), GAP_AFTER_AMOUNT))
    if total_rows and has_rows:
        style += [("BACKGROUND", (0, -total_rows), (-1, -1), TOTAL_FILL),
                  ("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.8, colors.black)]
    return TableStyle(style)


class OneLineTable(Flowable):
    """A long table whose rows are each one line of plain text, drawn straight onto the canvas. Row heights
    are known up front, so a page break is arithmetic: each page gets the header row plus the rows that fit,
    and the rest moves on. (A reportlab LongTable re-measures and copies every remaining row at each page
    break, which makes a 10,000-row table quadratic, and draws each cell through its own text object.)"""

    def __init__(self, header, rows, widths, *, right=(), total_rows=0, font_size=8.0, progress=None):
        super().__init__()
        self.header, self.rows, self.widths = list(header), rows, list(widths)
        self.right, self.total_rows, self.font_size, self.progress = frozenset(right), total_rows, font_size, progress
        self.row_height = font_size + 6.5
        self.hAlign = "LEFT"

    def wrap(self, availWidth, availHeight):
        self.width = sum(self.widths)
        self.height = self.row_height * (len(self.rows) + 1)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        fits = int(availHeight // self.row_height) - 1
        if fits < 1:
            return []
        if self.progress is not None:
            self.progress.check()
        if fits >= len(self.rows):
            return [self]
        rest_totals = min(self.total_rows, len(self.rows) - fits)
        options = dict(right=self.right, font_size=self.font_size, progress=self.progress)
        return [OneLineTable(self.header, self.rows[:fits], self.widths, total_rows=self.total_rows - rest_totals,
                             **options),
                OneLineTable(self.header, self.rows[fits:], self.widths, total_rows=rest_totals, **options)]

    def draw(self):
        c, h, size = self.canv, self.row_height, self.font_size
        lefts, x = [], 0.0
        for w in self.widths:
            lefts.append(x)
            x += w
        top = self.height
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(0, top - h, self.width, h, stroke=0, fill=1)
        if self.total_rows:
            c.setFillColor(TOTAL_FILL)
            c.rect(0, 0, self.width, h * self.total_rows, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines([(0, top - h * (i + 2), self.width, top - h * (i + 2)) for i in range(len(self.rows))])
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.line(0, top - h, self.width, top - h)
        if self.total_rows:
            c.line(0, h * self.total_rows, self.width, h * self.total_rows)
        c.setFillColor(colors.black)
        text = c.beginText()
        text.setFont(FONT, size)
        baseline = (h - size) / 2 + size * 0.18
        width_of = _font()[0].stringWidth
        indent = [GAP_AFTER_AMOUNT if col in _after_amounts(self.right, len(self.widths)) else 3
                  for col in range(len(self.widths))]
        room = [w - indent[col] - 3 for col, w in enumerate(self.widths)]
        for r, row in enumerate([self.header, *self.rows]):
            y = top - h * (r + 1) + baseline
            for col, value in enumerate(row):
                if not value:
                    continue
                value = _fitted(str(value), room[col], size)
                if col in self.right:
                    text.setTextOrigin(lefts[col] + self.widths[col] - 3 - width_of(value, size), y)
                else:
                    text.setTextOrigin(lefts[col] + indent[col], y)
                text.textOut(value)
        c.drawText(text)
        c.restoreState()


def data_table(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *,
               right: Sequence[int] = (), total_rows: int = 0, progress: Progress | None = None,
               font_size: float = 8, one_line: bool = False):
    """A table that repeats its header row on every page it runs over. `right`: indexes of right-aligned
    (amount) columns. The last `total_rows` rows are totals, shaded. Pass Paragraphs where text must wrap;
    `one_line` for long lists of plain one-line strings (see OneLineTable)."""
    if one_line:
        return OneLineTable(header, list(rows), widths, right=right, total_rows=total_rows, font_size=font_size,
                            progress=progress)
    data = [list(header)]
    for i, row in enumerate(rows):
        if progress is not None and i % 1000 == 999:
            progress.check()
        data.append(list(row))
    table = LongTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(font_size, right, total_rows, bool(rows)))
    return table


def field_table(pairs: Sequence[tuple[str, object]], styles: Styles, width: float, columns: int = 2) -> LongTable:
    """Label/value pairs in `columns` pairs per row, as on a form."""
    cells, row = [], []
    for label, value in pairs:
        row += [Paragraph(escape(label), styles.small),
                value if isinstance(value, Paragraph) else Paragraph(escape(value), styles.cell)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    label_w = width * 0.16
    value_w = width / columns - label_w
    table = LongTable(cells, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        *[("BACKGROUND", (2 * c, 0), (2 * c, -1), TOTAL_FILL) for c in range(columns)],
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


# --- the page frame --------------------------------------------------------------------------------

def draw_logo(c: pdfcanvas.Canvas, x: float, y: float, size: float) -> None:
    """The platform's mark: a blue shield with a white tick (as the console's icon, Lucide shield-check)."""
    c.saveState()
    c.setFillColor(BRAND)
    c.setStrokeColor(BRAND)
    p = c.beginPath()
    w, h = size, size
    p.moveTo(x + w / 2, y + h)
    p.lineTo(x + w * 0.95, y + h * 0.82)
    p.lineTo(x + w * 0.95, y + h * 0.45)
    p.curveTo(x + w * 0.95, y + h * 0.2, x + w * 0.7, y + h * 0.07, x + w / 2, y)
    p.curveTo(x + w * 0.3, y + h * 0.07, x + w * 0.05, y + h * 0.2, x + w * 0.05, y + h * 0.45)
    p.lineTo(x + w * 0.05, y + h * 0.82)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(size * 0.09)
    c.setLineCap(1)
    c.setLineJoin(1)
    tick = c.beginPath()
    tick.moveTo(x + w * 0.3, y + h * 0.5)
    tick.lineTo(x + w * 0.45, y + h * 0.35)
    tick.lineTo(x + w * 0.72, y + h * 0.64)
    c.drawPath(tick, fill=0, stroke=1)
    c.restoreState()


def _watermark(c: pdfcanvas.Canvas, meta: ReportMeta, width: float, height: float) -> None:
    words = meta.t("CONFIDENTIAL · INTERNAL USE ONLY")
    c.saveState()
    c.setFillColor(colors.HexColor("#9ca3af"))
    c.setFillAlpha(0.18)
    c.setFont(FONT, 30)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    step = 60 * mm
    # as far apart as the words are long: the English line is half again as long as the Chinese one and ran into
    # its neighbours at a fixed 120 mm
    across = max(120 * mm, c.stringWidth(words, FONT, 30) + 25 * mm)
    reach = int(max(width, height) // across) + 1
    for dy in range(-3, 4):
        for dx in range(-reach, reach + 1):
            c.drawCentredString(dx * across + (dy % 2) * across / 3, dy * step, words)
    c.restoreState()


def _page_frame(c: pdfcanvas.Canvas, meta: ReportMeta, width: float, height: float) -> None:
    """Drawn under each page's content: watermark, header band."""
    if meta.confidential:
        _watermark(c, meta, width, height)
    c.saveState()
    top = height - MARGIN
    draw_logo(c, MARGIN, top - 9 * mm, 9 * mm)
    c.setFillColor(colors.black)
    c.setFont(FONT, 11)
    c.drawString(MARGIN + 11 * mm, top - 4.5 * mm, meta.platform_name or meta.t("P2P lending platform"))
    c.setFont(FONT, 8)
    c.setFillColor(colors.HexColor("#4b5563"))
    c.drawString(MARGIN + 11 * mm, top - 8.5 * mm, meta.title)
    if meta.confidential:
        c.setFillColor(colors.HexColor("#b91c1c"))
        c.setFont(FONT, 9)
        c.drawRightString(width - MARGIN, top - 4.5 * mm, meta.t("CONFIDENTIAL · INTERNAL USE ONLY"))
    c.setStrokeColor(BRAND)
    c.setLineWidth(0.8)
    c.line(MARGIN, top - 11 * mm, width - MARGIN, top - 11 * mm)
    c.restoreState()


def numbered_canvas(meta: ReportMeta):
    """A canvas class that holds every page until the end, then writes "Page N of M" on each (two passes
    over the pages in memory, one layout)."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int):
            width, _height = self._pagesize
            y = MARGIN - 6 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4.5 * mm, width - MARGIN, y + 4.5 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#374151"))
            self.drawString(MARGIN, y, f"{meta.t('Printed by')}{meta.colon}{meta.printed_by}{meta.gap * 2}"
                                       f"{meta.t('Printed at')}{meta.colon}{when(meta.printed_at)}")
            self.drawRightString(width - MARGIN, y, meta.t("Page {n} of {m}", n=self._pageNumber, m=total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(meta: ReportMeta, story: list, progress: Progress | None = None) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4) if meta.landscape else A4
    width, height = size
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER_HEIGHT - 6 * mm, bottomMargin=MARGIN + FOOTER_HEIGHT - 6 * mm,
                          title=meta.title, author=meta.printed_by, creator="P2P Back Office",
                          subject=meta.platform_name)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)

    def on_page(c, _doc):
        _page_frame(c, meta, width, height)

    def on_page_end(_c, _doc):
        if progress is not None:
            progress.page_done()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story, canvasmaker=numbered_canvas(meta))
    return buffer.getvalue()


def content_width(meta: ReportMeta) -> float:
    width = (landscape(A4) if meta.landscape else A4)[0]
    return width - 2 * MARGIN
