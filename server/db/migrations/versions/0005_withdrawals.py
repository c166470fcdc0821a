"""withdrawal requests with their rule flags and reservations; staff linked to customer accounts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('withdrawals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('request_id', sa.String(length=40), nullable=False),
    sa.Column('customer_ref', sa.String(length=32), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('bank_card', sa.Text(), nullable=False),
    sa.Column('bank_card_index', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('flag_large', sa.Boolean(), nullable=False),
    sa.Column('flag_new_bank_card', sa.Boolean(), nullable=False),
    sa.Column('flag_soon_after_recharge', sa.Boolean(), nullable=False),
    sa.Column('flag_many_today', sa.Boolean(), nullable=False),
    sa.Column('needs_second_approval', sa.Boolean(), nullable=False),
    sa.Column('reservation_transfer_id', sa.String(length=64), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_approver_id', sa.Integer(), nullable=True),
    sa.Column('first_approver_name', sa.String(length=64), nullable=True),
    sa.Column('first_approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_by_name', sa.String(length=64), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reject_reason', sa.String(length=500), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_withdrawals')),
    sa.UniqueConstraint('number', name=op.f('uq_withdrawals_number')),
    sa.UniqueConstraint('request_id', name=op.f('uq_withdrawals_request_id'))
    )
    with op.batch_alter_table('withdrawals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_withdrawals_bank_card_index'), ['bank_card_index'], unique=False)
        batch_op.create_index('ix_withdrawals_customer_ref_requested_at', ['customer_ref', 'requested_at'], unique=False)
        batch_op.create_index('ix_withdrawals_state_requested_at', ['state', 'requested_at'], unique=False)

    op.create_table('withdrawal_staff_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_ref', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_withdrawal_staff_links_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_withdrawal_staff_links')),
    sa.UniqueConstraint('customer_ref', 'user_id', name='uq_withdrawal_staff_links_customer_user')
    )
    with op.batch_alter_table('withdrawal_staff_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_withdrawal_staff_links_customer_ref'), ['customer_ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_withdrawal_staff_links_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('withdrawal_staff_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_withdrawal_staff_links_user_id'))
        batch_op.drop_index(batch_op.f('ix_withdrawal_staff_links_customer_ref'))

    op.drop_table('withdrawal_staff_links')
    with op.batch_alter_table('withdrawals', schema=None) as batch_op:
        batch_op.drop_index('ix_withdrawals_state_requested_at')
        batch_op.drop_index('ix_withdrawals_customer_ref_requested_at')
        batch_op.drop_index(batch_op.f('ix_withdrawals_bank_card_index'))

    op.drop_table('withdrawals')
