"""Reconciliation (对账): typed methods over the platform's /reconciliation API. They run off the GUI thread
(views call them through the task runner).

The statement upload streams the file from disk in chunks, as the `file` part of a multipart body whose
`mapping` part carries the column mapping (JSON in UTF-8: Chinese column names arrive as written), reporting
progress through a callback that may raise `Cancelled` to stop it (the task runner's `Task.report` does so once
the user cancels); nothing is stored by a cancelled or refused upload. A refused file raises `StatementRefused`
with every problem the server found; the same file twice raises `StatementDuplicate`. Closing a day and approving an adjusting
entry take a step-up token (`step_up(code)`), sent as `X-Step-Up-Token`."""

import json
import os
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.reconciliation.records import (BalanceCheck, CategoryFigures, ColumnMapping, Day, DayRow, GuessedColumn,
                                               Item, MappingGuess, Proposal, ProposalItem, SideFigures, StatementInfo,
                                               StatementPreview, StatementProblem, StatementProfile)
from app.models.records import Page, parse_time
from app.services import errors
from app.services.api_client import CONNECT_TIMEOUT, ApiClient
from app.services.language import current_is_chinese

API = "/api/v1/reconciliation"
STEP_UP_HEADER = "X-Step-Up-Token"
CHUNK = 256 * 1024
PREVIEW_BYTES = 1024 * 1024  # the server previews a CSV from its first megabyte
WORKBOOK_BYTES = 256 * 1024 * 1024  # a workbook (a zip, read from its end) is previewed whole, up to the import's limit
UPLOAD_READ_TIMEOUT = 600  # the server parses and stores a large file before it answers


class StatementRefused(errors.ValidationFailed):
    """The file was refused whole; `problems` lists every line, column and reason."""

    @property
    def problems(self) -> list[StatementProblem]:
        return [StatementProblem(int(p.get("line") or 0), p.get("column"), str(p.get("code") or ""),
                                 str(p.get("message") or "")) for p in self.body.get("problems") or []]


class StatementDuplicate(errors.Conflict):
    """The same file (or bank serials already imported) was refused."""


class DayClosed(errors.Conflict):
    """The day is closed: it accepts no more changes."""


def typed(error: BaseException) -> BaseException:
    """The reconciliation-specific kind of an API error, by its code."""
    if not isinstance(error, errors.ApiError) or type(error) not in (errors.ValidationFailed, errors.Conflict):
        return error
    kind = {"statement_refused": StatementRefused, "statement_duplicate": StatementDuplicate,
            "day_closed": DayClosed}.get(error.code)
    return kind(error.detail, code=error.code, status=error.status, body=error.body) if kind else error


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _statement(s: dict) -> StatementInfo:
    return StatementInfo(int(s["id"]), _day(s["day"]), s["filename"], s["sha256"], s.get("encoding") or "",
                         s.get("profile"), int(s.get("line_count") or 0), int(s.get("in_fen") or 0),
                         int(s.get("out_fen") or 0),
                         None if s.get("reported_balance_fen") is None else int(s["reported_balance_fen"]),
                         s.get("imported_by") or "", parse_time(s.get("imported_at")),
                         parse_time(s.get("withdrawn_at")), s.get("withdrawn_by"), s.get("withdraw_reason"),
                         s.get("imported_by_name"), s.get("withdrawn_by_name"))


def _figures(d: dict | None) -> SideFigures:
    d = d or {}
    return SideFigures(int(d.get("count") or 0), int(d.get("amount_fen") or 0))


def _day_out(d: dict) -> Day:
    b = d.get("balance") or {}
    balance = BalanceCheck(None if b.get("ledger_customers_fen") is None else int(b["ledger_customers_fen"]),
                           None if b.get("custodian_reported_fen") is None else int(b["custodian_reported_fen"]),
                           None if b.get("difference_fen") is None else int(b["difference_fen"]))
    summary = {category: CategoryFigures(_figures(sides.get("ledger")), _figures(sides.get("bank")))
               for category, sides in (d.get("summary") or {}).items()}
    return Day(_day(d["day"]), d["status"], int(d.get("version") or 0),
               tuple(_statement(s) for s in d.get("statements") or []), parse_time(d.get("run_at")), summary,
               balance, int(d.get("open_count") or 0), int(d.get("pending_proposals") or 0), d.get("closed_by"),
               parse_time(d.get("closed_at")), d.get("closed_by_name"))


def _item(i: dict) -> Item:
    return Item(int(i["id"]), i["side"], i.get("category") or "", i.get("state") or "open", i.get("reference"),
                i.get("serial"), i.get("account") or "", i.get("direction") or "", int(i["amount_fen"]),
                parse_time(i.get("at")), i.get("match_pass"), i.get("group_id"),
                tuple(int(c) for c in i.get("counterpart_ids") or ()), i.get("note"), i.get("line_no"),
                i.get("summary"), _day(i["carried_from_day"]) if i.get("carried_from_day") else None)


def _proposal(p: dict) -> Proposal:
    return Proposal(int(p["id"]), _day(p["day"]), p["state"], int(p["amount_fen"]), p.get("direction") or "",
                    tuple(ProposalItem(x["side"], int(x["id"])) for x in p.get("items") or ()), p.get("reason") or "",
                    p.get("proposed_by") or "", parse_time(p.get("proposed_at")), p.get("decided_by"),
                    parse_time(p.get("decided_at")), p.get("decision_reason"), p.get("transfer_id"),
                    int(p.get("version") or 0), p.get("proposed_by_name"), p.get("decided_by_name"))


class _UploadBody:
    """A multipart/form-data body read in chunks: the `mapping` part (when there is one), then the file from
    disk as the `file` part. It has its length (so the request carries a Content-Length) and reports the file's
    bytes sent after each chunk; the progress callback may raise to cancel."""

    def __init__(self, path: str, mapping: ColumnMapping | None, progress: Callable[[int, int], None] | None):
        self.boundary = f"p2p-statement-{uuid.uuid4().hex}"
        self.file = open(path, "rb")  # noqa: SIM115 - closed by the upload
        self.file_size = os.fstat(self.file.fileno()).st_size
        head = b""
        if mapping is not None:
            head += (f'--{self.boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n'
                     "Content-Type: application/json; charset=utf-8\r\n\r\n").encode()
            head += json.dumps(mapping.as_json(), ensure_ascii=False).encode("utf-8") + b"\r\n"
        # The part's filename is only a marker that this part is a file; the real name is the `filename` parameter.
        suffix = os.path.splitext(path)[1].encode("ascii", "ignore").decode() or ".csv"
        head += (f'--{self.boundary}\r\nContent-Disposition: form-data; name="file"; filename="statement{suffix}"\r\n'
                 "Content-Type: application/octet-stream\r\n\r\n").encode()
        self.head, self.tail = head, f"\r\n--{self.boundary}--\r\n".encode()
        self.sent = 0
        self.progress = progress
        self._reported = -CHUNK
        self._stage = 0   # 0 head, 1 file, 2 tail, 3 done

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self.head) + self.file_size + len(self.tail)

    def read(self, size: int = -1) -> bytes:
        if self._stage == 0:
            self._stage = 1
            return self.head
        if self._stage == 1:
            chunk = self.file.read(CHUNK if size is None or size < 0 else max(size, 1))
            if chunk:
                self.sent += len(chunk)
                if self.progress and (self.sent - self._reported >= CHUNK or self.sent == self.file_size):
                    self._reported = self.sent
                    self.progress(self.sent, self.file_size)
                return chunk
            self._stage = 2
        if self._stage == 2:
            self._stage = 3
            return self.tail
        return b""

    def close(self) -> None:
        self.file.close()


class Reconciliation:
    def __init__(self, api: ApiClient):
        self.api = api

    # --- days --------------------------------------------------------------------------------------

    def days(self, first: date, last: date) -> list[DayRow]:
        data = self.api.request("GET", f"{API}/days", params={"from": first.isoformat(), "to": last.isoformat()})
        return [DayRow(_day(d["day"]), d["status"], int(d.get("statements") or 0), int(d.get("open_count") or 0),
                       int(d.get("open_amount_fen") or 0)) for d in data]

    def day(self, day: date) -> Day:
        return _day_out(self._call("GET", f"{API}/days/{day.isoformat()}"))

    def run(self, day: date) -> Day:
        return _day_out(self._call("POST", f"{API}/days/{day.isoformat()}/run"))

    def close_day(self, day: date, version: int, step_up_token: str) -> Day:
        return _day_out(self._call("POST", f"{API}/days/{day.isoformat()}/close", json={"version": version},
                                   headers={STEP_UP_HEADER: step_up_token}))

    def withdraw_statement(self, day: date, statement_id: int, reason: str, step_up_token: str) -> Day:
        """A finance manager takes back a statement of an open day: its lines and their matches leave the day."""
        return _day_out(self._call("POST", f"{API}/days/{day.isoformat()}/statements/{statement_id}/withdraw",
                                   json={"reason": reason}, headers={STEP_UP_HEADER: step_up_token}))

    def open_differences(self, first: date, last: date) -> int:
        """How many differences wait in the days between `first` and `last`."""
        return sum(d.open_count for d in self.days(first, last) if d.status == "open")

    # --- the lines of either side --------------------------------------------------------------------

    def items(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        """For the server-paged lists: `filters` names the day and side, and may hold category, state, q,
        amount_min_fen and amount_max_fen."""
        day, side = filters["day"], filters["side"]
        params = {k: v for k, v in filters.items() if k not in ("day",) and v not in (None, "", [], ())}
        data = self.api.request("GET", f"{API}/days/{day.isoformat()}/items",
                                params=params | {"side": side, "sort": sort, "page": page, "page_size": page_size})
        return Page([_item(i) for i in data["items"]], data["total"], data["page"], data["page_size"])

    def candidates(self, day: date, side: str, item_id: int) -> list[Item]:
        data = self.api.request("GET", f"{API}/days/{day.isoformat()}/items/{side}/{item_id}/candidates")
        return [_item(i) for i in data]

    def match(self, day: date, ledger_ids: list[int], bank_ids: list[int], note: str = "") -> Day:
        return _day_out(self._call("POST", f"{API}/days/{day.isoformat()}/matches",
                                   json={"ledger_ids": ledger_ids, "bank_ids": bank_ids, "note": note}))

    def mark_timing(self, day: date, items: list[tuple[str, int]], note: str) -> Day:
        return _day_out(self._call("POST", f"{API}/days/{day.isoformat()}/timing",
                                   json={"items": [{"side": s, "id": i} for s, i in items], "note": note}))

    # --- adjusting entries (four eyes) ---------------------------------------------------------------

    def propose(self, day: date, items: list[tuple[str, int]], reason: str) -> Proposal:
        return _proposal(self._call("POST", f"{API}/days/{day.isoformat()}/proposals",
                                    json={"items": [{"side": s, "id": i} for s, i in items], "reason": reason}))

    def proposals(self, day: date | None = None, state: str | None = "pending") -> list[Proposal]:
        params = {k: v for k, v in (("state", state), ("day", day.isoformat() if day else None)) if v}
        return [_proposal(p) for p in self.api.request("GET", f"{API}/proposals", params=params)]

    def approve(self, proposal_id: int, version: int, step_up_token: str) -> Proposal:
        return _proposal(self._call("POST", f"{API}/proposals/{proposal_id}/approve", json={"version": version},
                                    headers={STEP_UP_HEADER: step_up_token}))

    def reject(self, proposal_id: int, version: int, reason: str) -> Proposal:
        return _proposal(self._call("POST", f"{API}/proposals/{proposal_id}/reject",
                                    json={"version": version, "reason": reason}))

    def step_up(self, code: str) -> str:
        """A fresh one-time code for a short-lived step-up token."""
        data = self.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": code}, idempotent=False)
        return data["step_up_token"]

    # --- statements ----------------------------------------------------------------------------------

    def profiles(self) -> list[StatementProfile]:
        return [StatementProfile(p["name"], bool(p.get("builtin")), ColumnMapping.from_json(p.get("mapping") or {}))
                for p in self.api.request("GET", f"{API}/profiles")]

    def save_profile(self, name: str, mapping: ColumnMapping) -> StatementProfile:
        from urllib.parse import quote

        p = self._call("PUT", f"{API}/profiles/{quote(name, safe='')}", json={"mapping": mapping.as_json()})
        return StatementProfile(p["name"], bool(p.get("builtin")), ColumnMapping.from_json(p.get("mapping") or {}))

    def preview(self, path: str, encoding: str | None = None) -> StatementPreview:
        """The first lines of a file as the server reads them, with the encoding it detected (or was told), the
        built-in layout that fits and the mapping guessed from the header's words."""
        with open(path, "rb") as file:
            head = file.read(PREVIEW_BYTES)
            if head.startswith(b"PK"):   # a workbook: its directory is at the end, so all of it
                head += file.read(WORKBOOK_BYTES - len(head))
        params = {"filename": os.path.basename(path)} | ({"encoding": encoding} if encoding else {})
        d = self._raw("POST", f"{API}/statements/preview", head, params, {})
        g = d.get("mapping_guess")
        guess = None if not g else MappingGuess(
            tuple(GuessedColumn(f["field"], f["column"], f.get("certainty") or "exact") for f in g.get("fields") or ()),
            tuple(g.get("missing") or ()))
        return StatementPreview(d["encoding"], tuple(d.get("encodings_possible") or ()),
                                tuple(tuple("" if c is None else str(c) for c in row) for row in d.get("rows") or ()),
                                d.get("header_line"), d.get("profile_guess"), guess)

    def import_statement(self, day: date, path: str, *, encoding: str | None = None, profile: str | None = None,
                         mapping: ColumnMapping | None = None,
                         progress: Callable[[int, int], None] | None = None) -> StatementInfo:
        """Uploads the file for `day`; raises StatementRefused (with every problem), StatementDuplicate or
        DayClosed, or whatever `progress` raised to cancel."""
        params = {"filename": os.path.basename(path)}
        params |= {k: v for k, v in (("encoding", encoding), ("profile", profile)) if v}
        return _statement(self._raw("POST", f"{API}/days/{day.isoformat()}/statements",
                                    lambda: _UploadBody(path, mapping, progress), params, {}))

    # --- transport -----------------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs):
        try:
            return self.api.request(method, path, **kwargs)
        except errors.ApiError as error:
            raise typed(error) from None

    def _raw(self, method: str, path: str, body, params: dict, headers: dict):
        """Sends a raw body (bytes, or a function making a fresh _UploadBody per attempt) through the session's
        connection: the same certificates, sign-in and token refresh as every other call, with a retry-safe key."""
        import requests

        api = self.api
        headers = {"Content-Type": "application/octet-stream", "Idempotency-Key": str(uuid.uuid4())} | headers
        for attempt in range(2):
            sent = dict(headers)
            # As every other call: the server writes the file's problems in the user's language.
            sent.setdefault("Accept-Language", "zh-CN" if current_is_chinese() else "en")
            if api.tokens:
                sent["Authorization"] = f"Bearer {api.tokens.access_token}"
            data = body() if callable(body) else body
            if isinstance(data, _UploadBody):
                sent["Content-Type"] = data.content_type
            try:
                response = api.http.request(method, api.base_url + path, params=params, data=data, headers=sent,
                                            timeout=(CONNECT_TIMEOUT, UPLOAD_READ_TIMEOUT), verify=api.verify)
            except requests.exceptions.SSLError as exc:
                raise errors.CertificateRejected(str(exc), code="certificate") from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                raise errors.Offline(str(exc), code="offline") from None
            finally:
                if isinstance(data, _UploadBody):
                    data.close()
            if response.status_code == 401 and attempt == 0 and api.tokens and api._code(response) == "token_invalid":
                api.refresh()
                continue
            try:
                return api._result(response)
            except errors.ApiError as error:
                raise typed(error) from None
        raise AssertionError("unreachable")


# --- what an error means here, in one sentence --------------------------------------------------------

_SENTENCES = {
    "day_closed": QT_TRANSLATE_NOOP("Reconciliation", "This day is closed: it accepts no more changes. The screen now "
                                                      "shows the day as it is."),
    "stale_version": QT_TRANSLATE_NOOP("Reconciliation", "Someone else changed this first; the screen now shows the "
                                                         "current state."),
    "day_not_reconciled": QT_TRANSLATE_NOOP("Reconciliation", "The day cannot be closed while differences are open "
                                                              "or adjustments wait for approval."),
    "statement_duplicate": QT_TRANSLATE_NOOP("Reconciliation", "This statement was imported before (the same file, or "
                                                               "bank serial numbers already imported); nothing was "
                                                               "stored."),
    "statement_refused": QT_TRANSLATE_NOOP("Reconciliation", "The file was refused; nothing was stored. The table "
                                                             "lists every problem found."),
    "amounts_differ": QT_TRANSLATE_NOOP("Reconciliation", "The selected lines do not add up to the same amount, so "
                                                          "they cannot be matched."),
    "direction_differs": QT_TRANSLATE_NOOP("Reconciliation", "Money in and money out cannot be matched with each "
                                                             "other."),
    "match_shape": QT_TRANSLATE_NOOP("Reconciliation", "Match one ledger line with several bank lines, or several "
                                                       "ledger lines with one bank line, not many with many."),
    "item_not_open": QT_TRANSLATE_NOOP("Reconciliation", "A selected line is no longer open: someone else dealt with "
                                                         "it first. The lists now show the current state."),
    "nothing_to_adjust": QT_TRANSLATE_NOOP("Reconciliation", "The selected lines balance each other: match them "
                                                             "instead of adjusting."),
    "statement_in_use": QT_TRANSLATE_NOOP("Reconciliation", "A line of this statement is in an adjusting entry; "
                                                            "have the proposal rejected first (an approved one "
                                                            "cannot be undone)."),
    "statement_not_found": QT_TRANSLATE_NOOP("Reconciliation", "This statement is not one of the day's."),
    "statement_missing": QT_TRANSLATE_NOOP("Reconciliation", "No statement has been imported for this day yet; "
                                                             "import it before running the matching."),
    "statement_empty": QT_TRANSLATE_NOOP("Reconciliation", "The file is empty; nothing was stored."),
    "mapping_invalid": QT_TRANSLATE_NOOP("Reconciliation", "The column mapping is not complete or not valid."),
    "four_eyes": QT_TRANSLATE_NOOP("Reconciliation", "You proposed this adjustment; another manager must decide it."),
    "invalid_transition": QT_TRANSLATE_NOOP("Reconciliation", "This is no longer possible: someone else acted first. "
                                                              "The screen now shows the current state."),
}

# The codes of a refused statement's problems, as sentences (the server's own message is the fallback).
PROBLEM_SENTENCES = {
    "empty_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is empty."),
    "not_a_statement": QT_TRANSLATE_NOOP("Reconciliation", "The file is not a statement that can be read (a CSV file "
                                                           "or an .xlsx workbook)."),
    "undecodable": QT_TRANSLATE_NOOP("Reconciliation", "The line holds bytes that are not text in the chosen "
                                                       "encoding; choose another encoding."),
    "mixed_encoding": QT_TRANSLATE_NOOP("Reconciliation", "This line is in another encoding than the rest of the "
                                                          "file (UTF-8 inside a GBK file); save the file again in "
                                                          "one encoding."),
    "garbled_text": QT_TRANSLATE_NOOP("Reconciliation", "The field holds garbled characters (bytes of another "
                                                        "encoding read wrongly); check the file's encoding."),
    "nul_character": QT_TRANSLATE_NOOP("Reconciliation", "The field holds a NUL byte: the file is damaged or is "
                                                         "not a text statement."),
    "image_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is an image, not a bank statement. Choose the "
                                                      "statement file the bank sent (CSV or .xlsx)."),
    "pdf_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is a PDF document, not a bank statement. Ask the bank "
                                                    "for the statement as CSV or .xlsx."),
    "archive_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is a zip archive or another Office document, not "
                                                        "a bank statement. Unpack it, or choose the statement file "
                                                        "(CSV or .xlsx)."),
    "executable_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is a program, not a bank statement. Do not "
                                                           "open it; choose the statement file (CSV or .xlsx)."),
    "old_excel_file": QT_TRANSLATE_NOOP("Reconciliation", "The file is an old Excel .xls workbook; save it as .xlsx "
                                                          "or CSV in Excel and import that."),
    "no_header": QT_TRANSLATE_NOOP("Reconciliation", "No column header line was found."),
    "missing_column": QT_TRANSLATE_NOOP("Reconciliation", "The header line lacks a column the mapping needs."),
    "duplicate_column": QT_TRANSLATE_NOOP("Reconciliation", "Two header columns have the same name."),
    "wrong_column_count": QT_TRANSLATE_NOOP("Reconciliation", "The line has another number of fields than the "
                                                              "header line."),
    "missing_value": QT_TRANSLATE_NOOP("Reconciliation", "A required field is empty."),
    "bad_amount": QT_TRANSLATE_NOOP("Reconciliation", "The amount is not a number."),
    "too_many_decimals": QT_TRANSLATE_NOOP("Reconciliation", "The amount has more than two decimal places."),
    "zero_amount": QT_TRANSLATE_NOOP("Reconciliation", "The amount is zero; every line must move money."),
    "amount_too_large": QT_TRANSLATE_NOOP("Reconciliation", "The amount is too large."),
    "both_debit_and_credit": QT_TRANSLATE_NOOP("Reconciliation", "Both the debit and the credit column hold an "
                                                                 "amount."),
    "negative_amount": QT_TRANSLATE_NOOP("Reconciliation", "The amount is negative where the layout expects a "
                                                           "positive one."),
    "unknown_direction": QT_TRANSLATE_NOOP("Reconciliation", "The direction is not one the mapping knows (money in "
                                                             "or out)."),
    "bad_date": QT_TRANSLATE_NOOP("Reconciliation", "The date (or date and time) is not a valid date."),
    "bad_time": QT_TRANSLATE_NOOP("Reconciliation", "The time is not a valid time of day."),
    "outside_day": QT_TRANSLATE_NOOP("Reconciliation", "The line is dated outside the day the statement is imported "
                                                       "for (only the night's postings just after midnight are "
                                                       "accepted); import the file for the day it belongs to."),
    "duplicate_serial_in_file": QT_TRANSLATE_NOOP("Reconciliation", "The same bank serial number appears twice in "
                                                                    "the file."),
    "totals_mismatch": QT_TRANSLATE_NOOP("Reconciliation", "The file's totals line disagrees with its lines."),
    "data_after_totals": QT_TRANSLATE_NOOP("Reconciliation", "Lines follow the totals line."),
    "no_lines": QT_TRANSLATE_NOOP("Reconciliation", "The file has a header but no statement lines."),
}


def explain(error: BaseException) -> str:
    """One sentence for a reconciliation error, in the user's language."""
    from app.services.messages import describe

    code = getattr(error, "code", "")
    if code in _SENTENCES:
        return QCoreApplication.translate("Reconciliation", _SENTENCES[code])
    return describe(error)


def problem_sentence(problem: StatementProblem) -> str:
    """What this kind of problem means and what to do, in the user's language (by the problem's code)."""
    if problem.code in PROBLEM_SENTENCES:
        return QCoreApplication.translate("Reconciliation", PROBLEM_SENTENCES[problem.code])
    return problem.message or QCoreApplication.translate("Reconciliation", "The file has a problem here.")


def problem_detail(problem: StatementProblem) -> str:
    """The server's own sentence for this problem (the value, the line it repeats ...), which it writes in the
    language the console asked for; the general sentence when it sent none."""
    return problem.message or problem_sentence(problem)


def problem_tooltip(problem: StatementProblem) -> str:
    """The problem's sentence and, below it, what this kind of problem means."""
    general = problem_sentence(problem)
    return problem.message if not problem.message or general == problem.message else f"{problem.message}\n{general}"
