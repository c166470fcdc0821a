from pydantic import BaseModel, Field


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
    version: int = Field(ge=1)


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
