"""The rate limits are counted in the database: two apps on one database (as two workers are) share every count,
and the customers' front end is held to its own allowance, not to its address's."""

from fastapi.testclient import TestClient

from server.app import create_app
from tests.server.ledger.conftest import POSTER, grant_movements
from tests.support.platforms import sign_in_body

API = "/api/v1"


def test_two_apps_on_one_database_share_the_per_address_allowance(make_platform):
    platform = make_platform(requests_per_address=6)
    first, second = TestClient(create_app(platform=platform)), TestClient(create_app(platform=platform))
    statuses = [(first if n % 2 else second).get(f"{API}/health").status_code for n in range(7)]
    assert statuses == [200] * 6 + [429]
    assert first.get(f"{API}/health").headers["retry-after"].isdigit()


def test_the_front_end_has_its_own_allowance_beside_its_address(make_platform):
    platform = make_platform(requests_per_address=4, front_end_requests_per_minute=8)
    grant_movements(platform)
    client = TestClient(create_app(platform=platform))
    token = client.post(f"{API}/auth/login", json=sign_in_body(POSTER)).json()["tokens"]["access_token"]
    front_end = {"Authorization": f"Bearer {token}"}
    statuses = [client.get(f"{API}/permissions", headers=front_end).status_code for _ in range(9)]
    assert statuses == [200] * 8 + [429]  # more than its address may make; then its own limit
    assert client.get(f"{API}/health").status_code == 200  # the address's own allowance was not spent by it


def test_old_windows_are_pruned(make_platform):
    from sqlalchemy import func, select

    from server import rate_limits
    from server.rate_limits import RateLimitHit

    platform = make_platform()
    with platform.db.write() as db:
        db.add(RateLimitHit(scope="requests_address", key="old", window_start=0, hits=1))
        db.commit()
    rate_limits._last_prune[0] = -rate_limits.PRUNE_EVERY * 2
    platform.requests_by_address.hit("new")
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(RateLimitHit).where(RateLimitHit.key == "old")) == 0
