"""The traffic and system rules, called through the registry as the evaluator calls them: each fires on planted
conditions and stays quiet on normal ones."""

from datetime import datetime, timedelta, timezone

import pytest

from server.messages import render
from server.monitoring import rules_system  # noqa: F401  (registers the rules)
from server.monitoring.request_stats import LATENCY_BUCKETS_MS, RequestStat
from server.monitoring.rule_registry import RULES, RuleContext
from tests.server.monitoring.test_metrics import self_signed_certificate

NOW = datetime(2026, 12, 3, 4, 30, 20, tzinfo=timezone.utc)
MINUTE = NOW.replace(second=0)


def buckets(fast: int = 0, slow: int = 0) -> list[int]:
    """`fast` requests answered within 50 ms, `slow` ones taking 1 to 2.5 s."""
    counts = [0] * (len(LATENCY_BUCKETS_MS) + 1)
    counts[LATENCY_BUCKETS_MS.index(50)] += fast
    counts[LATENCY_BUCKETS_MS.index(2500)] += slow
    return counts


def plant(platform, group, minutes_ago, requests, errors=0, slow=0, worker="host-a:100"):
    with platform.db.write() as db:
        db.add(RequestStat(minute=MINUTE - timedelta(minutes=minutes_ago), route_group=group, worker=worker,
                           requests=requests, errors_5xx=errors, latency_ms_sum=40 * requests + 1500 * slow,
                           latency_buckets=buckets(requests - slow, slow)))
        db.commit()


def run(platform, name, thresholds=None):
    with platform.db.read() as db:
        ctx = RuleContext(db=db, now=NOW, since=NOW - timedelta(minutes=1), platform=platform,
                          settings_values={f"rule.{name}": thresholds} if thresholds else {})
        return RULES[name].check(ctx)


def test_server_errors_above_one_percent_over_five_minutes_fire_from_every_process_rows(platform):
    for minutes_ago in range(1, 6):  # two processes' rows, five finished minutes
        plant(platform, "loans", minutes_ago, 40, errors=1, worker="host-a:100")
        plant(platform, "loans", minutes_ago, 20, errors=1 if minutes_ago == 1 else 0, worker="host-b:200")
        plant(platform, "ledger", minutes_ago, 60, errors=1 if minutes_ago == 3 else 0)  # 1 of 300: normal
    found = run(platform, "server_errors")
    assert [f.fold_key for f in found] == ["group:loans"]
    assert found[0].params == {"errors": 6, "requests": 300, "path": "/api/v1/loans", "percent": 2.0, "minutes": 5}
    sentence = render(RULES["server_errors"].sentence, "en", found[0].params)
    assert sentence == "6 of 300 requests to /api/v1/loans (2.0 %) failed with a server error in the last 5 minutes."
    assert render(RULES["server_errors"].sentence, "zh_CN", found[0].params) != sentence


def test_a_few_requests_with_one_error_page_nobody(platform):
    plant(platform, "loans", 1, 3, errors=1)
    assert run(platform, "server_errors") == []
    assert [f.fold_key for f in run(platform, "server_errors", {"min_requests": 3})] == ["group:loans"]


def test_errors_older_than_the_window_and_the_minute_under_way_are_not_counted(platform):
    plant(platform, "loans", 6, 500, errors=100)  # before the five minutes
    plant(platform, "loans", 0, 500, errors=100)  # the minute not finished yet
    plant(platform, "loans", 2, 500, errors=2)
    assert run(platform, "server_errors") == []
    assert run(platform, "server_errors", {"minutes": 10}) != []


def test_an_administrators_threshold_overrides_the_default(platform):
    plant(platform, "customers", 1, 200, errors=4)  # 2 %
    assert run(platform, "server_errors") != []
    assert run(platform, "server_errors", {"percent": 5}) == []


def test_slow_answers_fire_when_more_than_five_percent_take_over_a_second(platform):
    for minutes_ago in range(1, 6):
        plant(platform, "reports", minutes_ago, 40, slow=4)  # 10 % slow
        plant(platform, "loans", minutes_ago, 40, slow=1)  # 2.5 % slow: the p95 is fast
    found = run(platform, "slow_answers")
    assert [f.fold_key for f in found] == ["group:reports"]
    assert found[0].params == {"requests": 200, "path": "/api/v1/reports", "p95_over_ms": 1000, "limit_ms": 1000,
                               "minutes": 5}
    assert run(platform, "slow_answers", {"p95_ms": 2500}) == []
    assert "took over 1000 ms" in render(RULES["slow_answers"].sentence, "en", found[0].params)


def test_slow_answers_need_enough_requests_too(platform):
    plant(platform, "reports", 1, 10, slow=10)
    assert run(platform, "slow_answers") == []


@pytest.mark.parametrize("days, severity", [(20, "warning"), (5, "critical")])
def test_a_certificate_expiring_within_thirty_days_fires(make_platform, tmp_path, days, severity):
    certfile = tmp_path / "server.crt"
    self_signed_certificate(certfile, NOW + timedelta(days=days, hours=1))
    found = run(make_platform(tls_certfile=certfile), "certificate_expiring")
    assert len(found) == 1
    assert found[0].params["days"] == days
    assert (found[0].severity or RULES["certificate_expiring"].severity) == severity
    assert found[0].params["file"] == str(certfile)


def test_a_certificate_valid_for_months_or_none_at_all_is_quiet(make_platform, tmp_path):
    certfile = tmp_path / "server.crt"
    self_signed_certificate(certfile, NOW + timedelta(days=90))
    assert run(make_platform(tls_certfile=certfile), "certificate_expiring") == []
    assert run(make_platform(), "certificate_expiring") == []
    assert run(make_platform(tls_certfile=tmp_path / "moved.crt"), "certificate_expiring") == []  # logged, no crash


def test_free_disk_below_the_threshold_fires(platform):
    found = run(platform, "disk_space_low", {"percent": 100.1, "gigabytes": 0})  # every disk is below 100.1 %
    assert [f.fold_key for f in found] == ["disk:data"]
    assert 0 <= found[0].params["free_percent"] <= 100
    assert run(platform, "disk_space_low", {"percent": 0, "gigabytes": 0}) == []
    assert run(platform, "disk_space_low", {"percent": 0, "gigabytes": 10 ** 9}) != []  # a billion GB: below


def test_database_connections_near_the_pools_limit_fire(platform):
    assert run(platform, "database_connections_high") == []  # a quiet test platform
    engine = platform.db.engine
    held = [engine.connect() for _ in range(engine.pool.size())]
    try:
        found = run(platform, "database_connections_high", {"percent": 1})
    finally:
        for connection in held:
            connection.close()
    assert [f.fold_key for f in found] == ["database"]
    assert found[0].params["connections"] >= 1
    assert found[0].params["limit"] > 0


def test_the_outage_rule_is_registered_for_the_probes_reports_and_never_evaluates_anything(platform):
    assert RULES["outage_reported"].area == "system"
    assert RULES["outage_reported"].severity == "critical"
    assert run(platform, "outage_reported") == []


def test_the_evaluator_opens_a_traffic_alert_from_every_processs_rows_and_clears_it_when_the_errors_stop(platform):
    from sqlalchemy import select

    from server.monitoring.evaluation import evaluate
    from server.monitoring.models import Alert

    plant(platform, "withdrawals", 1, 100, errors=3, worker="host-a:100")
    plant(platform, "withdrawals", 2, 100, errors=3, worker="host-b:200")
    evaluate(platform, NOW)
    with platform.db.read() as db:
        [alert] = db.scalars(select(Alert).where(Alert.rule == "server_errors")).all()
        assert (alert.fold_key, alert.severity, alert.area, alert.state) == (
            "group:withdrawals", "critical", "traffic", "open")
        assert alert.params["errors"] == 6 and alert.params["requests"] == 200
    evaluate(platform, NOW + timedelta(minutes=10))  # the window has moved past the errors
    with platform.db.read() as db:
        assert db.scalar(select(Alert.state).where(Alert.rule == "server_errors")) == "resolved"
