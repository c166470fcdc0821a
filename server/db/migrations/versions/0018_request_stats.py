"""request statistics per minute for the traffic rules

- request_stats: one row per minute, route group and server process (requests, 5xx answers, latency sum and
  counts per latency bucket), written by each process at most once a minute and read by the traffic rules.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from server.db.base import UtcDateTime

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('request_stats',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('minute', UtcDateTime(), nullable=False),
    sa.Column('route_group', sa.String(length=40), nullable=False),
    sa.Column('worker', sa.String(length=100), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('errors_5xx', sa.Integer(), nullable=False),
    sa.Column('latency_ms_sum', sa.BigInteger(), nullable=False),
    sa.Column('latency_buckets', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_stats'))
    )
    op.create_index('ix_request_stats_minute_route_group', 'request_stats', ['minute', 'route_group'])


def downgrade() -> None:
    op.drop_index('ix_request_stats_minute_route_group', table_name='request_stats')
    op.drop_table('request_stats')
