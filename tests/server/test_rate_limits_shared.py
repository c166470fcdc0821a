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


def _two_processes(platform, limit: int):
    """Two leased windows on one database, as two workers' memories of the same ceiling."""
    from server.rate_limits import SharedWindow

    return [SharedWindow(platform.db, "requests_address", limit, leased=True) for _ in range(2)]


def test_two_processes_leasing_a_window_never_allow_more_than_its_allowance(make_platform):
    from datetime import datetime, timedelta, timezone

    from server import clock
    from server.rate_limits import LEASE_MOST

    first, second = _two_processes(make_platform(), 1000)
    with clock.use(clock.FixedClock(datetime(2026, 12, 4, 10, 0, 5, tzinfo=timezone.utc))) as frozen:
        waits = [(first if n % 3 else second).hit("10.0.0.7") for n in range(1300)]
        allowed = sum(wait is None for wait in waits)
        assert allowed <= 1000
        # A process's unspent lease counts as spent: at most a share of what was left, per process.
        assert allowed >= 1000 - 2 * LEASE_MOST
        refused_from = waits.index(next(w for w in waits if w is not None))
        assert all(w is not None for w in waits[refused_from:])  # once spent, spent until the window ends
        assert 0 < waits[-1] <= 55
        assert first.hit("10.0.0.8") is None  # another address has its own allowance
        frozen.advance(timedelta(seconds=60))
        assert first.hit("10.0.0.7") is None and second.hit("10.0.0.7") is None  # a new window


def test_a_small_allowance_is_counted_hit_by_hit_across_processes(make_platform):
    from datetime import datetime, timezone

    from server import clock

    first, second = _two_processes(make_platform(), 6)
    with clock.use(clock.FixedClock(datetime(2026, 12, 4, 10, 0, 5, tzinfo=timezone.utc))):
        assert [(first if n % 2 else second).hit("10.0.0.9") is None for n in range(8)] == [True] * 6 + [False] * 2


def test_the_address_allowance_is_set_from_the_environment(monkeypatch, tmp_path):
    from server.config import Settings

    monkeypatch.delenv("P2P_REQUESTS_PER_ADDRESS", raising=False)
    assert Settings(data_dir=tmp_path, database_url="sqlite://").requests_per_address == 6000
    monkeypatch.setenv("P2P_REQUESTS_PER_ADDRESS", "12")
    assert Settings(data_dir=tmp_path, database_url="sqlite://").requests_per_address == 12
