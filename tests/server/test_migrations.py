"""The schema comes only from Alembic migrations, and they describe exactly what the models declare."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from server.db import migrate, parent_checks
from server.db.models import metadata


def test_migrated_database_matches_the_models(platform):
    with platform.db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    if platform.db.dialect == "postgresql":
        # Exactly the keys kept as statement-level triggers there (revision 0030), and nothing else.
        kept = {d[1].name for d in differences if d[0] == "add_fk"}
        assert kept == parent_checks.PER_STATEMENT_ON_POSTGRESQL, differences
        differences = [d for d in differences if d[0] != "add_fk" or d[1].name not in kept]
    assert differences == [], f"models and migrations differ; add a migration: {differences}"


def test_the_database_is_at_the_newest_revision(platform):
    assert migrate.current_revision(platform.db.engine) == migrate.head_revision()
