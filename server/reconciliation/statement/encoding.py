"""Which text encoding a statement file is in, and decoding it once, marking bytes that do not decode."""

from __future__ import annotations

import codecs

# A character no bank writes: it stands in for bytes that did not decode, so that the reader can report the
# line and field they sit in after parsing, at C speed, instead of walking the bytes itself.
UNDECODABLE_MARK = "\U0010fffd"


def _mark(error: UnicodeDecodeError):
    return UNDECODABLE_MARK, error.end


codecs.register_error("statement-mark", _mark)

_PROBE = 1 << 16
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
CANDIDATES = ("utf-8", "gb18030", "gbk", "big5")


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def canonical_encoding(name: str) -> str:
    """A codec name as Python knows it ("GBK" -> "gbk", "UTF8" -> "utf-8"); ValueError when unknown."""
    try:
        info = codecs.lookup(name.strip())
    except LookupError:
        raise ValueError(f"unknown text encoding: {name!r}") from None
    return {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "utf_16": "utf-16"}.get(info.name, info.name.replace("_", "-"))


def _decodes(data: bytes, encoding: str) -> bool:
    # A file that fails early fails on its first bytes alone, without a failed decode of the whole (whose error
    # carries a copy of every byte).
    if len(data) > _PROBE and not _decodes(data[:_PROBE], encoding):
        return False
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        # A sample may end in the middle of a character: that does not count against the encoding.
        return error.start >= len(data) - 4 and error.reason.startswith(("unexpected end", "incomplete"))
    return True


def detect_encoding(data: bytes) -> str:
    """"utf-8-sig" | "utf-16" (by their byte-order marks), else "utf-8" when the bytes are valid UTF-8 (or
    nearly: a few damaged bytes among many good UTF-8 characters, which the reader then reports), else
    "gb18030" (GBK and GB2312 are subsets of it); bytes valid in neither also read as "gb18030", where the
    reader reports the lines that do not decode."""
    bom = _bom_encoding(data)
    if bom:
        return bom
    if _decodes(data, "utf-8") or _mostly_utf8(data):
        return "utf-8"
    return "gb18030"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes (GBK text read as UTF-8 fails on nearly every character)."""
    text = data[:1 << 20].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return non_ascii > 0 and non_ascii >= 10 * bad


def encodings_possible(data: bytes) -> list[str]:
    """Every candidate encoding the bytes are valid in, the detected one first."""
    found = [detect_encoding(data)]
    if found[0] in ("utf-8-sig", "utf-16"):
        return found
    for name in CANDIDATES:
        if name not in found and _decodes(data, name):
            found.append(name)
    return found


def decode(data: bytes, encoding: str) -> tuple[str, bool]:
    """The text (byte-order mark dropped) and whether any bytes failed to decode (they read as UNDECODABLE_MARK)."""
    try:
        text = data.decode(encoding)
        clean = True
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="statement-mark")
        clean = False
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, clean
