"""after-loan: a partial index of the unpaid installments by due date (overdue detection, the overdue list and the
home screen's buckets read the few unpaid installments past due, not the millions paid)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

UNPAID = sa.text("state <> 'paid'")


def upgrade() -> None:
    op.create_index('ix_loan_installments_unpaid_due', 'loan_installments', ['due_date', 'application_id'],
                    sqlite_where=UNPAID, postgresql_where=UNPAID)


def downgrade() -> None:
    op.drop_index('ix_loan_installments_unpaid_due', table_name='loan_installments')
