"""Column profiles (对账文件格式): a bank's layout, built in or saved by staff under a name, so a clerk
picks "工商银行" instead of naming the columns of every file again."""

from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.base import utcnow
from server.db.versioning import bump
from server.errors import Conflict, NotFound, ValidationFailed
from server.messages import _
from server.reconciliation.models import ReconProfile
from server.reconciliation.statement import BUILTIN_PROFILES, ColumnMapping
from server.reconciliation.statement.mapping import MappingInvalid


def mapping_of(data: dict) -> ColumnMapping:
    """A ColumnMapping from wire or stored data; a layout that cannot give an amount, a direction and
    a time is 422 mapping_invalid with the reader's own reason."""
    try:
        return ColumnMapping.from_dict(dict(data))
    except MappingInvalid as error:
        raise ValidationFailed(error.template, code="mapping_invalid", params=error.params) from None
    except (TypeError, ValueError):
        raise ValidationFailed(_("The column layout is not usable."), code="mapping_invalid") from None


def mapping_dict(mapping: ColumnMapping) -> dict:
    return asdict(mapping)


def list_profiles(db: Session) -> list[dict]:
    builtin = [{"name": name, "builtin": True, "mapping": mapping_dict(m)} for name, m in BUILTIN_PROFILES.items()]
    saved = [{"name": p.name, "builtin": False, "mapping": p.mapping}
             for p in db.scalars(select(ReconProfile).order_by(ReconProfile.name))]
    return builtin + saved


def mapping_for(db: Session, name: str) -> ColumnMapping:
    if name in BUILTIN_PROFILES:
        return BUILTIN_PROFILES[name]
    saved = db.scalar(select(ReconProfile).where(ReconProfile.name == name))
    if saved is None:
        raise NotFound(_("No statement profile named “{name}”."), code="profile_not_found", params={"name": name})
    return mapping_of(saved.mapping)


def save_profile(db: Session, audit: Auditor, actor: Principal, name: str, mapping: dict) -> dict:
    name = name.strip()
    if not name:
        raise ValidationFailed(_("A profile needs a name."), code="profile_name_invalid")
    if name in BUILTIN_PROFILES:
        raise Conflict(_("“{name}” is a built-in profile and cannot be changed; save under another name."),
                       code="profile_builtin", params={"name": name})
    stored = mapping_dict(mapping_of(mapping))
    profile = db.scalar(select(ReconProfile).where(ReconProfile.name == name).with_for_update())
    before = None
    if profile is None:
        profile = ReconProfile(name=name, mapping=stored, updated_by=actor.username, updated_at=utcnow(), version=1)
        db.add(profile)
    else:
        before = profile.mapping
        profile.mapping, profile.updated_by, profile.updated_at = stored, actor.username, utcnow()
        bump(profile)
    db.flush()
    audit.record("recon.profile_saved", "recon_profile", name, before=before, after=stored)
    return {"name": profile.name, "builtin": False, "mapping": stored}
