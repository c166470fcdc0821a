"""Of several runners on one database exactly one runs the jobs; another takes over when it is gone."""

from datetime import timedelta

from server.scheduler import lease
from server.scheduler.runner import LEASE_NAME, Scheduler
from tests.server.scheduler.conftest import runs


def test_of_two_runners_on_one_database_only_the_lease_holder_runs_jobs(platform, second_process, fixed_clock):
    first, second = Scheduler(platform, holder="host-a:1"), Scheduler(second_process, holder="host-b:2")
    ran = first.tick()
    assert {r.job for r in ran} == {"overdue", "listing_window", "audit_checkpoint", "notifications",
                                  "monitoring", "backup"} and all(r.outcome == "succeeded" for r in ran)
    assert second.tick() == []
    for _ in range(3):  # days go by; the holder, first to tick each time, keeps the lease and runs every day's jobs
        fixed_clock.advance(timedelta(days=1))
        assert [r.job for r in first.tick()] == ["overdue", "listing_window", "audit_checkpoint", "notifications",
                                                       "monitoring", "backup"]
        fixed_clock.advance(timedelta(seconds=15))
        assert second.tick() == []
    assert {r.holder for r in runs(platform)} == {"host-a:1"}
    assert [r.slot for r in runs(platform, "overdue")] == ["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"]
    from server.backups.runs import wait_for_daily_backup

    wait_for_daily_backup(60)  # the daily backup runs in a thread of its own


def test_a_runner_that_stops_renewing_is_taken_over_once_its_lease_expires(platform, second_process, fixed_clock):
    first, second = Scheduler(platform, holder="host-a:1"), Scheduler(second_process, holder="host-b:2")
    assert first.tick()
    ttl = platform.settings.scheduler_lease_ttl
    fixed_clock.advance(ttl - timedelta(seconds=1))  # the first process hangs or dies here
    assert second.tick() == []
    fixed_clock.advance(timedelta(seconds=1))
    # the lease is the second's now; this five minutes' jobs were done by the first (only the minute's delivery
    # round of the notifications is new)
    assert [r.job for r in second.tick()] == ["notifications", "monitoring"]
    with platform.db.read() as db:
        assert lease.holder_of(db, LEASE_NAME, fixed_clock.now()) == "host-b:2"
    fixed_clock.advance(timedelta(minutes=5))
    assert [r.job for r in second.tick()] == ["listing_window", "notifications", "monitoring"]
    fixed_clock.advance(timedelta(seconds=15))
    assert first.tick() == []  # back from its pause, the first finds the lease taken
    assert [r.holder for r in runs(platform, "listing_window")] == ["host-a:1", "host-b:2"]


def test_a_runner_that_shuts_down_cleanly_hands_the_lease_over_at_once(platform, second_process, fixed_clock):
    first, second = Scheduler(platform, holder="host-a:1"), Scheduler(second_process, holder="host-b:2")
    assert first.tick()
    assert second.tick() == []
    first.stop()
    fixed_clock.advance(timedelta(minutes=5))
    assert [r.job for r in second.tick()] == ["listing_window", "notifications", "monitoring"]


def test_two_runners_asking_for_a_new_lease_at_once_get_it_once(platform, second_process, fixed_clock):
    import threading

    barrier, answers = threading.Barrier(2), {}

    def ask(p, holder):
        barrier.wait()
        with p.db.write() as db:
            answers[holder] = lease.acquire(db, "race", holder, fixed_clock.now(), timedelta(minutes=2))
            db.commit()

    threads = [threading.Thread(target=ask, args=(p, h)) for p, h in ((platform, "a"), (second_process, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(answers.values()) == [False, True]
