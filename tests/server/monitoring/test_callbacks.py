"""A rule's callbacks on staff accounts: failed sign-ins of an account lock it, failed step-ups end the user's
sessions; each takes effect on the user's next request, acts once per alert, and a rule's setting chooses them."""

from sqlalchemy import func, select

from server.audit.models import AuditRecord
from server.monitoring.models import MonitoringSetting
from tests.server.conftest import Staff
from tests.server.monitoring.conftest import plant_notified_alert
from tests.server.monitoring.test_pauses import run_callbacks
from tests.support.platforms import sign_in_body


def _count(platform, action: str) -> int:
    with platform.db.read() as db:
        return db.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.action == action))


def test_failed_sign_ins_of_an_account_lock_it_at_once_and_only_once_per_alert(platform, client):
    risk = Staff(client, "risk")
    assert risk.get("/me").status_code == 200
    alert_id = plant_notified_alert(platform, "failed_sign_ins_account", severity="warning", fold_key="account:risk",
                                    params={"username": "risk", "count": 5, "minutes": 10}, event=None)
    run_callbacks(platform, alert_id, "account:risk", {"username": "risk", "count": 5, "minutes": 10})
    assert risk.get("/me").status_code == 401  # the session ended with the lock
    again = client.post("/api/v1/auth/login", json=sign_in_body("risk"))
    assert again.status_code == 423 and again.json()["code"] == "account_locked"
    run_callbacks(platform, alert_id, "account:risk", {"username": "risk", "count": 6, "minutes": 10})
    assert _count(platform, "monitoring.callback") == 1
    with platform.db.read() as db:
        record = db.scalar(select(AuditRecord).where(AuditRecord.action == "monitoring.callback"))
        assert (record.actor_name, record.object_type, record.after["alert_id"], record.after["action"]) == (
            "system", "user", alert_id, "lock_account")
        assert not db.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "auth.account_locked"))  # not a lock by failures: no "staff account locked" alert
    # An administrator unlocks as for any lock.
    admin = Staff(client, "admin")
    with platform.db.read() as db:
        from server.staff.models import User

        risk_id = db.scalar(select(User.id).where(User.username == "risk"))
    unlocked = admin.post(f"/users/{risk_id}/unlock", {})
    assert unlocked.status_code in (200, 204), unlocked.text
    assert client.post("/api/v1/auth/login", json=sign_in_body("risk", 1)).status_code == 200


def test_failed_step_ups_end_the_users_sessions_without_locking_them(platform, client):
    risklead = Staff(client, "risklead")
    bystander = Staff(client, "risk")
    alert_id = plant_notified_alert(platform, "failed_step_ups", severity="warning", fold_key="account:risklead",
                                    params={"username": "risklead", "count": 3, "minutes": 10}, event=None)
    run_callbacks(platform, alert_id, "account:risklead", {"username": "risklead"})
    assert risklead.get("/me").status_code == 401
    assert bystander.get("/me").status_code == 200
    assert client.post("/api/v1/auth/login", json=sign_in_body("risklead", 1)).status_code == 200  # not locked
    run_callbacks(platform, alert_id, "account:risklead", {"username": "risklead"})
    assert _count(platform, "monitoring.callback") == 1


def test_a_rules_setting_chooses_its_callbacks(platform, client):
    with platform.db.write() as db:
        db.add(MonitoringSetting(key="rule.failed_step_ups", value={"count": 3, "callbacks": []}, version=1))
        db.add(MonitoringSetting(key="rule.failed_sign_ins_address", value={"callbacks": ["pause_withdrawals"]},
                                 version=1))
        db.commit()
    risklead = Staff(client, "risklead")
    quiet = plant_notified_alert(platform, "failed_step_ups", severity="warning", fold_key="account:risklead",
                                 params={"username": "risklead"}, event=None)
    run_callbacks(platform, quiet, "account:risklead", {"username": "risklead"})
    assert risklead.get("/me").status_code == 200
    pausing = plant_notified_alert(platform, "failed_sign_ins_address", severity="warning", fold_key="address:10.0.0.7",
                                   params={"address": "10.0.0.7"}, event=None)
    run_callbacks(platform, pausing, "address:10.0.0.7", {"address": "10.0.0.7"})
    (pause,) = risklead.get("/monitoring/pauses").json()
    assert pause["paused"] is True and pause["alert_id"] == pausing
