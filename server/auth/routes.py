"""Sign-in routes. The public ones are not replayable by Idempotency-Key: their answers carry fresh
credentials, which the server never stores in clear."""

from dataclasses import asdict

from fastapi import APIRouter, Depends, Request

from server.access import get_platform, public, request_meta
from server.auth import service
from server.auth.schemas import (ChangePasswordRequest, EnrollTotpRequest, OtpRequest, PasswordPolicyOut,
                                 PasswordRequest, RefreshOut, RefreshRequest, SignInRequest, SignInStepOut,
                                 StepUpOut)
from server.commands import Command, command
from server.errors import RateLimited, Refused
from server.messages import _
from server.platform import Platform
from server.security import passwords

router = APIRouter(prefix="/auth", tags=["auth"])

def _in_write(platform: Platform, fn):
    """Run one public auth step in a write transaction; keep a refusal's bookkeeping."""
    with platform.db.write() as db:
        try:
            result = fn(db)
        except Refused as refused:
            db.commit()
            raise refused.error from None
        db.commit()
        return result


def _step_out(step: service.SignInStep) -> SignInStepOut:
    return SignInStepOut(status=step.status, tokens=asdict(step.tokens) if step.tokens else None,
                         challenge=step.challenge, otpauth_uri=step.otpauth_uri)


def _limit(platform: Platform, request: Request, account: str | None) -> None:
    meta = request_meta(request)
    for limiter, key in ((platform.login_by_address, meta.client_addr), (platform.login_by_account, account)):
        if key is None:
            continue
        wait = limiter.hit(key)
        if wait is not None:
            raise RateLimited(_("Too many sign-in attempts; wait a moment and try again."),
                              headers={"Retry-After": str(int(wait) + 1)}, retry_after=int(wait) + 1)


@router.post("/login", response_model=SignInStepOut, dependencies=[Depends(public)])
def sign_in(body: SignInRequest, request: Request, platform: Platform = Depends(get_platform)):
    _limit(platform, request, body.username.lower())
    meta = request_meta(request)
    return _step_out(_in_write(platform, lambda db: service.sign_in(db, platform, body.username, body.password,
                                                                    body.otp_code, meta)))


@router.post("/password", response_model=SignInStepOut, dependencies=[Depends(public)])
def change_password(body: ChangePasswordRequest, request: Request, platform: Platform = Depends(get_platform)):
    _limit(platform, request, None)
    meta = request_meta(request)
    return _step_out(_in_write(platform, lambda db: service.change_password_with_challenge(
        db, platform, body.challenge, body.new_password, meta)))


@router.post("/totp/enroll", response_model=SignInStepOut, dependencies=[Depends(public)])
def enroll_totp(body: EnrollTotpRequest, request: Request, platform: Platform = Depends(get_platform)):
    _limit(platform, request, None)
    meta = request_meta(request)
    return _step_out(_in_write(platform, lambda db: service.enroll_totp(db, platform, body.challenge, body.otp_code, meta)))


@router.post("/refresh", response_model=RefreshOut, dependencies=[Depends(public)])
def refresh(body: RefreshRequest, request: Request, platform: Platform = Depends(get_platform)):
    meta = request_meta(request)
    tokens = _in_write(platform, lambda db: service.refresh(db, platform, body.refresh_token, meta))
    return RefreshOut(tokens=asdict(tokens))


@router.get("/password-policy", response_model=PasswordPolicyOut, dependencies=[Depends(public)])
def password_policy():
    return PasswordPolicyOut(min_length=passwords.MIN_LENGTH, history=passwords.HISTORY, rules=passwords.policy())


@router.post("/logout", status_code=204)
def sign_out(cmd: Command = Depends(command(None))):
    return cmd.run(lambda db, audit: service.sign_out(db, cmd.principal, audit), status_code=204)


@router.post("/verify-password", status_code=204)
def verify_password(body: PasswordRequest, cmd: Command = Depends(command(None))):
    return cmd.run(lambda db, audit: service.verify_password(db, cmd.platform, cmd.principal, body.password, audit),
                   status_code=204)


@router.post("/step-up", response_model=StepUpOut)
def step_up(body: OtpRequest, cmd: Command = Depends(command(None, replayable=False))):
    def rule(db, audit):
        token, expires = service.step_up(db, cmd.platform, cmd.principal, body.otp_code, audit)
        return StepUpOut(step_up_token=token, expires_at=expires)

    return cmd.run(rule)
