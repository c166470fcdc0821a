"""The idempotency records as the command path reads and writes them (server/idempotency.py): an answer stored
under a key is found again byte for byte, the same key with another request is refused, and a second answer
stored under the same key raises SQLAlchemy's IntegrityError, which the command path turns into a replay of the
first (a concurrent request with the same key)."""

import pytest
from sqlalchemy.exc import IntegrityError

from server import idempotency
from server.errors import ValidationFailed


def test_a_stored_answer_is_found_again_and_a_second_store_is_an_integrity_error(platform):
    body = '{"operation_id":"充值-1","amount_fen":100}'.encode() + bytes(range(256))
    digest = idempotency.request_digest("POST", "/api/v1/ledger/movements/recharge", b"{}")
    with platform.db.write() as db:
        assert idempotency.find(db, "user:7", "key-1", digest) is None
        idempotency.store(db, "user:7", "key-1", "POST", "/api/v1/ledger/movements/recharge", digest, 201, body)
        db.commit()
    with platform.db.read() as db:
        stored = idempotency.find(db, "user:7", "key-1", digest)
        assert (stored.status_code, stored.body) == (201, body)
        assert idempotency.find(db, "user:8", "key-1", digest) is None  # keys are each principal's own
        with pytest.raises(ValidationFailed) as refused:
            idempotency.find(db, "user:7", "key-1", "0" * 64)
        assert refused.value.code == "idempotency_key_reused"
    with platform.db.write() as db:
        with pytest.raises(IntegrityError):
            idempotency.store(db, "user:7", "key-1", "POST", "/api/v1/ledger/movements/recharge", digest, 200, b"{}")
