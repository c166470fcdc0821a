"""Revision 0014 keeps the blacklist entries made before it: their keyed hash and mask stay (the value, which a hash
cannot give back, is NULL), they become internal entries, and one removed before gets its removal as an approved
request; going back leaves them as they were."""

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command

from server.db import migrate

BEFORE = "0013"
ADDED = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)
REMOVED = datetime(2026, 11, 20, 6, 30, tzinfo=timezone.utc)


def _fill_at_0013(engine) -> None:
    meta = sa.MetaData()
    meta.reflect(engine, only=["blacklist_entries"])
    entries = meta.tables["blacklist_entries"]
    common = dict(reason="骗贷", added_by="risklead", added_at=ADDED)
    with engine.begin() as connection:
        connection.execute(entries.insert(), [
            dict(common, id=1, kind="id_number", value_index="a" * 64, value_masked="110101********1234",
                 removed_at=None, removed_by=None, removal_reason=None),
            dict(common, id=2, kind="phone", value_index="b" * 64, value_masked="139****5678",
                 removed_at=REMOVED, removed_by="risklead", removal_reason="号码已注销"),
            dict(common, id=3, kind="borrower", value_index="BR00000007", value_masked="BR00000007",
                 removed_at=None, removed_by=None, removal_reason=None)])


def _rows(engine, sql):
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(sa.text(sql)).all()]


def test_entries_keep_hash_and_mask_without_a_value_and_a_past_removal_becomes_an_approved_request(
        empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        _fill_at_0013(engine)
        command.upgrade(config, "head")
        assert _rows(engine, "SELECT id, kind, value, value_index, value_masked, source FROM blacklist_entries "
                             "ORDER BY id") == [
            (1, "id_number", None, "a" * 64, "110101********1234", "internal"),
            (2, "phone", None, "b" * 64, "139****5678", "internal"),
            (3, "borrower", None, "BR00000007", "BR00000007", "internal")]
        removals = _rows(engine, "SELECT entry_id, state, reason, requested_by, decided_by FROM blacklist_removals")
        assert removals == [(2, "approved", "号码已注销", "risklead", "risklead")]
        with engine.connect() as connection:
            at = connection.execute(sa.text("SELECT requested_at, decided_at FROM blacklist_removals")).one()
        for moment in at:
            moment = moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
            assert moment.replace(tzinfo=moment.tzinfo or timezone.utc) == REMOVED
        command.downgrade(config, BEFORE)
        assert _rows(engine, "SELECT id, kind, value_index, value_masked, removed_by, removal_reason "
                             "FROM blacklist_entries ORDER BY id") == [
            (1, "id_number", "a" * 64, "110101********1234", None, None),
            (2, "phone", "b" * 64, "139****5678", "risklead", "号码已注销"),
            (3, "borrower", "BR00000007", "BR00000007", None, None)]
        assert "blacklist_removals" not in sa.inspect(engine).get_table_names()
        command.upgrade(config, "head")
        assert len(_rows(engine, "SELECT id FROM blacklist_removals")) == 1
    finally:
        engine.dispose()


def test_an_entry_from_before_still_matches_and_shows_masked_even_to_pii_view(platform, staff):
    """An entry with only its hash and mask (as 0014 leaves the older ones) is found and shown by its mask."""
    from server.loans.models import BlacklistEntry
    from server.security.pii import blind_index

    with platform.db.write() as db:
        db.add(BlacklistEntry(kind="phone", value=None, value_index=blind_index("13912345678"),
                              value_masked="139****5678", reason="旧条目", source="internal", added_by="risklead",
                              added_at=ADDED))
        db.commit()
    listed = staff("risklead").get("/loans/blacklist", params={"q": "13912345678"}).json()
    assert [(e["value"], e["masked"], e["reason"]) for e in listed] == [("139****5678", True, "旧条目")]
