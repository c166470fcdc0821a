"""Staff password recovery by a code sent to the registered e-mail or mobile.

Public routes (the person recovering is not signed in), limited per client address and per user name, never
replayable by Idempotency-Key. The rules are in server/staff/recovery.py."""

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from server.access import get_platform, public, request_meta
from server.auth.routes import _in_write, _limit
from server.errors import request_language
from server.platform import Platform
from server.staff import recovery

router = APIRouter(prefix="/auth/recovery", tags=["auth"])


class RecoveryStart(BaseModel):
    username: str = Field(min_length=1, max_length=64)


class RecoveryStarted(BaseModel):
    message: str  # the same sentence whether or not the account exists


class RecoveryConfirm(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    code: str = Field(min_length=1, max_length=12)
    new_password: str = Field(min_length=1, max_length=256)
    otp_code: str = Field(min_length=1, max_length=12)


class DemoCodeOut(BaseModel):
    code: str
    sent_to: str
    expires_at: datetime


@router.post("/start", response_model=RecoveryStarted, dependencies=[Depends(public)])
def start(body: RecoveryStart, request: Request, platform: Platform = Depends(get_platform)):
    meta = request_meta(request)
    recovery.limit_start(platform, body.username, meta.client_addr)
    language = request_language(request)
    message = _in_write(platform, lambda db: recovery.start(db, platform, body.username, language, meta))
    return RecoveryStarted(message=message)


@router.post("/confirm", status_code=204, dependencies=[Depends(public)])
def confirm(body: RecoveryConfirm, request: Request, platform: Platform = Depends(get_platform)):
    _limit(platform, request, body.username.strip().lower())
    meta = request_meta(request)
    _in_write(platform, lambda db: recovery.confirm(db, platform, body.username, body.code, body.new_password,
                                                    body.otp_code, meta))


@router.get("/demo-code", response_model=DemoCodeOut, dependencies=[Depends(public)])
def demo_code(username: str = Query(min_length=1, max_length=64), platform: Platform = Depends(get_platform)):
    """The local demo platform only: the newest recovery code sent to a public demo account."""
    with platform.db.read() as db:
        return recovery.demo_code(db, platform, username)
