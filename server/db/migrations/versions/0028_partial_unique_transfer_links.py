"""ledger transfers: the unique pending_id and reverses_id only over the rows that set them (partial unique indexes)

A transfer names the reservation it posts or voids (pending_id) or the transfer it reverses (reverses_id); each is
unique, so a reservation resolves once and a transfer is reversed at most once. Nearly every transfer sets neither,
yet the two UNIQUE constraints indexed every row: each plain transfer wrote a NULL entry into two b-trees that no
query and no rule ever read (NULLs are never equal, so they were never in conflict). As partial unique indexes
(WHERE ... IS NOT NULL) they hold the same rule over the same rows and cost a plain transfer nothing; the lookups by
pending_id and reverses_id (a reservation's resolution, whether a transfer was reversed) still use them, since
`column = value` and `column IN (...)` imply IS NOT NULL.

SQLite cannot drop a constraint written in CREATE TABLE: ledger_transfers is rebuilt (a copy of the table, under
deferred foreign keys since reconciliation items point at its rows). PostgreSQL drops the two constraints and
builds the two indexes, which read the table once each.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

LINKS = ('pending_id', 'reverses_id')


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # The rebuild drops the table other rows point at; the checks run at commit (foreign_keys is on).
        op.execute('PRAGMA defer_foreign_keys = ON')
    with op.batch_alter_table('ledger_transfers', schema=None) as batch_op:
        for column in LINKS:
            batch_op.drop_constraint(f'uq_ledger_transfers_{column}', type_='unique')
    for column in LINKS:
        where = sa.text(f'{column} IS NOT NULL')
        op.create_index(f'uq_ledger_transfers_{column}', 'ledger_transfers', [column], unique=True,
                        sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('PRAGMA defer_foreign_keys = ON')
    for column in LINKS:
        op.drop_index(f'uq_ledger_transfers_{column}', table_name='ledger_transfers')
    with op.batch_alter_table('ledger_transfers', schema=None) as batch_op:
        for column in LINKS:
            batch_op.create_unique_constraint(f'uq_ledger_transfers_{column}', [column])
