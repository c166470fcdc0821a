"""Exporting a server-filtered list as it is shown: every page fetched in the background, with progress
and cancel, written to CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese correctly).
The file appears only when the export is complete: it is written beside and renamed at the end."""

import csv
import os
from pathlib import Path

EXPORT_PAGE_SIZE = 200


def export_csv(task, fetch_page, filters: dict, sort: str, columns: list, path: str) -> int:
    """Runs in a task with progress; returns the number of rows written."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    written, page, total = 0, 1, None
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([column.title for column in columns])
            while total is None or written < total:
                result = fetch_page(filters, sort, page, EXPORT_PAGE_SIZE)
                total = result.total
                if not result.items:
                    break
                for record in result.items:
                    writer.writerow([column.text(record) for column in columns])
                written += len(result.items)
                page += 1
                task.report(written, total)  # also where a cancel takes effect
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return written
