"""monitoring: alerts and the monitoring settings; the permissions alert.read, alert.manage, monitoring.settings

- alerts: one trouble with one subject (rule + fold_key), folded while not resolved, with severity, area, the
  rule's parameters and evidence, state open -> acknowledged -> resolved (who, when, note) and escalation.
- monitoring_settings: thresholds, recipients and channels by key (secrets encrypted, write-only).
- The standard roles that exist get the new permissions as server/permissions.py DEMO_ROLES gives them.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from server.db.base import UtcDateTime

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# The permissions this work adds, by standard role (as server/permissions.py DEMO_ROLES lists them on 2026-12-03).
GRANTS = {
    'risk_officer': ('alert.read',),
    'senior_risk_officer': ('alert.read', 'alert.manage'),
    'finance_clerk': ('alert.read',),
    'finance_manager': ('alert.read', 'alert.manage'),
    'admin': ('alert.read', 'alert.manage', 'monitoring.settings'),
    'auditor': ('alert.read',),
    'customer_service': ('alert.read',),
}
NEW_PERMISSIONS = sorted({p for perms in GRANTS.values() for p in perms})


def upgrade() -> None:
    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('fold_key', sa.String(length=200), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('area', sa.String(length=20), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=14), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('first_seen_at', UtcDateTime(), nullable=False),
    sa.Column('last_seen_at', UtcDateTime(), nullable=False),
    sa.Column('acknowledged_by', sa.String(length=64), nullable=True),
    sa.Column('acknowledged_at', UtcDateTime(), nullable=True),
    sa.Column('acknowledged_note', sa.Text(), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.Column('resolved_at', UtcDateTime(), nullable=True),
    sa.Column('resolved_note', sa.Text(), nullable=True),
    sa.Column('escalated_at', UtcDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts'))
    )
    op.create_index('ix_alerts_rule_fold_key_state', 'alerts', ['rule', 'fold_key', 'state'])
    op.create_index('ix_alerts_state_severity', 'alerts', ['state', 'severity'])
    op.create_index(op.f('ix_alerts_area'), 'alerts', ['area'])
    op.create_table('monitoring_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_monitoring_settings'))
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
    op.drop_table('monitoring_settings')
    op.drop_index(op.f('ix_alerts_area'), table_name='alerts')
    op.drop_index('ix_alerts_state_severity', table_name='alerts')
    op.drop_index('ix_alerts_rule_fold_key_state', table_name='alerts')
    op.drop_table('alerts')
