"""backups: the record of every backup run (the console's list, the monitoring rule "no backup in 24 h")

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

from server.db.base import UtcDateTime

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('backup_runs',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('trigger', sa.String(length=12), nullable=False),
                    sa.Column('started_at', UtcDateTime(), nullable=False),
                    sa.Column('finished_at', UtcDateTime(), nullable=True),
                    sa.Column('outcome', sa.String(length=12), nullable=False),
                    sa.Column('size_bytes', sa.BigInteger(), nullable=True),
                    sa.Column('path', sa.String(length=1000), nullable=True),
                    sa.Column('error', sa.Text(), nullable=True),
                    sa.Column('pruned_at', UtcDateTime(), nullable=True),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_runs')))
    op.create_index('ix_backup_runs_outcome_finished', 'backup_runs', ['outcome', 'finished_at'])


def downgrade() -> None:
    op.drop_index('ix_backup_runs_outcome_finished', table_name='backup_runs')
    op.drop_table('backup_runs')
