"""Fixtures of the alerts' tests: alerts planted straight in the database, where the HTTP path is not what a test
is about."""

from datetime import timedelta, timezone

import pytest
from sqlalchemy import delete, select

from server import clock
from server.monitoring import delivery
from server.monitoring.models import Alert
from server.staff.models import Role, User


def grant_probe(platform, *usernames: str) -> None:
    """The standard role of an outside probe's account, given besides their own to these demo users."""
    with platform.db.write() as db:
        probe = db.scalar(select(Role).where(Role.name == "outside_probe"))
        for user in db.scalars(select(User).where(User.username.in_(usernames))).all():
            user.roles.append(probe)
        db.commit()


def plant_alert(platform, **fields) -> int:
    """A new alert row (an open warning of the failed sign-ins rule unless told otherwise); answers its id."""
    now = clock.now()
    values = dict(rule="failed_sign_ins_account", fold_key="account:risk", severity="warning", area="security",
                  params={"username": "risk", "count": 5, "minutes": 10}, evidence={}, state="open", count=1,
                  first_seen_at=now - timedelta(minutes=5), last_seen_at=now)
    values.update(fields)
    with platform.db.write() as db:
        alert = Alert(**values)
        db.add(alert)
        db.commit()
        return alert.id


def plant_notified_alert(platform, rule="audit_chain_broken", severity="critical", area="security",
                         fold_key="platform", params=None, event="opened", at=None) -> int:
    """An alert as the evaluation makes it, told to its recipients in the same transaction (delivery.notify);
    answers its id."""
    at = at or clock.now()
    with platform.db.write() as db:
        alert = Alert(rule=rule, fold_key=fold_key, severity=severity, area=area, params=params or {}, evidence={},
                      state="open", count=3, first_seen_at=at, last_seen_at=at, version=1)
        db.add(alert)
        db.flush()
        if event:
            delivery.notify(db, alert, event)
        db.commit()
        return alert.id


@pytest.fixture
def no_alerts(platform):
    """The demo's alerts taken away: a test counts only its own."""
    with platform.db.write() as db:
        db.execute(delete(Alert))
        db.commit()
    return platform


class Moment(clock.FixedClock):
    """The platform's clock in the test's hands: it stands still until moved."""

    def set(self, moment) -> None:
        self.at = moment.astimezone(timezone.utc)


@pytest.fixture
def moment():
    """A clock standing at the real time (whole seconds), moved by the test with advance() or set()."""
    with clock.use(Moment(clock.now().replace(microsecond=0))) as fixed:
        yield fixed


def audit_as(platform, username: str | None, action: str, object_type: str = "user", object_id="x",
             after: dict | None = None, address: str = "10.0.0.7") -> None:
    """One audit record written as `username` (a staff member: their id is looked up) at the clock's time."""
    from sqlalchemy import select

    from server.audit.service import Auditor
    from server.staff.models import User

    with platform.db.write() as db:
        user_id = db.scalar(select(User.id).where(User.username == username)) if username else None
        audit = Auditor(db, user_id, username or "system", address, "test")
        audit.record(action, object_type, object_id, after=after)
        audit.seal()
        db.commit()


def alerts_of(platform, rule: str) -> list[Alert]:
    from sqlalchemy import select

    with platform.db.read() as db:
        return list(db.scalars(select(Alert).where(Alert.rule == rule).order_by(Alert.id)))
