"""Customers (客户) and customer service: typed methods over the platform's /customers, /phone-changes and
/notifications/outbox API. They run off the GUI thread (views call them through the task runner) and raise
the typed errors of app.services.errors (a refusal carries the server's sentence).

Lock and unlock send the version the view shows; when someone else changed the customer first the server
answers 409 (errors.Conflict) and the view reloads. A reveal asks for a reason and is recorded by the server."""

from datetime import date

from app.models.customer_records import (BankCard, BlacklistHit, CustomerDetail, CustomerSummary, CustomerTransfer,
                                         CustomerWithdrawal, Installment, Investment, Loan, Note, OutboxMessage,
                                         PasswordReset, PhoneChange, Revealed, SearchResult, Security, TransferPage)
from app.models.records import parse_time
from app.services import errors
from app.services.api_client import ApiClient

API = "/api/v1/customers"


def _int(value, default: int = 0) -> int:
    return int(value) if value is not None else default


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def summary(d: dict) -> CustomerSummary:
    return CustomerSummary(int(d["id"]), d["number"], d["side"], d["kind"], d.get("name") or "", d.get("phone"),
                           d.get("id_number"), bool(d.get("verified")), bool(d.get("login_locked")),
                           bool(d.get("blacklisted")))


def detail(d: dict) -> CustomerDetail:
    s = d.get("security") or {}
    b = d.get("balances") or {}
    return CustomerDetail(
        summary(d), d.get("email"), _day(d.get("birth_date")), d.get("employer"), d.get("monthly_income_fen"),
        d.get("legal_representative"), d.get("registered_capital_fen"), parse_time(d.get("verified_at")),
        parse_time(d.get("created_at")), _int(d.get("version")),
        tuple(BankCard(int(c["id"]), c.get("bank") or "", c.get("card") or "", bool(c.get("is_default")),
                       parse_time(c.get("added_at"))) for c in d.get("cards") or ()),
        _int(b.get("available_fen")), _int(b.get("frozen_fen")),
        Security(bool(s.get("login_locked", d.get("login_locked"))), s.get("locked_reason"),
                 parse_time(s.get("locked_at")), s.get("locked_by_name"), parse_time(s.get("last_sign_in_at")),
                 bool(s.get("login_password_set")), bool(s.get("withdrawal_password_set")),
                 _int(s.get("withdrawal_failures")), parse_time(s.get("withdrawals_locked_until"))),
        tuple(BlacklistHit(_int(h.get("entry_id")), h.get("kind") or "", h.get("reason") or "", h.get("source") or "",
                           parse_time(h.get("added_at"))) for h in d.get("blacklist_hits") or ()),
        {k: _int(v) for k, v in (d.get("counts") or {}).items()}, d.get("related_party") or None)


def _transfer(t: dict) -> CustomerTransfer:
    return CustomerTransfer(int(t["id"]), t.get("kind") or "", int(t["amount_fen"]), t.get("direction") or "in",
                            t.get("account") or "", parse_time(t.get("at")), t.get("reference"),
                            t.get("application_number"), t.get("transfer_id"))


def _investment(i: dict) -> Investment:
    return Investment(int(i["application_id"]), i["application_number"], int(i["amount_fen"]), i.get("state") or "",
                      parse_time(i.get("created_at")), str(i.get("annual_rate") or "0"), _int(i.get("term_months")),
                      _int(i.get("expected_interest_fen")), _int(i.get("received_fen")), i.get("loan_state"))


def _installment(i: dict) -> Installment:
    return Installment(int(i["number"]), _day(i.get("due_date")), _int(i.get("principal_fen")),
                       _int(i.get("interest_fen")), _int(i.get("penalty_fen")), _int(i.get("paid_fen")),
                       parse_time(i.get("paid_at")), i.get("state") or "")


def _loan(x: dict) -> Loan:
    return Loan(int(x["id"]), x["number"], x.get("state") or "", int(x["amount_fen"]), _int(x.get("term_months")),
                str(x.get("annual_rate") or "0"), x.get("method") or "", parse_time(x.get("disbursed_at")),
                _int(x.get("outstanding_principal_fen")), _int(x.get("overdue_fen")), _int(x.get("overdue_days")),
                x.get("bucket"), tuple(_installment(i) for i in x.get("installments") or ()))


def _withdrawal(w: dict) -> CustomerWithdrawal:
    return CustomerWithdrawal(int(w["id"]), w["number"], int(w["amount_fen"]), w.get("state") or "",
                              parse_time(w.get("requested_at")), parse_time(w.get("decided_at")),
                              w.get("decided_by_name"), w.get("reason"))


def _note(n: dict) -> Note:
    return Note(int(n["id"]), parse_time(n.get("at")), n.get("author_name") or "", n.get("text") or "")


def phone_change(p: dict) -> PhoneChange:
    return PhoneChange(int(p["id"]), int(p["customer_id"]), p.get("customer_number") or "",
                       p.get("customer_name") or "", p.get("new_phone") or "", p.get("reason") or "",
                       p.get("requested_by_name") or "", parse_time(p.get("requested_at")), p.get("state") or "",
                       p.get("decided_by_name"), parse_time(p.get("decided_at")), p.get("decision_reason"))


def _outbox(m: dict) -> OutboxMessage:
    return OutboxMessage(int(m["id"]), m.get("channel") or "", m.get("to") or "", m.get("text") or "",
                         m.get("state") or "", _int(m.get("attempts")), parse_time(m.get("created_at")),
                         parse_time(m.get("sent_at")))


def _items(data) -> list:
    """A list answer, or the list inside {"items": [...]} (the server may add paging later)."""
    return data.get("items", []) if isinstance(data, dict) else list(data or [])


class Customers:
    def __init__(self, api: ApiClient):
        self.api = api

    # --- reading -----------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> SearchResult:
        """By number (IV…/BR…, an application LN… or withdrawal WD… gives its customer), phone, ID or licence
        number, bank card (exact) or name (by its beginning)."""
        data = self.api.request("GET", API, params={"q": text.strip(), "limit": limit})
        return SearchResult(data.get("match") or "none", tuple(summary(item) for item in data.get("items") or ()))

    def detail(self, customer_id: int) -> CustomerDetail:
        return detail(self.api.request("GET", f"{API}/{customer_id}"))

    def transfers(self, customer_id: int, limit: int = 50, offset: int = 0) -> TransferPage:
        data = self.api.request("GET", f"{API}/{customer_id}/transfers", params={"limit": limit, "offset": offset})
        return TransferPage(_int(data.get("total")), tuple(_transfer(t) for t in data.get("items") or ()))

    def investments(self, customer_id: int) -> list[Investment]:
        return [_investment(i) for i in _items(self.api.request("GET", f"{API}/{customer_id}/investments"))]

    def loans(self, customer_id: int) -> list[Loan]:
        return [_loan(x) for x in _items(self.api.request("GET", f"{API}/{customer_id}/loans"))]

    def withdrawals(self, customer_id: int) -> list[CustomerWithdrawal]:
        return [_withdrawal(w) for w in _items(self.api.request("GET", f"{API}/{customer_id}/withdrawals"))]

    def notes(self, customer_id: int) -> list[Note]:
        return [_note(n) for n in _items(self.api.request("GET", f"{API}/{customer_id}/notes"))]

    def reveal(self, customer_id: int, reason: str) -> Revealed:
        """The personal data in full (pii.view); the server records who asked, for which customer and why."""
        d = self.api.request("POST", f"{API}/{customer_id}/reveal", json={"reason": reason})
        return Revealed(d.get("name") or "", d.get("id_number"), d.get("phone"), d.get("email"),
                        {int(c["id"]): c.get("card") or "" for c in d.get("cards") or ()})

    # --- customer service --------------------------------------------------------------------------

    def add_note(self, customer_id: int, text: str) -> Note | None:
        data = self.api.request("POST", f"{API}/{customer_id}/notes", json={"text": text})
        return _note(data) if isinstance(data, dict) and "id" in data else None

    def lock(self, customer_id: int, version: int, reason: str) -> CustomerDetail:
        return detail(self.api.request("POST", f"{API}/{customer_id}/lock", json={"reason": reason, "version": version}))

    def unlock(self, customer_id: int, version: int, reason: str) -> CustomerDetail:
        return detail(self.api.request("POST", f"{API}/{customer_id}/unlock",
                                       json={"reason": reason, "version": version}))

    def set_related_party(self, customer_id: int, version: int, relation: str | None, reason: str,
                          since: date | None = None) -> CustomerDetail:
        """Marks the customer as a related party of the platform (from `since`, today when None), gives the mark
        another relation from now, or ends it (relation None)."""
        body = {"relation": relation, "reason": reason, "version": version}
        if since is not None and relation is not None:
            body["since"] = since.isoformat()
        return detail(self.api.request("POST", f"{API}/{customer_id}/related-party", json=body))

    def start_password_reset(self, customer_id: int, which: str, channel: str) -> PasswordReset:
        """which: login | withdrawal; channel: sms | email. The code goes to the customer, never to staff."""
        data = self.api.request("POST", f"{API}/{customer_id}/password-resets", json={"which": which, "channel": channel})
        return PasswordReset(data.get("sent_to") or "", parse_time(data.get("expires_at")))

    def request_phone_change(self, customer_id: int, new_phone: str, reason: str) -> PhoneChange:
        return phone_change(self.api.request("POST", f"{API}/{customer_id}/phone-changes",
                                             json={"new_phone": new_phone, "reason": reason}))

    def phone_changes(self, state: str | None = "pending") -> list[PhoneChange]:
        params = {"state": state} if state else None
        return [phone_change(p) for p in _items(self.api.request("GET", "/api/v1/phone-changes", params=params))]

    def approve_phone_change(self, change_id: int, reason: str = "") -> PhoneChange:
        body = {"reason": reason} if reason else {}
        return phone_change(self.api.request("POST", f"/api/v1/phone-changes/{change_id}/approve", json=body))

    def reject_phone_change(self, change_id: int, reason: str) -> PhoneChange:
        return phone_change(self.api.request("POST", f"/api/v1/phone-changes/{change_id}/reject",
                                             json={"reason": reason}))

    # --- the demo gateway --------------------------------------------------------------------------

    def outbox(self, limit: int = 200) -> list[OutboxMessage] | None:
        """What the demo SMS/e-mail gateway would have sent, newest first; None when this server's gateway is a
        real one (it answers 404)."""
        try:
            data = self.api.request("GET", "/api/v1/notifications/outbox", params={"limit": limit})
        except errors.NotFound:
            return None
        return [_outbox(m) for m in _items(data)]

    # --- global search (Ctrl+F) --------------------------------------------------------------------

    def find_application(self, number: str):
        """An application by its exact number (LN…): its queue row, or None."""
        page = self.api.loan_queue({"scope": "all", "q": number}, "-submitted_at", 1, 5)
        return next((r for r in page.items if r.number.upper() == number.upper()), None)

    def find_transfer(self, transfer_id: str):
        """A ledger transfer by its id (funds.read), or None."""
        page = self.api.ledger_transfers({"transfer_id": transfer_id}, "-id", 1, 5)
        return next(iter(page.items), None)
