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
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, LongTable, PageTemplate, Paragraph, Spacer,
                                TableStyle)

from app.models.records import AuditCheckpoint
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
    # What the data stands for, stated on the last page: when it was read (UTC) and the audit chain's latest
    # checkpoint then. None for a page laid out without the server (previews in tests): no closing block.
    data_cutoff: datetime | None = None
    checkpoint: AuditCheckpoint | None = None

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


def wrapped_lines(value: str, room: float, size: float) -> tuple[str, ...]:
    """The text as the lines it takes in `room` points: one line when it fits, otherwise broken at a space where
    there is one and between characters where there is none (a number or a hash). Nothing is ever cut off: an
    identifier cut short reads as another identifier (WD20261203000001 to …012 all printed as WD2026120300000)."""
    font, widest = _font()
    if "\n" in value:
        return tuple(line for part in value.split("\n") for line in wrapped_lines(part, room, size))
    if len(value) * size * widest <= room:  # fits even in the widest glyphs: no need to measure
        return (value,)
    width = font.stringWidth
    if width(value, size) <= room:
        return (value,)
    lines, rest = [], value
    while rest:
        low, high = 1, len(rest)
        while low < high:  # the longest prefix that fits (at least one character, however narrow the column)
            middle = (low + high + 1) // 2
            if width(rest[:middle], size) <= room:
                low = middle
            else:
                high = middle - 1
        cut = low
        if cut < len(rest):
            space = rest.rfind(" ", 0, cut + 1)
            if space > 0:
                cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return tuple(lines)


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


class LineTable(Flowable):
    """A long table of plain text drawn straight onto the canvas. Each cell is wrapped to its column once, up
    front (see wrapped_lines), so every row's height is known and a page break is arithmetic: each page gets the
    header row plus the rows that fit, and the rest moves on. (A reportlab LongTable re-measures and copies every
    remaining row at each page break, which makes a 10,000-row table quadratic, and draws each cell through its
    own text object.)"""

    def __init__(self, header, rows, widths, *, right=(), total_rows=0, font_size=8.0, progress=None,
                 _laid_out=None):
        super().__init__()
        self.widths, self.right, self.total_rows = list(widths), frozenset(right), total_rows
        self.font_size, self.progress = font_size, progress
        self.leading = font_size + 2.5
        self.hAlign = "LEFT"
        columns = len(self.widths)
        self.indent = [GAP_AFTER_AMOUNT if c in _after_amounts(self.right, columns) else 3 for c in range(columns)]
        if _laid_out is None:  # once for the whole table; its pieces after a page break share the result
            room = [w - self.indent[c] - 3 for c, w in enumerate(self.widths)]
            laid = [self._lines_of(row, room) for row in rows]
            _laid_out = (self._lines_of(header, room), laid, [self._height_of(row) for row in laid])
        self.header, self.rows, self.heights = _laid_out
        self.header_height = self._height_of(self.header)

    def _lines_of(self, row, room) -> tuple:
        size, sure = self.font_size, self._sure_fit(room)
        # most cells are shorter than their column holds even in the widest glyphs: no call, no measuring
        return tuple(() if not value else (value,) if isinstance(value, str) and len(value) <= sure[c]
                     else wrapped_lines(str(value), room[c], size) for c, value in enumerate(row))

    def _sure_fit(self, room) -> list[int]:
        """Per column, the most characters that fit whatever they are."""
        if getattr(self, "_sure", None) is None:
            widest = _font()[1]
            self._sure = [int(r // (self.font_size * widest)) for r in room]
        return self._sure

    def _height_of(self, row) -> float:
        return max(1, *map(len, row)) * self.leading + 4 if row else self.leading + 4

    def wrap(self, availWidth, availHeight):
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        room, fits = availHeight - self.header_height, 0
        for height in self.heights:
            if height > room:
                break
            room -= height
            fits += 1
        if fits < 1:
            return []
        if self.progress is not None:
            self.progress.check()
        if fits >= len(self.rows):
            return [self]
        rest_totals = min(self.total_rows, len(self.rows) - fits)
        options = dict(right=self.right, font_size=self.font_size, progress=self.progress)
        return [LineTable(None, None, self.widths, total_rows=self.total_rows - rest_totals,
                          _laid_out=(self.header, self.rows[:fits], self.heights[:fits]), **options),
                LineTable(None, None, self.widths, total_rows=rest_totals,
                          _laid_out=(self.header, self.rows[fits:], self.heights[fits:]), **options)]

    def draw(self):
        c, size, leading = self.canv, self.font_size, self.leading
        lefts, x = [], 0.0
        for w in self.widths:
            lefts.append(x)
            x += w
        tops = [self.height, self.height - self.header_height]  # the top of every row, header first
        for height in self.heights:
            tops.append(tops[-1] - height)
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(0, tops[1], self.width, self.header_height, stroke=0, fill=1)
        totals_top = tops[len(tops) - 1 - self.total_rows]
        if self.total_rows:
            c.setFillColor(TOTAL_FILL)
            c.rect(0, 0, self.width, totals_top, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines([(0, y, self.width, y) for y in tops[2:]])
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.line(0, tops[1], self.width, tops[1])
        if self.total_rows:
            c.line(0, totals_top, self.width, totals_top)
        c.setFillColor(colors.black)
        first_baseline = size + 3.25 - size * 0.18  # below the row's top: centred in a one-line row
        words = _TextRuns.of(c, size)
        out = ["BT"]
        for r, row in enumerate([self.header, *self.rows]):
            for col, lines in enumerate(row):
                y = tops[r] - first_baseline
                for line in lines:
                    width, runs = words.runs(line)
                    x = lefts[col] + self.widths[col] - 3 - width if col in self.right else lefts[col] + self.indent[col]
                    out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
                    words.emit(runs, out)
                    y -= leading
        out.append("ET")
        c.addLiteral("\n".join(out))
        c.restoreState()


class _TextRuns:
    """The PDF text operators of a cell's line, kept per document: a 10,000-row table repeats its categories,
    states and directions on every row, and reportlab's text object encodes each string anew (splitting it into
    font subsets, escaping, formatting numbers), which was two thirds of such a report's layout. This writes the
    same operators (Tm to place, Tf where the subset changes, Tj to show) for plain strings in the one report font."""

    def __init__(self, canvas: pdfcanvas.Canvas, size: float):
        assert rl_config.ttfAsciiReadable, "the ASCII shortcut below relies on it"
        self.canvas, self.size = canvas, size
        self.font = _font()[0]
        self.cache: dict[str, tuple[float, tuple]] = {}
        self.names: dict[int, str] = {}
        self.current = None  # the subset selected in the current BT … ET block

    @classmethod
    def of(cls, canvas: pdfcanvas.Canvas, size: float) -> "_TextRuns":
        """The document's encoder for `size` (the canvas is the document's one; a new build, a new canvas)."""
        encoders = canvas.__dict__.setdefault("_line_table_text_runs", {})
        encoder = encoders.get(size)
        if encoder is None:
            encoder = encoders[size] = cls(canvas, size)
        encoder.current = None  # each draw opens its own BT block: select the font again
        return encoder

    def runs(self, value: str) -> tuple[float, tuple]:
        found = self.cache.get(value)
        if found is None:
            if value.isascii() and value.isprintable():
                # printable ASCII is subset 0 at its own codes in every document (reportlab's ttfAsciiReadable):
                # numbers, times and references need no splitting
                pieces = ((0, "(" + escapePDF(value.encode("ascii")) + ") Tj"),)
            else:
                pieces = tuple((subset, "(" + escapePDF(chunk) + ") Tj")
                               for subset, chunk in self.font.splitString(value, self.canvas._doc))
            found = self.cache[value] = (self.font.stringWidth(value, self.size), pieces)
        return found

    def emit(self, runs: tuple, out: list) -> None:
        for subset, shown in runs:
            if subset != self.current:
                name = self.names.get(subset)
                if name is None:
                    name = self.names[subset] = self.font.getSubsetInternalName(subset, self.canvas._doc)
                out.append(f"{name} {self.size:g} Tf")
                self.current = subset
            out.append(shown)


def data_table(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *,
               right: Sequence[int] = (), total_rows: int = 0, progress: Progress | None = None,
               font_size: float = 8, plain_text: bool = False):
    """A table that repeats its header row on every page it runs over. `right`: indexes of right-aligned
    (amount) columns. The last `total_rows` rows are totals, shaded. Pass Paragraphs where text must wrap;
    `plain_text` for long lists of plain strings, wrapped where they do not fit (see LineTable)."""
    if plain_text:
        return LineTable(header, list(rows), widths, right=right, total_rows=total_rows, font_size=font_size,
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


WATERMARK_SIZE = 30
WATERMARK_ROW_STEP = 60 * mm


def watermark_spacing(words_width: float) -> float:
    """How far apart the repeats of one watermark row stand, centre to centre: the words' own length and a gap
    of a quarter of it (at least 25 mm), so that neither language's line runs into the next (the English line is
    half again as long as the Chinese one, and ran into its neighbours at a fixed spacing)."""
    return max(120 * mm, words_width + max(25 * mm, words_width / 4))


def watermark_centres(words_width: float, width: float, height: float) -> list[tuple[float, float]]:
    """The centres of the watermark's repeats, in the rotated frame centred on the page; every other row moves
    half a step along, as bricks lie."""
    across = watermark_spacing(words_width)
    reach = int(max(width, height) // across) + 1
    return [(dx * across + (dy % 2) * across / 2, dy * WATERMARK_ROW_STEP)
            for dy in range(-3, 4) for dx in range(-reach, reach + 1)]


def _watermark(c: pdfcanvas.Canvas, meta: ReportMeta, width: float, height: float) -> None:
    """Drawn once per document as a form and placed on every page: 50 rotated strings per page were a third
    of a 300-page report's layout time."""
    name = f"watermark-{meta.language}"
    if name not in getattr(c, "_watermark_forms", set()):
        words = meta.t("CONFIDENTIAL · INTERNAL USE ONLY")
        c.beginForm(name)
        c.saveState()
        # #9ca3af at 18 % on white, opaque: a form's resources carry no transparency state, and the watermark is
        # drawn under the page's content anyway
        c.setFillColor(colors.HexColor("#edeef1"))
        c.setFont(FONT, WATERMARK_SIZE)
        c.translate(width / 2, height / 2)
        c.rotate(35)
        for x, y in watermark_centres(c.stringWidth(words, FONT, WATERMARK_SIZE), width, height):
            c.drawCentredString(x, y, words)
        c.restoreState()
        c.endForm()
        c._watermark_forms = getattr(c, "_watermark_forms", set()) | {name}
    c.doForm(name)


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


def checkpoint_words(anchor: AuditCheckpoint | None, t) -> str:
    """The audit chain's anchor in a sentence: its record, its hash in full (an identifier, never shortened) and
    when it was written; an epoch names the backup it was restored from."""
    if anchor is None:
        return t("no checkpoint written yet")
    seq, digest = f"{anchor.seq:,}", anchor.hash or "—"
    if anchor.kind == "epoch":
        return t("restored from backup {backup} at record {seq}, hash {hash}, {at}", backup=anchor.backup or "",
                 seq=seq, hash=digest, at=when(anchor.at))
    return t("record {seq}, hash {hash}, written {at}", seq=seq, hash=digest, at=when(anchor.at))


def closing_block(meta: ReportMeta) -> list:
    """The last lines of every report: the data's cut-off time in Shanghai time and the audit chain's checkpoint,
    so a reader can tell what the figures include and tie them to the tamper-evident log."""
    if meta.data_cutoff is None:
        return []
    style = Styles(meta.language).note
    cutoff = meta.t("{time} (Shanghai time)", time=when(meta.data_cutoff))
    return [Spacer(1, 4 * mm), KeepTogether([
        Paragraph(escape(f"{meta.t('Data as of')}{meta.colon}{cutoff}"), style),
        Paragraph(escape(f"{meta.t('Audit chain checkpoint')}{meta.colon}{checkpoint_words(meta.checkpoint, meta.t)}"),
                  style)])]


def build_pdf(meta: ReportMeta, story: list, progress: Progress | None = None) -> bytes:
    """The report's PDF; every report ends with the closing block (cut-off time and checkpoint) on its last page."""
    register_fonts()
    story = [*story, *closing_block(meta)]
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
