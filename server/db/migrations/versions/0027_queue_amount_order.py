"""loan queue sorted by amount: an index on (state, amount_fen, id) that gives the queue's whole order

The queue sorts by amount with the id as tie-breaker (amount_fen DESC, id DESC). Amounts are round figures, so
one amount can be shared by a large share of a state's loans (at a million demo applications, 128,427 repaying
loans ask for exactly 200,000 yuan): from (state, amount_fen) alone PostgreSQL had to read all of them from the
table to sort them by id before it could return the first 50 (175 ms). With the id in the index it reads 50.
The (state, amount_fen) index stays: its duplicate keys are stored once (PostgreSQL's B-tree deduplication), so
it is five times smaller and the queue's total count over it is faster than over the new one.

A plain CREATE INDEX: 2.6 s at a million applications on PostgreSQL (it blocks writes to the table meanwhile).

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04
"""
from alembic import op

revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_loan_applications_state_amount_id', 'loan_applications', ['state', 'amount_fen', 'id'])


def downgrade() -> None:
    op.drop_index('ix_loan_applications_state_amount_id', table_name='loan_applications')
