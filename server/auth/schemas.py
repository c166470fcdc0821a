from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class SignInRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    otp_code: str | None = Field(default=None, max_length=12)


class TokensOut(BaseModel):
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    token_type: Literal["bearer"] = "bearer"


class SignInStepOut(BaseModel):
    status: Literal["ok", "password_change_required", "totp_enrollment_required"]
    tokens: TokensOut | None = None
    challenge: str | None = None
    otpauth_uri: str | None = None


class ChangePasswordRequest(BaseModel):
    challenge: str = Field(min_length=1, max_length=200)
    new_password: str = Field(min_length=1, max_length=256)


class EnrollTotpRequest(BaseModel):
    challenge: str = Field(min_length=1, max_length=200)
    otp_code: str = Field(min_length=1, max_length=12)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class RefreshOut(BaseModel):
    tokens: TokensOut


class PasswordRequest(BaseModel):
    password: str = Field(min_length=1, max_length=256)


class OtpRequest(BaseModel):
    otp_code: str = Field(min_length=1, max_length=12)


class StepUpOut(BaseModel):
    step_up_token: str
    expires_at: datetime


class PasswordRuleOut(BaseModel):
    code: str
    en: str
    zh: str


class PasswordPolicyOut(BaseModel):
    min_length: int
    history: int
    rules: list[PasswordRuleOut]
