"""the double-entry ledger: accounts with balance counters, transfers; the platform's own accounts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ledger_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('customer_ref', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('may_go_negative', sa.Boolean(), nullable=False),
    sa.Column('debits_posted', sa.BigInteger(), nullable=False),
    sa.Column('credits_posted', sa.BigInteger(), nullable=False),
    sa.Column('debits_pending', sa.BigInteger(), nullable=False),
    sa.Column('credits_pending', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('debits_posted >= 0 AND credits_posted >= 0 AND debits_pending >= 0 AND credits_pending >= 0', name=op.f('ck_ledger_accounts_counters_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_accounts')),
    sa.UniqueConstraint('code', name=op.f('uq_ledger_accounts_code'))
    )
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_accounts_customer_ref'), ['customer_ref'], unique=False)

    op.create_table('ledger_transfers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transfer_id', sa.String(length=64), nullable=False),
    sa.Column('debit_account_id', sa.Integer(), nullable=False),
    sa.Column('credit_account_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('pending', sa.Boolean(), nullable=False),
    sa.Column('pending_id', sa.Integer(), nullable=True),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.CheckConstraint('amount_fen > 0', name=op.f('ck_ledger_transfers_amount_positive')),
    sa.CheckConstraint('debit_account_id <> credit_account_id', name=op.f('ck_ledger_transfers_distinct_accounts')),
    sa.ForeignKeyConstraint(['credit_account_id'], ['ledger_accounts.id'], name=op.f('fk_ledger_transfers_credit_account_id_ledger_accounts')),
    sa.ForeignKeyConstraint(['debit_account_id'], ['ledger_accounts.id'], name=op.f('fk_ledger_transfers_debit_account_id_ledger_accounts')),
    sa.ForeignKeyConstraint(['pending_id'], ['ledger_transfers.id'], name=op.f('fk_ledger_transfers_pending_id_ledger_transfers')),
    sa.ForeignKeyConstraint(['reverses_id'], ['ledger_transfers.id'], name=op.f('fk_ledger_transfers_reverses_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_transfers')),
    sa.UniqueConstraint('pending_id', name=op.f('uq_ledger_transfers_pending_id')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_ledger_transfers_reverses_id')),
    sa.UniqueConstraint('transfer_id', name=op.f('uq_ledger_transfers_transfer_id'))
    )
    with op.batch_alter_table('ledger_transfers', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_transfers_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_ledger_transfers_credit_account_id_id', ['credit_account_id', 'id'], unique=False)
        batch_op.create_index('ix_ledger_transfers_debit_account_id_id', ['debit_account_id', 'id'], unique=False)
        batch_op.create_index('ix_ledger_transfers_reference_kind', ['reference', 'kind'], unique=False)

    # The platform's accounts exist from the start, so the trial balance always lists them; they may go
    # negative (custodian clearing is the bank side of every customer's money, so it is negative by design).
    accounts = sa.table('ledger_accounts', sa.column('code', sa.String), sa.column('kind', sa.String),
                        sa.column('customer_ref', sa.String), sa.column('name', sa.String),
                        sa.column('may_go_negative', sa.Boolean), sa.column('debits_posted', sa.BigInteger),
                        sa.column('credits_posted', sa.BigInteger), sa.column('debits_pending', sa.BigInteger),
                        sa.column('credits_pending', sa.BigInteger), sa.column('version', sa.Integer))
    op.bulk_insert(accounts, [
        dict(code=f'platform:{code}', kind='platform', customer_ref=None, name=name, may_go_negative=True,
             debits_posted=0, credits_posted=0, debits_pending=0, credits_pending=0, version=1)
        for code, name in (('custodian_clearing', '存管清算 Custodian clearing'), ('fee_income', '平台服务费 Fee income'),
                           ('risk_reserve', '风险准备金 Risk reserve'), ('penalty_income', '罚息收入 Penalty income'),
                           ('suspense', '挂账 Suspense'))])



def downgrade() -> None:
    with op.batch_alter_table('ledger_transfers', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_transfers_reference_kind')
        batch_op.drop_index('ix_ledger_transfers_debit_account_id_id')
        batch_op.drop_index('ix_ledger_transfers_credit_account_id_id')
        batch_op.drop_index('ix_ledger_transfers_created_at')

    op.drop_table('ledger_transfers')
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_accounts_customer_ref'))

    op.drop_table('ledger_accounts')
