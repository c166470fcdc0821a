from fastapi import APIRouter, Depends

from server.access import get_platform, requires_any
from server.commands import Command, command
from server.platform import Platform
from server.wire import ObjectId, VersionQuery
from server.staff import roles, service
from server.staff.schemas import RoleCopy, RoleCreate, RoleDetailOut, RolePermissionsUpdate, RoleRename

router = APIRouter(prefix="/roles", tags=["roles"])


@router.get("", response_model=list[RoleDetailOut], dependencies=[Depends(requires_any("admin.roles", "audit.read"))])
def list_roles(platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return [roles.view(db, r) for r in service.list_roles(db)]


@router.post("", response_model=RoleDetailOut, status_code=201)
def create_role(body: RoleCreate, cmd: Command = Depends(command("admin.roles", step_up=True))):
    return cmd.run(lambda db, audit: roles.view(db, roles.create(db, audit, body.name, body.label_zh, body.label_en,
                                                                  body.permissions, body.justification)), 201)


@router.patch("/{role_id}", response_model=RoleDetailOut)
def rename_role(role_id: ObjectId, body: RoleRename, cmd: Command = Depends(command("admin.roles"))):
    limit = body.approval_limit_fen if "approval_limit_fen" in body.model_fields_set else roles._UNSET
    return cmd.run(lambda db, audit: roles.view(db, roles.rename(db, audit, role_id, body.version, body.label_zh,
                                                                  body.label_en, limit)))


@router.post("/{role_id}/copy", response_model=RoleDetailOut, status_code=201)
def copy_role(role_id: ObjectId, body: RoleCopy, cmd: Command = Depends(command("admin.roles", step_up=True))):
    return cmd.run(lambda db, audit: roles.view(db, roles.copy(db, audit, role_id, body.name, body.label_zh,
                                                                body.label_en, body.justification)), 201)


@router.put("/{role_id}/permissions", response_model=RoleDetailOut)
def set_role_permissions(role_id: ObjectId, body: RolePermissionsUpdate,
                         cmd: Command = Depends(command("admin.roles", step_up=True))):
    return cmd.run(lambda db, audit: roles.view(db, roles.set_permissions(db, audit, role_id, body.version,
                                                                           body.permissions, body.justification)))


@router.delete("/{role_id}", status_code=204)
def delete_role(role_id: ObjectId, version: VersionQuery, cmd: Command = Depends(command("admin.roles"))):
    return cmd.run(lambda db, audit: roles.delete(db, audit, role_id, version), 204)
