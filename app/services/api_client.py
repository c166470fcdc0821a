"""The one HTTP client of the console: requests.Session with timeouts, safe retries, a silent token
refresh, certificate verification (optionally pinned) and typed errors. Runs off the GUI thread only."""

import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter

from app.models.records import (ApplicationFile, ApplicationRow, AuditCheckpoint, AuditRecord, BatchOutcome,
                                ChainCheck, Health,
                                LedgerAccountRow, TransferRow, TrialBalance, Me, Page, PasswordRule,
                                Permission, RevealedBorrower, RoleRef, ScheduleLine, SignInStep, Tokens, checkpoint_record,
                                parse_time)
from app.services import errors
from server import __version__
from app.services.language import current_is_chinese

CONNECT_TIMEOUT, READ_TIMEOUT = 3.05, 30
RETRY_DELAYS = (0.3, 1.0)  # seconds before the second and third attempt
RETRY_STATUSES = {502, 503, 504}


class PinnedAdapter(HTTPAdapter):
    """Refuses a server whose certificate's SHA-256 is not the pinned one (urllib3 checks it on connect)."""

    def __init__(self, fingerprint: str, **kwargs):
        self.fingerprint = fingerprint.replace(":", "").lower()
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["assert_fingerprint"] = self.fingerprint
        return super().init_poolmanager(*args, **kwargs)


def _tokens(data: dict | None) -> Tokens | None:
    if not data:
        return None
    return Tokens(data["access_token"], data["refresh_token"], parse_time(data.get("access_expires_at")),
                  parse_time(data.get("refresh_expires_at")))


def _step(data: dict) -> SignInStep:
    return SignInStep(data["status"], _tokens(data.get("tokens")), data.get("challenge"), data.get("otpauth_uri"))


class ApiClient:
    def __init__(self, base_url: str, ca_bundle: str | None = None, pinned_sha256: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        # Certificates are always verified. Passed with every request: a Session's own `verify` would
        # lose to REQUESTS_CA_BUNDLE from the environment, silently dropping the profile's private CA.
        self.verify = ca_bundle or True
        self.http.headers["User-Agent"] = f"P2PBackOffice/{__version__}"
        if pinned_sha256 and self.base_url.startswith("https://"):
            self.http.mount("https://", PinnedAdapter(pinned_sha256))
        self.tokens: Tokens | None = None
        # The language the server writes its sentences in; None follows the console's. The report command line,
        # which installs no translation, sets the report's own ("zh-CN" or "en").
        self.language: str | None = None
        self.on_tokens: Callable[[Tokens | None], None] | None = None  # e.g. keep the refresh token in the keyring
        self._refresh_lock = threading.Lock()

    # --- transport ---------------------------------------------------------------------------------

    def _send(self, method: str, path: str, *, json=None, params=None, headers=None, auth=True) -> requests.Response:
        replayable = method == "GET" or (headers or {}).get("Idempotency-Key")
        attempts = 1 + (len(RETRY_DELAYS) if replayable else 0)
        for attempt in range(attempts):
            sent = dict(headers or {})
            # The server writes its sentences (refusals, field errors) in the language asked for.
            sent.setdefault("Accept-Language", self.language or ("zh-CN" if current_is_chinese() else "en"))
            if auth and self.tokens:
                sent["Authorization"] = f"Bearer {self.tokens.access_token}"
            try:
                response = self.http.request(method, self.base_url + path, json=json, params=params, headers=sent,
                                             timeout=(CONNECT_TIMEOUT, READ_TIMEOUT), verify=self.verify)
            except requests.exceptions.SSLError as exc:
                raise errors.CertificateRejected(str(exc), code="certificate") from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                if attempt + 1 < attempts:
                    time.sleep(RETRY_DELAYS[attempt])
                    continue
                raise errors.Offline(str(exc), code="offline") from None
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                time.sleep(RETRY_DELAYS[attempt])
                continue
            return response
        raise AssertionError("unreachable")

    def request(self, method: str, path: str, *, json=None, params=None, idempotent: bool | None = None,
                headers: dict | None = None, auth: bool = True, raw: bool = False):
        """Sends one request and returns its JSON (None for 204; the body's bytes with `raw`); raises a
        typed error otherwise. Every state-changing call carries a fresh Idempotency-Key, reused by its
        own retries."""
        headers = dict(headers or {})
        if method != "GET" and idempotent is not False:
            headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        response = self._send(method, path, json=json, params=params, headers=headers, auth=auth)
        if response.status_code == 401 and auth and self.tokens and self._code(response) == "token_invalid":
            self.refresh()
            response = self._send(method, path, json=json, params=params, headers=headers, auth=auth)
        if raw and response.status_code < 400:
            return response.content
        return self._result(response)

    def post_bytes(self, path: str, body: bytes, filename: str, *, params=None, headers: dict | None = None,
                   timeout: float = 120):
        """POSTs a file's bytes as the body (an import): the session's certificates, sign-in and token refresh,
        one Idempotency-Key for the request and its one retry after a refresh, the name in X-Filename (ASCII)."""
        sent = {"Content-Type": "application/octet-stream", "X-Filename": filename,
                "Idempotency-Key": str(uuid.uuid4()),
                "Accept-Language": self.language or ("zh-CN" if current_is_chinese() else "en")} | (headers or {})
        for attempt in range(2):
            if self.tokens:
                sent["Authorization"] = f"Bearer {self.tokens.access_token}"
            try:
                response = self.http.request("POST", f"{self.base_url}{path}", params=params, data=body,
                                             headers=sent, timeout=(CONNECT_TIMEOUT, timeout), verify=self.verify)
            except requests.exceptions.SSLError as exc:
                raise errors.CertificateRejected(str(exc), code="certificate") from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                raise errors.Offline(str(exc), code="offline") from None
            if response.status_code == 401 and attempt == 0 and self.tokens and self._code(response) == "token_invalid":
                self.refresh()
                continue
            return self._result(response)
        raise AssertionError("unreachable")

    @staticmethod
    def _code(response) -> str:
        try:
            return response.json().get("code", "")
        except ValueError:
            return ""

    @staticmethod
    def _result(response):
        if response.status_code == 204:
            return None
        try:
            body = response.json()
        except ValueError:
            body = {"detail": response.text[:200]}
        if response.status_code >= 400:
            raise errors.from_problem(response.status_code, body if isinstance(body, dict) else {})
        return body

    def _set_tokens(self, tokens: Tokens | None) -> None:
        self.tokens = tokens
        if self.on_tokens:
            self.on_tokens(tokens)

    # --- sign-in -----------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, otp_code: str | None) -> SignInStep:
        body = {"username": username, "password": password}
        if otp_code:
            body["otp_code"] = otp_code
        return self._after_step(self.request("POST", "/api/v1/auth/login", json=body, auth=False, idempotent=False))

    def change_password(self, challenge: str, new_password: str) -> SignInStep:
        return self._after_step(self.request("POST", "/api/v1/auth/password", auth=False, idempotent=False,
                                             json={"challenge": challenge, "new_password": new_password}))

    def enroll_totp(self, challenge: str, otp_code: str) -> SignInStep:
        return self._after_step(self.request("POST", "/api/v1/auth/totp/enroll", auth=False, idempotent=False,
                                             json={"challenge": challenge, "otp_code": otp_code}))

    def _after_step(self, data: dict) -> SignInStep:
        step = _step(data)
        if step.tokens:
            self._set_tokens(step.tokens)
        return step

    def resume(self, refresh_token: str) -> Tokens:
        """Starts from a stored refresh token ("stay signed in")."""
        data = self.request("POST", "/api/v1/auth/refresh", json={"refresh_token": refresh_token}, auth=False,
                            idempotent=False)
        tokens = _tokens(data["tokens"])
        self._set_tokens(tokens)
        return tokens

    def refresh(self) -> Tokens:
        """Exchanges the refresh token for new tokens; one at a time, however many requests noticed."""
        stale = self.tokens
        with self._refresh_lock:
            if self.tokens is not stale:  # another thread refreshed while this one waited
                return self.tokens
            if not self.tokens:
                raise errors.SessionEnded("not signed in", code="token_invalid", status=401)
            try:
                return self.resume(self.tokens.refresh_token)
            except errors.ApiError as error:
                if isinstance(error, (errors.Unauthorized, errors.SessionEnded)):
                    self._set_tokens(None)
                    raise errors.SessionEnded(error.detail, code=error.code or "token_invalid", status=401,
                                              body=error.body) from None
                raise

    def sign_out(self) -> None:
        try:
            if self.tokens:
                self.request("POST", "/api/v1/auth/logout", idempotent=False)
        finally:
            self._set_tokens(None)

    def verify_password(self, password: str) -> None:
        self.request("POST", "/api/v1/auth/verify-password", json={"password": password})

    def password_rules(self) -> list[PasswordRule]:
        data = self.request("GET", "/api/v1/auth/password-policy", auth=False)
        return [PasswordRule(r["code"], r["en"], r["zh"]) for r in data["rules"]]

    # --- reading -----------------------------------------------------------------------------------

    def health(self) -> Health:
        try:
            data = self.request("GET", "/api/v1/health", auth=False)
            return Health(data.get("status") == "ok", data.get("version", ""))
        except errors.ServerError as error:
            return Health(False, detail=error.detail)

    def me(self) -> Me:
        data = self.request("GET", "/api/v1/me")
        return Me(data["id"], data["username"], data["display_name"],
                  tuple(RoleRef(r["name"], r["label_zh"], r["label_en"]) for r in data["roles"]),
                  frozenset(data["permissions"]), data["version"])

    def permissions(self) -> list[Permission]:
        return [Permission(**p) for p in self.request("GET", "/api/v1/permissions")]

    def audit_page(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        params = {k: v for k, v in filters.items() if v} | {"sort": sort, "page": page, "page_size": page_size}
        data = self.request("GET", "/api/v1/audit", params=params)
        items = [AuditRecord(r["id"], r["seq"], parse_time(r["at"]), r["actor_name"], r["action"], r["object_type"],
                             r["object_id"], r["before"], r["after"], r["client_addr"], r["request_id"],
                             r.get("object_label"), r.get("actor_label"))
                 for r in data["items"]]
        return Page(items, data["total"], data["page"], data["page_size"])

    def verify_audit(self) -> ChainCheck:
        data = self.request("GET", "/api/v1/audit/verify")
        return ChainCheck(data["ok"], data["checked"], data.get("first_broken_seq"), data.get("reason"))

    def report_cut_off(self) -> tuple[datetime, AuditCheckpoint | None]:
        """When a report's data is read, by the server's clock, and the audit chain's latest checkpoint
        (report.print)."""
        answer = self.request("GET", "/api/v1/reports/cut-off")
        return parse_time(answer["data_as_of"]), checkpoint_record(answer.get("checkpoint"))

    def audit_checkpoint(self) -> AuditCheckpoint | None:
        """The latest checkpoint of the audit chain (None before the first)."""
        latest = self.request("GET", "/api/v1/audit/checkpoint")["latest"]
        return checkpoint_record(latest)

    # --- loans -------------------------------------------------------------------------------------

    @staticmethod
    def _application_row(a: dict) -> ApplicationRow:
        return ApplicationRow(a["id"], a["number"], a["borrower_name"], a["amount_fen"], a["term_months"],
                              a["annual_rate"], a["method"], a["state"], a["risk_score"], a["risk_grade"],
                              parse_time(a["submitted_at"]), a["needs_second_review"], a["version"])

    def loan_queue(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        params = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        data = self.request("GET", "/api/v1/loans/applications",
                            params=params | {"sort": sort, "page": page, "page_size": page_size})
        return Page([self._application_row(a) for a in data["items"]], data["total"], data["page"], data["page_size"])

    def loan_counts(self, scope: str) -> dict[str, int]:
        return self.request("GET", "/api/v1/loans/applications/counts", params={"scope": scope})

    @classmethod
    def _application_file(cls, d: dict) -> ApplicationFile:
        installments = [ScheduleLine(i["number"], i["due_date"], i["principal_fen"], i["interest_fen"],
                                     i["penalty_fen"], i["paid_fen"], i["state"]) for i in d["installments"]]
        return ApplicationFile(cls._application_row(d), d["purpose"], d["borrower"], d["risk"], d["timeline"],
                               installments, d["documents"], d["allowed_actions"], d.get("guarantee", ""),
                               bool(d.get("second_review_if_approved")))

    def loan_file(self, app_id: int, language: str | None = None) -> ApplicationFile:
        """The application's file; its findings and timeline worded in `language` ("zh_CN" or "en": a report's
        own language) or, by default, the console's."""
        headers = {"Accept-Language": "zh-CN" if language == "zh_CN" else "en"} if language else None
        return self._application_file(self.request("GET", f"/api/v1/loans/applications/{app_id}", headers=headers))

    def loan_action(self, app_id: int, action: str, version: int, reason: str | None = None,
                    comment: str | None = None) -> ApplicationFile:
        """A lifecycle transition (approve_first, approve_second, reject, return...); a stale version or
        an action no longer allowed raises Conflict with the application's current state."""
        body = {"version": version, "reason": reason or None, "comment": comment or None}
        return self._application_file(self.request("POST", f"/api/v1/loans/applications/{app_id}/actions/{action}",
                                                   json=body))

    def loan_batch(self, action: str, items: list[tuple[int, int]], reason: str) -> list[BatchOutcome]:
        """Rejects or returns several applications (id, version) with one reason; each succeeds or not."""
        data = self.request("POST", f"/api/v1/loans/applications/batch/{action}",
                            json={"items": [{"id": i, "version": v} for i, v in items], "reason": reason})
        return [BatchOutcome(r["id"], r["ok"], r.get("code"), r.get("detail")) for r in data]

    def loan_override(self, app_id: int, version: int, rule: str, reason: str) -> ApplicationFile:
        return self._application_file(self.request("POST", f"/api/v1/loans/applications/{app_id}/overrides",
                                                   json={"version": version, "rule": rule, "reason": reason}))

    def reveal_borrower(self, borrower_id: int, purpose: str = "review") -> RevealedBorrower:
        """The borrower's personal data in full (pii.view); the server audits every reveal."""
        d = self.request("POST", f"/api/v1/loans/borrowers/{borrower_id}/reveal", json={"purpose": purpose},
                         idempotent=False)
        return RevealedBorrower(d["name"], d["id_number"], d.get("phone"), d.get("bank_card"))

    def document_content(self, document_id: int) -> bytes:
        return self.request("GET", f"/api/v1/loans/documents/{document_id}/content", raw=True)

    def schedule_preview(self, amount_fen: int, term_months: int, annual_rate: str, method: str) -> list[ScheduleLine]:
        data = self.request("POST", "/api/v1/loans/schedule-preview", idempotent=False,
                            json={"amount_fen": amount_fen, "term_months": term_months, "annual_rate": annual_rate,
                                  "method": method})
        return [ScheduleLine(r["number"], r["due_date"], r["principal_fen"], r["interest_fen"]) for r in data["rows"]]

    # --- funds (the ledger) ------------------------------------------------------------------------

    @staticmethod
    def _account(a: dict) -> LedgerAccountRow:
        return LedgerAccountRow(a["id"], a["code"], a["kind"], a["customer_ref"], a["name"], a["balance_fen"],
                                a["spendable_fen"], a["debits_posted_fen"], a["credits_posted_fen"],
                                a["debits_pending_fen"], a["credits_pending_fen"], a.get("customer_name"))

    @staticmethod
    def _transfer(t: dict) -> TransferRow:
        return TransferRow(t["id"], t["transfer_id"], t.get("debit_account") or "", t.get("credit_account") or "",
                           t["amount_fen"], t["kind"], t["state"], t.get("reference"), parse_time(t["created_at"]),
                           t.get("change_fen"), t.get("balance_after_fen"), t.get("debit_customer_name"),
                           t.get("credit_customer_name"))

    def _paged(self, path: str, filters: dict, sort: str, page: int, page_size: int, row) -> Page:
        params = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        data = self.request("GET", path, params=params | {"sort": sort, "page": page, "page_size": page_size})
        return Page([row(item) for item in data["items"]], data["total"], data["page"], data["page_size"])

    def ledger_accounts(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        return self._paged("/api/v1/ledger/accounts", filters, sort, page, page_size, self._account)

    def ledger_transfers(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        return self._paged("/api/v1/ledger/transfers", filters, sort, page, page_size, self._transfer)

    def ledger_statement(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        """An account's posted transfers with the balance after each; `filters` names the account_id."""
        rest = {k: v for k, v in filters.items() if k != "account_id"}
        return self._paged(f"/api/v1/ledger/accounts/{int(filters['account_id'])}/statement", rest, sort, page,
                           page_size, self._transfer)

    def trial_balance(self) -> TrialBalance:
        data = self.request("GET", "/api/v1/ledger/trial-balance", params={"page_size": 200})
        return TrialBalance([self._account(a) for a in data["items"]], data["debits_posted_fen"],
                            data["credits_posted_fen"], data["difference_fen"], data["pending_difference_fen"],
                            data["customer_balances_fen"])
