"""A small loan book for the after-loan console tests, planted through the real API on loopback: loans applied for,
approved, listed, funded by investors, disbursed (with a one-time code), then their due dates moved so that each is
exactly as overdue as a test needs, and the daily overdue job's rule run through its route."""

import itertools
from datetime import timedelta

from sqlalchemy import select

from server import clock
from server.loans.models import Installment
from tests.support.platforms import totp_code

_n = itertools.count(1)
_refs = itertools.count(1)


class Book:
    def __init__(self, platform, lead, risk):
        self.platform, self.lead, self.risk = platform, lead, risk
        self._token = None

    def _post(self, session, path: str, body: dict, headers: dict | None = None) -> dict:
        return session.api.request("POST", f"/api/v1{path}", json=body, headers=headers)

    def apply(self, amount_fen: int = 1_200_000, term: int = 3) -> dict:
        n = next(_n) + 700
        borrower = self._post(self.lead, "/loans/borrowers", {
            "kind": "person", "name": "王建国", "id_number": f"1101011985{n:04d}{n % 1000:03d}X", "phone": f"137{n:08d}",
            "bank_card": f"62220277770{n:08d}", "birth_date": "1985-03-01", "monthly_income_fen": 3_000_000,
            "monthly_debt_payments_fen": 0, "employer": "某贸易公司"})
        return self._post(self.lead, "/loans/applications", {
            "borrower_id": borrower["id"], "amount_fen": amount_fen, "term_months": term, "annual_rate": "0.10",
            "method": "equal_principal", "purpose": "经营周转"})

    def act(self, session, app: dict, action: str, reason: str | None = None, headers: dict | None = None) -> dict:
        return self._post(session, f"/loans/applications/{app['id']}/actions/{action}",
                          {"version": app["version"], "reason": reason, "comment": None}, headers)

    def listed(self, amount_fen: int = 1_200_000, funded_fen: int = 0) -> dict:
        app = self.act(self.risk, self.apply(amount_fen), "approve_first")
        app = self.act(self.lead, app, "list")
        if funded_fen:
            app = self.invest(app, funded_fen)
        return app

    def invest(self, app: dict, amount_fen: int) -> dict:
        from server.ledger import movements

        ref = f"CL{next(_refs):05d}"
        with self.platform.db.write() as db:
            movements.recharge(db, f"client-fund-{ref}", ref, amount_fen)
            db.commit()
        return self._post(self.lead, f"/loans/applications/{app['id']}/investments",
                          {"investor_ref": ref, "amount_fen": amount_fen})

    def step_up(self) -> dict:
        if self._token is None:
            self._token = self.lead.api.request("POST", "/api/v1/auth/step-up",
                                                json={"otp_code": totp_code("risklead", 1)},
                                                idempotent=False)["step_up_token"]
        return {"X-Step-Up-Token": self._token}

    def disbursed(self, amount_fen: int = 1_200_000) -> dict:
        app = self.listed(amount_fen, amount_fen)
        return self.act(self.lead, app, "disburse", headers=self.step_up())

    def overdue(self, days: int, amount_fen: int = 1_200_000) -> dict:
        """A disbursed loan whose first installment fell due `days` days ago, marked overdue."""
        app = self.disbursed(amount_fen)
        today = clock.today()
        with self.platform.db.write() as db:
            rows = db.scalars(select(Installment).where(Installment.application_id == app["id"])
                              .order_by(Installment.number)).all()
            shift = (today - timedelta(days=days)) - rows[0].due_date
            for row in rows:
                row.due_date = row.due_date + shift
            db.commit()
        self._post(self.lead, "/loans/overdue-detection", {})
        return app

    def due_today(self, amount_fen: int = 600_000) -> dict:
        """A disbursed loan whose first installment falls due today."""
        app = self.disbursed(amount_fen)
        today = clock.today()
        with self.platform.db.write() as db:
            rows = db.scalars(select(Installment).where(Installment.application_id == app["id"])
                              .order_by(Installment.number)).all()
            shift = today - rows[0].due_date
            for row in rows:
                row.due_date = row.due_date + shift
            db.commit()
        return app
