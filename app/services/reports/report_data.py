"""What reports read from the platform API, page by page, off the GUI thread.

Each method returns plain records for a report's pure `render(data, meta)`; long lists are read in pages so
the generator can report progress and stop between pages when the user cancels.
"""

from collections.abc import Callable, Iterator
from datetime import date, timedelta

from app.models.records import ApplicationFile, AuditCheckpoint, ChainCheck, RevealedBorrower, parse_time
from app.services import clock, errors
from app.services.api_client import ApiClient

API = "/api/v1"
PAGE_SIZE = 200
# An application in these states will never be paid out, so it has no repayment schedule.
REFUSED_STATES = ("rejected", "returned", "withdrawn", "expired")
DIFFERENCE_CATEGORIES = ("amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate")

PageHook = Callable[[int, int], None]  # (pages read, pages in all), called after every page


def day_bounds_utc(first: date, last: date) -> tuple[str, str]:
    """Local (Asia/Shanghai) days from the start of `first` to the start of the day after `last`, in UTC."""
    start, end = clock.day_start_utc(first), clock.day_start_utc(last + timedelta(days=1))
    return start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")


class ReportData:
    def __init__(self, api: ApiClient, language: str | None = None):
        self.api = api
        # The report's language ("zh_CN" or "en"), which may differ from the console's: what the server words
        # for a report (risk findings, who acted) is asked for in it.
        self.language = language

    def _pages(self, path: str, params: dict, on_page: PageHook | None = None) -> Iterator[dict]:
        page = 1
        while True:
            data = self.api.request("GET", path, params=params | {"page": page, "page_size": PAGE_SIZE})
            yield from data["items"]
            pages = max(1, -(-int(data["total"]) // PAGE_SIZE))
            if on_page:
                on_page(page, pages)
            if page >= pages or not data["items"]:
                return
            page += 1

    # --- loans -------------------------------------------------------------------------------------

    def application_id(self, value: str) -> int:
        """An application's id from what the user typed: its id, or its number (LN...)."""
        value = value.strip()
        if value.isdigit():
            return int(value)
        found = self.api.request("GET", f"{API}/loans/applications", params={"q": value, "page_size": 20})
        for item in found["items"]:
            if item["number"].upper() == value.upper():
                return int(item["id"])
        raise errors.NotFound(f"No application numbered {value}.", code="application_not_found", status=404)

    def application(self, value: str) -> ApplicationFile:
        return self.api.loan_file(self.application_id(value), self.language)

    def revealed_borrower(self, borrower_id: int, report: str) -> RevealedBorrower:
        """The borrower's personal data in full, for a printer holding pii.view (the server audits it)."""
        return self.api.reveal_borrower(borrower_id, purpose=f"report:{report}")

    def schedule_rows(self, file: ApplicationFile) -> list[dict]:
        """The loan's installments; before disbursement, the proposed schedule the server computes. A refused
        application (rejected, returned, withdrawn, failed to fund) will never be repaid: it has no schedule, and
        printing one would read as an offer."""
        if file.row.state in REFUSED_STATES:
            from app.services.reports.labels import ui_text

            message = ui_text("This application was refused or ended: it has no repayment schedule.")
            raise errors.ValidationFailed(message, code="no_schedule", status=422,
                                          body={"errors": [{"field": "loan", "message": message}]})
        if file.installments:
            return [{"number": i.number, "due_date": i.due_date, "principal_fen": i.principal_fen,
                     "interest_fen": i.interest_fen, "penalty_fen": i.penalty_fen, "paid_fen": i.paid_fen,
                     "state": i.state} for i in file.installments]
        lines = self.api.schedule_preview(file.row.amount_fen, file.row.term_months, file.row.annual_rate,
                                          file.row.method)
        return [{"number": i.number, "due_date": i.due_date, "principal_fen": i.principal_fen,
                 "interest_fen": i.interest_fen, "penalty_fen": 0, "paid_fen": 0, "state": ""} for i in lines]

    # --- reconciliation ----------------------------------------------------------------------------

    def reconciliation_day(self, day: str) -> dict:
        return self.api.request("GET", f"{API}/reconciliation/days/{day}")

    def reconciliation_differences(self, day: str, on_page: PageHook | None = None) -> list[dict]:
        """Every item of the day that the automatic passes did not match, on either side, with its state
        (open, matched by hand, timing, adjustment proposed or posted): the differences and their resolution."""
        found = []
        for side in ("ledger", "bank"):
            for category in DIFFERENCE_CATEGORIES:
                found.extend(self._pages(f"{API}/reconciliation/days/{day}/items",
                                         {"side": side, "category": category, "sort": "at"}, on_page))
        return found

    # --- withdrawals, the monthly figures, staff (server/reports) -----------------------------------

    def withdrawal_reviews(self, day: str, decision: str) -> dict:
        return self.api.request("GET", f"{API}/reports/withdrawal-reviews", params={"day": day, "decision": decision})

    def monthly_operations(self, month: str) -> dict:
        return self.api.request("GET", f"{API}/reports/monthly-operations", params={"month": month})

    def staff_permissions(self, state: str) -> dict:
        return self.api.request("GET", f"{API}/reports/staff-permissions", params={"state": state})

    # --- audit -------------------------------------------------------------------------------------

    def audit_records(self, first: date, last: date, filters: dict, on_page: PageHook | None = None) -> list:
        since, until = day_bounds_utc(first, last)
        params = {k: v for k, v in filters.items() if v} | {"since": since, "until": until, "sort": "seq"}
        return [dict(r, at=parse_time(r["at"])) for r in self._pages(f"{API}/audit", params, on_page)]

    def audit_chain(self) -> ChainCheck:
        return self.api.verify_audit()

    def audit_checkpoint(self) -> AuditCheckpoint | None:
        """The audit chain's latest checkpoint; None before the first or for a user without audit.read."""
        try:
            return self.api.audit_checkpoint()
        except errors.Forbidden:
            return None

    def cut_off(self):
        """(the moment the data is read, by the server's clock; the audit chain's latest checkpoint or None),
        printed on every report's last page."""
        return self.api.report_cut_off()

    # --- the print record --------------------------------------------------------------------------

    def record_print(self, report: str, parameters: dict[str, str], action: str, language: str) -> dict:
        """Records on the server that `report` was generated, printed or saved (report.print and the report's
        area permission; the server refuses and audits nothing otherwise)."""
        return self.api.request("POST", f"{API}/reports/prints",
                                json={"report": report, "parameters": parameters, "action": action,
                                      "language": language})
