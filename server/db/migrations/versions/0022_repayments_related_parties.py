"""loans: every receipt on an installment kept with its time and split (loan_repayments), filled from the
installments paid or partly paid before; customers: the relation of a related party of the platform

An installment kept one `paid_at` and a running `paid_fen`, so a partial payment lost its date and no month's end
could be rebuilt. Each installment paid before this revision becomes one receipt: at its `paid_at`, or (rows
marked paid without a time, as the demo's bulk updates left them) at the start of its due day in Shanghai. A
fully paid installment's receipt is its principal and interest and the rest its penalty; a partly paid one's
went to interest first, as the after-loan desk books it.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

# The start of the due day in Shanghai as UTC; China keeps UTC+8 all year (server/clock.py).
DUE_DAY_START = {"sqlite": "datetime(i.due_date, '-8 hours')",
                 "postgresql": "(CAST(i.due_date AS timestamp) - interval '8 hours') AT TIME ZONE 'UTC'"}


def upgrade() -> None:
    op.create_table('loan_repayments',
                    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
                    sa.Column('application_id', sa.Integer(), nullable=False),
                    sa.Column('installment_id', sa.Integer(), nullable=False),
                    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
                    sa.Column('principal_fen', sa.BigInteger(), nullable=False),
                    sa.Column('interest_fen', sa.BigInteger(), nullable=False),
                    sa.Column('penalty_fen', sa.BigInteger(), nullable=False),
                    sa.Column('kind', sa.String(length=12), nullable=False),
                    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'],
                                            name=op.f('fk_loan_repayments_application_id_loan_applications')),
                    sa.ForeignKeyConstraint(['installment_id'], ['loan_installments.id'],
                                            name=op.f('fk_loan_repayments_installment_id_loan_installments')),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_repayments')))
    op.create_index(op.f('ix_loan_repayments_application_id'), 'loan_repayments', ['application_id'])
    op.create_index(op.f('ix_loan_repayments_installment_id'), 'loan_repayments', ['installment_id'])
    op.create_index(op.f('ix_loan_repayments_at'), 'loan_repayments', ['at'])
    op.add_column('customers', sa.Column('related_party', sa.String(length=200), nullable=True))

    due_day_start = DUE_DAY_START[op.get_bind().dialect.name]
    paid = "i.state = 'paid'"
    interest = f"CASE WHEN {paid} OR i.paid_fen >= i.interest_fen THEN i.interest_fen ELSE i.paid_fen END"
    principal = (f"CASE WHEN {paid} THEN i.principal_fen WHEN i.paid_fen <= i.interest_fen THEN 0 "
                 f"WHEN i.paid_fen - i.interest_fen >= i.principal_fen THEN i.principal_fen "
                 f"ELSE i.paid_fen - i.interest_fen END")
    penalty = (f"CASE WHEN i.paid_fen > i.principal_fen + i.interest_fen "
               f"THEN i.paid_fen - i.principal_fen - i.interest_fen ELSE 0 END")
    kind = ("CASE WHEN EXISTS (SELECT 1 FROM loan_applications a WHERE a.id = i.application_id "
            "AND a.state = 'compensated') AND i.paid_at IS NOT NULL AND i.paid_at > ("
            "SELECT MIN(e.at) FROM loan_events e WHERE e.application_id = i.application_id "
            "AND e.to_state = 'compensated') THEN 'recovery' ELSE 'repayment' END")
    op.execute(f"INSERT INTO loan_repayments (application_id, installment_id, at, principal_fen, interest_fen, "
               f"penalty_fen, kind) "
               f"SELECT i.application_id, i.id, COALESCE(i.paid_at, {due_day_start}), {principal}, {interest}, "
               f"{penalty}, {kind} FROM loan_installments i WHERE i.state = 'paid' OR i.paid_fen > 0")


def downgrade() -> None:
    op.drop_column('customers', 'related_party')
    op.drop_index(op.f('ix_loan_repayments_at'), table_name='loan_repayments')
    op.drop_index(op.f('ix_loan_repayments_installment_id'), table_name='loan_repayments')
    op.drop_index(op.f('ix_loan_repayments_application_id'), table_name='loan_repayments')
    op.drop_table('loan_repayments')
