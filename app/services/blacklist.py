"""The blacklist (黑名单): typed methods over the platform's blacklist API — search, add, removal requested by one
person and approved or rejected by another, and the import of a CSV or Excel file (a dry run that lists every bad
line first, then all or nothing). They run off the GUI thread and raise the typed errors of app.services.errors."""

import os

from app.models.after_loan_records import BlacklistEntry, ImportProblem, ImportResult, blacklist_entry
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/loans/blacklist"
KIND = "blacklist"  # what DataChanges says changed
MAX_FILE_BYTES = 5 * 1024 * 1024


class ImportFileUnreadable(errors.ApiError):
    """The chosen file could not be read from disk or is too large to send."""


def _result(data: dict, dry_run: bool) -> ImportResult:
    problems = [ImportProblem(int(p.get("line") or 0), str(p.get("column") or ""), p.get("reason") or "")
                for p in data.get("problems") or []]
    return ImportResult(int(data.get("added") or 0), problems, dry_run)


class Blacklist:
    def __init__(self, api: ApiClient):
        self.api = api

    def search(self, q: str = "", include_removed: bool = False) -> list[BlacklistEntry]:
        params = {"include_removed": "true" if include_removed else "false"} | ({"q": q} if q else {})
        return [blacklist_entry(d) for d in self.api.request("GET", API, params=params)]

    def add(self, kind: str, value: str, reason: str, source: str) -> BlacklistEntry:
        return blacklist_entry(self.api.request("POST", API, json={"kind": kind, "value": value, "reason": reason,
                                                                   "source": source}))

    def request_removal(self, entry_id: int, reason: str) -> BlacklistEntry:
        return blacklist_entry(self.api.request("POST", f"{API}/{entry_id}/removal", json={"reason": reason}))

    def approve_removal(self, entry_id: int, reason: str = "") -> BlacklistEntry:
        body = {"reason": reason} if reason else {}
        return blacklist_entry(self.api.request("POST", f"{API}/{entry_id}/removal/approve", json=body))

    def reject_removal(self, entry_id: int, reason: str) -> BlacklistEntry:
        return blacklist_entry(self.api.request("POST", f"{API}/{entry_id}/removal/reject", json={"reason": reason}))

    def import_file(self, path: str, dry_run: bool) -> ImportResult:
        """Sends the file as it is; a dry run adds nothing and lists every bad line (line, column, reason). A real
        import adds every line or, with any bad line, none."""
        try:
            if os.path.getsize(path) > MAX_FILE_BYTES:
                raise ImportFileUnreadable(code="payload_too_large")
            with open(path, "rb") as handle:
                body = handle.read()
        except OSError as exc:
            raise ImportFileUnreadable(str(exc), code="file_unreadable") from None
        try:
            data = self._raw(body, os.path.basename(path), dry_run)
        except errors.ApiError as error:
            if isinstance(error.body.get("problems"), list):  # refused as a whole, with its lines
                return _result(error.body, dry_run)
            raise
        return _result(data, dry_run)

    def _raw(self, body: bytes, filename: str, dry_run: bool):
        safe_name = filename.encode("ascii", "ignore").decode() or "blacklist.csv"
        if not safe_name.lower().endswith((".csv", ".xlsx")):
            safe_name = "blacklist" + os.path.splitext(filename)[1].lower()
        return self.api.post_bytes(f"{API}/import", body, safe_name,
                                   params={"dry_run": "true" if dry_run else "false"})
