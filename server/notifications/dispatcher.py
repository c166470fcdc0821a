"""Delivery: claim due messages in a short transaction, send them outside any transaction, record the outcome.

Two things start a delivery round: the scheduler's job `notifications` (every minute; server/scheduler/jobs.py)
and, when `NotificationSettings.immediate` is on, the commit of a transaction that queued messages (a
background thread of the platform tries those at once). Nothing is ever sent inside the request's transaction.

A claimed message is someone's for `claim_ttl` (its next attempt moves that far ahead and its attempts count
up), so two processes never send it twice at once, and a delivery that died with its process is tried again.
A failure waits `retry_delay(attempts)` (30 s, 1 min, 2 min ... up to an hour) and after `max_attempts` the
message is failed for good. States: queued -> sent | failed.
"""

import logging
import queue as queues
import threading
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from server import clock
from server.notifications.channels import Channel, DeliveryFailed, channels_for
from server.notifications.models import FAILED, QUEUED, SENT, OutboxMessage
from server.notifications.outbox import QUEUED_IDS
from server.scheduler.jobs import Every, Job, register

log = logging.getLogger("server.notifications")
BATCH = 200


@dataclass
class Round:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def counts(self) -> dict:
        return {"sent": self.sent, "retrying": self.retrying, "failed": self.failed}


def _claim(platform, ids: list[int] | None) -> list[tuple]:
    settings = platform.settings.notifications
    with platform.db.write() as db:
        now = clock.now()
        query = (select(OutboxMessage).where(OutboxMessage.state == QUEUED, OutboxMessage.next_attempt_at <= now)
                 .order_by(OutboxMessage.id).limit(BATCH))
        if ids is not None:
            query = query.where(OutboxMessage.id.in_(ids))
        if db.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        claimed = []
        for message in db.scalars(query):
            message.attempts += 1
            message.next_attempt_at = now + settings.claim_ttl
            claimed.append((message.id, message.channel, message.recipient, message.subject, message.text,
                            message.attempts, message.alert_id))
        db.commit()
    return claimed


def deliver_due(platform, ids: list[int] | None = None, channels: dict[str, Channel] | None = None) -> Round:
    """One delivery round: every queued message whose time has come (or only `ids`, when given). An alert's
    messages go through the alert channels configured in the console (server/monitoring/channel_settings.py),
    the environment's gateways where none is."""
    settings = platform.settings.notifications
    channels = channels or channels_for(settings)
    done = Round()
    claimed = _claim(platform, ids)
    if not claimed:
        return done
    outcomes = []
    alert_channels = None
    for message_id, channel, to, subject, text, attempts, alert_id in claimed:
        try:
            if alert_id is not None:
                if alert_channels is None:
                    from server.monitoring.channel_settings import channels_for_alerts

                    alert_channels = channels_for_alerts(platform)
                alert_channels[channel].send(to, text, subject)
            else:
                channels[channel].send(to, text, subject)
            outcomes.append((message_id, attempts, None))
        except DeliveryFailed as error:
            outcomes.append((message_id, attempts, str(error)[:500]))
        except Exception as error:  # a gateway's own bug: kept in words, never the message or a secret
            outcomes.append((message_id, attempts, f"The gateway failed unexpectedly ({type(error).__name__}).")[:500])
    with platform.db.write() as db:
        now = clock.now()
        for message_id, attempts, error in outcomes:
            message = db.get(OutboxMessage, message_id)
            if message is None or message.state != QUEUED:
                continue
            if error is None:
                message.state, message.sent_at, message.last_error = SENT, now, None
                done.sent += 1
            elif attempts >= settings.max_attempts:
                message.state, message.last_error = FAILED, error
                done.failed += 1
            else:
                message.next_attempt_at, message.last_error = now + settings.retry_delay(attempts), error
                done.retrying += 1
        db.commit()
    if done.failed or done.retrying:
        log.warning("notifications: %d sent, %d to retry, %d failed", done.sent, done.retrying, done.failed)
    return done


class Dispatcher:
    """The platform's background deliverer: one thread, started when there is work, gone when idle."""

    IDLE_SECONDS = 5.0

    def __init__(self, platform):
        self.platform = platform
        self._work: queues.Queue = queues.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, ids: list[int] | None) -> None:
        self._work.put(ids)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                ids = self._work.get(timeout=self.IDLE_SECONDS)
            except queues.Empty:
                with self._lock:
                    if self._work.empty():
                        self._thread = None
                        return
                continue
            try:
                deliver_due(self.platform, ids)
            except Exception:
                log.exception("notifications: a delivery round failed; the scheduler's job tries again")


_dispatchers: dict[str, Dispatcher] = {}


def _key(engine) -> str:
    return str(engine.url)


def attach(platform) -> Dispatcher:
    """Makes this platform's commits start a prompt delivery of what they queued (create_app calls it)."""
    dispatcher = _dispatchers.get(_key(platform.db.engine))
    if dispatcher is None or dispatcher.platform is not platform:
        dispatcher = _dispatchers[_key(platform.db.engine)] = Dispatcher(platform)
    return dispatcher


def dispatcher_for(settings) -> Dispatcher | None:
    return next((d for d in _dispatchers.values() if d.platform.settings is settings), None)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    ids = session.info.pop(QUEUED_IDS, None)
    session.info.pop("notifications.keys", None)
    if not ids:
        return
    try:
        dispatcher = _dispatchers.get(_key(session.get_bind()))
    except Exception:  # an unbound session: nothing to start
        return
    if dispatcher is not None and dispatcher.platform.settings.notifications.immediate:
        dispatcher.submit(list(ids))


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(QUEUED_IDS, None)
    session.info.pop("notifications.keys", None)


def scheduled_round(ctx) -> dict:
    """发送短信、邮件与企业微信消息: hands every due message to the platform's deliverer (outside the job's transaction)."""
    due = ctx.db.scalar(select(OutboxMessage.id).where(OutboxMessage.state == QUEUED,
                                                       OutboxMessage.next_attempt_at <= clock.now()).limit(1))
    dispatcher = dispatcher_for(ctx.settings)
    if due is not None and dispatcher is not None:
        dispatcher.submit(None)
    return {"due": int(due is not None)}


register(Job("notifications", Every(timedelta(minutes=1)), scheduled_round, "发送短信与邮件", "Sending SMS and e-mail"))
