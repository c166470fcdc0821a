"""Exporting a server-filtered list as it is shown: every page fetched in the background, with progress
and cancel, written to CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese correctly) or to
an Excel workbook. Both formats share one loop; only the writer differs. Cells are the texts the table
shows (amounts as "¥50,000.00"), never floats. The file appears only when the export is complete: it is
written beside and renamed at the end."""

import csv
import os
from pathlib import Path

EXPORT_PAGE_SIZE = 200


class CsvSheet:
    def __init__(self, path: Path):
        self._handle = open(path, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle)

    def header(self, titles: list[str]) -> None:
        self._writer.writerow(titles)

    def row(self, cells: list[str]) -> None:
        self._writer.writerow(cells)

    def finish(self) -> None:
        self._handle.close()

    def discard(self) -> None:
        self._handle.close()


class XlsxSheet:
    """A write-only workbook (rows stream to a temporary file, so memory stays flat at any size)."""

    def __init__(self, path: Path, title: str = ""):
        from openpyxl import Workbook

        self._path = path
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(_sheet_title(title))

    def header(self, titles: list[str]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        bold = Font(bold=True)
        for number, title in enumerate(titles, start=1):  # before any row: write-only sheets need it first
            self._sheet.column_dimensions[get_column_letter(number)].width = max(10, min(40, len(title) * 2 + 6))
        self._sheet.freeze_panes = "A2"
        cells = []
        for title in titles:
            cell = WriteOnlyCell(self._sheet, value=title)
            cell.font = bold
            cells.append(cell)
        self._sheet.append(cells)

    def row(self, cells: list[str]) -> None:
        self._sheet.append(cells)

    def finish(self) -> None:
        self._book.save(self._path)

    def discard(self) -> None:
        """Removes the temporary file the rows streamed to (openpyxl would otherwise keep it until exit)."""
        self._sheet.close()
        writer = getattr(self._sheet, "_writer", None)  # openpyxl keeps no public way to drop it
        if writer is not None:
            writer.cleanup()


def _sheet_title(title: str) -> str:
    """Excel refuses some characters in a sheet's name and more than 31 of them."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Sheet1"


def export_rows(task, fetch_page, filters: dict, sort: str, columns: list, path: str, open_sheet) -> int:
    """Runs in a task with progress; `open_sheet(partial_path)` gives the writer. Returns the rows written."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    written, page, total = 0, 1, None
    try:
        sheet = open_sheet(partial)
        try:
            sheet.header([column.title for column in columns])
            while total is None or written < total:
                result = fetch_page(filters, sort, page, EXPORT_PAGE_SIZE)
                total = result.total
                if not result.items:
                    break
                for record in result.items:
                    sheet.row([column.text(record) for column in columns])
                written += len(result.items)
                page += 1
                task.report(written, total)  # also where a cancel takes effect
        except BaseException:
            sheet.discard()
            raise
        sheet.finish()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return written


def export_csv(task, fetch_page, filters: dict, sort: str, columns: list, path: str) -> int:
    return export_rows(task, fetch_page, filters, sort, columns, path, CsvSheet)


def export_xlsx(task, fetch_page, filters: dict, sort: str, columns: list, path: str, sheet_title: str = "") -> int:
    return export_rows(task, fetch_page, filters, sort, columns, path, lambda p: XlsxSheet(p, sheet_title))
