"""audit fields sized for what goes in (PostgreSQL refuses what SQLite silently kept)

The audit record of the roles `migrate` creates named all seven in its object id (96 characters)
and PostgreSQL refused it: a fresh production install failed at its first command. object_id
becomes unbounded text; the other audit fields are bounded by what feeds them and the Auditor
refuses a longer value on every backend. Widening changes no stored value, so records written
before still verify against their hashes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # PostgreSQL: varchar(n) to text rewrites neither the table nor its index. SQLite: the batch copies the table.
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.alter_column('object_id', existing_type=sa.String(length=64), type_=sa.Text(),
                              existing_nullable=False)


def downgrade() -> None:
    # Cutting a longer object id would break the hash chain at that record: refuse instead.
    longest = op.get_bind().execute(sa.text("SELECT max(length(object_id)) FROM audit_records")).scalar()
    if longest and longest > 64:
        raise RuntimeError(f"audit_records holds an object id of {longest} characters; a String(64) cannot hold it "
                           "and cutting it would break the audit chain")
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.alter_column('object_id', existing_type=sa.Text(), type_=sa.String(length=64),
                              existing_nullable=False)
