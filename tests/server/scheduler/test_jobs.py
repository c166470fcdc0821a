"""What the scheduled jobs do to loans and money, caught up after a restart, once per slot, audited
as the system."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from server.audit.models import AuditRecord
from server.ledger.models import LedgerTransfer
from server.loans.models import Installment
from server.loans.schedules import penalty_fen
from server.scheduler.jobs import Daily, Every, Job
from server.scheduler.runner import Scheduler
from tests.server.scheduler.conftest import audit_records, runs, shanghai
from tests.server.scheduler.conftest import loan as state_of


def test_a_daily_slot_is_due_from_its_shanghai_time_and_a_periodic_one_each_period():
    overdue = Daily(datetime.strptime("00:05", "%H:%M").time())
    just_before = shanghai(date(2027, 1, 1), 0, 4)  # 16:04 UTC on Dec 31
    assert [s.key for s in overdue.due(just_before, None)] == ["2026-12-31"]
    assert [s.key for s in overdue.due(just_before + timedelta(minutes=1), "2026-12-31")] == ["2027-01-01"]
    assert [s.key for s in overdue.due(shanghai(date(2027, 1, 3), 9), "2026-12-31")] == [
        "2027-01-01", "2027-01-02", "2027-01-03"]
    assert overdue.due(shanghai(date(2027, 1, 3), 9), "2027-01-03") == []
    assert len(overdue.due(shanghai(date(2027, 6, 1), 9), "2026-12-31")) == overdue.catch_up_days
    window = Every(timedelta(minutes=5))
    [slot] = window.due(shanghai(date(2027, 1, 1), 0, 7), None)
    assert slot.key == "2026-12-31T16:05:00Z" and slot.business_day == date(2027, 1, 1)
    assert window.due(shanghai(date(2027, 1, 1), 0, 9), slot.key) == []
    assert [s.key for s in window.due(shanghai(date(2027, 1, 1), 3, 2), slot.key)] == ["2026-12-31T19:00:00Z"]


@pytest.mark.clock  # the loan's due dates follow the day it is paid out
def test_missed_days_are_caught_up_in_order_after_a_restart_each_as_of_its_own_day(
        platform, disbursed_loan, server_clock):
    loan = disbursed_loan("SCH-OD1")
    first = loan["installments"][0]
    due = date.fromisoformat(first["due_date"])
    owed = first["principal_fen"] + first["interest_fen"]
    rate = platform.settings.loan_policy.penalty_daily_rate

    server_clock.set(shanghai(due, 23, 59))  # the borrower's last day to pay
    Scheduler(platform, holder="before-restart").tick()
    assert state_of(platform, loan["id"])["state"] == "repaying"
    server_clock.set(shanghai(due + timedelta(days=1), 0, 10))
    assert [r.slot for r in Scheduler(platform, holder="before-restart").tick() if r.job == "overdue"] == [
        (due + timedelta(days=1)).isoformat()]
    # The server is down for three days; a new process starts at ten past midnight on the fourth.
    server_clock.set(shanghai(due + timedelta(days=4), 0, 10))
    ran = Scheduler(platform, holder="after-restart").tick()
    days = [(due + timedelta(days=n)).isoformat() for n in (2, 3, 4)]
    assert [r.slot for r in ran if r.job == "overdue"] == days
    assert len([r for r in ran if r.job == "listing_window"]) == 1  # a periodic job runs once, for the latest period
    overdue_runs = runs(platform, "overdue")
    assert [r.slot for r in overdue_runs][-4:] == [(due + timedelta(days=1)).isoformat(), *days]
    assert [r.counts["penalty_fen"] for r in overdue_runs][-4:] == [penalty_fen(owed, n, rate) for n in (1, 2, 3, 4)]
    detected = [r.object_id for r in audit_records(platform, action="loan.overdue_detected")]
    assert detected[-4:] == [(due + timedelta(days=n)).isoformat() for n in (1, 2, 3, 4)]

    after = state_of(platform, loan["id"])
    assert after["state"] == "overdue"
    row = after["installments"][0]
    assert row["state"] == "overdue" and row["penalty_fen"] == penalty_fen(owed, 4, rate) > 0
    assert [i["state"] for i in after["installments"][1:]] == ["due", "due"]
    marks = [e for e in after["timeline"] if e["action"] == "mark_overdue"]
    assert len(marks) == 1 and marks[0]["actor"] == "system"


@pytest.mark.clock  # the listing's window is counted from the moment it is listed
def test_a_listing_whose_window_ends_unfunded_expires_and_its_investors_money_is_released(
        platform, staff, apply, fund, balances, server_clock):
    lead = staff("risklead")
    listing = lead.act(staff("risk").act(apply(amount_fen=2_000_000), "approve_first").json(), "list").json()
    deadline = datetime.fromisoformat(listing["funding_deadline"].replace("Z", "+00:00"))
    assert deadline - datetime.fromisoformat(listing["listed_at"].replace("Z", "+00:00")) == timedelta(days=7)
    for investor, amount in (("SCH-LW1", 300_000), ("SCH-LW2", 450_000)):
        fund(investor, amount + 5_000)
        listing = lead.post(f"/loans/applications/{listing['id']}/investments",
                            {"investor_ref": investor, "amount_fen": amount}).json()
    full = lead.act(staff("risk").act(apply(amount_fen=100_000), "approve_first").json(), "list").json()
    fund("SCH-LW3", 100_000)
    full = lead.post(f"/loans/applications/{full['id']}/investments",
                     {"investor_ref": "SCH-LW3", "amount_fen": 100_000}).json()
    assert listing["state"] == "listed" and full["state"] == "funded"

    server_clock.set(deadline - timedelta(minutes=1))
    scheduler = Scheduler(platform, holder="runner")
    scheduler.tick()
    assert state_of(platform, listing["id"])["state"] == "listed"
    assert balances("SCH-LW1") == {"customer_ref": "SCH-LW1", "available_fen": 5_000, "frozen_fen": 300_000,
                                   "balance_fen": 305_000}

    server_clock.advance(timedelta(minutes=6))
    ran = [r for r in scheduler.tick() if r.job == "listing_window"]
    assert [r.counts for r in ran] == [{"listings_expired": 1, "released_fen": 750_000}]
    expired = state_of(platform, listing["id"])
    assert expired["state"] == "expired" and expired["funded_fen"] == 750_000
    assert expired["timeline"][-1]["action"] == "expire" and expired["timeline"][-1]["actor"] == "system"
    assert balances("SCH-LW1") == {"customer_ref": "SCH-LW1", "available_fen": 305_000, "frozen_fen": 0,
                                   "balance_fen": 305_000}
    assert balances("SCH-LW2") == {"customer_ref": "SCH-LW2", "available_fen": 455_000, "frozen_fen": 0,
                                   "balance_fen": 455_000}
    # the fully funded listing is not the window's business: it waits to be paid out, its money frozen
    assert state_of(platform, full["id"])["state"] == "funded"
    assert balances("SCH-LW3")["frozen_fen"] == 100_000
    [record] = audit_records(platform, action="loan.expire", object_id=listing["number"])
    assert (record.actor_name, record.actor_id, record.client_addr) == ("system", None, "scheduler")
    assert record.after["released_fen"] == 750_000


def _footprint(platform) -> dict:
    with platform.db.read() as db:
        return {"audit": db.scalar(select(func.count()).select_from(AuditRecord)),
                "transfers": db.scalar(select(func.count()).select_from(LedgerTransfer)),
                "installments": sorted(db.execute(select(Installment.id, Installment.state,
                                                         Installment.penalty_fen)).all()),
                "runs": [(r.job, r.slot, r.outcome, r.attempts, r.counts) for r in runs(platform)]}


@pytest.mark.clock  # the loan's due dates follow the day it is paid out
def test_the_same_slot_run_again_changes_nothing(platform, second_process, disbursed_loan, server_clock):
    loan = disbursed_loan("SCH-ID1")
    server_clock.set(shanghai(date.fromisoformat(loan["installments"][0]["due_date"]) + timedelta(days=2), 8))
    scheduler = Scheduler(platform, holder="runner")
    assert {r.outcome for r in scheduler.tick()} == {"succeeded"}
    before = _footprint(platform)
    assert scheduler.tick() == []  # nothing due: every slot of this moment has run
    for job in scheduler.jobs:  # asked outright, by this runner or another process, each slot is skipped
        for slot in job.schedule.due(server_clock.now(), None):
            assert scheduler.run_slot(job, slot).outcome == "skipped"
            assert Scheduler(second_process, holder="other").run_slot(job, slot).outcome == "skipped"
    assert _footprint(platform) == before


def test_every_run_is_recorded_and_audited_as_the_system(platform, fixed_clock):
    from server.backups.runs import wait_for_daily_backup

    Scheduler(platform, holder="runner").tick()
    wait_for_daily_backup(60)  # the backup job starts the backup in a thread of its own
    recorded = runs(platform)
    assert {(r.job, r.outcome, r.attempts, r.holder) for r in recorded} == {
        ("overdue", "succeeded", 1, "runner"), ("listing_window", "succeeded", 1, "runner"),
        ("audit_checkpoint", "succeeded", 1, "runner"), ("notifications", "succeeded", 1, "runner"),
        ("monitoring", "succeeded", 1, "runner"), ("backup", "succeeded", 1, "runner")}
    for run in recorded:
        assert run.started_at <= run.finished_at and run.business_day == date(2026, 12, 2)
    audited = audit_records(platform, action="scheduler.job_run")
    assert {(a.object_id, a.actor_name, a.actor_id, a.client_addr) for a in audited} == {
        ("overdue:2026-12-02", "system", None, "scheduler"),
        ("listing_window:2026-12-02T01:00:00Z", "system", None, "scheduler"),
        ("audit_checkpoint:2026-12-02T01:00:00Z", "system", None, "scheduler"),
        ("notifications:2026-12-02T01:00:00Z", "system", None, "scheduler"),
        ("backup:2026-12-02", "system", None, "scheduler")}  # monitoring: a quiet run
    assert audited[0].after["counts"] == recorded[0].counts


def test_a_failed_slot_is_recorded_retried_later_and_holds_back_the_days_after_it(platform, fixed_clock):
    calls = []

    def flaky(ctx):
        calls.append(ctx.slot.key)
        if len(calls) == 1:
            raise RuntimeError("the bank's file was not there yet")
        return {"day": ctx.slot.key}

    job = Job("flaky", Daily(datetime.strptime("01:00", "%H:%M").time()), flaky, "测试", "Test")
    scheduler = Scheduler(platform, jobs=[job], holder="runner")
    scheduler.tick()  # 2026-12-02: fails
    [failed] = runs(platform, "flaky")
    assert (failed.slot, failed.outcome, failed.attempts) == ("2026-12-02", "failed", 1)
    assert "the bank's file was not there yet" in failed.error
    [alarm] = audit_records(platform, action="scheduler.job_failed")
    assert alarm.actor_name == "system" and alarm.object_id == "flaky:2026-12-02"
    fixed_clock.advance(timedelta(minutes=1))
    assert scheduler.tick() == []  # not retried at once
    fixed_clock.advance(timedelta(days=1))  # the next day's slot waits behind the failed one
    assert [(r.slot, r.outcome) for r in scheduler.tick()] == [("2026-12-02", "succeeded"), ("2026-12-03", "succeeded")]
    assert [(r.slot, r.outcome, r.attempts) for r in runs(platform, "flaky")] == [
        ("2026-12-02", "succeeded", 2), ("2026-12-03", "succeeded", 1)]
    assert calls == ["2026-12-02", "2026-12-02", "2026-12-03"]
