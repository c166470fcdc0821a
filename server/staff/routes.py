from dataclasses import asdict

from fastapi import APIRouter, Depends

from server.access import Principal, get_platform, signed_in
from server.commands import Command, command
from server.permissions import PERMISSIONS
from server.platform import Platform
from server.staff import separation, service
from server.staff.schemas import MeOut, MeUpdate, PermissionOut, SeparationRuleOut

router = APIRouter(tags=["staff"])


@router.get("/me", response_model=MeOut)
def me(principal: Principal = Depends(signed_in), platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return service.me_view(service.get_user(db, principal.user_id))


@router.patch("/me", response_model=MeOut)
def update_me(body: MeUpdate, cmd: Command = Depends(command(None))):
    return cmd.run(lambda db, audit: service.update_display_name(db, audit, cmd.principal.user_id,
                                                                 body.display_name, body.version))


@router.get("/permissions", response_model=list[PermissionOut], dependencies=[Depends(signed_in)])
def permissions():
    return [asdict(p) for p in PERMISSIONS]


@router.get("/separation-rules", response_model=list[SeparationRuleOut], dependencies=[Depends(signed_in)])
def separation_rules():
    return [rule.as_dict() for rule in separation.RULES]
