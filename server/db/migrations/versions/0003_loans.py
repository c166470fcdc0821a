"""loans, and approval limits on roles

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa




revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blacklist_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value_index', sa.String(length=64), nullable=False),
    sa.Column('value_masked', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_by', sa.String(length=64), nullable=True),
    sa.Column('removal_reason', sa.String(length=500), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blacklist_entries'))
    )
    with op.batch_alter_table('blacklist_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_blacklist_entries_value_index'), ['value_index'], unique=False)

    op.create_table('borrowers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.Text(), nullable=False),
    sa.Column('id_number_index', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('phone_index', sa.String(length=64), nullable=True),
    sa.Column('bank_card', sa.Text(), nullable=True),
    sa.Column('bank_card_index', sa.String(length=64), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('monthly_income_fen', sa.BigInteger(), nullable=False),
    sa.Column('monthly_debt_payments_fen', sa.BigInteger(), nullable=False),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_borrowers')),
    sa.UniqueConstraint('number', name=op.f('uq_borrowers_number'))
    )
    with op.batch_alter_table('borrowers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_borrowers_bank_card_index'), ['bank_card_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_borrowers_id_number_index'), ['id_number_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_borrowers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_borrowers_phone_index'), ['phone_index'], unique=False)

    op.create_table('loan_applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('borrower_id', sa.Integer(), nullable=False),
    sa.Column('borrower_name', sa.String(length=100), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('annual_rate', sa.Numeric(precision=8, scale=6), nullable=False),
    sa.Column('method', sa.String(length=24), nullable=False),
    sa.Column('purpose', sa.String(length=500), nullable=False),
    sa.Column('guarantee', sa.String(length=500), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('risk_score', sa.Integer(), nullable=True),
    sa.Column('risk_grade', sa.String(length=4), nullable=True),
    sa.Column('risk_hits', sa.JSON(), nullable=True),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('overrides', sa.JSON(), nullable=False),
    sa.Column('needs_second_review', sa.Boolean(), nullable=False),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('first_reviewer_id', sa.Integer(), nullable=True),
    sa.Column('second_reviewer_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('listed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('funding_deadline', sa.DateTime(timezone=True), nullable=True),
    sa.Column('funded_fen', sa.BigInteger(), nullable=False),
    sa.Column('disbursed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('settled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['borrower_id'], ['borrowers.id'], name=op.f('fk_loan_applications_borrower_id_borrowers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_applications')),
    sa.UniqueConstraint('number', name=op.f('uq_loan_applications_number'))
    )
    with op.batch_alter_table('loan_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_applications_assigned_to_id'), ['assigned_to_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_applications_borrower_id'), ['borrower_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_applications_borrower_name'), ['borrower_name'], unique=False)
        batch_op.create_index('ix_loan_applications_grade_submitted', ['risk_grade', 'submitted_at'], unique=False)
        batch_op.create_index('ix_loan_applications_reviewer_state', ['first_reviewer_id', 'state'], unique=False)
        batch_op.create_index('ix_loan_applications_state_amount', ['state', 'amount_fen'], unique=False)
        batch_op.create_index('ix_loan_applications_state_submitted', ['state', 'submitted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_applications_submitted_at'), ['submitted_at'], unique=False)

    op.create_table('loan_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by', sa.String(length=64), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'], name=op.f('fk_loan_documents_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_documents'))
    )
    with op.batch_alter_table('loan_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_documents_application_id'), ['application_id'], unique=False)

    op.create_table('loan_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=True),
    sa.Column('to_state', sa.String(length=20), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'], name=op.f('fk_loan_events_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_events'))
    )
    with op.batch_alter_table('loan_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_events_application_id'), ['application_id'], unique=False)

    op.create_table('loan_installments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('principal_fen', sa.BigInteger(), nullable=False),
    sa.Column('interest_fen', sa.BigInteger(), nullable=False),
    sa.Column('penalty_fen', sa.BigInteger(), nullable=False),
    sa.Column('paid_fen', sa.BigInteger(), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'], name=op.f('fk_loan_installments_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_installments'))
    )
    with op.batch_alter_table('loan_installments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_installments_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_installments_due_date'), ['due_date'], unique=False)

    op.create_table('loan_investments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('investor_ref', sa.String(length=40), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'], name=op.f('fk_loan_investments_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_investments'))
    )
    with op.batch_alter_table('loan_investments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_investments_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loan_investments_investor_ref'), ['investor_ref'], unique=False)
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approval_limit_fen', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.drop_column('approval_limit_fen')
    with op.batch_alter_table('loan_investments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_investments_investor_ref'))
        batch_op.drop_index(batch_op.f('ix_loan_investments_application_id'))

    op.drop_table('loan_investments')
    with op.batch_alter_table('loan_installments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_installments_due_date'))
        batch_op.drop_index(batch_op.f('ix_loan_installments_application_id'))

    op.drop_table('loan_installments')
    with op.batch_alter_table('loan_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_events_application_id'))

    op.drop_table('loan_events')
    with op.batch_alter_table('loan_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_documents_application_id'))

    op.drop_table('loan_documents')
    with op.batch_alter_table('loan_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_applications_submitted_at'))
        batch_op.drop_index('ix_loan_applications_state_submitted')
        batch_op.drop_index('ix_loan_applications_state_amount')
        batch_op.drop_index('ix_loan_applications_reviewer_state')
        batch_op.drop_index('ix_loan_applications_grade_submitted')
        batch_op.drop_index(batch_op.f('ix_loan_applications_borrower_name'))
        batch_op.drop_index(batch_op.f('ix_loan_applications_borrower_id'))
        batch_op.drop_index(batch_op.f('ix_loan_applications_assigned_to_id'))

    op.drop_table('loan_applications')
    with op.batch_alter_table('borrowers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_borrowers_phone_index'))
        batch_op.drop_index(batch_op.f('ix_borrowers_name'))
        batch_op.drop_index(batch_op.f('ix_borrowers_id_number_index'))
        batch_op.drop_index(batch_op.f('ix_borrowers_bank_card_index'))

    op.drop_table('borrowers')
    with op.batch_alter_table('blacklist_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blacklist_entries_value_index'))

    op.drop_table('blacklist_entries')
