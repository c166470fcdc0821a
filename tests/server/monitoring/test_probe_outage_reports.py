"""POST /api/v1/monitoring/outages: the outside probes' reports of one outage (overlapping times) fold into one
critical alert; another outage, or one after the alert was resolved, is another alert."""

import pytest
from sqlalchemy import select

from server.monitoring.models import Alert
from tests.server.monitoring.conftest import grant_probe

OUTAGES = "/monitoring/outages"


def report(who, site, start, end, key=None):
    headers = {"Idempotency-Key": key} if key else None
    return who.post(OUTAGES, {"site": site, "from": f"2026-11-30T{start}:00Z", "to": f"2026-11-30T{end}:00Z"},
                    headers=headers)


@pytest.fixture(autouse=True)
def probes(platform):
    """The auditor and the risk officer also hold the outside probe's role here: each reports as one site."""
    grant_probe(platform, "auditor", "risk")


def test_only_an_outside_probes_account_may_report_an_outage(staff, platform):
    refused = report(staff("finance"), "shanghai", "02:00", "02:05")
    assert refused.status_code == 403, refused.text
    assert alerts(platform) == []


def alerts(platform) -> list[Alert]:
    with platform.db.read() as db:
        return db.scalars(select(Alert).where(Alert.rule == "outage_reported").order_by(Alert.id)).all()


def test_reports_of_one_outage_from_several_sites_fold_into_one_alert(staff, platform):
    first = report(staff("auditor"), "shanghai", "02:00", "02:05")
    assert first.status_code == 200, first.text
    assert first.json()["count"] == 1 and first.json()["folded"] is False
    second = report(staff("risk"), "beijing", "02:03", "02:07")
    assert second.json() == {"alert_id": first.json()["alert_id"], "count": 2, "folded": True}
    [alert] = alerts(platform)
    assert (alert.severity, alert.area, alert.state, alert.count) == ("critical", "system", "open", 2)
    assert (alert.evidence["from"], alert.evidence["to"]) == ("2026-11-30T02:00:00+00:00", "2026-11-30T02:07:00+00:00")
    assert alert.params == {"sites": "beijing, shanghai", "start": "2026-11-30 10:00:00", "end": "2026-11-30 10:07:00"}


def test_the_same_sites_report_told_twice_counts_once(staff, platform):
    report(staff("auditor"), "shanghai", "02:00", "02:05")
    again = report(staff("auditor"), "shanghai", "02:00", "02:05", key="a-new-key")
    assert again.json()["count"] == 1
    assert alerts(platform)[0].count == 1


def test_a_later_outage_and_one_after_the_alert_was_resolved_are_new_alerts(staff, platform):
    first = report(staff("auditor"), "shanghai", "02:00", "02:05").json()
    later = report(staff("auditor"), "shanghai", "04:00", "04:02").json()
    assert later["alert_id"] != first["alert_id"] and later["count"] == 1
    with platform.db.write() as db:
        db.get(Alert, first["alert_id"]).state = "resolved"
        db.commit()
    again = report(staff("risk"), "beijing", "02:01", "02:04").json()
    assert again["alert_id"] not in (first["alert_id"], later["alert_id"])
    assert len(alerts(platform)) == 3


def test_an_outage_ending_before_it_starts_or_without_a_zone_is_refused(staff, platform):
    backwards = report(staff("auditor"), "shanghai", "02:05", "02:00")
    assert backwards.status_code == 422 and backwards.json()["code"] == "outage_times"
    naive = staff("auditor").post(OUTAGES, {"site": "shanghai", "from": "2026-11-30T02:00:00",
                                            "to": "2026-11-30T02:05:00"})
    assert naive.status_code == 422
    future = staff("auditor").post(OUTAGES, {"site": "shanghai", "from": "2026-11-30T02:00:00Z",
                                             "to": "2126-11-30T02:05:00Z"})
    assert future.status_code == 422 and future.json()["code"] == "outage_times"
    assert alerts(platform) == []


def test_a_blank_site_or_a_time_out_of_range_is_refused_not_a_server_error(staff, platform):
    blank = staff("auditor").post(OUTAGES, {"site": "  ", "from": "2026-11-30T02:00:00Z", "to": "2026-11-30T02:05:00Z"})
    assert blank.status_code == 422
    edge = staff("auditor").post(OUTAGES, {"site": "shanghai", "from": "0001-01-01T00:00:00+23:59",
                                           "to": "2026-11-30T02:05:00Z"})
    assert edge.status_code == 422
    assert alerts(platform) == []


def test_a_new_outage_alert_is_sent_to_the_recipients_of_critical_system_alerts_once(staff, platform):
    from server.notifications.models import OutboxMessage

    duty = {"name": "值班", "email": "duty@p2p.example", "mobile": None, "wecom_user": None,
            "severities": ["critical"], "areas": ["system"]}
    saved = staff("admin").client.put("/api/v1/monitoring/recipients", headers=staff("admin").headers,
                                      json={"recipients": [duty], "version": 0})
    assert saved.status_code == 200, saved.text
    alert_id = report(staff("auditor"), "shanghai", "02:00", "02:05").json()["alert_id"]
    report(staff("risk"), "beijing", "02:01", "02:06")  # folded: nobody is told twice
    with platform.db.read() as db:
        sent = db.scalars(select(OutboxMessage).where(OutboxMessage.alert_id == alert_id)).all()
    assert [(m.channel, m.recipient, m.purpose) for m in sent] == [("email", "duty@p2p.example", "alert.opened")]
    assert "shanghai" in sent[0].text
