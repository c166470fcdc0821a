"""Customer service actions: notes, lock and unlock, password resets, phone changes (four eyes); and the mark of a
related party of the platform (customer.related_party: the monthly disclosure lists their loans apart).

Each is a command (server/commands.py): permission, idempotent retry, audit, one commit. The rules are in
server/customers/service.py."""

from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from server.access import Principal, get_platform, requires_any
from server.commands import Command, command
from server.customers import related_parties, service
from server.customers.queries import customer_detail
from server.platform import Platform
from server.wire import ObjectId, Version

router = APIRouter(tags=["customer service"])
SERVICE = "customer.service"
APPROVE = "customer.phone_change.approve"
RELATED = "customer.related_party"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoteBody(_Body):
    text: str = Field(max_length=4000)


class LockBody(_Body):
    reason: str = Field(max_length=1000)
    version: Version


class ResetBody(_Body):
    which: Literal["login", "withdrawal"]
    channel: Literal["sms", "email"]


class PhoneChangeBody(_Body):
    new_phone: str = Field(max_length=40)
    reason: str = Field(max_length=1000)


class RelatedPartyBody(_Body):
    relation: str | None = Field(max_length=200, description="how the customer is related to the platform, in "
                                 "words (平台股东的配偶, 平台员工…); null ends the mark now")
    since: date | None = Field(default=None, description="the Shanghai day the relation began, today when not given; "
                               "never after today (only with a relation)")
    reason: str = Field(max_length=1000)
    version: Version


class DecisionBody(_Body):
    reason: str | None = Field(default=None, max_length=1000)


class RejectBody(_Body):
    reason: str = Field(max_length=1000)


@router.get("/customers/{customer_id}/notes")
def list_notes(customer_id: ObjectId, platform: Platform = Depends(get_platform),
               _principal: Principal = Depends(requires_any("customer.read", SERVICE))):
    with platform.db.read() as db:
        return service.list_notes(db, customer_id)


@router.post("/customers/{customer_id}/notes", status_code=201)
def add_note(customer_id: ObjectId, body: NoteBody, cmd: Command = Depends(command(SERVICE))):
    return cmd.run(lambda db, audit: service.add_note(db, audit, cmd.principal, customer_id, body.text), 201)


@router.post("/customers/{customer_id}/lock")
def lock(customer_id: ObjectId, body: LockBody, cmd: Command = Depends(command(SERVICE))):
    def rule(db, audit):
        customer = service.lock(db, audit, cmd.principal, customer_id, body.version, body.reason)
        return customer_detail(db, customer, cmd.principal)
    return cmd.run(rule)


@router.post("/customers/{customer_id}/unlock")
def unlock(customer_id: ObjectId, body: LockBody, cmd: Command = Depends(command(SERVICE))):
    def rule(db, audit):
        customer = service.unlock(db, audit, cmd.principal, customer_id, body.version, body.reason)
        return customer_detail(db, customer, cmd.principal)
    return cmd.run(rule)


@router.post("/customers/{customer_id}/related-party")
def set_related_party(customer_id: ObjectId, body: RelatedPartyBody, cmd: Command = Depends(command(RELATED))):
    """Marks the customer as a related party from a day (or gives the mark a new relation from now), or ends it;
    the months the mark covered keep counting it in the monthly disclosure."""
    def rule(db, audit):
        if body.relation is None:
            customer = related_parties.clear(db, audit, cmd.principal, customer_id, body.version, body.reason)
        else:
            customer = related_parties.mark(db, audit, cmd.principal, customer_id, body.version, body.relation,
                                            body.since, body.reason)
        return customer_detail(db, customer, cmd.principal)
    return cmd.run(rule)


@router.post("/customers/{customer_id}/password-resets", status_code=201)
def start_password_reset(customer_id: ObjectId, body: ResetBody, cmd: Command = Depends(command(SERVICE))):
    """Sends a one-time code to the customer's registered phone or e-mail; staff see only where it went."""
    return cmd.run(lambda db, audit: service.start_reset(db, audit, cmd.principal, customer_id, body.which,
                                                         body.channel), 201)


@router.post("/customers/{customer_id}/phone-changes", status_code=201)
def request_phone_change(customer_id: ObjectId, body: PhoneChangeBody, cmd: Command = Depends(command(SERVICE))):
    def rule(db, audit):
        change, customer = service.request_phone_change(db, audit, cmd.principal, customer_id, body.new_phone,
                                                        body.reason)
        return service.phone_change_view(change, customer, "pii.view" in cmd.principal.permissions)
    return cmd.run(rule, 201)


@router.get("/phone-changes")
def list_phone_changes(state: Literal["pending", "approved", "rejected"] | None = Query(None),
                       platform: Platform = Depends(get_platform),
                       principal: Principal = Depends(requires_any(SERVICE, APPROVE))):
    with platform.db.read() as db:
        return service.list_phone_changes(db, state, "pii.view" in principal.permissions)


@router.post("/phone-changes/{change_id}/approve")
def approve_phone_change(change_id: ObjectId, body: DecisionBody | None = None, cmd: Command = Depends(command(APPROVE))):
    def rule(db, audit):
        change, customer = service.approve_phone_change(db, audit, cmd.principal, change_id,
                                                        body.reason if body else None)
        return service.phone_change_view(change, customer, "pii.view" in cmd.principal.permissions)
    return cmd.run(rule)


@router.post("/phone-changes/{change_id}/reject")
def reject_phone_change(change_id: ObjectId, body: RejectBody, cmd: Command = Depends(command(APPROVE))):
    def rule(db, audit):
        change, customer = service.reject_phone_change(db, audit, cmd.principal, change_id, body.reason)
        return service.phone_change_view(change, customer, "pii.view" in cmd.principal.permissions)
    return cmd.run(rule)
