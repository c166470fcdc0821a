"""Reading a custodian bank statement: the whole file is checked, and refused whole with every problem listed,
or returned as typed lines (integer fen, UTC times, "in"/"out")."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import polars as pl

from server.messages import Word, _

from . import characters, layout
from .filetype import OLD_OFFICE, XLSX as WORKBOOK, ZIP_MAGIC, Kind, sniff
from .header_words import MappingGuess, guess_mapping
from .lines import check_lines
from .encoding import UNDECODABLE_MARK, canonical_encoding, decode, detect_encoding, encodings_possible
from .mapping import BUILTIN_PROFILES, ColumnMapping, closest_profile, guess_profile, normalize_header
from .problems import Problem, StatementRefused
from .table import (HEAD_LINES, SEPARATORS, Head, NotAWorkbook, csv_body, csv_body_block, csv_head, xlsx_body,
                    xlsx_head, xlsx_rows)

XLSX = "xlsx"   # the `encoding` a workbook reports: its text has no encoding of its own to choose
STEPS = 5       # progress(done, STEPS): read, header found, cells parsed, values checked, lines built


@dataclass(frozen=True)
class ParsedStatement:
    encoding: str
    mapping: ColumnMapping
    header_line: int
    sha256: str
    lines: pl.DataFrame   # line_no Int32, serial, order_no (nullable), account, direction ("in"|"out"),
                          # amount_fen Int64 (>0), booked_at Datetime(us, UTC), summary ("" when none)
    declared_count: int | None
    declared_in_fen: int | None
    declared_out_fen: int | None
    reported_balance_fen: int | None
    profile: str | None = None   # the built-in profile used when no mapping was given

    @property
    def in_fen(self) -> int:
        return int(self.lines.filter(pl.col("direction") == "in")["amount_fen"].sum())

    @property
    def out_fen(self) -> int:
        return int(self.lines.filter(pl.col("direction") == "out")["amount_fen"].sum())


@dataclass(frozen=True)
class StatementPreview:
    encoding: str
    encodings_possible: list[str]
    rows: list[list[str]]
    header_line: int | None
    profile_guess: str | None
    mapping_guess: MappingGuess | None = None   # from the header's words, for a bank no built-in layout fits


def _refuse(line: int, code: str, message: str, params: dict | None = None) -> StatementRefused:
    return StatementRefused([Problem(line, None, code, message, params or {})])


def _encoding_name(encoding: str) -> str:
    try:
        return canonical_encoding(encoding)
    except ValueError:
        raise _refuse(1, "unknown_encoding", _("'{encoding}' is not a text encoding this reader knows "
                                               "(use utf-8, gbk or gb18030)."), {"encoding": encoding}) from None


def _check_container(data: bytes, filename: str) -> bool:
    """Whether the file is an .xlsx workbook (else it is read as text); refused at once when it is empty or,
    by its first bytes, plainly something else (an image, a PDF, an archive, a program ...), named as such."""
    if len(data) < 4096 and not data.strip(b" \t\r\n\x00").removeprefix(b"\xef\xbb\xbf").strip():
        raise _refuse(1, "empty_file", _("The file is empty."))
    kind = sniff(data)
    if kind == WORKBOOK:
        return True
    if isinstance(kind, Kind):
        if kind.code == OLD_OFFICE:
            raise _refuse(1, kind.code, _("{filename} is {what}; save it in Excel as a current workbook or as CSV "
                                          "and import that."),
                          {"filename": filename, "what": Word(kind.code, kind.what)})
        raise _refuse(1, kind.code, _("{filename} is {what}, not a bank statement (a CSV file or an Excel "
                                      "workbook)."), {"filename": filename, "what": Word(kind.code, kind.what)})
    named_workbook = filename.lower().endswith((".xlsx", ".xlsm"))
    if data.startswith(ZIP_MAGIC) and not named_workbook:
        raise _refuse(1, "archive_file", _("{filename} is a damaged zip archive, not a bank statement (a CSV file "
                                           "or an Excel workbook)."), {"filename": filename})
    return named_workbook


@dataclass
class _Source:
    encoding: str
    head: Head
    separator: str
    body: Callable[[int, int], pl.DataFrame]   # (header line, width) -> body frame
    clean: bool = True
    suspect_possible: bool = True   # False when the text cannot hold NUL or a mis-decoded character at all
    # The lines checked block by block on the pool, with the footer rows and the number of statement rows; None
    # when any block had a problem (or anything else was not plain): the whole body is then checked at once.
    checked: Callable[[], tuple[pl.DataFrame, list[tuple[int, list[str]]], int] | None] = lambda: None
    # The lines of a legacy-encoded file that are UTF-8 (see characters.utf8_lines), when found block by block.
    mixed: Callable[[], set[int]] | None = None


def _open(data: bytes, filename: str, mapping: ColumnMapping | None, encoding: str | None,
          workbook: bool, pool: ThreadPoolExecutor | None = None) -> tuple[_Source, int | None]:
    if workbook:
        try:
            rows = xlsx_rows(data)
        except NotAWorkbook:
            raise _refuse(1, "not_a_statement", _("{filename} is not a readable Excel workbook."),
                          {"filename": filename}) from None
        if not any(rows):
            raise _refuse(1, "empty_file", _("The workbook's first sheet is empty."))
        head = xlsx_head(rows)
        return _Source(XLSX, head, ",", lambda line, width: xlsx_body(rows, line, width)), layout.find_header(head.rows, mapping)
    name = _encoding_name(encoding) if encoding else detect_encoding(data)
    if pool is not None and name in _BLOCK_ENCODINGS:
        opened = _open_in_blocks(data, name, mapping, pool)
        if opened is not None:
            return opened
    try:
        text, clean = decode(data, name)
    except (UnicodeError, LookupError) as error:
        raise _refuse(1, "undecodable", _("The file cannot be read as {encoding}: {error}."),
                      {"encoding": name, "error": str(error)}) from None
    if not text or text.isspace():
        raise _refuse(1, "empty_file", _("The file is empty."))
    best = _best_head(text, mapping)
    # Polars reads UTF-8: a clean UTF-8 file's own bytes, else the decoded text encoded once (the text itself
    # is let go here, it is the largest copy of the file).
    if clean and name == "utf-8-sig":
        utf8 = data[3:]
    elif clean and name == "utf-8" and not data.startswith(b"\xef\xbb\xbf"):
        utf8 = data
    else:
        utf8 = text.encode("utf-8")
    del text
    separator, head, _score, index = best
    # Without a NUL, a private-use character (UTF-8 EE xx xx, EF 80-A3 xx) or the replacement character (EF BF BD)
    # anywhere in the body's bytes, no line needs the per-line search; searching the bytes costs a fraction of it.
    # (The lines up to the header row are searched cell by cell on their own.)
    suspect = _suspect_bytes(utf8, _offset_after_lines(utf8, head.rows[index][0]) if index is not None else 0)
    return _Source(name, head, separator, lambda line, width: csv_body(utf8, line, separator, width), clean,
                   suspect), index


_PRIVATE_USE_EF = re.compile(rb"\xef[\x80-\xa3]")


def _suspect_bytes(utf8: bytes, start: int = 0) -> bool:
    """Whether the bytes from `start` on may hold NUL or a mis-decoded character (see _open)."""
    if utf8.find(b"\x00", start) >= 0 or utf8.find(b"\xee", start) >= 0:
        return True
    # Single bytes are searched at memchr's speed; the longer searches run only where an EF byte is at all (in
    # Chinese text it often is: full-width punctuation is EF BC xx).
    return utf8.find(b"\xef", start) >= 0 and (utf8.find(b"\xef\xbf\xbd", start) >= 0
                                               or _PRIVATE_USE_EF.search(utf8, start) is not None)


def _best_head(text: str, mapping: ColumnMapping | None) -> tuple[str, Head, int, int | None]:
    """(separator, head, score, header index) of the separator whose head holds the best header row."""
    best = None
    for separator in SEPARATORS:
        head = csv_head(text, separator)
        index = layout.find_header(head.rows, mapping)
        if index is not None:
            score = layout.header_matches(head.rows[index][1], mapping)
            if best is None or score > best[2]:
                best = (separator, head, score, index)
    return best or (",", csv_head(text, ","), 0, None)


# In these encodings no byte of a multi-byte character is a line feed (trail bytes are 0x40 and up; GB18030's
# four-byte form is digits and 0x81-0xFE), so a file cut after line feeds is cut between characters, and each
# block decodes alone to the very text the whole file would. Python's decoders hold the GIL; polars' reader
# does not: while one block decodes, polars parses the one before, and its lines are checked, on the other core.
_BLOCK_ENCODINGS = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp936", "cp950"})
BLOCK_BYTES = 8 << 20   # files under two blocks are read whole
PIECE_BYTES = 64 << 10


def _offset_after_lines(data: bytes, lines: int, start: int = 0) -> int:
    offset = start
    for _line in range(lines):
        found = data.find(b"\n", offset)
        if found < 0:
            return len(data)
        offset = found + 1
    return offset


def _open_in_blocks(data: bytes, name: str, mapping: ColumnMapping | None,
                    pool: ThreadPoolExecutor) -> tuple[_Source, int] | None:
    """The large, clean file of a legacy encoding with its header found: decoded a block at a time, each block's
    cells parsed, and its lines checked, on the pool while the next decodes. None (read whole instead) whenever
    anything is not plain: bytes that do not decode, no header row, a quoted value running over a block's end,
    a unit separator."""
    if not _may_read_in_blocks(data, name):
        return None
    head_end = _offset_after_lines(data, HEAD_LINES)
    if head_end == len(data):   # fewer lines than the head holds, or lines not ended by line feeds
        return None
    try:
        head_text = data[:head_end].decode(name).removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    separator, head, _score, index = _best_head(head_text, mapping)
    if index is None:
        return None
    header_line, header = head.rows[index]
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    _profile, chosen, columns, column_problems = _choose_mapping(header[:width], mapping, header_line)
    plan = None if column_problems else _BlockPlan(header[:width], columns, chosen, name)
    # Each block is parsed after its own copy of the header row, which fixes the number of cells as the whole
    # file's parse does.
    head_lines = head_text.split("\n")
    header_utf8 = (head_lines[header_line - 1] + "\n").encode("utf-8")
    before_body = ("\n".join(head_lines[:header_line]) + "\n").encode("utf-8")
    start = _offset_after_lines(data, header_line)
    head_mixed = pool.submit(characters.utf8_lines, data[:start])
    blocks, parsed, starts, suspect = [], [], [], False
    view = memoryview(data)
    while start < len(data):
        cut = data.find(b"\n", start + BLOCK_BYTES)
        end = len(data) if cut < 0 else cut + 1
        # Decoded in pieces of 64 KiB: a decoder call holds the GIL to its end, and the pool's threads wait for
        # that each time they come back from polars; pieces this small are also made in memory just freed rather
        # than in fresh pages (decoding the 82 MB bench file: about 40,000 page faults fewer than in pieces of 1 MiB).
        pieces, at = [header_utf8], start
        try:
            while at < end:
                stop = data.find(b"\n", at + PIECE_BYTES, end)
                stop = end if stop < 0 else stop + 1
                pieces.append(str(view[at:stop], name).encode("utf-8"))
                at = stop
        except UnicodeDecodeError:
            for future in parsed:
                future.cancel()
            return None
        utf8 = b"".join(pieces)
        suspect = suspect or _suspect_bytes(utf8, len(header_utf8))
        parsed.append(pool.submit(_parse_block, utf8, data[start:end], separator, width, plan, end == len(data)))
        blocks.append(utf8)
        starts.append(start)
        start = end

    if not parsed:
        return None

    def frame_of(i: int) -> pl.DataFrame | None:
        block = parsed[i].result()
        return csv_body_block(blocks[i], separator, width) if block.checked is not None else block.frame

    def body(line: int, columns: int) -> pl.DataFrame:
        frames = [frame_of(i) for i in range(len(parsed))]
        if line == header_line and columns == width and all(frame is not None for frame in frames):
            # Polars reads one row per physical line (blank lines too), as the whole file's parse numbers them.
            body = pl.concat(frames, rechunk=True)   # the checks run faster on one chunk than on several
            return body.with_columns(pl.int_range(header_line + 1, header_line + 1 + body.height, dtype=pl.Int32)
                                     .alias("line_no"))
        return csv_body(before_body + b"".join(block[len(header_utf8):] for block in blocks), line, separator,
                        columns)

    def checked() -> tuple[pl.DataFrame, list[tuple[int, list[str]]], int] | None:
        results = [future.result().checked for future in parsed]
        if any(result is None for result in results):
            return None
        # A block's rows are numbered from 2 (its copy of the header row is line 1); the file's from the line
        # after the header row, blank lines and repeated header rows counted as the whole file's parse counts them.
        offset, parts = header_line - 1, []
        for result in results:
            parts.append(result.lines.with_columns(pl.col("line_no") + offset) if offset else result.lines)
            offset += result.height
        hashes = pl.concat([result.serial_hashes for result in results])
        if hashes.n_unique() < hashes.len():   # a serial repeated across blocks (or two hashes alike): whole path
            return None
        try:
            lines = pl.concat(parts, how="vertical")
        except pl.exceptions.PolarsError:   # the blocks' columns came out in different types
            return None
        footer = [(line + offset - results[-1].height, cells) for line, cells in results[-1].footer]
        return lines, footer, lines.height

    def mixed() -> set[int]:
        found = set(head_mixed.result())
        for start, future in zip(starts, parsed):
            if future.result().utf8_lines:   # numbered from the block's first line (counted only when found)
                first = data.count(b"\n", 0, start) + 1
                found.update(first + n - 1 for n in future.result().utf8_lines)
        return found

    return _Source(name, head, separator, body, True, suspect, checked, mixed), index


def _may_read_in_blocks(data: bytes, encoding: str) -> bool:
    return encoding in _BLOCK_ENCODINGS and len(data) >= 2 * BLOCK_BYTES and b"\x1f" not in data


@dataclass(frozen=True)
class _BlockPlan:
    header: list[str]
    columns: dict[str, int]
    mapping: ColumnMapping
    encoding: str


@dataclass(frozen=True)
class _CheckedBlock:
    lines: pl.DataFrame        # check_lines' lines, numbered as in the block (from 2)
    footer: list[tuple[int, list[str]]]   # the last block's totals and footer rows, numbered as in the block
    height: int                # rows the block's parse read (one per physical line)
    serial_hashes: pl.Series


@dataclass(frozen=True)
class _Block:
    frame: pl.DataFrame | None         # the body frame: None when polars cannot read the block line for line,
                                       # and when its lines were checked (let go; parsed again if ever needed)
    checked: _CheckedBlock | None
    utf8_lines: set[int]               # numbered from the block's first line, 1


def _parse_block(utf8: bytes, raw: bytes, separator: str, width: int, plan: _BlockPlan | None,
                 last: bool) -> _Block:
    """A block's body frame, or its lines checked when every line of it reads and nothing in it needs the
    whole file to judge (no problem, no totals line before the end, the footer inside the last block).
    Otherwise the whole body is checked at once as for any file, so that every problem is named exactly as
    there. `raw` is the block's own bytes, searched for lines in UTF-8."""
    mixed = characters.utf8_lines(raw)
    frame = csv_body_block(utf8, separator, width)
    if frame is None or plan is None:
        return _Block(frame, None, mixed)
    try:
        checked = _check_block(frame, plan, last)
    except pl.exceptions.PolarsError:   # whatever it is, the whole body's check meets it as for any file
        checked = None
    return _Block(frame if checked is None else None, checked, mixed)


def _check_block(frame: pl.DataFrame, plan: _BlockPlan, last: bool) -> _CheckedBlock | None:
    # The last block's footer is its own unless every row of it is a footer row (then the footer may reach into
    # the block before, and the block has no lines to check).
    rows, footer = _split_footer(frame, plan.header) if last else (_statement_rows(frame, plan.header), [])
    if rows.height == 0 or rows["raw"].str.contains(_TOTALS_PATTERN).any():
        return None
    # A repeated serial is looked for across all blocks at once, afterwards (see _open_in_blocks).
    lines, problems = check_lines(rows, plan.header, plan.columns, plan.mapping, plan.encoding, True, repeats=False)
    if problems:
        return None
    return _CheckedBlock(lines, footer, frame.height, lines["serial"].hash())


def _undecodable_in_rows(rows, encoding: str, header: list[str] | None = None) -> list[Problem]:
    problems = []
    for line, cells in rows:
        for i, cell in enumerate(cells):
            if UNDECODABLE_MARK in cell:
                column = header[i] if header and i < len(header) else None
                problems.append(Problem(line, column, "undecodable", _(
                    "Bytes on this line are not valid {encoding}; choose the file's encoding."), {"encoding": encoding}))
                break
    return problems


def _resolve_columns(header: list[str], mapping: ColumnMapping, line: int, guessed: bool) -> tuple[dict[str, int], list[Problem]]:
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(header):
        positions.setdefault(normalize_header(text), []).append(i)
    found, problems = {}, []
    for role, name in mapping.roles().items():
        where = positions.get(normalize_header(name), [])
        if not where:
            if guessed:
                problems.append(Problem(line, name, "missing_column", _(
                    "The header row has no column '{column}' (no built-in layout fits this header; the closest is "
                    "shown)."), {"column": name}))
            else:
                problems.append(Problem(line, name, "missing_column", _("The header row has no column '{column}'."),
                                        {"column": name}))
        elif len(where) > 1:
            problems.append(Problem(line, name, "duplicate_column", _(
                "The header row has the column '{column}' {times} times."), {"column": name, "times": len(where)}))
        else:
            found[role] = where[0]
    return found, problems


def _choose_mapping(header: list[str], mapping: ColumnMapping | None,
                    header_line: int) -> tuple[str | None, ColumnMapping, dict[str, int], list[Problem]]:
    """(built-in profile used, mapping, cell index of each role, problems of the header row)."""
    profile = None
    if mapping is None:
        profile = guess_profile(header)
        chosen = BUILTIN_PROFILES[profile or closest_profile(header)]
    else:
        chosen = mapping
    columns, problems = _resolve_columns(header, chosen, header_line, guessed=mapping is None and profile is None)
    return profile, chosen, columns, problems


_CHARACTER_CODES = ("mixed_encoding", "nul_character", "garbled_text")


def _head_characters(source: _Source, last_line: int, header: list[str] | None, mixed: set[int]) -> list[Problem]:
    """Mixed encodings, NUL and mis-decoded characters in the lines up to the header row (or `last_line`);
    a cell of the header row is named by its position's header text only once the header is known."""
    head = [(line, cells) for line, cells in source.head.rows if line <= last_line]
    found = characters.mixed_encoding_problems({n for n in mixed if n <= last_line}, dict(head), None,
                                               source.encoding)
    return found + characters.suspect_cell_problems(head, None, mixed)


def _located_first(problems: list[Problem]) -> list[Problem]:
    """One problem per field: a line in another encoding, a NUL or a mis-decoded character explains whatever
    else the same field (or, for a line in another encoding, the same line) was found to have; bytes that do
    not decode at all explain the odd characters beside them."""
    lines = {p.line for p in problems if p.code == "mixed_encoding"}
    undecodable = {p.line for p in problems if p.code == "undecodable"}
    problems = [p for p in problems if not (p.code == "garbled_text" and p.line in undecodable)]
    fields = {(p.line, p.column) for p in problems if p.code in _CHARACTER_CODES}
    kept, seen = [], set()
    for p in problems:
        if p.code not in _CHARACTER_CODES and p.code != "undecodable" and (p.line, p.column) in fields:
            continue
        if p.code not in _CHARACTER_CODES and p.line in lines:
            continue
        if p.code in ("garbled_text", "nul_character") and p.line in lines:
            continue
        if (p.line, p.column, p.code) in seen:
            continue
        seen.add((p.line, p.column, p.code))
        kept.append(p)
    return kept


def read_statement(data: bytes, filename: str, mapping: ColumnMapping | None = None, encoding: str | None = None,
                   *, progress: Callable[[int, int], None] | None = None) -> ParsedStatement:
    """Every line of the statement, or StatementRefused listing every problem. Without a mapping the built-in
    profile whose columns the header holds is used; without an encoding it is detected."""
    report = progress or (lambda done, total: None)
    workbook = _check_container(data, filename)
    if not workbook:
        encoding = _encoding_name(encoding) if encoding else detect_encoding(data)
    # hashlib and polars let go of the GIL: the hash, and the search for UTF-8 lines in a GBK file, run on the
    # other core while the text decodes.
    with ThreadPoolExecutor(max_workers=3) as pool:
        digest = pool.submit(lambda: hashlib.sha256(data).hexdigest())
        legacy = not workbook and encoding in characters.LEGACY_ENCODINGS
        # A file read in blocks has its blocks searched as they come; any other, the whole file beside the decoding.
        utf8_lines = (pool.submit(characters.utf8_lines, data)
                      if legacy and not _may_read_in_blocks(data, encoding) else None)
        source, index = _open(data, filename, mapping, encoding, workbook, pool)
        sha256 = digest.result()
        if source.mixed is not None:
            mixed = source.mixed()
        elif legacy:
            mixed = utf8_lines.result() if utf8_lines is not None else characters.utf8_lines(data)
        else:
            mixed = set()
    report(1, STEPS)
    problems = _undecodable_in_rows(source.head.rows, source.encoding) if not source.clean else []
    if index is None:
        first = next((line for line, cells in source.head.rows if any(cells)), 1)
        names = "/".join(mapping.roles().values()) if mapping else "银行流水号/交易金额/交易日期"
        problems = _head_characters(source, len(source.head.rows), None, mixed) + problems
        raise StatementRefused(_located_first(problems) + [Problem(
            first, None, "no_header", _("No column header row (such as {names}) in the first lines."),
            {"names": names})])
    header_line, header = source.head.rows[index]
    while header and not header[-1]:
        header = header[:-1]
    problems = _head_characters(source, header_line, header, mixed) + problems
    profile, chosen, columns, column_problems = _choose_mapping(header, mapping, header_line)
    preamble = source.head.rows[:index]
    if column_problems:
        problems = [p for p in problems if p.line <= header_line]
        raise StatementRefused(_located_first(problems + column_problems))
    report(2, STEPS)

    # Without a character to look for in the body, the lines checked block by block are the lines; any problem
    # (or a serial repeated across blocks) has the whole body checked at once below, named as for any file.
    checked = source.checked() if source.clean and not source.suspect_possible and not mixed else None
    if checked is not None:
        lines, footer, row_count = checked
        body_characters, early_problems, line_problems = [], [], []
        report(3, STEPS)
    else:
        body = source.body(header_line, len(header))
        report(3, STEPS)
        body_characters = characters.body_problems(body, header, mixed) if source.suspect_possible else []
        if mixed:
            body_lines = {int(r[0]): list(r[1:]) for r in body.filter(pl.col("line_no").is_in(list(mixed))).select(
                "line_no", *[f"c{i}" for i in range(len(header))]).iter_rows()}
            body_characters = characters.mixed_encoding_problems(
                {n for n in mixed if n > header_line}, body_lines, header, source.encoding) + body_characters
        rows, footer = _split_footer(body, header)
        del body
        rows, early_problems = _early_totals(rows)
        row_count = rows.height
        lines, line_problems = check_lines(rows, header, columns, chosen, source.encoding, source.clean)
    balance, balance_problems = layout.reported_balance(preamble + footer)
    problems = [p for p in problems if p.line <= header_line] + balance_problems + early_problems
    if not source.clean:
        problems += _undecodable_in_rows(footer, source.encoding, header)
    totals, totals_problems = layout.declared_totals([r for r in footer if layout.is_totals_row(r[1])], header, chosen)
    if totals.line is None:   # some banks state the totals in the header block instead
        totals, totals_problems = layout.declared_totals(preamble, header, chosen, labelled_only=True)
    problems += totals_problems
    problems += line_problems
    problems += _check_totals(totals, lines, row_count, line_problems, chosen)
    problems = _located_first(body_characters + problems)
    if row_count == 0 and not problems:
        problems.append(Problem(header_line, None, "no_lines", _("The file has a header row but no statement lines.")))
    report(4, STEPS)
    if problems:
        raise StatementRefused(problems)
    report(5, STEPS)
    return ParsedStatement(
        encoding=source.encoding, mapping=chosen, header_line=header_line, sha256=sha256, lines=lines,
        declared_count=totals.count, declared_in_fen=totals.in_fen, declared_out_fen=totals.out_fen,
        reported_balance_fen=balance, profile=profile)


_TOTALS_PATTERN = r'^[\s,"\t|;=]*(合计|总计|汇总|共计|小计|本页合计|本日合计|当日合计|(?i:total))'


def _statement_rows(body: pl.DataFrame, header: list[str]) -> pl.DataFrame:
    """The body without blank lines and repeats of the header row (multi-page exports): no statement lines."""
    width = len(header)
    names = [f"c{i}" for i in range(width)]
    drop = pl.col("blank")
    if width:
        drop = drop | pl.all_horizontal([pl.col(n) == h for n, h in zip(names, header)])
    dropped = body.select(drop.alias("drop"))["drop"]
    return body.filter(~dropped) if dropped.any() else body


def _split_footer(body: pl.DataFrame, header: list[str]) -> tuple[pl.DataFrame, list[tuple[int, list[str]]]]:
    """Statement rows, and the totals/footer rows after them (as (line, cells)). Blank lines and repeats of
    the header row (multi-page exports) are dropped."""
    width = len(header)
    names = [f"c{i}" for i in range(width)]
    body = _statement_rows(body, header)
    tail = body.tail(64)
    keep = body.height
    footer = []
    for row in reversed(tail.rows(named=True)):
        cells = [row[n] for n in names]
        if row["n_used"] > width:
            break
        if layout.is_totals_row(cells) or layout.is_footer_row(cells):
            footer.append((row["line_no"], cells))
            keep -= 1
        else:
            break
    footer.reverse()
    return body.head(keep), footer


def _early_totals(rows: pl.DataFrame) -> tuple[pl.DataFrame, list[Problem]]:
    """A totals line with statement lines after it: refused (which total would be right?), the line named."""
    early = rows.filter(pl.col("raw").str.contains(_TOTALS_PATTERN))
    if early.height == 0:
        return rows, []
    last_line = int(rows["line_no"].max())
    problems = [Problem(int(line), None, "data_after_totals", _(
                        "Statement lines follow this totals line (up to line {last_line}); a totals line ends the "
                        "statement."), {"last_line": last_line})
                for line in early["line_no"]]
    return rows.filter(~pl.col("raw").str.contains(_TOTALS_PATTERN)), problems


def _check_totals(totals: layout.DeclaredTotals, lines: pl.DataFrame, row_count: int, line_problems: list[Problem],
                  mapping: ColumnMapping) -> list[Problem]:
    if totals.line is None:
        return []
    problems = []
    if totals.count is not None and totals.count != row_count:
        problems.append(Problem(totals.where("count")[0], None, "totals_mismatch", _(
            "The totals line states {declared} lines; the file has {actual}."),
            {"declared": totals.count, "actual": row_count}))
    if line_problems:
        return problems   # sums of lines that did not read say nothing
    # Both sums in one pass over the lines, without copying the rows of either direction out first.
    in_fen, out_fen = (int(v or 0) for v in lines.select(
        *[pl.col("amount_fen").filter(pl.col("direction") == d).sum().alias(d) for d in ("in", "out")]).row(0))
    checks = (("in_fen", in_fen, _("The totals line states money in {declared}; the lines add up to {actual}.")),
              ("out_fen", out_fen, _("The totals line states money out {declared}; the lines add up to {actual}.")),
              ("net_fen", in_fen - out_fen,
               _("The totals line states a net amount {declared}; the lines add up to {actual}.")),
              ("gross_fen", in_fen + out_fen,
               _("The totals line states a total amount {declared}; the lines add up to {actual}.")))
    for figure, actual, sentence in checks:
        declared = getattr(totals, figure)
        if declared is not None and declared != actual:
            line, column = totals.where(figure)
            problems.append(Problem(line, column, "totals_mismatch", sentence,
                                    {"declared": _yuan(declared), "actual": _yuan(actual)}))
    return problems


def _yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def preview_statement(data: bytes, filename: str, encoding: str | None = None, rows: int = 30) -> StatementPreview:
    """The first rows as cells, the encodings the bytes may be in, and guesses of the header row and profile.
    `data` may be only the start of the file (a cut character at the end is ignored); a workbook is read whole."""
    if _check_container(data, filename):
        try:
            cells = xlsx_rows(data, limit=max(rows, HEAD_LINES))
        except NotAWorkbook:
            raise _refuse(1, "not_a_statement", _("{filename} is not a readable Excel workbook."),
                          {"filename": filename}) from None
        head = xlsx_head(cells)
        index = layout.find_header(head.rows, None)
        header = head.rows[index][1] if index is not None else None
        return StatementPreview(XLSX, [XLSX], [r for _, r in head.rows[:rows]],
                                head.rows[index][0] if index is not None else None,
                                guess_profile(header) if header else None, _guess(header))
    sample = data
    cut = data.rfind(b"\n")
    if 0 < cut < len(data) - 1 and len(data) >= 4096:
        sample = data[:cut + 1]
    possible = encodings_possible(sample)
    name = _encoding_name(encoding) if encoding else possible[0]
    text = sample.decode(name, errors="replace").removeprefix("\ufeff")
    best = None
    for separator in SEPARATORS:
        head = csv_head(text, separator, max(rows, 60))
        index = layout.find_header(head.rows, None)
        if index is not None:
            score = layout.header_matches(head.rows[index][1], None)
            if best is None or score > best[2]:
                best = (head, index, score)
    if best is None:
        head = csv_head(text, ",", rows)
        return StatementPreview(name, possible, [r for _, r in head.rows[:rows]], None, None)
    head, index, _score = best
    header = head.rows[index][1]
    return StatementPreview(name, possible, [r for _, r in head.rows[:rows]], head.rows[index][0],
                            guess_profile(header), _guess(header))


def _guess(header: list[str] | None) -> MappingGuess | None:
    """The mapping guessed from the header's words, for a header no built-in layout reads whole."""
    return guess_mapping(list(header)) if header else None
