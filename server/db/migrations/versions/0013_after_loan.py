"""loans: collection, compensation and write-off after approval

Who collects each overdue loan and the next action date, every collection contact (promises to pay
included), and the compensation and write-off proposals decided by a second person.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('loan_collection_cases',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('collector', sa.String(length=64), nullable=True),
    sa.Column('assigned_by', sa.String(length=64), nullable=True),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_action_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'],
                            name=op.f('fk_loan_collection_cases_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('application_id', name=op.f('pk_loan_collection_cases'))
    )
    op.create_index(op.f('ix_loan_collection_cases_collector'), 'loan_collection_cases', ['collector'])
    op.create_index(op.f('ix_loan_collection_cases_next_action_date'), 'loan_collection_cases', ['next_action_date'])
    op.create_table('loan_collection_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by_username', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=1000), nullable=False),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('promised_amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('next_action_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'],
                            name=op.f('fk_loan_collection_contacts_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_collection_contacts'))
    )
    op.create_index(op.f('ix_loan_collection_contacts_application_id'), 'loan_collection_contacts', ['application_id'])
    op.create_table('loan_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=1000), nullable=False),
    sa.Column('proposed_by', sa.String(length=64), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=True),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.String(length=1000), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['loan_applications.id'],
                            name=op.f('fk_loan_proposals_application_id_loan_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_proposals'))
    )
    op.create_index(op.f('ix_loan_proposals_application_id'), 'loan_proposals', ['application_id'])
    op.create_index('ix_loan_proposals_state_kind', 'loan_proposals', ['state', 'kind'])


def downgrade() -> None:
    op.drop_index('ix_loan_proposals_state_kind', table_name='loan_proposals')
    op.drop_index(op.f('ix_loan_proposals_application_id'), table_name='loan_proposals')
    op.drop_table('loan_proposals')
    op.drop_index(op.f('ix_loan_collection_contacts_application_id'), table_name='loan_collection_contacts')
    op.drop_table('loan_collection_contacts')
    op.drop_index(op.f('ix_loan_collection_cases_next_action_date'), table_name='loan_collection_cases')
    op.drop_index(op.f('ix_loan_collection_cases_collector'), table_name='loan_collection_cases')
    op.drop_table('loan_collection_cases')
