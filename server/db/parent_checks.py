"""Foreign keys the models declare that PostgreSQL keeps as triggers checked once per statement (revision 0030).

The relation holds on both databases and the models say so; SQLite enforces it with its foreign keys, PostgreSQL
with triggers that do the same work in one anti-join per statement instead of a lookup (and a lock) per row: a
million statement lines stored by COPY made two million such lookups. A comparison of the schema with the models
(tests/server/test_migrations.py) therefore expects these three keys absent on PostgreSQL, and only those."""

PER_STATEMENT_ON_POSTGRESQL = frozenset({
    "fk_recon_items_day_id_recon_days",
    "fk_recon_items_statement_id_recon_statements",
    "fk_recon_items_entry_id_ledger_transfers",
})

