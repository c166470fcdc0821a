"""ledger transfers: the unique pending_id and reverses_id only over the rows that set them (partial unique indexes)

A transfer names the reservation it posts or voids (pending_id) or the transfer it reverses (reverses_id); each is
unique, so a reservation resolves once and a transfer is reversed at most once. Nearly every transfer sets neither,
yet the two UNIQUE constraints indexed every row: each plain transfer wrote a NULL entry into two b-trees that no
query and no rule ever read (NULLs never collide). As partial unique indexes (WHERE ... IS NOT NULL) they keep the
same rule over the same rows and cost a plain transfer nothing; the lookups by pending_id and reverses_id (a
reservation's resolution, whether a transfer was reversed) still use them, since `column = value` and
`column IN (...)` imply IS NOT NULL.

PostgreSQL drops the two constraints and builds the two indexes. SQLite cannot drop a constraint written in CREATE
TABLE, so ledger_transfers is rebuilt by hand, as SQLite's manual says (lang_altertable.html, "other kinds of table
schema changes"): with foreign keys not enforced, a new table, the rows copied, the old table dropped, the new one
renamed, its indexes built, then the foreign keys checked. Alembic's batch rebuild does it with foreign keys
enforced: dropping the old table then looks up, for each of its rows, the rows pointing at it (in the copy, whose
pending_id and reverses_id had no index yet, and in recon_items, whose entry_id has none alone), and at 1,000,000
transfers it had not finished after 10 minutes. Foreign-key enforcement can only be switched while no transaction
is open: when the connection enforces them (the platform's does), the revisions before this one are committed
first, the rebuild is a transaction of its own, and enforcement is switched on again before Alembic goes on; the
rebuild is written so that running it again on a rebuilt table changes nothing.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

LINKS = ('pending_id', 'reverses_id')
COLUMNS = ('id, transfer_id, debit_account_id, credit_account_id, amount_fen, kind, state, pending, pending_id, '
           'reverses_id, reference, created_at, metadata')
_TABLE = """CREATE TABLE {name} (
	id INTEGER NOT NULL, 
	transfer_id VARCHAR(64) NOT NULL, 
	debit_account_id INTEGER NOT NULL, 
	credit_account_id INTEGER NOT NULL, 
	amount_fen BIGINT NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	state VARCHAR(10) NOT NULL, 
	pending BOOLEAN NOT NULL, 
	pending_id INTEGER, 
	reverses_id INTEGER, 
	reference VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	metadata JSON NOT NULL, 
	CONSTRAINT pk_ledger_transfers PRIMARY KEY (id), 
	CONSTRAINT ck_ledger_transfers_amount_positive CHECK (amount_fen > 0), 
	CONSTRAINT ck_ledger_transfers_distinct_accounts CHECK (debit_account_id <> credit_account_id), 
	CONSTRAINT fk_ledger_transfers_credit_account_id_ledger_accounts FOREIGN KEY(credit_account_id) REFERENCES ledger_accounts (id), 
	CONSTRAINT fk_ledger_transfers_debit_account_id_ledger_accounts FOREIGN KEY(debit_account_id) REFERENCES ledger_accounts (id), 
	CONSTRAINT fk_ledger_transfers_pending_id_ledger_transfers FOREIGN KEY(pending_id) REFERENCES ledger_transfers (id), 
	CONSTRAINT fk_ledger_transfers_reverses_id_ledger_transfers FOREIGN KEY(reverses_id) REFERENCES ledger_transfers (id), {links}
	CONSTRAINT uq_ledger_transfers_transfer_id UNIQUE (transfer_id)
)"""
_LINK_CONSTRAINTS = """
	CONSTRAINT uq_ledger_transfers_pending_id UNIQUE (pending_id), 
	CONSTRAINT uq_ledger_transfers_reverses_id UNIQUE (reverses_id), """
_INDEXES = (
    "CREATE INDEX ix_ledger_transfers_created_at ON ledger_transfers (created_at)",
    "CREATE INDEX ix_ledger_transfers_credit_account_id_id ON ledger_transfers (credit_account_id, id)",
    "CREATE INDEX ix_ledger_transfers_debit_account_id_id ON ledger_transfers (debit_account_id, id)",
    "CREATE INDEX ix_ledger_transfers_reference_kind ON ledger_transfers (reference, kind)",
)
_PARTIAL_LINKS = tuple(f"CREATE UNIQUE INDEX uq_ledger_transfers_{column} ON ledger_transfers ({column}) "
                       f"WHERE {column} IS NOT NULL" for column in LINKS)


def _where(column: str) -> dict:
    condition = sa.text(f'{column} IS NOT NULL')
    return {'sqlite_where': condition, 'postgresql_where': condition}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        _rebuild_sqlite(bind, links_in_table=False)
        return
    for column in LINKS:
        op.drop_constraint(f'uq_ledger_transfers_{column}', 'ledger_transfers', type_='unique')
        op.create_index(f'uq_ledger_transfers_{column}', 'ledger_transfers', [column], unique=True, **_where(column))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        _rebuild_sqlite(bind, links_in_table=True)
        return
    for column in LINKS:
        op.drop_index(f'uq_ledger_transfers_{column}', table_name='ledger_transfers')
        op.create_unique_constraint(f'uq_ledger_transfers_{column}', 'ledger_transfers', [column])


def _rebuild_sqlite(bind, links_in_table: bool) -> None:
    """ledger_transfers made again with the two links' uniqueness in the table (links_in_table) or as partial
    indexes, its rows and ids as they were."""
    table = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'ledger_transfers'").scalar()
    if ('uq_ledger_transfers_pending_id UNIQUE' in table) == links_in_table:
        _indexes(bind, links_in_table)  # rebuilt already (a run stopped before Alembic recorded it)
        return
    driver = bind.connection.driver_connection
    enforced = driver.execute('PRAGMA foreign_keys').fetchone()[0]
    if enforced:
        driver.execute('COMMIT')
        driver.execute('PRAGMA foreign_keys = OFF')
        driver.execute('BEGIN IMMEDIATE')
    try:
        bind.exec_driver_sql('DROP TABLE IF EXISTS ledger_transfers_rebuilt')
        bind.exec_driver_sql(_TABLE.format(name='ledger_transfers_rebuilt',
                                           links=_LINK_CONSTRAINTS if links_in_table else ''))
        bind.exec_driver_sql(f'INSERT INTO ledger_transfers_rebuilt ({COLUMNS}) '
                             f'SELECT {COLUMNS} FROM ledger_transfers ORDER BY id')
        bind.exec_driver_sql('DROP TABLE ledger_transfers')
        bind.exec_driver_sql('ALTER TABLE ledger_transfers_rebuilt RENAME TO ledger_transfers')
        _indexes(bind, links_in_table)
        broken = bind.exec_driver_sql('PRAGMA foreign_key_check(ledger_transfers)').fetchall()
        if broken:
            raise RuntimeError(f'foreign keys broken by the rebuild of ledger_transfers: {broken[:5]}')
    except BaseException:
        if enforced:
            driver.execute('ROLLBACK')
            driver.execute('PRAGMA foreign_keys = ON')
            driver.execute('BEGIN IMMEDIATE')
        raise
    if enforced:
        driver.execute('COMMIT')
        driver.execute('PRAGMA foreign_keys = ON')
        driver.execute('BEGIN IMMEDIATE')


def _indexes(bind, links_in_table: bool) -> None:
    for statement in _INDEXES + (() if links_in_table else _PARTIAL_LINKS):
        bind.exec_driver_sql(statement.replace('CREATE INDEX', 'CREATE INDEX IF NOT EXISTS')
                             .replace('CREATE UNIQUE INDEX', 'CREATE UNIQUE INDEX IF NOT EXISTS'))
