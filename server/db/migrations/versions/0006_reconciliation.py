"""reconciliation: business days, imported statements, the items of both sides with their matching result,
adjusting-entry proposals and saved column profiles

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recon_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('run_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('run_by', sa.String(length=64), nullable=True),
    sa.Column('ledger_customers_fen', sa.BigInteger(), nullable=True),
    sa.Column('custodian_reported_fen', sa.BigInteger(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=64), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recon_days')),
    sa.UniqueConstraint('day', name=op.f('uq_recon_days_day'))
    )
    op.create_table('recon_profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recon_profiles')),
    sa.UniqueConstraint('name', name=op.f('uq_recon_profiles_name'))
    )
    op.create_table('recon_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('proposed_by', sa.String(length=64), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=True),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.String(length=500), nullable=True),
    sa.Column('transfer_id', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['recon_days.id'], name=op.f('fk_recon_proposals_day_id_recon_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recon_proposals'))
    )
    with op.batch_alter_table('recon_proposals', schema=None) as batch_op:
        batch_op.create_index('ix_recon_proposals_state_day_id', ['state', 'day_id'], unique=False)

    op.create_table('recon_statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('encoding', sa.String(length=32), nullable=False),
    sa.Column('profile', sa.String(length=64), nullable=True),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('in_fen', sa.BigInteger(), nullable=False),
    sa.Column('out_fen', sa.BigInteger(), nullable=False),
    sa.Column('reported_balance_fen', sa.BigInteger(), nullable=True),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['recon_days.id'], name=op.f('fk_recon_statements_day_id_recon_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recon_statements')),
    sa.UniqueConstraint('sha256', name=op.f('uq_recon_statements_sha256'))
    )
    with op.batch_alter_table('recon_statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recon_statements_day_id'), ['day_id'], unique=False)

    op.create_table('recon_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=6), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('line_no', sa.Integer(), nullable=True),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('account', sa.String(length=64), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('summary', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=16), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('match_pass', sa.String(length=12), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('counterpart_id', sa.Integer(), nullable=True),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['day_id'], ['recon_days.id'], name=op.f('fk_recon_items_day_id_recon_days')),
    sa.ForeignKeyConstraint(['entry_id'], ['ledger_transfers.id'], name=op.f('fk_recon_items_entry_id_ledger_transfers')),
    sa.ForeignKeyConstraint(['statement_id'], ['recon_statements.id'], name=op.f('fk_recon_items_statement_id_recon_statements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recon_items')),
    sa.UniqueConstraint('day_id', 'entry_id', name='uq_recon_items_day_id_entry_id')
    )
    with op.batch_alter_table('recon_items', schema=None) as batch_op:
        batch_op.create_index('ix_recon_items_day_id_side_state', ['day_id', 'side', 'state'], unique=False)
        batch_op.create_index('ix_recon_items_group_id', ['group_id'], unique=False)
        batch_op.create_index('ix_recon_items_serial', ['serial'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('recon_items', schema=None) as batch_op:
        batch_op.drop_index('ix_recon_items_serial')
        batch_op.drop_index('ix_recon_items_group_id')
        batch_op.drop_index('ix_recon_items_day_id_side_state')

    op.drop_table('recon_items')
    with op.batch_alter_table('recon_statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recon_statements_day_id'))

    op.drop_table('recon_statements')
    with op.batch_alter_table('recon_proposals', schema=None) as batch_op:
        batch_op.drop_index('ix_recon_proposals_state_day_id')

    op.drop_table('recon_proposals')
    op.drop_table('recon_profiles')
    op.drop_table('recon_days')
