"""several workers: rate-limit counters and the sign-in generation kept in the database, shared by every process

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rate_limit_hits',
                    sa.Column('scope', sa.String(length=24), nullable=False),
                    sa.Column('key', sa.String(length=200), nullable=False),
                    sa.Column('window_start', sa.BigInteger(), nullable=False),
                    sa.Column('hits', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('scope', 'key', 'window_start', name=op.f('pk_rate_limit_hits')))
    op.create_index('ix_rate_limit_hits_window_start', 'rate_limit_hits', ['window_start'])
    generation = op.create_table('auth_generation',
                                 sa.Column('id', sa.Integer(), nullable=False),
                                 sa.Column('value', sa.BigInteger(), nullable=False),
                                 sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_generation')))
    op.bulk_insert(generation, [{'id': 1, 'value': 0}])


def downgrade() -> None:
    op.drop_table('auth_generation')
    op.drop_index('ix_rate_limit_hits_window_start', table_name='rate_limit_hits')
    op.drop_table('rate_limit_hits')
