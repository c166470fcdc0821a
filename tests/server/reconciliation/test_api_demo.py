"""The demo: yesterday's statement with differences of each kind, and the sample file for the wizard."""

from datetime import date
from pathlib import Path

import pytest

from server.reconciliation.demo import seed_reconciliation
from tests.server.reconciliation.conftest import R, items, today, upload

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "demo-statements"


@pytest.mark.clock  # the demo's day is yesterday, by Shanghai's today
def test_the_demo_seeds_yesterday_with_differences_a_timing_mark_and_a_proposal_waiting(platform, person):
    with platform.db.write() as db:
        assert seed_reconciliation(db) == 17
        assert seed_reconciliation(db) == 0  # seeding twice makes nothing new
        db.commit()
    clerk = person("finance")
    yesterday = today().fromordinal(today().toordinal() - 1)
    d = clerk.get(f"{R}/days/{yesterday.isoformat()}").json()
    assert d["status"] == "open" and d["pending_proposals"] == 1
    for category in ("matched", "amount_differs", "ledger_only", "bank_only"):
        assert sum(side["count"] for side in d["summary"][category].values()) > 0, category
    ledger = items(clerk, yesterday, "ledger")
    assert {i["match_pass"] for i in ledger} >= {"exact", "window", "many_to_one"}
    assert [i["state"] for i in ledger].count("timing") == 1
    # What stays open explains the balance difference exactly.
    open_items = [i for side in ("ledger", "bank") for i in items(clerk, yesterday, side) if i["state"] != "matched"]
    net = sum((1 if i["side"] == "bank" else -1) * (1 if i["direction"] == "in" else -1) * i["amount_fen"]
              for i in open_items)
    assert d["balance"]["difference_fen"] == net


def test_the_sample_statement_reads_in_the_wizard(person):
    clerk = person("finance")
    sample = next(SAMPLES.glob("*.csv"))
    data = sample.read_bytes()
    preview = clerk.client.post(f"/api/v1{R}/statements/preview", content=data[:65536],
                                params={"filename": sample.name}, headers=clerk.headers)
    assert preview.json()["profile_guess"] == "cmb" and preview.json()["header_line"] == 4
    answer = upload(clerk, date(2026, 11, 25), data, sample.name)   # the day its lines are dated (cmb-20261125)
    assert answer.status_code == 201, answer.text
    assert answer.json()["line_count"] > 300
