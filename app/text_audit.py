"""The self-check's text walk: every visible text of a window, read as a user reads it.

In Chinese (`chinese_findings`) a text is a problem when it shows a raw code (a word with `.` or `_` between
lowercase letters: auth.signed_in, approve_first), an English state or role name, any English word (two
ASCII letters or more) outside the short allowlist below, or ASCII punctuation against a Chinese character
(删除此角色? instead of 删除此角色？). In English (`english_findings`) a text is a problem
when its widget cannot show it whole: a label, button or combo box narrower than its text, a header section
narrower than its title, a table cell the view elides ("…").

Identifiers are not words: user names, numbers, file names, e-mails, hosts, bank serials, customer refs... are
exempt by FIELD, never by word:
- a widget (and everything inside it) with the dynamic property `identifier` set to True;
- an item view's (or its model's) property `identifierColumns` (a list of column numbers), or a header's
  `IDENTIFIER_ROLE` data True: the whole cell is an identifier;
- the property `wordThenIdentifierColumns`: a cell reads "<words> <identifier>" (借款申请 LN20261124000001),
  only the words before the first space are read.
Beyond that, only things that are identifiers by their very form are left out of a text before it is read:
web addresses, e-mail addresses, file names with a known extension, file-dialog patterns (*.csv), and tokens
that carry a digit (LN20261124000001, B000123, v1).
"""

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox,
                               QHeaderView, QLabel, QLineEdit, QMenuBar, QPlainTextEdit, QStyle,
                               QStyleOptionComboBox, QStyleOptionViewItem, QTabBar, QTextEdit, QTreeView, QWidget)

IDENTIFIER_ROLE = Qt.ItemDataRole.UserRole + 0x1D  # a header section's data: True when its cells are identifiers

# English words a Chinese text may carry: names of products, formats and standards that have no Chinese name
# staff would use. Keep it short; every entry is a reviewed decision.
ALLOWED_WORDS = frozenset(w.casefold() for w in (
    "P2P",  # the platform's kind, in its name (P2P 运营后台)
    "PDF", "CSV", "Excel", "PNG",  # file formats of reports, exports and statements
    "OTP", "TOTP",  # one-time codes (动态口令 OTP)
    "ID",  # as in 身份证 ID / 请求 ID
    "API", "HTTP", "HTTPS", "URL", "TLS", "CA", "PEM", "SHA",  # connection settings
    "SQLite", "PostgreSQL",  # the database a profile points at
    "UTC",  # times the server keeps
    "KB", "MB", "GB",  # file sizes
    "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Home", "End", "PgUp", "PgDn", "PageUp", "PageDown",
    # keys, as printed on the keyboards staff use (快捷键 Ctrl+P)
    "GBK", "UTF", "JPEG", "JSON", "ZIP", "gzip", "RAR", "Word", "Office",  # encodings and file kinds a statement
    # import names when it refuses a file (是 Word 文档，不是银行对账单)
))

# Raw codes: a word with "." or "_" between lowercase letters (auth.signed_in, approve_first).
RAW_CODE = re.compile(r"(?<![A-Za-z0-9])[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)+(?![A-Za-z0-9])")
WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")
TAG = re.compile(r"<[^>]+>")
# Identifiers by form (see the module's docstring).
FORMS = re.compile(
    r"https?://\S+"  # web addresses
    r"|[\w.+*-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses, masked ones (z***@example.com) too
    r"|\(\*\.[^)]*\)"  # file-dialog patterns
    r"|[\w.-]+\.(?:pdf|csv|xlsx|xls|png|jpe?g|txt|json|pem|crt|ini|log|zip)\b"  # file names
    r"|(?<![A-Za-z0-9])[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*(?![A-Za-z0-9])",  # tokens with a digit
    re.IGNORECASE)
MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")
# ASCII punctuation against a Chinese character: a Chinese sentence takes ？，。：；！（）.
HAN = "\u4e00-\u9fff"
ASCII_PUNCTUATION = re.compile(rf"[{HAN}][?!,;:]|[?!,;:][{HAN}]|\([{HAN}]|[{HAN}]\)")


def _english_names() -> dict[str, str]:
    """English state and role names (and their codes) the platform uses, to name them in a finding."""
    names: dict[str, str] = {}
    try:
        from server.loans.lifecycle import State as LoanState
        from server.permissions import DEMO_ROLES
        from server.withdrawals.rules import State as WithdrawalState

        for state in (*LoanState, *WithdrawalState):
            for word in re.split(r"[_\s]+", state.value):
                names.setdefault(word.casefold(), "an English state name")
        for role in DEMO_ROLES:
            for word in re.split(r"[_\s]+", f"{role.name} {role.label_en}"):
                names.setdefault(word.casefold(), "an English role name")
    except Exception:  # the walk also runs without the server's code
        pass
    return names


_NAMES: dict[str, str] | None = None


@dataclass(frozen=True)
class Finding:
    screen: str
    user: str
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.screen}, {self.user}, {self.widget}: {self.text} — {self.why}"


# --- what a widget shows -------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = html.unescape(TAG.sub(" ", text))
    return MNEMONIC.sub("", text)


def _is_identifier(widget: QWidget, root: QWidget) -> bool:
    while widget is not None:
        if widget.property("identifier"):
            return True
        if widget is root:
            return False
        widget = widget.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _columns(view: QAbstractItemView, key: str) -> set[int]:
    found = set()
    for holder in (view, view.model()):
        value = holder.property(key) if holder is not None else None
        if value:
            found |= {int(v) for v in value}
    return found


def _visible_rows(view: QAbstractItemView, limit: int = 60) -> list[QModelIndex]:
    """The first column's index of each row the user sees now (tree rows included as they are expanded)."""
    model = view.model()
    rows: list[QModelIndex] = []
    viewport = view.viewport().rect()
    index = view.indexAt(viewport.topLeft() + view.viewport().rect().topLeft())
    if not index.isValid():
        index = model.index(0, 0) if model.rowCount() else QModelIndex()
    index = index.siblingAtColumn(0) if index.isValid() else index
    while index.isValid() and len(rows) < limit:
        rect = view.visualRect(index)
        if rect.top() > viewport.bottom():
            break
        rows.append(index)
        if isinstance(view, QTreeView):
            index = view.indexBelow(index)
        else:
            index = model.index(index.row() + 1, 0, index.parent())
    return rows


def _column_count(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model (QAbstractListModel keeps columnCount private): one column
        return 1


def _cells(view: QAbstractItemView, words_only: bool = True):
    """(field name, text to read, index, column, text shown) of every visible cell's display and tooltip text,
    and each header title; `words_only`: without the identifier fields (and only the words of a cell that reads
    "<words> <identifier>")."""
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None)
    header = header() if header else (view.header() if isinstance(view, QTreeView) else None)
    identifiers = _columns(view, "identifierColumns")
    word_then_id = _columns(view, "wordThenIdentifierColumns")
    columns = [c for c in range(_column_count(model)) if not (header is not None and header.isSectionHidden(c))]
    titles = {c: str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns}
    for c in columns:
        if model.headerData(c, Qt.Orientation.Horizontal, IDENTIFIER_ROLE):
            identifiers.add(c)
        if header is not None and header.isVisible() and titles[c]:
            yield f"{_name(view)} header", titles[c], None, c, titles[c]
    for first in _visible_rows(view):
        for c in columns:
            index = first.siblingAtColumn(c)
            field = f"{_name(view)}[{titles.get(c) or c}]"
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value.strip():
                    read = value
                    if not words_only:
                        pass
                    elif c in identifiers:
                        read = ""
                    elif c in word_then_id and role == Qt.ItemDataRole.DisplayRole:
                        read = value.split(" ", 1)[0]
                    if read:
                        yield field, read, (index if role == Qt.ItemDataRole.DisplayRole else None), c, value


def _texts(widget: QWidget):
    """(field name, text) of what the widget shows by itself."""
    name = _name(widget)
    if widget.isWindow() and widget.windowTitle():
        yield f"{name} title", widget.windowTitle()
    if widget.toolTip():
        yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        yield name, widget.text()
    elif isinstance(widget, QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab", widget.tabText(i)
            yield f"{name} tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    elif isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield f"{name} menu", action.text()


def _widgets(root: QWidget):
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and not _is_identifier(widget, root):
            yield widget


# --- Chinese: no codes, no English words ---------------------------------------------------------------------

def chinese_problems(text: str) -> list[str]:
    """Why a text shown in Chinese is not words a Chinese reader reads (empty: it is)."""
    global _NAMES
    if _NAMES is None:
        _NAMES = _english_names()
    plain = _plain(text)
    plain = FORMS.sub(" ", plain)
    problems = [f"a raw code ({code})" for code in RAW_CODE.findall(plain)]
    problems += [f"ASCII punctuation in a Chinese sentence ({mark})" for mark in ASCII_PUNCTUATION.findall(plain)]
    rest = RAW_CODE.sub(" ", plain)
    for word in WORD.findall(rest):
        if word.casefold() in ALLOWED_WORDS:
            continue
        problems.append(f"{_NAMES.get(word.casefold(), 'an English word')} ({word})")
    return problems


def chinese_findings(root: QWidget, screen: str, user: str) -> list[Finding]:
    found = []
    for widget in _widgets(root):
        texts = list(_texts(widget))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            texts += [(field, read, shown) for field, read, _index, _c, shown in _cells(widget)]
        for field, text, *shown in texts:
            if text and text.strip():
                for why in chinese_problems(text):
                    found.append(Finding(screen, user, field, " ".join((shown or [text])[0].split())[:120], why))
    return found


# --- English: nothing clipped --------------------------------------------------------------------------------

def _label_clipped(label: QLabel) -> bool:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and TAG.search(text)):
        return False
    if label.buddy() is not None:  # a buddy's label draws "&File" as "File" with the F underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    width = max(QFontMetrics(label.font()).horizontalAdvance(line) for line in text.splitlines() or [""])
    available = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    return width > available + 1


def _placeholder_clipped(edit: QLineEdit) -> bool:
    """Qt elides a placeholder wider than the line's text area (its frame, text margins and 2 px each side
    left out)."""
    text = edit.placeholderText()
    if not text or edit.text():
        return False
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) if edit.hasFrame() else 0
    margins = edit.textMargins()
    available = edit.contentsRect().width() - 2 * frame - margins.left() - margins.right() - 2 * 2
    return QFontMetrics(edit.font()).horizontalAdvance(text) > available


def _combo_clipped(combo: QComboBox) -> list[str]:
    if combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = QFontMetrics(combo.font())
    found = []
    for i in range(combo.count()):
        text = combo.itemText(i)
        extra = combo.iconSize().width() + 4 if not combo.itemIcon(i).isNull() else 0
        if metrics.horizontalAdvance(text) + extra > field.width():
            found.append((text, "clipped by its combo box" if i == combo.currentIndex()
                          else "would be clipped by its combo box when chosen"))
    return found


def _header_clipped(view: QAbstractItemView, header: QHeaderView, column: int, title: str) -> bool:
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    needed = metrics.horizontalAdvance(title) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return header.sectionSize(column) < needed


def _cell_elided(view: QAbstractItemView, index: QModelIndex, text: str) -> bool:
    """The view's own delegate says how wide the cell wants to be (text, icon, margins): Qt elides a narrower one.
    A tree's first column's rectangle already leaves out the indentation."""
    rect = view.visualRect(index)
    if rect.width() <= 0 or "\n" in text:
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return view.itemDelegateForIndex(index).sizeHint(option, index).width() > rect.width()


def english_findings(root: QWidget, screen: str, user: str) -> list[Finding]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, (QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            continue
        name = _name(widget)
        if isinstance(widget, QLabel) and _label_clipped(widget):
            found.append(Finding(screen, user, name, widget.text(), "clipped by its label"))
        elif isinstance(widget, QAbstractButton) and widget.text() and \
                widget.width() + 1 < widget.sizeHint().width() and not isinstance(widget.parentWidget(), QTabBar):
            found.append(Finding(screen, user, name, _plain(widget.text()), "clipped by its button"))
        elif isinstance(widget, QLineEdit) and _placeholder_clipped(widget):
            found.append(Finding(screen, user, f"{name} placeholder", widget.placeholderText(), "placeholder elided (…)"))
        elif isinstance(widget, QComboBox):
            found += [Finding(screen, user, name, text, why) for text, why in _combo_clipped(widget)]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            header = widget.horizontalHeader() if hasattr(widget, "horizontalHeader") else (
                widget.header() if isinstance(widget, QTreeView) else None)
            for field, text, index, column, _shown in _cells(widget, words_only=False):
                if index is None and field.endswith(" header"):
                    if header is not None and _header_clipped(widget, header, column, text):
                        found.append(Finding(screen, user, field, text, "header narrower than its title"))
                elif index is not None and _cell_elided(widget, index, text):
                    found.append(Finding(screen, user, field, text, "cell elided (…)"))
    return found
