"""loans: the blacklist keeps its values encrypted, with source and four-eyes removal

- blacklist_entries.value: the value, encrypted (EncryptedText "blacklist.value", the keyed hash `value_index`
  beside it), so that rotate-pii-key can re-key the hash from the value.
  Entries made before this revision kept only the keyed hash and the mask: a hash cannot be turned back into its
  value, so their `value` stays NULL. They keep matching (hash) and showing (mask) as before, but a rotation of
  the index key cannot re-key them: whoever rotates it re-enters them (the list shows them as masked values).
  Entries by a borrower's number (kind "borrower") stay as they are (the number is their `value_index`).
- blacklist_entries.source: internal | court | partner; existing entries are internal.
- blacklist_removals: a removal is a request (pending) decided by a second person (approved | rejected). Each
  entry removed before this revision gets one approved request with what was recorded: the remover as both
  requester and decider (one person removed it then), the removal's time and reason.
Going back drops the requests (a pending one is lost; an approved one is already in removed_at/by/reason), the
source and the values (the hash and the mask stay).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("blacklist_entries") as batch:
        batch.add_column(sa.Column("value", sa.Text(), nullable=True))
        batch.add_column(sa.Column("source", sa.String(16), nullable=False, server_default="internal"))
        batch.create_index("ix_blacklist_entries_kind_index", ["kind", "value_index"])
    op.create_table(
        "blacklist_removals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("blacklist_entries.id"), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.String(500), nullable=True),
    )
    op.create_index("ix_blacklist_removals_entry_id", "blacklist_removals", ["entry_id"])
    op.create_index("ix_blacklist_removals_state_entry", "blacklist_removals", ["state", "entry_id"])
    # Each entry removed before: one approved request, as recorded then (raw values copied as they are stored).
    op.execute(sa.text(
        "INSERT INTO blacklist_removals (entry_id, state, reason, requested_by, requested_at, decided_by, decided_at)"
        " SELECT id, 'approved', COALESCE(removal_reason, ''), COALESCE(removed_by, ''), removed_at, removed_by,"
        " removed_at FROM blacklist_entries WHERE removed_at IS NOT NULL ORDER BY id"))


def downgrade() -> None:
    op.drop_index("ix_blacklist_removals_state_entry", table_name="blacklist_removals")
    op.drop_index("ix_blacklist_removals_entry_id", table_name="blacklist_removals")
    op.drop_table("blacklist_removals")
    with op.batch_alter_table("blacklist_entries") as batch:
        batch.drop_index("ix_blacklist_entries_kind_index")
        batch.drop_column("source")
        batch.drop_column("value")
