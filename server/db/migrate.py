"""Schema changes only through Alembic; these helpers run it without an alembic.ini."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class NewerSchema(Exception):
    """The database is at a revision this version does not know: a newer version of the platform wrote it.
    Migrating would fail half-way and running would misread its tables, so both refuse it untouched."""

    def __init__(self, revision: str):
        super().__init__(revision)
        self.revision = revision


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}


def refuse_newer(engine: Engine) -> None:
    """Raises NewerSchema when the database's revision is not one of this version's."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(revision)


def upgrade(engine: Engine) -> None:
    refuse_newer(engine)
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        connection.info["migrating"] = True  # no auth generation to bump before its table exists (server/access.py)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
