"""The business rules fire on planted conditions and stay quiet on normal ones."""

import itertools
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from server import clock
from server.monitoring.evaluation import evaluate
from server.security.pii import blind_index
from tests.server.loans.conftest import apply, fund  # noqa: F401 - the loan tests' fixtures
from tests.server.monitoring.conftest import alerts_of
from tests.server.scheduler.conftest import disbursed_loan  # noqa: F401

pytestmark = pytest.mark.clock

_numbers = itertools.count(1)


def plant_withdrawal(platform, customer: str, amount_fen: int, hours_ago: float = 0, minutes_ago: float = 0.5,
                     state: str = "paid", card: str = "6222020000000001") -> str:
    """A withdrawal row as the customer side leaves it (requested `hours_ago` + `minutes_ago` before now)."""
    from server.withdrawals.models import Withdrawal

    n = next(_numbers)
    number = f"WDT{n:05d}{customer[-4:]}"
    at = clock.now() - timedelta(hours=hours_ago, minutes=minutes_ago)
    with platform.db.write() as db:
        db.add(Withdrawal(number=number, request_id=f"req-{number}", customer_ref=customer, amount_fen=amount_fen,
                          bank_card=card, bank_card_index=blind_index(card), state=state, requested_at=at,
                          reservation_transfer_id=f"res-{number}", needs_second_approval=False))
        db.commit()
    return number


def _keys(platform, rule):
    return {a.fold_key: a for a in alerts_of(platform, rule)}


def test_a_withdrawal_far_above_the_customers_habit_and_over_50000_yuan(platform, moment, no_alerts):
    evaluate(platform)
    for days in (10, 20, 30):
        plant_withdrawal(platform, "CU-HABIT1", 1_000_000, hours_ago=24 * days)  # 10,000 yuan each
        plant_withdrawal(platform, "CU-HABIT2", 2_000_000, hours_ago=24 * days)
    far = plant_withdrawal(platform, "CU-HABIT1", 6_000_000)  # 6 × the median, over 50,000 yuan
    usual = plant_withdrawal(platform, "CU-HABIT2", 6_000_000)  # 3 × the median
    under = plant_withdrawal(platform, "CU-HABIT1", 4_900_000)  # 4.9 ×, under 50,000 yuan
    new = plant_withdrawal(platform, "CU-HABIT3", 9_000_000)  # no habit to compare with
    evaluate(platform)
    found = _keys(platform, "large_withdrawal")
    assert set(found) == {f"withdrawal:{far}"}
    alert = found[f"withdrawal:{far}"]
    assert alert.params == {"number": far, "customer": "CU-HABIT1", "amount": "60,000.00", "multiple": 5,
                            "median": "10,000.00", "days": 90}
    assert alert.evidence["median_fen"] == 1_000_000 and alert.severity == "warning" and alert.area == "funds"
    assert not {usual, under, new} & {k.split(":")[1] for k in found}


def test_three_withdrawals_to_new_cards_in_a_day(platform, moment, no_alerts):
    evaluate(platform)
    plant_withdrawal(platform, "CU-CARDS1", 100_000, hours_ago=5, card="6222000000000011")
    plant_withdrawal(platform, "CU-CARDS1", 100_000, hours_ago=2, card="6222000000000012")
    plant_withdrawal(platform, "CU-CARDS1", 100_000, card="6222000000000013")
    # the same pattern to a card used a month ago is a customer's habit
    plant_withdrawal(platform, "CU-CARDS2", 100_000, hours_ago=24 * 30, card="6222000000000021")
    for hours in (5, 2, 0):
        plant_withdrawal(platform, "CU-CARDS2", 100_000, hours_ago=hours, card="6222000000000021")
    evaluate(platform)
    found = _keys(platform, "new_card_withdrawals")
    assert set(found) == {"customer:CU-CARDS1"}
    assert found["customer:CU-CARDS1"].params == {"customer": "CU-CARDS1", "count": 3, "hours": 24}
    assert found["customer:CU-CARDS1"].evidence["cards"] == 3


def test_a_withdrawal_waiting_over_two_hours(platform, moment, no_alerts):
    late = plant_withdrawal(platform, "CU-WAIT1", 300_000, hours_ago=2, minutes_ago=5, state="pending_review")
    recent = plant_withdrawal(platform, "CU-WAIT1", 300_000, hours_ago=1, state="pending_second_approval")
    decided = plant_withdrawal(platform, "CU-WAIT1", 300_000, hours_ago=5, state="rejected")
    evaluate(platform)
    found = _keys(platform, "withdrawal_waiting")
    assert f"withdrawal:{late}" in found
    assert f"withdrawal:{recent}" not in found and f"withdrawal:{decided}" not in found
    assert found[f"withdrawal:{late}"].params == {"number": late, "customer": "CU-WAIT1", "amount": "3,000.00",
                                                  "hours": 2}
    moment.advance(timedelta(hours=1, minutes=1))
    evaluate(platform)
    assert f"withdrawal:{recent}" in _keys(platform, "withdrawal_waiting")


def test_loans_turning_overdue_make_one_alert_for_the_day(platform, moment, no_alerts, disbursed_loan):
    from server.audit.service import Auditor
    from server.loans import service as loans

    loan = disbursed_loan("MON-OD1")
    due = date.fromisoformat(loan["installments"][0]["due_date"])
    moment.set(datetime.combine(due + timedelta(days=1), time(0, 4), clock.SHANGHAI))
    evaluate(platform)  # the day begins: the overdue detection has not run yet
    assert alerts_of(platform, "loans_turning_overdue") == []
    moment.advance(timedelta(minutes=1))
    with platform.db.write() as db:  # what the scheduler's overdue job does at 00:05
        audit = Auditor(db, None, "system", "scheduler", "test")
        loans.detect_overdue(db, audit, platform.settings.loan_policy, clock.today())
        audit.seal()
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "loans_turning_overdue")
    today = (due + timedelta(days=1)).isoformat()
    assert alert.fold_key == f"day:{today}" and alert.area == "loans" and alert.severity == "info"
    assert alert.params == {"count": 1, "loans": 1, "day": today} and alert.evidence["loans"] == [loan["number"]]
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    assert alerts_of(platform, "loans_turning_overdue")[0].count == 1  # once a day, not every minute


def test_a_reconciliation_day_open_at_ten_the_next_morning_until_it_is_closed(platform, moment, no_alerts):
    from server.reconciliation.models import ReconDay

    today = clock.today()
    yesterday = today - timedelta(days=1)
    with platform.db.write() as db:
        day = db.scalar(select(ReconDay).where(ReconDay.day == yesterday)) or ReconDay(day=yesterday)
        day.run_at, day.closed_at, day.closed_by = clock.now(), None, None
        db.add(day)
        db.commit()
    moment.set(datetime.combine(today, time(9, 59), clock.SHANGHAI))
    evaluate(platform)
    assert f"day:{yesterday.isoformat()}" not in _keys(platform, "recon_day_open")
    moment.set(datetime.combine(today, time(10, 1), clock.SHANGHAI))
    evaluate(platform)
    alert = _keys(platform, "recon_day_open")[f"day:{yesterday.isoformat()}"]
    assert alert.state == "open" and alert.params == {"day": yesterday.isoformat(), "hour": 10}
    with platform.db.write() as db:
        db.scalar(select(ReconDay).where(ReconDay.day == yesterday)).closed_at = clock.now()
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    assert _keys(platform, "recon_day_open")[f"day:{yesterday.isoformat()}"].state == "resolved"


def test_a_trial_balance_off_is_critical_and_clears_when_it_balances(platform, moment, no_alerts):
    from server.ledger.models import LedgerAccount

    evaluate(platform)
    assert alerts_of(platform, "trial_balance") == []  # the demo's books balance
    with platform.db.write() as db:
        account = db.scalars(select(LedgerAccount).order_by(LedgerAccount.id).limit(1)).first()
        account.credits_posted += 150
        account_id = account.id
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "trial_balance")
    assert (alert.severity, alert.state, alert.params) == ("critical", "open", {"difference": "1.50"})
    with platform.db.write() as db:
        db.get(LedgerAccount, account_id).credits_posted -= 150
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    assert alerts_of(platform, "trial_balance")[0].state == "resolved"


def test_a_broken_audit_chain_is_found_from_the_last_verified_record(platform, moment, no_alerts):
    from server.audit.models import AuditRecord
    from tests.server.monitoring.conftest import audit_as

    evaluate(platform)  # verifies the chain and remembers its end
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    assert alerts_of(platform, "audit_chain_broken") == []
    audit_as(platform, "admin", "test.something", after={"amount_fen": 100})
    with platform.db.write() as db:
        record = db.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
        record.after = {"amount_fen": 1}  # edited behind the application's back
        seq = record.seq
        db.commit()
    moment.advance(timedelta(minutes=1))
    evaluate(platform)
    [alert] = alerts_of(platform, "audit_chain_broken")
    assert (alert.severity, alert.area, alert.params) == ("critical", "security", {"seq": seq})
