from dataclasses import asdict

from fastapi import APIRouter, Depends

from server.access import Principal, get_platform, signed_in
from server.commands import Command, command
from server.permissions import PERMISSIONS
from server.platform import Platform
from server.staff import separation, service
from server.staff.schemas import (DeviceConfirmation, DeviceEnrolment, MeOut, MeUpdate, OwnPasswordChange,
                                  PermissionOut, SeparationRuleOut)

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


@router.post("/me/password", status_code=204)
def change_own_password(body: OwnPasswordChange, cmd: Command = Depends(command(None))):
    return cmd.run(lambda db, audit: service.change_own_password(
        db, cmd.platform, audit, cmd.principal.user_id, cmd.principal.session_id, body.current_password,
        body.new_password), 204)


@router.post("/me/device", response_model=DeviceEnrolment)
def begin_device_reenrolment(cmd: Command = Depends(command(None, step_up=True, replayable=False))):
    """Re-enrolling the authenticator: confirmed with a code from the current device (step-up) first."""
    return cmd.run(lambda db, audit: {"otpauth_uri": service.begin_totp_reenrolment(db, audit, cmd.principal.user_id)})


@router.post("/me/device/confirmation", status_code=204)
def confirm_device_reenrolment(body: DeviceConfirmation, cmd: Command = Depends(command(None))):
    return cmd.run(lambda db, audit: service.confirm_totp_reenrolment(db, audit, cmd.principal.user_id,
                                                                      body.otp_code), 204)
