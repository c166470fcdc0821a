"""The sign-in generation every worker compares its cached principals with: raised in the transaction of each change
to who may do what, and by nothing else."""

from sqlalchemy import update

from server.access import _shared_generation
from server.staff.models import User
from tests.support.platforms import sign_in_body

API = "/api/v1"


def test_a_sign_out_raises_the_generation(platform, client):
    token = client.post(f"{API}/auth/login", json=sign_in_body("risk")).json()["tokens"]["access_token"]
    before = _shared_generation(platform)
    assert client.post(f"{API}/auth/logout", headers={"Authorization": f"Bearer {token}"}).status_code == 204
    assert _shared_generation(platform) > before


def test_a_disabled_user_raises_it_once_per_transaction_and_a_rollback_not_at_all(platform):
    before = _shared_generation(platform)
    with platform.db.write() as db:
        db.execute(update(User).where(User.username == "risk").values(disabled=True))
        db.rollback()
    assert _shared_generation(platform) == before
    with platform.db.write() as db:
        db.execute(update(User).where(User.username == "risk").values(disabled=True))
        db.execute(update(User).where(User.username == "risk").values(display_name="Risk"))
        db.commit()
    assert _shared_generation(platform) == before + 1


def test_reading_money_raises_nothing(platform, client):
    token = client.post(f"{API}/auth/login", json=sign_in_body("risk")).json()["tokens"]["access_token"]
    before = _shared_generation(platform)
    for _ in range(3):
        assert client.get(f"{API}/permissions", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert _shared_generation(platform) == before
