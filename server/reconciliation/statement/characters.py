"""Text that decoded but is not what the bank wrote: a UTF-8 line inside a GBK file, NUL bytes, and the
characters mis-decoded bytes turn into (private use U+E000-U+F8FF, the replacement character U+FFFD).

GB18030 decodes almost any byte pair, so a UTF-8 line in a GBK file reads "without error" as garbage (这 -> 杩)
or as private-use characters; the file would be stored garbled. Each such line is refused by its number and
the first field where it shows. NUL cannot be stored (PostgreSQL text refuses it) and no field has a use for it.
"""

from __future__ import annotations

import re

import polars as pl

from server.messages import _

from .problems import Problem

LEGACY_ENCODINGS = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "cp936", "cp950"})
# Private use (where GB18030 puts byte pairs no character has) and the replacement character.
_SUSPECT = re.compile("[\ue000-\uf8ff\ufffd]")
_SUSPECT_OR_NUL = r"[\x00\x{E000}-\x{F8FF}\x{FFFD}]"   # the same and NUL, in polars' (Rust) regex syntax


def utf8_lines(data: bytes) -> set[int]:
    """1-based numbers of the physical lines that are valid UTF-8 holding multi-byte characters: in a file
    read as GBK/GB18030 they are lines of another encoding. Polars reads each line with invalid UTF-8
    replaced (at C speed); a line with non-ASCII text and no replacement is UTF-8."""
    if data.isascii():
        return set()
    if b"\x1f" in data:   # the unit separator splits polars' lines: the slower way, line by line
        return {n for n, line in enumerate(data.split(b"\n"), start=1) if _is_utf8_text(line)}
    lines = pl.read_csv(data, has_header=False, separator="\x1f", quote_char=None, infer_schema=False,
                        new_columns=["raw"], encoding="utf8-lossy", truncate_ragged_lines=True,
                        raise_if_empty=False)
    if lines.height == 0:
        return set()
    raw = pl.col("raw").fill_null("")
    # In steps, cheapest first: in a GBK file nearly every non-ASCII line holds a replacement character, so the
    # regexes run on the few lines left rather than on every line.
    hits = lines.with_row_index("n", offset=1).filter(~raw.str.contains("\ufffd", literal=True))
    hits = hits.filter(raw.str.len_bytes() != raw.str.len_chars())
    hits = hits.filter(raw.str.contains(_HAN) & ~raw.str.contains(_NOT_CHINESE_TEXT))
    found = set(hits["n"].to_list())
    if found and lines.height != data.count(b"\n") + (0 if data.endswith(b"\n") else 1):
        # Polars' rows did not line up with physical lines: number them the slow, certain way.
        return {n for n, line in enumerate(data.split(b"\n"), start=1) if _is_utf8_text(line)}
    return found


# A few GBK characters are valid UTF-8 by chance (元, D4 AA, reads as the Armenian U+052A): a line counts as
# UTF-8 only when it holds Chinese characters and nothing but the characters Chinese text is written with.
_HAN = r"[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{20000}-\x{3FFFF}]"
_NOT_CHINESE_TEXT = (r"[^\x00-\x7F\x{00B7}\x{2000}-\x{206F}\x{3000}-\x{303F}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}"
                     r"\x{FF00}-\x{FFEF}\x{20000}-\x{3FFFF}]")
_HAN_PY = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]")
_NOT_CHINESE_TEXT_PY = re.compile("[^\x00-\x7f\u00b7\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
                                  "\uff00-\uffef\U00020000-\U0003ffff]")


def _is_utf8_text(line: bytes) -> bool:
    if line.isascii():
        return False
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(_HAN_PY.search(text)) and not _NOT_CHINESE_TEXT_PY.search(text)


def first_non_ascii_cell(cells: list[str]) -> int | None:
    return next((i for i, c in enumerate(cells) if not c.isascii()), None)


def mixed_encoding_problems(lines: set[int], rows: dict[int, list[str]], header: list[str] | None,
                            encoding: str) -> list[Problem]:
    """A problem per UTF-8 line of a legacy-encoded file, naming the first field that is not plain ASCII."""
    problems = []
    for line in sorted(lines):
        cells = rows.get(line) or []
        i = first_non_ascii_cell(cells)
        column = header[i] if header is not None and i is not None and i < len(header) else None
        if column:
            problems.append(Problem(line, column, "mixed_encoding", _(
                "This line is UTF-8 text inside a {encoding} file (first in {column}): the file mixes two encodings; "
                "save it again in one encoding."), {"encoding": encoding.upper(), "column": column}))
        else:
            problems.append(Problem(line, column, "mixed_encoding", _(
                "This line is UTF-8 text inside a {encoding} file: the file mixes two encodings; save it again in "
                "one encoding."), {"encoding": encoding.upper()}))
    return problems


def suspect_cell_problems(rows: list[tuple[int, list[str]]], header: list[str] | None,
                          skip_lines: set[int] = frozenset()) -> list[Problem]:
    """NUL and mis-decoded characters in the cells of (line, cells) rows, one problem per field."""
    problems = []
    for line, cells in rows:
        if line in skip_lines:
            continue
        for i, cell in enumerate(cells):
            column = header[i] if header is not None and i < len(header) else None
            problem = cell_problem(line, column, cell)
            if problem is not None:
                problems.append(problem)
    return problems


def cell_problem(line: int, column: str | None, cell: str) -> Problem | None:
    if "\x00" in cell:
        return Problem(line, column, "nul_character", _("The field holds a NUL byte (character 0): the file is "
                                                        "damaged or is not a text statement."))
    found = _SUSPECT.search(cell)
    if found is not None:
        code = "U+%04X" % ord(found.group())
        return Problem(line, column, "garbled_text",
                       _("The field holds {character}, a character no bank writes: bytes of another encoding were "
                         "mis-read (the file mixes encodings, or the encoding chosen is wrong)."), {"character": code})
    return None


def suspect_lines(body: pl.DataFrame) -> pl.DataFrame:
    """The rows of a body frame (see table.py) whose line holds NUL or a mis-decoded character; the search
    runs at C speed over the whole line, the cells of the few lines found are then looked at one by one."""
    if body.height == 0:
        return body
    return body.filter(pl.col("raw").fill_null("").str.contains(_SUSPECT_OR_NUL))


def body_problems(body: pl.DataFrame, header: list[str], skip_lines: set[int]) -> list[Problem]:
    found = suspect_lines(body)
    if found.height == 0:
        return []
    width = len(header)
    rows = []
    for row in found.iter_rows(named=True):
        cells = [row.get(f"c{i}") or "" for i in range(width)]
        raw = row.get("raw") or ""
        if not any("\x00" in c or _SUSPECT.search(c) for c in cells):
            cells = cells + [raw]   # beyond the header's columns: the line itself is named
        rows.append((int(row["line_no"]), cells))
    return suspect_cell_problems(rows, header, skip_lines)
