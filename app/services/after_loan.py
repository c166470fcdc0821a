"""After-loan management (贷后管理): typed methods over the platform's after-loan API — listings and their
disbursement, repayments due, overdue loans by bucket, collection (collector, contacts, promises), and the
proposals to compensate from the risk reserve or write off, approved by a finance manager. They run off the GUI
thread (views call them through the task runner) and raise the typed errors of app.services.errors.

Disbursing and approving a proposal are sensitive: they take a step-up token from `step_up(code)`, sent as
`X-Step-Up-Token`."""

from app.models.after_loan_records import (Collection, Collector, Listing, OverdueBoard, Proposal, RepaymentDue,
                                           collection, listing, overdue_board, proposal, repayment)
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/loans"
STEP_UP_HEADER = "X-Step-Up-Token"
KIND = "after_loan"  # what DataChanges says changed (besides "loan_application")


class AfterLoanError(errors.ApiError):
    """A refusal of an after-loan operation, in the server's words (describe() reads it)."""


class AfterLoan:
    def __init__(self, api: ApiClient):
        self.api = api

    # --- listings ----------------------------------------------------------------------------------

    def listings(self) -> list[Listing]:
        return [listing(d) for d in self.api.request("GET", f"{API}/listings")]

    def _version(self, app_id: int) -> int:
        return self.api.loan_file(app_id).row.version

    def act(self, app_id: int, action: str, reason: str | None = None, step_up_token: str | None = None):
        """A lifecycle action on a loan (list, disburse, expire) with the version the platform has now."""
        body = {"version": self._version(app_id), "reason": reason, "comment": ""}
        headers = {STEP_UP_HEADER: step_up_token} if step_up_token else None
        return self.api.request("POST", f"{API}/applications/{app_id}/actions/{action}", json=body, headers=headers)

    def disburse(self, app_id: int, step_up_token: str):
        return self.act(app_id, "disburse", step_up_token=step_up_token)

    def release(self, app_id: int, reason: str):
        """Ends the funding by hand: the investors' frozen money is theirs again."""
        return self.act(app_id, "expire", reason=reason)

    def step_up(self, code: str) -> str:
        data = self.api.request("POST", "/api/v1/auth/step-up", json={"otp_code": code}, idempotent=False)
        return data["step_up_token"]

    # --- repayments and overdue --------------------------------------------------------------------

    def repayments(self, window: str = "today") -> list[RepaymentDue]:
        return [repayment(d) for d in self.api.request("GET", f"{API}/repayments", params={"window": window})]

    def overdue(self, bucket: str | None = None, mine: bool = False) -> OverdueBoard:
        params = {"mine": "true" if mine else "false"} | ({"bucket": bucket} if bucket else {})
        return overdue_board(self.api.request("GET", f"{API}/overdue", params=params))

    # --- collection --------------------------------------------------------------------------------

    def collection(self, app_id: int) -> Collection:
        return collection(self.api.request("GET", f"{API}/applications/{app_id}/collection"))

    def assign(self, app_id: int, collector: str) -> None:
        self.api.request("POST", f"{API}/applications/{app_id}/collection/assignment", json={"collector": collector})

    def reveal_phone(self, app_id: int) -> str | None:
        """The borrower's phone in full, to call about this loan; the platform audits every reveal."""
        return self.api.request("POST", f"{API}/applications/{app_id}/collection/phone").get("phone")

    def record_contact(self, app_id: int, outcome: str, note: str, promised_date=None, promised_amount_fen=None,
                       next_action_date=None) -> None:
        body = {"outcome": outcome, "note": note}
        if promised_date is not None:
            body["promised_date"] = promised_date.isoformat()
        if promised_amount_fen is not None:
            body["promised_amount_fen"] = int(promised_amount_fen)
        if next_action_date is not None:
            body["next_action_date"] = next_action_date.isoformat()
        self.api.request("POST", f"{API}/applications/{app_id}/collection/contacts", json=body)

    def collectors(self) -> list[Collector]:
        """The staff who may collect, for the collector picker: the platform's list of collectors where it has
        one, else the reviewers of the team's workload (the picker also takes a user name typed in)."""
        try:
            data = self.api.request("GET", f"{API}/collectors")
        except (errors.NotFound, errors.Forbidden):
            try:
                data = [d for d in self.api.request("GET", f"{API}/workload") if d.get("username")]
            except (errors.NotFound, errors.Forbidden):
                data = []
        if isinstance(data, dict):
            data = data.get("items") or []
        return [Collector(d["username"], d.get("display_name") or d["username"]) for d in data]

    # --- compensation and write-off ----------------------------------------------------------------

    def propose(self, app_id: int, kind: str, reason: str) -> Proposal:
        path = "compensation" if kind == "compensation" else "write-off"
        return proposal(self.api.request("POST", f"{API}/applications/{app_id}/{path}", json={"reason": reason}))

    def proposals(self, kind: str | None = None, state: str | None = None) -> list[Proposal]:
        params = {k: v for k, v in (("kind", kind), ("state", state)) if v}
        return [proposal(d) for d in self.api.request("GET", f"{API}/proposals", params=params)]

    def approve(self, proposal_id: int, step_up_token: str) -> Proposal:
        return proposal(self.api.request("POST", f"{API}/proposals/{proposal_id}/approve", json={},
                                         headers={STEP_UP_HEADER: step_up_token}))

    def reject(self, proposal_id: int, reason: str) -> Proposal:
        return proposal(self.api.request("POST", f"{API}/proposals/{proposal_id}/reject", json={"reason": reason}))
