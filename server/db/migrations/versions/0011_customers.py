"""customers: one table of investors and borrowers, persons and companies

Every borrower becomes a customer of the borrowing side with the same id and number (loan_applications.borrower_id
now points at customers.id); a borrower's bank card becomes their default card. Every investor known only by a
reference (loan_investments.investor_ref, a ledger account's or a withdrawal's customer_ref) that is no borrower
becomes a customer of the investing side with that number and no name yet. The encrypted values keep their
ciphertext (the new columns still read the former purposes; `rotate-pii-key` re-encrypts them), so no key is
needed here. The standard roles that exist get the permissions of the customer and after-loan work, as
server/permissions.py DEMO_ROLES gives them. Names get a second index for prefix search (on PostgreSQL with the pattern
operator class, which compares bytes whatever the database's collation).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

from server import clock

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# The permissions this work adds, by standard role (as server/permissions.py DEMO_ROLES lists them on 2026-12-03).
GRANTS = {
    'risk_officer': ('customer.service', 'loan.collect'),
    'senior_risk_officer': ('customer.service', 'customer.phone_change.approve', 'loan.collect'),
    'finance_manager': ('loan.compensation.approve', 'loan.write_off.approve'),
    'customer_service': ('customer.service',),
}
NEW_PERMISSIONS = sorted({p for perms in GRANTS.values() for p in perms})


def _create_tables() -> None:
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.Text(), nullable=True),
    sa.Column('id_number_index', sa.String(length=64), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('phone_index', sa.String(length=64), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('email_index', sa.String(length=64), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('monthly_income_fen', sa.BigInteger(), nullable=False),
    sa.Column('monthly_debt_payments_fen', sa.BigInteger(), nullable=False),
    sa.Column('employer', sa.String(length=200), nullable=False),
    sa.Column('legal_representative', sa.String(length=100), nullable=True),
    sa.Column('registered_capital_fen', sa.BigInteger(), nullable=True),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('login_locked', sa.Boolean(), nullable=False),
    sa.Column('locked_reason', sa.String(length=500), nullable=True),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('locked_by', sa.String(length=64), nullable=True),
    sa.Column('last_sign_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('login_password_hash', sa.String(length=200), nullable=True),
    sa.Column('withdrawal_password_hash', sa.String(length=200), nullable=True),
    sa.Column('withdrawal_failures', sa.Integer(), nullable=False),
    sa.Column('withdrawals_locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('number', name=op.f('uq_customers_number'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_email_index'), ['email_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_id_number_index'), ['id_number_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone_index'), ['phone_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_side'), ['side'], unique=False)
        batch_op.create_index('ix_customers_name_prefix', ['name'], unique=False,
                              postgresql_ops={'name': 'varchar_pattern_ops'})

    op.create_table('customer_cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('bank', sa.String(length=60), nullable=False),
    sa.Column('card', sa.Text(), nullable=False),
    sa.Column('card_index', sa.String(length=64), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_cards_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_cards'))
    )
    with op.batch_alter_table('customer_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_cards_card_index'), ['card_index'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_cards_customer_id'), ['customer_id'], unique=False)


def _advance_sequences(bind) -> None:
    if bind.dialect.name == 'postgresql':
        for table in ('customers', 'customer_cards'):
            bind.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        # Tables are rebuilt below while rows point at them; the checks run at commit (foreign_keys is on).
        op.execute('PRAGMA defer_foreign_keys = ON')
    _create_tables()
    bind.execute(sa.text(
        "INSERT INTO customers (id, number, side, kind, name, id_number, id_number_index, phone, phone_index, "
        "birth_date, monthly_income_fen, monthly_debt_payments_fen, employer, verified, verified_at, login_locked, "
        "withdrawal_failures, created_at, version) "
        "SELECT id, number, 'borrower', kind, name, id_number, id_number_index, phone, phone_index, birth_date, "
        "monthly_income_fen, monthly_debt_payments_fen, employer, :yes, created_at, :no, 0, created_at, version "
        "FROM borrowers").bindparams(yes=True, no=False))
    bind.execute(sa.text(
        "INSERT INTO customer_cards (customer_id, bank, card, card_index, is_default, added_at) "
        "SELECT id, '', bank_card, bank_card_index, :yes, created_at FROM borrowers "
        "WHERE bank_card IS NOT NULL AND bank_card_index IS NOT NULL").bindparams(yes=True))

    refs = set()
    for query in ("SELECT DISTINCT investor_ref FROM loan_investments",
                  "SELECT DISTINCT customer_ref FROM ledger_accounts WHERE customer_ref IS NOT NULL",
                  "SELECT DISTINCT customer_ref FROM withdrawals"):
        refs.update(r for (r,) in bind.execute(sa.text(query)) if r)
    known = {n for (n,) in bind.execute(sa.text("SELECT number FROM customers"))}
    new = sorted(r for r in refs - known if len(r) <= 20)
    if new:
        first = (bind.execute(sa.text("SELECT MAX(id) FROM customers")).scalar() or 0) + 1
        now = clock.now()  # the platform's clock (a test may have fixed it)
        customers = sa.table('customers', *(sa.column(c) for c in (
            'id', 'number', 'side', 'kind', 'name', 'monthly_income_fen', 'monthly_debt_payments_fen', 'employer',
            'verified', 'login_locked', 'withdrawal_failures', 'created_at', 'version')))
        bind.execute(customers.insert(), [
            {'id': first + k, 'number': ref, 'side': 'borrower' if ref.startswith('BR') else 'investor',
             'kind': 'person', 'name': '', 'monthly_income_fen': 0, 'monthly_debt_payments_fen': 0, 'employer': '',
             'verified': False, 'login_locked': False, 'withdrawal_failures': 0, 'created_at': now, 'version': 1}
            for k, ref in enumerate(new)])
    _advance_sequences(bind)

    with op.batch_alter_table('loan_applications', schema=None) as batch_op:
        batch_op.drop_constraint('fk_loan_applications_borrower_id_borrowers', type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_loan_applications_borrower_id_customers'), 'customers',
                                    ['borrower_id'], ['id'])
    with op.batch_alter_table('borrowers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_borrowers_phone_index'))
        batch_op.drop_index(batch_op.f('ix_borrowers_name'))
        batch_op.drop_index(batch_op.f('ix_borrowers_id_number_index'))
        batch_op.drop_index(batch_op.f('ix_borrowers_bank_card_index'))
    op.drop_table('borrowers')

    for role, permissions in GRANTS.items():
        for permission in permissions:
            bind.execute(sa.text(
                "INSERT INTO role_permissions (role_id, permission) SELECT r.id, :permission FROM roles r "
                "WHERE r.name = :role AND NOT EXISTS (SELECT 1 FROM role_permissions p "
                "WHERE p.role_id = r.id AND p.permission = :permission)").bindparams(role=role, permission=permission))


def downgrade() -> None:
    """Back to `borrowers`: the customers of the borrowing side with their default card; investors and companies'
    extra details, e-mails, further cards and sign-in security are lost (the references stay where they were)."""
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        op.execute('PRAGMA defer_foreign_keys = ON')
    for permission in NEW_PERMISSIONS:
        bind.execute(sa.text("DELETE FROM role_permissions WHERE permission = :permission").bindparams(
            permission=permission))
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
    # Every customer a loan points at, and every other borrower with an identity number.
    bind.execute(sa.text(
        "INSERT INTO borrowers (id, number, kind, name, id_number, id_number_index, phone, phone_index, bank_card, "
        "bank_card_index, birth_date, monthly_income_fen, monthly_debt_payments_fen, employer, created_at, version) "
        "SELECT c.id, c.number, c.kind, c.name, COALESCE(c.id_number, ''), COALESCE(c.id_number_index, ''), c.phone, "
        "c.phone_index, d.card, d.card_index, c.birth_date, c.monthly_income_fen, c.monthly_debt_payments_fen, "
        "c.employer, c.created_at, c.version FROM customers c "
        "LEFT JOIN customer_cards d ON d.id = (SELECT MIN(e.id) FROM customer_cards e WHERE e.customer_id = c.id "
        "AND e.is_default = :yes) "
        "WHERE (c.side = 'borrower' AND c.id_number IS NOT NULL) "
        "OR c.id IN (SELECT borrower_id FROM loan_applications)").bindparams(yes=True))
    with op.batch_alter_table('loan_applications', schema=None) as batch_op:
        batch_op.drop_constraint('fk_loan_applications_borrower_id_customers', type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_loan_applications_borrower_id_borrowers'), 'borrowers',
                                    ['borrower_id'], ['id'])
    with op.batch_alter_table('customer_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_cards_customer_id'))
        batch_op.drop_index(batch_op.f('ix_customer_cards_card_index'))
    op.drop_table('customer_cards')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_name_prefix')
        batch_op.drop_index(batch_op.f('ix_customers_side'))
        batch_op.drop_index(batch_op.f('ix_customers_phone_index'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))
        batch_op.drop_index(batch_op.f('ix_customers_id_number_index'))
        batch_op.drop_index(batch_op.f('ix_customers_email_index'))
    op.drop_table('customers')
