"""reconciliation: statements can be withdrawn, money on the wrong account is a difference of its own

A withdrawn statement keeps its row (who, when, why); the same file may then be imported again, so the
file's hash is unique among the statements not withdrawn only (a partial unique index). Finance managers
get the permission to withdraw a statement (recon.withdraw_statement) where their role exists already; new
databases get it from the standard roles. The category account_differs needs no schema change (category is
a String(16)).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

LIVE = sa.text('withdrawn_at IS NULL')
PERMISSION = 'recon.withdraw_statement'


def upgrade() -> None:
    with op.batch_alter_table('recon_statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('withdraw_reason', sa.String(length=500), nullable=True))
        batch_op.drop_constraint('uq_recon_statements_sha256', type_='unique')
    op.create_index('uq_recon_statements_sha256_live', 'recon_statements', ['sha256'], unique=True,
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.execute(sa.text(
        "INSERT INTO role_permissions (role_id, permission) SELECT r.id, :permission FROM roles r "
        "WHERE r.name = 'finance_manager' AND NOT EXISTS (SELECT 1 FROM role_permissions p "
        "WHERE p.role_id = r.id AND p.permission = :permission)").bindparams(permission=PERMISSION))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM role_permissions WHERE permission = :permission").bindparams(
        permission=PERMISSION))
    op.drop_index('uq_recon_statements_sha256_live', table_name='recon_statements')
    # Withdrawn statements cannot stay beside a live copy of the same file under a plain unique hash.
    op.execute(sa.text("DELETE FROM recon_statements WHERE withdrawn_at IS NOT NULL"))
    with op.batch_alter_table('recon_statements', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_recon_statements_sha256', ['sha256'])
        batch_op.drop_column('withdraw_reason')
        batch_op.drop_column('withdrawn_by_id')
        batch_op.drop_column('withdrawn_by')
        batch_op.drop_column('withdrawn_at')
