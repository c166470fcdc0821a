"""recon_items on PostgreSQL: the rows each item names (its day, statement and ledger transfer) checked once per
statement instead of once per row

A foreign key is checked by PostgreSQL row by row: for every row written, a lookup of the row it names, which it
also locks. A statement of a million lines stored by COPY made two million of them (its day, its statement), and a
day's run three more per ledger item, each locking the ledger transfer it copies (500,000 items: 4.9 s with the keys,
1.85 s without; bench/RESULTS.md, issue 19). On PostgreSQL the three foreign keys of recon_items become triggers
that keep the same rule with one check per statement:

- after an INSERT, one statement-level trigger looks for any new row whose day, statement or transfer does not exist
  (one anti-join over the distinct ids the statement wrote) and refuses the statement if it finds one (SQLSTATE
  23503, foreign_key_violation, as the keys did);
- an UPDATE that sets day_id, statement_id or entry_id checks those rows one by one (no code does it; a run's
  results never name these columns, so the trigger never fires for them);
- deleting a day, statement or transfer that an item names, or changing its id, is refused, as the keys did (NO
  ACTION). No code deletes any of them: the day's statements are withdrawn (the row stays), and the ledger only
  appends. These checks are row by row and unindexed for statements and transfers: they guard, they are not a path.

The keys locked the rows they named (FOR KEY SHARE) so that a concurrent delete of the row waited; the triggers do
not, and a delete running at the same moment as an insert naming the same row could pass both checks. Nothing deletes
these rows, so the lock guarded nothing here.

SQLite keeps its foreign keys: they cost it a lookup in a page it holds already (0.3 s of 4.3 s for a million
lines), and SQLite has no statement-level triggers to replace them with. The models keep declaring the keys (the
relation is true on both databases); server/db/parent_checks.py names the three for the schema comparison.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05
"""
from alembic import op

revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None

KEYS = (('fk_recon_items_day_id_recon_days', 'day_id', 'recon_days'),
        ('fk_recon_items_statement_id_recon_statements', 'statement_id', 'recon_statements'),
        ('fk_recon_items_entry_id_ledger_transfers', 'entry_id', 'ledger_transfers'))

_MISSING = """
    SELECT format('%s %s', {parent!r}, a.{column}) INTO missing
      FROM (SELECT DISTINCT {column} FROM added WHERE {column} IS NOT NULL) AS a
     WHERE NOT EXISTS (SELECT 1 FROM {parent} AS p WHERE p.id = a.{column}) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE foreign_key_violation USING MESSAGE = 'recon_items: ' || missing || ' does not exist';
    END IF;"""

_ROW_MISSING = """
    IF NEW.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {parent} WHERE id = NEW.{column}) THEN
        RAISE foreign_key_violation USING MESSAGE = format('recon_items: %s %s does not exist', {parent!r}, NEW.{column});
    END IF;"""

_UPGRADE = [
    "CREATE FUNCTION recon_items_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "DECLARE missing text;\nBEGIN"
    + "".join(_MISSING.format(column=column, parent=parent) for _, column, parent in KEYS)
    + "\n    RETURN NULL;\nEND $$",
    "CREATE TRIGGER recon_items_parents_on_insert AFTER INSERT ON recon_items REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION recon_items_parents_exist()",
    "CREATE FUNCTION recon_item_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN"
    + "".join(_ROW_MISSING.format(column=column, parent=parent) for _, column, parent in KEYS)
    + "\n    RETURN NEW;\nEND $$",
    "CREATE TRIGGER recon_items_parents_on_update BEFORE UPDATE OF day_id, statement_id, entry_id ON recon_items "
    "FOR EACH ROW EXECUTE FUNCTION recon_item_parents_exist()",
    # A parent named by an item is neither deleted nor given another id. TG_ARGV[0]: the item's column naming it.
    "CREATE FUNCTION recon_items_parent_kept() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "DECLARE named boolean;\nBEGIN\n"
    "    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN\n        RETURN NEW;\n    END IF;\n"
    "    EXECUTE format('SELECT EXISTS (SELECT 1 FROM recon_items WHERE %I = $1)', TG_ARGV[0]) INTO named USING OLD.id;\n"
    "    IF named THEN\n"
    "        RAISE foreign_key_violation USING MESSAGE = format('%s %s is still named by recon_items', TG_TABLE_NAME,"
    " OLD.id);\n"
    "    END IF;\n"
    "    IF TG_OP = 'DELETE' THEN\n        RETURN OLD;\n    END IF;\n    RETURN NEW;\nEND $$",
    *(f"CREATE TRIGGER {parent}_kept_for_recon_items BEFORE DELETE OR UPDATE OF id ON {parent} "
      f"FOR EACH ROW EXECUTE FUNCTION recon_items_parent_kept('{column}')" for _, column, parent in KEYS),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name, _, _ in KEYS:
        op.drop_constraint(name, 'recon_items', type_='foreignkey')
    for statement in _UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for _, _, parent in KEYS:
        op.execute(f"DROP TRIGGER {parent}_kept_for_recon_items ON {parent}")
    op.execute("DROP TRIGGER recon_items_parents_on_update ON recon_items")
    op.execute("DROP TRIGGER recon_items_parents_on_insert ON recon_items")
    for function in ("recon_items_parent_kept", "recon_item_parents_exist", "recon_items_parents_exist"):
        op.execute(f"DROP FUNCTION {function}()")
    for name, column, parent in KEYS:
        op.create_foreign_key(name, 'recon_items', parent, [column], ['id'])
