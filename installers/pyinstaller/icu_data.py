"""ICU's data library for the Linux bundle, with the locales the console never uses taken out.

PySide6's Linux wheels carry ICU 73, whose data library (libicudata.so.73, 31 MB) holds every locale's names,
units, currencies, time zone names and collation. The console runs in 简体中文 and English only, so the bundle
keeps the data of root, en* and zh* and everything that is not a locale's (converters, break iterators and
their dictionaries, normalisation, time zone rules, supplemental data): about 13 MB.

The data library is one symbol, `icudt73_dat`, holding an ICU "common data" package: a header, a table of
contents (item count, then name and data offsets relative to the table) and the items, each aligned to 16
bytes. The package is read and written here with the standard library; the new library is assembled from it
with the C compiler (`.incbin`), so the build needs gcc (binutils) and nothing of ICU's own tools.

    python installers/pyinstaller/icu_data.py SOURCE_LIBRARY TARGET_LIBRARY
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# The console's languages: a locale's data stays when its name is one of these or starts with one and "_".
KEPT_LANGUAGES = ("root", "en", "zh")
# A locale's file name: language (2-3 letters), then script, region, variant parts (sr_Latn_BA, es_419).
_LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
_ALIGNMENT = 16


def is_kept(name: str) -> bool:
    """True for an item the bundle keeps: anything that is not a locale's, and the kept languages' locales."""
    file = name.rsplit("/", 1)[-1]
    if not _LOCALE_FILE.match(file):
        return True
    language = file[:-len(".res")]
    return any(language == kept or language.startswith(kept + "_") for kept in KEPT_LANGUAGES)


def read_package(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)...]) of an ICU common data package."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[12:16] != b"CmnD":  # UDataInfo.dataFormat, after the 4-byte MappedData and 8 bytes of UDataInfo
        raise ValueError("not an ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", package, toc)[0]
    offsets = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in offsets[1:]] + [len(package) - toc]
    items = []
    for (name_at, data_at), end in zip(offsets, ends):
        name = package[toc + name_at:package.index(b"\0", toc + name_at)].decode("ascii")
        items.append((name, package[toc + data_at:toc + end]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding these items, laid out as ICU's own packager lays it out (names sorted, as ICU looks
    them up by binary search; each item padded to 16 bytes)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    # Offsets count from the table; the items must start on 16-byte boundaries of the whole package.
    first_item = table + len(names)
    first_item += -(len(header) + first_item) % _ALIGNMENT
    name_at, data_at = table, first_item
    entries, body = [], bytearray()
    for name, data in items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGNMENT)
        body += padded
        data_at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += b"\0" * (first_item - len(toc))
    return header + toc + bytes(body)


def _symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol of a shared library, found through binutils (readelf, nm)."""
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    symbols = subprocess.run(["nm", "-D", "-S", str(library)], check=True, capture_output=True, text=True).stdout
    at = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [Rr] " + re.escape(symbol) + "$", symbols, re.MULTILINE)
    if not found or not at:
        raise ValueError(f"{library}: no {symbol} in its read-only data")
    address, offset, _ = (int(value, 16) for value in found.groups())
    start, size = int(at.group(1), 16) - address + offset, int(at.group(2), 16)
    with library.open("rb") as file:
        file.seek(start)
        return file.read(size)


def item_names(library: Path) -> list[str]:
    """The names of the items in an ICU data library, e.g. "icudt73l/coll/zh.res"."""
    symbol = f"icudt{_major_version(library)}_dat"
    return [name for name, _ in read_package(_symbol_bytes(library, symbol))[1]]


def _major_version(library: Path) -> str:
    found = re.match(r"libicudata\.so\.(\d+)$", library.name)
    if not found:
        raise ValueError(f"{library.name} is not ICU's data library")
    return found.group(1)


def trim(source: Path, target: Path) -> tuple[int, int]:
    """Writes to target the data library of source with only the kept items; returns (items before, after)."""
    symbol = f"icudt{_major_version(source)}_dat"
    header, items = read_package(_symbol_bytes(source, symbol))
    kept = [item for item in items if is_kept(item[0])]
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / "package.dat"
        package.write_bytes(write_package(header, kept))
        assembly = Path(work) / "data.S"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        target.parent.mkdir(parents=True, exist_ok=True)
        built = Path(work) / source.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(built),
                        str(assembly)], check=True)
        shutil.copyfile(built, target)
    return len(items), len(kept)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    before, after = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: {after} of {before} items kept")
