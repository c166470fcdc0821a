"""Listings: funding progress, disbursement with a fresh one-time code, release by hand and at the window's end."""

import pytest

from datetime import timedelta

from server.audit.service import Auditor
from server.scheduler.jobs import JOBS, JobContext, Slot
from server import clock


def _listing(staff, apply, amount_fen=1_000_000):
    lead = staff("risklead")
    return lead.act(staff("risk").act(apply(amount_fen=amount_fen), "approve_first").json(), "list").json()


def test_listings_show_funding_progress_and_disbursement_needs_a_fresh_code(staff, apply, fund, balances):
    lead = staff("risklead")
    approved = staff("risk").act(apply(), "approve_first").json()
    listed = _listing(staff, apply)
    for ref, amount in (("LS1", 400_000), ("LS2", 600_000)):
        fund(ref, amount)
    lead.post(f"/loans/applications/{listed['id']}/investments", {"investor_ref": "LS1", "amount_fen": 400_000})
    rows = {r["id"]: r for r in lead.get("/loans/listings").json()}
    assert rows[approved["id"]]["state"] == "approved" and rows[approved["id"]]["funded_fen"] == 0
    partly = rows[listed["id"]]
    assert (partly["state"], partly["funded_fen"], partly["frozen_fen"], partly["investors"]) == ("listed", 400_000, 400_000, 1)
    assert partly["funding_deadline"] and partly["listed_at"]
    full = lead.post(f"/loans/applications/{listed['id']}/investments", {"investor_ref": "LS2", "amount_fen": 600_000}).json()
    listing = lead.get("/loans/listings").json()
    assert listing[0]["id"] == listed["id"] and listing[0]["state"] == "funded"  # waiting for disbursement: first
    assert listing[0]["investors"] == 2 and listing[0]["frozen_fen"] == 1_000_000
    path = f"/loans/applications/{listed['id']}/actions/disburse"
    without = lead.client.post(f"/api/v1{path}", headers=lead.headers, json={"version": full["version"]})
    assert without.status_code == 403 and without.json()["code"] == "step_up_required"
    assert staff("risk").act(full, "disburse").json()["code"] == "permission_denied"  # no loan.manage: refused for that
    paid = lead.act(full, "disburse")
    assert paid.status_code == 200 and paid.json()["state"] == "repaying"
    assert listed["id"] not in {r["id"] for r in lead.get("/loans/listings").json()}
    assert balances("LS1")["frozen_fen"] == 0


def test_a_release_by_hand_unfreezes_the_investors_money(staff, apply, fund, balances):
    lead = staff("risklead")
    listed = _listing(staff, apply)
    fund("RL1", 300_000)
    listed = lead.post(f"/loans/applications/{listed['id']}/investments", {"investor_ref": "RL1", "amount_fen": 300_000}).json()
    assert balances("RL1")["frozen_fen"] == 300_000
    released = lead.act(listed, "expire")
    assert released.status_code == 200 and released.json()["state"] == "expired"
    assert balances("RL1") == {"customer_ref": "RL1", "available_fen": 300_000, "frozen_fen": 0, "balance_fen": 300_000}


@pytest.mark.clock
def test_at_the_windows_end_the_job_releases_the_listing_and_its_frozen_money(staff, apply, fund, balances, platform,
                                                                              platform_clock):
    lead = staff("risklead")
    listed = _listing(staff, apply)
    fund("RW1", 250_000)
    lead.post(f"/loans/applications/{listed['id']}/investments", {"investor_ref": "RW1", "amount_fen": 250_000})
    platform_clock.advance(timedelta(days=7, minutes=5))  # the window is seven days
    job = next(j for j in JOBS if j.name == "listing_window")
    with platform.db.write() as db:
        audit = Auditor(db, None, "system", "scheduler", "test")
        now = clock.now()
        counts = job.run(JobContext(db, audit, platform.settings, Slot("test", clock.today(), now)))
        audit.seal()
        db.commit()
    assert counts == {"listings_expired": 1, "released_fen": 250_000}
    assert balances("RW1")["frozen_fen"] == 0 and balances("RW1")["available_fen"] == 250_000
