"""PostgreSQL's id sequences after rows were written with their ids given (the demo's seeds, migrations that move
rows): each sequence moves past the largest id, or the next insert without an id collides with an existing row."""

from sqlalchemy import Integer, text
from sqlalchemy.orm import Session

from server.db.base import Base


def advance_id_sequences(db: Session) -> None:
    """Every table with an integer `id` key: its sequence moves to the largest id (nothing to do on SQLite)."""
    if db.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        sequence = db.execute(text("SELECT pg_get_serial_sequence(:t, 'id')").bindparams(t=table.name)).scalar()
        if sequence:
            db.execute(text(f"SELECT setval('{sequence}', GREATEST((SELECT COALESCE(MAX(id), 0) FROM "
                            f"{table.name}), 1))"))
