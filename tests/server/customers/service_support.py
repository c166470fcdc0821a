"""Helpers of the customer-service and customer-side tests: customers made in the database, the front end."""

import itertools

from sqlalchemy import select

from server.audit.models import AuditRecord
from server.customers.models import Customer, CustomerCard
from server.notifications.models import OutboxMessage
from server.security import passwords
from server.security.pii import blind_index
from tests.server.conftest import Staff
from tests.server.ledger.conftest import grant_movements

FRONT_END = "finance"  # given the test-only poster role: the customer front end's service account
_numbers = itertools.count(1)


def make_customer(platform, *, name="王芳", phone="13800138000", email="wang.fang@example.com",
                  login_password=None, withdrawal_password=None, card="6222021234567890", side="investor") -> dict:
    n = next(_numbers)
    number = f"{'IV' if side == 'investor' else 'BR'}{90000000 + n:08d}"
    with platform.db.write() as db:
        customer = Customer(number=number, side=side, kind="person", name=name, phone=phone,
                            phone_index=blind_index(phone) if phone else None, email=email,
                            email_index=blind_index(email) if email else None, verified=True,
                            login_password_hash=passwords.hash_password(login_password) if login_password else None,
                            withdrawal_password_hash=(passwords.hash_password(withdrawal_password)
                                                      if withdrawal_password else None))
        if card:
            customer.cards.append(CustomerCard(bank="工商银行", card=card, card_index=blind_index(card), is_default=True))
        db.add(customer)
        db.commit()
        return {"id": customer.id, "number": number, "version": customer.version}


def customer(platform, customer_id) -> Customer:
    with platform.db.read() as db:
        return db.get(Customer, customer_id)


def front_end(platform, client) -> Staff:
    grant_movements(platform, FRONT_END)
    return Staff(client, FRONT_END)


def audit_actions(platform, number: str) -> list[str]:
    with platform.db.read() as db:
        return list(db.scalars(select(AuditRecord.action).where(AuditRecord.object_type == "customer",
                                                                AuditRecord.object_id == number)
                               .order_by(AuditRecord.seq)))


def outbox_messages(platform, customer_id=None) -> list[OutboxMessage]:
    with platform.db.read() as db:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if customer_id is not None:
            query = query.where(OutboxMessage.customer_id == customer_id)
        return list(db.scalars(query))
