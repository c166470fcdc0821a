"""Withdrawal review (提现审核): typed methods over the platform's /withdrawals API. They run off the GUI
thread (views call them through the task runner).

Approval is sensitive: it takes a step-up token from `step_up(code)` and sends it as `X-Step-Up-Token`
(the server answers 403 `step_up_required` without one). Every decision sends the version the screen
shows; when someone else acted first the server answers 409 and `current_of(error)` is the request as
it is now."""

from app.models.records import Page, parse_time
from app.models.withdrawal_records import (RecentTransfer, WithdrawalDetail, WithdrawalFlag, WithdrawalOutcome,
                                           WithdrawalRow)
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/withdrawals"
STEP_UP_HEADER = "X-Step-Up-Token"


def _row(d: dict) -> WithdrawalRow:
    return WithdrawalRow(d["id"], d["number"], d["request_id"], d["customer_ref"], int(d["amount_fen"]),
                         d["bank_card"], d["state"], d["state_label_zh"], d["state_label_en"],
                         tuple(WithdrawalFlag(f["code"], f["label_zh"], f["label_en"], f["explanation_zh"],
                                              f["explanation_en"]) for f in d["flags"]),
                         bool(d["needs_second_approval"]), parse_time(d.get("requested_at")), d.get("first_approver"),
                         parse_time(d.get("first_approved_at")), d.get("decided_by"), parse_time(d.get("decided_at")),
                         d.get("reject_reason"), d["version"], d.get("customer_name"))


def _transfer(t: dict) -> RecentTransfer:
    return RecentTransfer(t["id"], t["transfer_id"], t["kind"], t["state"], int(t["amount_fen"]),
                          t.get("debit_account") or "", t.get("credit_account") or "", t.get("reference"),
                          parse_time(t.get("created_at")))


def _detail(d: dict) -> WithdrawalDetail:
    b = d["balances"]
    return WithdrawalDetail(_row(d), int(b["available_fen"]), int(b["frozen_fen"]), int(b["balance_fen"]),
                            tuple(_transfer(t) for t in d["recent_transfers"]), tuple(d["allowed_actions"]),
                            bool(d["linked_to_you"]), bool(d["second_approval_if_approved"]),
                            int(d["review_above_fen"]), int(d["second_approval_above_fen"]),
                            d.get("first_approver_display_name"), d.get("decided_by_display_name"))


def _outcome(r: dict) -> WithdrawalOutcome:
    return WithdrawalOutcome(r["id"], r["ok"], r.get("state"), r.get("version"), r.get("code"), r.get("detail"),
                             r.get("params"))


def current_of(error: BaseException) -> WithdrawalRow | None:
    """The request as it is now, from a 409 (someone else acted first), else None."""
    if isinstance(error, errors.Conflict) and isinstance(error.current, dict) and "number" in error.current:
        return _row(error.current)
    return None


class Withdrawals:
    def __init__(self, api: ApiClient):
        self.api = api

    def page(self, filters: dict, sort: str, page: int, page_size: int) -> Page:
        """For the server-paged queue: filters state, flag (lists), customer_ref, amount_min_fen, amount_max_fen."""
        params = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        data = self.api.request("GET", API, params=params | {"sort": sort, "page": page, "page_size": page_size})
        return Page([_row(item) for item in data["items"]], data["total"], data["page"], data["page_size"])

    def counts(self, filters: dict | None = None) -> dict[str, int]:
        params = {k: v for k, v in (filters or {}).items() if k in ("flag", "customer_ref") and v not in (None, "", [])}
        return self.api.request("GET", f"{API}/counts", params=params)

    def detail(self, withdrawal_id: int) -> WithdrawalDetail:
        return _detail(self.api.request("GET", f"{API}/{withdrawal_id}"))

    def step_up(self, code: str) -> str:
        """A fresh one-time code for a short-lived step-up token (the same for every approval in 5 minutes)."""
        data = self.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": code}, idempotent=False)
        return data["step_up_token"]

    def approve(self, withdrawal_id: int, version: int, step_up_token: str) -> WithdrawalDetail:
        return _detail(self.api.request("POST", f"{API}/{withdrawal_id}/approve", json={"version": version},
                                        headers={STEP_UP_HEADER: step_up_token}))

    def reject(self, withdrawal_id: int, version: int, reason: str) -> WithdrawalDetail:
        return _detail(self.api.request("POST", f"{API}/{withdrawal_id}/reject",
                                        json={"version": version, "reason": reason}))

    def batch_approve(self, items: list[tuple[int, int]], step_up_token: str) -> list[WithdrawalOutcome]:
        """Approves (id, version) pairs under one step-up; each is done or refused on its own."""
        data = self.api.request("POST", f"{API}/batch/approve", json={"items": [{"id": i, "version": v} for i, v in items]},
                                headers={STEP_UP_HEADER: step_up_token})
        return [_outcome(r) for r in data]

    def batch_reject(self, items: list[tuple[int, int]], reason: str) -> list[WithdrawalOutcome]:
        data = self.api.request("POST", f"{API}/batch/reject",
                                json={"items": [{"id": i, "version": v} for i, v in items], "reason": reason})
        return [_outcome(r) for r in data]
