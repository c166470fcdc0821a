from datetime import datetime

from pydantic import BaseModel, Field

from server.wire import Fen, Page, Version

EMAIL_PATTERN = r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$"  # empty (remove) or one address


class RoleRef(BaseModel):
    name: str
    label_zh: str
    label_en: str


class MeOut(BaseModel):
    id: int
    username: str
    display_name: str
    roles: list[RoleRef]
    permissions: list[str]
    version: int
    totp_enrolled: bool


class MeUpdate(BaseModel):
    display_name: str = Field(min_length=1, max_length=100)
    version: Version


class PermissionOut(BaseModel):
    name: str
    area: str
    label_zh: str
    label_en: str
    description_zh: str
    description_en: str
    sensitive: bool


class RoleOut(BaseModel):
    id: int
    name: str
    label_zh: str
    label_en: str
    permissions: list[str]
    version: int


class SeparationRuleOut(BaseModel):
    name: str
    label_zh: str
    label_en: str
    side_a: list[str]
    side_b: list[str]
    kind: str


class RoleDetailOut(RoleOut):
    holders: int
    approval_limit_fen: int | None
    conflicts: list[SeparationRuleOut]


class RoleCreate(BaseModel):
    name: str = Field(min_length=2, max_length=64)
    label_zh: str = Field(min_length=1, max_length=64)
    label_en: str = Field(min_length=1, max_length=64)
    permissions: list[str] = Field(default_factory=list, max_length=100)
    justification: str | None = Field(default=None, max_length=1000)


class RoleRename(BaseModel):
    label_zh: str = Field(min_length=1, max_length=64)
    label_en: str = Field(min_length=1, max_length=64)
    approval_limit_fen: Fen | None = Field(default=None,
                                           description="omit to keep; null removes the role's own limit")
    version: Version


class RoleCopy(BaseModel):
    name: str = Field(min_length=2, max_length=64)
    label_zh: str = Field(min_length=1, max_length=64)
    label_en: str = Field(min_length=1, max_length=64)
    justification: str | None = Field(default=None, max_length=1000)


class RolePermissionsUpdate(BaseModel):
    permissions: list[str] = Field(max_length=100)
    version: Version
    justification: str | None = Field(default=None, max_length=1000)


class UserSummaryOut(BaseModel):
    id: int
    username: str
    display_name: str
    roles: list[str]
    state: str
    locked_until: datetime | None
    must_change_password: bool
    totp_enrolled: bool
    created_at: datetime
    version: int
    phone: str | None
    email: str | None = None


class PermissionSourceOut(BaseModel):
    name: str
    granted_by: list[str]


class SessionOut(BaseModel):
    id: int
    user_id: int
    username: str
    display_name: str = ""  # the staff member's name (王芳), what people read
    client_addr: str
    user_agent: str
    started_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


class UserDetailOut(UserSummaryOut):
    permissions: list[PermissionSourceOut]
    conflicts: list[SeparationRuleOut]
    sessions: list[SessionOut]


UserPage = Page[UserSummaryOut]


SessionPage = Page[SessionOut]


class UserCreate(BaseModel):
    username: str = Field(min_length=2, max_length=64)
    display_name: str = Field(min_length=1, max_length=100)
    roles: list[str] = Field(default_factory=list, max_length=20)
    phone: str | None = Field(default=None, max_length=20, pattern=r"^[0-9 +\-]*$")
    email: str | None = Field(default=None, max_length=200, pattern=EMAIL_PATTERN)
    justification: str | None = Field(default=None, max_length=1000)


class UserCreated(BaseModel):
    user: UserSummaryOut
    temporary_password: str


class UserEdit(BaseModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=100)
    phone: str | None = Field(default=None, max_length=20, pattern=r"^[0-9 +\-]*$")
    email: str | None = Field(default=None, max_length=200, pattern=EMAIL_PATTERN,
                              description="omit to keep; an empty text removes it")
    version: Version


class VersionOnly(BaseModel):
    version: Version


class DisableRequest(BaseModel):
    version: Version
    reason: str = Field(min_length=1, max_length=500)


class RolesAssign(BaseModel):
    roles: list[str] = Field(max_length=20)
    version: Version
    justification: str | None = Field(default=None, max_length=1000)


class PasswordReset(BaseModel):
    user: UserSummaryOut
    temporary_password: str


class OwnPasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


class DeviceEnrolment(BaseModel):
    otpauth_uri: str


class DeviceConfirmation(BaseModel):
    otp_code: str = Field(min_length=1, max_length=12)
