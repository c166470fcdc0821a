"""alert delivery and callbacks: the outbox's alert, channel secrets, pauses and the callbacks done

- notification_outbox.alert_id: the alert a message tells about (its deliveries show on the alert).
- monitoring_settings.secret: a channel's password or gateway key, encrypted with the server's key ring.
- monitoring_pauses: pauses a rule's callback started (withdrawals), until a manager lifts them.
- alert_callbacks: each action a callback took for an alert (so a repeat does not act again).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from server.db.base import UtcDateTime

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notification_outbox') as batch:
        batch.add_column(sa.Column('alert_id', sa.Integer(), nullable=True))
        batch.create_index(batch.f('ix_notification_outbox_alert_id'), ['alert_id'])
    with op.batch_alter_table('monitoring_settings') as batch:
        batch.add_column(sa.Column('secret', sa.Text(), nullable=True))
    op.create_table('monitoring_pauses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('paused_at', UtcDateTime(), nullable=False),
    sa.Column('paused_by', sa.String(length=64), nullable=False),
    sa.Column('lifted_at', UtcDateTime(), nullable=True),
    sa.Column('lifted_by', sa.String(length=64), nullable=True),
    sa.Column('lift_note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_pauses'))
    )
    op.create_index('ix_monitoring_pauses_kind_lifted_at', 'monitoring_pauses', ['kind', 'lifted_at'])
    op.create_table('alert_callbacks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('subject', sa.String(length=120), nullable=False),
    sa.Column('done_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_callbacks')),
    sa.UniqueConstraint('alert_id', 'action', 'subject', name=op.f('uq_alert_callbacks_alert_id'))
    )
    op.create_index(op.f('ix_alert_callbacks_alert_id'), 'alert_callbacks', ['alert_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_alert_callbacks_alert_id'), table_name='alert_callbacks')
    op.drop_table('alert_callbacks')
    op.drop_index('ix_monitoring_pauses_kind_lifted_at', table_name='monitoring_pauses')
    op.drop_table('monitoring_pauses')
    with op.batch_alter_table('monitoring_settings') as batch:
        batch.drop_column('secret')
    with op.batch_alter_table('notification_outbox') as batch:
        batch.drop_index(batch.f('ix_notification_outbox_alert_id'))
        batch.drop_column('alert_id')
