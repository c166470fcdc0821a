"""A string longer than its column is refused on every backend, and audit records keep their object ids whole.

PostgreSQL refuses a value longer than its VARCHAR(n); SQLite used to keep it, so a mistake that every
SQLite test let through stopped the first production install on PostgreSQL (issue 12).
"""

import pytest
from alembic import command
from sqlalchemy import exc, func, insert, select, update

from server.audit.models import AuditRecord
from server.audit.service import Auditor, verify_chain
from server.config import Settings
from server.db import migrate
from server.db.lengths import ValueTooLong
from server.platform import Platform
from server.staff.models import Role, User

REFUSED = (ValueTooLong, exc.DataError)  # ours on SQLite, PostgreSQL's own there


def test_every_backend_refuses_a_name_longer_than_its_column_through_the_orm(platform):
    with platform.db.write() as db:
        db.add(Role(name="r" * 65, label_zh="角色", label_en="role"))
        with pytest.raises(REFUSED, match="too long"):
            db.flush()


def test_every_backend_refuses_an_overlong_value_in_a_core_insert_or_update(platform):
    with platform.db.write() as db:
        with pytest.raises(REFUSED, match="too long"):
            db.execute(insert(Role.__table__).values(name="新角色", label_zh="长" * 65, label_en="long", version=1))
    with platform.db.write() as db:
        with pytest.raises(REFUSED, match="too long"):
            db.execute(update(User).where(User.username == "admin").values(display_name="x" * 101))


def test_a_longer_string_may_still_be_compared_with_a_column(platform):
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(User).where(User.username == "u" * 300)) == 0


def test_sqlite_names_the_column_and_the_length_it_refused(tmp_path):
    platform = Platform.open(Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'p.db'}"))
    try:
        migrate.upgrade(platform.db.engine)
        with platform.db.write() as db, pytest.raises(ValueTooLong) as refused:
            db.execute(insert(Role.__table__), [{"name": "ok", "label_zh": "好", "label_en": "ok", "version": 1},
                                                {"name": "n" * 70, "label_zh": "长", "label_en": "long", "version": 1}])
        assert (refused.value.table, refused.value.column, refused.value.length) == ("roles", "name", 64)
        assert "70 characters" in str(refused.value)
    finally:
        platform.db.dispose()


def test_the_auditor_refuses_an_overlong_field_when_it_is_recorded_not_at_commit(platform):
    with platform.db.write() as db:
        with pytest.raises(ValueTooLong, match="actor_name"):
            Auditor(db, None, "a" * 65, "cli", "test")
        audit = Auditor(db, None, "system", "cli", "test")
        with pytest.raises(ValueTooLong, match="action"):
            audit.record("staff." + "x" * 60, "role", 1)
        with pytest.raises(ValueTooLong, match="object_type"):
            audit.record("staff.role_created", "t" * 65, 1)
        assert audit.pending == []


def test_an_object_id_of_any_length_is_kept_whole_and_verifies(platform):
    long_id = ",".join(f"对象-{n}" for n in range(200))
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "cli", "test")
        audit.record("staff.roles_created", "role", long_id)
        audit.seal()
        db.commit()
    with platform.db.read() as db:
        assert db.scalar(select(AuditRecord.object_id).order_by(AuditRecord.seq.desc()).limit(1)) == long_id
        assert verify_chain(db).ok


def test_records_written_before_revision_0007_still_verify_after_it_and_after_going_back(empty_database_url, tmp_path):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, "0006")
    platform = Platform.open(Settings(data_dir=tmp_path, database_url=empty_database_url))
    try:
        with platform.db.write() as db:
            audit = Auditor(db, 7, "wang.fang", "2001:db8::1", "req-0006")
            for n in range(50):
                audit.record("loan.approved", "loan_application", f"LN2026{n:06d}", before={"state": "审核中"},
                             after={"state": "已批准", "备注": "额度内"})
            audit.seal()
            db.commit()
        command.upgrade(config, "0007")
        command.downgrade(config, "0006")  # and back: the ids fit a String(64) again
        migrate.upgrade(platform.db.engine)
        assert migrate.current_revision(platform.db.engine) == migrate.head_revision()
        with platform.db.read() as db:
            check = verify_chain(db)
        assert check.ok and check.checked == 50
    finally:
        platform.db.dispose()
