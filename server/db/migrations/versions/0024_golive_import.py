"""golive import: the record of applied go-live import files; the permission data.import

- golive_import_runs: one row per applied file, its sha256 unique (the same file is refused the second time).
- The standard role admin (系统管理员) gets data.import, as server/permissions.py DEMO_ROLES gives it.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from server.db.base import UtcDateTime

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

GRANTS = {'admin': ('data.import',)}
NEW_PERMISSIONS = sorted({p for perms in GRANTS.values() for p in perms})


def upgrade() -> None:
    op.create_table('golive_import_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('totals', sa.JSON(), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.Column('imported_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_golive_import_runs')),
    sa.UniqueConstraint('sha256', name=op.f('uq_golive_import_runs_sha256'))
    )
    bind = op.get_bind()
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
    op.drop_table('golive_import_runs')
