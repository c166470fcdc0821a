"""related parties' history; the permission customer.related_party

- customer_relations: the periods in which a customer was a related party of the platform (the monthly
  disclosure counts their loans at each month end). A customer marked before this revision gets one open period
  from the day the customer was created, the best that is known; who marked it is not known (null).
- The standard role finance_manager (财务主管), who signs the monthly disclosure, gets customer.related_party, as
  server/permissions.py DEMO_ROLES gives it.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

from server.db.base import UtcDateTime

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

GRANTS = {'finance_manager': ('customer.related_party',)}
NEW_PERMISSIONS = sorted({p for perms in GRANTS.values() for p in perms})


def upgrade() -> None:
    op.create_table('customer_relations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=200), nullable=False),
    sa.Column('since', UtcDateTime(), nullable=False),
    sa.Column('until', UtcDateTime(), nullable=True),
    sa.Column('marked_by', sa.String(length=64), nullable=True),
    sa.Column('ended_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_relations_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_relations'))
    )
    op.create_index(op.f('ix_customer_relations_customer_id'), 'customer_relations', ['customer_id'], unique=False)
    bind = op.get_bind()
    bind.execute(sa.text(
        "INSERT INTO customer_relations (customer_id, relation, since) SELECT id, related_party, created_at "
        "FROM customers WHERE related_party IS NOT NULL AND related_party <> ''"))
    for role, permissions in GRANTS.items():
        for permission in permissions:
            bind.execute(sa.text(
                "INSERT INTO role_permissions (role_id, permission) SELECT r.id, :permission FROM roles r "
                "WHERE r.name = :role AND NOT EXISTS (SELECT 1 FROM role_permissions p "
                "WHERE p.role_id = r.id AND p.permission = :permission)").bindparams(role=role, permission=permission))


def downgrade() -> None:
    bind = op.get_bind()
    for permission in NEW_PERMISSIONS:
        bind.execute(sa.text("DELETE FROM role_permissions WHERE permission = :permission").bindparams(
            permission=permission))
    op.drop_index(op.f('ix_customer_relations_customer_id'), table_name='customer_relations')
    op.drop_table('customer_relations')
