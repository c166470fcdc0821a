"""The customer front end's routes: its own service credential and the customer's session.

The front end (the customers' web and app back end) signs in as a staff-like service account holding
`funds.movement.post`, as it does for its withdrawal requests and movements today, and sends that account's bearer
token on every call. A customer's own session travels beside it in the `X-Customer-Session` header: the token
that `POST /customer-side/sessions` answered (only its digest is stored). Every call is a command: permission,
idempotent retry (Idempotency-Key), audit, one commit.
"""

from fastapi import APIRouter, Depends, Header
from pydantic import BaseModel, ConfigDict, Field
from typing import Literal

from server.commands import Command, command
from server.customers import customer_side
from server.wire import PositiveFen, StrictId

router = APIRouter(prefix="/customer-side", tags=["customer side"])
FRONT_END = "funds.movement.post"
SESSION_HEADER = Header(default=None, alias="X-Customer-Session")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignInBody(_Body):
    login: str = Field(min_length=1, max_length=40, description="customer number (IV…/BR…) or registered phone")
    password: str = Field(max_length=200)


class ResetConfirmBody(_Body):
    login: str = Field(min_length=1, max_length=40)
    which: Literal["login", "withdrawal"]
    code: str = Field(min_length=1, max_length=12)
    new_password: str = Field(max_length=200)


class WithdrawalPasswordBody(_Body):
    new_password: str = Field(max_length=200)
    current_password: str | None = Field(default=None, max_length=200)


class WithdrawalBody(_Body):
    request_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._\-]+$")
    amount_fen: PositiveFen
    withdrawal_password: str = Field(max_length=200)
    card_id: StrictId | None = None


@router.post("/sessions", status_code=201)
def sign_in(body: SignInBody, cmd: Command = Depends(command(FRONT_END, replayable=False))):
    """A customer signs in with their number or phone and sign-in password; a locked customer is refused (423)."""
    return cmd.run(lambda db, audit: customer_side.sign_in(db, audit, body.login, body.password), 201)


@router.post("/sessions/end", status_code=204)
def sign_out(cmd: Command = Depends(command(FRONT_END)), session: str | None = SESSION_HEADER):
    return cmd.run(lambda db, audit: customer_side.sign_out(db, audit, session), 204)


@router.post("/password-resets/confirm", status_code=204)
def confirm_password_reset(body: ResetConfirmBody, cmd: Command = Depends(command(FRONT_END))):
    """The code the customer received (by SMS or e-mail) and the new password; a wrong code counts (5 at most)."""
    return cmd.run(lambda db, audit: customer_side.confirm_reset(db, audit, body.login, body.which, body.code,
                                                                 body.new_password), 204)


@router.post("/withdrawal-password", status_code=204)
def set_withdrawal_password(body: WithdrawalPasswordBody, cmd: Command = Depends(command(FRONT_END)),
                            session: str | None = SESSION_HEADER):
    return cmd.run(lambda db, audit: customer_side.set_withdrawal_password(db, audit, session, body.new_password,
                                                                           body.current_password), 204)


@router.post("/withdrawals", status_code=201)
def request_withdrawal(body: WithdrawalBody, cmd: Command = Depends(command(FRONT_END)),
                       session: str | None = SESSION_HEADER):
    """The signed-in customer's withdrawal to one of their cards (the default one unless card_id says which)."""
    policy = cmd.platform.settings.withdrawal_policy
    return cmd.run(lambda db, audit: customer_side.request_withdrawal(
        db, audit, policy, session, body.request_id, body.amount_fen, body.withdrawal_password, body.card_id), 201)
