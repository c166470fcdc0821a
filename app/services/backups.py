"""The record of backups (read-only): the daily job's and the command line's runs, newest first."""

from app.models.backup_records import BackupRun
from app.models.records import Page
from app.services.api_client import ApiClient

API = "/api/v1"


class Backups:
    def __init__(self, api: ApiClient):
        self.api = api

    def runs(self, page: int = 1, page_size: int = 50) -> Page:
        data = self.api.request("GET", f"{API}/backups/runs", params={"page": page, "page_size": page_size})
        return Page([BackupRun.from_wire(r) for r in data["items"]], data["total"], data["page"], data["page_size"])
