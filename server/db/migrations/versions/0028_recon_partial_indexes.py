"""recon items: partial indexes for serials (bank lines), groups (matched items) and entry ids (ledger items)

Storing a million statement lines and writing a run's results spent much of their time keeping up indexes with
entries nobody looks up: every bank line had an entry in the (day_id, entry_id) unique index with a NULL entry id
and in the group index with a NULL group, every ledger item one in the serial index, which only the check of a
file's serials against the bank lines stored before reads. Each index now holds only the rows it is read for:
- ix_recon_items_serial: bank lines (side = 'bank');
- ix_recon_items_group_id: items in a match group (group_id IS NOT NULL); groups are looked up by a known id;
- uq_recon_items_day_id_entry_id: ledger items (entry_id IS NOT NULL); the uniqueness it guards is unchanged, as
  NULLs never collided. It was a table constraint and becomes a unique index of the same name.

On SQLite the constraint lives in the table's definition, so the table is rebuilt (rows copied as they are).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

_BANK_ONLY = "side = 'bank'"


def _where(condition: str) -> dict:
    return {"sqlite_where": sa.text(condition), "postgresql_where": sa.text(condition)}


def upgrade() -> None:
    with op.batch_alter_table('recon_items', schema=None) as batch_op:
        batch_op.drop_constraint('uq_recon_items_day_id_entry_id', type_='unique')
        batch_op.drop_index('ix_recon_items_serial')
        batch_op.drop_index('ix_recon_items_group_id')
    op.create_index('ix_recon_items_serial', 'recon_items', ['serial'], **_where(_BANK_ONLY))
    op.create_index('ix_recon_items_group_id', 'recon_items', ['group_id'], **_where("group_id IS NOT NULL"))
    op.create_index('uq_recon_items_day_id_entry_id', 'recon_items', ['day_id', 'entry_id'], unique=True,
                    **_where("entry_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index('uq_recon_items_day_id_entry_id', table_name='recon_items')
    op.drop_index('ix_recon_items_group_id', table_name='recon_items')
    op.drop_index('ix_recon_items_serial', table_name='recon_items')
    with op.batch_alter_table('recon_items', schema=None) as batch_op:
        batch_op.create_index('ix_recon_items_serial', ['serial'], unique=False)
        batch_op.create_index('ix_recon_items_group_id', ['group_id'], unique=False)
        batch_op.create_unique_constraint('uq_recon_items_day_id_entry_id', ['day_id', 'entry_id'])
