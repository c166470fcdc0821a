"""Withdrawal tests through the real API: the customer side ("service" given the test-only poster
role) recharges and asks; finance (财务专员) reviews; finlead (财务主管) approves large ones."""

import itertools

import pytest

from tests.server.ledger.conftest import grant_movements
from tests.server.conftest import API, Staff
from tests.support.platforms import totp_code

CUSTOMER_SIDE = "service"
_numbers = itertools.count(1)


class Reviewer(Staff):
    """A member of staff who confirms sensitive actions with a fresh one-time code (once per session)."""

    def __init__(self, client, username):
        super().__init__(client, username)
        self._step_up = None

    def step_up_headers(self) -> dict:
        if self._step_up is None:
            answer = self.client.post(f"{API}/auth/step-up", json={"otp_code": totp_code(self.username, 1)},
                                      headers=self.headers)
            assert answer.status_code == 200, answer.text
            self._step_up = answer.json()["step_up_token"]
        return {"X-Step-Up-Token": self._step_up}

    def approve(self, w, step_up=True):
        extra = self.step_up_headers() if step_up else {}
        return self.client.post(f"{API}/withdrawals/{w['id']}/approve", json={"version": w["version"]},
                                headers=self.headers | extra)

    def reject(self, w, reason="银行卡户名与账户实名不一致"):
        return self.post(f"/withdrawals/{w['id']}/reject", {"version": w["version"], "reason": reason})


@pytest.fixture
def reviewer(client):
    cache = {}

    def get(username):
        if username not in cache:
            cache[username] = Reviewer(client, username)
        return cache[username]

    return get


class CustomerSide:
    def __init__(self, staff: Staff):
        self.staff = staff

    def recharge(self, ref: str, amount_fen: int) -> None:
        answer = self.staff.post("/ledger/movements/recharge", {"operation_id": f"rc-{ref}-{next(_numbers)}",
                                                                "customer_ref": ref, "amount_fen": amount_fen})
        assert answer.status_code == 200, answer.text

    def ask(self, ref: str, amount_fen: int, card: str = "6222 0212 3456 7890", request_id: str | None = None):
        return self.staff.post("/withdrawals", {"request_id": request_id or f"req-{ref}-{next(_numbers)}",
                                                "customer_ref": ref, "amount_fen": amount_fen, "bank_card": card})

    def withdrawal(self, ref: str, amount_fen: int, card: str = "6222 0212 3456 7890") -> dict:
        answer = self.ask(ref, amount_fen, card)
        assert answer.status_code == 201, answer.text
        return answer.json()



@pytest.fixture
def customer_side(platform, client) -> CustomerSide:
    grant_movements(platform, CUSTOMER_SIDE)
    return CustomerSide(Staff(client, CUSTOMER_SIDE))


def flags(w: dict) -> set[str]:
    return {f["code"] for f in w["flags"]}


def balances(reader: Staff, ref: str) -> dict:
    answer = reader.get(f"/ledger/customers/{ref}/balances")
    assert answer.status_code == 200, answer.text
    return answer.json()
