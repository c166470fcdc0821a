"""GET /metrics: what the operations team's Prometheus reads, parsed by prometheus-client's own parser; and the
per-minute request statistics every server process writes for the traffic rules."""

from datetime import datetime, timedelta, timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from server import clock
from server.app import create_app
from server.monitoring.metrics import metrics_of
from server.monitoring.models import Alert
from server.monitoring.request_stats import RequestStat
from tests.support.platforms import sign_in_body

TOKEN = "metrics-token-for-tests-7f3a"


def scrape(client, token: str | None = TOKEN) -> dict[tuple[str, tuple], float]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    answer = client.get("/metrics", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain")
    figures = {}
    for family in text_string_to_metric_families(answer.text):
        for sample in family.samples:
            figures[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return figures


def figure(figures, name, **labels) -> float:
    return figures.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def app_with_token(make_platform):
    platform = make_platform(metrics_token=TOKEN)
    app = create_app(platform=platform)

    @app.get("/api/v1/loans/test-failure")  # a route that fails as a bug would: answered 500
    def failing():
        raise RuntimeError("a bug")

    yield app
    metrics_of(app).stop()


def test_request_counts_errors_and_latency_per_route_group_move_after_real_requests(app_with_token):
    client = TestClient(app_with_token, raise_server_exceptions=False)
    before = scrape(client)
    for _ in range(3):
        assert client.get("/api/v1/health").status_code == 200
    token = client.post("/api/v1/auth/login", json=sign_in_body("auditor")).json()["tokens"]["access_token"]
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert client.get("/api/v1/loans/test-failure").status_code == 500
    assert client.get("/api/v1/no-such-area/at-all").status_code == 404

    after = scrape(client)
    moved = lambda name, **labels: figure(after, name, **labels) - figure(before, name, **labels)  # noqa: E731
    assert moved("p2p_http_requests_total", group="health") == 3
    assert moved("p2p_http_requests_total", group="auth") == 1
    assert moved("p2p_http_requests_total", group="me") == 1
    assert moved("p2p_http_requests_total", group="loans") == 1
    assert moved("p2p_http_server_errors_total", group="loans") == 1
    assert moved("p2p_http_server_errors_total", group="health") == 0
    assert moved("p2p_http_requests_total", group="other") == 1  # unknown paths do not grow the label set
    assert moved("p2p_http_request_duration_seconds_count", group="health") == 3
    assert moved("p2p_http_request_duration_seconds_bucket", group="health", le="+Inf") == 3
    assert figure(after, "p2p_http_request_duration_seconds_sum", group="health") > 0
    assert figure(after, "p2p_http_requests_total", group="metrics") >= 1  # the first scrape itself


def test_process_database_disk_and_alert_figures_are_exposed(app_with_token):
    platform = app_with_token.state.platform
    with platform.db.write() as db:
        db.add(Alert(rule="server_errors", fold_key="group:loans", severity="critical", area="traffic", params={},
                     evidence={}, state="open", count=1))
        db.add(Alert(rule="disk_space_low", fold_key="disk:data", severity="warning", area="system", params={},
                     evidence={}, state="acknowledged", count=2))
        db.add(Alert(rule="disk_space_low", fold_key="disk:old", severity="warning", area="system", params={},
                     evidence={}, state="resolved", count=1))
        db.commit()
    figures = scrape(TestClient(app_with_token))
    assert figure(figures, "process_resident_memory_bytes") > 0
    assert figure(figures, "process_cpu_seconds_total") > 0
    assert figure(figures, "process_open_fds") > 0
    assert figure(figures, "p2p_database_size_bytes") > 0
    assert figure(figures, "p2p_database_connections") >= 0
    assert figure(figures, "p2p_database_connections_limit") > 0
    assert figure(figures, "p2p_database_pool_limit") > 0
    assert 0 < figure(figures, "p2p_data_disk_free_bytes") <= figure(figures, "p2p_data_disk_total_bytes")
    assert figure(figures, "p2p_alerts", state="open", severity="critical") == 1
    assert figure(figures, "p2p_alerts", state="acknowledged", severity="warning") == 1
    assert figure(figures, "p2p_alerts", state="open", severity="warning") == 0
    assert not any(name == "p2p_tls_certificate_expiry_days" for name, _ in figures)  # no certificate configured


def test_metrics_need_the_token_where_other_machines_may_reach_them(make_platform):
    platform = make_platform(metrics_token=TOKEN, listen_host="0.0.0.0")
    client = TestClient(create_app(platform=platform))
    refused = client.get("/metrics")
    assert refused.status_code == 401
    assert refused.json()["code"] == "metrics_token_required"
    wrong = client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 403
    staff = client.post("/api/v1/auth/login", json=sign_in_body("admin")).json()["tokens"]["access_token"]
    assert client.get("/metrics", headers={"Authorization": f"Bearer {staff}"}).status_code == 403
    assert scrape(client, TOKEN)
    assert TOKEN not in repr(platform.settings)


def test_on_loopback_behind_a_trusted_proxy_the_token_is_still_needed(make_platform):
    platform = make_platform(metrics_token=TOKEN, listen_host="127.0.0.1", trusted_proxies=("127.0.0.1",))
    client = TestClient(create_app(platform=platform))
    assert client.get("/metrics").status_code == 401
    assert scrape(client, TOKEN)


def test_on_loopback_without_a_proxy_this_machine_reads_them_without_a_token(make_platform):
    platform = make_platform(listen_host="127.0.0.1")  # and no token configured at all
    client = TestClient(create_app(platform=platform))
    assert scrape(client, token=None)


def test_without_a_configured_token_a_reachable_server_answers_nobody(make_platform):
    platform = make_platform(listen_host="0.0.0.0")
    client = TestClient(create_app(platform=platform))
    assert client.get("/metrics", headers={"Authorization": "Bearer "}).status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer anything"}).status_code == 403


def self_signed_certificate(path, not_after: datetime) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "p2p.example")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(not_after - timedelta(days=365))
                   .not_valid_after(not_after).sign(key, hashes.SHA256()))
    from cryptography.hazmat.primitives.serialization import Encoding
    path.write_bytes(certificate.public_bytes(Encoding.PEM))


def test_the_certificates_days_to_expiry_are_exposed_when_one_is_configured(make_platform, tmp_path):
    at = datetime(2026, 12, 3, 4, 0, tzinfo=timezone.utc)
    certfile = tmp_path / "server.crt"
    self_signed_certificate(certfile, at + timedelta(days=20, hours=12))
    platform = make_platform(listen_host="127.0.0.1", tls_certfile=certfile)
    with clock.use(clock.FixedClock(at)):
        figures = scrape(TestClient(create_app(platform=platform)), token=None)
    assert figure(figures, "p2p_tls_certificate_expiry_days") == pytest.approx(20.5)


def test_each_process_writes_its_minutes_of_requests_at_once_not_a_row_per_request(app_with_token):
    app = app_with_token
    client = TestClient(app, raise_server_exceptions=False)
    platform = app.state.platform
    for _ in range(4):
        client.get("/api/v1/health")
    client.get("/api/v1/loans/test-failure")
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(RequestStat)) == 0  # nothing written per request
    assert metrics_of(app).flush(finished_only=False) == 2  # one row per (minute, group) counted
    with platform.db.read() as db:
        rows = {r.route_group: r for r in db.scalars(select(RequestStat))}
    assert set(rows) == {"health", "loans"}
    assert (rows["health"].requests, rows["health"].errors_5xx) == (4, 0)
    assert (rows["loans"].requests, rows["loans"].errors_5xx) == (1, 1)
    assert sum(rows["health"].latency_buckets) == 4
    assert rows["health"].worker.endswith(f":{__import__('os').getpid()}")
    assert rows["health"].minute.second == 0
    assert metrics_of(app).flush(finished_only=False) == 0  # written once
