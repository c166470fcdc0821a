"""What a file is, by its first bytes (its "magic"), so that a picture or a PDF renamed .csv is refused as
what it is rather than as a statement without a header row or with bytes that are not GB18030."""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

from server.messages import _


@dataclass(frozen=True)
class Kind:
    code: str    # the problem code a file of this kind is refused with (see problems.CODES)
    what: str    # English words for the kind, e.g. "a PNG image" (a text of the catalog)


IMAGE, PDF, ARCHIVE, EXECUTABLE, OLD_OFFICE = "image_file", "pdf_file", "archive_file", "executable_file", "old_excel_file"

# (prefix, offset, kind) checked in order; each prefix is long enough that no statement starts with it.
_MAGIC: tuple[tuple[bytes, int, Kind], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, Kind(IMAGE, _("a PNG image"))),
    (b"\xff\xd8\xff", 0, Kind(IMAGE, _("a JPEG image"))),
    (b"GIF87a", 0, Kind(IMAGE, _("a GIF image"))),
    (b"GIF89a", 0, Kind(IMAGE, _("a GIF image"))),
    (b"II*\x00", 0, Kind(IMAGE, _("a TIFF image"))),
    (b"MM\x00*", 0, Kind(IMAGE, _("a TIFF image"))),
    (b"WEBP", 8, Kind(IMAGE, _("a WebP image"))),
    (b"%PDF-", 0, Kind(PDF, _("a PDF document"))),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, Kind(OLD_OFFICE, _("an old Excel workbook (.xls, or another Office 97-2003 file)"))),
    (b"Rar!\x1a\x07", 0, Kind(ARCHIVE, _("a RAR archive"))),
    (b"7z\xbc\xaf\x27\x1c", 0, Kind(ARCHIVE, _("a 7-Zip archive"))),
    (b"\x1f\x8b", 0, Kind(ARCHIVE, _("a gzip archive"))),
    (b"BZh", 0, Kind(ARCHIVE, _("a bzip2 archive"))),
    (b"\xfd7zXZ\x00", 0, Kind(ARCHIVE, _("an xz archive"))),
    (b"\x7fELF", 0, Kind(EXECUTABLE, _("a program (ELF executable)"))),
    (b"\xfe\xed\xfa\xce", 0, Kind(EXECUTABLE, _("a program (Mach-O executable)"))),
    (b"\xfe\xed\xfa\xcf", 0, Kind(EXECUTABLE, _("a program (Mach-O executable)"))),
    (b"\xce\xfa\xed\xfe", 0, Kind(EXECUTABLE, _("a program (Mach-O executable)"))),
    (b"\xcf\xfa\xed\xfe", 0, Kind(EXECUTABLE, _("a program (Mach-O executable)"))),
    (b"\xca\xfe\xba\xbe", 0, Kind(EXECUTABLE, _("a program (Mach-O or Java class file)"))),
)

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
XLSX = "xlsx"


def _windows_program(data: bytes) -> bool:
    """"MZ" and, where the header says, the "PE" signature: a Windows .exe or .dll (not a CSV starting MZ)."""
    if not data.startswith(b"MZ") or len(data) < 64:
        return False
    (offset,) = struct.unpack_from("<I", data, 0x3C)
    return offset + 4 <= len(data) and data[offset:offset + 4] == b"PE\x00\x00"


def _zip_kind(data: bytes) -> Kind | str | None:
    """"xlsx" for an Excel workbook, the kind of any other zip, None when the zip cannot be opened (damaged
    or cut short: the reader then says it is no readable workbook)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if "xl/workbook.xml" in names or any(n.startswith("xl/worksheets/") for n in names):
        return XLSX
    if any(n.startswith("word/") for n in names):
        return Kind(ARCHIVE, _("a Word document (.docx)"))
    if any(n.startswith("ppt/") for n in names):
        return Kind(ARCHIVE, _("a PowerPoint presentation (.pptx)"))
    if "mimetype" in names and "content.xml" in names:
        return Kind(ARCHIVE, _("an OpenDocument file"))
    return Kind(ARCHIVE, _("a zip archive"))


def sniff(data: bytes) -> Kind | str | None:
    """What the bytes are when they are plainly not a text statement: a Kind; "xlsx" for an Excel workbook
    (whatever its name); None for anything else (text, or a damaged zip)."""
    for magic, offset, kind in _MAGIC:
        if data[offset:offset + len(magic)] == magic:
            if magic == b"WEBP" and not data.startswith(b"RIFF"):
                continue
            return kind
    if data.startswith(ZIP_MAGIC):
        return _zip_kind(data)
    if _windows_program(data):
        return Kind(EXECUTABLE, _("a program (Windows executable)"))
    if _binary(data[:4096]):
        return Kind("not_a_statement", _("binary data, not text"))
    return None


def _binary(head: bytes) -> bool:
    """Many control bytes in the first 4 KB: no text file (UTF-16 has a byte-order mark and is read as text).
    A stray NUL in a field is left to the reader, which names its line and column."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    control = sum(head.count(bytes([b])) for b in (*range(0, 9), 11, 12, *range(14, 32), 127))
    return control * 10 > len(head)
