"""Personal data is encrypted at rest, bound to its column, findable by keyed hash, and rotatable."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from server.audit.service import Auditor
from server.security import masking, pii
from server.staff import service as staff
from server.staff.models import User


def _create(platform, username, phone):
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "test", "test")
        user, _ = staff.create_user(db, audit, username, username, ["customer_service"], phone=phone)
        audit.seal()
        db.commit()
        return user.id


def test_phone_is_stored_encrypted_and_read_back_in_clear(platform):
    user_id = _create(platform, "cs1", "13812345678")
    with platform.db.engine.connect() as conn:
        raw = conn.execute(text("SELECT phone, totp_secret FROM users WHERE id = :i"), {"i": user_id}).one()
    assert raw.phone.startswith("enc1:") and "13812345678" not in raw.phone
    with platform.db.read() as db:
        assert db.get(User, user_id).phone == "13812345678"


def test_totp_secrets_of_the_demo_staff_are_encrypted_too(platform):
    with platform.db.engine.connect() as conn:
        secrets = conn.execute(text("SELECT totp_secret FROM users WHERE totp_secret IS NOT NULL")).scalars().all()
    assert secrets and all(s.startswith("enc1:") for s in secrets)


def test_exact_lookup_by_keyed_hash_without_decrypting(platform):
    user_id = _create(platform, "cs2", "139 0000 1111")
    with platform.db.read() as db:
        found = db.scalar(select(User.id).where(User.phone_index == pii.blind_index("13900001111")))
    assert found == user_id


def test_a_value_moved_to_another_column_does_not_decrypt(platform):
    user_id = _create(platform, "cs3", "13700000000")
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET totp_secret = phone WHERE id = :i"), {"i": user_id})
    with platform.db.read() as db:
        with pytest.raises(pii.KeyRingError, match="authentication"):
            db.get(User, user_id)


def test_a_tampered_value_is_refused():
    ring = pii.active_ring()
    sealed = ring.encrypt("110101199001011234", "borrower.id_number")
    prefix, kid, payload = sealed.split(":", 2)
    raw = bytearray(pii._unb64(payload))
    raw[len(raw) // 2] ^= 0x01  # one bit of the ciphertext (changing a base64 character can hit only padding bits)
    with pytest.raises(pii.KeyRingError):
        ring.decrypt(f"{prefix}:{kid}:{pii._b64(bytes(raw))}", "borrower.id_number")


def test_rotating_the_key_reencrypts_every_value_and_keeps_them_readable(platform, tmp_path):
    _create(platform, "cs4", "13611112222")
    env = os.environ | {"PYTHONPATH": os.getcwd()}
    before_kid = pii.active_ring().active
    result = subprocess.run([sys.executable, "-m", "server", "--database-url", platform.settings.database_url,
                             "rotate-pii-key"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "re-encrypted" in result.stdout
    # This process's ring still holds the old key; reload it from the file the command wrote.
    ring = pii.KeyRing.load_or_create(pii.active_ring().path)
    assert ring.active != before_kid
    with platform.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT phone FROM users WHERE username = 'cs4'")).scalar_one()
        secrets = conn.execute(text("SELECT totp_secret FROM users WHERE totp_secret IS NOT NULL")).scalars().all()
    assert ring.key_id_of(stored) == ring.active
    assert all(ring.key_id_of(s) == ring.active for s in secrets)
    assert ring.decrypt(stored, "staff.phone") == "13611112222"
    pii._rings.pop(ring.path.resolve(), None)
    pii.configure(ring.path)


def test_masks_match_the_brief():
    assert masking.mask_id_number("110101199001011234") == "110101********1234"
    assert masking.mask_phone("13812345678") == "138****5678"
    assert masking.mask_bank_card("6222021234567890123") == "6222 **** **** 0123"
    assert masking.mask_name("张伟") == "张*"
    assert masking.mask_name("欧阳娜娜") == "欧**娜"
    assert masking.mask_phone(None) is None


def test_audit_records_carry_masked_personal_data_only(platform):
    from server.audit.models import AuditRecord

    _create(platform, "cs5", "13512345678")
    with platform.db.read() as db:
        rec = db.scalars(select(AuditRecord).where(AuditRecord.action == "staff.user_created")
                         .order_by(AuditRecord.seq.desc())).first()
    assert rec.after["phone"] == "135****5678"
