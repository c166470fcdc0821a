from typing import Literal

from fastapi import APIRouter, Depends, Query

from server.access import Principal, get_platform, requires
from server.commands import Command, command
from server.platform import Platform
from server.wire import ObjectId
from server.staff import accounts, service
from server.staff.schemas import (DisableRequest, PasswordReset, RolesAssign, UserCreate, UserCreated, UserDetailOut,
                                  UserEdit, UserPage, UserSummaryOut, VersionOnly)

router = APIRouter(prefix="/users", tags=["users"])

UserSort = Literal["username", "-username", "display_name", "-display_name", "created_at", "-created_at", "id", "-id"]


def _pii(principal: Principal) -> bool:
    return "pii.view" in principal.permissions


@router.get("", response_model=UserPage)
def list_users(principal: Principal = Depends(requires("admin.users")), platform: Platform = Depends(get_platform),
               role: str | None = Query(None, max_length=64), state: Literal["active", "disabled", "locked"] | None = None,
               q: str | None = Query(None, max_length=64), sort: UserSort = "username",
               page: int = Query(1, ge=1, le=100_000), page_size: int = Query(50, ge=1, le=200)):
    with platform.db.read() as db:
        rows, total = accounts.list_users(db, accounts.UserFilter(role, state, q), sort, page, page_size)
        return UserPage(items=[accounts.summary(u, _pii(principal)) for u in rows], total=total, page=page,
                        page_size=page_size)


@router.get("/{user_id}", response_model=UserDetailOut)
def user_detail(user_id: ObjectId, principal: Principal = Depends(requires("admin.users")),
                platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return accounts.detail(db, service.get_user(db, user_id), _pii(principal))


@router.post("", response_model=UserCreated, status_code=201)
def create_user(body: UserCreate, cmd: Command = Depends(command("admin.users", step_up=True, replayable=False))):
    def rule(db, audit):
        user, password = accounts.create(db, audit, body.username, body.display_name, body.roles, body.phone,
                                         body.justification, body.email)
        return {"user": accounts.summary(user, _pii(cmd.principal)), "temporary_password": password}

    return cmd.run(rule, 201)


@router.patch("/{user_id}", response_model=UserSummaryOut)
def edit_user(user_id: ObjectId, body: UserEdit, cmd: Command = Depends(command("admin.users"))):
    return cmd.run(lambda db, audit: accounts.summary(
        accounts.edit(db, audit, user_id, body.version, body.display_name, body.phone, _pii(cmd.principal),
                      body.email),
        _pii(cmd.principal)))


@router.post("/{user_id}/disable", response_model=UserSummaryOut)
def disable_user(user_id: ObjectId, body: DisableRequest, cmd: Command = Depends(command("admin.users"))):
    return cmd.run(lambda db, audit: accounts.summary(accounts.set_disabled(
        db, audit, cmd.principal.user_id, user_id, body.version, True, body.reason)))


@router.post("/{user_id}/enable", response_model=UserSummaryOut)
def enable_user(user_id: ObjectId, body: VersionOnly, cmd: Command = Depends(command("admin.users"))):
    return cmd.run(lambda db, audit: accounts.summary(accounts.set_disabled(
        db, audit, cmd.principal.user_id, user_id, body.version, False, None)))


@router.post("/{user_id}/unlock", response_model=UserSummaryOut)
def unlock_user(user_id: ObjectId, cmd: Command = Depends(command("admin.users"))):
    return cmd.run(lambda db, audit: accounts.summary(accounts.unlock(db, audit, user_id)))


@router.post("/{user_id}/reset-password", response_model=PasswordReset)
def reset_password(user_id: ObjectId, body: VersionOnly,
                   cmd: Command = Depends(command("admin.users", step_up=True, replayable=False))):
    def rule(db, audit):
        user, password = accounts.reset_password(db, audit, cmd.principal.user_id, user_id, body.version)
        return {"user": accounts.summary(user), "temporary_password": password}

    return cmd.run(rule)


@router.post("/{user_id}/reset-totp", response_model=UserSummaryOut)
def reset_totp(user_id: ObjectId, body: VersionOnly, cmd: Command = Depends(command("admin.users", step_up=True))):
    return cmd.run(lambda db, audit: accounts.summary(accounts.reset_totp(db, audit, cmd.principal.user_id, user_id,
                                                                          body.version)))


@router.put("/{user_id}/roles", response_model=UserSummaryOut)
def assign_roles(user_id: ObjectId, body: RolesAssign, cmd: Command = Depends(command("admin.roles", step_up=True))):
    return cmd.run(lambda db, audit: accounts.summary(accounts.set_roles(
        db, audit, cmd.principal.user_id, user_id, body.version, body.roles, body.justification)))
