"""Go-live import (上线数据导入): typed methods over the platform's /golive API — the templates to download, a
dry run of a filled workbook (every problem by sheet, row, column and reason) and its import with a step-up
token. They run off the GUI thread (TaskRunner) and raise the typed errors of app.services.errors; a refusal
with its problems comes back as an outcome, not an error, so the screen lists the problems either way."""

import os
from dataclasses import dataclass

from app.services import errors
from app.services.api_client import ApiClient
from app.services.language import current_is_chinese

API = "/api/v1/golive"
KIND = "golive_import"  # what DataChanges says changed
UPLOAD_TIMEOUT_SECONDS = 600  # a file of a hundred thousand customers is checked and stored in one request


@dataclass(frozen=True)
class TemplateKind:
    kind: str
    label_zh: str
    label_en: str

    def label(self) -> str:
        return self.label_zh if current_is_chinese() else self.label_en


@dataclass(frozen=True)
class ImportProblem:
    sheet: str
    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class ImportOutcome:
    dry_run: bool
    imported: bool
    totals: dict[str, int]
    problem_count: int
    problems: list[ImportProblem]


class FileUnreadable(errors.ApiError):
    """The chosen file could not be read from disk."""


def _outcome(data: dict, dry_run: bool) -> ImportOutcome:
    problems = [ImportProblem(str(p.get("sheet") or ""), int(p.get("row") or 0), str(p.get("column") or ""),
                              str(p.get("reason") or "")) for p in data.get("problems") or []]
    return ImportOutcome(dry_run, bool(data.get("imported")), dict(data.get("totals") or {}),
                         int(data.get("problem_count") or len(problems)), problems)


class GoliveImport:
    def __init__(self, api: ApiClient):
        self.api = api

    def kinds(self) -> list[TemplateKind]:
        return [TemplateKind(d["kind"], d["label_zh"], d["label_en"]) for d in self.api.request("GET", f"{API}/templates")]

    def save_template(self, kind: str, path: str) -> str:
        content = self.api.request("GET", f"{API}/templates/{kind}", raw=True)
        with open(path, "wb") as handle:
            handle.write(content)
        return path

    def step_up(self, otp_code: str) -> str:
        return self.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": otp_code},
                                idempotent=False)["step_up_token"]

    def try_file(self, path: str, task=None) -> ImportOutcome:
        """The dry run: nothing is stored."""
        return self._send(path, f"{API}/imports/dry-run", {}, True, task)

    def import_file(self, path: str, step_up: str, task=None) -> ImportOutcome:
        """All at once or nothing; a refusal comes back with its problems (imported False)."""
        return self._send(path, f"{API}/imports", {"X-Step-Up-Token": step_up}, False, task)

    def _send(self, path: str, url: str, extra: dict, dry_run: bool, task) -> ImportOutcome:
        if task is not None:
            task.report(0, 3)
        try:
            with open(path, "rb") as handle:
                body = handle.read()
        except OSError as exc:
            raise FileUnreadable(str(exc), code="file_unreadable") from None
        if task is not None:
            task.report(1, 3)  # a cancel before the file is sent stops here: nothing reached the platform
        try:
            data = self._post(url, body, os.path.basename(path), extra)
        except errors.ApiError as error:
            if isinstance(error.body.get("problems"), list):  # refused as a whole, with its problems
                return _outcome(error.body, dry_run)
            raise
        if task is not None:
            task.report(3, 3)
        return _outcome(data, dry_run)

    def _post(self, url: str, body: bytes, filename: str, extra: dict):
        safe_name = filename.encode("ascii", "ignore").decode() or "import.xlsx"
        return self.api.post_bytes(url, body, safe_name, headers=extra, timeout=UPLOAD_TIMEOUT_SECONDS)
