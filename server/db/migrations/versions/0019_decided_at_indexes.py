"""home: indexes on the decision times of applications and withdrawals ("decided today", "paid today" read a day's
range of them on every home screen, every 30 seconds)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_loan_applications_decided_at'), 'loan_applications', ['decided_at'])
    op.create_index(op.f('ix_withdrawals_decided_at'), 'withdrawals', ['decided_at'])


def downgrade() -> None:
    op.drop_index(op.f('ix_withdrawals_decided_at'), table_name='withdrawals')
    op.drop_index(op.f('ix_loan_applications_decided_at'), table_name='loan_applications')
